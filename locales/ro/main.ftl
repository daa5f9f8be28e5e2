# UI strings of the default theme, Romanian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Salt la conținutul principal
language-switcher = Limbă
main-navigation = Meniu principal
breadcrumb = Vă aflați aici
footer-navigation = Despre acest site
footer-published-by = Publicat de { $site }.

## Dates

last-updated = Ultima actualizare:
published = Data publicării:

## Translations

notice-untranslated = Această pagină nu a fost încă tradusă. Este afișată în versiunea originală ({ $original }).
notice-stale = Este posibil ca această traducere să nu fie actualizată: versiunea originală ({ $original }) a fost actualizată la { $date }.
notice-read-original = Citiți versiunea originală ({ $original }).

## Sections and pages

on-this-page = Pe această pagină
in-this-section = { $count ->
    [one] O pagină în această secțiune
    [few] { $count } pagini în această secțiune
   *[other] { $count } de pagini în această secțiune
}
home-explore = Explorați site-ul

## Errors and redirects

not-found-title = Pagina nu a fost găsită
not-found-text = Pagina solicitată nu există sau a fost mutată. Verificați adresa sau reveniți la pagina principală.
not-found-home = Accesați pagina principală
redirect-title = Această pagină a fost mutată
redirect-link = Accesați noua adresă a acestei pagini

## Language chooser

chooser-intro = Alegeți limba.

## Tariff

tariff-sections = Secțiuni
tariff-section = Secțiunea { $number }
tariff-other-chapters = Alte capitole
tariff-chapter = Capitolul { $number }
tariff-chapter-notes-of = Note la capitolul { $number }
tariff-see-chapter = Consultați întregul capitol { $number }
tariff-lines = Linii tarifare
tariff-lines-under = Linii tarifare incluse în { $code }
tariff-table-hint = Selectați un cod pentru a vedea ratele taxelor și normele care i se aplică.
tariff-no-rate = Niciuna
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Ratele taxelor vamale în vigoare
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Ratele taxelor vamale în vigoare din { $date }
tariff-rates-from = Ratele taxelor vamale începând cu { $date }
tariff-rates-until = Ratele taxelor vamale până la { $date } inclusiv
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } începând cu { $date }
tariff-line-not-yet = Această linie nu este încă în vigoare: se aplică începând cu { $date }.
tariff-line-ended = Această linie nu mai este în vigoare: ultima zi de aplicare a fost { $date }.
tariff-line-ending = Această linie este în vigoare până la { $date } inclusiv, aceasta fiind ultima zi de aplicare.
tariff-replaced-by = Începând cu { $date }, această linie este înlocuită de:
tariff-replaces = Începând cu { $date }, această linie înlocuiește:
tariff-timeline = Evoluția ratelor
tariff-timeline-column = Coloană
tariff-timeline-rate = Rată
tariff-timeline-from = De la
tariff-timeline-to = Până la
tariff-timeline-state = Situație
tariff-state-past = Anterioară
tariff-state-in_force = În vigoare
tariff-state-scheduled = Programată
tariff-level-heading = Poziție
tariff-level-subheading = Subpoziție
tariff-level-national_line = Linie tarifară națională
tariff-col-code = Cod
tariff-col-description = Descrierea mărfurilor
tariff-col-unit = Unitate
tariff-col-mfn = NCF
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Notă

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Scutire
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, max. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Procedură
kind-fee = Taxă sau tarif
kind-measure = Măsură
kind-tool = Instrument sau resursă a OMV
kind-legal = Text juridic
kind-form = Formular
kind-agency = Instituție
kind-notice = Anunț
kind-plural-procedure = Proceduri
kind-plural-fee = Taxe și tarife
kind-plural-measure = Măsuri: interdicții, restricții și licențe
kind-plural-tool = Instrumente și resurse ale OMV
kind-plural-legal = Texte juridice
kind-plural-form = Formulare
kind-plural-agency = Instituții
kind-plural-notice = Anunțuri
backlinks-title = Menționat în
tariff-what-applies = Ce se aplică acestor mărfuri
footer-enquiry-point = Întrebări? Adresați-vă punctului național de informare

field-legal-basis = Temei juridic
field-hs = Mărfuri vizate (coduri tarifare)
field-direction = Tip de operațiune
field-agencies = Instituții implicate
field-agency = Instituție
field-tools = Standarde internaționale aplicate
field-duration = Durată obișnuită
field-amount = Cuantum
field-per = Unitate de percepere
field-reason = Motivul perceperii
field-authority = Perceput de
field-payment = Modalitate de plată
field-published = Data publicării
field-effective = În vigoare de la
field-effective-proposed = Data propusă de intrare în vigoare
field-until = Ultima zi de percepere
field-acronym = Acronim
field-category = Domeniu
field-status = Situație
field-issuer = Emis de
field-adopted = Data adoptării
field-url = Pagina oficială
field-related = Instrumente conexe
field-type = Tip
field-number = Număr
field-signed = Data semnării
field-official-text = Text oficial
field-download = Descărcare
field-email = E-mail
field-phone = Telefon
field-address = Adresă
field-hours = Program de lucru
field-comment-until = Observații până la
field-affects = Vizează

direction-import = Import
direction-export = Export
direction-transit = Tranzit
direction-both = Import și export
direction-other = Alte proceduri
filter-by-direction = Afișați procedurile pentru

## Procedures

