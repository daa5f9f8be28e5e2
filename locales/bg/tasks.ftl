# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Намерете митото за вашите стоки
home-lookup-label = Код на стоката или описание на стоките
home-lookup-hint = Например { $code } или печено кафе.
home-upcoming-title = Влизат в сила през следващите { $days } дни
home-upcoming-none = Няма нищо, предвидено да влезе в сила през следващите { $days } дни.
home-upcoming-more = { $count ->
    [one] През този период е предвидена още една промяна.
   *[other] През този период са предвидени още { $count } промени.
}
home-all-changes = Всички промени, минали и предстоящи
home-consultations-title = Открити консултации
home-consultation-until = Коментари до { $date }
home-consultations-none = В момента няма открити консултации.
home-recent-title = Последни промени
home-enquiry-title = Имате въпроси?
home-enquiry-text = Националният информационен център отговаря на въпроси на търговците относно тарифите, процедурите и таксите.
home-browse-title = Разгледайте сайта
tariff-headings-index = Позиции в тази глава
tariff-columns-title = Значение на колоните
tariff-index-about = За тарифата
procedure-fee-if = ако е приложимо
procedure-fees-conditional = Събират се само в някои случаи
