# UI strings of the default theme, Latvian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Pāriet uz galveno saturu
language-switcher = Valoda
main-navigation = Galvenā izvēlne
breadcrumb = Jūs atrodaties šeit
footer-navigation = Par šo vietni
footer-published-by = Vietnes izdevējs: { $site }.

## Dates

last-updated = Pēdējoreiz atjaunināts:
published = Publicēts:

## Translations

notice-untranslated = Šī lapa vēl nav iztulkota. Tā ir parādīta oriģinālvalodā ({ $original }).
notice-stale = Šis tulkojums var būt novecojis: oriģinālvalodas ({ $original }) versijas atjaunināšanas datums ir { $date }.
notice-read-original = Lasīt oriģinālvalodas ({ $original }) versiju.

## Sections and pages

on-this-page = Šajā lapā
in-this-section = { $count ->
    [1] Viena lapa šajā sadaļā
    [zero] { $count } lapas šajā sadaļā
    [one] { $count } lapa šajā sadaļā
   *[other] { $count } lapas šajā sadaļā
}
home-explore = Pārlūkot vietni

## Errors and redirects

not-found-title = Lapa nav atrasta
not-found-text = Pieprasītā lapa neeksistē vai ir pārvietota. Pārbaudiet adresi vai sāciet no jauna no sākumlapas.
not-found-home = Atvērt sākumlapu
redirect-title = Šī lapa ir pārvietota
redirect-link = Atvērt šīs lapas jauno adresi

## Language chooser

chooser-intro = Izvēlieties valodu.

## Tariff

tariff-sections = Sadaļas
tariff-section = { $number } sadaļa
tariff-other-chapters = Citas nodaļas
tariff-chapter = { $number }. nodaļa
tariff-chapter-notes-of = { $number }. nodaļas piezīmes
tariff-see-chapter = Skatīt visu { $number }. nodaļu
tariff-lines = Tarifa līnijas
tariff-lines-under = Kodā { $code } ietilpstošās tarifa līnijas
tariff-table-hint = Izvēlieties kodu, lai redzētu tam piemērojamās likmes un noteikumus.
tariff-no-rate = Nav
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Spēkā esošās muitas nodokļa likmes
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Muitas nodokļa likmes, spēkā no: { $date }
tariff-rates-from = Muitas nodokļa likmes, piemēro no: { $date }
tariff-rates-until = Muitas nodokļa likmes, piemēro līdz: { $date } (ieskaitot)
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate }, spēkā no: { $date }
tariff-line-not-yet = Šī tarifa līnija vēl nav spēkā. Piemērošanas sākuma datums: { $date }.
tariff-line-ended = Šī tarifa līnija vairs nav spēkā. Pēdējā piemērošanas diena: { $date }.
tariff-line-ending = Šī tarifa līnija ir spēkā. Pēdējā piemērošanas diena: { $date }.
tariff-replaced-by = Aizstāšanas datums: { $date }. Šo tarifa līniju aizstāj:
tariff-replaces = Aizstāšanas datums: { $date }. Šī tarifa līnija aizstāj:
tariff-timeline = Likmju vēsture
tariff-timeline-column = Aile
tariff-timeline-rate = Likme
tariff-timeline-from = No
tariff-timeline-to = Līdz
tariff-timeline-state = Statuss
tariff-state-past = Iepriekšējā
tariff-state-in_force = Spēkā esošā
tariff-state-scheduled = Plānotā
tariff-level-heading = Pozīcija
tariff-level-subheading = Apakšpozīcija
tariff-level-national_line = Valsts tarifa līnija
tariff-col-code = Kods
tariff-col-description = Preču apraksts
tariff-col-unit = Mērvienība
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Piezīme

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Bez nodokļa
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, maks. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Procedūra
kind-fee = Nodeva vai maksājums
kind-measure = Pasākums
kind-tool = PMO instruments vai rīks
kind-legal = Tiesību akts
kind-form = Veidlapa
kind-agency = Iestāde
kind-notice = Paziņojums
kind-plural-procedure = Procedūras
kind-plural-fee = Nodevas un maksājumi
kind-plural-measure = Pasākumi: aizliegumi, ierobežojumi un licences
kind-plural-tool = PMO instrumenti un rīki
kind-plural-legal = Tiesību akti
kind-plural-form = Veidlapas
kind-plural-agency = Iestādes
kind-plural-notice = Paziņojumi
backlinks-title = Atsauces uz šo lapu
tariff-what-applies = Kas attiecas uz šīm precēm
footer-enquiry-point = Jautājumi? Vērsieties valsts informācijas punktā

