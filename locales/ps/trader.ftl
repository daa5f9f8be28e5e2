# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = د اسعارو نرخ
kind-plural-exchange-rate = د ګمرکي ارزونې لپاره د اسعارو نرخونه
tariff-col-excise = اکسایز مالیه
tariff-col-vat = د ارزښت زیاتې مالیه
xrate-currency = اسعار
xrate-rate = د یو واحد لپاره { $currency }
xrate-in-force-current = نافذ نرخونه
xrate-in-force-since = له { $date } راهیسې نافذ نرخونه
xrate-next = بل نرخ
xrate-history = د وخت په اوږدو کې نرخونه
xrate-state-past = پخوانی
xrate-state-in_force = نافذ
xrate-state-scheduled = پلان شوی
calc-title = د ګمرکي محصول او مالیو اټکل
calc-estimate = دا یو اټکل دی، نه ټاکنه: ګمرک د اعلامیې پر بنسټ محصول او مالیې ټاکي. پکې د ډمپینګ ضد او ساتنیز محصولات، فیسونه او هغه کمښت نه دي شامل چې توکي یې ښايي مستحق وي.
calc-value = ګمرکي ارزښت
calc-currency = اسعار
calc-quantity = مقدار ({ $unit })
calc-regime = د محصول نرخ
calc-submit = حساب کړئ
calc-col-step = ګام
calc-col-formula = حساب
calc-col-amount = مقدار پیسې
calc-step-value = ګمرکي ارزښت په { $currency }
calc-step-duty = ګمرکي محصول ({ $regime })
calc-step-total = محصول او مالیې
calc-example = بېلګه: { $value } { $currency } ګمرکي ارزښت او { $quantity } { $unit }، د { $regime } په نرخ
calc-yours = ستاسو توکي: { $value } { $currency } ګمرکي ارزښت او { $quantity } { $unit }، د { $regime } په نرخ
calc-total = اټکل شوی محصول او مالیې: { $amount }
calc-at-least = لږ تر لږه
calc-at-most = زیات نه زیات
calc-invalid = ګمرکي ارزښت او مقدار په عددونو ولیکئ.
calc-no-rate = په دې نېټه د { $currency } لپاره د اسعارو نرخ نشته.
tariff-tax-waived = د { $regimes } په نرخ نه اخیستل کیږي
calc-multiple = { $one } { $word } = { $times } { $currency }: ګمرکي ارزښت په { $currency } ولیکئ.
calc-rates-link = د ګمرکي ارزونې لپاره کارېدونکي د اسعارو نرخونه

change-exchange-rate = { $when ->
    [dated] { $title }: نرخ په { $date } له { $old } څخه { $new } ته بدلېږي
   *[other] { $title }: نرخ له { $old } څخه { $new } ته بدل شو
}
change-exchange-rate-revised = { $title }: له { $date } څخه نرخ اوس { $new } دی، نه { $old }
change-exchange-rate-moved = { $title }: د { $new } نرخ اوس له { $date } څخه پلي کېږي، نه له { $was }
change-exchange-rate-withdrawn = { $title }: په { $date } د نرخ { $new } ته بدلون بېرته واخیستل شو

kind-origin = د مبدا قواعد
kind-plural-origin = د مبدا قواعد
origin-rule = د مبدا قاعده
origin-rules = د توکو ځانګړي قواعد
origin-proof = د مبدا ثبوت
origin-agreement = تړون
origin-column = ترجیحي نرخ
origin-or = یا
origin-and = او
origin-term-wo = په بشپړه توګه ترلاسه شوی
origin-term-pe = په بشپړه توګه له سیمه‌ییزو موادو جوړ شوی
origin-term-cc = د فصل بدلون
origin-term-cth = د تعرفې سرلیک بدلون
origin-term-ctsh = د تعرفې فرعي سرلیک بدلون
origin-term-rvc = لږ تر لږه { $percent }% سیمه‌ییز ارزښت

kind-quota = تعرفوي کوټه
kind-plural-quota = تعرفوي کوټې
quota-order = د امر شمېره
quota-balance = په { $date } پاتې
quota-volume = حجم
quota-in = د کوټې دننه نرخ
quota-out = له کوټې بهر نرخ
quota-period = د کوټې موده
quota-period-dates = له { $from } څخه تر { $to } پورې
quota-allocation = وېش
quota-allocation-first-come-first-served = لومړی راغلی لومړی ترلاسه کوي
quota-allocation-licence = د واردولو جوازونه
quota-allocation-historical = د پخوانیو وارداتو له مخې ونډې
quota-allocation-auction = لیلام
quota-state-open = پرانیستې
quota-state-exhausted = پای ته رسېدلې
quota-state-closed = تړلې
quota-history = د وخت په اوږدو کې پاتې
change-quota-balance = { $when ->
    [dated] { $title }: پاتې اندازه په { $date } له { $old } څخه { $new } ته بدلېږي
   *[other] { $title }: پاتې اندازه له { $old } څخه { $new } ته بدله شوه
}
change-quota-balance-revised = { $title }: له { $date } څخه پاتې اندازه اوس { $new } ده، نه { $old }
change-quota-balance-moved = { $title }: د { $new } پاتې اندازه اوس له { $date } څخه پلي کېږي، نه له { $was }
change-quota-balance-withdrawn = { $title }: له { $date } څخه د { $new } پاتې اندازه بېرته واخیستل شوه

kind-ruling = مخکینۍ پرېکړه
kind-plural-ruling = پابندې مخکینۍ پرېکړې
ruling-number = د پرېکړې شمېره
ruling-issued = د صادرېدو نېټه
ruling-goods = توکي
ruling-type-classification = طبقه بندي
ruling-type-origin = مبدا
ruling-type-valuation = ارزونه
ruling-valid = نافذ
ruling-valid-until = تر { $date } پورې نافذ
ruling-expired = په { $date } پای ته رسېدلې
