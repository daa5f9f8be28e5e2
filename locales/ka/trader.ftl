# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = გაცვლითი კურსი
kind-plural-exchange-rate = გაცვლითი კურსები საბაჟო შეფასებისთვის
tariff-col-excise = აქციზი
tariff-col-vat = დღგ
xrate-currency = ვალუტა
xrate-rate = { $currency } ერთ ერთეულზე
xrate-in-force-current = მოქმედი კურსები
xrate-in-force-since = მოქმედი კურსები ({ $date }-დან)
xrate-next = შემდეგი კურსი
xrate-history = კურსები დროში
xrate-state-past = ძალადაკარგული
xrate-state-in_force = ძალაშია
xrate-state-scheduled = დაგეგმილი
calc-title = გადასახადებისა და მოსაკრებლების გამოთვლა
calc-estimate = ეს არის შეფასება და არა დარიცხვა: საბაჟო გადასახადებს დეკლარაციის მიხედვით არიცხავს. მასში არ შედის ანტიდემპინგური და დაცვითი გადასახადები, მოსაკრებლები და საქონლისთვის შესაძლო შეღავათები.
calc-value = საბაჟო ღირებულება
calc-currency = ვალუტა
calc-quantity = რაოდენობა ({ $unit })
calc-regime = გადასახადის განაკვეთი
calc-submit = გამოთვლა
calc-col-step = ნაბიჯი
calc-col-formula = გამოთვლა
calc-col-amount = თანხა
calc-step-value = საბაჟო ღირებულება { $currency }-ში
calc-step-duty = საბაჟო გადასახადი ({ $regime })
calc-step-total = გადასახადები სულ
calc-example = მაგალითი: საბაჟო ღირებულება { $value } { $currency } და { $quantity } { $unit }, { $regime } განაკვეთით
calc-yours = თქვენი საქონელი: საბაჟო ღირებულება { $value } { $currency } და { $quantity } { $unit }, { $regime } განაკვეთით
calc-total = სავარაუდო გადასახადები: { $amount }
calc-at-least = სულ მცირე
calc-at-most = არაუმეტეს
calc-invalid = შეიყვანეთ საბაჟო ღირებულება და რაოდენობა ციფრებით.
calc-no-rate = ამ თარიღისთვის { $currency }-ის გაცვლითი კურსი არ არსებობს.
tariff-tax-waived = { $regimes } განაკვეთით არ ეკისრება
calc-multiple = { $one } { $word } = { $times } { $currency }: შეიყვანეთ საბაჟო ღირებულება { $currency }-ში.
calc-rates-link = საბაჟო შეფასებისთვის გამოყენებული გაცვლითი კურსები

change-exchange-rate = { $when ->
    [dated] { $title }: კურსი { $date }-დან { $old }-დან { $new }-მდე იცვლება
   *[other] { $title }: კურსი { $old }-დან { $new }-მდე შეიცვალა
}
change-exchange-rate-revised = { $title }: { $date }-დან კურსი ახლა { $new }-ია და არა { $old }
change-exchange-rate-moved = { $title }: { $new } კურსი ახლა { $date }-დან მოქმედებს და არა { $was }-დან
change-exchange-rate-withdrawn = { $title }: { $date }-დან კურსის { $new }-მდე ცვლილება გაუქმდა

kind-origin = წარმოშობის წესები
kind-plural-origin = წარმოშობის წესები
origin-rule = წარმოშობის წესი
origin-rules = პროდუქტის სპეციფიკური წესები
origin-proof = წარმოშობის დამადასტურებელი
origin-agreement = შეთანხმება
origin-column = შეღავათიანი განაკვეთი
origin-or = ან
origin-and = და
origin-term-wo = მთლიანად მოპოვებული
origin-term-pe = მთლიანად წარმოშობის მქონე მასალებისგან წარმოებული
origin-term-cc = თავის შეცვლა
origin-term-cth = სასაქონლო პოზიციის შეცვლა
origin-term-ctsh = ქვეპოზიციის შეცვლა
origin-term-rvc = რეგიონული ღირებულების წილი არანაკლებ { $percent }%

kind-quota = ტარიფის კვოტა
kind-plural-quota = ტარიფის კვოტები
quota-order = შეკვეთის ნომერი
quota-balance = ნაშთი { $date }-ისთვის
quota-volume = მოცულობა
quota-in = კვოტის ფარგლებში განაკვეთი
quota-out = კვოტის გარეთ განაკვეთი
quota-period = კვოტის პერიოდი
quota-period-dates = { $from } – { $to }
quota-allocation = განაწილება
quota-allocation-first-come-first-served = რიგითობით
quota-allocation-licence = იმპორტის ლიცენზიები
quota-allocation-historical = წილები წარსული იმპორტით
quota-allocation-auction = აუქციონი
quota-state-open = ღიაა
quota-state-exhausted = ამოწურულია
quota-state-closed = დახურულია
quota-history = ნაშთი დროში
change-quota-balance = { $when ->
    [dated] { $title }: ნაშთი { $date }-დან { $old }-დან { $new }-მდე იცვლება
   *[other] { $title }: ნაშთი { $old }-დან { $new }-მდე შეიცვალა
}
change-quota-balance-revised = { $title }: { $date }-დან ნაშთი ახლა { $new }-ია და არა { $old }
change-quota-balance-moved = { $title }: { $new } ნაშთი ახლა { $date }-დან მოქმედებს და არა { $was }-დან
change-quota-balance-withdrawn = { $title }: { $date }-დან { $new } ნაშთი გაუქმდა

kind-ruling = წინასწარი გადაწყვეტილება
kind-plural-ruling = სავალდებულო წინასწარი გადაწყვეტილებები
ruling-number = გადაწყვეტილების ნომერი
ruling-issued = გაცემულია
ruling-goods = საქონელი
ruling-type-classification = კლასიფიკაცია
ruling-type-origin = წარმოშობა
ruling-type-valuation = შეფასება
ruling-valid = მოქმედია
ruling-valid-until = მოქმედია { $date }-მდე
ruling-expired = ვადა გაუვიდა { $date }
