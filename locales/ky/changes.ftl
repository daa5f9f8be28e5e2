# UI strings of the default theme, Kyrgyz (Cyrillic script): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Эмне өзгөрдү жана эмне өзгөрөт
changes-title = Өзгөрүүлөр
changes-intro = Бул сайтта эмне өзгөрдү жана эмне өзгөрөт: тарифтик саптар жана чендер, жыйымдар, жол-жоболор, чаралар, куралдар жана билдирүүлөр. Өзгөрүүлөр жарыяланаар замат билүү үчүн агымга жазылыңыз.
changes-upcoming = Күчүнө кире турган өзгөрүүлөр
changes-recent = Акыркы өзгөрүүлөр
changes-none = Азырынча эч кандай өзгөрүү катталган жок.
changes-from-notices = Бул тизмеде билдирүүлөр жана барактардын акыркы жолу жаңыртылган күндөрү көрсөтүлөт; чендин же тарифтик саптын ар бир өзгөрүүсү бул жерде көрсөтүлбөйт.
changes-feeds = Жазылуу
changes-feed-atom = Atom агымы
changes-feed-json = JSON агымы
changes-feed-chapter = { $number }-топ: { $title }
changes-kind-tariff = Тариф
changes-kind-procedures = Жол-жоболор
changes-kind-fees = Жыйымдар жана төлөмдөр
changes-kind-measures = Чаралар
changes-kind-tools = ДБУнун куралдары
changes-kind-notices = Билдирүүлөр
changes-kind-pages = Башка барактар
changes-filter-kind = Көрсөтүү
changes-filter-chapter = Тариф тобу
changes-all-chapters = Бардык топтор
changes-effective = Күчүнө кирген күнү: { $date }
changes-last-day = Күчүндө болуунун акыркы күнү: { $date }
changes-history = Өзгөрүүлөрдүн тарыхы
changes-history-none = Бул барак боюнча өзгөрүү катталган жок.
changes-recorded = Катталган күнү: { $date }
change-none = жок
change-line-added = { $when ->
    [dated] Жаңы тарифтик сап { $code } (күчүнө кирүү күнү: { $date }): { $description }
   *[other] Жаңы тарифтик сап { $code }: { $description }
}
change-lines-added = { $chapter }-топко кошулган тарифтик саптар: { $count }
change-column-added = { $chapter }-топко { $column } мамычасы кошулду
change-column-removed = { $chapter }-топтон { $column } мамычасы алынып салынды
change-line-removed = { $code } тарифтик сабы алынып салынды ({ $description })
change-rate = { $when ->
    [dated] { $code }: { $column } чени өзгөрөт (мурда: { $old }, жаңысы: { $new }; күнү: { $date })
   *[other] { $code }: { $column } чени өзгөрдү (мурда: { $old }, жаңысы: { $new })
}
change-column = { $code }: { $column } өзгөрдү (мурда: { $old }, жаңысы: { $new })
change-description = { $code } аталышы кайра каралды: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: өлчөмү өзгөрөт (мурда: { $old }, жаңысы: { $new }; күнү: { $date })
   *[other] { $title }: өлчөмү өзгөрдү (мурда: { $old }, жаңысы: { $new })
}
change-fee-currency = { $title }: валютасы өзгөрдү (мурда: { $old }, жаңысы: { $new })
change-fee-effective = { $title }: күчүнө кирүү күнү { $date }
change-steps = { $title }: баскычтар кайра каралды, азыр { $new ->
    [one] бир баскыч
   *[other] { $new } баскыч
} (мурда: { $old })
change-documents = { $title }: талап кылынган документтер өзгөрдү
change-agencies = { $title }: катышкан органдар өзгөрдү
change-fees = { $title }: алынуучу жыйымдар өзгөрдү
change-hs = { $title }: камтылган товарлар өзгөрдү
change-items-added = Кошулду: { $items }.
change-items-removed = Алынып салынды: { $items }.
change-tool-status = { $title }: статусу өзгөрдү (мурда: «{ $old }», жаңысы: «{ $new }»)
change-page-added = Жаңы: { $title }
change-page-removed = Алынып салынды: { $title }
change-text = Кайра каралды: { $title }
change-notice = Билдирүү: { $title }
change-updated = Жаңыртылды: { $title }
change-effective = Күчүнө кирүү күнү: { $date }.

## Күнү бар маанилер: саптын биринчи жана акыркы күнү, пландалган чен же өлчөм. $date — сөз болуп жаткан күн; $was — мурда пландалган күн.
change-line-starts = { $moved ->
    [yes] { $code } тарифтик сабы ({ $description }): күчүнө кирүү күнү эми { $date } (мурда: { $was })
   *[other] { $code } тарифтик сабы ({ $description }): күчүнө кирүү күнү { $date }
}
change-line-start-withdrawn = { $code } тарифтик сабы ({ $description }): { $date } күнүнөн эмес, азыртан тартып колдонулат
change-line-ends = { $moved ->
    [yes] { $code } тарифтик сабы ({ $description }): колдонулуучу акыркы күнү эми { $date } (мурда: { $was })
   *[other] { $code } тарифтик сабы ({ $description }): колдонулуучу акыркы күнү { $date }
}
change-line-end-withdrawn = { $code } тарифтик сабы ({ $description }): эми { $date } күнү аяктабайт
change-rate-revised = { $code }: { $column } ченинин { $date } күнкү өзгөрүүсү эми { $new } (мурда пландалган: { $old })
change-rate-moved = { $code }: { $column } ченинин { $new } болуп өзгөрүүсү эми { $date } күнү күчүнө кирет (мурда: { $was })
change-rate-withdrawn = { $code }: { $column } ченинин { $date } күнү { $new } болуп өзгөрүүсү жокко чыгарылды
change-fee-amount-revised = { $title }: { $date } күнүнөн баштап өлчөмү эми { $new } (мурда пландалган: { $old })
change-fee-amount-moved = { $title }: { $new } өлчөмү эми { $date } күнүнөн баштап колдонулат (мурда: { $was })
change-fee-amount-withdrawn = { $title }: өлчөмдүн { $date } күнү { $new } болуп өзгөрүүсү жокко чыгарылды
change-fee-ends = { $moved ->
    [yes] { $title }: акыркы жолу алынуучу күнү эми { $date } (мурда: { $was })
   *[other] { $title }: акыркы жолу алынуучу күнү { $date }
}
change-fee-end-withdrawn = { $title }: эми { $date } күнү аяктабайт
