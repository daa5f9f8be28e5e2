# UI strings of the default theme, Czech.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Přejít na hlavní obsah
language-switcher = Jazyk
main-navigation = Hlavní nabídka
breadcrumb = Nacházíte se zde
footer-navigation = O těchto stránkách
footer-published-by = Vydává { $site }.

## Dates

last-updated = Poslední aktualizace:
published = Zveřejněno:

## Translations

notice-untranslated = Tato stránka zatím nebyla přeložena. Zobrazuje se v původním znění ({ $original }).
notice-stale = Tento překlad nemusí být aktuální: původní znění ({ $original }) bylo aktualizováno dne { $date }.
notice-read-original = Přečíst původní znění ({ $original }).

## Sections and pages

on-this-page = Na této stránce
in-this-section = { $count ->
    [one] Jedna stránka v této sekci
    [few] { $count } stránky v této sekci
    [many] { $count } stránky v této sekci
   *[other] { $count } stránek v této sekci
}
home-explore = Obsah stránek

## Errors and redirects

not-found-title = Stránka nenalezena
not-found-text = Požadovaná stránka neexistuje nebo byla přesunuta. Zkontrolujte adresu, nebo začněte znovu od úvodní stránky.
not-found-home = Přejít na úvodní stránku
redirect-title = Tato stránka byla přesunuta
redirect-link = Přejít na novou adresu této stránky

## Language chooser

chooser-intro = Vyberte jazyk.

## Tariff

tariff-sections = Třídy
tariff-section = Třída { $number }
tariff-other-chapters = Ostatní kapitoly
tariff-chapter = Kapitola { $number }
tariff-chapter-notes-of = Poznámky ke kapitole { $number }
tariff-see-chapter = Zobrazit celou kapitolu { $number }
tariff-lines = Celní položky
tariff-lines-under = Celní položky v rámci { $code }
tariff-table-hint = Vyberte kód a zobrazí se jeho sazby a pravidla, která se na něj vztahují.
tariff-no-rate = Žádná
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Platné celní sazby
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Celní sazby platné od { $date }
tariff-rates-from = Celní sazby od { $date }
tariff-rates-until = Celní sazby do { $date } včetně
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } od { $date }
tariff-line-not-yet = Tato celní položka zatím neplatí: použije se od { $date }.
tariff-line-ended = Tato celní položka již neplatí: posledním dnem její platnosti byl { $date }.
tariff-line-ending = Tato celní položka platí do { $date } včetně; je to poslední den její platnosti.
tariff-replaced-by = Od { $date } se tato celní položka nahrazuje těmito položkami:
tariff-replaces = Od { $date } tato celní položka nahrazuje tyto položky:
tariff-timeline = Vývoj sazeb
tariff-timeline-column = Sloupec
tariff-timeline-rate = Sazba
tariff-timeline-from = Od
tariff-timeline-to = Do
tariff-timeline-state = Stav
tariff-state-past = Dřívější
tariff-state-in_force = Platná
tariff-state-scheduled = Plánovaná
tariff-level-heading = Číslo
tariff-level-subheading = Položka
tariff-level-national_line = Národní celní položka
tariff-col-code = Kód
tariff-col-description = Popis zboží
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
kind-fee = Poplatek nebo platba
kind-measure = Opatření
kind-tool = Instrument nebo nástroj WCO
kind-legal = Právní předpis
kind-form = Formulář
kind-agency = Orgán
kind-notice = Oznámení
kind-plural-procedure = Postupy
kind-plural-fee = Poplatky a platby
kind-plural-measure = Opatření: zákazy, omezení a licence
kind-plural-tool = Instrumenty a nástroje WCO
kind-plural-legal = Právní předpisy
kind-plural-form = Formuláře
kind-plural-agency = Orgány
kind-plural-notice = Oznámení
backlinks-title = Odkazují sem
tariff-what-applies = Co se vztahuje na toto zboží
footer-enquiry-point = Máte dotazy? Obraťte se na národní informační místo

