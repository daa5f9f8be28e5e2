# UI strings of the default theme, Estonian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Liigu põhisisu juurde
language-switcher = Keel
main-navigation = Peamenüü
breadcrumb = Asukoht
footer-navigation = Teave veebilehe kohta
footer-published-by = Avaldaja: { $site }.

## Dates

last-updated = Viimati uuendatud:
published = Avaldatud:

## Translations

notice-untranslated = Seda lehte ei ole veel tõlgitud. Leht kuvatakse originaalkeeles ({ $original }).
notice-stale = See tõlge võib olla aegunud: originaalversiooni ({ $original }) uuendati kuupäeval { $date }.
notice-read-original = Loe originaalversiooni ({ $original }).

## Sections and pages

on-this-page = Sellel lehel
in-this-section = { $count ->
    [one] Selles osas on üks leht
   *[other] Selles osas on { $count } lehte
}
home-explore = Tutvu veebilehega

## Errors and redirects

not-found-title = Lehte ei leitud
not-found-text = Otsitud lehte ei ole olemas või see on teisaldatud. Kontrollige aadressi või alustage uuesti avalehelt.
not-found-home = Mine avalehele
redirect-title = See leht on teisaldatud
redirect-link = Mine lehe uuele aadressile

## Language chooser

chooser-intro = Valige keel.

## Tariff

