# UI strings of the default theme, Dutch.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Naar de hoofdinhoud
language-switcher = Taal
main-navigation = Hoofdmenu
breadcrumb = U bent hier
footer-navigation = Over deze website
footer-published-by = Gepubliceerd door { $site }.

## Dates

last-updated = Laatst bijgewerkt:
published = Gepubliceerd:

## Translations

notice-untranslated = Deze pagina is nog niet vertaald. Zij wordt weergegeven in de oorspronkelijke taal ({ $original }).
notice-stale = Deze vertaling is mogelijk niet actueel: de oorspronkelijke versie ({ $original }) is op { $date } bijgewerkt.
notice-read-original = De oorspronkelijke versie lezen ({ $original }).

## Sections and pages

on-this-page = Op deze pagina
in-this-section = { $count ->
    [one] Eén pagina in deze rubriek
   *[other] { $count } pagina’s in deze rubriek
}
home-explore = De website verkennen

## Errors and redirects

not-found-title = Pagina niet gevonden
not-found-text = De gevraagde pagina bestaat niet of is verplaatst. Controleer het adres of begin opnieuw op de startpagina.
not-found-home = Naar de startpagina
redirect-title = Deze pagina is verplaatst
redirect-link = Naar het nieuwe adres van deze pagina

## Language chooser

chooser-intro = Kies uw taal.

## Tariff

tariff-sections = Afdelingen
tariff-section = Afdeling { $number }
tariff-other-chapters = Andere hoofdstukken
tariff-chapter = Hoofdstuk { $number }
tariff-chapter-notes-of = Aantekeningen bij hoofdstuk { $number }
tariff-see-chapter = Het volledige hoofdstuk { $number } bekijken
tariff-lines = Tariefposten
tariff-lines-under = Tariefposten onder { $code }
tariff-table-hint = Selecteer een code om de tarieven en de toepasselijke regels te bekijken.
tariff-no-rate = Geen
tariff-rates-current = Geldende rechten
tariff-rates-since = Geldende rechten sinds { $date }
tariff-rates-from = Rechten vanaf { $date }
tariff-rates-until = Rechten tot en met { $date }
tariff-rate-from = { $rate } vanaf { $date }
tariff-line-not-yet = Deze tariefpost is nog niet van kracht: hij is van toepassing vanaf { $date }.
tariff-line-ended = Deze tariefpost is niet meer van kracht: de laatste dag van toepassing was { $date }.
tariff-line-ending = Deze tariefpost is van kracht tot en met { $date }, de laatste dag van toepassing.
tariff-replaced-by = Vanaf { $date } wordt deze tariefpost vervangen door:
tariff-replaces = Vanaf { $date } vervangt deze tariefpost:
tariff-timeline = Tarieven in de loop van de tijd
tariff-timeline-column = Kolom
tariff-timeline-rate = Tarief
tariff-timeline-from = Vanaf
tariff-timeline-to = Tot en met
tariff-timeline-state = Status
tariff-state-past = Verlopen
tariff-state-in_force = Van kracht
tariff-state-scheduled = Gepland
tariff-level-heading = Post
tariff-level-subheading = Onderverdeling
tariff-level-national_line = Nationale tariefpost
tariff-col-code = Code
tariff-col-description = Omschrijving
tariff-col-unit = Eenheid
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Opmerking

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Vrij
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, max. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Procedure
kind-fee = Vergoeding of heffing
kind-measure = Maatregel
kind-tool = Instrument of hulpmiddel van de WDO
kind-legal = Juridische tekst
kind-form = Formulier
kind-agency = Instantie
kind-notice = Mededeling
kind-plural-procedure = Procedures
kind-plural-fee = Vergoedingen en heffingen
kind-plural-measure = Maatregelen: verboden, beperkingen en vergunningen
kind-plural-tool = Instrumenten en hulpmiddelen van de WDO
kind-plural-legal = Juridische teksten
kind-plural-form = Formulieren
kind-plural-agency = Instanties
kind-plural-notice = Mededelingen
backlinks-title = Vermeld in
tariff-what-applies = Wat voor deze goederen geldt
footer-enquiry-point = Vragen? Neem contact op met het nationale informatiepunt

