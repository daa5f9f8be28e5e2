# UI strings of the default theme, Bulgarian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.
# A Bulgarian date ends in "г.": a sentence that ends with { $date } takes no period of its own.

footer-changes = Какво се промени и какво предстои да се промени
changes-title = Промени
changes-intro = Какво се промени на този сайт и какво предстои да се промени: тарифни линии и ставки, такси, процедури, мерки, инструменти и съобщения. Абонирайте се за емисия, за да научавате за промените веднага след публикуването им.
changes-upcoming = Предстои да влязат в сила
changes-recent = Последни промени
changes-none = Все още няма регистрирани промени.
changes-from-notices = Този списък показва съобщенията и датите на последната актуализация на страниците; в него не е посочена всяка промяна на ставка или тарифна линия.
changes-feeds = Абонамент
changes-feed-atom = Емисия Atom
changes-feed-json = Емисия JSON Feed
changes-feed-chapter = Глава { $number }: { $title }
changes-kind-tariff = Тарифа
changes-kind-procedures = Процедури
changes-kind-fees = Такси и сборове
changes-kind-measures = Мерки
changes-kind-tools = Инструменти на СМО
changes-kind-notices = Съобщения
changes-kind-pages = Други страници
changes-filter-kind = Показване
changes-filter-chapter = Глава от тарифата
changes-all-chapters = Всички глави
changes-effective = В сила от { $date }
changes-last-day = Последен ден в сила: { $date }
changes-history = История на промените
changes-history-none = Няма регистрирани промени за тази страница.
changes-recorded = Регистрирано на { $date }
change-none = (няма)
change-line-added = { $when ->
    [dated] Нова тарифна линия { $code } от { $date }: { $description }
   *[other] Нова тарифна линия { $code }: { $description }
}
change-lines-added = Тарифни линии, добавени в глава { $chapter }: { $count }
change-column-added = В глава { $chapter } е добавена колона { $column }
change-column-removed = От глава { $chapter } е премахната колона { $column }
change-line-removed = Тарифна линия { $code } е заличена ({ $description })
change-rate = { $when ->
    [dated] Ставката { $column } за { $code } се променя от { $old } на { $new } на { $date }
   *[other] Ставката { $column } за { $code } е променена от { $old } на { $new }
}
change-column = { $column } за { $code }: променено от { $old } на { $new }
change-description = Описанието на { $code } е преработено: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: размерът се променя от { $old } на { $new } на { $date }
   *[other] { $title }: размерът е променен от { $old } на { $new }
}
change-fee-currency = { $title }: валутата е променена от { $old } на { $new }
change-fee-effective = { $title }: влиза в сила на { $date }
change-steps = { $title }: стъпките са преработени, сега { $new ->
    [0] няма стъпки
    [one] една стъпка
   *[other] { $new } стъпки
} (преди: { $old })
change-documents = { $title }: изискваните документи са променени
change-agencies = { $title }: участващите ведомства са променени
change-fees = { $title }: събираните такси са променени
change-hs = { $title }: обхванатите стоки са променени
change-items-added = Добавени: { $items }.
change-items-removed = Премахнати: { $items }.
change-tool-status = { $title }: статусът е променен от { $old } на { $new }
change-page-added = Ново: { $title }
change-page-removed = Оттеглено: { $title }
change-text = Преработено: { $title }
change-notice = Съобщение: { $title }
change-updated = Актуализирано: { $title }
change-effective = Влиза в сила на { $date }

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] Тарифна линия { $code } вече влиза в сила на { $date }, а не на { $was } ({ $description })
   *[other] Тарифна линия { $code } влиза в сила на { $date } ({ $description })
}
change-line-start-withdrawn = Тарифна линия { $code } се прилага веднага, а не от { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Последният ден на прилагане на тарифна линия { $code } вече е { $date }, а не { $was } ({ $description })
   *[other] Последният ден на прилагане на тарифна линия { $code } е { $date } ({ $description })
}
change-line-end-withdrawn = Прекратяването на тарифна линия { $code } на { $date } е отменено ({ $description })
change-rate-revised = Ставка { $column } за { $code }: промяната на { $date } вече е на { $new }, а не на { $old }
change-rate-moved = Ставка { $column } за { $code }: промяната на { $new } вече влиза в сила на { $date }, а не на { $was }
change-rate-withdrawn = Промяната на ставка { $column } за { $code } на { $new } на { $date } е оттеглена
change-fee-amount-revised = { $title }: размерът от { $date } вече е { $new }, а не { $old }
change-fee-amount-moved = { $title }: размерът { $new } вече се прилага от { $date }, а не от { $was }
change-fee-amount-withdrawn = { $title }: промяната на размера на { $new } на { $date } е оттеглена
change-fee-ends = { $moved ->
    [yes] { $title }: вече се събира за последен път на { $date }, а не на { $was }
   *[other] { $title }: събира се за последен път на { $date }
}
change-fee-end-withdrawn = { $title }: прекратяването на { $date } е отменено
