# UI strings of the default theme, Kyrgyz (Cyrillic script).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Негизги мазмунга өтүү
language-switcher = Тил
main-navigation = Башкы меню
breadcrumb = Сиз бул жердесиз
footer-navigation = Сайт жөнүндө
footer-published-by = Жарыялаган: { $site }.

## Dates

last-updated = Акыркы жолу жаңыртылган:
published = Жарыяланган күнү:

## Translations

notice-untranslated = Бул барак азырынча которула элек. Ал түп нуска тилинде ({ $original }) көрсөтүлдү.
notice-stale = Бул котормо эскирген болушу мүмкүн: түп нуска ({ $original }) { $date } жаңыртылган.
notice-read-original = Түп нусканы ({ $original }) окуу.

## Sections and pages

on-this-page = Бул баракта
in-this-section = { $count ->
    [one] Бул бөлүмдө бир барак бар
   *[other] Бул бөлүмдө { $count } барак бар
}
home-explore = Сайт менен таанышуу

## Errors and redirects

not-found-title = Барак табылган жок
not-found-text = Сиз сураган барак жок же башка дарекке көчүрүлгөн. Даректи текшериңиз же башкы барактан кайра баштаңыз.
not-found-home = Башкы баракка өтүү
redirect-title = Бул барак көчүрүлдү
redirect-link = Бул барактын жаңы дарегине өтүү

## Language chooser

chooser-intro = Тилди тандаңыз.

## Tariff

