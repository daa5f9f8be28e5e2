# UI strings of the default theme, Danish.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Gå til hovedindholdet
language-switcher = Sprog
main-navigation = Hovedmenu
breadcrumb = Du er her
footer-navigation = Om dette websted
footer-published-by = Udgivet af { $site }.

## Dates

last-updated = Senest opdateret:
published = Offentliggjort:

## Translations

notice-untranslated = Denne side er endnu ikke oversat. Den vises på originalsproget ({ $original }).
notice-stale = Denne oversættelse er muligvis ikke opdateret: originalversionen ({ $original }) blev opdateret den { $date }.
notice-read-original = Læs originalversionen ({ $original }).

## Sections and pages

on-this-page = På denne side
in-this-section = { $count ->
    [one] Én side i denne sektion
   *[other] { $count } sider i denne sektion
}
home-explore = Udforsk webstedet

## Errors and redirects

not-found-title = Siden blev ikke fundet
not-found-text = Den side, du søgte, findes ikke eller er flyttet. Kontrollér adressen, eller start forfra på forsiden.
not-found-home = Gå til forsiden
redirect-title = Denne side er flyttet
redirect-link = Gå til sidens nye adresse

## Language chooser

chooser-intro = Vælg dit sprog.

## Tariff

tariff-sections = Afsnit
tariff-section = Afsnit { $number }
tariff-other-chapters = Andre kapitler
tariff-chapter = Kapitel { $number }
tariff-chapter-notes-of = Bestemmelser til kapitel { $number }
tariff-see-chapter = Se hele kapitel { $number }
tariff-lines = Varekoder
tariff-lines-under = Varekoder under { $code }
tariff-table-hint = Vælg en kode for at se dens satser og de regler, der gælder for den.
tariff-no-rate = Ingen
tariff-rates-current = Gældende toldsatser
tariff-rates-since = Gældende toldsatser siden den { $date }
tariff-rates-from = Toldsatser fra den { $date }
tariff-rates-until = Toldsatser til og med den { $date }
tariff-rate-from = { $rate } fra den { $date }
tariff-line-not-yet = Denne varekode er endnu ikke i kraft: den gælder fra den { $date }.
tariff-line-ended = Denne varekode er ikke længere i kraft: den gjaldt til og med den { $date }.
tariff-line-ending = Denne varekode er i kraft til og med den { $date }, som er dens sidste gyldighedsdag.
tariff-replaced-by = Fra den { $date } erstattes denne varekode af:
tariff-replaces = Fra den { $date } erstatter denne varekode:
tariff-timeline = Satser over tid
tariff-timeline-column = Kolonne
tariff-timeline-rate = Sats
tariff-timeline-from = Fra
tariff-timeline-to = Til og med
tariff-timeline-state = Status
tariff-state-past = Tidligere
tariff-state-in_force = I kraft
tariff-state-scheduled = Planlagt
tariff-level-heading = Position
tariff-level-subheading = Underposition
tariff-level-national_line = National varekode
tariff-col-code = Kode
tariff-col-description = Varebeskrivelse
tariff-col-unit = Enhed
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Bemærkning

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Fri
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, maks. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Procedure
kind-fee = Gebyr eller afgift
kind-measure = Foranstaltning
kind-tool = WCO-instrument eller -værktøj
kind-legal = Retsakt
kind-form = Formular
kind-agency = Myndighed
kind-notice = Meddelelse
kind-plural-procedure = Procedurer
kind-plural-fee = Gebyrer og afgifter
kind-plural-measure = Foranstaltninger: forbud, restriktioner og licenser
kind-plural-tool = WCO-instrumenter og -værktøjer
kind-plural-legal = Retsakter
kind-plural-form = Formularer
kind-plural-agency = Myndigheder
kind-plural-notice = Meddelelser
backlinks-title = Omtalt i
tariff-what-applies = Hvad der gælder for disse varer
footer-enquiry-point = Spørgsmål? Kontakt det nationale oplysningskontor

field-legal-basis = Retsgrundlag
field-hs = Omfattede varer (varekoder)
field-direction = Retning
field-agencies = Involverede myndigheder
field-agency = Myndighed
field-tools = Anvendte internationale standarder
field-duration = Sædvanlig varighed
field-amount = Beløb
field-per = Opkræves pr.
field-reason = Begrundelse for opkrævningen
field-authority = Opkræves af
field-payment = Betalingsmåde
field-published = Offentliggjort
field-effective = I kraft fra
field-effective-proposed = Foreslået ikrafttræden
field-until = Sidste opkrævningsdag
field-acronym = Forkortelse
field-category = Område
field-status = Status
field-issuer = Udstedt af
field-adopted = Vedtaget
field-url = Officiel side
field-related = Relaterede instrumenter
field-type = Type
field-number = Nummer
field-signed = Undertegnet
field-official-text = Officiel tekst
field-download = Download
field-email = E-mail
field-phone = Telefon
field-address = Adresse
field-hours = Åbningstider
field-comment-until = Bemærkninger senest
field-affects = Vedrører

direction-import = Import
direction-export = Eksport
direction-transit = Transit
direction-both = Import og eksport
direction-other = Andre procedurer
filter-by-direction = Vis procedurer for

## Procedures

