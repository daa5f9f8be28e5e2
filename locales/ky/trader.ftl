# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Валюта курсу
kind-plural-exchange-rate = Бажы баалоо үчүн валюта курстары
tariff-col-excise = Акциз
tariff-col-vat = КНС
xrate-currency = Валюта
xrate-rate = Бир бирдик үчүн { $currency }
xrate-in-force-current = Колдонуудагы курстар
xrate-in-force-since = Колдонуудагы курстар ({ $date } күнүнөн баштап)
xrate-next = Кийинки курс
xrate-history = Убакыт боюнча курстар
xrate-state-past = Мурунку
xrate-state-in_force = Күчүндө
xrate-state-scheduled = Пландалган
calc-title = Бажы төлөмдөрүн жана салыктарды эсептөө
calc-estimate = Бул чегерүү эмес, болжолдуу эсеп гана: бажы төлөмдөрдү жана салыктарды декларация боюнча эсептейт. Ага демпингге каршы жана коргоочу алымдар, жыйымдар жана товарлар ээ боло турган жеңилдиктер кирбейт.
calc-value = Бажы наркы
calc-currency = Валюта
calc-quantity = Саны ({ $unit })
calc-regime = Бажы ченеми
calc-submit = Эсептөө
calc-col-step = Кадам
calc-col-formula = Эсептөө жолу
calc-col-amount = Сумма
calc-step-value = { $currency } менен бажы наркы
calc-step-duty = Бажы төлөмү ({ $regime })
calc-step-total = Бажы төлөмдөрү жана салыктар
calc-example = Мисал: бажы наркы { $value } { $currency } жана { $quantity } { $unit }, { $regime } ченеми менен
calc-yours = Сиздин товар: бажы наркы { $value } { $currency } жана { $quantity } { $unit }, { $regime } ченеми менен
calc-total = Болжолдуу бажы төлөмдөрү жана салыктар: { $amount }
calc-at-least = жок дегенде
calc-at-most = көп болсо
calc-invalid = Бажы наркын жана санын цифра менен киргизиңиз.
calc-no-rate = Бул күнгө { $currency } үчүн валюта курсу жок.
tariff-tax-waived = { $regimes } ченеми боюнча алынбайт
calc-multiple = { $one } { $word } = { $times } { $currency }: бажы наркын { $currency } менен киргизиңиз.
calc-rates-link = Бажы баалоодо колдонулган валюта курстары

change-exchange-rate = { $when ->
    [dated] { $title }: курс { $date } күнү { $old } ордуна { $new } болот
   *[other] { $title }: курс { $old } ордуна { $new } болду
}
change-exchange-rate-revised = { $title }: { $date } күнүнөн баштап курс эми { $new }, { $old } эмес
change-exchange-rate-moved = { $title }: { $new } курсу эми { $date } күнүнөн баштап колдонулат, { $was } эмес
change-exchange-rate-withdrawn = { $title }: { $date } күнү курсту { $new } кылып өзгөртүү жокко чыгарылды

kind-origin = Келип чыгуу эрежелери
kind-plural-origin = Келип чыгуу эрежелери
origin-rule = Келип чыгуу эрежеси
origin-rules = Товарлар боюнча эрежелер
origin-proof = Келип чыгуунун далили
origin-agreement = Келишим
origin-column = Преференциялык ченем
origin-or = же
origin-and = жана
origin-term-wo = толугу менен алынган
origin-term-pe = толугу менен келип чыккан материалдардан өндүрүлгөн
origin-term-cc = топтун өзгөрүшү
origin-term-cth = товардык позициянын өзгөрүшү
origin-term-ctsh = товардык субпозициянын өзгөрүшү
origin-term-rvc = аймактык нарк үлүшү кеминде { $percent }%

kind-quota = Тарифтик квота
kind-plural-quota = Тарифтик квоталар
quota-order = Буйрутма номери
quota-balance = { $date } күнкү калдык
quota-volume = Көлөм
quota-in = Квотанын ичиндеги ченем
quota-out = Квотадан тышкары ченем
quota-period = Квота мезгили
quota-period-dates = { $from } – { $to }
quota-allocation = Бөлүштүрүү
quota-allocation-first-come-first-served = Кезек менен
quota-allocation-licence = Импорт лицензиялары
quota-allocation-historical = Мурунку импорт боюнча үлүштөр
quota-allocation-auction = Аукцион
quota-state-open = Ачык
quota-state-exhausted = Түгөндү
quota-state-closed = Жабык
quota-history = Убакыт боюнча калдык
change-quota-balance = { $when ->
    [dated] { $title }: калдык { $date } күнү { $old } ордуна { $new } болот
   *[other] { $title }: калдык { $old } ордуна { $new } болду
}
change-quota-balance-revised = { $title }: { $date } күнүнөн баштап калдык эми { $new }, { $old } эмес
change-quota-balance-moved = { $title }: { $new } калдыгы эми { $date } күнүнөн баштап колдонулат, { $was } эмес
change-quota-balance-withdrawn = { $title }: { $date } күнүнөн баштап { $new } калдыгы кайтарылды

kind-ruling = Алдын ала чечим
kind-plural-ruling = Милдеттүү алдын ала чечимдер
ruling-number = Чечимдин номери
ruling-issued = Берилген күнү
ruling-goods = Товарлар
ruling-type-classification = Классификация
ruling-type-origin = Келип чыгуу
ruling-type-valuation = Нарк
ruling-valid = Күчүндө
ruling-valid-until = { $date } чейин күчүндө
ruling-expired = { $date } күнү мөөнөтү бүттү
