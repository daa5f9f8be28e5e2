# UI strings of the default theme, Persian (right-to-left): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = آنچه تغییر کرده و آنچه تغییر خواهد کرد
changes-title = تغییرات
changes-intro = آنچه در این پایگاه تغییر کرده و آنچه تغییر خواهد کرد: ردیف‌ها و نرخ‌های تعرفه، هزینه‌ها، رویه‌ها، اقدامات، ابزارها و اطلاعیه‌ها. برای آگاهی از تغییرات به محض انتشار، خوراک را مشترک شوید.
changes-upcoming = تغییرات در شرف اجرا
changes-recent = تغییرات اخیر
changes-none = هنوز هیچ تغییری ثبت نشده است.
changes-from-notices = این پایگاه در git نگهداری نمی‌شود: فقط اطلاعیه‌ها و تاریخ‌های به‌روزرسانی فهرست شده‌اند.
changes-feeds = اشتراک
changes-feed-atom = خوراک Atom
changes-feed-json = خوراک JSON
changes-feed-chapter = فصل { $number }: { $title }
changes-kind-tariff = تعرفه
changes-kind-procedures = رویه‌ها
changes-kind-fees = هزینه‌ها و عوارض
changes-kind-measures = اقدامات
changes-kind-tools = ابزارهای سازمان جهانی گمرک
changes-kind-notices = اطلاعیه‌ها
changes-kind-pages = صفحه‌های دیگر
changes-filter-kind = نمایش
changes-filter-chapter = فصل تعرفه
changes-all-chapters = همه فصل‌ها
changes-effective = لازم‌الاجرا از { $date }
changes-history = تاریخچه تغییرات
changes-history-none = هیچ تغییری برای این صفحه ثبت نشده است.
changes-this-feed = پیگیری تغییرات این صفحه:
changes-recorded = ثبت‌شده در { $date }
change-none = هیچ
change-line-added = ردیف تعرفه جدید { $code }: { $description }
change-lines-added = { $count } ردیف تعرفه به فصل { $chapter } افزوده شد
change-line-removed = ردیف تعرفه { $code } حذف شد ({ $description })
change-rate = { $when ->
    [dated] نرخ { $column } ردیف { $code } در تاریخ { $date } از { $old } به { $new } تغییر می‌کند
   *[other] نرخ { $column } ردیف { $code } از { $old } به { $new } تغییر کرد
}
change-column = { $column } ردیف { $code } از { $old } به { $new } تغییر کرد
change-description = شرح ردیف { $code } بازنگری شد: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: مبلغ در تاریخ { $date } از { $old } به { $new } تغییر می‌کند
   *[other] { $title }: مبلغ از { $old } به { $new } تغییر کرد
}
change-fee-currency = { $title }: واحد پول از { $old } به { $new } تغییر کرد
change-fee-effective = { $title }: از { $date } لازم‌الاجرا می‌شود
change-steps = { $title }: مراحل بازنگری شد، اکنون { $new ->
    [one] { $new } مرحله
   *[other] { $new } مرحله
} (پیش‌تر: { $old })
change-documents = { $title }: مدارک لازم تغییر کرد
change-agencies = { $title }: دستگاه‌های ذی‌ربط تغییر کرد
change-fees = { $title }: هزینه‌های دریافتی تغییر کرد
change-hs = { $title }: کالاهای مشمول تغییر کرد
change-items-added = افزوده شد: { $items }.
change-items-removed = حذف شد: { $items }.
change-tool-status = { $title }: وضعیت از «{ $old }» به «{ $new }» تغییر کرد
change-page-added = جدید: { $title }
change-page-removed = برداشته شد: { $title }
change-text = بازنگری‌شده: { $title }
change-notice = اطلاعیه: { $title }
change-updated = به‌روزشده: { $title }
change-effective = از { $date } لازم‌الاجرا می‌شود.
