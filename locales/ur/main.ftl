# UI strings of the default theme, Urdu (right-to-left).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = مرکزی مواد پر جائیں
language-switcher = زبان
main-navigation = مرکزی مینو
breadcrumb = آپ یہاں ہیں
footer-navigation = اس ویب سائٹ کے بارے میں
footer-published-by = ناشر: { $site }۔

## Dates

last-updated = آخری تازہ کاری:
published = تاریخ اشاعت:

## Translations

notice-untranslated = اس صفحے کا ابھی ترجمہ نہیں ہوا۔ یہ اصل زبان ({ $original }) میں دکھایا جا رہا ہے۔
notice-stale = ممکن ہے یہ ترجمہ تازہ ترین نہ ہو: اصل نسخے ({ $original }) کی تازہ کاری { $date } کو ہوئی۔
notice-read-original = اصل نسخہ ({ $original }) پڑھیں۔

## Sections and pages

on-this-page = اس صفحے پر
in-this-section = { $count ->
    [one] اس حصے میں ایک صفحہ
   *[other] اس حصے میں { $count } صفحات
}
home-explore = ویب سائٹ دیکھیں

## Errors and redirects

not-found-title = صفحہ نہیں ملا
not-found-text = مطلوبہ صفحہ موجود نہیں یا کسی دوسرے پتے پر منتقل ہو چکا ہے۔ پتا جانچ لیں، یا ہوم پیج سے دوبارہ شروع کریں۔
not-found-home = ہوم پیج پر جائیں
redirect-title = یہ صفحہ منتقل ہو چکا ہے
redirect-link = اس صفحے کے نئے پتے پر جائیں

## Language chooser

chooser-intro = اپنی زبان منتخب کریں۔

## Tariff

tariff-sections = حصے
tariff-section = حصہ { $number }
tariff-other-chapters = دیگر ابواب
tariff-chapter = باب { $number }
tariff-chapter-notes-of = باب { $number } کے نوٹس
tariff-see-chapter = مکمل باب { $number } دیکھیں
tariff-lines = ٹیرف لائنیں
tariff-lines-under = { $code } کے تحت لائنیں
tariff-table-hint = کسی کوڈ کی شرحیں اور اس پر لاگو قواعد دیکھنے کے لیے اسے منتخب کریں۔
tariff-no-rate = کوئی نہیں
tariff-rates-current = نافذ کسٹمز ڈیوٹی کی شرحیں
tariff-rates-since = { $date } سے نافذ کسٹمز ڈیوٹی کی شرحیں
tariff-rates-from = { $date } سے لاگو کسٹمز ڈیوٹی کی شرحیں
tariff-rates-until = { $date } تک لاگو کسٹمز ڈیوٹی کی شرحیں
tariff-rate-from = { $date } سے { $rate }
tariff-line-not-yet = یہ ٹیرف لائن ابھی نافذ نہیں ہوئی: اس کا اطلاق { $date } سے ہوگا۔
tariff-line-ended = یہ ٹیرف لائن اب نافذ نہیں: اس کا آخری دن { $date } تھا۔
tariff-line-ending = یہ ٹیرف لائن { $date } تک نافذ ہے: یہی اس کا آخری دن ہے۔
tariff-replaced-by = { $date } سے اس ٹیرف لائن کی جگہ درج ذیل لائنیں لیتی ہیں:
tariff-replaces = { $date } سے یہ ٹیرف لائن درج ذیل لائنوں کی جگہ لیتی ہے:
tariff-timeline = وقت کے ساتھ شرحیں
tariff-timeline-column = کالم
tariff-timeline-rate = شرح
tariff-timeline-from = تاریخ آغاز
tariff-timeline-to = تاریخ اختتام
tariff-timeline-state = حیثیت
tariff-state-past = سابقہ
tariff-state-in_force = نافذ
tariff-state-scheduled = طے شدہ
tariff-level-heading = ہیڈنگ
tariff-level-subheading = ذیلی ہیڈنگ
tariff-level-national_line = قومی ٹیرف لائن
tariff-col-code = کوڈ
tariff-col-description = تفصیل
tariff-col-unit = اکائی
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = نوٹ

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = مستثنیٰ
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $per }
rate-compound = { $percent }% + { $amount } { $per }
rate-minimum = { $percent }%، کم از کم { $amount } { $per }
rate-maximum = { $percent }%، زیادہ سے زیادہ { $amount } { $per }

## Customs content: kinds, fields and values

