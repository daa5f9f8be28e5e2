# UI strings of the default theme, Kazakh (Cyrillic script): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Не өзгерді және не өзгереді
changes-title = Өзгерістер
changes-intro = Бұл сайтта не өзгерді және не өзгереді: тарифтік желілер мен мөлшерлемелер, алымдар, рәсімдер, шаралар, құралдар және хабарландырулар. Өзгерістер жарияланған бойда білу үшін арнаға жазылыңыз.
changes-upcoming = Күшіне енетін өзгерістер
changes-recent = Соңғы өзгерістер
changes-none = Әзірге ешқандай өзгеріс тіркелмеген.
changes-from-notices = Бұл тізімде хабарландырулар мен беттердің соңғы жаңартылған күндері көрсетіледі; мөлшерлеменің немесе тарифтік желінің әрбір өзгерісі мұнда көрсетілмейді.
changes-feeds = Жазылу
changes-feed-atom = Atom арнасы
changes-feed-json = JSON арнасы
changes-feed-chapter = { $number }-топ: { $title }
changes-kind-tariff = Тариф
changes-kind-procedures = Рәсімдер
changes-kind-fees = Алымдар мен төлемдер
changes-kind-measures = Шаралар
changes-kind-tools = ДКҰ құралдары
changes-kind-notices = Хабарландырулар
changes-kind-pages = Басқа беттер
changes-filter-kind = Көрсету
changes-filter-chapter = Тариф тобы
changes-all-chapters = Барлық топтар
changes-effective = Күшіне енген күні: { $date }
changes-last-day = Күшінде болудың соңғы күні: { $date }
changes-history = Өзгерістер тарихы
changes-history-none = Бұл бет бойынша өзгеріс тіркелмеген.
changes-recorded = Тіркелген күні: { $date }
change-none = жоқ
change-line-added = { $when ->
    [dated] Жаңа тарифтік желі { $code } (күшіне енетін күні: { $date }): { $description }
   *[other] Жаңа тарифтік желі { $code }: { $description }
}
change-lines-added = { $chapter }-топқа қосылған тарифтік желілер: { $count }
change-column-added = { $chapter }-топқа { $column } бағаны қосылды
change-column-removed = { $chapter }-топтан { $column } бағаны алынып тасталды
change-line-removed = { $code } тарифтік желісі алынып тасталды ({ $description })
change-rate = { $when ->
    [dated] { $code }: { $column } мөлшерлемесі өзгереді (бұрын: { $old }, жаңасы: { $new }; күні: { $date })
   *[other] { $code }: { $column } мөлшерлемесі өзгерді (бұрын: { $old }, жаңасы: { $new })
}
change-column = { $code }: { $column } өзгерді (бұрын: { $old }, жаңасы: { $new })
change-description = { $code } атауы қайта қаралды: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: мөлшері өзгереді (бұрын: { $old }, жаңасы: { $new }; күні: { $date })
   *[other] { $title }: мөлшері өзгерді (бұрын: { $old }, жаңасы: { $new })
}
change-fee-currency = { $title }: валютасы өзгерді (бұрын: { $old }, жаңасы: { $new })
change-fee-effective = { $title }: күшіне енетін күні { $date }
change-steps = { $title }: кезеңдер қайта қаралды, қазір { $new ->
    [one] бір кезең
   *[other] { $new } кезең
} (бұрын: { $old })
change-documents = { $title }: талап етілетін құжаттар өзгерді
change-agencies = { $title }: қатысатын органдар өзгерді
change-fees = { $title }: алынатын алымдар өзгерді
change-hs = { $title }: қамтылатын тауарлар өзгерді
change-items-added = Қосылды: { $items }.
change-items-removed = Алынып тасталды: { $items }.
change-tool-status = { $title }: мәртебесі өзгерді (бұрын: «{ $old }», жаңасы: «{ $new }»)
change-page-added = Жаңа: { $title }
change-page-removed = Алынып тасталды: { $title }
change-text = Қайта қаралды: { $title }
change-notice = Хабарландыру: { $title }
change-updated = Жаңартылды: { $title }
change-effective = Күшіне енетін күні: { $date }.

## Күні бар мәндер: желінің алғашқы және соңғы күні, жоспарланған мөлшерлеме немесе мөлшер. $date — сөз болып отырған күн; $was — бұрын жоспарланған күн.
change-line-starts = { $moved ->
    [yes] { $code } тарифтік желісі ({ $description }): күшіне енетін күні енді { $date } (бұрын: { $was })
   *[other] { $code } тарифтік желісі ({ $description }): күшіне енетін күні { $date }
}
change-line-start-withdrawn = { $code } тарифтік желісі ({ $description }): { $date } күнінен емес, қазірден бастап қолданылады
change-line-ends = { $moved ->
    [yes] { $code } тарифтік желісі ({ $description }): қолданылатын соңғы күні енді { $date } (бұрын: { $was })
   *[other] { $code } тарифтік желісі ({ $description }): қолданылатын соңғы күні { $date }
}
change-line-end-withdrawn = { $code } тарифтік желісі ({ $description }): енді { $date } күні аяқталмайды
change-rate-revised = { $code }: { $column } мөлшерлемесінің { $date } күнгі өзгерісі енді { $new } (бұрын жоспарланған: { $old })
change-rate-moved = { $code }: { $column } мөлшерлемесінің { $new } болып өзгеруі енді { $date } күні күшіне енеді (бұрын: { $was })
change-rate-withdrawn = { $code }: { $column } мөлшерлемесінің { $date } күні { $new } болып өзгеруінің күші жойылды
change-fee-amount-revised = { $title }: { $date } күнінен бастап мөлшері енді { $new } (бұрын жоспарланған: { $old })
change-fee-amount-moved = { $title }: { $new } мөлшері енді { $date } күнінен бастап қолданылады (бұрын: { $was })
change-fee-amount-withdrawn = { $title }: мөлшердің { $date } күні { $new } болып өзгеруінің күші жойылды
change-fee-ends = { $moved ->
    [yes] { $title }: соңғы алынатын күні енді { $date } (бұрын: { $was })
   *[other] { $title }: соңғы алынатын күні { $date }
}
change-fee-end-withdrawn = { $title }: енді { $date } күні аяқталмайды
