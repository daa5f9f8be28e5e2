# UI strings of the default theme, Pashto (right-to-left).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = اصلي منځپانګې ته ورشئ
language-switcher = ژبه
main-navigation = اصلي مېنو
breadcrumb = تاسو دلته یاست
footer-navigation = د دې وېبپاڼې په اړه
footer-published-by = خپرونکی: { $site }.

## Dates

last-updated = وروستی تازه کول:
published = د خپرېدو نېټه:

## Translations

notice-untranslated = دا پاڼه لا نه ده ژباړل شوې. په اصلي ژبه ({ $original }) ښودل کېږي.
notice-stale = کېدای شي دا ژباړه تازه نه وي: اصلي نسخه ({ $original }) په { $date } نېټه تازه شوې ده.
notice-read-original = اصلي نسخه ({ $original }) ولولئ.

## Sections and pages

on-this-page = په دې پاڼه کې
in-this-section = { $count ->
    [one] په دې برخه کې یوه پاڼه
   *[other] په دې برخه کې { $count } پاڼې
}
home-explore = وېبپاڼه وپلټئ

## Errors and redirects

not-found-title = پاڼه ونه موندل شوه
not-found-text = هغه پاڼه چې تاسو غوښتې ده شتون نه لري یا بل پته ته لېږدول شوې ده. پته وګورئ، یا له کور پاڼې بیا پیل وکړئ.
not-found-home = کور پاڼې ته ورشئ
redirect-title = دا پاڼه لېږدول شوې ده
redirect-link = د دې پاڼې نوې پتې ته ورشئ

## Language chooser

chooser-intro = خپله ژبه وټاکئ.

## Tariff

tariff-sections = برخې
tariff-section = { $number } برخه
tariff-other-chapters = نور څپرکي
tariff-chapter = { $number } څپرکی
tariff-chapter-notes-of = د { $number } څپرکي یادښتونه
tariff-see-chapter = ټول { $number } څپرکی وګورئ
tariff-lines = د تعرفې کرښې
tariff-lines-under = د { $code } لاندې کرښې
tariff-table-hint = یو کوډ وټاکئ ترڅو یې نرخونه او پرې د تطبیق وړ قواعد وګورئ.
tariff-no-rate = نشته
tariff-rates-current = د نافذو ګمرکي محصولاتو نرخونه
tariff-rates-since = له { $date } راهیسې د نافذو ګمرکي محصولاتو نرخونه
tariff-rates-from = له { $date } نېټې څخه د ګمرکي محصولاتو نرخونه
tariff-rates-until = تر { $date } نېټې پورې د ګمرکي محصولاتو نرخونه
tariff-rate-from = { $rate } له { $date } نېټې څخه
tariff-line-not-yet = دا تعرفه کرښه لا نافذه شوې نه ده: له { $date } نېټې څخه پلي کېږي.
tariff-line-ended = دا تعرفه کرښه نور نافذه نه ده: وروستۍ ورځ یې { $date } وه.
tariff-line-ending = دا تعرفه کرښه نافذه ده: وروستۍ ورځ یې { $date } ده.
tariff-replaced-by = له { $date } نېټې څخه د دې تعرفه کرښې پر ځای لاندې کرښې پلي کېږي:
tariff-replaces = له { $date } نېټې څخه دا تعرفه کرښه د لاندې کرښو پر ځای پلي کېږي:
tariff-timeline = د وخت په اوږدو کې د نرخونو بدلون
tariff-timeline-column = ستون
tariff-timeline-rate = نرخ
tariff-timeline-from = د پیل نېټه
tariff-timeline-to = د پای نېټه
tariff-timeline-state = حالت
tariff-state-past = پخوانی
tariff-state-in_force = نافذ
tariff-state-scheduled = پلان شوی
tariff-level-heading = سرلیک
tariff-level-subheading = فرعي سرلیک
tariff-level-national_line = د تعرفې ملي کرښه
tariff-col-code = کوډ
tariff-col-description = د توکو تشریح
tariff-col-unit = واحد
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = یادښت

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = معاف
rate-ad-valorem = { $percent }٪
rate-specific = { $amount } { $per }
rate-compound = { $percent }٪ + { $amount } { $per }
rate-minimum = { $percent }٪، لږ تر لږه { $amount } { $per }
rate-maximum = { $percent }٪، ډېر نه ډېر { $amount } { $per }

## Customs content: kinds, fields and values

