# Review: drafted by the kb team, not yet reviewed by a native speaker.

# موجزات التغييرات وصفحة التغييرات.
footer-changes = ما تغيّر وما سيتغيّر
changes-title = التغييرات
changes-intro = ما تغيّر في هذا الموقع وما سيتغيّر: بنود التعريفة ونسبها، والرسوم، والإجراءات، والتدابير، والأدوات، والإشعارات. اشترك في موجز لتعلم بالتغييرات فور نشرها.
changes-upcoming = تغييرات ستدخل حيز النفاذ
changes-recent = التغييرات الأخيرة
changes-none = لم يُسجَّل أي تغيير بعد.
changes-from-notices = تعرض هذه القائمة الإشعارات وتواريخ آخر تحديث للصفحات؛ ولا تذكر كل تغيير يطرأ على نسبة أو بند تعريفي.
changes-feeds = اشترك
changes-feed-atom = موجز Atom
changes-feed-json = موجز JSON
changes-feed-chapter = الفصل { $number }: { $title }
changes-kind-tariff = التعريفة
changes-kind-procedures = الإجراءات
changes-kind-fees = الرسوم والأعباء
changes-kind-measures = التدابير
changes-kind-tools = أدوات المنظمة العالمية للجمارك
changes-kind-notices = الإشعارات
changes-kind-pages = صفحات أخرى
changes-filter-kind = عرض
changes-filter-chapter = فصل التعريفة
changes-all-chapters = كل الفصول
changes-effective = نافذ اعتبارًا من { $date }
changes-last-day = آخر يوم نفاذ: { $date }
changes-history = سجل التغييرات
changes-history-none = لم يُسجَّل أي تغيير لهذه الصفحة.
changes-recorded = سُجّل في { $date }
change-none = لا شيء
change-line-added = { $when ->
    [dated] بند تعريفي جديد { $code } اعتبارًا من { $date }: { $description }
   *[other] بند تعريفي جديد { $code }: { $description }
}
change-lines-added = أُضيف { $count } بندًا تعريفيًا إلى الفصل { $chapter }
change-column-added = أُضيف عمود { $column } إلى الفصل { $chapter }
change-column-removed = حُذف عمود { $column } من الفصل { $chapter }
change-line-removed = حُذف البند التعريفي { $code } ({ $description })
change-rate = { $when ->
    [dated] تتغير نسبة { $column } للبند { $code } من { $old } إلى { $new } في { $date }
   *[other] تغيّرت نسبة { $column } للبند { $code } من { $old } إلى { $new }
}
change-column = { $column } للبند { $code }: من { $old } إلى { $new }
change-description = عُدّل وصف البند { $code }: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: يتغير المبلغ من { $old } إلى { $new } في { $date }
   *[other] { $title }: تغيّر المبلغ من { $old } إلى { $new }
}
change-fee-currency = { $title }: تغيّرت العملة من { $old } إلى { $new }
change-fee-effective = { $title }: يدخل حيز النفاذ في { $date }
change-steps = { $title }: عُدّلت الخطوات، وعددها الآن { $new } (سابقًا: { $old })
change-documents = { $title }: تغيّرت المستندات المطلوبة
change-agencies = { $title }: تغيّرت الجهات المعنية
change-fees = { $title }: تغيّرت الرسوم المحصّلة
change-hs = { $title }: تغيّرت البضائع المشمولة
change-items-added = أُضيف: { $items }.
change-items-removed = حُذف: { $items }.
change-tool-status = { $title }: تغيّر الوضع من «{ $old }» إلى «{ $new }»
change-page-added = جديد: { $title }
change-page-removed = سُحب: { $title }
change-text = مُراجَع: { $title }
change-notice = إشعار: { $title }
change-updated = مُحدَّث: { $title }
change-effective = يدخل حيز النفاذ في { $date }.

## القيم المؤرخة: أول يوم لسريان البند وآخر يوم، ونسبة أو مبلغ مجدول.
## $date هو اليوم المعني، و$was اليوم المقرر سابقًا.
change-line-starts = { $moved ->
    [yes] يبدأ سريان البند التعريفي { $code } الآن في { $date } بدلًا من { $was } ({ $description })
   *[other] يبدأ سريان البند التعريفي { $code } في { $date } ({ $description })
}
change-line-start-withdrawn = يسري البند التعريفي { $code } من الآن، لا اعتبارًا من { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] ينتهي سريان البند التعريفي { $code } الآن في { $date } بدلًا من { $was } ({ $description })
   *[other] ينتهي سريان البند التعريفي { $code } في { $date } ({ $description })
}
change-line-end-withdrawn = لم يعد سريان البند التعريفي { $code } ينتهي في { $date } ({ $description })
change-rate-revised = نسبة { $column } للبند { $code }: التغيير في { $date } أصبح إلى { $new } بدلًا من { $old }
change-rate-moved = نسبة { $column } للبند { $code }: يسري التغيير إلى { $new } الآن في { $date } بدلًا من { $was }
change-rate-withdrawn = سُحب تغيير نسبة { $column } للبند { $code } إلى { $new } في { $date }
change-fee-amount-revised = { $title }: أصبح المبلغ المقرر اعتبارًا من { $date } هو { $new } بدلًا من { $old }
change-fee-amount-moved = { $title }: يسري المبلغ { $new } الآن اعتبارًا من { $date } بدلًا من { $was }
change-fee-amount-withdrawn = { $title }: سُحب تغيير المبلغ إلى { $new } في { $date }
change-fee-ends = { $moved ->
    [yes] { $title }: يُحصَّل لآخر مرة الآن في { $date } بدلًا من { $was }
   *[other] { $title }: يُحصَّل لآخر مرة في { $date }
}
change-fee-end-withdrawn = { $title }: لم يعد ينتهي في { $date }