field-legal-basis = Juridiskais pamats
field-hs = Attiecīgās preces (preču kodi)
field-direction = Virziens
field-agencies = Iesaistītās iestādes
field-agency = Iestāde
field-tools = Piemērotie starptautiskie standarti
field-duration = Parastais ilgums
field-amount = Summa
field-per = Iekasēšanas vienība
field-reason = Nodevas iekasēšanas iemesls
field-authority = Iekasējošā iestāde
field-payment = Maksāšanas kārtība
field-published = Publicēts
field-effective = Spēkā no
field-effective-proposed = Ierosinātā stāšanās spēkā
field-until = Pēdējā iekasēšanas diena
field-acronym = Saīsinājums
field-category = Joma
field-status = Statuss
field-issuer = Izdevējs
field-adopted = Pieņemts
field-url = Oficiālā lapa
field-related = Saistītie instrumenti
field-type = Veids
field-number = Numurs
field-signed = Parakstīts
field-official-text = Oficiālais teksts
field-download = Lejupielādēt
field-email = E-pasts
field-phone = Tālrunis
field-address = Adrese
field-hours = Darba laiks
field-comment-until = Piezīmju iesniegšanas termiņš
field-affects = Attiecas uz

direction-import = Imports
direction-export = Eksports
direction-transit = Tranzīts
direction-both = Imports un eksports
direction-other = Citas procedūras
filter-by-direction = Rādīt procedūras:

## Procedures

