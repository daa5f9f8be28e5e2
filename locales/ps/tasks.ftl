# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = د خپلو توکو محصول ومومئ
home-lookup-label = د توکو کوډ یا د توکو تشریح
home-lookup-hint = د بېلګې په توګه { $code } یا وریت قهوه.
home-upcoming-title = په راتلونکو { $days } ورځو کې نافذېږي
home-upcoming-none = په راتلونکو { $days } ورځو کې د نافذېدو لپاره هیڅ شی نه دی ټاکل شوی.
home-upcoming-more = { $count ->
    [one] په دې موده کې یو بل بدلون هم ټاکل شوی دی.
   *[other] په دې موده کې { $count } نور بدلونونه هم ټاکل شوي دي.
}
home-all-changes = ټول بدلونونه، تېر او ټاکل شوي
home-consultations-title = پرانیستې مشورې
home-consultation-until = تر { $date } پورې نظرونه
home-consultations-none = اوس مهال هېڅ مشوره د نظرونو لپاره نه ده پرانیستې.
home-recent-title = وروستي بدلونونه
home-enquiry-title = پوښتنې لرئ؟
home-enquiry-text = ملي معلوماتي مرکز د تعرفې، کړنلارو او فیسونو په اړه د سوداګرو پوښتنو ته ځواب ورکوي.
home-browse-title = ویب پاڼه وګورئ
tariff-headings-index = د دې څپرکي سرلیکونه
tariff-columns-title = د ستنو مانا
tariff-index-about = د تعرفې په اړه
procedure-fee-if = که پلي کېږي
procedure-fees-conditional = یوازې په ځینو حالتونو کې اخیستل کېږي
