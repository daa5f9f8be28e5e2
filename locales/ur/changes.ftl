# UI strings of the default theme, Urdu (right-to-left): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = کیا تبدیل ہوا اور کیا تبدیل ہوگا
changes-title = تبدیلیاں
changes-intro = اس ویب سائٹ پر کیا تبدیل ہوا اور کیا تبدیل ہوگا: ٹیرف لائنیں اور شرحیں، فیسیں، طریقہ ہائے کار، اقدامات، ذرائع اور اعلانات۔ تبدیلیوں کی اشاعت کے ساتھ ہی ان سے باخبر رہنے کے لیے فیڈ کو سبسکرائب کریں۔
changes-upcoming = آئندہ نافذ ہونے والی تبدیلیاں
changes-recent = حالیہ تبدیلیاں
changes-none = ابھی تک کوئی تبدیلی درج نہیں ہوئی۔
changes-from-notices = اس فہرست میں اعلانات اور صفحات کی آخری تازہ کاری کی تاریخیں دکھائی گئی ہیں؛ اس میں شرح یا ٹیرف لائن کی ہر تبدیلی درج نہیں ہے۔
changes-feeds = سبسکرائب کریں
changes-feed-atom = Atom فیڈ
changes-feed-json = JSON فیڈ
changes-feed-chapter = باب { $number }: { $title }
changes-kind-tariff = ٹیرف
changes-kind-procedures = طریقہ ہائے کار
changes-kind-fees = فیسیں اور محصولات
changes-kind-measures = اقدامات
changes-kind-tools = عالمی کسٹمز تنظیم کے ذرائع
changes-kind-notices = اعلانات
changes-kind-pages = دیگر صفحات
changes-filter-kind = دکھائیں
changes-filter-chapter = ٹیرف کا باب
changes-all-chapters = تمام ابواب
changes-effective = { $date } سے نافذ
changes-last-day = نفاذ کا آخری دن: { $date }
changes-history = تبدیلیوں کی تاریخ
changes-history-none = اس صفحے کے لیے کوئی تبدیلی درج نہیں ہوئی۔
changes-recorded = { $date } کو درج کیا گیا
change-none = کوئی نہیں
change-line-added = { $when ->
    [dated] { $date } سے نئی ٹیرف لائن { $code }: { $description }
   *[other] نئی ٹیرف لائن { $code }: { $description }
}
change-lines-added = باب { $chapter } میں { $count } ٹیرف لائنیں شامل کی گئیں
change-column-added = باب { $chapter } میں { $column } کا کالم شامل کیا گیا
change-column-removed = باب { $chapter } سے { $column } کا کالم حذف کر دیا گیا
change-line-removed = ٹیرف لائن { $code } حذف کر دی گئی ({ $description })
change-rate = { $when ->
    [dated] { $code } کی { $column } شرح { $date } کو { $old } سے { $new } ہو جائے گی
   *[other] { $code } کی { $column } شرح { $old } سے { $new } ہو گئی
}
change-column = { $code } کا { $column } { $old } سے { $new } ہو گیا
change-description = { $code } کی تفصیل میں ترمیم: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: رقم { $date } کو { $old } سے { $new } ہو جائے گی
   *[other] { $title }: رقم { $old } سے { $new } ہو گئی
}
change-fee-currency = { $title }: کرنسی { $old } سے { $new } ہو گئی
change-fee-effective = { $title }: { $date } سے نافذ
change-steps = { $title }: مراحل میں ترمیم، اب { $new ->
    [one] ایک مرحلہ
   *[other] { $new } مراحل
} (پہلے: { $old })
change-documents = { $title }: مطلوبہ دستاویزات تبدیل ہو گئیں
change-agencies = { $title }: شامل ادارے تبدیل ہو گئے
change-fees = { $title }: وصول کی جانے والی فیسیں تبدیل ہو گئیں
change-hs = { $title }: متعلقہ اشیا تبدیل ہو گئیں
change-items-added = شامل: { $items }۔
change-items-removed = حذف: { $items }۔
change-tool-status = { $title }: حیثیت «{ $old }» سے «{ $new }» ہو گئی
change-page-added = نیا: { $title }
change-page-removed = واپس لیا گیا: { $title }
change-text = ترمیم شدہ: { $title }
change-notice = اعلان: { $title }
change-updated = تازہ کاری: { $title }
change-effective = { $date } سے نافذ۔

## تاریخ والی قدریں: لائن کا پہلا اور آخری دن، طے شدہ شرح یا رقم۔ $date متعلقہ دن ہے؛ $was پہلے طے شدہ دن۔
change-line-starts = { $moved ->
    [yes] ٹیرف لائن { $code } اب { $was } کے بجائے { $date } سے نافذ ہوگی ({ $description })
   *[other] ٹیرف لائن { $code } { $date } سے نافذ ہوگی ({ $description })
}
change-line-start-withdrawn = ٹیرف لائن { $code } اب فوراً نافذ ہے، { $date } سے نہیں ({ $description })
change-line-ends = { $moved ->
    [yes] ٹیرف لائن { $code } اب { $was } کے بجائے { $date } تک نافذ رہے گی ({ $description })
   *[other] ٹیرف لائن { $code } { $date } تک نافذ رہے گی ({ $description })
}
change-line-end-withdrawn = ٹیرف لائن { $code } اب { $date } کو ختم نہیں ہوگی ({ $description })
change-rate-revised = { $code } کی { $column } شرح: { $date } کو تبدیلی اب { $old } کے بجائے { $new } ہے
change-rate-moved = { $code } کی { $column } شرح: { $new } کی تبدیلی اب { $was } کے بجائے { $date } کو نافذ ہوگی
change-rate-withdrawn = { $code } کی { $column } شرح کی { $date } کو { $new } میں تبدیلی واپس لے لی گئی
change-fee-amount-revised = { $title }: { $date } سے رقم اب { $old } کے بجائے { $new } ہے
change-fee-amount-moved = { $title }: { $new } کی رقم اب { $was } کے بجائے { $date } سے لاگو ہوگی
change-fee-amount-withdrawn = { $title }: { $date } کو رقم کی { $new } میں تبدیلی واپس لے لی گئی
change-fee-ends = { $moved ->
    [yes] { $title }: آخری وصولی اب { $was } کے بجائے { $date } کو
   *[other] { $title }: آخری وصولی { $date } کو
}
change-fee-end-withdrawn = { $title }: اب { $date } کو ختم نہیں ہوگی
