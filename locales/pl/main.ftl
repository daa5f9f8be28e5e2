# UI strings of the default theme, Polish.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Przejdź do treści głównej
language-switcher = Język
main-navigation = Menu główne
breadcrumb = Jesteś tutaj
footer-navigation = O serwisie
footer-published-by = Wydawca: { $site }.

## Dates

last-updated = Ostatnia aktualizacja:
published = Data publikacji:

## Translations

notice-untranslated = Ta strona nie została jeszcze przetłumaczona. Jest wyświetlana w wersji oryginalnej ({ $original }).
notice-stale = To tłumaczenie może być nieaktualne: wersja oryginalna ({ $original }) została zaktualizowana { $date }.
notice-read-original = Przeczytaj wersję oryginalną ({ $original }).

## Sections and pages

on-this-page = Na tej stronie
in-this-section = { $count ->
    [one] Jedna strona w tej sekcji
    [few] { $count } strony w tej sekcji
    [many] { $count } stron w tej sekcji
   *[other] { $count } strony w tej sekcji
}
home-explore = Zawartość serwisu

## Errors and redirects

not-found-title = Nie znaleziono strony
not-found-text = Strona, której szukasz, nie istnieje lub została przeniesiona. Sprawdź adres albo zacznij od strony głównej.
not-found-home = Przejdź do strony głównej
redirect-title = Ta strona została przeniesiona
redirect-link = Przejdź pod nowy adres tej strony

## Language chooser

chooser-intro = Wybierz język.

## Tariff

tariff-sections = Sekcje
tariff-section = Sekcja { $number }
tariff-other-chapters = Pozostałe działy
tariff-chapter = Dział { $number }
tariff-chapter-notes-of = Uwagi do działu { $number }
tariff-see-chapter = Zobacz cały dział { $number }
tariff-lines = Linie taryfowe
tariff-lines-under = Linie taryfowe w ramach { $code }
tariff-table-hint = Wybierz kod, aby wyświetlić jego stawki i mające do niego zastosowanie przepisy.
tariff-no-rate = Brak
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Obowiązujące stawki celne
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Stawki celne obowiązujące od { $date }
tariff-rates-from = Stawki celne od { $date }
tariff-rates-until = Stawki celne do { $date } włącznie
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } od { $date }
tariff-line-not-yet = Ta linia taryfowa jeszcze nie obowiązuje: ma zastosowanie od { $date }.
tariff-line-ended = Ta linia taryfowa już nie obowiązuje: ostatnim dniem jej stosowania był { $date }.
tariff-line-ending = Ta linia taryfowa obowiązuje do { $date } włącznie; jest to ostatni dzień jej stosowania.
tariff-replaced-by = Od { $date } tę linię taryfową zastępują następujące linie taryfowe:
tariff-replaces = Od { $date } ta linia taryfowa zastępuje następujące linie taryfowe:
tariff-timeline = Stawki w czasie
tariff-timeline-column = Kolumna
tariff-timeline-rate = Stawka
tariff-timeline-from = Od
tariff-timeline-to = Do
tariff-timeline-state = Status
tariff-state-past = Poprzednia
tariff-state-in_force = Obowiązująca
tariff-state-scheduled = Zaplanowana
tariff-level-heading = Pozycja
tariff-level-subheading = Podpozycja
tariff-level-national_line = Krajowa linia taryfowa
tariff-col-code = Kod
tariff-col-description = Wyszczególnienie
tariff-col-unit = Jednostka
tariff-col-mfn = KNU
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Uwaga

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Wolne od cła
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, maks. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Procedura
kind-fee = Opłata lub należność
kind-measure = Środek
kind-tool = Instrument lub narzędzie WCO
kind-legal = Akt prawny
kind-form = Formularz
kind-agency = Organ
kind-notice = Komunikat
kind-plural-procedure = Procedury
kind-plural-fee = Opłaty i należności
kind-plural-measure = Środki: zakazy, ograniczenia i pozwolenia
kind-plural-tool = Instrumenty i narzędzia WCO
kind-plural-legal = Akty prawne
kind-plural-form = Formularze
kind-plural-agency = Organy
kind-plural-notice = Komunikaty
backlinks-title = Odwołują się do tej strony
tariff-what-applies = Przepisy mające zastosowanie do tych towarów
footer-enquiry-point = Masz pytania? Skontaktuj się z krajowym punktem informacyjnym

