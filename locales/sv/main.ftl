# UI strings of the default theme, Swedish.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Gå direkt till huvudinnehållet
language-switcher = Språk
main-navigation = Huvudmeny
breadcrumb = Du är här
footer-navigation = Om webbplatsen
footer-published-by = Publicerad av { $site }.

## Dates

last-updated = Senast uppdaterad:
published = Publicerad:

## Translations

notice-untranslated = Den här sidan har ännu inte översatts. Den visas på originalspråket ({ $original }).
notice-stale = Översättningen kan vara inaktuell: originalversionen ({ $original }) uppdaterades den { $date }.
notice-read-original = Läs originalversionen ({ $original }).

## Sections and pages

on-this-page = På den här sidan
in-this-section = { $count ->
    [one] En sida i det här avsnittet
   *[other] { $count } sidor i det här avsnittet
}
home-explore = Utforska webbplatsen

## Errors and redirects

not-found-title = Sidan hittades inte
not-found-text = Sidan du söker finns inte eller har flyttats. Kontrollera adressen eller börja om från startsidan.
not-found-home = Gå till startsidan
redirect-title = Sidan har flyttats
redirect-link = Gå till sidans nya adress

## Language chooser

chooser-intro = Välj språk.

## Tariff

tariff-sections = Avdelningar
tariff-section = Avdelning { $number }
tariff-other-chapters = Övriga kapitel
tariff-chapter = Kapitel { $number }
tariff-chapter-notes-of = Anmärkningar till kapitel { $number }
tariff-see-chapter = Visa hela kapitel { $number }
tariff-lines = Varukoder
tariff-lines-under = Varukoder under { $code }
tariff-table-hint = Välj en kod för att se dess tullsatser och de regler som gäller för den.
tariff-no-rate = Ingen
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Gällande tullsatser
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Gällande tullsatser sedan den { $date }
tariff-rates-from = Tullsatser fr.o.m. den { $date }
tariff-rates-until = Tullsatser t.o.m. den { $date }
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } fr.o.m. den { $date }
tariff-line-not-yet = Varukoden gäller ännu inte: den tillämpas fr.o.m. den { $date }.
tariff-line-ended = Varukoden gäller inte längre: sista giltighetsdag var den { $date }.
tariff-line-ending = Varukoden gäller t.o.m. den { $date }, som är dess sista giltighetsdag.
tariff-replaced-by = Fr.o.m. den { $date } ersätts varukoden av:
tariff-replaces = Fr.o.m. den { $date } ersätter varukoden:
tariff-timeline = Tullsatser över tid
tariff-timeline-column = Kolumn
tariff-timeline-rate = Tullsats
tariff-timeline-from = Från
tariff-timeline-to = Till
tariff-timeline-state = Status
tariff-state-past = Tidigare
tariff-state-in_force = Gällande
tariff-state-scheduled = Planerad
tariff-level-heading = Nummer
tariff-level-subheading = Undernummer
tariff-level-national_line = Nationellt undernummer
tariff-col-code = Kod
tariff-col-description = Varuslag
tariff-col-unit = Enhet
tariff-col-mfn = MGN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Anmärkning

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Fri
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, max. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Förfarande
kind-fee = Avgift eller pålaga
kind-measure = Åtgärd
kind-tool = WCO-instrument eller WCO-verktyg
kind-legal = Rättslig text
kind-form = Blankett
kind-agency = Myndighet
kind-notice = Meddelande
kind-plural-procedure = Förfaranden
kind-plural-fee = Avgifter och pålagor
kind-plural-measure = Åtgärder: förbud, restriktioner och licenser
kind-plural-tool = WCO:s instrument och verktyg
kind-plural-legal = Rättsliga texter
kind-plural-form = Blanketter
kind-plural-agency = Myndigheter
kind-plural-notice = Meddelanden
backlinks-title = Sidor som hänvisar hit
tariff-what-applies = Vad som gäller för dessa varor
footer-enquiry-point = Frågor? Kontakta det nationella upplysningsstället

field-legal-basis = Rättslig grund
field-hs = Berörda varor (varukoder)
field-direction = Avser
field-agencies = Berörda myndigheter
field-agency = Myndighet
field-tools = Tillämpade internationella standarder
field-duration = Normal tidsåtgång
field-amount = Belopp
field-per = Tas ut per
field-reason = Varför avgiften tas ut
field-authority = Tas ut av
field-payment = Så betalar du
field-published = Publicerad
field-effective = Gäller från och med
field-effective-proposed = Föreslaget ikraftträdande
field-until = Sista dag avgiften tas ut
field-acronym = Förkortning
field-category = Område
field-status = Status
field-issuer = Utfärdad av
field-adopted = Antagen
field-url = Officiell webbsida
field-related = Relaterade instrument
field-type = Typ
field-number = Nummer
field-signed = Undertecknad
field-official-text = Officiell text
field-download = Ladda ner
field-email = E-post
field-phone = Telefon
field-address = Adress
field-hours = Öppettider
field-comment-until = Synpunkter senast
field-affects = Berör

direction-import = Import
direction-export = Export
direction-transit = Transitering
direction-both = Import och export
direction-other = Övriga förfaranden
filter-by-direction = Visa förfaranden för

## Procedures