kind-procedure = طریقۂ کار
kind-fee = فیس یا محصول
kind-measure = اقدام
kind-tool = عالمی کسٹمز تنظیم کی دستاویز یا ذریعہ
kind-legal = قانونی متن
kind-form = فارم
kind-agency = ادارہ
kind-notice = اعلان
kind-plural-procedure = طریقہ ہائے کار
kind-plural-fee = فیسیں اور محصولات
kind-plural-measure = اقدامات: ممانعتیں، پابندیاں اور لائسنس
kind-plural-tool = عالمی کسٹمز تنظیم کی دستاویزات اور ذرائع
kind-plural-legal = قانونی متون
kind-plural-form = فارم
kind-plural-agency = ادارے
kind-plural-notice = اعلانات
backlinks-title = حوالہ دینے والے صفحات
tariff-what-applies = ان اشیا پر کیا لاگو ہوتا ہے
footer-enquiry-point = کوئی سوال؟ قومی معلوماتی مرکز سے رجوع کریں

field-legal-basis = قانونی بنیاد
field-hs = متعلقہ اشیا (ٹیرف کوڈ)
field-direction = نوعیت
field-agencies = شامل ادارے
field-agency = ادارہ
field-tools = نافذ بین الاقوامی معیارات
field-duration = معمول کا دورانیہ
field-amount = رقم
field-per = وصولی کی بنیاد
field-reason = اس فیس کی وصولی کی وجہ
field-authority = وصول کنندہ ادارہ
field-payment = ادائیگی کا طریقہ
field-published = تاریخ اشاعت
field-effective = نافذ از
field-effective-proposed = نفاذ کی مجوزہ تاریخ
field-until = وصولی کا آخری دن
field-acronym = مخفف
field-category = شعبہ
field-status = حیثیت
field-issuer = جاری کنندہ
field-adopted = تاریخ منظوری
field-url = سرکاری صفحہ
field-related = متعلقہ دستاویزات
field-type = قسم
field-number = نمبر
field-signed = تاریخ دستخط
field-official-text = سرکاری متن
field-download = ڈاؤن لوڈ
field-email = ای میل
field-phone = ٹیلی فون
field-address = پتا
field-hours = اوقات کار
field-comment-until = آرا بھیجنے کی آخری تاریخ
field-affects = متعلقہ

direction-import = درآمد
direction-export = برآمد
direction-transit = ٹرانزٹ
direction-both = درآمد و برآمد
direction-other = دیگر طریقہ ہائے کار
filter-by-direction = طریقہ ہائے کار دکھائیں برائے

## Procedures

procedure-summary = ایک نظر میں
procedure-steps-count = مراحل کی تعداد
procedure-total-time = معمول کا کل دورانیہ
procedure-total-fees = فیسیں
procedure-fees-more = { $count ->
    [one] نیز ایک فیس جو صورت حال پر منحصر ہے
   *[other] نیز { $count } فیسیں جو صورت حال پر منحصر ہیں
}
procedure-fees-varying = { $count ->
    [one] ایک فیس جو صورت حال پر منحصر ہے
   *[other] { $count } فیسیں جو صورت حال پر منحصر ہیں
}
procedure-documents = تیار کی جانے والی دستاویزات
procedure-steps = مرحلہ وار
procedure-steps-n = { $count ->
    [one] ایک مرحلہ
   *[other] { $count } مراحل
}
duration-days = { $count ->
    [one] { $count } دن
   *[other] { $count } دن
}
duration-hours = { $count ->
    [one] { $count } گھنٹہ
   *[other] { $count } گھنٹے
}
duration-minutes = { $count ->
    [one] { $count } منٹ
   *[other] { $count } منٹ
}
duration-range = { $min } سے { $max } تک
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = فیسوں اور محصولات کا گوشوارہ
fee-tiers = رقوم
fee-see-tiers = رقوم دیکھیں
fee-per-declaration = فی گوشوارہ
fee-per-consignment = فی کھیپ
fee-per-container = فی کنٹینر
fee-per-certificate = فی سرٹیفکیٹ
fee-per-hour = فی گھنٹہ
fee-per-application = فی درخواست
fee-per-day = فی دن
fee-per-page = فی صفحہ
fee-per-item = فی شے
fee-in-force-current = نافذ
fee-in-force-since = { $date } سے نافذ
fee-amount-from = { $date } سے { $amount }
fee-changes-on = رقوم { $date } سے تبدیل ہوں گی
fee-not-yet = ابھی نافذ نہیں: یہ فیس { $date } سے وصول کی جائے گی۔
fee-ended = اب نافذ نہیں: یہ فیس آخری بار { $date } کو وصول کی گئی۔
fee-state-not-yet = ابھی نافذ نہیں
fee-state-ended = اب نافذ نہیں
fee-timeline = وقت کے ساتھ رقوم
fee-timeline-tier = صورت
fee-timeline-from = تاریخ آغاز
fee-timeline-to = آخری دن
fee-timeline-state = حیثیت
fee-value-past = سابقہ
fee-value-in_force = نافذ
fee-value-scheduled = طے شدہ

