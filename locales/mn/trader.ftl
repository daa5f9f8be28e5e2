# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Валютын ханш
kind-plural-exchange-rate = Гаалийн үнэлгээний валютын ханш
tariff-col-excise = Онцгой албан татвар
tariff-col-vat = НӨАТ
xrate-currency = Валют
xrate-rate = Нэг нэгжид { $currency }
xrate-in-force-current = Мөрдөгдөж буй ханш
xrate-in-force-since = Мөрдөгдөж буй ханш ({ $date }-наас)
xrate-next = Дараагийн ханш
xrate-history = Цаг хугацааны ханш
xrate-state-past = Өмнөх
xrate-state-in_force = Хүчин төгөлдөр
xrate-state-scheduled = Төлөвлөгдсөн
calc-title = Гаалийн болон бусад татварыг тооцоолох
calc-estimate = Энэ бол тооцооллын урьдчилсан дүн бөгөөд ногдуулалт биш: гааль татварыг мэдүүлгийн дагуу ногдуулна. Үүнд демпингийн эсрэг болон хамгаалалтын татвар, хураамж, барааны эдэлж болох хөнгөлөлт ороогүй.
calc-value = Гаалийн үнэ
calc-currency = Валют
calc-quantity = Тоо хэмжээ ({ $unit })
calc-regime = Татварын хувь хэмжээ
calc-submit = Тооцоолох
calc-col-step = Алхам
calc-col-formula = Тооцоо
calc-col-amount = Дүн
calc-step-value = { $currency }-өөр гаалийн үнэ
calc-step-duty = Гаалийн татвар ({ $regime })
calc-step-total = Татварын нийт дүн
calc-example = Жишээ: гаалийн үнэ { $value } { $currency }, { $quantity } { $unit }, { $regime } хувь хэмжээгээр
calc-yours = Таны бараа: гаалийн үнэ { $value } { $currency }, { $quantity } { $unit }, { $regime } хувь хэмжээгээр
calc-total = Тооцоолсон татвар: { $amount }
calc-at-least = наад зах нь
calc-at-most = дээд тал нь
calc-invalid = Гаалийн үнэ болон тоо хэмжээг тоогоор оруулна уу.
calc-no-rate = Энэ өдөр { $currency }-ийн ханш байхгүй.
tariff-tax-waived = { $regimes } хувь хэмжээгээр ногдуулахгүй
calc-multiple = { $one } { $word } = { $times } { $currency }: гаалийн үнийг { $currency }-ээр оруулна уу.
calc-rates-link = Гаалийн үнэлгээнд хэрэглэсэн валютын ханш

change-exchange-rate = { $when ->
    [dated] { $title }: ханш { $date }-нд { $old }-аас { $new } болж өөрчлөгдөнө
   *[other] { $title }: ханш { $old }-аас { $new } болж өөрчлөгдсөн
}
change-exchange-rate-revised = { $title }: { $date }-ээс эхлэх ханш одоо { $new }, { $old } биш
change-exchange-rate-moved = { $title }: { $new } ханш одоо { $date }-ээс мөрдөгдөнө, { $was } биш
change-exchange-rate-withdrawn = { $title }: { $date }-нд ханшийг { $new } болгох өөрчлөлтийг цуцалсан

kind-origin = Гарал үүслийн дүрэм
kind-plural-origin = Гарал үүслийн дүрэм
origin-rule = Гарал үүслийн дүрэм
origin-rules = Бүтээгдэхүүний тусгай дүрэм
origin-proof = Гарал үүслийн нотолгоо
origin-agreement = Хэлэлцээр
origin-column = Хөнгөлөлттэй хувь хэмжээ
origin-or = эсвэл
origin-and = ба
origin-term-wo = бүрэн гаргаж авсан
origin-term-pe = бүхэлдээ гарал үүсэлтэй түүхий эдээр үйлдвэрлэсэн
origin-term-cc = бүлгийн өөрчлөлт
origin-term-cth = барааны зүйлийн өөрчлөлт
origin-term-ctsh = барааны дэд зүйлийн өөрчлөлт
origin-term-rvc = бүсийн нэмүү өртгийн хувь дор хаяж { $percent }%

kind-quota = Тарифын квот
kind-plural-quota = Тарифын квотууд
quota-order = Захиалгын дугаар
quota-balance = { $date }-ны үлдэгдэл
quota-volume = Хэмжээ
quota-in = Квот доторх хувь хэмжээ
quota-out = Квотоос гадуурх хувь хэмжээ
quota-period = Квотын хугацаа
quota-period-dates = { $from }-аас { $to } хүртэл
quota-allocation = Хуваарилалт
quota-allocation-first-come-first-served = Түрүүлж ирсэн нь түрүүлж авна
quota-allocation-licence = Импортын тусгай зөвшөөрөл
quota-allocation-historical = Өмнөх импортоор хувь
quota-allocation-auction = Дуудлага худалдаа
quota-state-open = Нээлттэй
quota-state-exhausted = Дууссан
quota-state-closed = Хаалттай
quota-history = Цаг хугацааны үлдэгдэл
change-quota-balance = { $when ->
    [dated] { $title }: үлдэгдэл { $date }-нд { $old }-аас { $new } болно
   *[other] { $title }: үлдэгдэл { $old }-аас { $new } болсон
}
change-quota-balance-revised = { $title }: { $date }-ээс үлдэгдэл одоо { $new }, { $old } биш
change-quota-balance-moved = { $title }: { $new } үлдэгдэл одоо { $date }-ээс мөрдөгдөнө, { $was } биш
change-quota-balance-withdrawn = { $title }: { $date }-ээс { $new } үлдэгдлийг цуцалсан

kind-ruling = Урьдчилсан шийдвэр
kind-plural-ruling = Заавал биелүүлэх урьдчилсан шийдвэрүүд
ruling-number = Шийдвэрийн дугаар
ruling-issued = Гаргасан огноо
ruling-goods = Бараа
ruling-type-classification = Ангилал
ruling-type-origin = Гарал үүсэл
ruling-type-valuation = Үнэлгээ
ruling-valid = Хүчинтэй
ruling-valid-until = { $date } хүртэл хүчинтэй
ruling-expired = { $date }-нд хугацаа дууссан
