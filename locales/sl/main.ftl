# UI strings of the default theme, Slovenian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Preskoči na glavno vsebino
language-switcher = Jezik
main-navigation = Glavni meni
breadcrumb = Nahajate se tukaj
footer-navigation = O spletnem mestu
footer-published-by = Izdajatelj: { $site }.

## Dates

last-updated = Zadnja posodobitev:
published = Objavljeno:

## Translations

notice-untranslated = Ta stran še ni prevedena. Prikazana je v izvirnem jeziku ({ $original }).
notice-stale = Ta prevod morda ni več ažuren: izvirna različica ({ $original }) je bila pozneje posodobljena (datum posodobitve: { $date }).
notice-read-original = Preberite izvirno različico ({ $original }).

## Sections and pages

on-this-page = Na tej strani
in-this-section = { $count ->
    [1] Ena stran v tej rubriki
    [one] { $count } stran v tej rubriki
    [two] { $count } strani v tej rubriki
    [few] { $count } strani v tej rubriki
   *[other] { $count } strani v tej rubriki
}
home-explore = Vsebina spletnega mesta

## Errors and redirects

not-found-title = Strani ni mogoče najti
not-found-text = Stran, ki ste jo iskali, ne obstaja ali je bila premaknjena. Preverite naslov ali začnite znova na domači strani.
not-found-home = Na domačo stran
redirect-title = Stran je bila premaknjena
redirect-link = Na novi naslov te strani

## Language chooser

chooser-intro = Izberite jezik.

## Tariff

