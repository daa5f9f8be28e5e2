# UI strings of the default theme, Persian (right-to-left): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = آنچه تغییر کرده و آنچه تغییر خواهد کرد
changes-title = تغییرات
changes-intro = آنچه در این پایگاه تغییر کرده و آنچه تغییر خواهد کرد: ردیف‌ها و نرخ‌های تعرفه، هزینه‌ها، رویه‌ها، اقدامات، ابزارها و اطلاعیه‌ها. برای آگاهی از تغییرات به محض انتشار، خوراک را مشترک شوید.
changes-upcoming = تغییرات در شرف اجرا
changes-recent = تغییرات اخیر
changes-none = هنوز هیچ تغییری ثبت نشده است.
changes-from-notices = این فهرست اطلاعیه‌ها و تاریخ آخرین به‌روزرسانی صفحه‌ها را نشان می‌دهد؛ هر تغییر نرخ یا ردیف تعرفه را جداگانه فهرست نمی‌کند.
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
changes-last-day = آخرین روز لازم‌الاجرا بودن: { $date }
changes-history = تاریخچه تغییرات
changes-history-none = هیچ تغییری برای این صفحه ثبت نشده است.
changes-recorded = ثبت‌شده در { $date }
change-none = هیچ
change-line-added = { $when ->
    [dated] ردیف تعرفه جدید { $code } از { $date }: { $description }
   *[other] ردیف تعرفه جدید { $code }: { $description }
}
change-lines-added = { $count } ردیف تعرفه به فصل { $chapter } افزوده شد
change-column-added = ستون { $column } به فصل { $chapter } افزوده شد
change-column-removed = ستون { $column } از فصل { $chapter } حذف شد
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

## مقادیر تاریخ‌دار: نخستین و آخرین روز ردیف، نرخ یا مبلغ زمان‌بندی‌شده. $date روز مورد نظر است و $was روزی که پیش‌تر تعیین شده بود.
change-line-starts = { $moved ->
    [yes] ردیف تعرفه { $code } اکنون از { $date } به جای { $was } اجرا می‌شود ({ $description })
   *[other] ردیف تعرفه { $code } از { $date } اجرا می‌شود ({ $description })
}
change-line-start-withdrawn = ردیف تعرفه { $code } از هم‌اکنون اجرا می‌شود، نه از { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] ردیف تعرفه { $code } اکنون تا { $date } به جای { $was } اجرا می‌شود ({ $description })
   *[other] ردیف تعرفه { $code } تا { $date } اجرا می‌شود ({ $description })
}
change-line-end-withdrawn = ردیف تعرفه { $code } دیگر در { $date } پایان نمی‌یابد ({ $description })
change-rate-revised = نرخ { $column } ردیف { $code }: تغییر در تاریخ { $date } اکنون به { $new } است، نه { $old }
change-rate-moved = نرخ { $column } ردیف { $code }: تغییر به { $new } اکنون در تاریخ { $date } اجرا می‌شود، نه { $was }
change-rate-withdrawn = تغییر نرخ { $column } ردیف { $code } به { $new } در تاریخ { $date } لغو شد
change-fee-amount-revised = { $title }: مبلغ از { $date } اکنون { $new } است، نه { $old }
change-fee-amount-moved = { $title }: مبلغ { $new } اکنون از { $date } اعمال می‌شود، نه از { $was }
change-fee-amount-withdrawn = { $title }: تغییر مبلغ به { $new } در تاریخ { $date } لغو شد
change-fee-ends = { $moved ->
    [yes] { $title }: آخرین روز دریافت اکنون { $date } است، نه { $was }
   *[other] { $title }: آخرین روز دریافت { $date } است
}
change-fee-end-withdrawn = { $title }: دیگر در { $date } پایان نمی‌یابد
