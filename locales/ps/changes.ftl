# UI strings of the default theme, Pashto (right-to-left): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = څه بدل شوي او څه به بدل شي
changes-title = بدلونونه
changes-intro = په دې وېبپاڼه کې څه بدل شوي او څه به بدل شي: د تعرفې کرښې او نرخونه، فیسونه، طرزالعملونه، اقدامات، وسیلې او خبرتیاوې. د یوې فیډ ګډون وکړئ ترڅو د خپرېدو سره سم له بدلونونو خبر شئ.
changes-upcoming = راتلونکي نافذېدونکي بدلونونه
changes-recent = وروستي بدلونونه
changes-none = تر اوسه هېڅ بدلون نه دی ثبت شوی.
changes-from-notices = دا لېست خبرتیاوې او د پاڼو د وروستي تازه کولو نېټې ښيي؛ د نرخ یا د تعرفې د کرښې هر بدلون پکې نه دی لېست شوی.
changes-feeds = ګډون
changes-feed-atom = Atom فیډ
changes-feed-json = JSON فیډ
changes-feed-chapter = { $number } څپرکی: { $title }
changes-kind-tariff = تعرفه
changes-kind-procedures = طرزالعملونه
changes-kind-fees = فیسونه او لګښتونه
changes-kind-measures = اقدامات
changes-kind-tools = د ګمرکونو د نړیوال سازمان وسیلې
changes-kind-notices = خبرتیاوې
changes-kind-pages = نورې پاڼې
changes-filter-kind = وښیئ
changes-filter-chapter = د تعرفې څپرکی
changes-all-chapters = ټول څپرکي
changes-effective = له { $date } نېټې نافذ
changes-last-day = د نافذېدو وروستۍ ورځ: { $date }
changes-history = د بدلونونو تاریخچه
changes-history-none = د دې پاڼې لپاره هېڅ بدلون نه دی ثبت شوی.
changes-recorded = په { $date } نېټه ثبت شوی
change-none = هېڅ
change-line-added = { $when ->
    [dated] د تعرفې نوې کرښه { $code } له { $date } څخه: { $description }
   *[other] د تعرفې نوې کرښه { $code }: { $description }
}
change-lines-added = { $count } د تعرفې کرښې { $chapter } څپرکي ته ورزیاتې شوې
change-column-added = د { $column } ستون { $chapter } څپرکي ته ورزیات شو
change-column-removed = د { $column } ستون له { $chapter } څپرکي څخه لرې شو
change-line-removed = د تعرفې کرښه { $code } لرې شوه ({ $description })
change-rate = { $when ->
    [dated] د { $code } د { $column } نرخ به په { $date } نېټه له { $old } څخه { $new } ته بدل شي
   *[other] د { $code } د { $column } نرخ له { $old } څخه { $new } ته بدل شو
}
change-column = د { $code } { $column } له { $old } څخه { $new } ته بدل شو
change-description = د { $code } تشریح بیاکتل شوې: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: اندازه به په { $date } نېټه له { $old } څخه { $new } ته بدله شي
   *[other] { $title }: اندازه له { $old } څخه { $new } ته بدله شوه
}
change-fee-currency = { $title }: اسعار له { $old } څخه { $new } ته بدل شول
change-fee-effective = { $title }: په { $date } نېټه نافذېږي
change-steps = { $title }: پړاوونه بیاکتل شول، اوس { $new ->
    [one] یو پړاو
   *[other] { $new } پړاوونه
} (مخکې: { $old })
change-documents = { $title }: اړین اسناد بدل شول
change-agencies = { $title }: ښکېلې ادارې بدلې شوې
change-fees = { $title }: اخیستل شوي فیسونه بدل شول
change-hs = { $title }: اړوند توکي بدل شول
change-items-added = ورزیات شول: { $items }.
change-items-removed = لرې شول: { $items }.
change-tool-status = { $title }: حالت له «{ $old }» څخه «{ $new }» ته بدل شو
change-page-added = نوی: { $title }
change-page-removed = بېرته واخیستل شو: { $title }
change-text = بیاکتل شوی: { $title }
change-notice = خبرتیا: { $title }
change-updated = تازه شوی: { $title }
change-effective = په { $date } نېټه نافذېږي.

## نېټه لرونکي ارزښتونه: د کرښې لومړۍ او وروستۍ ورځ، ټاکل شوی نرخ یا اندازه. $date اړونده ورځ ده؛ $was مخکې ټاکل شوې ورځ.
change-line-starts = { $moved ->
    [yes] د تعرفې کرښه { $code } اوس د { $was } پر ځای له { $date } څخه نافذېږي ({ $description })
   *[other] د تعرفې کرښه { $code } له { $date } څخه نافذېږي ({ $description })
}
change-line-start-withdrawn = د تعرفې کرښه { $code } همدا اوس نافذه ده، نه له { $date } څخه ({ $description })
change-line-ends = { $moved ->
    [yes] د تعرفې کرښه { $code } اوس د { $was } پر ځای تر { $date } پورې نافذه ده ({ $description })
   *[other] د تعرفې کرښه { $code } تر { $date } پورې نافذه ده ({ $description })
}
change-line-end-withdrawn = د تعرفې کرښه { $code } نور په { $date } نه پای ته رسېږي ({ $description })
change-rate-revised = د { $code } د { $column } نرخ: په { $date } نېټه بدلون اوس { $new } ته دی، نه { $old } ته
change-rate-moved = د { $code } د { $column } نرخ: { $new } ته بدلون اوس د { $was } پر ځای په { $date } نافذېږي
change-rate-withdrawn = د { $code } د { $column } نرخ په { $date } نېټه { $new } ته بدلون بېرته واخیستل شو
change-fee-amount-revised = { $title }: له { $date } څخه اندازه اوس { $new } ده، نه { $old }
change-fee-amount-moved = { $title }: د { $new } اندازه اوس د { $was } پر ځای له { $date } څخه پلي کېږي
change-fee-amount-withdrawn = { $title }: په { $date } نېټه { $new } ته د اندازې بدلون بېرته واخیستل شو
change-fee-ends = { $moved ->
    [yes] { $title }: وروستی ځل اوس د { $was } پر ځای په { $date } اخیستل کېږي
   *[other] { $title }: وروستی ځل په { $date } اخیستل کېږي
}
change-fee-end-withdrawn = { $title }: نور په { $date } نه پای ته رسېږي
