# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Jedna veta pre výsledky vyhľadávania a náhľady odkazov.
archetype-agency-body = Čo orgán robí na hranici a kedy s ním hospodárske subjekty prichádzajú do styku.
archetype-agency-address = Ulica, obec
archetype-agency-hours = Pondelok – piatok, 8.00 – 17.00 h
archetype-exchange-rate-body = Na ktorý tovar a ktoré colné vyhlásenia sa kurz vzťahuje a odkiaľ pochádza.
archetype-fee-reason = Služba, za ktorú sa tento poplatok vyberá (čl. 6.1.2 TFA).
archetype-fee-payment = Ako a kedy zaplatiť.
archetype-fee-body = Kto platí, oslobodenia a príklady.
archetype-form-body = Kto ho vypĺňa, kedy a kde sa podáva.
archetype-legal-body = Čo predpis upravuje, na koho sa vzťahuje a jeho hlavné ustanovenia.
archetype-measure-body = Na aký tovar sa vzťahuje, čo musí hospodársky subjekt urobiť a kde podať žiadosť.
archetype-notice-body = Čo sa mení, pre koho a odkedy.
archetype-origin-proof = Doklad o pôvode, ktorý vyžaduje dohoda (Form D, vyhlásenie o pôvode).
archetype-origin-body = Kde sú pravidlá dohody zverejnené a všeobecné pravidlo pre kódy, ktoré nie sú uvedené.
archetype-page-body = Sem napíšte text stránky vo formáte Markdown.
archetype-procedure-summary = Čo hospodársky subjekt robí a čo získa, v jednej vete.
archetype-procedure-step = Prvý krok: čo robí hospodársky subjekt alebo úradník
archetype-procedure-document = Obchodná faktúra
archetype-procedure-body = Na koho sa tento postup vzťahuje, čo treba pripraviť, časté chyby a otázky. Všetky kľúče sú opísané v docs/content-kinds.md#procedures.
archetype-quota-body = Kto môže dovážať v rámci kvóty a ako podať žiadosť.
archetype-ruling-goods = Tovar tak, ako ho opisuje záväzná informácia.
archetype-ruling-body = Odôvodnenie: pravidlá a poznámky, na základe ktorých sa rozhodlo.
archetype-tool-body = Čo je tento inštrument a ako ho táto colná správa uplatňuje.
archetype-translation-body = Sem preložte text súboru { $original }: jeho názov, opis, textové polia a hlavný text. Údaje (kódy, sumy, dátumy, odkazy) sa preberajú z originálu; vynechajte ich.
