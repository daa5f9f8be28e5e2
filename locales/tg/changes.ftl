# UI strings of the default theme, Tajik (Cyrillic script): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Чӣ тағйир ёфт ва чӣ тағйир меёбад
changes-title = Тағйирот
changes-intro = Чӣ дар ин сомона тағйир ёфт ва чӣ тағйир меёбад: хатҳои тарифӣ ва меъёрҳо, пардохтҳо, расмиёт, чораҳо, абзорҳо ва огоҳиномаҳо. Барои огоҳ шудан аз тағйирот дарҳол пас аз нашрашон ба лента обуна шавед.
changes-upcoming = Тағйироте, ки эътибор пайдо мекунанд
changes-recent = Тағйироти охирин
changes-none = То ҳол ягон тағйирот сабт нашудааст.
changes-from-notices = Ин сомона дар git пеш бурда намешавад: танҳо огоҳиномаҳо ва санаҳои навсозӣ нишон дода мешаванд.
changes-feeds = Обуна шудан
changes-feed-atom = Лентаи Atom
changes-feed-json = Лентаи JSON
changes-feed-chapter = Гурӯҳи { $number }: { $title }
changes-kind-tariff = Тариф
changes-kind-procedures = Расмиёт
changes-kind-fees = Пардохтҳо ва ҳаққҳо
changes-kind-measures = Чораҳо
changes-kind-tools = Абзорҳои СҶГ
changes-kind-notices = Огоҳиномаҳо
changes-kind-pages = Саҳифаҳои дигар
changes-filter-kind = Нишон додан
changes-filter-chapter = Гурӯҳи тариф
changes-all-chapters = Ҳамаи гурӯҳҳо
changes-effective = Эътибор дорад аз { $date }
changes-history = Таърихи тағйирот
changes-history-none = Барои ин саҳифа ягон тағйирот сабт нашудааст.
changes-this-feed = Пайгирии тағйироти ин саҳифа:
changes-recorded = Санаи сабт: { $date }
change-none = нест
change-line-added = Хати нави тарифӣ { $code }: { $description }
change-lines-added = Ба гурӯҳи { $chapter } { $count } хати тарифӣ илова шуд
change-line-removed = Хати тарифии { $code } хориҷ карда шуд ({ $description })
change-rate = { $when ->
    [dated] Меъёри { $column } барои { $code } аз { $old } ба { $new } аз санаи { $date } тағйир меёбад
   *[other] Меъёри { $column } барои { $code } аз { $old } ба { $new } тағйир ёфт
}
change-column = { $column } барои { $code } аз { $old } ба { $new } тағйир ёфт
change-description = Номгӯи { $code } аз нав дида баромада шуд: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: андоза аз { $old } ба { $new } аз санаи { $date } тағйир меёбад
   *[other] { $title }: андоза аз { $old } ба { $new } тағйир ёфт
}
change-fee-currency = { $title }: асъор аз { $old } ба { $new } тағйир ёфт
change-fee-effective = { $title }: аз санаи { $date } эътибор пайдо мекунад
change-steps = { $title }: марҳилаҳо аз нав дида баромада шуданд, ҳоло { $new ->
    [one] { $new } марҳила
   *[other] { $new } марҳила
} (пештар: { $old })
change-documents = { $title }: ҳуҷҷатҳои талабшаванда тағйир ёфтанд
change-agencies = { $title }: мақомоти ҷалбшуда тағйир ёфтанд
change-fees = { $title }: пардохтҳои ситонидашаванда тағйир ёфтанд
change-hs = { $title }: молҳои фарогирифташуда тағйир ёфтанд
change-items-added = Илова шуд: { $items }.
change-items-removed = Хориҷ шуд: { $items }.
change-tool-status = { $title }: мақом аз «{ $old }» ба «{ $new }» тағйир ёфт
change-page-added = Нав: { $title }
change-page-removed = Бозхонда шуд: { $title }
change-text = Аз нав дида баромада шуд: { $title }
change-notice = Огоҳинома: { $title }
change-updated = Навсозӣ шуд: { $title }
change-effective = Аз санаи { $date } эътибор пайдо мекунад.
