# UI strings of the default theme, Arabic (Modern Standard Arabic).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

## Page frame

skip-to-content = الانتقال إلى المحتوى الرئيسي
language-switcher = اللغة
main-navigation = القائمة الرئيسية
breadcrumb = أنت هنا
footer-navigation = عن هذا الموقع
footer-published-by = يصدر هذا الموقع عن { $site }.

## Dates

last-updated = آخر تحديث:
published = تاريخ النشر:

## Translations

notice-untranslated = لم تُترجم هذه الصفحة بعد، وهي معروضة بلغتها الأصلية ({ $original }).
notice-stale = قد لا تكون هذه الترجمة محدّثة: فقد جرى تحديث النسخة الأصلية ({ $original }) بتاريخ { $date }.
notice-read-original = اطّلع على النسخة الأصلية ({ $original }).

## Sections and pages

on-this-page = في هذه الصفحة
in-this-section = { $count ->
    [zero] لا توجد صفحات في هذا القسم
    [one] صفحة واحدة في هذا القسم
    [two] صفحتان في هذا القسم
    [few] { $count } صفحات في هذا القسم
    [many] { $count } صفحة في هذا القسم
   *[other] { $count } صفحة في هذا القسم
}
home-explore = تصفّح الموقع

## Errors and redirects

not-found-title = الصفحة غير موجودة
not-found-text = الصفحة التي طلبتها غير موجودة أو نُقلت إلى عنوان آخر. يُرجى التحقق من العنوان، أو البدء من جديد من الصفحة الرئيسية.
not-found-home = الانتقال إلى الصفحة الرئيسية
redirect-title = نُقلت هذه الصفحة
redirect-link = الانتقال إلى العنوان الجديد لهذه الصفحة

## Language chooser

chooser-intro = اختر لغتك.

## التعريفة

tariff-sections = الأقسام
tariff-section = القسم { $number }
tariff-other-chapters = فصول أخرى
tariff-chapter = الفصل { $number }
tariff-chapter-notes-of = ملاحظات الفصل { $number }
tariff-see-chapter = عرض الفصل { $number } كاملاً
tariff-lines = البنود التعريفية
tariff-lines-under = البنود المندرجة تحت { $code }
tariff-table-hint = اختر رمزاً لعرض نسب الرسوم والقواعد التي تنطبق عليه.
tariff-no-rate = لا شيء
tariff-rates-current = نسب الرسوم الجمركية السارية
tariff-rates-since = نسب الرسوم الجمركية السارية منذ { $date }
tariff-rates-from = نسب الرسوم الجمركية اعتبارًا من { $date }
tariff-rates-until = نسب الرسوم الجمركية حتى { $date } ضمنًا
tariff-rate-from = { $rate } اعتبارًا من { $date }
tariff-line-not-yet = هذا البند غير نافذ بعد: يُطبَّق اعتبارًا من { $date }.
tariff-line-ended = هذا البند لم يعد نافذًا: كان آخر يوم لسريانه { $date }.
tariff-line-ending = هذا البند نافذ حتى { $date } ضمنًا، وهو آخر يوم لسريانه.
tariff-replaced-by = اعتبارًا من { $date }، يحلّ محلّ هذا البند ما يلي:
tariff-replaces = اعتبارًا من { $date }، يحلّ هذا البند محلّ ما يلي:
tariff-timeline = تطور النسب عبر الزمن
tariff-timeline-column = العمود
tariff-timeline-rate = النسبة
tariff-timeline-from = من
tariff-timeline-to = إلى
tariff-timeline-state = الحالة
tariff-state-past = سابقة
tariff-state-in_force = سارية
tariff-state-scheduled = مقررة
tariff-level-heading = بند
tariff-level-subheading = بند فرعي
tariff-level-national_line = بند تعريفي وطني
tariff-col-code = الرمز
tariff-col-description = الوصف
tariff-col-unit = الوحدة
tariff-col-mfn = الدولة الأولى بالرعاية
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = ملاحظة

## نسب الرسوم

rate-free = معفى
rate-ad-valorem = { $percent }٪
rate-specific = { $amount } { $per }
rate-compound = { $percent }٪ + { $amount } { $per }
rate-minimum = { $percent }٪، بحد أدنى { $amount } { $per }
rate-maximum = { $percent }٪، بحد أقصى { $amount } { $per }

## المحتوى الجمركي: الأنواع والحقول والقيم

