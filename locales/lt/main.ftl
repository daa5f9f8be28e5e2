# UI strings of the default theme, Lithuanian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Pereiti prie pagrindinio turinio
language-switcher = Kalba
main-navigation = Pagrindinis meniu
breadcrumb = Jūs esate čia
footer-navigation = Apie šią svetainę
footer-published-by = Svetainės leidėjas: { $site }.

## Dates

last-updated = Paskutinį kartą atnaujinta:
published = Paskelbta:

## Translations

notice-untranslated = Šis puslapis dar neišverstas. Jis rodomas originalo kalba ({ $original }).
notice-stale = Šis vertimas gali būti pasenęs: originalo kalbos ({ $original }) versija atnaujinta { $date }
notice-read-original = Skaityti originalo kalbos ({ $original }) versiją.

## Sections and pages

on-this-page = Šiame puslapyje
in-this-section = { $count ->
    [1] Vienas puslapis šioje skiltyje
    [one] { $count } puslapis šioje skiltyje
    [few] { $count } puslapiai šioje skiltyje
    [many] { $count } puslapio šioje skiltyje
   *[other] { $count } puslapių šioje skiltyje
}
home-explore = Naršyti svetainę

## Errors and redirects

not-found-title = Puslapis nerastas
not-found-text = Puslapio, kurio ieškote, nėra arba jis perkeltas. Patikrinkite adresą arba pradėkite iš naujo nuo pagrindinio puslapio.
not-found-home = Eiti į pagrindinį puslapį
redirect-title = Šis puslapis perkeltas
redirect-link = Eiti nauju šio puslapio adresu

## Language chooser

chooser-intro = Pasirinkite kalbą.

## Tariff

tariff-sections = Skyriai
tariff-section = { $number } skyrius
tariff-other-chapters = Kiti skirsniai
tariff-chapter = { $number } skirsnis
tariff-chapter-notes-of = { $number } skirsnio pastabos
tariff-see-chapter = Žiūrėti visą { $number } skirsnį
tariff-lines = Tarifinės eilutės
tariff-lines-under = Tarifinės eilutės, patenkančios į { $code }
tariff-table-hint = Pasirinkite kodą, kad matytumėte jam taikomas muito normas ir taisykles.
tariff-no-rate = Nėra
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Galiojančios muito normos
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Muito normos, galiojančios nuo { $date }
tariff-rates-from = Muito normos nuo { $date }
tariff-rates-until = Muito normos iki { $date } imtinai
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } nuo { $date }
tariff-line-not-yet = Ši tarifinė eilutė dar negalioja: ji taikoma nuo { $date }
tariff-line-ended = Ši tarifinė eilutė nebegalioja: paskutinė jos galiojimo diena – { $date }
tariff-line-ending = Ši tarifinė eilutė galioja iki { $date } imtinai: tai paskutinė jos galiojimo diena.
tariff-replaced-by = Nuo { $date } šią tarifinę eilutę pakeičia:
tariff-replaces = Nuo { $date } ši tarifinė eilutė pakeičia:
tariff-timeline = Muito normų kaita
tariff-timeline-column = Stulpelis
tariff-timeline-rate = Muito norma
tariff-timeline-from = Nuo
tariff-timeline-to = Iki
tariff-timeline-state = Būsena
tariff-state-past = Ankstesnė
tariff-state-in_force = Galiojanti
tariff-state-scheduled = Numatyta
tariff-level-heading = Pozicija
tariff-level-subheading = Subpozicija
tariff-level-national_line = Nacionalinė tarifinė eilutė
tariff-col-code = Kodas
tariff-col-description = Prekių aprašymas
tariff-col-unit = Matavimo vienetas
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Pastaba

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Neapmuitinama
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, maks. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Procedūra
kind-fee = Rinkliava ar mokestis
kind-measure = Priemonė
kind-tool = PMO dokumentas ar priemonė
kind-legal = Teisės aktas
kind-form = Forma
kind-agency = Institucija
kind-notice = Pranešimas
kind-plural-procedure = Procedūros
kind-plural-fee = Rinkliavos ir mokesčiai
kind-plural-measure = Priemonės: draudimai, apribojimai ir licencijos
kind-plural-tool = PMO dokumentai ir priemonės
kind-plural-legal = Teisės aktai
kind-plural-form = Formos
kind-plural-agency = Institucijos
kind-plural-notice = Pranešimai
backlinks-title = Šis puslapis minimas
tariff-what-applies = Kas taikoma šioms prekėms
footer-enquiry-point = Turite klausimų? Kreipkitės į nacionalinį informacijos centrą

