# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Қурби асъор
kind-plural-exchange-rate = Қурби асъор барои арзёбии гумрукӣ
tariff-col-excise = Аксиз
tariff-col-vat = ААИ
xrate-currency = Асъор
xrate-rate = { $currency } барои як воҳид
xrate-in-force-current = Қурбҳои амалкунанда
xrate-in-force-since = Қурбҳои амалкунанда аз { $date }
xrate-next = Қурби навбатӣ
xrate-history = Қурбҳо дар тӯли вақт
xrate-state-past = Гузашта
xrate-state-in_force = Амалкунанда
xrate-state-scheduled = Банақшагирифта
calc-title = Ҳисоб кардани боҷ ва андозҳо
calc-estimate = Ин арзёбии тахминӣ аст, на ҳисобу китоб: гумрук боҷ ва андозҳоро аз рӯи эъломия ҳисоб мекунад. Боҷҳои зиддидемпингӣ ва муҳофизатӣ, пардохтҳо ва имтиёзҳое, ки мол метавонад дошта бошад, ба он дохил нестанд.
calc-value = Арзиши гумрукӣ
calc-currency = Асъор
calc-quantity = Миқдор ({ $unit })
calc-regime = Меъёри боҷ
calc-submit = Ҳисоб кардан
calc-col-step = Қадам
calc-col-formula = Ҳисоб
calc-col-amount = Маблағ
calc-step-value = Арзиши гумрукӣ бо { $currency }
calc-step-duty = Боҷ ({ $regime })
calc-step-total = Боҷ ва андозҳо
calc-example = Мисол: арзиши гумрукии { $value } { $currency } ва { $quantity } { $unit }, бо меъёри { $regime }
calc-yours = Моли шумо: арзиши гумрукии { $value } { $currency } ва { $quantity } { $unit }, бо меъёри { $regime }
calc-total = Боҷ ва андозҳои тахминӣ: { $amount }
calc-at-least = на камтар аз
calc-at-most = на зиёда аз
calc-invalid = Арзиши гумрукӣ ва миқдорро бо рақам ворид кунед.
calc-no-rate = Барои { $currency } дар ин сана қурби асъор нест.
tariff-tax-waived = Бо меъёри { $regimes } ситонида намешавад
calc-multiple = { $one } { $word } = { $times } { $currency }: арзиши гумрукиро бо { $currency } ворид кунед.
calc-rates-link = Қурбҳои асъор, ки дар арзёбии гумрукӣ истифода мешаванд

change-exchange-rate = { $when ->
    [dated] { $title }: қурб дар { $date } аз { $old } ба { $new } иваз мешавад
   *[other] { $title }: қурб аз { $old } ба { $new } иваз шуд
}
change-exchange-rate-revised = { $title }: қурб аз { $date } акнун { $new } аст, на { $old }
change-exchange-rate-moved = { $title }: қурби { $new } акнун аз { $date } амал мекунад, на аз { $was }
change-exchange-rate-withdrawn = { $title }: ивазкунии қурб ба { $new } дар { $date } бекор шуд

kind-origin = Қоидаҳои пайдоиш
kind-plural-origin = Қоидаҳои пайдоиш
origin-rule = Қоидаи пайдоиш
origin-rules = Қоидаҳои хоси мол
origin-proof = Далели пайдоиш
origin-agreement = Созишнома
origin-column = Меъёри имтиёзнок
origin-or = ё
origin-and = ва
origin-term-wo = пурра истеҳсолшуда
origin-term-pe = пурра аз маводи пайдоишдор истеҳсолшуда
origin-term-cc = тағйири гурӯҳ
origin-term-cth = тағйири мавқеи молӣ
origin-term-ctsh = тағйири зермавқеи молӣ
origin-term-rvc = ҳиссаи арзиши минтақавӣ на камтар аз { $percent }%

kind-quota = Квотаи тарифӣ
kind-plural-quota = Квотаҳои тарифӣ
quota-order = Рақами фармоиш
quota-balance = Бақия то { $date }
quota-volume = Ҳаҷм
quota-in = Меъёри дохили квота
quota-out = Меъёри берун аз квота
quota-period = Давраи квота
quota-period-dates = аз { $from } то { $to }
quota-allocation = Тақсимот
quota-allocation-first-come-first-served = Бо навбат
quota-allocation-licence = Иҷозатномаҳои воридот
quota-allocation-historical = Ҳиссаҳо аз рӯи воридоти гузашта
quota-allocation-auction = Музояда
quota-state-open = Кушода
quota-state-exhausted = Тамомшуда
quota-state-closed = Баста
quota-history = Бақия дар тӯли вақт
change-quota-balance = { $when ->
    [dated] { $title }: бақия дар { $date } аз { $old } ба { $new } иваз мешавад
   *[other] { $title }: бақия аз { $old } ба { $new } иваз шуд
}
change-quota-balance-revised = { $title }: бақия аз { $date } акнун { $new } аст, на { $old }
change-quota-balance-moved = { $title }: бақияи { $new } акнун аз { $date } амал мекунад, на аз { $was }
change-quota-balance-withdrawn = { $title }: бақияи { $new } аз { $date } бозхонда шуд

kind-ruling = Қарори пешакӣ
kind-plural-ruling = Қарорҳои пешакии ҳатмӣ
ruling-number = Рақами қарор
ruling-issued = Санаи додан
ruling-goods = Мол
ruling-type-classification = Таснифот
ruling-type-origin = Пайдоиш
ruling-type-valuation = Арзиш
ruling-valid = Амал мекунад
ruling-valid-until = То { $date } амал мекунад
ruling-expired = Мӯҳлаташ { $date } гузашт
