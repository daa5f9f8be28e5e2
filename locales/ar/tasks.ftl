# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

home-lookup-title = اعرف الرسوم المفروضة على بضائعك
home-lookup-label = رمز السلعة أو وصف البضائع
home-lookup-hint = مثلًا { $code } أو بن محمص.
home-upcoming-title = ما يدخل حيز النفاذ خلال الأيام الـ{ $days } القادمة
home-upcoming-none = لا شيء مقرر أن يدخل حيز النفاذ خلال الأيام الـ{ $days } القادمة.
home-upcoming-more = { $count ->
    [zero] هناك { $count } تغيير آخر مقرر خلال هذه الفترة.
    [one] هناك تغيير آخر مقرر خلال هذه الفترة.
    [two] هناك تغييران آخران مقرران خلال هذه الفترة.
    [few] هناك { $count } تغييرات أخرى مقررة خلال هذه الفترة.
    [many] هناك { $count } تغييرًا آخر مقررًا خلال هذه الفترة.
   *[other] هناك { $count } تغيير آخر مقرر خلال هذه الفترة.
}
home-all-changes = جميع التغييرات، السابقة والمقررة
home-consultations-title = المشاورات المفتوحة
home-consultation-until = تُقبل الملاحظات حتى { $date }
home-consultations-none = لا توجد مشاورة مفتوحة لتلقي الملاحظات حاليًا.
home-recent-title = أحدث التغييرات
home-enquiry-title = هل لديك أسئلة؟
home-enquiry-text = تجيب نقطة الاستعلام الوطنية عن أسئلة التجار بشأن التعريفة والإجراءات والرسوم.
home-browse-title = تصفح الموقع
tariff-headings-index = البنود في هذا الفصل
tariff-columns-title = معنى الأعمدة
tariff-index-about = عن التعريفة
procedure-fee-if = عند الاقتضاء
procedure-fees-conditional = تُستوفى في بعض الحالات فقط
