# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Alamin ang taripa sa iyong mga kalakal
home-lookup-label = Commodity code o paglalarawan ng mga kalakal
home-lookup-hint = Halimbawa { $code } o roasted coffee.
home-upcoming-title = Magkakabisa sa susunod na { $days } araw
home-upcoming-none = Walang nakatakdang magkabisa sa susunod na { $days } araw.
home-upcoming-more = { $count ->
    [1] Mayroon pang isang pagbabagong nakatakda sa panahong ito.
    [one] Mayroon pang { $count } pagbabagong nakatakda sa panahong ito.
   *[other] Mayroon pang { $count } pagbabagong nakatakda sa panahong ito.
}
home-all-changes = Lahat ng pagbabago, nakaraan at nakatakda
home-consultations-title = Mga bukas na konsultasyon
home-consultation-until = Mga komento hanggang { $date }
home-consultations-none = Walang bukas na konsultasyon sa ngayon.
home-recent-title = Mga pinakabagong pagbabago
home-enquiry-title = May tanong?
home-enquiry-text = Sinasagot ng pambansang enquiry point ang mga tanong ng mga negosyante tungkol sa taripa, pamamaraan at bayarin.
home-browse-title = Tingnan ang site
tariff-headings-index = Mga heading sa kabanatang ito
tariff-columns-title = Ano ang ibig sabihin ng mga hanay
tariff-index-about = Tungkol sa taripa
procedure-fee-if = kung naaangkop
procedure-fees-conditional = Sinisingil lamang sa ilang kaso
