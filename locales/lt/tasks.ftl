# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Sužinokite, koks muitas taikomas jūsų prekėms
home-lookup-label = Prekės kodas arba prekių aprašymas
home-lookup-hint = Pavyzdžiui, { $code } arba skrudinta kava.
home-upcoming-title = Įsigalios per artimiausias { $days } d.
home-upcoming-none = Per artimiausias { $days } d. nieko neįsigalios.
home-upcoming-more = { $count ->
    [1] Šiuo laikotarpiu numatytas dar vienas pakeitimas.
    [one] Šiuo laikotarpiu numatytas dar { $count } pakeitimas.
    [few] Šiuo laikotarpiu numatyti dar { $count } pakeitimai.
    [many] Šiuo laikotarpiu numatyta dar { $count } pakeitimo.
   *[other] Šiuo laikotarpiu numatyta dar { $count } pakeitimų.
}
home-all-changes = Visi pakeitimai – ankstesni ir numatyti
home-consultations-title = Vykstančios konsultacijos
home-consultation-until = Pastabas galima teikti iki { $date }
home-consultations-none = Šiuo metu nevyksta jokia konsultacija.
home-recent-title = Naujausi pakeitimai
home-enquiry-title = Turite klausimų?
home-enquiry-text = Nacionalinis informacijos centras atsako į ekonominės veiklos vykdytojų klausimus apie tarifus, procedūras ir rinkliavas.
home-browse-title = Naršyti svetainę
tariff-headings-index = Šio skirsnio pozicijos
tariff-columns-title = Ką reiškia stulpeliai
tariff-index-about = Apie tarifą
procedure-fee-if = jei taikoma
procedure-fees-conditional = Imamos tik tam tikrais atvejais
