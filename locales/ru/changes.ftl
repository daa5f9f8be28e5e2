# UI strings of the default theme, Russian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Что изменилось и что изменится
changes-title = Изменения
changes-intro = Что изменилось на этом сайте и что изменится: тарифные линии и ставки, сборы, процедуры, меры, инструменты и уведомления. Подпишитесь на ленту, чтобы узнавать об изменениях сразу после их публикации.
changes-upcoming = Вступают в силу в ближайшее время
changes-recent = Последние изменения
changes-none = Изменения пока не зарегистрированы.
changes-from-notices = В этом списке приведены уведомления и даты последнего обновления страниц; в нём не перечисляется каждое изменение ставки или тарифной линии.
changes-feeds = Подписаться
changes-feed-atom = Лента Atom
changes-feed-json = Лента JSON
changes-feed-chapter = Группа { $number }: { $title }
changes-kind-tariff = Тариф
changes-kind-procedures = Процедуры
changes-kind-fees = Сборы и платежи
changes-kind-measures = Меры
changes-kind-tools = Инструменты ВТамО
changes-kind-notices = Уведомления
changes-kind-pages = Другие страницы
changes-filter-kind = Показать
changes-filter-chapter = Группа тарифа
changes-all-chapters = Все группы
changes-effective = Действует с { $date }
changes-last-day = Последний день действия: { $date }
changes-history = История изменений
changes-history-none = Изменения этой страницы не зарегистрированы.
changes-recorded = Зарегистрировано { $date }
change-none = нет
change-line-added = { $when ->
    [dated] Новая тарифная линия { $code } с { $date }: { $description }
   *[other] Новая тарифная линия { $code }: { $description }
}
change-lines-added = В группу { $chapter } добавлены тарифные линии: { $count }
change-column-added = В группу { $chapter } добавлена графа { $column }
change-column-removed = Из группы { $chapter } исключена графа { $column }
change-line-removed = Тарифная линия { $code } исключена ({ $description })
change-rate = { $when ->
    [dated] Ставка { $column } для { $code } изменяется с { $old } на { $new } с { $date }
   *[other] Ставка { $column } для { $code } изменена с { $old } на { $new }
}
change-column = { $column } для { $code }: было { $old }, стало { $new }
change-description = Наименование { $code } изменено: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: размер изменяется с { $old } на { $new } с { $date }
   *[other] { $title }: размер изменён с { $old } на { $new }
}
change-fee-currency = { $title }: валюта изменена с { $old } на { $new }
change-fee-effective = { $title }: вступает в силу { $date }
change-steps = { $title }: этапы пересмотрены, теперь { $new ->
    [one] { $new } этап
    [few] { $new } этапа
    [many] { $new } этапов
   *[other] { $new } этапа
} (ранее: { $old })
change-documents = { $title }: изменён перечень требуемых документов
change-agencies = { $title }: изменён состав участвующих ведомств
change-fees = { $title }: изменены взимаемые сборы
change-hs = { $title }: изменён перечень охватываемых товаров
change-items-added = Добавлено: { $items }.
change-items-removed = Исключено: { $items }.
change-tool-status = { $title }: статус изменён с «{ $old }» на «{ $new }»
change-page-added = Новое: { $title }
change-page-removed = Отозвано: { $title }
change-text = Пересмотрено: { $title }
change-notice = Уведомление: { $title }
change-updated = Обновлено: { $title }
change-effective = Вступает в силу { $date }

## Значения с датами: первый и последний день линии, запланированная ставка или сумма. $date — день, о котором идёт речь; $was — день, назначенный ранее.
change-line-starts = { $moved ->
    [yes] Тарифная линия { $code } теперь применяется с { $date }, а не с { $was } ({ $description })
   *[other] Тарифная линия { $code } применяется с { $date } ({ $description })
}
change-line-start-withdrawn = Тарифная линия { $code } применяется уже сейчас, а не с { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Тарифная линия { $code } теперь применяется по { $date } включительно, а не по { $was } ({ $description })
   *[other] Тарифная линия { $code } применяется по { $date } включительно ({ $description })
}
change-line-end-withdrawn = Тарифная линия { $code } больше не прекращает действие { $date } ({ $description })
change-rate-revised = Ставка { $column } для { $code }: с { $date } она составит { $new }, а не { $old }
change-rate-moved = Ставка { $column } для { $code }: переход на { $new } теперь происходит с { $date }, а не с { $was }
change-rate-withdrawn = Изменение ставки { $column } для { $code } на { $new } с { $date } отменено
change-fee-amount-revised = { $title }: размер с { $date } теперь составит { $new }, а не { $old }
change-fee-amount-moved = { $title }: размер { $new } теперь применяется с { $date }, а не с { $was }
change-fee-amount-withdrawn = { $title }: изменение размера на { $new } с { $date } отменено
change-fee-ends = { $moved ->
    [yes] { $title }: теперь взимается по { $date } включительно, а не по { $was }
   *[other] { $title }: взимается по { $date } включительно
}
change-fee-end-withdrawn = { $title }: больше не прекращает действие { $date }
