# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

kind-exchange-rate = سعر الصرف
kind-plural-exchange-rate = أسعار الصرف لأغراض التقييم الجمركي
tariff-col-excise = ضريبة الإنتاج
tariff-col-vat = ضريبة القيمة المضافة
xrate-currency = العملة
xrate-rate = { $currency } مقابل وحدة واحدة
xrate-in-force-current = الأسعار السارية
xrate-in-force-since = الأسعار السارية منذ { $date }
xrate-next = السعر التالي
xrate-history = الأسعار عبر الزمن
xrate-state-past = سابق
xrate-state-in_force = ساري
xrate-state-scheduled = مقرَّر
calc-title = تقدير الرسوم والضرائب
calc-estimate = هذا تقدير وليس ربطًا: تربط الجمارك الرسوم والضرائب على البيان الجمركي. ولا يشمل رسوم مكافحة الإغراق والرسوم الوقائية والرسوم الخدمية، ولا أي تخفيض قد تستحقه البضائع.
calc-value = القيمة الجمركية
calc-currency = العملة
calc-quantity = الكمية ({ $unit })
calc-regime = فئة الرسم
calc-submit = احسب
calc-col-step = الخطوة
calc-col-formula = طريقة الحساب
calc-col-amount = المبلغ
calc-step-value = القيمة الجمركية بـ { $currency }
calc-step-duty = الرسم الجمركي ({ $regime })
calc-step-total = الرسوم والضرائب
calc-example = مثال: قيمة جمركية قدرها { $value } { $currency } و{ $quantity } { $unit }، بفئة { $regime }
calc-yours = بضائعك: قيمة جمركية قدرها { $value } { $currency } و{ $quantity } { $unit }، بفئة { $regime }
calc-total = الرسوم والضرائب المقدرة: { $amount }
calc-at-least = بحد أدنى
calc-at-most = بحد أقصى
calc-invalid = أدخل القيمة الجمركية والكمية بالأرقام.
calc-no-rate = لا يوجد سعر صرف لـ { $currency } في هذا التاريخ.
tariff-tax-waived = لا تُفرض بفئة { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: أدخل القيمة الجمركية بـ { $currency }.
calc-rates-link = أسعار الصرف المستخدمة في التقييم الجمركي

change-exchange-rate = { $when ->
    [dated] { $title }: يتغير السعر من { $old } إلى { $new } في { $date }
   *[other] { $title }: تغير السعر من { $old } إلى { $new }
}
change-exchange-rate-revised = { $title }: السعر اعتبارًا من { $date } أصبح { $new } بدلًا من { $old }
change-exchange-rate-moved = { $title }: يسري السعر { $new } الآن اعتبارًا من { $date } بدلًا من { $was }
change-exchange-rate-withdrawn = { $title }: أُلغي تغيير السعر إلى { $new } في { $date }

kind-origin = قواعد المنشأ
kind-plural-origin = قواعد المنشأ
origin-rule = قاعدة المنشأ
origin-rules = القواعد الخاصة بالمنتجات
origin-proof = إثبات المنشأ
origin-agreement = الاتفاق
origin-column = الفئة التفضيلية
origin-or = أو
origin-and = و
origin-term-wo = منتَج بالكامل
origin-term-pe = منتَج كليًا من مواد ناشئة
origin-term-cc = تغيير الفصل
origin-term-cth = تغيير البند التعريفي
origin-term-ctsh = تغيير البند الفرعي
origin-term-rvc = محتوى قيمة إقليمية لا يقل عن { $percent }٪

kind-quota = حصة تعريفية
kind-plural-quota = الحصص التعريفية
quota-order = رقم الطلب
quota-balance = الرصيد في { $date }
quota-volume = الحجم
quota-in = فئة الحصة
quota-out = الفئة خارج الحصة
quota-period = مدة الحصة
quota-period-dates = من { $from } إلى { $to }
quota-allocation = طريقة التوزيع
quota-allocation-first-come-first-served = الأسبقية في الورود
quota-allocation-licence = رخص استيراد
quota-allocation-historical = حصص حسب الواردات السابقة
quota-allocation-auction = مزاد
quota-state-open = مفتوحة
quota-state-exhausted = مستنفدة
quota-state-closed = مغلقة
quota-history = الرصيد عبر الزمن
change-quota-balance = { $when ->
    [dated] { $title }: يتغير الرصيد من { $old } إلى { $new } في { $date }
   *[other] { $title }: تغير الرصيد من { $old } إلى { $new }
}
change-quota-balance-revised = { $title }: الرصيد اعتبارًا من { $date } أصبح { $new } بدلًا من { $old }
change-quota-balance-moved = { $title }: يسري الرصيد { $new } الآن اعتبارًا من { $date } بدلًا من { $was }
change-quota-balance-withdrawn = { $title }: سُحب الرصيد { $new } اعتبارًا من { $date }

kind-ruling = قرار مسبق
kind-plural-ruling = القرارات المسبقة الملزمة
ruling-number = رقم القرار
ruling-issued = تاريخ الإصدار
ruling-goods = البضائع
ruling-type-classification = التصنيف
ruling-type-origin = المنشأ
ruling-type-valuation = القيمة
ruling-valid = ساري
ruling-valid-until = ساري حتى { $date }
ruling-expired = انتهى في { $date }
