# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Курс валюты
kind-plural-exchange-rate = Курсы валют для таможенной оценки
tariff-col-excise = Акциз
tariff-col-vat = НДС
xrate-currency = Валюта
xrate-rate = { $currency } за единицу
xrate-in-force-current = Действующие курсы
xrate-in-force-since = Курсы, действующие с { $date }
xrate-next = Следующий курс
xrate-history = Курсы во времени
xrate-state-past = Прежний
xrate-state-in_force = Действует
xrate-state-scheduled = Запланирован
calc-title = Рассчитать пошлины и налоги
calc-estimate = Это оценка, а не начисление: таможня начисляет пошлины и налоги по декларации. В ней не учтены антидемпинговые и специальные защитные пошлины, сборы и льготы, на которые могут претендовать товары.
calc-value = Таможенная стоимость
calc-currency = Валюта
calc-quantity = Количество ({ $unit })
calc-regime = Ставка пошлины
calc-submit = Рассчитать
calc-col-step = Шаг
calc-col-formula = Расчёт
calc-col-amount = Сумма
calc-step-value = Таможенная стоимость в { $currency }
calc-step-duty = Пошлина ({ $regime })
calc-step-total = Пошлины и налоги
calc-example = Пример: таможенная стоимость { $value } { $currency } и { $quantity } { $unit } по ставке { $regime }
calc-yours = Ваш товар: таможенная стоимость { $value } { $currency } и { $quantity } { $unit } по ставке { $regime }
calc-total = Пошлины и налоги (оценка): { $amount }
calc-at-least = не менее
calc-at-most = не более
calc-invalid = Введите таможенную стоимость и количество цифрами.
calc-no-rate = На эту дату нет курса для { $currency }.
tariff-tax-waived = Не взимается по ставке { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: введите таможенную стоимость в { $currency }.
calc-rates-link = Курсы валют для таможенной оценки

change-exchange-rate = { $when ->
    [dated] { $title }: курс меняется с { $old } на { $new } с { $date }
   *[other] { $title }: курс изменён с { $old } на { $new }
}
change-exchange-rate-revised = { $title }: курс с { $date } теперь { $new }, а не { $old }
change-exchange-rate-moved = { $title }: курс { $new } теперь действует с { $date }, а не с { $was }
change-exchange-rate-withdrawn = { $title }: изменение курса на { $new } с { $date } отменено

kind-origin = Правила происхождения
kind-plural-origin = Правила происхождения
origin-rule = Правило происхождения
origin-rules = Правила по товарам
origin-proof = Подтверждение происхождения
origin-agreement = Соглашение
origin-column = Преференциальная ставка
origin-or = или
origin-and = и
origin-term-wo = полностью получен
origin-term-pe = произведён исключительно из материалов, происходящих из региона
origin-term-cc = смена главы
origin-term-cth = смена товарной позиции
origin-term-ctsh = смена товарной субпозиции
origin-term-rvc = региональная стоимостная доля не менее { $percent }%

kind-quota = Тарифная квота
kind-plural-quota = Тарифные квоты
quota-order = Номер квоты
quota-balance = Остаток на { $date }
quota-volume = Объём
quota-in = Ставка в пределах квоты
quota-out = Ставка сверх квоты
quota-period = Период квоты
quota-period-dates = с { $from } по { $to }
quota-allocation = Распределение
quota-allocation-first-come-first-served = В порядке очереди
quota-allocation-licence = Импортные лицензии
quota-allocation-historical = Доли по прошлому импорту
quota-allocation-auction = Аукцион
quota-state-open = Открыта
quota-state-exhausted = Исчерпана
quota-state-closed = Закрыта
quota-history = Остаток во времени
change-quota-balance = { $when ->
    [dated] { $title }: остаток меняется с { $old } на { $new } с { $date }
   *[other] { $title }: остаток изменён с { $old } на { $new }
}
change-quota-balance-revised = { $title }: остаток с { $date } теперь { $new }, а не { $old }
change-quota-balance-moved = { $title }: остаток { $new } теперь действует с { $date }, а не с { $was }
change-quota-balance-withdrawn = { $title }: остаток { $new } с { $date } отозван

kind-ruling = Предварительное решение
kind-plural-ruling = Обязательные предварительные решения
ruling-number = Номер решения
ruling-issued = Дата выдачи
ruling-goods = Товар
ruling-type-classification = Классификация
ruling-type-origin = Происхождение
ruling-type-valuation = Стоимость
ruling-valid = Действует
ruling-valid-until = Действует до { $date }
ruling-expired = Истекло { $date }