kind-procedure = طرزالعمل
kind-fee = فیس یا لګښت
kind-measure = اقدام
kind-tool = د ګمرکونو د نړیوال سازمان سند یا وسیله
kind-legal = حقوقي سند
kind-form = فورمه
kind-agency = اداره
kind-notice = خبرتیا
kind-plural-procedure = طرزالعملونه
kind-plural-fee = فیسونه او لګښتونه
kind-plural-measure = اقدامات: بندیزونه، محدودیتونه او جوازونه
kind-plural-tool = د ګمرکونو د نړیوال سازمان اسناد او وسیلې
kind-plural-legal = حقوقي اسناد
kind-plural-form = فورمې
kind-plural-agency = ادارې
kind-plural-notice = خبرتیاوې
backlinks-title = هغه پاڼې چې دې ته اشاره کوي
tariff-what-applies = په دې توکو څه پلي کېږي
footer-enquiry-point = پوښتنه لرئ؟ د معلوماتو ملي مرکز ته مراجعه وکړئ

field-legal-basis = حقوقي بنسټ
field-hs = اړوند توکي (د تعرفې کوډونه)
field-direction = د عملیې ډول
field-agencies = ښکېلې ادارې
field-agency = اداره
field-tools = پلي شوي نړیوال معیارونه
field-duration = معمولي موده
field-amount = اندازه
field-per = د اخیستو بنسټ
field-reason = د دې فیس د اخیستو لامل
field-authority = اخیستونکې اداره
field-payment = د تادیې طریقه
field-published = د خپرېدو نېټه
field-effective = نافذ له
field-effective-proposed = د نافذېدو وړاندیز شوې نېټه
field-until = د اخیستلو وروستۍ ورځ
field-acronym = لنډیز
field-category = ساحه
field-status = حالت
field-issuer = صادروونکې اداره
field-adopted = د تصویب نېټه
field-url = رسمي پاڼه
field-related = اړوند اسناد
field-type = ډول
field-number = شمېره
field-signed = د لاسلیک نېټه
field-official-text = رسمي متن
field-download = ښکته کول
field-email = برېښنالیک
field-phone = ټیلیفون
field-address = پته
field-hours = د کار ساعتونه
field-comment-until = د نظرونو د لېږلو وروستۍ نېټه
field-affects = اړوند دی

direction-import = واردات
direction-export = صادرات
direction-transit = ترانزیت
direction-both = واردات او صادرات
direction-other = نور طرزالعملونه
filter-by-direction = طرزالعملونه وښیئ د

## Procedures

procedure-summary = په لنډه توګه
procedure-steps-count = د پړاوونو شمېر
procedure-total-time = معمولي ټوله موده
procedure-total-fees = فیسونه
procedure-fees-more = { $count ->
    [one] سربېره پر دې یو فیس چې په قضیې پورې اړه لري
   *[other] سربېره پر دې { $count } فیسونه چې په قضیې پورې اړه لري
}
procedure-fees-varying = { $count ->
    [one] یو فیس چې په قضیې پورې اړه لري
   *[other] { $count } فیسونه چې په قضیې پورې اړه لري
}
procedure-documents = هغه اسناد چې باید چمتو شي
procedure-steps = ګام په ګام
procedure-steps-n = { $count ->
    [one] یو پړاو
   *[other] { $count } پړاوونه
}
duration-days = { $count ->
    [one] { $count } ورځ
   *[other] { $count } ورځې
}
duration-hours = { $count ->
    [one] { $count } ساعت
   *[other] { $count } ساعته
}
duration-minutes = { $count ->
    [one] { $count } دقیقه
   *[other] { $count } دقیقې
}
duration-range = له { $min } څخه تر { $max } پورې
duration-join = { $first } او { $rest }

## Fees

money = { $money }
fee-schedule = د فیسونو او لګښتونو جدول
fee-tiers = اندازې
fee-see-tiers = اندازې وګورئ
fee-per-declaration = د هرې اظهارنامې لپاره
fee-per-consignment = د هر محمولې لپاره
fee-per-container = د هر کانټینر لپاره
fee-per-certificate = د هر سند لپاره
fee-per-hour = په ساعت کې
fee-per-application = د هرې غوښتنې لپاره
fee-per-day = په ورځ کې
fee-per-page = د هرې پاڼې لپاره
fee-per-item = د هر توکي لپاره
fee-in-force-current = نافذ
fee-in-force-since = له { $date } راهیسې نافذ
fee-amount-from = { $amount } له { $date } نېټې څخه
fee-changes-on = اندازې په { $date } نېټه بدلېږي
fee-not-yet = لا نافذ شوی نه دی: دا فیس له { $date } نېټې څخه اخیستل کېږي.
fee-ended = نور نافذ نه دی: دا فیس وروستی ځل په { $date } نېټه اخیستل شوی.
fee-state-not-yet = لا نافذ شوی نه دی
fee-state-ended = نور نافذ نه دی
fee-timeline = د وخت په اوږدو کې د اندازو بدلون
fee-timeline-tier = ډول
fee-timeline-from = د پیل نېټه
fee-timeline-to = وروستۍ ورځ
fee-timeline-state = حالت
fee-value-past = پخوانی
fee-value-in_force = نافذ
fee-value-scheduled = پلان شوی

