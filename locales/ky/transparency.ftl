# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Импорттоо, экспорттоо жана транзит жол-жоболору, даттануу жана кайра кароону кошо, кадам-кадамы менен
tfa-1-2-1-b = Талап кылынган формалар жана документтер
tfa-1-2-1-c = Маалымат борборлорунун байланыш маалыматтары
tfa-2-1 = Жаңы же өзгөртүлгөн мыйзамдарга жана эрежелерге күчүнө киргенге чейин сын-пикир берүү
tfa-2-2 = Чек ара органдары менен соодагерлердин ортосундагы үзгүлтүксүз консультациялар
tfa-6-1 = Жыйымдар жана төлөмдөр: негизи, алуучу орган жана төлөө тартиби, колдонулганга чейин жарыяланат
notice-status-comment-closed = Сын-пикир кабыл алуу мөөнөтү бүттү
notice-status-withdrawn = Кайтарылып алынды
change-consultation-open = Консультация: сын-пикирлер { $date } чейин кабыл алынат: { $title }
change-consultation-closed = Консультация { $date } жабылды: { $title }
changes-follow-feed = Бул өзгөрүүлөрдү «{ $feed }» тасмасынан көзөмөлдөңүз:
