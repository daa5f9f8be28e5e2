# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = شرحِ مبادلہ
kind-plural-exchange-rate = کسٹمز ویلیوایشن کے لیے شرحِ مبادلہ
tariff-col-excise = ایکسائز ڈیوٹی
tariff-col-vat = سیلز ٹیکس
xrate-currency = کرنسی
xrate-rate = ایک اکائی کے بدلے { $currency }
xrate-in-force-current = نافذ شرحیں
xrate-in-force-since = { $date } سے نافذ شرحیں
xrate-next = اگلی شرح
xrate-history = وقت کے ساتھ شرحیں
xrate-state-past = سابقہ
xrate-state-in_force = نافذ
xrate-state-scheduled = طے شدہ
calc-title = ڈیوٹی اور ٹیکسوں کا تخمینہ لگائیں
calc-estimate = یہ ایک تخمینہ ہے، تشخیص نہیں: کسٹمز گوشوارے پر ڈیوٹی اور ٹیکسوں کی تشخیص کرتا ہے۔ اس میں اینٹی ڈمپنگ اور حفاظتی ڈیوٹیاں، فیسیں اور وہ رعایت شامل نہیں جس کا سامان حق دار ہو سکتا ہے۔
calc-value = کسٹمز قدر
calc-currency = کرنسی
calc-quantity = مقدار ({ $unit })
calc-regime = ڈیوٹی کی شرح
calc-submit = حساب لگائیں
calc-col-step = مرحلہ
calc-col-formula = حساب
calc-col-amount = رقم
calc-step-value = { $currency } میں کسٹمز قدر
calc-step-duty = ڈیوٹی ({ $regime })
calc-step-total = ڈیوٹی اور ٹیکس
calc-example = مثال: { $value } { $currency } کسٹمز قدر اور { $quantity } { $unit }، { $regime } شرح پر
calc-yours = آپ کا سامان: { $value } { $currency } کسٹمز قدر اور { $quantity } { $unit }، { $regime } شرح پر
calc-total = تخمینی ڈیوٹی اور ٹیکس: { $amount }
calc-at-least = کم از کم
calc-at-most = زیادہ سے زیادہ
calc-invalid = کسٹمز قدر اور مقدار ہندسوں میں درج کریں۔
calc-no-rate = اس تاریخ کو { $currency } کی کوئی شرحِ مبادلہ نہیں۔
tariff-tax-waived = { $regimes } شرح پر وصول نہیں کیا جاتا
calc-multiple = { $one } { $word } = { $times } { $currency }: کسٹمز قدر { $currency } میں درج کریں۔
calc-rates-link = کسٹمز ویلیوایشن میں استعمال ہونے والی شرحِ مبادلہ

change-exchange-rate = { $when ->
    [dated] { $title }: شرح { $date } کو { $old } سے { $new } ہو جائے گی
   *[other] { $title }: شرح { $old } سے { $new } ہو گئی
}
change-exchange-rate-revised = { $title }: { $date } سے شرح اب { $new } ہے، { $old } نہیں
change-exchange-rate-moved = { $title }: { $new } کی شرح اب { $date } سے لاگو ہے، { $was } سے نہیں
change-exchange-rate-withdrawn = { $title }: { $date } کو شرح { $new } کرنے کی تبدیلی واپس لے لی گئی

kind-origin = قواعدِ مبدا
kind-plural-origin = قواعدِ مبدا
origin-rule = قاعدۂ مبدا
origin-rules = مصنوعات کے مخصوص قواعد
origin-proof = مبدا کا ثبوت
origin-agreement = معاہدہ
origin-column = ترجیحی شرح
origin-or = یا
origin-and = اور
origin-term-wo = مکمل طور پر حاصل شدہ
origin-term-pe = مکمل طور پر مقامی مواد سے تیار شدہ
origin-term-cc = باب کی تبدیلی
origin-term-cth = ٹیرف ہیڈنگ کی تبدیلی
origin-term-ctsh = ٹیرف سب ہیڈنگ کی تبدیلی
origin-term-rvc = کم از کم { $percent }% علاقائی قدر کا حصہ

kind-quota = ٹیرف کوٹا
kind-plural-quota = ٹیرف کوٹے
quota-order = آرڈر نمبر
quota-balance = { $date } کو باقی
quota-volume = حجم
quota-in = کوٹے کے اندر شرح
quota-out = کوٹے سے باہر شرح
quota-period = کوٹے کی مدت
quota-period-dates = { $from } سے { $to } تک
quota-allocation = تقسیم
quota-allocation-first-come-first-served = پہلے آئیے پہلے پائیے
quota-allocation-licence = درآمدی لائسنس
quota-allocation-historical = سابقہ درآمدات کے مطابق حصے
quota-allocation-auction = نیلامی
quota-state-open = کھلا
quota-state-exhausted = ختم
quota-state-closed = بند
quota-history = وقت کے ساتھ باقی مقدار
change-quota-balance = { $when ->
    [dated] { $title }: باقی مقدار { $date } کو { $old } سے { $new } ہو جائے گی
   *[other] { $title }: باقی مقدار { $old } سے { $new } ہو گئی
}
change-quota-balance-revised = { $title }: { $date } سے باقی مقدار اب { $new } ہے، { $old } نہیں
change-quota-balance-moved = { $title }: { $new } کی باقی مقدار اب { $date } سے لاگو ہے، { $was } سے نہیں
change-quota-balance-withdrawn = { $title }: { $date } سے { $new } کی باقی مقدار واپس لے لی گئی

kind-ruling = پیشگی فیصلہ
kind-plural-ruling = پابند پیشگی فیصلے
ruling-number = فیصلہ نمبر
ruling-issued = جاری کردہ
ruling-goods = سامان
ruling-type-classification = درجہ بندی
ruling-type-origin = مبدا
ruling-type-valuation = قدر
ruling-valid = نافذ
ruling-valid-until = { $date } تک نافذ
ruling-expired = { $date } کو ختم ہو گیا
