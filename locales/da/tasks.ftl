# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Find tolden på dine varer
home-lookup-label = Varekode eller varebeskrivelse
home-lookup-hint = For eksempel { $code } eller ristet kaffe.
home-upcoming-title = Træder i kraft inden for de næste { $days } dage
home-upcoming-none = Intet er planlagt til at træde i kraft inden for de næste { $days } dage.
home-upcoming-more = { $count ->
    [one] Der er planlagt yderligere én ændring i denne periode.
   *[other] Der er planlagt yderligere { $count } ændringer i denne periode.
}
home-all-changes = Alle ændringer, tidligere og planlagte
home-consultations-title = Aktuelle høringer
home-consultation-until = Høringsfrist den { $date }
home-consultations-none = Der er ingen aktuelle høringer i øjeblikket.
home-recent-title = Seneste ændringer
home-enquiry-title = Spørgsmål?
home-enquiry-text = Det nationale oplysningskontor besvarer spørgsmål fra virksomheder om toldsatser, procedurer og gebyrer.
home-browse-title = Gennemse webstedet
tariff-headings-index = Positioner i dette kapitel
tariff-columns-title = Hvad kolonnerne betyder
tariff-index-about = Om toldtariffen
procedure-fee-if = hvis relevant
procedure-fees-conditional = Opkræves kun i visse tilfælde