field-legal-basis = Podstawa prawna
field-hs = Objęte towary (kody taryfowe)
field-direction = Kierunek
field-agencies = Zaangażowane organy
field-agency = Organ
field-tools = Stosowane standardy międzynarodowe
field-duration = Zwykły czas
field-amount = Kwota
field-per = Pobierana za
field-reason = Powód pobierania opłaty
field-authority = Organ pobierający
field-payment = Sposób zapłaty
field-published = Data publikacji
field-effective = Obowiązuje od
field-effective-proposed = Proponowana data wejścia w życie
field-until = Ostatni dzień pobierania
field-acronym = Skrót
field-category = Obszar
field-status = Status
field-issuer = Wydany przez
field-adopted = Data przyjęcia
field-url = Strona oficjalna
field-related = Powiązane instrumenty
field-type = Rodzaj
field-number = Numer
field-signed = Data podpisania
field-official-text = Tekst urzędowy
field-download = Pobierz
field-email = E-mail
field-phone = Telefon
field-address = Adres
field-hours = Godziny pracy
field-comment-until = Uwagi do
field-affects = Dotyczy

direction-import = Przywóz
direction-export = Wywóz
direction-transit = Tranzyt
direction-both = Przywóz i wywóz
direction-other = Inne procedury
filter-by-direction = Pokaż procedury dotyczące

## Procedures