tariff-sections = Бөлүмдөр
tariff-section = { $number }-бөлүм
tariff-other-chapters = Башка топтор
tariff-chapter = { $number }-топ
tariff-chapter-notes-of = { $number }-топко эскертүүлөр
tariff-see-chapter = { $number }-топту толук көрүү
tariff-lines = Тарифтик саптар
tariff-lines-under = { $code } курамындагы тарифтик саптар
tariff-table-hint = Чендерин жана ага колдонулуучу эрежелерди көрүү үчүн кодду тандаңыз.
tariff-no-rate = Жок
tariff-rates-current = Колдонуудагы бажы чендери
tariff-rates-since = Колдонуудагы бажы чендери ({ $date } күнүнөн баштап)
tariff-rates-from = Бажы чендери ({ $date } күнүнөн баштап)
tariff-rates-until = Бажы чендери ({ $date } чейин, кошо алганда)
tariff-rate-from = { $rate }, күчүнө кирүү күнү: { $date }
tariff-line-not-yet = Бул тарифтик сап азырынча күчүнө кире элек; колдонула баштоочу күнү: { $date }.
tariff-line-ended = Бул тарифтик сап мындан ары колдонулбайт; акыркы колдонулган күнү: { $date }.
tariff-line-ending = Бул тарифтик сап күчүндө; акыркы колдонула турган күнү: { $date }.
tariff-replaced-by = { $date } күнүнөн баштап бул тарифтик саптын ордуна төмөнкү саптар колдонулат:
tariff-replaces = { $date } күнүнөн баштап бул тарифтик сап төмөнкү саптардын ордуна колдонулат:
tariff-timeline = Чендердин өзгөрүү тарыхы
tariff-timeline-column = Мамыча
tariff-timeline-rate = Чен
tariff-timeline-from = Башталышы
tariff-timeline-to = Аягы
tariff-timeline-state = Статусу
tariff-state-past = Мурунку
tariff-state-in_force = Күчүндө
tariff-state-scheduled = Пландалган
tariff-level-heading = Товардык позиция
tariff-level-subheading = Субпозиция
tariff-level-national_line = Улуттук тарифтик сап
tariff-col-code = Код
tariff-col-description = Аталышы
tariff-col-unit = Өлчөө бирдиги
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Эскертүү

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Бажыдан бошотулган
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, кеминде { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, эң көп дегенде { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Жол-жобо
kind-fee = Жыйым же төлөм
kind-measure = Чара
kind-tool = ДБУнун документи же куралы
kind-legal = Укуктук акт
kind-form = Форма
kind-agency = Мамлекеттик орган
kind-notice = Билдирүү
kind-plural-procedure = Жол-жоболор
kind-plural-fee = Жыйымдар жана төлөмдөр
kind-plural-measure = Чаралар: тыюу салуулар, чектөөлөр жана лицензиялар
kind-plural-tool = ДБУнун документтери жана куралдары
kind-plural-legal = Укуктук актылар
kind-plural-form = Формалар
kind-plural-agency = Мамлекеттик органдар
kind-plural-notice = Билдирүүлөр
backlinks-title = Шилтеме берген барактар
tariff-what-applies = Бул товарларга эмне колдонулат
footer-enquiry-point = Суроолоруңуз барбы? Улуттук маалымат борборуна кайрылыңыз

field-legal-basis = Укуктук негиз
field-hs = Тиешелүү товарлар (тарифтик коддор)
field-direction = Операциянын түрү
field-agencies = Катышкан органдар
field-agency = Орган
field-tools = Колдонулган эл аралык стандарттар
field-duration = Кадимки мөөнөт
field-amount = Өлчөмү
field-per = Алуу бирдиги
field-reason = Жыйымдын алынуу негизи
field-authority = Жыйымды алуучу орган
field-payment = Төлөө тартиби
field-published = Жарыяланган күнү
field-effective = Күчүнө кирген күнү
field-effective-proposed = Күчүнө кирүүнүн сунушталган күнү
field-until = Алынуучу акыркы күнү
field-acronym = Кыскартылган аталышы
field-category = Тармак
field-status = Статусу
field-issuer = Чыгарган орган
field-adopted = Кабыл алынган күнү
field-url = Расмий барак
field-related = Байланыштуу документтер
field-type = Түрү
field-number = Номери
field-signed = Кол коюлган күнү
field-official-text = Расмий текст
field-download = Жүктөп алуу
field-email = Электрондук почта
field-phone = Телефон
field-address = Дареги
field-hours = Иш убактысы
field-comment-until = Сын-пикирлер кабыл алынуучу акыркы күн
field-affects = Тиешелүү

direction-import = Импорт
direction-export = Экспорт
direction-transit = Транзит
direction-both = Импорт жана экспорт
direction-other = Башка жол-жоболор
filter-by-direction = Жол-жоболорду көрсөтүү

## Procedures

procedure-summary = Кыскача
procedure-steps-count = Баскычтардын саны
procedure-total-time = Кадимки жалпы мөөнөт
procedure-total-fees = Жыйымдар
procedure-fees-more = { $count ->
    [one] ошондой эле жагдайга жараша бир жыйым
   *[other] ошондой эле жагдайга жараша { $count } жыйым
}
procedure-fees-varying = { $count ->
    [one] Жагдайга жараша бир жыйым
   *[other] Жагдайга жараша { $count } жыйым
}
procedure-documents = Даярдала турган документтер
procedure-steps = Баскыч-баскычы менен
procedure-steps-n = { $count ->
    [one] Бир баскыч
   *[other] { $count } баскыч
}
duration-days = { $count ->
    [one] { $count } күн
   *[other] { $count } күн
}
duration-hours = { $count ->
    [one] { $count } саат
   *[other] { $count } саат
}
duration-minutes = { $count ->
    [one] { $count } мүнөт
   *[other] { $count } мүнөт
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Жыйымдардын жана төлөмдөрдүн тизмеси
fee-tiers = Өлчөмдөр
fee-see-tiers = Өлчөмдөрдү көрүү
fee-per-declaration = ар бир декларация үчүн
fee-per-consignment = ар бир товар партиясы үчүн
fee-per-container = ар бир контейнер үчүн
fee-per-certificate = ар бир сертификат үчүн
fee-per-hour = ар бир саат үчүн
fee-per-application = ар бир арыз үчүн
fee-per-day = ар бир сутка үчүн
fee-per-page = ар бир барак үчүн
fee-per-item = ар бир бирдик үчүн
fee-in-force-current = күчүндө
fee-in-force-since = { $date } күнүнөн баштап күчүндө
fee-amount-from = { $amount }, күчүнө кирүү күнү: { $date }
fee-changes-on = Өлчөмдөрдүн өзгөрүү күнү: { $date }
fee-not-yet = Бул жыйым азырынча күчүнө кире элек; алына баштоочу күнү: { $date }.
fee-ended = Бул жыйым мындан ары колдонулбайт; акыркы алынган күнү: { $date }.
fee-state-not-yet = Азырынча күчүнө кире элек
fee-state-ended = Мындан ары колдонулбайт
fee-timeline = Өлчөмдөрдүн өзгөрүү тарыхы
fee-timeline-tier = Учур
fee-timeline-from = Башталышы
fee-timeline-to = Акыркы күнү
fee-timeline-state = Статусу
fee-value-past = Мурунку
fee-value-in_force = Күчүндө
fee-value-scheduled = Пландалган

## WCO tools

tools-by-category = Тармактар
tool-category-conventions = Конвенциялар жана макулдашуулар
tool-category-facilitation = Соодани жеңилдетүү
tool-category-security = Жеткирүү чынжырынын коопсуздугу
tool-category-nomenclature = Товарларды классификациялоо
tool-category-valuation = Бажы наркы
tool-category-origin = Товарлардын келип чыгышы
tool-category-enforcement = Укук коргоо жана талаптарды сактоо
tool-category-capacity-building = Потенциалды жогорулатуу
tool-category-data = Маалыматтар жана технологиялар
tool-category-revenue = Кирешелер
tool-status-contracting-party = Келишүүчү тарап
tool-status-applied = Колдонулат
tool-status-in-progress = Ишке ашырылууда
tool-status-not-applied = Колдонулбайт
tool-status-reference = Маалымдама документ

## Measures, legal texts, notices

measure-type-prohibition = Тыюу салуу
measure-type-restriction = Чектөө
measure-type-licence = Лицензия же уруксат
measure-type-sps = Санитардык жана фитосанитардык чаралар
measure-type-tbt = Техникалык талап
measure-type-quota = Квота
measure-type-other = Башка чара
legal-type-law = Мыйзам
legal-type-decree = Жарлык
legal-type-circular = Циркуляр
legal-type-ruling = Чечим
legal-type-agreement = Эл аралык макулдашуу
notice-status-draft-for-comment = Сын-пикирлер үчүн ачык
notice-status-adopted = Кабыл алынды
notice-status-in-force = Күчүндө
notice-status-repealed = Күчүн жоготту
notice-consultation-open = Бул долбоор боюнча сын-пикирлер төмөнкү күнгө чейин кабыл алынат: { $date }. Сын-пикирлериңизди төмөнкү дарекке жөнөтүңүз:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Бир пункт бул сайтта азырынча жарыялана элек.
   *[other] { $count } пункт бул сайтта азырынча жарыялана элек.
}
tfa-not-covered = Азырынча жарыялана элек
tfa-1-1-a = Импорттоо, экспорттоо жана транзит жол-жоболору, талап кылынган формалар жана документтер
tfa-1-1-b = Колдонулуучу бажы алымдарынын жана салыктардын чендери
tfa-1-1-c = Жыйымдар жана төлөмдөр
tfa-1-1-d = Товарларды классификациялоонун же бажы баалоосунун эрежелери
tfa-1-1-e = Келип чыгуу эрежелерине тиешелүү мыйзамдар, ченемдик актылар жана чечимдер
tfa-1-1-f = Импорттоого, экспорттоого же транзитке чектөөлөр жана тыюу салуулар
tfa-1-1-g = Жазалар жөнүндө жоболор
tfa-1-1-h = Даттануу же кайра кароо жол-жоболору
tfa-1-1-i = Импорттоо, экспорттоо же транзит боюнча башка өлкөлөр менен макулдашуулар
tfa-1-1-j = Тарифтик квоталарды башкаруу жол-жоболору
tfa-1-2 = Интернет аркылуу жеткиликтүү маалымат
tfa-1-3 = Маалымат борборлору

filter-all = Баары
tools-filter-status = Документтерди ушул администрациядагы статусу боюнча көрсөтүү

## Search

search-title = Издөө
search-label = Сайттан издөө
search-placeholder = Товар, код, жол-жобо, жыйым…
search-button = Издөө
search-kind = Көрсөтүү
search-kind-all = Баары
search-kind-tariff = Тарифтик коддор
search-kind-page = Башка барактар
search-hint = Сөздөрдү каалаган формада же тарифтик кодду чекит менен же чекитсиз жазыңыз ({ $code }).
search-needs-script = Издөө үчүн JavaScript керек. Анын ордуна тарифти бөлүмдөр жана топтор боюнча карап чыгууга болот.
search-count = Натыйжалар:
search-chapter = Тариф тобу
search-none = «{ $query }» боюнча натыйжа жок.
search-note-code = { $asked } коду жок. { $found } көрсөтүлдү.
search-note-typo = «{ $asked }» боюнча натыйжа жок. «{ $found }» боюнча натыйжалар көрсөтүлдү.
search-result-tariff = Тариф коду
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = бажы алым алымы тариф чен
search-previous = Мурунку
search-next = Кийинки

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
