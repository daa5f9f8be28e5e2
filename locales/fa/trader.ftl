# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = نرخ ارز
kind-plural-exchange-rate = نرخ ارز برای ارزش‌گذاری گمرکی
tariff-col-excise = مالیات غیرمستقیم
tariff-col-vat = مالیات بر ارزش افزوده
xrate-currency = ارز
xrate-rate = { $currency } برای یک واحد
xrate-in-force-current = نرخ‌های جاری
xrate-in-force-since = نرخ‌های جاری از { $date }
xrate-next = نرخ بعدی
xrate-history = نرخ‌ها در طول زمان
xrate-state-past = پیشین
xrate-state-in_force = لازم‌الاجرا
xrate-state-scheduled = برنامه‌ریزی‌شده
calc-title = برآورد حقوق گمرکی و مالیات‌ها
calc-estimate = این یک برآورد است، نه تشخیص: گمرک حقوق و مالیات‌ها را بر اساس اظهارنامه تعیین می‌کند. عوارض ضددامپینگ و حفاظتی، هزینه‌ها و هرگونه تخفیفی که کالا ممکن است مشمول آن باشد در آن لحاظ نشده است.
calc-value = ارزش گمرکی
calc-currency = ارز
calc-quantity = مقدار ({ $unit })
calc-regime = نرخ حقوق
calc-submit = محاسبه
calc-col-step = مرحله
calc-col-formula = محاسبه
calc-col-amount = مبلغ
calc-step-value = ارزش گمرکی به { $currency }
calc-step-duty = حقوق گمرکی ({ $regime })
calc-step-total = حقوق و مالیات‌ها
calc-example = نمونه: ارزش گمرکی { $value } { $currency } و { $quantity } { $unit }، با نرخ { $regime }
calc-yours = کالای شما: ارزش گمرکی { $value } { $currency } و { $quantity } { $unit }، با نرخ { $regime }
calc-total = برآورد حقوق و مالیات‌ها: { $amount }
calc-at-least = دست‌کم
calc-at-most = حداکثر
calc-invalid = ارزش گمرکی و مقدار را به عدد وارد کنید.
calc-no-rate = برای { $currency } در این تاریخ نرخ ارزی وجود ندارد.
tariff-tax-waived = با نرخ { $regimes } اخذ نمی‌شود
calc-multiple = { $one } { $word } = { $times } { $currency }: ارزش گمرکی را به { $currency } وارد کنید.
calc-rates-link = نرخ‌های ارز مورد استفاده در ارزش‌گذاری گمرکی

change-exchange-rate = { $when ->
    [dated] { $title }: نرخ در { $date } از { $old } به { $new } تغییر می‌کند
   *[other] { $title }: نرخ از { $old } به { $new } تغییر کرد
}
change-exchange-rate-revised = { $title }: نرخ از { $date } اکنون { $new } است، نه { $old }
change-exchange-rate-moved = { $title }: نرخ { $new } اکنون از { $date } اعمال می‌شود، نه از { $was }
change-exchange-rate-withdrawn = { $title }: تغییر نرخ به { $new } در { $date } لغو شد

kind-origin = قواعد مبدأ
kind-plural-origin = قواعد مبدأ
origin-rule = قاعده مبدأ
origin-rules = قواعد ویژه کالا
origin-proof = گواهی مبدأ
origin-agreement = موافقت‌نامه
origin-column = نرخ ترجیحی
origin-or = یا
origin-and = و
origin-term-wo = به‌طور کامل به‌دست‌آمده
origin-term-pe = تولیدشده منحصراً از مواد دارای مبدأ
origin-term-cc = تغییر فصل
origin-term-cth = تغییر ردیف تعرفه
origin-term-ctsh = تغییر زیرردیف تعرفه
origin-term-rvc = محتوای ارزش منطقه‌ای دست‌کم { $percent }٪

kind-quota = سهمیه تعرفه‌ای
kind-plural-quota = سهمیه‌های تعرفه‌ای
quota-order = شماره سفارش
quota-balance = مانده در { $date }
quota-volume = حجم
quota-in = نرخ درون سهمیه
quota-out = نرخ خارج از سهمیه
quota-period = دوره سهمیه
quota-period-dates = از { $from } تا { $to }
quota-allocation = شیوه تخصیص
quota-allocation-first-come-first-served = به ترتیب ورود
quota-allocation-licence = پروانه‌های واردات
quota-allocation-historical = سهم بر اساس واردات گذشته
quota-allocation-auction = مزایده
quota-state-open = باز
quota-state-exhausted = تمام‌شده
quota-state-closed = بسته
quota-history = مانده در طول زمان
change-quota-balance = { $when ->
    [dated] { $title }: مانده در { $date } از { $old } به { $new } تغییر می‌کند
   *[other] { $title }: مانده از { $old } به { $new } تغییر کرد
}
change-quota-balance-revised = { $title }: مانده از { $date } اکنون { $new } است، نه { $old }
change-quota-balance-moved = { $title }: مانده { $new } اکنون از { $date } اعمال می‌شود، نه از { $was }
change-quota-balance-withdrawn = { $title }: مانده { $new } از { $date } پس گرفته شد

kind-ruling = رأی پیشین
kind-plural-ruling = آرای پیشین الزام‌آور
ruling-number = شماره رأی
ruling-issued = تاریخ صدور
ruling-goods = کالا
ruling-type-classification = طبقه‌بندی
ruling-type-origin = مبدأ
ruling-type-valuation = ارزش‌گذاری
ruling-valid = معتبر
ruling-valid-until = معتبر تا { $date }
ruling-expired = منقضی‌شده در { $date }