procedure-summary = W skrócie
procedure-steps-count = Kroki
procedure-total-time = Zwykły łączny czas
procedure-total-fees = Opłaty
procedure-fees-more = { $count ->
    [one] oraz jedna opłata zależna od okoliczności
    [few] oraz { $count } opłaty zależne od okoliczności
    [many] oraz { $count } opłat zależnych od okoliczności
   *[other] oraz { $count } opłaty zależne od okoliczności
}
procedure-fees-varying = { $count ->
    [one] Jedna opłata zależna od okoliczności
    [few] { $count } opłaty zależne od okoliczności
    [many] { $count } opłat zależnych od okoliczności
   *[other] { $count } opłaty zależne od okoliczności
}
procedure-documents = Dokumenty do przygotowania
procedure-steps = Krok po kroku
procedure-steps-n = { $count ->
    [one] Jeden krok
    [few] { $count } kroki
    [many] { $count } kroków
   *[other] { $count } kroku
}
duration-days = { $count ->
    [one] 1 dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
duration-hours = { $count ->
    [one] 1 godzina
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
duration-minutes = { $count ->
    [one] 1 minuta
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } minuty
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Wykaz opłat i należności
fee-tiers = Kwoty
fee-see-tiers = Zobacz kwoty
fee-per-declaration = za zgłoszenie
fee-per-consignment = za przesyłkę
fee-per-container = za kontener
fee-per-certificate = za świadectwo
fee-per-hour = za godzinę
fee-per-application = za wniosek
fee-per-day = za dzień
fee-per-page = za stronę
fee-per-item = za sztukę
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = obowiązuje
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = obowiązuje od { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } od { $date }
fee-changes-on = Kwoty zmieniają się z dniem { $date }
fee-not-yet = Jeszcze nie obowiązuje: opłata jest pobierana od { $date }.
fee-ended = Już nie obowiązuje: opłatę pobrano po raz ostatni { $date }.
fee-state-not-yet = Jeszcze nie obowiązuje
fee-state-ended = Już nie obowiązuje
fee-timeline = Kwoty w czasie
fee-timeline-tier = Przypadek
fee-timeline-from = Od
fee-timeline-to = Ostatni dzień
fee-timeline-state = Status
fee-value-past = Poprzednia
fee-value-in_force = Obowiązująca
fee-value-scheduled = Zaplanowana

## WCO tools

tools-by-category = Obszary
tool-category-conventions = Konwencje i porozumienia
tool-category-facilitation = Ułatwienia w handlu
tool-category-security = Bezpieczeństwo łańcucha dostaw
tool-category-nomenclature = Klasyfikacja taryfowa
tool-category-valuation = Ustalanie wartości celnej
tool-category-origin = Pochodzenie
tool-category-enforcement = Egzekwowanie przepisów i zgodność
tool-category-capacity-building = Budowanie potencjału
tool-category-data = Dane i technologie
tool-category-revenue = Dochody budżetowe
tool-status-contracting-party = Umawiająca się strona
tool-status-applied = Stosowany
tool-status-in-progress = We wdrażaniu
tool-status-not-applied = Niestosowany
tool-status-reference = Dokument referencyjny

## Measures, legal texts, notices

measure-type-prohibition = Zakaz
measure-type-restriction = Ograniczenie
measure-type-licence = Licencja lub pozwolenie
measure-type-sps = Środki sanitarne i fitosanitarne
measure-type-tbt = Wymóg techniczny
measure-type-quota = Kontyngent
measure-type-other = Inny środek
legal-type-law = Ustawa
legal-type-decree = Rozporządzenie
legal-type-circular = Okólnik
legal-type-ruling = Decyzja
legal-type-agreement = Umowa międzynarodowa
notice-status-draft-for-comment = Przyjmowanie uwag
notice-status-adopted = Przyjęty
notice-status-in-force = Obowiązuje
notice-status-repealed = Uchylony
notice-consultation-open = Uwagi do tego projektu można zgłaszać do { $date }. Uwagi należy kierować do

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Jeden punkt nie został jeszcze opublikowany w tym serwisie.
    [few] { $count } punkty nie zostały jeszcze opublikowane w tym serwisie.
    [many] { $count } punktów nie zostało jeszcze opublikowanych w tym serwisie.
   *[other] { $count } punktów nie zostało jeszcze opublikowanych w tym serwisie.
}
tfa-not-covered = Jeszcze nieopublikowane
tfa-1-1-a = Procedury przywozu, wywozu i tranzytu oraz wymagane formularze i dokumenty
tfa-1-1-b = Stosowane stawki ceł i podatków
tfa-1-1-c = Opłaty i należności
tfa-1-1-d = Zasady klasyfikacji lub wyceny produktów do celów celnych
tfa-1-1-e = Przepisy ustawowe, wykonawcze i orzeczenia administracyjne dotyczące reguł pochodzenia
tfa-1-1-f = Ograniczenia lub zakazy przywozu, wywozu lub tranzytu
tfa-1-1-g = Przepisy dotyczące kar
tfa-1-1-h = Procedury odwoławcze lub procedury ponownego rozpatrzenia
tfa-1-1-i = Umowy z innymi krajami dotyczące przywozu, wywozu lub tranzytu
tfa-1-1-j = Procedury zarządzania kontyngentami taryfowymi
tfa-1-2 = Informacje dostępne w internecie
tfa-1-3 = Punkty informacyjne

filter-all = Wszystkie
tools-filter-status = Pokaż instrumenty według ich statusu w tej administracji

## Search

search-title = Wyszukiwanie
search-label = Szukaj w serwisie
search-placeholder = Towar, kod, procedura, opłata…
search-button = Szukaj
search-kind = Pokaż
search-kind-all = Wszystko
search-kind-tariff = Kody taryfowe
search-kind-page = Inne strony
search-hint = Wpisz słowa, z polskimi znakami lub bez nich, albo kod taryfowy z kropkami lub bez ({ $code }).
search-needs-script = Wyszukiwanie wymaga JavaScriptu. Możesz przeglądać taryfę według sekcji i działów.
search-count = Wyniki:
search-chapter = Dział taryfy
search-none = Brak wyników dla „{ $query }”.
search-note-code = Nie ma kodu { $asked }. Wyświetlono { $found }.
search-note-typo = Brak wyników dla „{ $asked }”. Wyświetlono wyniki dla „{ $found }”.
search-result-tariff = Kod taryfowy
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = cło cła celna taryfa stawka
search-previous = Poprzednie
search-next = Następne

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
