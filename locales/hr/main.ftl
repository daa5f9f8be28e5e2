# UI strings of the default theme, Croatian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Prijeđi na glavni sadržaj
language-switcher = Jezik
main-navigation = Glavni izbornik
breadcrumb = Nalazite se ovdje
footer-navigation = O ovim mrežnim stranicama
footer-published-by = Izdavač: { $site }.

## Dates

last-updated = Posljednje ažuriranje:
published = Objavljeno:

## Translations

notice-untranslated = Ova stranica još nije prevedena. Prikazana je na izvornom jeziku ({ $original }).
notice-stale = Ovaj prijevod možda nije ažuran: izvorna inačica ({ $original }) ažurirana je { $date }
notice-read-original = Pročitajte izvornu inačicu ({ $original }).

## Sections and pages

on-this-page = Na ovoj stranici
in-this-section = { $count ->
    [1] Jedna stranica u ovoj rubrici
    [one] { $count } stranica u ovoj rubrici
    [few] { $count } stranice u ovoj rubrici
   *[other] { $count } stranica u ovoj rubrici
}
home-explore = Sadržaj mrežnih stranica

## Errors and redirects

not-found-title = Stranica nije pronađena
not-found-text = Tražena stranica ne postoji ili je premještena. Provjerite adresu ili krenite ponovno s početne stranice.
not-found-home = Idi na početnu stranicu
redirect-title = Stranica je premještena
redirect-link = Idi na novu adresu ove stranice

## Language chooser

chooser-intro = Odaberite jezik.

## Tariff