procedure-summary = Īsumā
procedure-steps-count = Posmi
procedure-total-time = Parastais kopējais ilgums
procedure-total-fees = Nodevas
procedure-fees-more = { $count ->
    [1] un vēl viena nodeva atkarībā no gadījuma
    [zero] un vēl { $count } nodevas atkarībā no gadījuma
    [one] un vēl { $count } nodeva atkarībā no gadījuma
   *[other] un vēl { $count } nodevas atkarībā no gadījuma
}
procedure-fees-varying = { $count ->
    [1] Viena nodeva atkarībā no gadījuma
    [zero] { $count } nodevas atkarībā no gadījuma
    [one] { $count } nodeva atkarībā no gadījuma
   *[other] { $count } nodevas atkarībā no gadījuma
}
procedure-documents = Sagatavojamie dokumenti
procedure-steps = Soli pa solim
procedure-steps-n = { $count ->
    [1] Viens posms
    [zero] { $count } posmi
    [one] { $count } posms
   *[other] { $count } posmi
}
duration-days = { $count ->
    [zero] { $count } dienas
    [one] { $count } diena
   *[other] { $count } dienas
}
duration-hours = { $count ->
    [zero] { $count } stundas
    [one] { $count } stunda
   *[other] { $count } stundas
}
duration-minutes = { $count ->
    [zero] { $count } minūtes
    [one] { $count } minūte
   *[other] { $count } minūtes
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Nodevu un maksājumu saraksts
fee-tiers = Summas
fee-see-tiers = Skatīt summas
fee-per-declaration = par deklarāciju
fee-per-consignment = par sūtījumu
fee-per-container = par konteineru
fee-per-certificate = par sertifikātu
fee-per-hour = par stundu
fee-per-application = par pieteikumu
fee-per-day = par dienu
fee-per-page = par lappusi
fee-per-item = par vienību
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = spēkā
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = spēkā no: { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount }, spēkā no: { $date }
fee-changes-on = Summu maiņas datums: { $date }
fee-not-yet = Vēl nav spēkā. Šīs nodevas iekasēšanas sākuma datums: { $date }.
fee-ended = Vairs nav spēkā. Pēdējā šīs nodevas iekasēšanas diena: { $date }.
fee-state-not-yet = Vēl nav spēkā
fee-state-ended = Vairs nav spēkā
fee-timeline = Summu vēsture
fee-timeline-tier = Gadījums
fee-timeline-from = No
fee-timeline-to = Pēdējā diena
fee-timeline-state = Statuss
fee-value-past = Iepriekšējā
fee-value-in_force = Spēkā esošā
fee-value-scheduled = Plānotā

## WCO tools

tools-by-category = Jomas
tool-category-conventions = Konvencijas un nolīgumi
tool-category-facilitation = Tirdzniecības atvieglošana
tool-category-security = Piegādes ķēdes drošība
tool-category-nomenclature = Klasifikācija
tool-category-valuation = Muitas vērtības noteikšana
tool-category-origin = Izcelsme
tool-category-enforcement = Tiesību aktu izpilde un atbilstība
tool-category-capacity-building = Spēju veidošana
tool-category-data = Dati un tehnoloģijas
tool-category-revenue = Ieņēmumi
tool-status-contracting-party = Līgumslēdzēja puse
tool-status-applied = Tiek piemērots
tool-status-in-progress = Tiek ieviests
tool-status-not-applied = Netiek piemērots
tool-status-reference = Atsauces dokuments

## Measures, legal texts, notices

measure-type-prohibition = Aizliegums
measure-type-restriction = Ierobežojums
measure-type-licence = Licence vai atļauja
measure-type-sps = Sanitārie un fitosanitārie pasākumi
measure-type-tbt = Tehniskā prasība
measure-type-quota = Kvota
measure-type-other = Cits pasākums
legal-type-law = Likums
legal-type-decree = Dekrēts
legal-type-circular = Apkārtraksts
legal-type-ruling = Lēmums
legal-type-agreement = Starptautisks nolīgums
notice-status-draft-for-comment = Atvērts piezīmēm
notice-status-adopted = Pieņemts
notice-status-in-force = Spēkā
notice-status-repealed = Atcelts
notice-consultation-open = Par šo projektu var iesniegt piezīmes; termiņš: { $date }. Piezīmes sūtiet uz adresi

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [1] Viens punkts šajā vietnē vēl nav publicēts.
    [zero] { $count } punkti šajā vietnē vēl nav publicēti.
    [one] { $count } punkts šajā vietnē vēl nav publicēts.
   *[other] { $count } punkti šajā vietnē vēl nav publicēti.
}
tfa-not-covered = Vēl nav publicēts
tfa-1-1-a = Importa, eksporta un tranzīta procedūras un vajadzīgās veidlapas un dokumenti
tfa-1-1-b = Piemērojamās muitas nodokļu un citu nodokļu likmes
tfa-1-1-c = Nodevas un maksājumi
tfa-1-1-d = Ražojumu klasifikācijas vai muitas vērtības noteikšanas noteikumi
tfa-1-1-e = Normatīvie akti un administratīvie nolēmumi saistībā ar izcelsmes noteikumiem
tfa-1-1-f = Importa, eksporta vai tranzīta ierobežojumi vai aizliegumi
tfa-1-1-g = Noteikumi par sodiem
tfa-1-1-h = Pārsūdzēšanas vai pārskatīšanas procedūras
tfa-1-1-i = Nolīgumi ar citām valstīm saistībā ar importu, eksportu vai tranzītu
tfa-1-1-j = Tarifa kvotu pārvaldības procedūras
tfa-1-2 = Internetā pieejamā informācija
tfa-1-3 = Informācijas punkti

filter-all = Visi
tools-filter-status = Rādīt instrumentus pēc to statusa šajā administrācijā

## Search

search-title = Meklēšana
search-label = Meklēt vietnē
search-placeholder = Preces, kods, procedūra, nodeva…
search-button = Meklēt
search-kind = Rādīt
search-kind-all = Visu
search-kind-tariff = Preču kodi
search-kind-page = Citas lapas
search-hint = Ievadiet vārdus jebkurā formā vai preču kodu ar punktiem vai bez tiem ({ $code }).
search-needs-script = Meklēšanai ir vajadzīgs JavaScript. Tarifu varat pārlūkot pa sadaļām un nodaļām.
search-count = Rezultāti:
search-chapter = Tarifa nodaļa
search-none = Vaicājumam „{ $query }” nav rezultātu.
search-note-code = Koda { $asked } nav. Tiek rādīts { $found }.
search-note-typo = Vaicājumam „{ $asked }” nav rezultātu. Tiek rādīti rezultāti vaicājumam „{ $found }”.
search-result-tariff = Preču kods
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = muita muitas nodoklis tarifs likme
search-previous = Iepriekšējā
search-next = Nākamā

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
