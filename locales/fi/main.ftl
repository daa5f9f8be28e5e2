# UI strings of the default theme, Finnish.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Siirry pääsisältöön
language-switcher = Kieli
main-navigation = Päävalikko
breadcrumb = Olet tässä
footer-navigation = Tietoa sivustosta
footer-published-by = Julkaisija: { $site }.

## Dates

last-updated = Päivitetty viimeksi:
published = Julkaistu:

## Translations

notice-untranslated = Tätä sivua ei ole vielä käännetty. Sivu näytetään alkuperäiskielellä ({ $original }).
notice-stale = Tämä käännös saattaa olla vanhentunut: alkuperäinen versio ({ $original }) on päivitetty { $date }.
notice-read-original = Lue alkuperäinen versio ({ $original }).

## Sections and pages

on-this-page = Tällä sivulla
in-this-section = { $count ->
    [one] Tässä osiossa on yksi sivu
   *[other] Tässä osiossa on { $count } sivua
}
home-explore = Tutustu sivustoon

## Errors and redirects

not-found-title = Sivua ei löytynyt
not-found-text = Hakemaasi sivua ei ole olemassa tai se on siirretty. Tarkista osoite tai aloita uudelleen etusivulta.
not-found-home = Siirry etusivulle
redirect-title = Sivu on siirretty
redirect-link = Siirry sivun uuteen osoitteeseen

## Language chooser

chooser-intro = Valitse kieli.

## Tariff

