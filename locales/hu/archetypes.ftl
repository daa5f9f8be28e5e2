# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Egy mondat a találati listához és a hivatkozások előnézetéhez.
archetype-agency-body = Milyen feladatokat lát el a hatóság a határon, és mikor fordulnak hozzá a gazdálkodók.
archetype-agency-address = Település, utca
archetype-agency-hours = Hétfőtől péntekig 8:00–17:00
archetype-exchange-rate-body = Mely árukra és árunyilatkozatokra vonatkozik az árfolyam, és honnan származik.
archetype-fee-reason = Az a szolgáltatás, amelyért ezt a díjat felszámítják (TFA 6.1.2. cikk).
archetype-fee-payment = Hogyan és mikor kell megfizetni.
archetype-fee-body = Ki fizeti, mentességek és példák.
archetype-form-body = Ki tölti ki, mikor, és hol kell benyújtani.
archetype-legal-body = Mit szabályoz a jogszabály, kikre vonatkozik, és melyek a fő rendelkezései.
archetype-measure-body = Mely árukra vonatkozik, mit kell tennie a gazdálkodónak, és hol lehet kérelmet benyújtani.
archetype-notice-body = Mi változik, kit érint, és mikortól.
archetype-origin-proof = A megállapodás által előírt származási igazolás (Form D, származási nyilatkozat).
archetype-origin-body = Hol tették közzé a megállapodás származási szabályait, és mi az általános szabály a fel nem sorolt kódokra.
archetype-page-body = Ide írja az oldal szövegét, Markdown formátumban.
archetype-procedure-summary = Mit tesz és mit kap a gazdálkodó, egy mondatban.
archetype-procedure-step = Első lépés: mit tesz a gazdálkodó vagy a vámtisztviselő
archetype-procedure-document = Kereskedelmi számla
archetype-procedure-body = Kikre vonatkozik ez az eljárás, mit kell előkészíteni, gyakori hibák és kérdések. Az összes kulcsot lásd: docs/content-kinds.md#procedures.
archetype-quota-body = Ki hozhat be árut a kontingens keretében, és hogyan kell kérelmet benyújtani.
archetype-ruling-goods = Az áru, ahogyan a kötelező felvilágosítás leírja.
archetype-ruling-body = Az indokolás: a döntést megalapozó szabályok és megjegyzések.
archetype-tool-body = Mi ez az okmány, és hogyan alkalmazza ez a hatóság.
archetype-translation-body = Ide fordítsa le a forrásfájl ({ $original }) szövegét: a címet, a leírást, a szöveges mezőket és a törzsszöveget. Az adatok (kódok, összegek, dátumok, hivatkozások) az eredetiből származnak; ezeket hagyja ki.
