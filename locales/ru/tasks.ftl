# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Узнайте пошлину на ваши товары
home-lookup-label = Код товара или описание товара
home-lookup-hint = Например, { $code } или жареный кофе.
home-upcoming-title = Вступает в силу в ближайшие { $days } дн.
home-upcoming-none = В ближайшие { $days } дн. ничего не вступает в силу.
home-upcoming-more = { $count ->
    [1] В этот период запланировано ещё одно изменение.
    [one] В этот период запланировано ещё { $count } изменение.
    [few] В этот период запланировано ещё { $count } изменения.
    [many] В этот период запланировано ещё { $count } изменений.
   *[other] В этот период запланировано ещё { $count } изменения.
}
home-all-changes = Все изменения, прошлые и запланированные
home-consultations-title = Открытые консультации
home-consultation-until = Замечания принимаются до { $date }
home-consultations-none = Сейчас нет открытых консультаций.
home-recent-title = Последние изменения
home-enquiry-title = Есть вопросы?
home-enquiry-text = Национальный информационный центр отвечает на вопросы участников ВЭД о тарифе, процедурах и сборах.
home-browse-title = Разделы сайта
tariff-headings-index = Товарные позиции этой группы
tariff-columns-title = Что означают столбцы
tariff-index-about = О тарифе
procedure-fee-if = если применимо
procedure-fees-conditional = Взимается только в некоторых случаях