tariff-sections = Jaksot
tariff-section = Jakso { $number }
tariff-other-chapters = Muut ryhmät
tariff-chapter = Ryhmä { $number }
tariff-chapter-notes-of = Ryhmän { $number } huomautukset
tariff-see-chapter = Näytä koko ryhmä { $number }
tariff-lines = Tullinimikkeet
tariff-lines-under = Nimikkeen { $code } alaiset tullinimikkeet
tariff-table-hint = Valitse koodi, niin näet sen tullit ja siihen sovellettavat säännöt.
tariff-no-rate = Ei ilmoitettu
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Voimassa olevat tullit
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Voimassa olevat tullit { $date } alkaen
tariff-rates-from = Tullit { $date } alkaen
tariff-rates-until = Tullit { $date } saakka
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } { $date } alkaen
tariff-line-not-yet = Tämä tullinimike ei ole vielä voimassa: sitä sovelletaan { $date } alkaen.
tariff-line-ended = Tämä tullinimike ei ole enää voimassa: sen viimeinen voimassaolopäivä oli { $date }.
tariff-line-ending = Tämä tullinimike on voimassa: sen viimeinen voimassaolopäivä on { $date }.
tariff-replaced-by = { $date } alkaen tämä tullinimike korvataan seuraavilla tullinimikkeillä:
tariff-replaces = { $date } alkaen tämä tullinimike korvaa seuraavat tullinimikkeet:
tariff-timeline = Tullit ajan mittaan
tariff-timeline-column = Sarake
tariff-timeline-rate = Tulli
tariff-timeline-from = Alkaen
tariff-timeline-to = Saakka
tariff-timeline-state = Tila
tariff-state-past = Päättynyt
tariff-state-in_force = Voimassa
tariff-state-scheduled = Tuleva
tariff-level-heading = Nimike
tariff-level-subheading = Alanimike
tariff-level-national_line = Kansallinen tullinimike
tariff-col-code = Koodi
tariff-col-description = Tavaran kuvaus
tariff-col-unit = Yksikkö
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Huomautus

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Vapaa
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, vähintään { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, enintään { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Menettely
kind-fee = Maksu tai veloitus
kind-measure = Toimenpide
kind-tool = WCO:n väline tai työkalu
kind-legal = Oikeudellinen teksti
kind-form = Lomake
kind-agency = Viranomainen
kind-notice = Tiedote
kind-plural-procedure = Menettelyt
kind-plural-fee = Maksut ja veloitukset
kind-plural-measure = Toimenpiteet: kiellot, rajoitukset ja luvat
kind-plural-tool = WCO:n välineet ja työkalut
kind-plural-legal = Oikeudelliset tekstit
kind-plural-form = Lomakkeet
kind-plural-agency = Viranomaiset
kind-plural-notice = Tiedotteet
backlinks-title = Tähän viittaavat sivut
tariff-what-applies = Näihin tavaroihin sovellettavat säännöt
footer-enquiry-point = Kysyttävää? Ota yhteyttä kansalliseen tiedustelupisteeseen

field-legal-basis = Oikeusperusta
field-hs = Asianomaiset tavarat (tullinimikkeet)
field-direction = Suunta
field-agencies = Osallistuvat viranomaiset
field-agency = Viranomainen
field-tools = Sovelletut kansainväliset standardit
field-duration = Tavanomainen kesto
field-amount = Määrä
field-per = Veloitusperuste
field-reason = Miksi maksu peritään
field-authority = Maksun perijä
field-payment = Maksutapa
field-published = Julkaistu
field-effective = Voimassa alkaen
field-effective-proposed = Ehdotettu voimaantulo
field-until = Viimeinen perimispäivä
field-acronym = Lyhenne
field-category = Alue
field-status = Tila
field-issuer = Antaja
field-adopted = Hyväksytty
field-url = Virallinen sivu
field-related = Liittyvät välineet
field-type = Tyyppi
field-number = Numero
field-signed = Allekirjoitettu
field-official-text = Virallinen teksti
field-download = Lataa
field-email = Sähköposti
field-phone = Puhelin
field-address = Osoite
field-hours = Aukioloajat
field-comment-until = Lausuntoaika päättyy
field-affects = Koskee

direction-import = Tuonti
direction-export = Vienti
direction-transit = Passitus
direction-both = Tuonti ja vienti
direction-other = Muut menettelyt
filter-by-direction = Näytä menettelyt:

## Procedures

procedure-summary = Lyhyesti
procedure-steps-count = Vaiheet
procedure-total-time = Tavanomainen kokonaiskesto
procedure-total-fees = Maksut
procedure-fees-more = { $count ->
    [one] sekä yksi tapauskohtainen maksu
   *[other] sekä { $count } tapauskohtaista maksua
}
procedure-fees-varying = { $count ->
    [one] Yksi tapauskohtainen maksu
   *[other] { $count } tapauskohtaista maksua
}
procedure-documents = Valmisteltavat asiakirjat
procedure-steps = Vaihe vaiheelta
procedure-steps-n = { $count ->
    [one] Yksi vaihe
   *[other] { $count } vaihetta
}
duration-days = { $count ->
    [one] { $count } päivä
   *[other] { $count } päivää
}
duration-hours = { $count ->
    [one] { $count } tunti
   *[other] { $count } tuntia
}
duration-minutes = { $count ->
    [one] { $count } minuutti
   *[other] { $count } minuuttia
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Luettelo maksuista ja veloituksista
fee-tiers = Määrät
fee-see-tiers = Näytä määrät
fee-per-declaration = ilmoitukselta
fee-per-consignment = lähetykseltä
fee-per-container = kontilta
fee-per-certificate = todistukselta
fee-per-hour = tunnilta
fee-per-application = hakemukselta
fee-per-day = päivältä
fee-per-page = sivulta
fee-per-item = kappaleelta
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = voimassa
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = voimassa { $date } alkaen
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } { $date } alkaen
fee-changes-on = Määrät muuttuvat { $date }
fee-not-yet = Ei vielä voimassa: maksu peritään { $date } alkaen.
fee-ended = Ei enää voimassa: maksu perittiin viimeisen kerran { $date }.
fee-state-not-yet = Ei vielä voimassa
fee-state-ended = Ei enää voimassa
fee-timeline = Määrät ajan mittaan
fee-timeline-tier = Tapaus
fee-timeline-from = Alkaen
fee-timeline-to = Viimeinen päivä
fee-timeline-state = Tila
fee-value-past = Päättynyt
fee-value-in_force = Voimassa
fee-value-scheduled = Tuleva

## WCO tools

tools-by-category = Alueet
tool-category-conventions = Yleissopimukset ja sopimukset
tool-category-facilitation = Kaupan helpottaminen
tool-category-security = Toimitusketjun turvallisuus
tool-category-nomenclature = Tariffointi
tool-category-valuation = Tullausarvo
tool-category-origin = Alkuperä
tool-category-enforcement = Valvonta ja säännösten noudattaminen
tool-category-capacity-building = Valmiuksien kehittäminen
tool-category-data = Tiedot ja teknologia
tool-category-revenue = Tulojen kanto
tool-status-contracting-party = Sopimuspuoli
tool-status-applied = Sovelletaan
tool-status-in-progress = Käyttöönotto käynnissä
tool-status-not-applied = Ei sovelleta
tool-status-reference = Viiteaineisto

## Measures, legal texts, notices

measure-type-prohibition = Kielto
measure-type-restriction = Rajoitus
measure-type-licence = Lisenssi tai lupa
measure-type-sps = Terveys- tai kasvinsuojelutoimi
measure-type-tbt = Tekninen vaatimus
measure-type-quota = Kiintiö
measure-type-other = Muu toimenpide
legal-type-law = Laki
legal-type-decree = Asetus
legal-type-circular = Kiertokirje
legal-type-ruling = Päätös
legal-type-agreement = Kansainvälinen sopimus
notice-status-draft-for-comment = Lausunnoilla
notice-status-adopted = Hyväksytty
notice-status-in-force = Voimassa
notice-status-repealed = Kumottu
notice-consultation-open = Tästä luonnoksesta voi antaa lausunnon { $date } asti. Lähetä lausuntosi osoitteeseen

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Yhtä tietoa ei ole vielä julkaistu tällä sivustolla.
   *[other] { $count } tietoa on vielä julkaisematta tällä sivustolla.
}
tfa-not-covered = Ei vielä julkaistu
tfa-1-1-a = Tuontia, vientiä ja kauttakulkua koskevat menettelyt sekä vaaditut lomakkeet ja asiakirjat
tfa-1-1-b = Sovellettavat tullit ja verot
tfa-1-1-c = Maksut ja veloitukset
tfa-1-1-d = Tuotteiden tariffointia tai tullausarvon määrittämistä koskevat säännöt
tfa-1-1-e = Alkuperäsääntöjä koskevat lait, asetukset ja hallinnolliset ratkaisut
tfa-1-1-f = Tuonti-, vienti- tai kauttakulkurajoitukset tai -kiellot
tfa-1-1-g = Seuraamuksia koskevat säännökset
tfa-1-1-h = Muutoksenhaku- tai oikaisumenettelyt
tfa-1-1-i = Tuontia, vientiä tai kauttakulkua koskevat sopimukset muiden maiden kanssa
tfa-1-1-j = Tariffikiintiöiden hallinnointimenettelyt
tfa-1-2 = Internetissä saatavilla olevat tiedot
tfa-1-3 = Tiedustelupisteet

filter-all = Kaikki
tools-filter-status = Näytä välineet sen mukaan, soveltaako tämä hallinto niitä

## Search

search-title = Haku
search-label = Hae sivustolta
search-placeholder = Tavara, koodi, menettely, maksu…
search-button = Hae
search-kind = Näytä
search-kind-all = Kaikki
search-kind-tariff = Tullinimikkeet
search-kind-page = Muut sivut
search-hint = Kirjoita sanat missä muodossa tahansa tai tullinimike pisteillä tai ilman ({ $code }).
search-needs-script = Haku edellyttää JavaScriptiä. Voit sen sijaan selata tullitariffia jaksoittain ja ryhmittäin.
search-count = Tulokset:
search-chapter = Tullitariffin ryhmä
search-none = Ei tuloksia haulla ”{ $query }”.
search-note-code = Koodia { $asked } ei ole. Näytetään { $found }.
search-note-typo = Ei tuloksia haulla ”{ $asked }”. Näytetään tulokset haulla ”{ $found }”.
search-result-tariff = Tullinimike
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = tulli tullia tullit tullimaksu tariffi
search-previous = Edelliset
search-next = Seuraavat

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
