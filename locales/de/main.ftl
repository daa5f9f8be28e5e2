# UI strings of the default theme, German.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Direkt zum Hauptinhalt
language-switcher = Sprache
main-navigation = Hauptmenü
breadcrumb = Sie befinden sich hier
footer-navigation = Über diese Website
footer-published-by = Herausgegeben von { $site }.

## Dates

last-updated = Zuletzt aktualisiert:
published = Veröffentlicht:

## Translations

notice-untranslated = Diese Seite wurde noch nicht übersetzt. Sie wird in der Originalsprache ({ $original }) angezeigt.
notice-stale = Diese Übersetzung ist möglicherweise nicht mehr aktuell: Die Originalfassung ({ $original }) wurde am { $date } aktualisiert.
notice-read-original = Originalfassung lesen ({ $original }).

## Sections and pages

on-this-page = Auf dieser Seite
in-this-section = { $count ->
    [one] Eine Seite in diesem Bereich
   *[other] { $count } Seiten in diesem Bereich
}
home-explore = Die Website erkunden

## Errors and redirects

not-found-title = Seite nicht gefunden
not-found-text = Die aufgerufene Seite existiert nicht oder wurde verschoben. Überprüfen Sie die Adresse oder beginnen Sie erneut auf der Startseite.
not-found-home = Zur Startseite
redirect-title = Diese Seite wurde verschoben
redirect-link = Zur neuen Adresse dieser Seite

## Language chooser

chooser-intro = Wählen Sie Ihre Sprache.

## Tariff

