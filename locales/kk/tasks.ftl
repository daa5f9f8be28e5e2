# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Тауарларыңызға салынатын бажды біліңіз
home-lookup-label = Тауар коды немесе тауардың сипаттамасы
home-lookup-hint = Мысалы, { $code } немесе қуырылған кофе.
home-upcoming-title = Алдағы { $days } күнде күшіне енеді
home-upcoming-none = Алдағы { $days } күнде күшіне енетін ештеңе жоспарланбаған.
home-upcoming-more = { $count ->
    [one] Осы кезеңде тағы бір өзгеріс жоспарланған.
   *[other] Осы кезеңде тағы { $count } өзгеріс жоспарланған.
}
home-all-changes = Барлық өзгерістер, өткен және жоспарланған
home-consultations-title = Ашық талқылаулар
home-consultation-until = Ескертпелер { $date } дейін
home-consultations-none = Қазір ескертпе қабылдайтын ашық талқылау жоқ.
home-recent-title = Соңғы өзгерістер
home-enquiry-title = Сұрақтарыңыз бар ма?
home-enquiry-text = Ұлттық ақпарат орталығы кәсіпкерлердің тариф, рәсімдер және алымдар туралы сұрақтарына жауап береді.
home-browse-title = Сайтты шолу
tariff-headings-index = Осы топтың тауар позициялары
tariff-columns-title = Бағандардың мағынасы
tariff-index-about = Тариф туралы
procedure-fee-if = қажет болса
procedure-fees-conditional = Тек кейбір жағдайларда алынады
