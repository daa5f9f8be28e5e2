# UI strings of the default theme, Tajik (Cyrillic script): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Чӣ тағйир ёфт ва чӣ тағйир меёбад
changes-title = Тағйирот
changes-intro = Чӣ дар ин сомона тағйир ёфт ва чӣ тағйир меёбад: хатҳои тарифӣ ва меъёрҳо, пардохтҳо, расмиёт, чораҳо, абзорҳо ва огоҳиномаҳо. Барои огоҳ шудан аз тағйирот дарҳол пас аз нашрашон ба лента обуна шавед.
changes-upcoming = Тағйироте, ки эътибор пайдо мекунанд
changes-recent = Тағйироти охирин
changes-none = То ҳол ягон тағйирот сабт нашудааст.
changes-from-notices = Дар ин рӯйхат огоҳиномаҳо ва санаҳои охирин навсозии саҳифаҳо нишон дода мешаванд; ҳар як тағйири меъёр ё хати тарифӣ дар он алоҳида оварда намешавад.
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
changes-last-day = Рӯзи охирини эътибор: { $date }
changes-history = Таърихи тағйирот
changes-history-none = Барои ин саҳифа ягон тағйирот сабт нашудааст.
changes-recorded = Санаи сабт: { $date }
change-none = нест
change-line-added = { $when ->
    [dated] Хати нави тарифӣ { $code } аз санаи { $date }: { $description }
   *[other] Хати нави тарифӣ { $code }: { $description }
}
change-lines-added = Ба гурӯҳи { $chapter } { $count } хати тарифӣ илова шуд
change-column-added = Ба гурӯҳи { $chapter } сутуни { $column } илова шуд
change-column-removed = Аз гурӯҳи { $chapter } сутуни { $column } хориҷ карда шуд
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

## Қиматҳои санадор: рӯзи аввал ва охири хат, меъёр ё андозаи пешбинишуда. $date — рӯзи мавриди назар; $was — рӯзи қаблан пешбинишуда.
change-line-starts = { $moved ->
    [yes] Хати тарифии { $code } акнун аз санаи { $date } эътибор пайдо мекунад, на аз { $was } ({ $description })
   *[other] Хати тарифии { $code } аз санаи { $date } эътибор пайдо мекунад ({ $description })
}
change-line-start-withdrawn = Хати тарифии { $code } ҳозир амал мекунад, на аз санаи { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Хати тарифии { $code } акнун то санаи { $date } амал мекунад, на то { $was } ({ $description })
   *[other] Хати тарифии { $code } то санаи { $date } амал мекунад ({ $description })
}
change-line-end-withdrawn = Хати тарифии { $code } дигар дар санаи { $date } хотима намеёбад ({ $description })
change-rate-revised = Меъёри { $column } барои { $code }: тағйир дар санаи { $date } акнун ба { $new } аст, на ба { $old }
change-rate-moved = Меъёри { $column } барои { $code }: гузариш ба { $new } акнун аз санаи { $date } аст, на аз { $was }
change-rate-withdrawn = Тағйири меъёри { $column } барои { $code } ба { $new } аз санаи { $date } бекор карда шуд
change-fee-amount-revised = { $title }: андоза аз санаи { $date } акнун { $new } аст, на { $old }
change-fee-amount-moved = { $title }: андозаи { $new } акнун аз санаи { $date } татбиқ мешавад, на аз { $was }
change-fee-amount-withdrawn = { $title }: тағйири андоза ба { $new } аз санаи { $date } бекор карда шуд
change-fee-ends = { $moved ->
    [yes] { $title }: бори охир акнун дар санаи { $date } ситонида мешавад, на { $was }
   *[other] { $title }: бори охир дар санаи { $date } ситонида мешавад
}
change-fee-end-withdrawn = { $title }: дигар дар санаи { $date } хотима намеёбад