tariff-sections = Jaotised
tariff-section = Jaotis { $number }
tariff-other-chapters = Muud grupid
tariff-chapter = Grupp { $number }
tariff-chapter-notes-of = Grupi { $number } märkused
tariff-see-chapter = Vaata kogu gruppi { $number }
tariff-lines = Kaubakoodid
tariff-lines-under = Koodi { $code } alla kuuluvad kaubakoodid
tariff-table-hint = Valige kood, et näha selle tollimaksumäärasid ja sellele kohaldatavaid eeskirju.
tariff-no-rate = Puudub
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Kehtivad tollimaksumäärad
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Kehtivad tollimaksumäärad alates kuupäevast { $date }
tariff-rates-from = Tollimaksumäärad alates kuupäevast { $date }
tariff-rates-until = Tollimaksumäärad kuni kuupäevani { $date } (kaasa arvatud)
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } alates kuupäevast { $date }
tariff-line-not-yet = See kaubakood ei ole veel jõus: seda kohaldatakse alates kuupäevast { $date }.
tariff-line-ended = See kaubakood ei ole enam jõus: selle viimane kehtivuspäev oli { $date }.
tariff-line-ending = See kaubakood on jõus kuni kuupäevani { $date } (kaasa arvatud), mis on selle viimane kehtivuspäev.
tariff-replaced-by = Alates kuupäevast { $date } asendavad seda kaubakoodi järgmised kaubakoodid:
tariff-replaces = Alates kuupäevast { $date } asendab see kaubakood järgmisi kaubakoode:
tariff-timeline = Määrad ajas
tariff-timeline-column = Veerg
tariff-timeline-rate = Määr
tariff-timeline-from = Alates
tariff-timeline-to = Kuni
tariff-timeline-state = Olek
tariff-state-past = Varasem
tariff-state-in_force = Kehtiv
tariff-state-scheduled = Kavandatud
tariff-level-heading = Rubriik
tariff-level-subheading = Alamrubriik
tariff-level-national_line = Riiklik kaubakood
tariff-col-code = Kood
tariff-col-description = Kauba kirjeldus
tariff-col-unit = Ühik
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Märkus

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Tollimaksuvaba
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, min { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, max { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Menetlus
kind-fee = Tasu või makse
kind-measure = Meede
kind-tool = WCO instrument või vahend
kind-legal = Õigusakt
kind-form = Vorm
kind-agency = Asutus
kind-notice = Teade
kind-plural-procedure = Menetlused
kind-plural-fee = Tasud ja maksed
kind-plural-measure = Meetmed: keelud, piirangud ja litsentsid
kind-plural-tool = WCO instrumendid ja vahendid
kind-plural-legal = Õigusaktid
kind-plural-form = Vormid
kind-plural-agency = Asutused
kind-plural-notice = Teated
backlinks-title = Sellele lehele viitavad
tariff-what-applies = Nendele kaupadele kohaldatavad nõuded
footer-enquiry-point = Küsimusi? Pöörduge riikliku teabepunkti poole

field-legal-basis = Õiguslik alus
field-hs = Asjaomased kaubad (kaubakoodid)
field-direction = Suund
field-agencies = Kaasatud asutused
field-agency = Asutus
field-tools = Kohaldatavad rahvusvahelised standardid
field-duration = Tavapärane kestus
field-amount = Summa
field-per = Arvestusalus
field-reason = Tasu võtmise põhjus
field-authority = Tasu võtja
field-payment = Tasumise viis
field-published = Avaldatud
field-effective = Kehtib alates
field-effective-proposed = Kavandatud jõustumine
field-until = Tasu võtmise viimane päev
field-acronym = Lühend
field-category = Valdkond
field-status = Olek
field-issuer = Väljaandja
field-adopted = Vastu võetud
field-url = Ametlik veebileht
field-related = Seotud instrumendid
field-type = Liik
field-number = Number
field-signed = Allkirjastatud
field-official-text = Ametlik tekst
field-download = Laadi alla
field-email = E-post
field-phone = Telefon
field-address = Aadress
field-hours = Lahtiolekuajad
field-comment-until = Arvamuse esitamise tähtaeg
field-affects = Puudutab

direction-import = Import
direction-export = Eksport
direction-transit = Transiit
direction-both = Import ja eksport
direction-other = Muud menetlused
filter-by-direction = Näita menetlusi:

## Procedures

procedure-summary = Lühidalt
procedure-steps-count = Etapid
procedure-total-time = Tavapärane kogukestus
procedure-total-fees = Tasud
procedure-fees-more = { $count ->
    [one] lisaks üks juhtumist sõltuv tasu
   *[other] lisaks { $count } juhtumist sõltuvat tasu
}
procedure-fees-varying = { $count ->
    [one] Üks juhtumist sõltuv tasu
   *[other] { $count } juhtumist sõltuvat tasu
}
procedure-documents = Ettevalmistatavad dokumendid
procedure-steps = Samm-sammult
procedure-steps-n = { $count ->
    [one] Üks etapp
   *[other] { $count } etappi
}
duration-days = { $count ->
    [one] { $count } päev
   *[other] { $count } päeva
}
duration-hours = { $count ->
    [one] { $count } tund
   *[other] { $count } tundi
}
duration-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutit
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Tasude ja maksete loetelu
fee-tiers = Summad
fee-see-tiers = Vaata summasid
fee-per-declaration = deklaratsiooni kohta
fee-per-consignment = saadetise kohta
fee-per-container = konteineri kohta
fee-per-certificate = sertifikaadi kohta
fee-per-hour = tunni kohta
fee-per-application = taotluse kohta
fee-per-day = päeva kohta
fee-per-page = lehekülje kohta
fee-per-item = kaubaartikli kohta
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = kehtiv
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = kehtiv alates kuupäevast { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } alates kuupäevast { $date }
fee-changes-on = Summad muutuvad kuupäeval { $date }
fee-not-yet = Ei ole veel jõus: seda tasu võetakse alates kuupäevast { $date }.
fee-ended = Ei ole enam jõus: seda tasu võeti viimati kuupäeval { $date }.
fee-state-not-yet = Ei ole veel jõus
fee-state-ended = Ei ole enam jõus
fee-timeline = Summad ajas
fee-timeline-tier = Juhtum
fee-timeline-from = Alates
fee-timeline-to = Viimane päev
fee-timeline-state = Olek
fee-value-past = Varasem
fee-value-in_force = Kehtiv
fee-value-scheduled = Kavandatud

## WCO tools

tools-by-category = Valdkonnad
tool-category-conventions = Konventsioonid ja lepingud
tool-category-facilitation = Kaubanduse lihtsustamine
tool-category-security = Tarneahela turvalisus
tool-category-nomenclature = Klassifitseerimine
tool-category-valuation = Tolliväärtus
tool-category-origin = Päritolu
tool-category-enforcement = Järelevalve ja nõuete täitmine
tool-category-capacity-building = Suutlikkuse suurendamine
tool-category-data = Andmed ja tehnoloogia
tool-category-revenue = Tulude kogumine
tool-status-contracting-party = Lepinguosaline
tool-status-applied = Kohaldatakse
tool-status-in-progress = Rakendamisel
tool-status-not-applied = Ei kohaldata
tool-status-reference = Viitematerjal

## Measures, legal texts, notices

measure-type-prohibition = Keeld
measure-type-restriction = Piirang
measure-type-licence = Litsents või luba
measure-type-sps = Sanitaar- või fütosanitaarmeede
measure-type-tbt = Tehniline nõue
measure-type-quota = Kvoot
measure-type-other = Muu meede
legal-type-law = Seadus
legal-type-decree = Määrus
legal-type-circular = Ringkiri
legal-type-ruling = Otsus
legal-type-agreement = Rahvusvaheline leping
notice-status-draft-for-comment = Avatud arvamuse avaldamiseks
notice-status-adopted = Vastu võetud
notice-status-in-force = Jõus
notice-status-repealed = Kehtetuks tunnistatud
notice-consultation-open = Selle eelnõu kohta saab arvamust avaldada kuni kuupäevani { $date }. Saatke oma arvamus aadressile

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Üks teabeüksus on sellel veebilehel veel avaldamata.
   *[other] { $count } teabeüksust on sellel veebilehel veel avaldamata.
}
tfa-not-covered = Veel avaldamata
tfa-1-1-a = Impordi-, ekspordi- ja transiidimenetlused ning nõutavad vormid ja dokumendid
tfa-1-1-b = Kohaldatavad tollimaksu- ja maksumäärad
tfa-1-1-c = Tasud ja maksed
tfa-1-1-d = Toodete klassifitseerimise või tolliväärtuse määramise eeskirjad
tfa-1-1-e = Päritolureeglitega seotud seadused, määrused ja haldusotsused
tfa-1-1-f = Impordi-, ekspordi- või transiidipiirangud või -keelud
tfa-1-1-g = Karistussätted
tfa-1-1-h = Edasikaebamis- või läbivaatamismenetlused
tfa-1-1-i = Impordi, ekspordi või transiidiga seotud lepingud teiste riikidega
tfa-1-1-j = Tariifikvootide haldamise menetlused
tfa-1-2 = Internetis kättesaadav teave
tfa-1-3 = Teabepunktid

filter-all = Kõik
tools-filter-status = Näita instrumente selle järgi, kas see haldusasutus neid kohaldab

## Search

search-title = Otsing
search-label = Otsi veebilehelt
search-placeholder = Kaup, kood, menetlus, tasu…
search-button = Otsi
search-kind = Näita
search-kind-all = Kõik
search-kind-tariff = Kaubakoodid
search-kind-page = Muud lehed
search-hint = Sisestage sõnad mis tahes vormis või kaubakood punktidega või ilma ({ $code }).
search-needs-script = Otsing vajab JavaScripti. Sirvige selle asemel tariifistikku jaotiste ja gruppide kaupa.
search-count = Tulemused:
search-chapter = Tariifistiku grupp
search-none = Päringule „{ $query }“ ei leitud tulemusi.
search-note-code = Koodi { $asked } ei ole olemas. Kuvatakse { $found }.
search-note-typo = Päringule „{ $asked }“ ei leitud tulemusi. Kuvatakse tulemused päringule „{ $found }“.
search-result-tariff = Kaubakood
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = toll tollimaks tollimaksu tariif määr
search-previous = Eelmised
search-next = Järgmised

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
