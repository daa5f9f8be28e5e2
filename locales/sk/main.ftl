# UI strings of the default theme, Slovak.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Prejsť na hlavný obsah
language-switcher = Jazyk
main-navigation = Hlavné menu
breadcrumb = Nachádzate sa tu
footer-navigation = O tomto webovom sídle
footer-published-by = Vydáva { $site }.

## Dates

last-updated = Posledná aktualizácia:
published = Zverejnené:

## Translations

notice-untranslated = Táto stránka ešte nebola preložená. Zobrazuje sa v pôvodnom znení ({ $original }).
notice-stale = Tento preklad nemusí byť aktuálny: pôvodné znenie ({ $original }) bolo aktualizované dňa { $date }.
notice-read-original = Prečítať pôvodné znenie ({ $original }).

## Sections and pages

on-this-page = Na tejto stránke
in-this-section = { $count ->
    [one] Jedna stránka v tejto sekcii
    [few] { $count } stránky v tejto sekcii
    [many] { $count } stránky v tejto sekcii
   *[other] { $count } stránok v tejto sekcii
}
home-explore = Obsah webového sídla

## Errors and redirects

not-found-title = Stránka sa nenašla
not-found-text = Požadovaná stránka neexistuje alebo bola presunutá. Skontrolujte adresu alebo začnite znova od úvodnej stránky.
not-found-home = Prejsť na úvodnú stránku
redirect-title = Táto stránka bola presunutá
redirect-link = Prejsť na novú adresu tejto stránky

## Language chooser

chooser-intro = Vyberte si jazyk.

## Tariff

tariff-sections = Triedy
tariff-section = Trieda { $number }
tariff-other-chapters = Ostatné kapitoly
tariff-chapter = Kapitola { $number }
tariff-chapter-notes-of = Poznámky ku kapitole { $number }
tariff-see-chapter = Zobraziť celú kapitolu { $number }
tariff-lines = Colné položky
tariff-lines-under = Colné položky v rámci { $code }
tariff-table-hint = Vyberte kód a zobrazia sa jeho sadzby a pravidlá, ktoré sa naň vzťahujú.
tariff-no-rate = Žiadna
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Platné colné sadzby
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Colné sadzby platné od { $date }
tariff-rates-from = Colné sadzby od { $date }
tariff-rates-until = Colné sadzby do { $date } vrátane
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } od { $date }
tariff-line-not-yet = Táto colná položka ešte neplatí: uplatňuje sa od { $date }.
tariff-line-ended = Táto colná položka už neplatí: posledným dňom jej platnosti bol { $date }.
tariff-line-ending = Táto colná položka platí do { $date } vrátane; je to posledný deň jej platnosti.
tariff-replaced-by = Od { $date } sa táto colná položka nahrádza týmito položkami:
tariff-replaces = Od { $date } táto colná položka nahrádza tieto položky:
tariff-timeline = Vývoj sadzieb
tariff-timeline-column = Stĺpec
tariff-timeline-rate = Sadzba
tariff-timeline-from = Od
tariff-timeline-to = Do
tariff-timeline-state = Stav
tariff-state-past = Predchádzajúca
tariff-state-in_force = Platná
tariff-state-scheduled = Plánovaná
tariff-level-heading = Položka
tariff-level-subheading = Podpoložka
tariff-level-national_line = Národná colná položka
tariff-col-code = Kód
tariff-col-description = Opis tovaru
tariff-col-unit = Jednotka
tariff-col-mfn = DNV
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Poznámka

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Bez cla
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, max. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Postup
kind-fee = Poplatok alebo platba
kind-measure = Opatrenie
kind-tool = Inštrument alebo nástroj WCO
kind-legal = Právny predpis
kind-form = Formulár
kind-agency = Orgán
kind-notice = Oznámenie
kind-plural-procedure = Postupy
kind-plural-fee = Poplatky a platby
kind-plural-measure = Opatrenia: zákazy, obmedzenia a licencie
kind-plural-tool = Inštrumenty a nástroje WCO
kind-plural-legal = Právne predpisy
kind-plural-form = Formuláre
kind-plural-agency = Orgány
kind-plural-notice = Oznámenia
backlinks-title = Odkazujú sem
tariff-what-applies = Čo sa vzťahuje na tento tovar
footer-enquiry-point = Máte otázky? Obráťte sa na národné informačné miesto

field-legal-basis = Právny základ
field-hs = Dotknutý tovar (kódy tovaru)
field-direction = Smer
field-agencies = Zúčastnené orgány
field-agency = Orgán
field-tools = Uplatňované medzinárodné štandardy
field-duration = Obvyklá lehota
field-amount = Suma
field-per = Vyberá sa za
field-reason = Dôvod vyberania poplatku
field-authority = Vyberá
field-payment = Spôsob platby
field-published = Zverejnené
field-effective = Platí od
field-effective-proposed = Navrhovaný dátum účinnosti
field-until = Posledný deň vyberania
field-acronym = Skratka
field-category = Oblasť
field-status = Stav
field-issuer = Vydal
field-adopted = Prijaté
field-url = Oficiálna stránka
field-related = Súvisiace inštrumenty
field-type = Druh
field-number = Číslo
field-signed = Podpísané
field-official-text = Úradné znenie
field-download = Stiahnuť
field-email = E-mail
field-phone = Telefón
field-address = Adresa
field-hours = Úradné hodiny
field-comment-until = Pripomienky do
field-affects = Týka sa

direction-import = Dovoz
direction-export = Vývoz
direction-transit = Tranzit
direction-both = Dovoz a vývoz
direction-other = Ostatné postupy
filter-by-direction = Zobraziť postupy pre

## Procedures

