# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Vind de rechten voor uw goederen
home-lookup-label = Goederencode of omschrijving van de goederen
home-lookup-hint = Bijvoorbeeld { $code } of gebrande koffie.
home-upcoming-title = Inwerkingtreding in de komende { $days } dagen
home-upcoming-none = In de komende { $days } dagen treedt niets in werking.
home-upcoming-more = { $count ->
    [one] In deze periode is nog één wijziging gepland.
   *[other] In deze periode zijn nog { $count } wijzigingen gepland.
}
home-all-changes = Alle wijzigingen, eerdere en geplande
home-consultations-title = Lopende consultaties
home-consultation-until = Opmerkingen tot en met { $date }
home-consultations-none = Er staat op dit moment geen consultatie open voor opmerkingen.
home-recent-title = Laatste wijzigingen
home-enquiry-title = Vragen?
home-enquiry-text = Het nationale informatiepunt beantwoordt vragen van handelaren over tarieven, procedures en vergoedingen.
home-browse-title = De website doorbladeren
tariff-headings-index = Posten in dit hoofdstuk
tariff-columns-title = Betekenis van de kolommen
tariff-index-about = Over het tarief
procedure-fee-if = indien van toepassing
procedure-fees-conditional = Alleen in bepaalde gevallen geheven
