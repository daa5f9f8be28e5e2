# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Pronađite carinu za svoju robu
home-lookup-label = Tarifna oznaka ili naziv robe
home-lookup-hint = Na primjer { $code } ili pržena kava.
home-upcoming-title = Stupa na snagu u roku od { $days } dana
home-upcoming-none = U roku od { $days } dana ništa ne stupa na snagu.
home-upcoming-more = { $count ->
    [1] U tom je razdoblju planirana još jedna promjena.
    [one] U tom je razdoblju planirana još { $count } promjena.
    [few] U tom su razdoblju planirane još { $count } promjene.
   *[other] U tom je razdoblju planirano još { $count } promjena.
}
home-all-changes = Sve promjene, prošle i planirane
home-consultations-title = Otvorena savjetovanja
home-consultation-until = Primjedbe do { $date }
home-consultations-none = Trenutačno nema savjetovanja otvorenih za primjedbe.
home-recent-title = Najnovije promjene
home-enquiry-title = Imate pitanja?
home-enquiry-text = Nacionalna informacijska točka odgovara na pitanja gospodarskih subjekata o carinskoj tarifi, postupcima i pristojbama.
home-browse-title = Pregled mrežnih stranica
tariff-headings-index = Tarifni brojevi u ovom poglavlju
tariff-columns-title = Značenje stupaca
tariff-index-about = O carinskoj tarifi
procedure-fee-if = ako je primjenjivo
procedure-fees-conditional = Naplaćuje se samo u određenim slučajevima