tariff-sections = Odjeljci
tariff-section = Odjeljak { $number }
tariff-other-chapters = Ostala poglavlja
tariff-chapter = Poglavlje { $number }
tariff-chapter-notes-of = Napomene uz poglavlje { $number }
tariff-see-chapter = Pogledajte cijelo poglavlje { $number }
tariff-lines = Tarifne oznake
tariff-lines-under = Tarifne oznake unutar { $code }
tariff-table-hint = Odaberite oznaku kako biste vidjeli njezine stope i pravila koja se na nju primjenjuju.
tariff-no-rate = Nema
tariff-rates-current = Carinske stope na snazi
tariff-rates-since = Carinske stope na snazi od { $date }
tariff-rates-from = Carinske stope od { $date }
tariff-rates-until = Carinske stope do { $date } uključivo
tariff-rate-from = { $rate } od { $date }
tariff-line-not-yet = Ova tarifna oznaka još nije na snazi: primjenjuje se od { $date }
tariff-line-ended = Ova tarifna oznaka više nije na snazi: posljednji dan primjene bio je { $date }
tariff-line-ending = Ova tarifna oznaka na snazi je do { $date } uključivo; to je posljednji dan njezine primjene.
tariff-replaced-by = Od { $date } ovu tarifnu oznaku zamjenjuju sljedeće tarifne oznake:
tariff-replaces = Od { $date } ova tarifna oznaka zamjenjuje sljedeće tarifne oznake:
tariff-timeline = Stope kroz vrijeme
tariff-timeline-column = Stupac
tariff-timeline-rate = Stopa
tariff-timeline-from = Od
tariff-timeline-to = Do
tariff-timeline-state = Status
tariff-state-past = Prijašnja
tariff-state-in_force = Na snazi
tariff-state-scheduled = Planirana
tariff-level-heading = Tarifni broj
tariff-level-subheading = Tarifni podbroj
tariff-level-national_line = Nacionalna tarifna oznaka
tariff-col-code = Oznaka
tariff-col-description = Naziv
tariff-col-unit = Jedinica
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Napomena

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Slobodno
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, najmanje { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, najviše { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Postupak
kind-fee = Pristojba ili naknada
kind-measure = Mjera
kind-tool = Instrument ili alat SCO-a
kind-legal = Propis
kind-form = Obrazac
kind-agency = Tijelo
kind-notice = Obavijest
kind-plural-procedure = Postupci
kind-plural-fee = Pristojbe i naknade
kind-plural-measure = Mjere: zabrane, ograničenja i dozvole
kind-plural-tool = Instrumenti i alati SCO-a
kind-plural-legal = Propisi
kind-plural-form = Obrasci
kind-plural-agency = Tijela
kind-plural-notice = Obavijesti
backlinks-title = Na ovu stranicu upućuju
tariff-what-applies = Što se primjenjuje na ovu robu
footer-enquiry-point = Imate pitanja? Obratite se nacionalnoj informacijskoj točki

field-legal-basis = Pravna osnova
field-hs = Obuhvaćena roba (tarifne oznake)
field-direction = Smjer
field-agencies = Uključena tijela
field-agency = Tijelo
field-tools = Primijenjeni međunarodni standardi
field-duration = Uobičajeno trajanje
field-amount = Iznos
field-per = Obračunska jedinica
field-reason = Razlog naplate
field-authority = Tijelo koje naplaćuje
field-payment = Način plaćanja
field-published = Objavljeno
field-effective = Na snazi od
field-effective-proposed = Predloženi datum stupanja na snagu
field-until = Posljednji dan naplate
field-acronym = Kratica
field-category = Područje
field-status = Status
field-issuer = Izdavatelj
field-adopted = Doneseno
field-url = Službena stranica
field-related = Povezani instrumenti
field-type = Vrsta
field-number = Broj
field-signed = Potpisano
field-official-text = Službeni tekst
field-download = Preuzimanje
field-email = E-pošta
field-phone = Telefon
field-address = Adresa
field-hours = Radno vrijeme
field-comment-until = Primjedbe do
field-affects = Odnosi se na

direction-import = Uvoz
direction-export = Izvoz
direction-transit = Provoz
direction-both = Uvoz i izvoz
direction-other = Ostali postupci
filter-by-direction = Prikaži postupke za

## Procedures

procedure-summary = Ukratko
procedure-steps-count = Koraci
procedure-total-time = Uobičajeno ukupno trajanje
procedure-total-fees = Pristojbe
procedure-fees-more = { $count ->
    [1] i još jedna pristojba, ovisno o slučaju
    [one] i još { $count } pristojba, ovisno o slučaju
    [few] i još { $count } pristojbe, ovisno o slučaju
   *[other] i još { $count } pristojbi, ovisno o slučaju
}
procedure-fees-varying = { $count ->
    [1] Jedna pristojba, ovisno o slučaju
    [one] { $count } pristojba, ovisno o slučaju
    [few] { $count } pristojbe, ovisno o slučaju
   *[other] { $count } pristojbi, ovisno o slučaju
}
procedure-documents = Dokumenti koje treba pripremiti
procedure-steps = Korak po korak
procedure-steps-n = { $count ->
    [1] Jedan korak
    [one] { $count } korak
    [few] { $count } koraka
   *[other] { $count } koraka
}
duration-days = { $count ->
    [one] { $count } dan
    [few] { $count } dana
   *[other] { $count } dana
}
duration-hours = { $count ->
    [one] { $count } sat
    [few] { $count } sata
   *[other] { $count } sati
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minute
   *[other] { $count } minuta
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Popis pristojbi i naknada
fee-tiers = Iznosi
fee-see-tiers = Pogledajte iznose
fee-per-declaration = po deklaraciji
fee-per-consignment = po pošiljci
fee-per-container = po kontejneru
fee-per-certificate = po certifikatu
fee-per-hour = po satu
fee-per-application = po zahtjevu
fee-per-day = po danu
fee-per-page = po stranici
fee-per-item = po stavci
fee-in-force-current = na snazi
fee-in-force-since = na snazi od { $date }
fee-amount-from = { $amount } od { $date }
fee-changes-on = Iznosi se mijenjaju { $date }
fee-not-yet = Još nije na snazi: ova se pristojba naplaćuje od { $date }
fee-ended = Više nije na snazi: ova je pristojba posljednji put naplaćena { $date }
fee-state-not-yet = Još nije na snazi
fee-state-ended = Više nije na snazi
fee-timeline = Iznosi kroz vrijeme
fee-timeline-tier = Slučaj
fee-timeline-from = Od
fee-timeline-to = Posljednji dan
fee-timeline-state = Status
fee-value-past = Prijašnji
fee-value-in_force = Na snazi
fee-value-scheduled = Planiran

## WCO tools

tools-by-category = Područja
tool-category-conventions = Konvencije i sporazumi
tool-category-facilitation = Olakšavanje trgovine
tool-category-security = Sigurnost lanca opskrbe
tool-category-nomenclature = Razvrstavanje
tool-category-valuation = Carinska vrijednost
tool-category-origin = Podrijetlo
tool-category-enforcement = Provedba i usklađenost
tool-category-capacity-building = Izgradnja kapaciteta
tool-category-data = Podaci i tehnologija
tool-category-revenue = Prihodi
tool-status-contracting-party = Ugovorna stranka
tool-status-applied = Primjenjuje se
tool-status-in-progress = U postupku uvođenja
tool-status-not-applied = Ne primjenjuje se
tool-status-reference = Referentni dokument

## Measures, legal texts, notices

measure-type-prohibition = Zabrana
measure-type-restriction = Ograničenje
measure-type-licence = Dozvola ili odobrenje
measure-type-sps = Sanitarna i fitosanitarna mjera
measure-type-tbt = Tehnički zahtjev
measure-type-quota = Kvota
measure-type-other = Ostala mjera
legal-type-law = Zakon
legal-type-decree = Uredba
legal-type-circular = Okružnica
legal-type-ruling = Rješenje
legal-type-agreement = Međunarodni sporazum
notice-status-draft-for-comment = Otvoreno za primjedbe
notice-status-adopted = Doneseno
notice-status-in-force = Na snazi
notice-status-repealed = Stavljeno izvan snage
notice-consultation-open = Primjedbe na ovaj nacrt mogu se dostaviti do { $date } na adresu

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [1] Jedna stavka još nije objavljena na ovim mrežnim stranicama.
    [one] { $count } stavka još nije objavljena na ovim mrežnim stranicama.
    [few] { $count } stavke još nisu objavljene na ovim mrežnim stranicama.
   *[other] { $count } stavki još nije objavljeno na ovim mrežnim stranicama.
}
tfa-not-covered = Još nije objavljeno
tfa-1-1-a = Postupci uvoza, izvoza i provoza te potrebni obrasci i dokumenti
tfa-1-1-b = Primijenjene stope carina i poreza
tfa-1-1-c = Pristojbe i naknade
tfa-1-1-d = Pravila za razvrstavanje proizvoda ili utvrđivanje njihove carinske vrijednosti
tfa-1-1-e = Zakoni, propisi i odluke koji se odnose na pravila o podrijetlu
tfa-1-1-f = Ograničenja ili zabrane uvoza, izvoza ili provoza
tfa-1-1-g = Odredbe o sankcijama
tfa-1-1-h = Postupci za podnošenje žalbe ili zahtjeva za preispitivanje
tfa-1-1-i = Sporazumi s drugim zemljama koji se odnose na uvoz, izvoz ili provoz
tfa-1-1-j = Postupci upravljanja carinskim kvotama
tfa-1-2 = Informacije dostupne na internetu
tfa-1-3 = Informacijske točke

filter-all = Sve
tools-filter-status = Prikaži instrumente prema njihovu statusu u ovoj upravi

## Search

search-title = Pretraživanje
search-label = Pretražite mrežne stranice
search-placeholder = Roba, oznaka, postupak, pristojba…
search-button = Traži
search-kind = Prikaži
search-kind-all = Sve
search-kind-tariff = Tarifne oznake
search-kind-page = Ostale stranice
search-hint = Upišite riječi u bilo kojem obliku ili tarifnu oznaku s točkama ili bez njih ({ $code }).
search-needs-script = Za pretraživanje potreban je JavaScript. Tarifu možete pregledavati po odjeljcima i poglavljima.
search-count = Rezultati:
search-chapter = Poglavlje tarife
search-none = Nema rezultata za „{ $query }”.
search-note-code = Oznaka { $asked } ne postoji. Prikazuje se { $found }.
search-note-typo = Nema rezultata za „{ $asked }”. Prikazuju se rezultati za „{ $found }”.
search-result-tariff = Tarifna oznaka
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = carina carine carinska tarifa stopa
search-previous = Prethodna
search-next = Sljedeća

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
