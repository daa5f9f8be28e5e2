# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = حقوق گمرکی کالای خود را بیابید
home-lookup-label = کد تعرفه یا شرح کالا
home-lookup-hint = برای نمونه { $code } یا قهوهٔ بوداده.
home-upcoming-title = لازم‌الاجرا در { $days } روز آینده
home-upcoming-none = هیچ موردی برای اجرا در { $days } روز آینده برنامه‌ریزی نشده است.
home-upcoming-more = { $count ->
    [one] { $count } تغییر دیگر نیز برای این دوره برنامه‌ریزی شده است.
   *[other] { $count } تغییر دیگر نیز برای این دوره برنامه‌ریزی شده است.
}
home-all-changes = همهٔ تغییرات، گذشته و برنامه‌ریزی‌شده
home-consultations-title = رایزنی‌های باز
home-consultation-until = دریافت نظرات تا { $date }
home-consultations-none = در حال حاضر هیچ رایزنی‌ای برای دریافت نظر باز نیست.
home-recent-title = آخرین تغییرات
home-enquiry-title = پرسشی دارید؟
home-enquiry-text = مرکز اطلاع‌رسانی ملی به پرسش‌های بازرگانان دربارهٔ تعرفه، رویه‌ها و هزینه‌ها پاسخ می‌دهد.
home-browse-title = مرور وبگاه
tariff-headings-index = سرفصل‌های این فصل
tariff-columns-title = معنای ستون‌ها
tariff-index-about = دربارهٔ تعرفه
procedure-fee-if = در صورت لزوم
procedure-fees-conditional = فقط در برخی موارد دریافت می‌شود
