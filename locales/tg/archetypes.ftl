# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Як ҷумла барои натиҷаҳои ҷустуҷӯ ва пешнамоиши истинодҳо.
archetype-agency-body = Мақомот дар сарҳад чӣ кор мекунад ва тоҷирон кай ба он муроҷиат мекунанд.
archetype-agency-address = Кӯча, шаҳр
archetype-agency-hours = Душанбе – ҷумъа, 08:00–17:00
archetype-exchange-rate-body = Қурб нисбат ба кадом молҳо ва эъломияҳо татбиқ мешавад ва аз куҷо гирифта мешавад.
archetype-fee-reason = Хизмате, ки барои он ин пардохт ситонида мешавад (Созишномаи СҶС оид ба соддагардонии савдо, моддаи 6.1.2).
archetype-fee-payment = Чӣ тавр ва кай пардохт кардан лозим аст.
archetype-fee-body = Кӣ пардохт мекунад, ҳолатҳои озод кардан аз пардохт ва мисолҳо.
archetype-form-body = Шаклро кӣ пур мекунад, кай ва ба куҷо пешниҳод кардан лозим аст.
archetype-legal-body = Санад чиро танзим мекунад, ба кӣ дахл дорад ва муқаррароти асосии он.
archetype-measure-body = Чора ба кадом молҳо дахл дорад, тоҷир чӣ бояд кунад ва ба куҷо муроҷиат кардан лозим аст.
archetype-notice-body = Чӣ тағйир меёбад, барои кӣ ва аз кадом сана.
archetype-origin-proof = Далели пайдоише, ки созишнома талаб мекунад (Form D, эъломия дар бораи пайдоиш).
archetype-origin-body = Қоидаҳои созишнома дар куҷо нашр шудаанд ва қоидаи умумӣ барои рамзҳое, ки дар рӯйхат нестанд.
archetype-page-body = Матни саҳифаро дар ин ҷо бо формати Markdown нависед.
archetype-procedure-summary = Тоҷир чӣ кор мекунад ва чӣ мегирад — дар як ҷумла.
archetype-procedure-step = Марҳилаи аввал: тоҷир ё шахси мансабдор чӣ кор мекунад
archetype-procedure-document = Ҳисобнома-фактура (инвойс)
archetype-procedure-body = Ин расмиёт ба кӣ дахл дорад, чиро омода кардан лозим аст, хатоҳо ва саволҳои маъмул. Тавсифи ҳамаи майдонҳо: docs/content-kinds.md#procedures.
archetype-quota-body = Кӣ метавонад дар доираи квота мол ворид кунад ва ариза чӣ тавр пешниҳод карда мешавад.
archetype-ruling-goods = Мол, тавре ки дар қарор тавсиф шудааст.
archetype-ruling-body = Асоснокӣ: қоидаҳо ва эзоҳҳое, ки қарорро муайян мекунанд.
archetype-tool-body = Ин санад чист ва ин маъмурият онро чӣ тавр татбиқ мекунад.
archetype-translation-body = Матни файли { $original }-ро дар ин ҷо тарҷума кунед: сарлавҳа, тавсиф, майдонҳои матнӣ ва матни асосии он. Маълумот (рамзҳо, маблағҳо, санаҳо, истинодҳо) аз нусхаи аслӣ гирифта мешавад; онро нанависед.