kind-procedure = إجراء
kind-fee = رسم أو تكلفة
kind-measure = تدبير
kind-tool = صك أو أداة من صكوك منظمة الجمارك العالمية
kind-legal = نص قانوني
kind-form = استمارة
kind-agency = جهة حكومية
kind-notice = إشعار
kind-plural-procedure = الإجراءات
kind-plural-fee = الرسوم والتكاليف
kind-plural-measure = التدابير: المحظورات والقيود والتراخيص
kind-plural-tool = صكوك منظمة الجمارك العالمية وأدواتها
kind-plural-legal = النصوص القانونية
kind-plural-form = الاستمارات
kind-plural-agency = الجهات الحكومية
kind-plural-notice = الإشعارات
backlinks-title = ورد ذكره في
tariff-what-applies = ما ينطبق على هذه البضائع
footer-enquiry-point = هل لديك أسئلة؟ توجّه بها إلى نقطة الاستعلام الوطنية

field-legal-basis = الأساس القانوني
field-hs = البضائع المعنية (رموز التعريفة)
field-direction = الاتجاه
field-agencies = الجهات المعنية
field-agency = الجهة
field-tools = المعايير الدولية المطبّقة
field-duration = المدة المعتادة
field-amount = المبلغ
field-per = أساس الاستيفاء
field-reason = سبب فرض الرسم
field-authority = الجهة المستوفية
field-payment = طريقة الدفع
field-published = تاريخ النشر
field-effective = ساري المفعول اعتباراً من
field-effective-proposed = تاريخ النفاذ المقترح
field-until = آخر يوم للتحصيل
field-acronym = الاختصار
field-category = المجال
field-status = الحالة
field-issuer = الجهة المُصدِرة
field-adopted = تاريخ الاعتماد
field-url = الصفحة الرسمية
field-related = الصكوك ذات الصلة
field-type = النوع
field-number = الرقم
field-signed = تاريخ التوقيع
field-official-text = النص الرسمي
field-download = تنزيل
field-email = البريد الإلكتروني
field-phone = الهاتف
field-address = العنوان
field-hours = ساعات العمل
field-comment-until = آخر موعد لإبداء الملاحظات
field-affects = يخصّ

direction-import = الاستيراد
direction-export = التصدير
direction-transit = العبور
direction-both = الاستيراد والتصدير
direction-other = إجراءات أخرى
filter-by-direction = عرض الإجراءات حسب الاتجاه

## الإجراءات

procedure-summary = لمحة موجزة
procedure-steps-count = عدد الخطوات
procedure-total-time = المدة الإجمالية المعتادة
procedure-total-fees = الرسوم
procedure-fees-more = { $count ->
    [one] إضافةً إلى رسم واحد يتوقف مبلغه على الحالة
    [two] إضافةً إلى رسمين يتوقف مبلغهما على الحالة
    [few] إضافةً إلى { $count } رسوم يتوقف مبلغها على الحالة
    [many] إضافةً إلى { $count } رسمًا يتوقف مبلغها على الحالة
   *[other] إضافةً إلى { $count } رسم يتوقف مبلغها على الحالة
}
procedure-fees-varying = { $count ->
    [one] رسم واحد يتوقف مبلغه على الحالة
    [two] رسمان يتوقف مبلغهما على الحالة
    [few] { $count } رسوم يتوقف مبلغها على الحالة
    [many] { $count } رسمًا يتوقف مبلغها على الحالة
   *[other] { $count } رسم يتوقف مبلغها على الحالة
}
procedure-documents = المستندات الواجب إعدادها
procedure-steps = خطوة بخطوة
procedure-steps-n = { $count ->
    [one] خطوة واحدة
    [two] خطوتان
    [few] { $count } خطوات
    [many] { $count } خطوة
   *[other] { $count } خطوة
}
duration-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
duration-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
duration-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
duration-range = { $min } – { $max }
duration-join = { $first } و{ $rest }

## الرسوم والتكاليف

money = { $money }
fee-schedule = جدول الرسوم والتكاليف
fee-tiers = المبالغ
fee-see-tiers = عرض المبالغ
fee-per-declaration = عن كل بيان جمركي
fee-per-consignment = عن كل إرسالية
fee-per-container = عن كل حاوية
fee-per-certificate = عن كل شهادة
fee-per-hour = عن كل ساعة
fee-per-application = عن كل طلب
fee-per-day = عن كل يوم
fee-per-page = عن كل صفحة
fee-per-item = عن كل صنف
fee-in-force-current = السارية
fee-in-force-since = السارية منذ { $date }
# $amount مبلغ منسّق مع عملته، و$date تاريخ منسّق.
fee-amount-from = { $amount } اعتبارًا من { $date }
fee-changes-on = تتغير المبالغ في { $date }
fee-not-yet = لم يدخل حيز التنفيذ بعد: يُحصَّل هذا الرسم اعتبارًا من { $date }.
fee-ended = لم يعد ساريًا: حُصِّل هذا الرسم آخر مرة في { $date }.
fee-state-not-yet = لم يدخل حيز التنفيذ بعد
fee-state-ended = لم يعد ساريًا
fee-timeline = المبالغ عبر الزمن
fee-timeline-tier = الفئة
fee-timeline-from = من
fee-timeline-to = آخر يوم
fee-timeline-state = الوضع
fee-value-past = سابق
fee-value-in_force = ساري
fee-value-scheduled = مقرَّر