field-legal-basis = Rechtsgrondslag
field-hs = Betrokken goederen (goederencodes)
field-direction = Richting
field-agencies = Betrokken instanties
field-agency = Instantie
field-tools = Toegepaste internationale normen
field-duration = Gebruikelijke duur
field-amount = Bedrag
field-per = Geheven per
field-reason = Reden van de heffing
field-authority = Geheven door
field-payment = Wijze van betaling
field-published = Gepubliceerd
field-effective = Van kracht vanaf
field-effective-proposed = Voorgestelde inwerkingtreding
field-until = Laatste dag van heffing
field-acronym = Afkorting
field-category = Gebied
field-status = Status
field-issuer = Uitgegeven door
field-adopted = Vastgesteld
field-url = Officiële pagina
field-related = Verwante instrumenten
field-type = Soort
field-number = Nummer
field-signed = Ondertekend
field-official-text = Officiële tekst
field-download = Downloaden
field-email = E-mail
field-phone = Telefoon
field-address = Adres
field-hours = Openingstijden
field-comment-until = Opmerkingen tot en met
field-affects = Betreft

direction-import = Invoer
direction-export = Uitvoer
direction-transit = Doorvoer
direction-both = In- en uitvoer
direction-other = Overige procedures
filter-by-direction = Procedures tonen voor

## Procedures

