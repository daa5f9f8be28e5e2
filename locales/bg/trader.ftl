# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Валутен курс
kind-plural-exchange-rate = Валутни курсове за определяне на митническата стойност
tariff-col-excise = Акциз
tariff-col-vat = ДДС

xrate-currency = Валута
xrate-rate = { $currency } за една единица
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Действащи курсове
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Курсове, действащи от { $date }
xrate-next = Следващ курс
xrate-history = Хронология на курсовете
xrate-state-past = Предишен
xrate-state-in_force = В сила
xrate-state-scheduled = Предстоящ

calc-title = Приблизително изчисляване на митото и данъците
calc-estimate = Това е приблизителна оценка, а не определяне на задължението: митническите органи определят митото и данъците въз основа на декларацията. В нея не са включени антидъмпинговите и защитните мита, таксите, както и намаленията, на които стоките може да имат право.
calc-value = Митническа стойност
calc-currency = Валута
calc-quantity = Количество ({ $unit })
calc-regime = Ставка на митото
calc-submit = Изчисляване
calc-col-step = Стъпка
calc-col-formula = Изчисление
calc-col-amount = Сума
calc-step-value = Митническа стойност в { $currency }
calc-step-duty = Мито ({ $regime })
calc-step-total = Мито и данъци
calc-example = Пример: митническа стойност { $value } { $currency } и { $quantity } { $unit } по ставка { $regime }
calc-yours = Вашите стоки: митническа стойност { $value } { $currency } и { $quantity } { $unit } по ставка { $regime }
calc-total = Приблизителен размер на митото и данъците: { $amount }
calc-at-least = най-малко
calc-at-most = най-много
calc-invalid = Въведете митническата стойност и количеството като числа.
calc-no-rate = Няма валутен курс за { $currency } към тази дата.
tariff-tax-waived = Не се събира при ставка { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: въведете митническата стойност в { $currency }.
calc-rates-link = Валутни курсове, използвани за определяне на митническата стойност

change-exchange-rate = { $when ->
    [dated] { $title }: курсът се променя от { $old } на { $new } на { $date }
   *[other] { $title }: курсът е променен от { $old } на { $new }
}
change-exchange-rate-revised = { $title }: курсът от { $date } вече е { $new }, а не { $old }
change-exchange-rate-moved = { $title }: курсът { $new } вече се прилага от { $date }, а не от { $was }
change-exchange-rate-withdrawn = { $title }: промяната на курса на { $new } на { $date } е оттеглена

kind-origin = Правила за произход
kind-plural-origin = Правила за произход
origin-rule = Правило за произход
origin-rules = Специфични правила за продуктите
origin-proof = Доказателство за произход
origin-agreement = Споразумение
origin-column = Преференциална ставка
origin-or = или
origin-and = и
origin-term-wo = изцяло получени
origin-term-pe = произведени изключително от материали с произход
origin-term-cc = промяна на главата
origin-term-cth = промяна на тарифната позиция
origin-term-ctsh = промяна на тарифната подпозиция
origin-term-rvc = регионално стойностно съдържание най-малко { $percent }%

kind-quota = Тарифна квота
kind-plural-quota = Тарифни квоти
quota-order = Пореден номер
quota-balance = Остатък към { $date }
quota-volume = Обем
quota-in = Ставка в рамките на квотата
quota-out = Ставка извън квотата
quota-period = Период на квотата
quota-period-dates = от { $from } до { $to }
quota-allocation = Разпределение
quota-allocation-first-come-first-served = „Пръв дошъл, пръв обслужен“
quota-allocation-licence = Лицензии за внос
quota-allocation-historical = Дялове според предишния внос
quota-allocation-auction = Търг
quota-state-open = Отворена
quota-state-exhausted = Изчерпана
quota-state-closed = Затворена
quota-history = Хронология на остатъка
change-quota-balance = { $when ->
    [dated] { $title }: остатъкът се променя от { $old } на { $new } на { $date }
   *[other] { $title }: остатъкът е променен от { $old } на { $new }
}
change-quota-balance-revised = { $title }: остатъкът от { $date } вече е { $new }, а не { $old }
change-quota-balance-moved = { $title }: остатъкът в размер на { $new } вече се прилага от { $date }, а не от { $was }
change-quota-balance-withdrawn = { $title }: остатъкът в размер на { $new } от { $date } е оттеглен

kind-ruling = Решение за обвързваща информация
kind-plural-ruling = Решения за обвързваща информация
ruling-number = Номер на решението
ruling-issued = Издадено
ruling-goods = Стоки
ruling-type-classification = Класиране
ruling-type-origin = Произход
ruling-type-valuation = Митническа стойност
ruling-valid = Валидно
ruling-valid-until = Валидно до { $date }
ruling-expired = Изтекло на { $date }