## صكوك منظمة الجمارك العالمية وأدواتها

tools-by-category = المجالات
tool-category-conventions = الاتفاقيات والاتفاقات
tool-category-facilitation = تيسير التجارة
tool-category-security = أمن سلسلة الإمداد
tool-category-nomenclature = التصنيف
tool-category-valuation = التقييم الجمركي
tool-category-origin = المنشأ
tool-category-enforcement = الإنفاذ والامتثال
tool-category-capacity-building = بناء القدرات
tool-category-data = البيانات والتكنولوجيا
tool-category-revenue = الإيرادات
tool-status-contracting-party = طرف متعاقد
tool-status-applied = مطبَّق
tool-status-in-progress = قيد التطبيق
tool-status-not-applied = غير مطبَّق
tool-status-reference = مرجع

## التدابير والنصوص القانونية والإشعارات

measure-type-prohibition = حظر
measure-type-restriction = تقييد
measure-type-licence = ترخيص أو تصريح
measure-type-sps = تدابير الصحة والصحة النباتية
measure-type-tbt = متطلب فني
measure-type-quota = حصة
measure-type-other = تدبير آخر
legal-type-law = قانون
legal-type-decree = مرسوم
legal-type-circular = تعميم
legal-type-ruling = قرار
legal-type-agreement = اتفاقية دولية
notice-status-draft-for-comment = مطروح لإبداء الملاحظات
notice-status-adopted = معتمد
notice-status-in-force = ساري المفعول
notice-status-repealed = ملغى
notice-consultation-open = هذا المشروع مطروح لإبداء الملاحظات حتى { $date }. أرسل ملاحظاتك إلى

## الشفافية (اتفاقية تيسير التجارة لمنظمة التجارة العالمية، المادة 1)

tfa-missing = { $count ->
    [zero] لا توجد بنود غير منشورة على هذا الموقع.
    [one] بند واحد لم يُنشر بعد على هذا الموقع.
    [two] بندان لم يُنشرا بعد على هذا الموقع.
    [few] { $count } بنود لم تُنشر بعد على هذا الموقع.
    [many] { $count } بندًا لم تُنشر بعد على هذا الموقع.
   *[other] { $count } بند لم تُنشر بعد على هذا الموقع.
}
tfa-not-covered = لم يُنشر بعد
tfa-1-1-a = إجراءات الاستيراد والتصدير والعبور، والاستمارات والمستندات المطلوبة
tfa-1-1-b = المعدلات المطبقة للرسوم والضرائب
tfa-1-1-c = الرسوم والتكاليف
tfa-1-1-d = قواعد تصنيف المنتجات أو تقييمها للأغراض الجمركية
tfa-1-1-e = القوانين واللوائح والأحكام الإدارية المتعلقة بقواعد المنشأ
tfa-1-1-f = القيود أو المحظورات على الاستيراد أو التصدير أو العبور
tfa-1-1-g = أحكام العقوبات
tfa-1-1-h = إجراءات الاستئناف أو المراجعة
tfa-1-1-i = الاتفاقات المبرمة مع بلدان أخرى فيما يتعلق بالاستيراد أو التصدير أو العبور
tfa-1-1-j = الإجراءات المتعلقة بإدارة الحصص التعريفية
tfa-1-2 = المعلومات المتاحة عبر الإنترنت
tfa-1-3 = نقاط الاستعلام

filter-all = الكل
tools-filter-status = عرض الصكوك حسب وضع الإدارة

## البحث

search-title = البحث
search-label = البحث في الموقع
search-placeholder = بضاعة، رمز، إجراء، رسم…
search-button = بحث
search-kind = عرض
search-kind-all = الكل
search-kind-tariff = رموز التعريفة
search-kind-page = صفحات أخرى
search-hint = اكتب الكلمات بأي صيغة، أو رمز التعريفة بنقاط أو بدونها ({ $code }).
search-needs-script = يتطلب البحث تفعيل جافاسكريبت. تصفّح التعريفة حسب الأقسام والفصول بدلاً من ذلك.
search-count = النتائج:
search-chapter = فصل التعريفة
search-none = لا توجد نتائج لـ «{ $query }».
search-note-code = لا يوجد رمز { $asked }. تُعرض نتائج { $found }.
search-note-typo = لا توجد نتائج لـ «{ $asked }». تُعرض نتائج «{ $found }».
search-result-tariff = رمز تعريفة
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = رسوم الرسوم جمركية الجمركية تعرفة
search-previous = السابق
search-next = التالي

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