tariff-sections = Abschnitte
tariff-section = Abschnitt { $number }
tariff-other-chapters = Weitere Kapitel
tariff-chapter = Kapitel { $number }
tariff-chapter-notes-of = Anmerkungen zu Kapitel { $number }
tariff-see-chapter = Das gesamte Kapitel { $number } anzeigen
tariff-lines = Zolltarifnummern
tariff-lines-under = Zolltarifnummern unter { $code }
tariff-table-hint = Wählen Sie einen Code aus, um die Zollsätze und die dafür geltenden Vorschriften anzuzeigen.
tariff-no-rate = Keiner
tariff-rates-current = Geltende Zollsätze
tariff-rates-since = Geltende Zollsätze seit dem { $date }
tariff-rates-from = Zollsätze ab dem { $date }
tariff-rates-until = Zollsätze bis einschließlich { $date }
tariff-rate-from = { $rate } ab dem { $date }
tariff-line-not-yet = Diese Zolltarifnummer ist noch nicht in Kraft: Sie gilt ab dem { $date }.
tariff-line-ended = Diese Zolltarifnummer ist nicht mehr in Kraft: Ihr letzter Geltungstag war der { $date }.
tariff-line-ending = Diese Zolltarifnummer ist bis einschließlich { $date } in Kraft; dies ist ihr letzter Geltungstag.
tariff-replaced-by = Ab dem { $date } wird diese Zolltarifnummer ersetzt durch:
tariff-replaces = Ab dem { $date } ersetzt diese Zolltarifnummer:
tariff-timeline = Zollsätze im Zeitverlauf
tariff-timeline-column = Spalte
tariff-timeline-rate = Satz
tariff-timeline-from = Ab
tariff-timeline-to = Bis
tariff-timeline-state = Status
tariff-state-past = Abgelaufen
tariff-state-in_force = In Kraft
tariff-state-scheduled = Geplant
tariff-level-heading = Position
tariff-level-subheading = Unterposition
tariff-level-national_line = Nationale Zolltarifnummer
tariff-col-code = Code
tariff-col-description = Warenbezeichnung
tariff-col-unit = Einheit
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Hinweis

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Frei
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, mind. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, höchstens { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Verfahren
kind-fee = Gebühr oder Entgelt
kind-measure = Maßnahme
kind-tool = Instrument oder Werkzeug der WZO
kind-legal = Rechtstext
kind-form = Formular
kind-agency = Behörde
kind-notice = Bekanntmachung
kind-plural-procedure = Verfahren
kind-plural-fee = Gebühren und Entgelte
kind-plural-measure = Maßnahmen: Verbote, Beschränkungen und Genehmigungen
kind-plural-tool = Instrumente und Werkzeuge der WZO
kind-plural-legal = Rechtstexte
kind-plural-form = Formulare
kind-plural-agency = Behörden
kind-plural-notice = Bekanntmachungen
backlinks-title = Erwähnt in
tariff-what-applies = Was für diese Waren gilt
footer-enquiry-point = Fragen? Wenden Sie sich an die nationale Auskunftsstelle

field-legal-basis = Rechtsgrundlage
field-hs = Betroffene Waren (Zolltarifnummern)
field-direction = Verkehrsrichtung
field-agencies = Beteiligte Behörden
field-agency = Behörde
field-tools = Angewandte internationale Standards
field-duration = Übliche Dauer
field-amount = Betrag
field-per = Erhoben je
field-reason = Grund für die Erhebung
field-authority = Erhoben von
field-payment = Zahlungsweise
field-published = Veröffentlicht
field-effective = In Kraft ab
field-effective-proposed = Vorgesehenes Inkrafttreten
field-until = Letzter Erhebungstag
field-acronym = Abkürzung
field-category = Bereich
field-status = Status
field-issuer = Herausgegeben von
field-adopted = Angenommen
field-url = Offizielle Seite
field-related = Verwandte Instrumente
field-type = Art
field-number = Nummer
field-signed = Unterzeichnet
field-official-text = Amtlicher Text
field-download = Herunterladen
field-email = E-Mail
field-phone = Telefon
field-address = Anschrift
field-hours = Öffnungszeiten
field-comment-until = Stellungnahmen bis
field-affects = Betrifft

direction-import = Einfuhr
direction-export = Ausfuhr
direction-transit = Durchfuhr
direction-both = Ein- und Ausfuhr
direction-other = Sonstige Verfahren
filter-by-direction = Verfahren anzeigen für

## Procedures

procedure-summary = Auf einen Blick
procedure-steps-count = Schritte
procedure-total-time = Übliche Gesamtdauer
procedure-total-fees = Gebühren
procedure-fees-more = { $count ->
    [one] zuzüglich einer Gebühr, die vom Einzelfall abhängt
   *[other] zuzüglich { $count } Gebühren, die vom Einzelfall abhängen
}
procedure-fees-varying = { $count ->
    [one] Eine Gebühr, die vom Einzelfall abhängt
   *[other] { $count } Gebühren, die vom Einzelfall abhängen
}
procedure-documents = Vorzubereitende Unterlagen
procedure-steps = Schritt für Schritt
procedure-steps-n = { $count ->
    [one] Ein Schritt
   *[other] { $count } Schritte
}
duration-days = { $count ->
    [one] 1 Tag
   *[other] { $count } Tage
}
duration-hours = { $count ->
    [one] 1 Stunde
   *[other] { $count } Stunden
}
duration-minutes = { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}
duration-range = { $min } bis { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Verzeichnis der Gebühren und Entgelte
fee-tiers = Beträge
fee-see-tiers = Beträge anzeigen
fee-per-declaration = je Anmeldung
fee-per-consignment = je Sendung
fee-per-container = je Container
fee-per-certificate = je Bescheinigung
fee-per-hour = je Stunde
fee-per-application = je Antrag
fee-per-day = je Tag
fee-per-page = je Seite
fee-per-item = je Stück
fee-in-force-current = in Kraft
fee-in-force-since = in Kraft seit dem { $date }
fee-amount-from = { $amount } ab dem { $date }
fee-changes-on = Die Beträge ändern sich am { $date }
fee-not-yet = Noch nicht in Kraft: Diese Gebühr wird ab dem { $date } erhoben.
fee-ended = Nicht mehr in Kraft: Diese Gebühr wurde zuletzt am { $date } erhoben.
fee-state-not-yet = Noch nicht in Kraft
fee-state-ended = Nicht mehr in Kraft
fee-timeline = Beträge im Zeitverlauf
fee-timeline-tier = Fall
fee-timeline-from = Ab
fee-timeline-to = Letzter Tag
fee-timeline-state = Status
fee-value-past = Abgelaufen
fee-value-in_force = In Kraft
fee-value-scheduled = Geplant

## WCO tools

tools-by-category = Bereiche
tool-category-conventions = Übereinkommen und Abkommen
tool-category-facilitation = Handelserleichterungen
tool-category-security = Sicherheit der Lieferkette
tool-category-nomenclature = Einreihung
tool-category-valuation = Zollwert
tool-category-origin = Ursprung
tool-category-enforcement = Durchsetzung und Einhaltung der Vorschriften
tool-category-capacity-building = Kapazitätsaufbau
tool-category-data = Daten und Technologie
tool-category-revenue = Einnahmen
tool-status-contracting-party = Vertragspartei
tool-status-applied = Angewandt
tool-status-in-progress = In Umsetzung
tool-status-not-applied = Nicht angewandt
tool-status-reference = Referenz

## Measures, legal texts, notices

measure-type-prohibition = Verbot
measure-type-restriction = Beschränkung
measure-type-licence = Lizenz oder Genehmigung
measure-type-sps = Gesundheitspolizeiliche oder pflanzenschutzrechtliche Maßnahme
measure-type-tbt = Technische Vorschrift
measure-type-quota = Kontingent
measure-type-other = Sonstige Maßnahme
legal-type-law = Gesetz
legal-type-decree = Verordnung
legal-type-circular = Rundschreiben
legal-type-ruling = Entscheidung
legal-type-agreement = Internationales Abkommen
notice-status-draft-for-comment = Zur Stellungnahme offen
notice-status-adopted = Angenommen
notice-status-in-force = In Kraft
notice-status-repealed = Aufgehoben
notice-consultation-open = Zu diesem Entwurf können bis zum { $date } Stellungnahmen abgegeben werden. Senden Sie Ihre Stellungnahme an

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Ein Punkt ist auf dieser Website noch nicht veröffentlicht.
   *[other] { $count } Punkte sind auf dieser Website noch nicht veröffentlicht.
}
tfa-not-covered = Noch nicht veröffentlicht
tfa-1-1-a = Einfuhr-, Ausfuhr- und Durchfuhrverfahren sowie erforderliche Formulare und Dokumente
tfa-1-1-b = Angewandte Zoll- und Abgabensätze
tfa-1-1-c = Gebühren und Belastungen
tfa-1-1-d = Regeln für die Einreihung oder Bewertung von Waren für Zollzwecke
tfa-1-1-e = Gesetze, Vorschriften und Verwaltungsentscheidungen in Bezug auf Ursprungsregeln
tfa-1-1-f = Einfuhr-, Ausfuhr- oder Durchfuhrbeschränkungen oder -verbote
tfa-1-1-g = Bestimmungen über Sanktionen
tfa-1-1-h = Rechtsbehelfs- oder Überprüfungsverfahren
tfa-1-1-i = Übereinkünfte mit anderen Ländern in Bezug auf die Einfuhr, Ausfuhr oder Durchfuhr
tfa-1-1-j = Verfahren für die Verwaltung von Zollkontingenten
tfa-1-2 = Über das Internet verfügbare Informationen
tfa-1-3 = Auskunftsstellen

filter-all = Alle
tools-filter-status = Instrumente nach ihrem Status bei dieser Verwaltung anzeigen

## Search

search-title = Suche
search-label = Website durchsuchen
search-placeholder = Ware, Code, Verfahren, Gebühr…
search-button = Suchen
search-kind = Anzeigen
search-kind-all = Alles
search-kind-tariff = Zolltarifnummern
search-kind-page = Weitere Seiten
search-hint = Geben Sie Wörter in beliebiger Form ein oder eine Zolltarifnummer mit oder ohne Punkte ({ $code }).
search-needs-script = Die Suche erfordert JavaScript. Durchsuchen Sie den Zolltarif stattdessen nach Abschnitten und Kapiteln.
search-count = Ergebnisse:
search-chapter = Kapitel des Zolltarifs
search-none = Keine Ergebnisse für „{ $query }“.
search-note-code = Den Code { $asked } gibt es nicht. Angezeigt wird { $found }.
search-note-typo = Keine Ergebnisse für „{ $asked }“. Angezeigt werden die Ergebnisse für „{ $found }“.
search-result-tariff = Zolltarifnummer
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = zoll zölle zollsatz zolltarif tarif
search-previous = Zurück
search-next = Weiter

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
