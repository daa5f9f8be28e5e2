# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Yksi virke hakutuloksiin ja linkkien esikatseluihin.
archetype-agency-body = Mitä viranomainen tekee rajalla ja milloin elinkeinonharjoittajat asioivat sen kanssa.
archetype-agency-address = Katu, kaupunki
archetype-agency-hours = Maanantaista perjantaihin klo 8.00–17.00
archetype-exchange-rate-body = Mihin tavaroihin ja tulli-ilmoituksiin kurssia sovelletaan ja mistä se on peräisin.
archetype-fee-reason = Palvelu, josta tämä maksu peritään (WTO:n kaupanhelpottamissopimuksen 6.1.2 artikla).
archetype-fee-payment = Miten ja milloin maksetaan.
archetype-fee-body = Kuka maksaa, vapautukset ja esimerkit.
archetype-form-body = Kuka lomakkeen täyttää, milloin ja minne se jätetään.
archetype-legal-body = Mitä teksti sääntelee, ketä se koskee ja sen keskeiset säännökset.
archetype-measure-body = Mitä tavaroita toimenpide koskee, mitä elinkeinonharjoittajan on tehtävä ja mistä haetaan.
archetype-notice-body = Mikä muuttuu, ketä se koskee ja mistä alkaen.
archetype-origin-proof = Sopimuksen edellyttämä alkuperäselvitys (Form D, alkuperäilmoitus).
archetype-origin-body = Missä sopimuksen alkuperäsäännöt on julkaistu, sekä yleinen sääntö nimikkeille, joita ei ole lueteltu.
archetype-page-body = Kirjoita sivun sisältö tähän Markdown-muodossa.
archetype-procedure-summary = Mitä elinkeinonharjoittaja tekee ja saa, yhdellä virkkeellä.
archetype-procedure-step = Ensimmäinen vaihe: mitä elinkeinonharjoittaja tai virkailija tekee
archetype-procedure-document = Kauppalasku
archetype-procedure-body = Ketä menettely koskee, mitä on valmisteltava, yleiset virheet ja kysymykset. Kaikki avaimet on kuvattu tiedostossa docs/content-kinds.md#procedures.
archetype-quota-body = Kuka voi tuoda tavaroita kiintiön puitteissa ja miten haetaan.
archetype-ruling-goods = Tavarat siten kuin ne on kuvattu sitovassa tiedossa.
archetype-ruling-body = Perustelut: ratkaisuun vaikuttavat säännöt ja huomautukset.
archetype-tool-body = Mikä väline on ja miten tämä tullihallinto soveltaa sitä.
archetype-translation-body = Käännä tähän tiedoston { $original } teksti: otsikko, kuvaus, tekstikentät ja leipäteksti. Tiedot (koodit, summat, päivämäärät, viitteet) tulevat alkuperäisestä; jätä ne pois.