tariff-sections = Oddelki
tariff-section = Oddelek { $number }
tariff-other-chapters = Druga poglavja
tariff-chapter = Poglavje { $number }
tariff-chapter-notes-of = Opombe k poglavju { $number }
tariff-see-chapter = Celotno poglavje { $number }
tariff-lines = Tarifne oznake
tariff-lines-under = Tarifne oznake v okviru { $code }
tariff-table-hint = Izberite oznako, da se prikažejo njene stopnje in pravila, ki zanjo veljajo.
tariff-no-rate = Ni
tariff-rates-current = Veljavne carinske stopnje
tariff-rates-since = Veljavne carinske stopnje, začetek veljavnosti: { $date }
tariff-rates-from = Carinske stopnje, začetek veljavnosti: { $date }
tariff-rates-until = Carinske stopnje, zadnji dan veljavnosti: { $date }
tariff-rate-from = { $rate } (velja od: { $date })
tariff-line-not-yet = Ta tarifna oznaka še ne velja. Začetek uporabe: { $date }.
tariff-line-ended = Ta tarifna oznaka ne velja več. Zadnji dan uporabe: { $date }.
tariff-line-ending = Ta tarifna oznaka še velja. Zadnji dan uporabe: { $date }.
tariff-replaced-by = Datum zamenjave: { $date }. To tarifno oznako nadomeščajo naslednje tarifne oznake:
tariff-replaces = Datum zamenjave: { $date }. Ta tarifna oznaka nadomešča naslednje tarifne oznake:
tariff-timeline = Stopnje skozi čas
tariff-timeline-column = Stolpec
tariff-timeline-rate = Stopnja
tariff-timeline-from = Od
tariff-timeline-to = Do
tariff-timeline-state = Stanje
tariff-state-past = Pretekla
tariff-state-in_force = Velja
tariff-state-scheduled = Načrtovana
tariff-level-heading = Tarifna številka
tariff-level-subheading = Tarifna podštevilka
tariff-level-national_line = Nacionalna tarifna oznaka
tariff-col-code = Oznaka
tariff-col-description = Poimenovanje
tariff-col-unit = Enota
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Opomba

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Prosto
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, najmanj { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, največ { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Postopek
kind-fee = Pristojbina ali dajatev
kind-measure = Ukrep
kind-tool = Instrument ali orodje SCO
kind-legal = Pravni akt
kind-form = Obrazec
kind-agency = Organ
kind-notice = Obvestilo
kind-plural-procedure = Postopki
kind-plural-fee = Pristojbine in dajatve
kind-plural-measure = Ukrepi: prepovedi, omejitve in dovoljenja
kind-plural-tool = Instrumenti in orodja SCO
kind-plural-legal = Pravni akti
kind-plural-form = Obrazci
kind-plural-agency = Organi
kind-plural-notice = Obvestila
backlinks-title = Na to stran se sklicujejo
tariff-what-applies = Kaj velja za to blago
footer-enquiry-point = Imate vprašanja? Obrnite se na nacionalno informacijsko točko

field-legal-basis = Pravna podlaga
field-hs = Zadevno blago (tarifne oznake)
field-direction = Smer
field-agencies = Vključeni organi
field-agency = Organ
field-tools = Uporabljeni mednarodni standardi
field-duration = Običajno trajanje
field-amount = Znesek
field-per = Obračunska enota
field-reason = Razlog za pristojbino
field-authority = Organ, ki jo obračuna
field-payment = Način plačila
field-published = Objavljeno
field-effective = Velja od
field-effective-proposed = Predlagani začetek veljavnosti
field-until = Zadnji dan obračunavanja
field-acronym = Kratica
field-category = Področje
field-status = Stanje
field-issuer = Izdajatelj
field-adopted = Sprejeto
field-url = Uradna stran
field-related = Povezani instrumenti
field-type = Vrsta
field-number = Številka
field-signed = Podpisano
field-official-text = Uradno besedilo
field-download = Prenos
field-email = E-pošta
field-phone = Telefon
field-address = Naslov
field-hours = Uradne ure
field-comment-until = Rok za pripombe
field-affects = Zadeva

direction-import = Uvoz
direction-export = Izvoz
direction-transit = Tranzit
direction-both = Uvoz in izvoz
direction-other = Drugi postopki
filter-by-direction = Prikaži postopke za

## Procedures

procedure-summary = Na kratko
procedure-steps-count = Koraki
procedure-total-time = Običajno skupno trajanje
procedure-total-fees = Pristojbine
procedure-fees-more = { $count ->
    [1] in še ena pristojbina, odvisna od posameznega primera
    [one] in še { $count } pristojbina, odvisna od posameznega primera
    [two] in še { $count } pristojbini, odvisni od posameznega primera
    [few] in še { $count } pristojbine, odvisne od posameznega primera
   *[other] in še { $count } pristojbin, odvisnih od posameznega primera
}
procedure-fees-varying = { $count ->
    [1] Ena pristojbina, odvisna od posameznega primera
    [one] { $count } pristojbina, odvisna od posameznega primera
    [two] { $count } pristojbini, odvisni od posameznega primera
    [few] { $count } pristojbine, odvisne od posameznega primera
   *[other] { $count } pristojbin, odvisnih od posameznega primera
}
procedure-documents = Dokumenti, ki jih je treba pripraviti
procedure-steps = Korak za korakom
procedure-steps-n = { $count ->
    [1] En korak
    [one] { $count } korak
    [two] { $count } koraka
    [few] { $count } koraki
   *[other] { $count } korakov
}
duration-days = { $count ->
    [one] { $count } dan
    [two] { $count } dneva
    [few] { $count } dni
   *[other] { $count } dni
}
duration-hours = { $count ->
    [one] { $count } ura
    [two] { $count } uri
    [few] { $count } ure
   *[other] { $count } ur
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [two] { $count } minuti
    [few] { $count } minute
   *[other] { $count } minut
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Seznam pristojbin in dajatev
fee-tiers = Zneski
fee-see-tiers = Prikaži zneske
fee-per-declaration = na deklaracijo
fee-per-consignment = na pošiljko
fee-per-container = na zabojnik
fee-per-certificate = na spričevalo
fee-per-hour = na uro
fee-per-application = na vlogo
fee-per-day = na dan
fee-per-page = na stran
fee-per-item = na postavko
fee-in-force-current = velja
fee-in-force-since = velja od: { $date }
fee-amount-from = { $amount } (velja od: { $date })
fee-changes-on = Datum spremembe zneskov: { $date }
fee-not-yet = Še ne velja. Začetek obračunavanja te pristojbine: { $date }.
fee-ended = Ne velja več. Zadnji dan obračunavanja te pristojbine: { $date }.
fee-state-not-yet = Še ne velja
fee-state-ended = Ne velja več
fee-timeline = Zneski skozi čas
fee-timeline-tier = Primer
fee-timeline-from = Od
fee-timeline-to = Zadnji dan
fee-timeline-state = Stanje
fee-value-past = Pretekli
fee-value-in_force = Velja
fee-value-scheduled = Načrtovan

## WCO tools

tools-by-category = Področja
tool-category-conventions = Konvencije in sporazumi
tool-category-facilitation = Olajševanje trgovine
tool-category-security = Varnost dobavne verige
tool-category-nomenclature = Tarifno uvrščanje
tool-category-valuation = Carinska vrednost
tool-category-origin = Poreklo
tool-category-enforcement = Izvrševanje in skladnost
tool-category-capacity-building = Krepitev zmogljivosti
tool-category-data = Podatki in tehnologija
tool-category-revenue = Prihodki
tool-status-contracting-party = Pogodbenica
tool-status-applied = Se uporablja
tool-status-in-progress = V uvajanju
tool-status-not-applied = Se ne uporablja
tool-status-reference = Referenčni dokument

## Measures, legal texts, notices

measure-type-prohibition = Prepoved
measure-type-restriction = Omejitev
measure-type-licence = Licenca ali dovoljenje
measure-type-sps = Sanitarni in fitosanitarni ukrep
measure-type-tbt = Tehnična zahteva
measure-type-quota = Kvota
measure-type-other = Drug ukrep
legal-type-law = Zakon
legal-type-decree = Uredba
legal-type-circular = Okrožnica
legal-type-ruling = Odločba
legal-type-agreement = Mednarodni sporazum
notice-status-draft-for-comment = Odprto za pripombe
notice-status-adopted = Sprejeto
notice-status-in-force = Velja
notice-status-repealed = Razveljavljeno
notice-consultation-open = Ta osnutek je odprt za pripombe. Rok za pripombe: { $date }. Pripombe pošljite na naslov

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [1] Ena točka na tem spletnem mestu še ni objavljena.
    [one] { $count } točka na tem spletnem mestu še ni objavljena.
    [two] { $count } točki na tem spletnem mestu še nista objavljeni.
    [few] { $count } točke na tem spletnem mestu še niso objavljene.
   *[other] { $count } točk na tem spletnem mestu še ni objavljenih.
}
tfa-not-covered = Še ni objavljeno
tfa-1-1-a = Postopki za uvoz, izvoz in tranzit ter zahtevani obrazci in dokumenti
tfa-1-1-b = Uporabljene stopnje dajatev in davkov
tfa-1-1-c = Pristojbine in dajatve
tfa-1-1-d = Pravila za uvrščanje ali vrednotenje izdelkov
tfa-1-1-e = Zakoni, predpisi in odločbe v zvezi s pravili o poreklu
tfa-1-1-f = Omejitve ali prepovedi uvoza, izvoza ali tranzita
tfa-1-1-g = Določbe o kaznih
tfa-1-1-h = Postopki za pritožbo ali pregled
tfa-1-1-i = Sporazumi z drugimi državami v zvezi z uvozom, izvozom ali tranzitom
tfa-1-1-j = Postopki za upravljanje tarifnih kvot
tfa-1-2 = Informacije, dostopne prek interneta
tfa-1-3 = Informacijske točke

filter-all = Vse
tools-filter-status = Prikaži instrumente glede na njihovo stanje v tej upravi

## Search

search-title = Iskanje
search-label = Iskanje po spletnem mestu
search-placeholder = Blago, oznaka, postopek, pristojbina…
search-button = Išči
search-kind = Prikaži
search-kind-all = Vse
search-kind-tariff = Tarifne oznake
search-kind-page = Druge strani
search-hint = Vnesite besede v kateri koli obliki ali tarifno oznako s pikami ali brez njih ({ $code }).
search-needs-script = Za iskanje je potreben JavaScript. Tarifo lahko pregledujete po oddelkih in poglavjih.
search-count = Rezultati:
search-chapter = Poglavje tarife
search-none = Ni rezultatov za „{ $query }“.
search-note-code = Oznaka { $asked } ne obstaja. Prikazano: { $found }.
search-note-typo = Ni rezultatov za „{ $asked }“. Prikazani so rezultati za „{ $found }“.
search-result-tariff = Tarifna oznaka
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = carina carine carinska tarifa stopnja
search-previous = Prejšnja
search-next = Naslednja

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