field-legal-basis = Teisinis pagrindas
field-hs = Susijusios prekės (prekių kodai)
field-direction = Kryptis
field-agencies = Dalyvaujančios institucijos
field-agency = Institucija
field-tools = Taikomi tarptautiniai standartai
field-duration = Įprasta trukmė
field-amount = Dydis
field-per = Imama už
field-reason = Kodėl imama ši rinkliava
field-authority = Rinkliavą imanti institucija
field-payment = Kaip sumokėti
field-published = Paskelbta
field-effective = Galioja nuo
field-effective-proposed = Siūloma įsigaliojimo data
field-until = Paskutinė ėmimo diena
field-acronym = Santrumpa
field-category = Sritis
field-status = Statusas
field-issuer = Leidėjas
field-adopted = Priimta
field-url = Oficialus puslapis
field-related = Susiję dokumentai
field-type = Rūšis
field-number = Numeris
field-signed = Pasirašyta
field-official-text = Oficialus tekstas
field-download = Atsisiųsti
field-email = El. paštas
field-phone = Telefonas
field-address = Adresas
field-hours = Darbo laikas
field-comment-until = Pastabas galima teikti iki
field-affects = Taikoma

direction-import = Importas
direction-export = Eksportas
direction-transit = Tranzitas
direction-both = Importas ir eksportas
direction-other = Kitos procedūros
filter-by-direction = Rodyti procedūras:

## Procedures

procedure-summary = Trumpai
procedure-steps-count = Etapai
procedure-total-time = Įprasta bendra trukmė
procedure-total-fees = Rinkliavos
procedure-fees-more = { $count ->
    [1] ir dar viena rinkliava, priklausanti nuo atvejo
    [one] ir dar { $count } rinkliava, priklausanti nuo atvejo
    [few] ir dar { $count } rinkliavos, priklausančios nuo atvejo
    [many] ir dar { $count } rinkliavos, priklausančios nuo atvejo
   *[other] ir dar { $count } rinkliavų, priklausančių nuo atvejo
}
procedure-fees-varying = { $count ->
    [1] Viena rinkliava, priklausanti nuo atvejo
    [one] { $count } rinkliava, priklausanti nuo atvejo
    [few] { $count } rinkliavos, priklausančios nuo atvejo
    [many] { $count } rinkliavos, priklausančios nuo atvejo
   *[other] { $count } rinkliavų, priklausančių nuo atvejo
}
procedure-documents = Reikalingi dokumentai
procedure-steps = Procedūros eiga
procedure-steps-n = { $count ->
    [1] Vienas etapas
    [one] { $count } etapas
    [few] { $count } etapai
    [many] { $count } etapo
   *[other] { $count } etapų
}
duration-days = { $count ->
    [one] { $count } diena
    [few] { $count } dienos
    [many] { $count } dienos
   *[other] { $count } dienų
}
duration-hours = { $count ->
    [one] { $count } valanda
    [few] { $count } valandos
    [many] { $count } valandos
   *[other] { $count } valandų
}
duration-minutes = { $count ->
    [one] { $count } minutė
    [few] { $count } minutės
    [many] { $count } minutės
   *[other] { $count } minučių
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Rinkliavų ir mokesčių sąrašas
fee-tiers = Dydžiai
fee-see-tiers = Žiūrėti dydžius
fee-per-declaration = už deklaraciją
fee-per-consignment = už siuntą
fee-per-container = už konteinerį
fee-per-certificate = už sertifikatą
fee-per-hour = už valandą
fee-per-application = už prašymą
fee-per-day = už dieną
fee-per-page = už puslapį
fee-per-item = už vienetą
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = galioja
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = galioja nuo { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } nuo { $date }
fee-changes-on = Dydžiai keičiami nuo { $date }
fee-not-yet = Dar negalioja: ši rinkliava imama nuo { $date }
fee-ended = Nebegalioja: paskutinį kartą ši rinkliava imta { $date }
fee-state-not-yet = Dar negalioja
fee-state-ended = Nebegalioja
fee-timeline = Dydžių kaita
fee-timeline-tier = Atvejis
fee-timeline-from = Nuo
fee-timeline-to = Paskutinė diena
fee-timeline-state = Būsena
fee-value-past = Ankstesnis
fee-value-in_force = Galiojantis
fee-value-scheduled = Numatytas

## WCO tools

tools-by-category = Sritys
tool-category-conventions = Konvencijos ir susitarimai
tool-category-facilitation = Prekybos lengvinimas
tool-category-security = Tiekimo grandinės saugumas
tool-category-nomenclature = Klasifikavimas
tool-category-valuation = Muitinis įvertinimas
tool-category-origin = Kilmė
tool-category-enforcement = Teisės aktų vykdymo užtikrinimas ir atitiktis
tool-category-capacity-building = Gebėjimų stiprinimas
tool-category-data = Duomenys ir technologijos
tool-category-revenue = Pajamos
tool-status-contracting-party = Susitariančioji šalis
tool-status-applied = Taikomas
tool-status-in-progress = Diegiamas
tool-status-not-applied = Netaikomas
tool-status-reference = Informacinis dokumentas

## Measures, legal texts, notices

measure-type-prohibition = Draudimas
measure-type-restriction = Apribojimas
measure-type-licence = Licencija arba leidimas
measure-type-sps = Sanitarinės ir fitosanitarinės priemonės
measure-type-tbt = Techninis reikalavimas
measure-type-quota = Kvota
measure-type-other = Kita priemonė
legal-type-law = Įstatymas
legal-type-decree = Dekretas
legal-type-circular = Aplinkraštis
legal-type-ruling = Sprendimas
legal-type-agreement = Tarptautinis susitarimas
notice-status-draft-for-comment = Teikiamas pastaboms
notice-status-adopted = Priimtas
notice-status-in-force = Galioja
notice-status-repealed = Panaikintas
notice-consultation-open = Pastabas dėl šio projekto galima teikti iki { $date } Pastabas siųskite adresu

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [1] Vienas punktas šioje svetainėje dar nepaskelbtas.
    [one] { $count } punktas šioje svetainėje dar nepaskelbtas.
    [few] { $count } punktai šioje svetainėje dar nepaskelbti.
    [many] { $count } punkto šioje svetainėje dar nepaskelbta.
   *[other] { $count } punktų šioje svetainėje dar nepaskelbta.
}
tfa-not-covered = Dar nepaskelbta
tfa-1-1-a = Importo, eksporto ir tranzito procedūros, reikalaujamos formos ir dokumentai
tfa-1-1-b = Taikomos muitų ir mokesčių normos
tfa-1-1-c = Rinkliavos ir mokesčiai
tfa-1-1-d = Produktų klasifikavimo arba muitinio įvertinimo taisyklės
tfa-1-1-e = Įstatymai, kiti teisės aktai ir administraciniai sprendimai, susiję su kilmės taisyklėmis
tfa-1-1-f = Importo, eksporto ar tranzito apribojimai arba draudimai
tfa-1-1-g = Nuostatos dėl sankcijų
tfa-1-1-h = Apskundimo arba peržiūros procedūros
tfa-1-1-i = Susitarimai su kitomis šalimis, susiję su importu, eksportu ar tranzitu
tfa-1-1-j = Tarifinių kvotų administravimo procedūros
tfa-1-2 = Internetu prieinama informacija
tfa-1-3 = Informacijos centrai

filter-all = Visi
tools-filter-status = Rodyti dokumentus pagal jų statusą šioje administracijoje

## Search

search-title = Paieška
search-label = Ieškoti svetainėje
search-placeholder = Prekės, kodas, procedūra, rinkliava…
search-button = Ieškoti
search-kind = Rodyti
search-kind-all = Viską
search-kind-tariff = Prekių kodai
search-kind-page = Kiti puslapiai
search-hint = Įveskite žodžius bet kuria forma arba prekės kodą su taškais ar be jų ({ $code }).
search-needs-script = Paieškai reikalingas JavaScript. Tarifą galite naršyti pagal skyrius ir skirsnius.
search-count = Rezultatai:
search-chapter = Tarifo skirsnis
search-none = Pagal užklausą „{ $query }“ nieko nerasta.
search-note-code = Kodo { $asked } nėra. Rodomas { $found }.
search-note-typo = Pagal užklausą „{ $asked }“ nieko nerasta. Rodomi užklausos „{ $found }“ rezultatai.
search-result-tariff = Prekės kodas
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = muitas muito muitai tarifas norma
search-previous = Ankstesnis
search-next = Kitas

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
