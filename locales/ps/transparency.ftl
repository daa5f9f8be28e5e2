# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = د واردولو، صادرولو او ترانزیت طرزالعملونه، د استیناف یا بیا کتنې په ګډون، ګام په ګام
tfa-1-2-1-b = اړین فورمې او اسناد
tfa-1-2-1-c = د معلوماتو مرکزونو د اړیکې معلومات
tfa-2-1 = د نویو یا تعدیل شویو قوانینو او مقرراتو په اړه د نافذېدو نه مخکې نظر ورکول
tfa-2-2 = د سرحدي ادارو او سوداګرو ترمنځ منظمې مشورې
tfa-6-1 = فیسونه او لګښتونه: لامل یې، اخیستونکې اداره او د تادیې لاره، د پلي کېدو نه مخکې خپاره شوي
notice-status-comment-closed = د نظرونو موده پای ته رسېدلې
notice-status-withdrawn = بېرته اخیستل شوی
change-consultation-open = مشوره تر { $date } پورې د نظرونو لپاره پرانیستې ده: { $title }
change-consultation-closed = مشوره په { $date } وتړل شوه: { $title }
changes-follow-feed = دا بدلونونه په «{ $feed }» فیډ کې تعقیب کړئ:
