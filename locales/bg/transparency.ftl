# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Процедури за внос, износ и транзит, включително за обжалване или преразглеждане, стъпка по стъпка
tfa-1-2-1-b = Изисквани формуляри и документи
tfa-1-2-1-c = Данни за контакт с информационните центрове
tfa-2-1 = Коментари по нови или изменени закони и подзаконови актове преди влизането им в сила
tfa-2-2 = Редовни консултации между граничните органи и търговците
tfa-6-1 = Такси и сборове: основанието за тях, органът, който ги събира, и начинът на плащане, публикувани преди прилагането им
notice-status-comment-closed = Срокът за коментари е изтекъл
notice-status-withdrawn = Оттеглено
change-consultation-open = Консултация, открита за коментари до { $date }: { $title }
change-consultation-closed = Консултация, приключила на { $date }: { $title }
changes-follow-feed = Следете тези промени в емисията „{ $feed }“:
