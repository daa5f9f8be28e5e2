# UI strings of the default theme, Persian (right-to-left).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = رفتن به محتوای اصلی
language-switcher = زبان
main-navigation = منوی اصلی
breadcrumb = شما اینجا هستید
footer-navigation = درباره این پایگاه
footer-published-by = منتشرشده توسط { $site }.

## Dates

last-updated = آخرین به‌روزرسانی:
published = تاریخ انتشار:

## Translations

notice-untranslated = این صفحه هنوز ترجمه نشده است و به زبان اصلی ({ $original }) نمایش داده می‌شود.
notice-stale = ممکن است این ترجمه به‌روز نباشد: نسخه اصلی ({ $original }) در تاریخ { $date } به‌روزرسانی شده است.
notice-read-original = مطالعه نسخه اصلی ({ $original }).

## Sections and pages

on-this-page = در این صفحه
in-this-section = { $count ->
    [one] { $count } صفحه در این بخش
   *[other] { $count } صفحه در این بخش
}
home-explore = گشت‌وگذار در پایگاه

## Errors and redirects

not-found-title = صفحه یافت نشد
not-found-text = صفحه‌ای که درخواست کرده‌اید وجود ندارد یا به نشانی دیگری منتقل شده است. نشانی را بررسی کنید یا از صفحه اصلی دوباره شروع کنید.
not-found-home = رفتن به صفحه اصلی
redirect-title = این صفحه منتقل شده است
redirect-link = رفتن به نشانی جدید این صفحه

## Language chooser

chooser-intro = زبان خود را انتخاب کنید.

## Tariff

tariff-sections = بخش‌ها
tariff-section = بخش { $number }
tariff-other-chapters = فصل‌های دیگر
tariff-chapter = فصل { $number }
tariff-chapter-notes-of = یادداشت‌های فصل { $number }
tariff-see-chapter = مشاهده کامل فصل { $number }
tariff-lines = ردیف‌های تعرفه
tariff-lines-under = ردیف‌های ذیل { $code }
tariff-table-hint = برای دیدن نرخ‌ها و مقررات مربوط، یک کد را انتخاب کنید.
tariff-no-rate = ندارد
tariff-rates-current = نرخ‌های حقوق گمرکی لازم‌الاجرا
tariff-rates-since = نرخ‌های حقوق گمرکی لازم‌الاجرا از { $date }
tariff-rates-from = نرخ‌های حقوق گمرکی از { $date }
tariff-rates-until = نرخ‌های حقوق گمرکی تا پایان { $date }
tariff-rate-from = { $rate } از { $date }
tariff-line-not-yet = این ردیف تعرفه هنوز لازم‌الاجرا نشده است: از { $date } اعمال می‌شود.
tariff-line-ended = این ردیف تعرفه دیگر لازم‌الاجرا نیست: آخرین روز اعتبار آن { $date } بود.
tariff-line-ending = این ردیف تعرفه تا پایان { $date }، که آخرین روز اعتبار آن است، لازم‌الاجرا است.
tariff-replaced-by = از { $date }، ردیف‌های تعرفه زیر جایگزین این ردیف تعرفه می‌شوند:
tariff-replaces = از { $date }، این ردیف تعرفه جایگزین ردیف‌های تعرفه زیر می‌شود:
tariff-timeline = تغییرات نرخ‌ها در طول زمان
tariff-timeline-column = ستون
tariff-timeline-rate = نرخ
tariff-timeline-from = تاریخ شروع
tariff-timeline-to = تاریخ پایان
tariff-timeline-state = وضعیت
tariff-state-past = پیشین
tariff-state-in_force = لازم‌الاجرا
tariff-state-scheduled = برنامه‌ریزی‌شده
tariff-level-heading = سرفصل
tariff-level-subheading = زیرسرفصل
tariff-level-national_line = ردیف تعرفه ملی
tariff-col-code = کد
tariff-col-description = شرح کالا
tariff-col-unit = واحد
tariff-col-mfn = کامله‌الوداد
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = یادداشت

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = معاف
rate-ad-valorem = { $percent }٪
rate-specific = { $amount } { $per }
rate-compound = { $percent }٪ + { $amount } { $per }
rate-minimum = { $percent }٪، حداقل { $amount } { $per }
rate-maximum = { $percent }٪، حداکثر { $amount } { $per }

## Customs content: kinds, fields and values

kind-procedure = رویه
kind-fee = هزینه یا عوارض
kind-measure = اقدام
kind-tool = سند یا ابزار سازمان جهانی گمرک
kind-legal = متن قانونی
kind-form = فرم
kind-agency = دستگاه
kind-notice = اطلاعیه
kind-plural-procedure = رویه‌ها
kind-plural-fee = هزینه‌ها و عوارض
kind-plural-measure = اقدامات: ممنوعیت‌ها، محدودیت‌ها و مجوزها
kind-plural-tool = اسناد و ابزارهای سازمان جهانی گمرک
kind-plural-legal = متون قانونی
kind-plural-form = فرم‌ها
kind-plural-agency = دستگاه‌ها
kind-plural-notice = اطلاعیه‌ها
backlinks-title = صفحه‌های ارجاع‌دهنده
tariff-what-applies = مقررات حاکم بر این کالاها
footer-enquiry-point = پرسشی دارید؟ با مرکز ملی اطلاع‌رسانی تماس بگیرید

field-legal-basis = مبنای قانونی
field-hs = کالاهای مشمول (کدهای تعرفه)
field-direction = نوع عملیات
field-agencies = دستگاه‌های ذی‌ربط
field-agency = دستگاه
field-tools = استانداردهای بین‌المللی اعمال‌شده
field-duration = مدت معمول
field-amount = مبلغ
field-per = مبنای دریافت
field-reason = علت دریافت این هزینه
field-authority = دریافت‌کننده
field-payment = نحوه پرداخت
field-published = تاریخ انتشار
field-effective = لازم‌الاجرا از
field-effective-proposed = تاریخ پیشنهادی لازم‌الاجرا شدن
field-until = آخرین روز دریافت
field-acronym = سرنام
field-category = حوزه
field-status = وضعیت
field-issuer = مرجع صادرکننده
field-adopted = تاریخ تصویب
field-url = صفحه رسمی
field-related = اسناد مرتبط
field-type = نوع
field-number = شماره
field-signed = تاریخ امضا
field-official-text = متن رسمی
field-download = بارگیری
field-email = پست الکترونیکی
field-phone = تلفن
field-address = نشانی
field-hours = ساعات کاری
field-comment-until = مهلت ارسال نظرات
field-affects = مربوط به

direction-import = واردات
direction-export = صادرات
direction-transit = ترانزیت
direction-both = واردات و صادرات
direction-other = سایر رویه‌ها
filter-by-direction = نمایش رویه‌های

## Procedures

procedure-summary = در یک نگاه
procedure-steps-count = تعداد مراحل
procedure-total-time = مدت کل معمول
procedure-total-fees = هزینه‌ها
procedure-fees-more = { $count ->
    [one] به‌علاوه { $count } هزینه که بسته به مورد تعیین می‌شود
   *[other] به‌علاوه { $count } هزینه که بسته به مورد تعیین می‌شوند
}
procedure-fees-varying = { $count ->
    [one] { $count } هزینه که بسته به مورد تعیین می‌شود
   *[other] { $count } هزینه که بسته به مورد تعیین می‌شوند
}
procedure-documents = مدارک لازم
procedure-steps = گام به گام
procedure-steps-n = { $count ->
    [one] { $count } مرحله
   *[other] { $count } مرحله
}
duration-days = { $count ->
    [one] { $count } روز
   *[other] { $count } روز
}
duration-hours = { $count ->
    [one] { $count } ساعت
   *[other] { $count } ساعت
}
duration-minutes = { $count ->
    [one] { $count } دقیقه
   *[other] { $count } دقیقه
}
duration-range = از { $min } تا { $max }
duration-join = { $first } و { $rest }

## Fees

money = { $money }
fee-schedule = جدول هزینه‌ها و عوارض
fee-tiers = مبالغ
fee-see-tiers = مشاهده مبالغ
fee-per-declaration = به ازای هر اظهارنامه
fee-per-consignment = به ازای هر محموله
fee-per-container = به ازای هر کانتینر
fee-per-certificate = به ازای هر گواهی
fee-per-hour = به ازای هر ساعت
fee-per-application = به ازای هر درخواست
fee-per-day = به ازای هر روز
fee-per-page = به ازای هر صفحه
fee-per-item = به ازای هر قلم
fee-in-force-current = لازم‌الاجرا
fee-in-force-since = لازم‌الاجرا از { $date }
fee-amount-from = { $amount } از { $date }
fee-changes-on = مبالغ از { $date } تغییر می‌کند
fee-not-yet = هنوز لازم‌الاجرا نشده است: این هزینه از { $date } دریافت می‌شود.
fee-ended = دیگر لازم‌الاجرا نیست: این هزینه آخرین بار در { $date } دریافت شد.
fee-state-not-yet = هنوز لازم‌الاجرا نشده
fee-state-ended = دیگر لازم‌الاجرا نیست
fee-timeline = تغییرات مبالغ در طول زمان
fee-timeline-tier = مورد
fee-timeline-from = تاریخ شروع
fee-timeline-to = آخرین روز
fee-timeline-state = وضعیت
fee-value-past = پیشین
fee-value-in_force = لازم‌الاجرا
fee-value-scheduled = برنامه‌ریزی‌شده

## WCO tools

tools-by-category = حوزه‌ها
tool-category-conventions = کنوانسیون‌ها و موافقت‌نامه‌ها
tool-category-facilitation = تسهیل تجارت
tool-category-security = امنیت زنجیره تأمین
tool-category-nomenclature = طبقه‌بندی کالا
tool-category-valuation = ارزش گمرکی
tool-category-origin = مبدأ کالا
tool-category-enforcement = اجرای قانون و رعایت مقررات
tool-category-capacity-building = ظرفیت‌سازی
tool-category-data = داده و فناوری
tool-category-revenue = درآمد
tool-status-contracting-party = طرف متعاهد
tool-status-applied = اجرا می‌شود
tool-status-in-progress = در حال استقرار
tool-status-not-applied = اجرا نمی‌شود
tool-status-reference = سند مرجع

## Measures, legal texts, notices

measure-type-prohibition = ممنوعیت
measure-type-restriction = محدودیت
measure-type-licence = مجوز یا پروانه
measure-type-sps = بهداشتی و بهداشت گیاهی
measure-type-tbt = الزام فنی
measure-type-quota = سهمیه
measure-type-other = سایر اقدامات
legal-type-law = قانون
legal-type-decree = تصویب‌نامه
legal-type-circular = بخشنامه
legal-type-ruling = رأی
legal-type-agreement = موافقت‌نامه بین‌المللی
notice-status-draft-for-comment = در مرحله نظرخواهی
notice-status-adopted = تصویب‌شده
notice-status-in-force = لازم‌الاجرا
notice-status-repealed = لغوشده
notice-consultation-open = این پیش‌نویس تا { $date } در مرحله نظرخواهی است. نظرات خود را به این نشانی بفرستید:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] { $count } مورد هنوز در این پایگاه منتشر نشده است.
   *[other] { $count } مورد هنوز در این پایگاه منتشر نشده است.
}
tfa-not-covered = هنوز منتشر نشده
tfa-1-1-a = رویه‌های واردات، صادرات و ترانزیت و فرم‌ها و اسناد مورد نیاز
tfa-1-1-b = نرخ‌های اعمال‌شده حقوق گمرکی و مالیات‌ها
tfa-1-1-c = هزینه‌ها و عوارض
tfa-1-1-d = مقررات طبقه‌بندی یا ارزش‌گذاری گمرکی کالاها
tfa-1-1-e = قوانین، مقررات و آرای مربوط به قواعد مبدأ
tfa-1-1-f = محدودیت‌ها یا ممنوعیت‌های واردات، صادرات یا ترانزیت
tfa-1-1-g = مقررات مربوط به جرائم
tfa-1-1-h = رویه‌های اعتراض یا تجدیدنظر
tfa-1-1-i = موافقت‌نامه‌های منعقده با کشورهای دیگر درباره واردات، صادرات یا ترانزیت
tfa-1-1-j = رویه‌های اداره سهمیه‌های تعرفه‌ای
tfa-1-2 = اطلاعات قابل دسترس از طریق اینترنت
tfa-1-3 = مراکز اطلاع‌رسانی

filter-all = همه
tools-filter-status = نمایش اسناد بر اساس وضعیت آن‌ها در این اداره

## Search

search-title = جستجو
search-label = جستجو در پایگاه
search-placeholder = کالا، کد، رویه، هزینه…
search-button = جستجو
search-kind = نمایش
search-kind-all = همه
search-kind-tariff = کدهای تعرفه
search-kind-page = صفحه‌های دیگر
search-hint = واژه‌ها را به هر شکلی بنویسید، یا کد تعرفه را با نقطه یا بدون نقطه وارد کنید ({ $code }).
search-needs-script = جستجو به جاوااسکریپت نیاز دارد. به‌جای آن می‌توانید تعرفه را بر اساس بخش و فصل مرور کنید.
search-count = نتایج:
search-chapter = فصل تعرفه
search-none = نتیجه‌ای برای «{ $query }» یافت نشد.
search-note-code = کد { $asked } وجود ندارد. { $found } نشان داده می‌شود.
search-note-typo = نتیجه‌ای برای «{ $asked }» یافت نشد. نتایج «{ $found }» نشان داده می‌شود.
search-result-tariff = کد تعرفه
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = حقوق گمرکی گمرک تعرفه نرخ ورودی
search-previous = قبلی
search-next = بعدی

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
