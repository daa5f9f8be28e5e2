# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Keresse meg az áruira vonatkozó vámot
home-lookup-label = Vámtarifaszám vagy árumegnevezés
home-lookup-hint = Például { $code } vagy pörkölt kávé.
home-upcoming-title = A következő { $days } napban hatályba lépő változások
home-upcoming-none = A következő { $days } napban semmilyen változás nem lép hatályba.
home-upcoming-more = { $count ->
    [one] Ebben az időszakban még egy változás lép hatályba.
   *[other] Ebben az időszakban további { $count } változás lép hatályba.
}
home-all-changes = Minden változás, a korábbiak és a tervezettek is
home-consultations-title = Nyitott konzultációk
home-consultation-until = Véleményezési határidő: { $date }
home-consultations-none = Jelenleg nincs véleményezhető konzultáció.
home-recent-title = Legutóbbi változások
home-enquiry-title = Kérdése van?
home-enquiry-text = A nemzeti tájékoztatási pont megválaszolja a gazdálkodók vámtarifával, eljárásokkal és díjakkal kapcsolatos kérdéseit.
home-browse-title = Böngészés a webhelyen
tariff-headings-index = Az árucsoport vámtarifaszámai
tariff-columns-title = Az oszlopok jelentése
tariff-index-about = A vámtarifáról
procedure-fee-if = adott esetben
procedure-fees-conditional = Csak bizonyos esetekben kell megfizetni
