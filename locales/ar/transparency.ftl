# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = إجراءات الاستيراد والتصدير والعبور، بما فيها إجراءات الطعن أو المراجعة، خطوة بخطوة
tfa-1-2-1-b = الاستمارات والمستندات المطلوبة
tfa-1-2-1-c = بيانات الاتصال بنقاط الاستعلام
tfa-2-1 = إبداء الملاحظات على القوانين واللوائح الجديدة أو المعدلة قبل دخولها حيز النفاذ
tfa-2-2 = مشاورات منتظمة بين الأجهزة الحدودية والتجار
tfa-6-1 = الرسوم والتكاليف: سببها والجهة التي تحصّلها وطريقة دفعها، منشورة قبل تطبيقها
notice-status-comment-closed = انتهت فترة إبداء الملاحظات
notice-status-withdrawn = مسحوب
change-consultation-open = تشاور مطروح لإبداء الملاحظات حتى { $date }: { $title }
change-consultation-closed = أُغلق التشاور في { $date }: { $title }
changes-follow-feed = تابع هذه التغييرات في موجز «{ $feed }»:
