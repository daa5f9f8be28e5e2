# UI strings of the default theme, Arabic (Modern Standard Arabic).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.

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
