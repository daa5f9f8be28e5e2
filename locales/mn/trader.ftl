# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.

kind-exchange-rate = Валютын ханш
kind-plural-exchange-rate = Гаалийн үнэлгээний валютын ханш
tariff-col-excise = Онцгой албан татвар
tariff-col-vat = НӨАТ
xrate-currency = Валют
xrate-rate = Нэг нэгжид { $currency }
xrate-in-force-on = { $date }-нд мөрдөгдөж буй ханш
xrate-next = Дараагийн ханш
xrate-history = Цаг хугацааны ханш
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