field-legal-basis = Právní základ
field-hs = Dotčené zboží (kódy zboží)
field-direction = Směr
field-agencies = Zúčastněné orgány
field-agency = Orgán
field-tools = Uplatňované mezinárodní standardy
field-duration = Obvyklá doba
field-amount = Částka
field-per = Vybírá se za
field-reason = Důvod vybírání poplatku
field-authority = Vybírá
field-payment = Způsob platby
field-published = Zveřejněno
field-effective = Platí od
field-effective-proposed = Navrhované datum účinnosti
field-until = Poslední den vybírání
field-acronym = Zkratka
field-category = Oblast
field-status = Stav
field-issuer = Vydal
field-adopted = Přijato
field-url = Oficiální stránka
field-related = Související instrumenty
field-type = Druh
field-number = Číslo
field-signed = Podepsáno
field-official-text = Úřední znění
field-download = Stáhnout
field-email = E-mail
field-phone = Telefon
field-address = Adresa
field-hours = Úřední hodiny
field-comment-until = Připomínky do
field-affects = Týká se

direction-import = Dovoz
direction-export = Vývoz
direction-transit = Tranzit
direction-both = Dovoz a vývoz
direction-other = Ostatní postupy
filter-by-direction = Zobrazit postupy pro

## Procedures

