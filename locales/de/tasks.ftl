# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Ermitteln Sie den Zoll für Ihre Waren
home-lookup-label = Zolltarifnummer oder Warenbezeichnung
home-lookup-hint = Zum Beispiel { $code } oder gerösteter Kaffee.
home-upcoming-title = Inkrafttreten in den nächsten { $days } Tagen
home-upcoming-none = In den nächsten { $days } Tagen tritt nichts in Kraft.
home-upcoming-more = { $count ->
    [one] In diesem Zeitraum ist eine weitere Änderung geplant.
   *[other] In diesem Zeitraum sind { $count } weitere Änderungen geplant.
}
home-all-changes = Alle Änderungen, vergangene und geplante
home-consultations-title = Laufende Konsultationen
home-consultation-until = Stellungnahmen bis zum { $date }
home-consultations-none = Derzeit ist keine Konsultation zur Stellungnahme offen.
home-recent-title = Neueste Änderungen
home-enquiry-title = Fragen?
home-enquiry-text = Die nationale Auskunftsstelle beantwortet Fragen von Wirtschaftsbeteiligten zu Zolltarifen, Verfahren und Gebühren.
home-browse-title = Inhalte der Website
tariff-headings-index = Positionen in diesem Kapitel
tariff-columns-title = Bedeutung der Spalten
tariff-index-about = Über den Zolltarif
procedure-fee-if = falls zutreffend
procedure-fees-conditional = Nur in bestimmten Fällen erhoben