procedure-summary = Prehľad
procedure-steps-count = Kroky
procedure-total-time = Obvyklá celková lehota
procedure-total-fees = Poplatky
procedure-fees-more = { $count ->
    [one] a ďalej jeden poplatok podľa okolností
    [few] a ďalej { $count } poplatky podľa okolností
    [many] a ďalej { $count } poplatku podľa okolností
   *[other] a ďalej { $count } poplatkov podľa okolností
}
procedure-fees-varying = { $count ->
    [one] Jeden poplatok podľa okolností
    [few] { $count } poplatky podľa okolností
    [many] { $count } poplatku podľa okolností
   *[other] { $count } poplatkov podľa okolností
}
procedure-documents = Doklady, ktoré treba pripraviť
procedure-steps = Krok za krokom
procedure-steps-n = { $count ->
    [one] Jeden krok
    [few] { $count } kroky
    [many] { $count } kroku
   *[other] { $count } krokov
}
duration-days = { $count ->
    [one] 1 deň
    [few] { $count } dni
    [many] { $count } dňa
   *[other] { $count } dní
}
duration-hours = { $count ->
    [one] 1 hodina
    [few] { $count } hodiny
    [many] { $count } hodiny
   *[other] { $count } hodín
}
duration-minutes = { $count ->
    [one] 1 minúta
    [few] { $count } minúty
    [many] { $count } minúty
   *[other] { $count } minút
}
duration-range = { $min } až { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Prehľad poplatkov a platieb
fee-tiers = Sumy
fee-see-tiers = Zobraziť sumy
fee-per-declaration = za colné vyhlásenie
fee-per-consignment = za zásielku
fee-per-container = za kontajner
fee-per-certificate = za osvedčenie
fee-per-hour = za hodinu
fee-per-application = za žiadosť
fee-per-day = za deň
fee-per-page = za stranu
fee-per-item = za kus
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = platné
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = platné od { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } od { $date }
fee-changes-on = Sumy sa menia dňa { $date }
fee-not-yet = Zatiaľ neplatí: tento poplatok sa vyberá od { $date }.
fee-ended = Už neplatí: tento poplatok sa naposledy vyberal dňa { $date }.
fee-state-not-yet = Zatiaľ neplatí
fee-state-ended = Už neplatí
fee-timeline = Vývoj súm
fee-timeline-tier = Prípad
fee-timeline-from = Od
fee-timeline-to = Posledný deň
fee-timeline-state = Stav
fee-value-past = Predchádzajúca
fee-value-in_force = Platná
fee-value-scheduled = Plánovaná

## WCO tools

tools-by-category = Oblasti
tool-category-conventions = Dohovory a dohody
tool-category-facilitation = Uľahčenie obchodu
tool-category-security = Bezpečnosť dodávateľského reťazca
tool-category-nomenclature = Nomenklatúrne zatrieďovanie
tool-category-valuation = Colná hodnota
tool-category-origin = Pôvod
tool-category-enforcement = Presadzovanie práva a dodržiavanie predpisov
tool-category-capacity-building = Budovanie kapacít
tool-category-data = Údaje a technológie
tool-category-revenue = Príjmy
tool-status-contracting-party = Zmluvná strana
tool-status-applied = Uplatňuje sa
tool-status-in-progress = Zavádza sa
tool-status-not-applied = Neuplatňuje sa
tool-status-reference = Referenčný dokument

## Measures, legal texts, notices

measure-type-prohibition = Zákaz
measure-type-restriction = Obmedzenie
measure-type-licence = Licencia alebo povolenie
measure-type-sps = Sanitárne a fytosanitárne opatrenia
measure-type-tbt = Technická požiadavka
measure-type-quota = Kvóta
measure-type-other = Iné opatrenie
legal-type-law = Zákon
legal-type-decree = Nariadenie
legal-type-circular = Obežník
legal-type-ruling = Rozhodnutie
legal-type-agreement = Medzinárodná dohoda
notice-status-draft-for-comment = Otvorené na pripomienky
notice-status-adopted = Prijaté
notice-status-in-force = Platí
notice-status-repealed = Zrušené
notice-consultation-open = K tomuto návrhu možno podávať pripomienky do { $date }. Pripomienky posielajte na

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Jeden bod zatiaľ nie je na tomto webovom sídle zverejnený.
    [few] { $count } body zatiaľ nie sú na tomto webovom sídle zverejnené.
    [many] { $count } bodu zatiaľ nie je na tomto webovom sídle zverejnených.
   *[other] { $count } bodov zatiaľ nie je na tomto webovom sídle zverejnených.
}
tfa-not-covered = Zatiaľ nezverejnené
tfa-1-1-a = Postupy pri dovoze, vývoze a tranzite a požadované formuláre a doklady
tfa-1-1-b = Uplatňované sadzby ciel a daní
tfa-1-1-c = Poplatky a platby
tfa-1-1-d = Pravidlá nomenklatúrneho zatrieďovania alebo určovania colnej hodnoty výrobkov na colné účely
tfa-1-1-e = Zákony, iné právne predpisy a rozhodnutia týkajúce sa pravidiel pôvodu
tfa-1-1-f = Obmedzenia alebo zákazy dovozu, vývozu alebo tranzitu
tfa-1-1-g = Ustanovenia o sankciách
tfa-1-1-h = Postupy odvolania alebo preskúmania
tfa-1-1-i = Dohody s inými krajinami týkajúce sa dovozu, vývozu alebo tranzitu
tfa-1-1-j = Postupy správy colných kvót
tfa-1-2 = Informácie dostupné prostredníctvom internetu
tfa-1-3 = Informačné miesta

filter-all = Všetko
tools-filter-status = Zobraziť inštrumenty podľa ich stavu v tejto správe

## Search

search-title = Vyhľadávanie
search-label = Vyhľadávať na webovom sídle
search-placeholder = Tovar, kód, postup, poplatok…
search-button = Hľadať
search-kind = Zobraziť
search-kind-all = Všetko
search-kind-tariff = Kódy tovaru
search-kind-page = Ostatné stránky
search-hint = Zadajte slová s diakritikou alebo bez nej, alebo kód tovaru s bodkami alebo bez nich ({ $code }).
search-needs-script = Vyhľadávanie vyžaduje JavaScript. Sadzobník môžete prehliadať podľa tried a kapitol.
search-count = Výsledky:
search-chapter = Kapitola sadzobníka
search-none = Pre „{ $query }“ sa nenašli žiadne výsledky.
search-note-code = Kód { $asked } neexistuje. Zobrazuje sa { $found }.
search-note-typo = Pre „{ $asked }“ sa nenašli žiadne výsledky. Zobrazujú sa výsledky pre „{ $found }“.
search-result-tariff = Kód tovaru
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = clo cla colná sadzba sadzobník
search-previous = Predchádzajúce
search-next = Ďalšie

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