procedure-summary = Overblik
procedure-steps-count = Trin
procedure-total-time = Sædvanlig samlet varighed
procedure-total-fees = Gebyrer
procedure-fees-more = { $count ->
    [one] plus ét gebyr, der afhænger af den konkrete sag
   *[other] plus { $count } gebyrer, der afhænger af den konkrete sag
}
procedure-fees-varying = { $count ->
    [one] Ét gebyr, der afhænger af den konkrete sag
   *[other] { $count } gebyrer, der afhænger af den konkrete sag
}
procedure-documents = Dokumenter, der skal forberedes
procedure-steps = Trin for trin
procedure-steps-n = { $count ->
    [one] Ét trin
   *[other] { $count } trin
}
duration-days = { $count ->
    [one] 1 dag
   *[other] { $count } dage
}
duration-hours = { $count ->
    [one] 1 time
   *[other] { $count } timer
}
duration-minutes = { $count ->
    [one] 1 minut
   *[other] { $count } minutter
}
duration-range = { $min } til { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Oversigt over gebyrer og afgifter
fee-tiers = Beløb
fee-see-tiers = Se beløbene
fee-per-declaration = pr. angivelse
fee-per-consignment = pr. sending
fee-per-container = pr. container
fee-per-certificate = pr. certifikat
fee-per-hour = pr. time
fee-per-application = pr. ansøgning
fee-per-day = pr. dag
fee-per-page = pr. side
fee-per-item = pr. stk.
fee-in-force-current = i kraft
fee-in-force-since = i kraft siden den { $date }
fee-amount-from = { $amount } fra den { $date }
fee-changes-on = Beløbene ændres den { $date }
fee-not-yet = Endnu ikke i kraft: dette gebyr opkræves fra den { $date }.
fee-ended = Ikke længere i kraft: dette gebyr blev sidst opkrævet den { $date }.
fee-state-not-yet = Endnu ikke i kraft
fee-state-ended = Ikke længere i kraft
fee-timeline = Beløb over tid
fee-timeline-tier = Tilfælde
fee-timeline-from = Fra
fee-timeline-to = Sidste dag
fee-timeline-state = Status
fee-value-past = Tidligere
fee-value-in_force = I kraft
fee-value-scheduled = Planlagt

## WCO tools

tools-by-category = Områder
tool-category-conventions = Konventioner og aftaler
tool-category-facilitation = Handelslettelser
tool-category-security = Forsyningskædesikkerhed
tool-category-nomenclature = Tarifering
tool-category-valuation = Toldværdiansættelse
tool-category-origin = Oprindelse
tool-category-enforcement = Håndhævelse og regeloverholdelse
tool-category-capacity-building = Kapacitetsopbygning
tool-category-data = Data og teknologi
tool-category-revenue = Provenu
tool-status-contracting-party = Kontraherende part
tool-status-applied = Anvendt
tool-status-in-progress = Under indførelse
tool-status-not-applied = Ikke anvendt
tool-status-reference = Reference

## Measures, legal texts, notices

measure-type-prohibition = Forbud
measure-type-restriction = Restriktion
measure-type-licence = Licens eller tilladelse
measure-type-sps = Sundheds- eller plantesundhedsforanstaltning
measure-type-tbt = Teknisk forskrift
measure-type-quota = Kontingent
measure-type-other = Anden foranstaltning
legal-type-law = Lov
legal-type-decree = Bekendtgørelse
legal-type-circular = Cirkulære
legal-type-ruling = Afgørelse
legal-type-agreement = International aftale
notice-status-draft-for-comment = I høring
notice-status-adopted = Vedtaget
notice-status-in-force = I kraft
notice-status-repealed = Ophævet
notice-consultation-open = Dette udkast er i høring til og med den { $date }. Send høringssvar til

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Ét punkt er endnu ikke offentliggjort på dette websted.
   *[other] { $count } punkter er endnu ikke offentliggjort på dette websted.
}
tfa-not-covered = Endnu ikke offentliggjort
tfa-1-1-a = Procedurer for import, eksport og transit samt påkrævede formularer og dokumenter
tfa-1-1-b = Anvendte told- og afgiftssatser
tfa-1-1-c = Gebyrer og afgifter
tfa-1-1-d = Regler for klassificering eller værdiansættelse af produkter i toldmæssig henseende
tfa-1-1-e = Love, forskrifter og administrative afgørelser vedrørende oprindelsesregler
tfa-1-1-f = Import-, eksport- eller transitrestriktioner eller -forbud
tfa-1-1-g = Sanktionsbestemmelser
tfa-1-1-h = Procedurer for klage eller prøvelse
tfa-1-1-i = Aftaler med andre lande vedrørende import, eksport eller transit
tfa-1-1-j = Procedurer for forvaltning af toldkontingenter
tfa-1-2 = Oplysninger, der er tilgængelige via internettet
tfa-1-3 = Oplysningskontorer

filter-all = Alle
tools-filter-status = Vis instrumenter efter deres status hos denne myndighed

## Search

search-title = Søg
search-label = Søg på webstedet
search-placeholder = Varer, kode, procedure, gebyr…
search-button = Søg
search-kind = Vis
search-kind-all = Alt
search-kind-tariff = Varekoder
search-kind-page = Andre sider
search-hint = Skriv ord i en hvilken som helst bøjningsform eller en varekode med eller uden punktummer ({ $code }).
search-needs-script = Søgningen kræver JavaScript. Gennemse i stedet toldtariffen efter afsnit og kapitel.
search-count = Resultater:
search-chapter = Kapitel i toldtariffen
search-none = Ingen resultater for »{ $query }«.
search-note-code = Koden { $asked } findes ikke. Viser { $found }.
search-note-typo = Ingen resultater for »{ $asked }«. Viser resultater for »{ $found }«.
search-result-tariff = Varekode
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = told toldsats toldsatser toldtarif
search-previous = Forrige
search-next = Næste

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
