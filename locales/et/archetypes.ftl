# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Üks lause otsingutulemuste ja lingieelvaadete jaoks.
archetype-agency-body = Mida asutus piiril teeb ja millal ettevõtjad sellega kokku puutuvad.
archetype-agency-address = Tänav, linn
archetype-agency-hours = Esmaspäevast reedeni kell 8.00–17.00
archetype-exchange-rate-body = Milliste kaupade ja deklaratsioonide puhul kurssi kohaldatakse ja kust see pärineb.
archetype-fee-reason = Teenus, mille eest seda tasu võetakse (WTO kaubanduse lihtsustamise lepingu art 6.1.2).
archetype-fee-payment = Kuidas ja millal tasuda.
archetype-fee-body = Kes tasub, vabastused ja näited.
archetype-form-body = Kes vormi täidab, millal ja kuhu see esitada.
archetype-legal-body = Mida õigusakt reguleerib, kelle suhtes see kehtib ja selle peamised sätted.
archetype-measure-body = Milliseid kaupu meede hõlmab, mida ettevõtja peab tegema ja kuhu taotlus esitada.
archetype-notice-body = Mis muutub, kelle jaoks ja mis ajast.
archetype-origin-proof = Lepingus nõutav päritolutõend (Form D, päritoludeklaratsioon).
archetype-origin-body = Kus lepingu päritolureeglid on avaldatud, ja üldreegel koodide kohta, mida pole loetletud.
archetype-page-body = Kirjutage lehe sisu siia, Markdown-vormingus.
archetype-procedure-summary = Mida ettevõtja teeb ja saab, ühe lausega.
archetype-procedure-step = Esimene samm: mida ettevõtja või ametnik teeb
archetype-procedure-document = Kaubaarve
archetype-procedure-body = Kelle suhtes seda menetlust kohaldatakse, mida ette valmistada, sagedased vead ja küsimused. Kõik võtmed on kirjeldatud failis docs/content-kinds.md#procedures.
archetype-quota-body = Kes võib kvoodi raames importida ja kuidas taotlust esitada.
archetype-ruling-goods = Kaubad, nagu need on otsuses kirjeldatud.
archetype-ruling-body = Põhjendus: otsuse aluseks olevad reeglid ja märkused.
archetype-tool-body = Mis on see instrument ja kuidas see tolliadministratsioon seda kohaldab.
archetype-translation-body = Tõlkige siia faili { $original } tekst: pealkiri, kirjeldus, tekstiväljad ja põhitekst. Andmed (koodid, summad, kuupäevad, viited) võetakse originaalist; jätke need välja.