procedure-summary = I korthet
procedure-steps-count = Steg
procedure-total-time = Normal total tidsåtgång
procedure-total-fees = Avgifter
procedure-fees-more = { $count ->
    [one] samt en avgift som beror på omständigheterna
   *[other] samt { $count } avgifter som beror på omständigheterna
}
procedure-fees-varying = { $count ->
    [one] En avgift som beror på omständigheterna
   *[other] { $count } avgifter som beror på omständigheterna
}
procedure-documents = Handlingar att förbereda
procedure-steps = Steg för steg
procedure-steps-n = { $count ->
    [one] Ett steg
   *[other] { $count } steg
}
duration-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagar
}
duration-hours = { $count ->
    [one] { $count } timme
   *[other] { $count } timmar
}
duration-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minuter
}
duration-range = { $min } till { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Förteckning över avgifter och pålagor
fee-tiers = Belopp
fee-see-tiers = Visa beloppen
fee-per-declaration = per deklaration
fee-per-consignment = per sändning
fee-per-container = per container
fee-per-certificate = per intyg
fee-per-hour = per timme
fee-per-application = per ansökan
fee-per-day = per dag
fee-per-page = per sida
fee-per-item = per artikel
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = gällande
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = gällande sedan den { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } fr.o.m. den { $date }
fee-changes-on = Beloppen ändras den { $date }
fee-not-yet = Gäller ännu inte: avgiften tas ut från och med den { $date }.
fee-ended = Gäller inte längre: avgiften togs ut sista gången den { $date }.
fee-state-not-yet = Gäller ännu inte
fee-state-ended = Gäller inte längre
fee-timeline = Belopp över tid
fee-timeline-tier = Fall
fee-timeline-from = Från
fee-timeline-to = Sista dag
fee-timeline-state = Status
fee-value-past = Tidigare
fee-value-in_force = Gällande
fee-value-scheduled = Planerat

## WCO tools

tools-by-category = Områden
tool-category-conventions = Konventioner och avtal
tool-category-facilitation = Förenklade handelsprocedurer
tool-category-security = Säkerhet i leveranskedjan
tool-category-nomenclature = Klassificering
tool-category-valuation = Tullvärde
tool-category-origin = Ursprung
tool-category-enforcement = Kontroll och regelefterlevnad
tool-category-capacity-building = Kapacitetsuppbyggnad
tool-category-data = Data och teknik
tool-category-revenue = Uppbörd
tool-status-contracting-party = Avtalsslutande part
tool-status-applied = Tillämpas
tool-status-in-progress = Håller på att införas
tool-status-not-applied = Tillämpas inte
tool-status-reference = Referens

## Measures, legal texts, notices

measure-type-prohibition = Förbud
measure-type-restriction = Restriktion
measure-type-licence = Licens eller tillstånd
measure-type-sps = Sanitär och fytosanitär åtgärd
measure-type-tbt = Tekniskt krav
measure-type-quota = Kvot
measure-type-other = Annan åtgärd
legal-type-law = Lag
legal-type-decree = Förordning
legal-type-circular = Cirkulär
legal-type-ruling = Beslut
legal-type-agreement = Internationellt avtal
notice-status-draft-for-comment = Öppet för synpunkter
notice-status-adopted = Antaget
notice-status-in-force = I kraft
notice-status-repealed = Upphävt
notice-consultation-open = Förslaget är öppet för synpunkter till och med den { $date }. Skicka dina synpunkter till

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] En uppgift har ännu inte offentliggjorts på webbplatsen.
   *[other] { $count } uppgifter har ännu inte offentliggjorts på webbplatsen.
}
tfa-not-covered = Ännu inte offentliggjort
tfa-1-1-a = Förfaranden för import, export och transitering samt erforderliga formulär och handlingar
tfa-1-1-b = Tillämpade tullsatser och skattesatser
tfa-1-1-c = Avgifter och pålagor
tfa-1-1-d = Regler för klassificering eller värdering av produkter för tulländamål
tfa-1-1-e = Lagar, andra författningar och avgöranden som rör ursprungsregler
tfa-1-1-f = Import-, export- eller transiteringsrestriktioner eller förbud
tfa-1-1-g = Sanktionsbestämmelser
tfa-1-1-h = Förfaranden för överklagande eller omprövning
tfa-1-1-i = Avtal med andra länder som rör import, export eller transitering
tfa-1-1-j = Förfaranden för förvaltning av tullkvoter
tfa-1-2 = Information som finns tillgänglig via internet
tfa-1-3 = Upplysningsställen

filter-all = Alla
tools-filter-status = Visa instrumenten efter hur förvaltningen tillämpar dem

## Search

search-title = Sök
search-label = Sök på webbplatsen
search-placeholder = Vara, kod, förfarande, avgift…
search-button = Sök
search-kind = Visa
search-kind-all = Allt
search-kind-tariff = Varukoder
search-kind-page = Övriga sidor
search-hint = Skriv ord i valfri böjningsform, eller en varukod med eller utan punkter ({ $code }).
search-needs-script = Sökningen kräver JavaScript. Bläddra i stället i tulltaxan efter avdelning och kapitel.
search-count = Resultat:
search-chapter = Kapitel i tulltaxan
search-none = Inga resultat för ”{ $query }”.
search-note-code = Koden { $asked } finns inte. Visar { $found }.
search-note-typo = Inga resultat för ”{ $asked }”. Visar resultat för ”{ $found }”.
search-result-tariff = Varukod
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = tull tullar tullsats tullsatser tulltaxa
search-previous = Föregående
search-next = Nästa

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