procedure-summary = In het kort
procedure-steps-count = Stappen
procedure-total-time = Gebruikelijke totale duur
procedure-total-fees = Vergoedingen
procedure-fees-more = { $count ->
    [one] plus één vergoeding die van het geval afhangt
   *[other] plus { $count } vergoedingen die van het geval afhangen
}
procedure-fees-varying = { $count ->
    [one] Eén vergoeding die van het geval afhangt
   *[other] { $count } vergoedingen die van het geval afhangen
}
procedure-documents = Voor te bereiden documenten
procedure-steps = Stap voor stap
procedure-steps-n = { $count ->
    [one] Eén stap
   *[other] { $count } stappen
}
duration-days = { $count ->
    [one] 1 dag
   *[other] { $count } dagen
}
duration-hours = { $count ->
    [one] 1 uur
   *[other] { $count } uur
}
duration-minutes = { $count ->
    [one] 1 minuut
   *[other] { $count } minuten
}
duration-range = { $min } tot { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Overzicht van vergoedingen en heffingen
fee-tiers = Bedragen
fee-see-tiers = De bedragen bekijken
fee-per-declaration = per aangifte
fee-per-consignment = per zending
fee-per-container = per container
fee-per-certificate = per certificaat
fee-per-hour = per uur
fee-per-application = per aanvraag
fee-per-day = per dag
fee-per-page = per pagina
fee-per-item = per stuk
fee-in-force-current = van kracht
fee-in-force-since = van kracht sinds { $date }
fee-amount-from = { $amount } vanaf { $date }
fee-changes-on = De bedragen wijzigen op { $date }
fee-not-yet = Nog niet van kracht: deze vergoeding wordt geheven vanaf { $date }.
fee-ended = Niet meer van kracht: deze vergoeding is voor het laatst geheven op { $date }.
fee-state-not-yet = Nog niet van kracht
fee-state-ended = Niet meer van kracht
fee-timeline = Bedragen in de loop van de tijd
fee-timeline-tier = Geval
fee-timeline-from = Vanaf
fee-timeline-to = Laatste dag
fee-timeline-state = Status
fee-value-past = Verlopen
fee-value-in_force = Van kracht
fee-value-scheduled = Gepland

## WCO tools

tools-by-category = Gebieden
tool-category-conventions = Verdragen en overeenkomsten
tool-category-facilitation = Handelsbevordering
tool-category-security = Beveiliging van de toeleveringsketen
tool-category-nomenclature = Indeling
tool-category-valuation = Douanewaarde
tool-category-origin = Oorsprong
tool-category-enforcement = Handhaving en naleving
tool-category-capacity-building = Capaciteitsopbouw
tool-category-data = Gegevens en technologie
tool-category-revenue = Ontvangsten
tool-status-contracting-party = Verdragsluitende partij
tool-status-applied = Toegepast
tool-status-in-progress = In uitvoering
tool-status-not-applied = Niet toegepast
tool-status-reference = Referentie

## Measures, legal texts, notices

measure-type-prohibition = Verbod
measure-type-restriction = Beperking
measure-type-licence = Vergunning of licentie
measure-type-sps = Sanitaire of fytosanitaire maatregel
measure-type-tbt = Technisch voorschrift
measure-type-quota = Contingent
measure-type-other = Overige maatregel
legal-type-law = Wet
legal-type-decree = Besluit
legal-type-circular = Circulaire
legal-type-ruling = Beslissing
legal-type-agreement = Internationale overeenkomst
notice-status-draft-for-comment = Open voor opmerkingen
notice-status-adopted = Vastgesteld
notice-status-in-force = Van kracht
notice-status-repealed = Ingetrokken
notice-consultation-open = Over dit ontwerp kunnen tot en met { $date } opmerkingen worden ingediend. Stuur uw opmerkingen naar

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Eén onderdeel is nog niet op deze website gepubliceerd.
   *[other] { $count } onderdelen zijn nog niet op deze website gepubliceerd.
}
tfa-not-covered = Nog niet gepubliceerd
tfa-1-1-a = Procedures voor invoer, uitvoer en doorvoer, en vereiste formulieren en documenten
tfa-1-1-b = Toegepaste tarieven van rechten en belastingen
tfa-1-1-c = Vergoedingen en heffingen
tfa-1-1-d = Regels voor de indeling of de waardebepaling van producten voor douanedoeleinden
tfa-1-1-e = Wetten, voorschriften en administratieve beslissingen met betrekking tot oorsprongsregels
tfa-1-1-f = Beperkingen of verboden inzake invoer, uitvoer of doorvoer
tfa-1-1-g = Sanctiebepalingen
tfa-1-1-h = Procedures voor beroep of herziening
tfa-1-1-i = Overeenkomsten met andere landen met betrekking tot invoer, uitvoer of doorvoer
tfa-1-1-j = Procedures voor het beheer van tariefcontingenten
tfa-1-2 = Via het internet beschikbare informatie
tfa-1-3 = Informatiepunten

filter-all = Alle
tools-filter-status = Instrumenten tonen volgens hun status bij deze administratie

## Search

search-title = Zoeken
search-label = Zoeken op de website
search-placeholder = Goederen, code, procedure, vergoeding…
search-button = Zoeken
search-kind = Tonen
search-kind-all = Alles
search-kind-tariff = Goederencodes
search-kind-page = Andere pagina’s
search-hint = Typ woorden in elke vorm, of een goederencode met of zonder punten ({ $code }).
search-needs-script = Zoeken vereist JavaScript. U kunt het tarief ook per afdeling en hoofdstuk doorbladeren.
search-count = Resultaten:
search-chapter = Hoofdstuk van het tarief
search-none = Geen resultaten voor „{ $query }”.
search-note-code = Code { $asked } bestaat niet. Weergegeven: { $found }.
search-note-typo = Geen resultaten voor „{ $asked }”. Weergegeven zijn de resultaten voor „{ $found }”.
search-result-tariff = Goederencode
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = invoerrecht invoerrechten douanerecht douanerechten tarief
search-previous = Vorige
search-next = Volgende

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
