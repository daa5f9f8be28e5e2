# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Издөө натыйжалары жана шилтемелерди алдын ала көрүү үчүн бир сүйлөм.
archetype-agency-body = Орган чек арада эмне иш кылат жана соодагерлер ага качан кайрылат.
archetype-agency-address = Көчө, шаар
archetype-agency-hours = Дүйшөмбү – жума, 08:00–17:00
archetype-exchange-rate-body = Курс кайсы товарларга жана декларацияларга колдонулат жана ал кайдан алынат.
archetype-fee-reason = Бул жыйым алынуучу кызмат (ДСУнун Соодани жеңилдетүү жөнүндө макулдашуусу, 6.1.2-берене).
archetype-fee-payment = Кантип жана качан төлөө керек.
archetype-fee-body = Ким төлөйт, төлөөдөн бошотуу учурлары жана мисалдар.
archetype-form-body = Форманы ким толтурат, качан жана кайда тапшыруу керек.
archetype-legal-body = Акт эмнени жөнгө салат, кимге тиешелүү жана анын негизги жоболору.
archetype-measure-body = Чара кайсы товарларга колдонулат, соодагер эмне кылышы керек жана кайда кайрылуу керек.
archetype-notice-body = Эмне өзгөрөт, ким үчүн жана кайсы күндөн баштап.
archetype-origin-proof = Келишим талап кылган келип чыгуунун далили (Form D, келип чыгуу декларациясы).
archetype-origin-body = Келишимдин эрежелери кайда жарыяланган жана тизмеде жок коддор үчүн жалпы эреже.
archetype-page-body = Барактын текстин ушул жерге Markdown форматында жазыңыз.
archetype-procedure-summary = Соодагер эмне кылат жана эмне алат — бир сүйлөм менен.
archetype-procedure-step = Биринчи баскыч: соодагер же кызмат адамы эмне кылат
archetype-procedure-document = Эсеп-фактура (инвойс)
archetype-procedure-body = Бул жол-жобо кимге колдонулат, эмнени даярдоо керек, көп кездешкен каталар жана суроолор. Бардык талаалардын сүрөттөмөсү: docs/content-kinds.md#procedures.
archetype-quota-body = Квотанын алкагында ким импорттой алат жана арызды кантип берүү керек.
archetype-ruling-goods = Чечимде сүрөттөлгөндөй товарлар.
archetype-ruling-body = Негиздеме: чечимди аныктаган эрежелер жана эскертүүлөр.
archetype-tool-body = Бул документ эмне жана ушул администрация аны кантип колдонот.
archetype-translation-body = { $original } файлынын текстин ушул жерде которуңуз: аталышын, сүрөттөмөсүн, тексттик талааларын жана негизги текстин. Маалыматтар (коддор, суммалар, даталар, шилтемелер) түп нускадан алынат; аларды жазбаңыз.