procedure-summary = Přehled
procedure-steps-count = Kroky
procedure-total-time = Obvyklá celková doba
procedure-total-fees = Poplatky
procedure-fees-more = { $count ->
    [one] a dále jeden poplatek podle okolností
    [few] a dále { $count } poplatky podle okolností
    [many] a dále { $count } poplatku podle okolností
   *[other] a dále { $count } poplatků podle okolností
}
procedure-fees-varying = { $count ->
    [one] Jeden poplatek podle okolností
    [few] { $count } poplatky podle okolností
    [many] { $count } poplatku podle okolností
   *[other] { $count } poplatků podle okolností
}
procedure-documents = Doklady, které je třeba připravit
procedure-steps = Krok za krokem
procedure-steps-n = { $count ->
    [one] Jeden krok
    [few] { $count } kroky
    [many] { $count } kroku
   *[other] { $count } kroků
}
duration-days = { $count ->
    [one] 1 den
    [few] { $count } dny
    [many] { $count } dne
   *[other] { $count } dní
}
duration-hours = { $count ->
    [one] 1 hodina
    [few] { $count } hodiny
    [many] { $count } hodiny
   *[other] { $count } hodin
}
duration-minutes = { $count ->
    [one] 1 minuta
    [few] { $count } minuty
    [many] { $count } minuty
   *[other] { $count } minut
}
duration-range = { $min } až { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Přehled poplatků a plateb
fee-tiers = Částky
fee-see-tiers = Zobrazit částky
fee-per-declaration = za celní prohlášení
fee-per-consignment = za zásilku
fee-per-container = za kontejner
fee-per-certificate = za osvědčení
fee-per-hour = za hodinu
fee-per-application = za žádost
fee-per-day = za den
fee-per-page = za stranu
fee-per-item = za kus
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = platné
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = platné od { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } od { $date }
fee-changes-on = Částky se mění dne { $date }
fee-not-yet = Zatím neplatí: tento poplatek se vybírá od { $date }.
fee-ended = Již neplatí: tento poplatek byl naposledy vybírán dne { $date }.
fee-state-not-yet = Zatím neplatí
fee-state-ended = Již neplatí
fee-timeline = Vývoj částek
fee-timeline-tier = Případ
fee-timeline-from = Od
fee-timeline-to = Poslední den
fee-timeline-state = Stav
fee-value-past = Dřívější
fee-value-in_force = Platná
fee-value-scheduled = Plánovaná

## WCO tools

tools-by-category = Oblasti
tool-category-conventions = Úmluvy a dohody
tool-category-facilitation = Usnadnění obchodu
tool-category-security = Bezpečnost dodavatelského řetězce
tool-category-nomenclature = Sazební zařazení
tool-category-valuation = Celní hodnota
tool-category-origin = Původ
tool-category-enforcement = Prosazování práva a dodržování předpisů
tool-category-capacity-building = Budování kapacit
tool-category-data = Data a technologie
tool-category-revenue = Příjmy
tool-status-contracting-party = Smluvní strana
tool-status-applied = Uplatňuje se
tool-status-in-progress = Zavádí se
tool-status-not-applied = Neuplatňuje se
tool-status-reference = Referenční dokument

## Measures, legal texts, notices

measure-type-prohibition = Zákaz
measure-type-restriction = Omezení
measure-type-licence = Licence nebo povolení
measure-type-sps = Sanitární a fytosanitární opatření
measure-type-tbt = Technický požadavek
measure-type-quota = Kvóta
measure-type-other = Jiné opatření
legal-type-law = Zákon
legal-type-decree = Nařízení
legal-type-circular = Oběžník
legal-type-ruling = Rozhodnutí
legal-type-agreement = Mezinárodní dohoda
notice-status-draft-for-comment = Otevřeno k připomínkám
notice-status-adopted = Přijato
notice-status-in-force = Platí
notice-status-repealed = Zrušeno
notice-consultation-open = K tomuto návrhu lze podávat připomínky do { $date }. Připomínky zasílejte na

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Jeden bod zatím není na těchto stránkách zveřejněn.
    [few] { $count } body zatím nejsou na těchto stránkách zveřejněny.
    [many] { $count } bodu zatím není na těchto stránkách zveřejněno.
   *[other] { $count } bodů zatím není na těchto stránkách zveřejněno.
}
tfa-not-covered = Zatím nezveřejněno
tfa-1-1-a = Postupy při dovozu, vývozu a tranzitu a požadované formuláře a doklady
tfa-1-1-b = Uplatňované sazby cel a daní
tfa-1-1-c = Poplatky a platby
tfa-1-1-d = Pravidla pro sazební zařazení nebo určování celní hodnoty výrobků pro celní účely
tfa-1-1-e = Právní a správní předpisy a rozhodnutí týkající se pravidel původu
tfa-1-1-f = Omezení nebo zákazy dovozu, vývozu nebo tranzitu
tfa-1-1-g = Ustanovení o sankcích
tfa-1-1-h = Postupy pro odvolání nebo přezkum
tfa-1-1-i = Dohody s jinými zeměmi týkající se dovozu, vývozu nebo tranzitu
tfa-1-1-j = Postupy pro správu celních kvót
tfa-1-2 = Informace dostupné prostřednictvím internetu
tfa-1-3 = Informační místa

filter-all = Vše
tools-filter-status = Zobrazit instrumenty podle jejich stavu v této správě

## Search

search-title = Vyhledávání
search-label = Hledat na stránkách
search-placeholder = Zboží, kód, postup, poplatek…
search-button = Hledat
search-kind = Zobrazit
search-kind-all = Vše
search-kind-tariff = Kódy zboží
search-kind-page = Ostatní stránky
search-hint = Zadejte slova s diakritikou nebo bez ní, nebo kód zboží s tečkami či bez nich ({ $code }).
search-needs-script = Vyhledávání vyžaduje JavaScript. Sazebník můžete procházet podle tříd a kapitol.
search-count = Výsledky:
search-chapter = Kapitola sazebníku
search-none = Pro „{ $query }“ nebyly nalezeny žádné výsledky.
search-note-code = Kód { $asked } neexistuje. Zobrazuje se { $found }.
search-note-typo = Pro „{ $asked }“ nebyly nalezeny žádné výsledky. Zobrazují se výsledky pro „{ $found }“.
search-result-tariff = Kód zboží
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = clo cla celní sazebník sazba
search-previous = Předchozí
search-next = Další

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
