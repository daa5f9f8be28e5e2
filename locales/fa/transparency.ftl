# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = رویه‌های واردات، صادرات و ترانزیت، از جمله تجدیدنظر و اعتراض، گام به گام
tfa-1-2-1-b = فرم‌ها و اسناد مورد نیاز
tfa-1-2-1-c = اطلاعات تماس مراکز اطلاع‌رسانی
tfa-2-1 = نظرخواهی درباره قوانین و مقررات جدید یا اصلاح‌شده پیش از لازم‌الاجرا شدن
tfa-2-2 = رایزنی منظم میان نهادهای مرزی و بازرگانان
tfa-6-1 = عوارض و هزینه‌ها: دلیل، مرجع دریافت و شیوه پرداخت، منتشرشده پیش از اجرا
notice-status-comment-closed = مهلت نظرخواهی پایان یافته است
notice-status-withdrawn = پس گرفته شده
change-consultation-open = نظرخواهی تا { $date } باز است: { $title }
change-consultation-closed = نظرخواهی در { $date } بسته شد: { $title }
changes-follow-feed = این تغییرات را در خوراک «{ $feed }» دنبال کنید:
