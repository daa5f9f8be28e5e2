# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Sprawdź cło na swoje towary
home-lookup-label = Kod towarowy lub opis towaru
home-lookup-hint = Na przykład { $code } lub kawa palona.
home-upcoming-title = Zmiany wchodzące w życie w ciągu najbliższych { $days } dni
home-upcoming-none = W ciągu najbliższych { $days } dni nie zaplanowano wejścia w życie żadnych zmian.
home-upcoming-more = { $count ->
    [one] W tym okresie zaplanowano jeszcze jedną zmianę.
    [few] W tym okresie zaplanowano jeszcze { $count } zmiany.
    [many] W tym okresie zaplanowano jeszcze { $count } zmian.
   *[other] W tym okresie zaplanowano jeszcze { $count } zmiany.
}
home-all-changes = Wszystkie zmiany, wcześniejsze i zaplanowane
home-consultations-title = Otwarte konsultacje
home-consultation-until = Uwagi można zgłaszać do { $date }
home-consultations-none = Obecnie nie są prowadzone żadne konsultacje.
home-recent-title = Najnowsze zmiany
home-enquiry-title = Masz pytania?
home-enquiry-text = Krajowy punkt informacyjny odpowiada na pytania przedsiębiorców dotyczące taryfy celnej, procedur i opłat.
home-browse-title = Przeglądaj serwis
tariff-headings-index = Pozycje w tym dziale
tariff-columns-title = Znaczenie kolumn
tariff-index-about = O taryfie celnej
procedure-fee-if = w stosownych przypadkach
procedure-fees-conditional = Pobierane tylko w niektórych przypadkach