## WCO tools

tools-by-category = شعبے
tool-category-conventions = کنونشن اور معاہدے
tool-category-facilitation = تجارتی سہولت کاری
tool-category-security = سپلائی چین کا تحفظ
tool-category-nomenclature = درجہ بندی
tool-category-valuation = کسٹمز ویلیو
tool-category-origin = ماخذ
tool-category-enforcement = نفاذ اور تعمیل
tool-category-capacity-building = استعداد کار میں اضافہ
tool-category-data = ڈیٹا اور ٹیکنالوجی
tool-category-revenue = محصولات کی وصولی
tool-status-contracting-party = معاہدہ کنندہ فریق
tool-status-applied = نافذ
tool-status-in-progress = نفاذ کے مراحل میں
tool-status-not-applied = نافذ نہیں
tool-status-reference = حوالہ جاتی دستاویز

## Measures, legal texts, notices

measure-type-prohibition = ممانعت
measure-type-restriction = پابندی
measure-type-licence = لائسنس یا اجازت نامہ
measure-type-sps = صحت اور نباتاتی صحت کے اقدامات
measure-type-tbt = تکنیکی تقاضا
measure-type-quota = کوٹا
measure-type-other = دیگر اقدام
legal-type-law = قانون
legal-type-decree = حکم نامہ
legal-type-circular = سرکلر
legal-type-ruling = فیصلہ
legal-type-agreement = بین الاقوامی معاہدہ
notice-status-draft-for-comment = آرا کے لیے کھلا
notice-status-adopted = منظور شدہ
notice-status-in-force = نافذ العمل
notice-status-repealed = منسوخ
notice-consultation-open = یہ مسودہ { $date } تک آرا کے لیے کھلا ہے۔ اپنی آرا اس پتے پر بھیجیں:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] ایک شق ابھی اس ویب سائٹ پر شائع نہیں ہوئی۔
   *[other] { $count } شقیں ابھی اس ویب سائٹ پر شائع نہیں ہوئیں۔
}
tfa-not-covered = ابھی شائع نہیں ہوا
tfa-1-1-a = درآمد، برآمد اور ٹرانزٹ کے طریقہ ہائے کار، اور مطلوبہ فارم اور دستاویزات
tfa-1-1-b = ڈیوٹیوں اور ٹیکسوں کی نافذ شرحیں
tfa-1-1-c = فیسیں اور محصولات
tfa-1-1-d = اشیا کی درجہ بندی یا کسٹمز ویلیو کے تعین کے قواعد
tfa-1-1-e = قواعد ماخذ سے متعلق قوانین، ضوابط اور فیصلے
tfa-1-1-f = درآمد، برآمد یا ٹرانزٹ پر پابندیاں یا ممانعتیں
tfa-1-1-g = سزاؤں سے متعلق دفعات
tfa-1-1-h = اپیل یا نظرثانی کے طریقہ ہائے کار
tfa-1-1-i = درآمد، برآمد یا ٹرانزٹ سے متعلق دیگر ممالک کے ساتھ معاہدے
tfa-1-1-j = ٹیرف کوٹا کے انتظام کے طریقہ ہائے کار
tfa-1-2 = انٹرنیٹ کے ذریعے دستیاب معلومات
tfa-1-3 = معلوماتی مراکز

filter-all = سب
tools-filter-status = اس ادارے میں حیثیت کے لحاظ سے دستاویزات دکھائیں

## Search

search-title = تلاش
search-label = ویب سائٹ میں تلاش کریں
search-placeholder = اشیا، کوڈ، طریقۂ کار، فیس…
search-button = تلاش کریں
search-kind = دکھائیں
search-kind-all = سب کچھ
search-kind-tariff = ٹیرف کوڈ
search-kind-page = دیگر صفحات
search-hint = الفاظ کسی بھی شکل میں لکھیں، یا ٹیرف کوڈ نقطوں کے ساتھ یا ان کے بغیر ({ $code })۔
search-needs-script = تلاش کے لیے جاوا اسکرپٹ درکار ہے۔ اس کے بجائے ٹیرف کو حصوں اور ابواب کے لحاظ سے دیکھیں۔
search-count = نتائج:
search-chapter = ٹیرف کا باب
search-none = “{ $query }” کے لیے کوئی نتیجہ نہیں۔
search-note-code = کوڈ { $asked } موجود نہیں۔ { $found } دکھایا جا رہا ہے۔
search-note-typo = “{ $asked }” کے لیے کوئی نتیجہ نہیں۔ “{ $found }” کے نتائج دکھائے جا رہے ہیں۔
search-result-tariff = ٹیرف کوڈ
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = ڈیوٹی کسٹمز کسٹم محصول ٹیرف شرح
search-previous = پچھلا
search-next = اگلا

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