## WCO tools

tools-by-category = ساحې
tool-category-conventions = کنوانسیونونه او تړونونه
tool-category-facilitation = د سوداګرۍ اسانتیا
tool-category-security = د اکمالاتو د زنځیر امنیت
tool-category-nomenclature = د توکو طبقه‌بندي
tool-category-valuation = ګمرکي ارزښت
tool-category-origin = د توکو منشا
tool-category-enforcement = د قانون پلي کول او اطاعت
tool-category-capacity-building = د ظرفیت لوړول
tool-category-data = معلومات او ټکنالوژي
tool-category-revenue = عواید
tool-status-contracting-party = تړون کوونکی اړخ
tool-status-applied = پلي کېږي
tool-status-in-progress = د پلي کېدو په حال کې
tool-status-not-applied = نه پلي کېږي
tool-status-reference = ماخذ سند

## Measures, legal texts, notices

measure-type-prohibition = بندیز
measure-type-restriction = محدودیت
measure-type-licence = جواز یا اجازه‌لیک
measure-type-sps = روغتیايي او نباتي روغتیايي اقدامات
measure-type-tbt = تخنیکي اړتیا
measure-type-quota = سهمیه
measure-type-other = بل اقدام
legal-type-law = قانون
legal-type-decree = فرمان
legal-type-circular = متحدالمال
legal-type-ruling = پرېکړه
legal-type-agreement = نړیوال تړون
notice-status-draft-for-comment = د نظرونو لپاره پرانیستی
notice-status-adopted = تصویب شوی
notice-status-in-force = نافذ
notice-status-repealed = لغوه شوی
notice-consultation-open = دا مسوده د { $date } نېټې پورې د نظرونو لپاره پرانیستې ده. خپل نظرونه دې پتې ته ولېږئ:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] یو توکی لا په دې وېبپاڼه کې نه دی خپور شوی.
   *[other] { $count } توکي لا په دې وېبپاڼه کې نه دي خپاره شوي.
}
tfa-not-covered = لا نه دی خپور شوی
tfa-1-1-a = د واردولو، صادرولو او ترانزیت طرزالعملونه، او اړین فورمې او اسناد
tfa-1-1-b = د محصولاتو او مالیاتو پلي شوي نرخونه
tfa-1-1-c = فیسونه او لګښتونه
tfa-1-1-d = د توکو د طبقه‌بندۍ یا ګمرکي ارزونې قواعد
tfa-1-1-e = د منشا له قواعدو سره تړلي قوانین، مقررات او پرېکړې
tfa-1-1-f = په واردولو، صادرولو یا ترانزیت محدودیتونه یا بندیزونه
tfa-1-1-g = د جریمو په اړه حکمونه
tfa-1-1-h = د استیناف یا بیاکتنې طرزالعملونه
tfa-1-1-i = د واردولو، صادرولو یا ترانزیت په اړه له نورو هېوادونو سره تړونونه
tfa-1-1-j = د تعرفې د سهمیو د ادارې طرزالعملونه
tfa-1-2 = هغه معلومات چې د انټرنېټ له لارې لاسته راتلای شي
tfa-1-3 = د معلوماتو مرکزونه

filter-all = ټول
tools-filter-status = اسناد په دې اداره کې د هغوی د حالت له مخې وښیئ

## Search

search-title = لټون
search-label = په وېبپاڼه کې لټون
search-placeholder = توکي، کوډ، طرزالعمل، فیس…
search-button = لټون
search-kind = وښیئ
search-kind-all = هر څه
search-kind-tariff = د تعرفې کوډونه
search-kind-page = نورې پاڼې
search-hint = کلمې په هر شکل ولیکئ، یا د تعرفې کوډ له ټکو سره یا پرته له ټکو ({ $code }).
search-needs-script = لټون جاوا سکرېپټ ته اړتیا لري. د دې پر ځای تعرفه د برخو او څپرکو له مخې وګورئ.
search-count = پایلې:
search-chapter = د تعرفې څپرکی
search-none = د «{ $query }» لپاره پایله نشته.
search-note-code = کوډ { $asked } شتون نه لري. { $found } ښودل کېږي.
search-note-typo = د «{ $asked }» لپاره پایله نشته. د «{ $found }» پایلې ښودل کېږي.
search-result-tariff = د تعرفې کوډ
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = محصول ګمرکي ګمرک تعرفه نرخ
search-previous = مخکینی
search-next = بل

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