procedure-summary = Pe scurt
procedure-steps-count = Etape
procedure-total-time = Durata totală obișnuită
procedure-total-fees = Taxe
procedure-fees-more = { $count ->
    [one] plus o taxă care depinde de caz
    [few] plus { $count } taxe care depind de caz
   *[other] plus { $count } de taxe care depind de caz
}
procedure-fees-varying = { $count ->
    [one] O taxă care depinde de caz
    [few] { $count } taxe care depind de caz
   *[other] { $count } de taxe care depind de caz
}
procedure-documents = Documente de pregătit
procedure-steps = Pas cu pas
procedure-steps-n = { $count ->
    [one] O etapă
    [few] { $count } etape
   *[other] { $count } de etape
}
duration-days = { $count ->
    [one] 1 zi
    [few] { $count } zile
   *[other] { $count } de zile
}
duration-hours = { $count ->
    [one] 1 oră
    [few] { $count } ore
   *[other] { $count } de ore
}
duration-minutes = { $count ->
    [one] 1 minut
    [few] { $count } minute
   *[other] { $count } de minute
}
duration-range = de la { $min } la { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Lista taxelor și tarifelor
fee-tiers = Cuantumuri
fee-see-tiers = Consultați cuantumurile
fee-per-declaration = pe declarație
fee-per-consignment = pe transport
fee-per-container = pe container
fee-per-certificate = pe certificat
fee-per-hour = pe oră
fee-per-application = pe cerere
fee-per-day = pe zi
fee-per-page = pe pagină
fee-per-item = pe articol
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = în vigoare
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = în vigoare din { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } începând cu { $date }
fee-changes-on = Cuantumurile se modifică la { $date }
fee-not-yet = Nu este încă în vigoare: această taxă se percepe începând cu { $date }.
fee-ended = Nu mai este în vigoare: această taxă a fost percepută ultima dată la { $date }.
fee-state-not-yet = Încă nu este în vigoare
fee-state-ended = Nu mai este în vigoare
fee-timeline = Evoluția cuantumurilor
fee-timeline-tier = Caz
fee-timeline-from = De la
fee-timeline-to = Ultima zi
fee-timeline-state = Situație
fee-value-past = Anterior
fee-value-in_force = În vigoare
fee-value-scheduled = Programat

## WCO tools

tools-by-category = Domenii
tool-category-conventions = Convenții și acorduri
tool-category-facilitation = Facilitarea comerțului
tool-category-security = Securitatea lanțului de aprovizionare
tool-category-nomenclature = Clasificare
tool-category-valuation = Valoarea în vamă
tool-category-origin = Origine
tool-category-enforcement = Control și conformitate
tool-category-capacity-building = Consolidarea capacităților
tool-category-data = Date și tehnologie
tool-category-revenue = Venituri
tool-status-contracting-party = Parte contractantă
tool-status-applied = Aplicat
tool-status-in-progress = În curs de implementare
tool-status-not-applied = Neaplicat
tool-status-reference = Referință

## Measures, legal texts, notices

measure-type-prohibition = Interdicție
measure-type-restriction = Restricție
measure-type-licence = Licență sau autorizație
measure-type-sps = Măsură sanitară sau fitosanitară
measure-type-tbt = Cerință tehnică
measure-type-quota = Contingent
measure-type-other = Altă măsură
legal-type-law = Lege
legal-type-decree = Decret
legal-type-circular = Circulară
legal-type-ruling = Decizie
legal-type-agreement = Acord internațional
notice-status-draft-for-comment = Deschis pentru observații
notice-status-adopted = Adoptat
notice-status-in-force = În vigoare
notice-status-repealed = Abrogat
notice-consultation-open = Acest proiect este deschis pentru observații până la { $date }. Trimiteți observațiile dumneavoastră la

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Un element nu este încă publicat pe acest site.
    [few] { $count } elemente nu sunt încă publicate pe acest site.
   *[other] { $count } de elemente nu sunt încă publicate pe acest site.
}
tfa-not-covered = Nepublicat încă
tfa-1-1-a = Procedurile de import, export și tranzit și formularele și documentele solicitate
tfa-1-1-b = Ratele aplicate ale taxelor vamale și ale impozitelor
tfa-1-1-c = Taxe și tarife
tfa-1-1-d = Normele privind clasificarea sau evaluarea produselor în scopuri vamale
tfa-1-1-e = Legi, reglementări și decizii privind regulile de origine
tfa-1-1-f = Restricții sau interdicții la import, export sau tranzit
tfa-1-1-g = Dispoziții privind sancțiunile
tfa-1-1-h = Proceduri de contestare sau de revizuire
tfa-1-1-i = Acorduri cu alte țări privind importul, exportul sau tranzitul
tfa-1-1-j = Proceduri privind gestionarea contingentelor tarifare
tfa-1-2 = Informații disponibile pe internet
tfa-1-3 = Puncte de informare

filter-all = Toate
tools-filter-status = Afișați instrumentele în funcție de situația lor în această administrație

## Search

search-title = Căutare
search-label = Căutați pe site
search-placeholder = Mărfuri, cod, procedură, taxă…
search-button = Căutare
search-kind = Afișați
search-kind-all = Toate
search-kind-tariff = Coduri tarifare
search-kind-page = Alte pagini
search-hint = Introduceți cuvinte în orice formă sau un cod tarifar cu sau fără puncte ({ $code }).
search-needs-script = Căutarea necesită JavaScript. Puteți consulta în schimb tariful pe secțiuni și capitole.
search-count = Rezultate:
search-chapter = Capitol tarifar
search-none = Niciun rezultat pentru „{ $query }”.
search-note-code = Codul { $asked } nu există. Se afișează { $found }.
search-note-typo = Niciun rezultat pentru „{ $asked }”. Se afișează rezultatele pentru „{ $found }”.
search-result-tariff = Cod tarifar
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = taxă taxe vamală vamale tarif rată
search-previous = Anterioare
search-next = Următoare

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
