# UI strings of the default theme, Bulgarian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.
# A Bulgarian date ends in "г.": a sentence that ends with { $date } takes no period of its own.

## Page frame

skip-to-content = Към основното съдържание
language-switcher = Език
main-navigation = Основно меню
breadcrumb = Вие сте тук
footer-navigation = За този сайт
footer-published-by = Публикувано от { $site }.

## Dates

last-updated = Последна актуализация:
published = Публикувано:

## Translations

notice-untranslated = Тази страница все още не е преведена. Тя се показва на оригиналния език ({ $original }).
notice-stale = Този превод може да не е актуален: версията на оригиналния език ({ $original }) е актуализирана на { $date }
notice-read-original = Прочетете версията на оригиналния език ({ $original }).

## Sections and pages

on-this-page = На тази страница
in-this-section = { $count ->
    [0] Няма страници в този раздел
    [one] Една страница в този раздел
   *[other] { $count } страници в този раздел
}
home-explore = Разгледайте сайта

## Errors and redirects

not-found-title = Страницата не е намерена
not-found-text = Страницата, която търсите, не съществува или е преместена. Проверете адреса или започнете отново от началната страница.
not-found-home = Към началната страница
redirect-title = Тази страница е преместена
redirect-link = Към новия адрес на тази страница

## Language chooser

chooser-intro = Изберете език.

## Tariff

tariff-sections = Раздели
tariff-section = Раздел { $number }
tariff-other-chapters = Други глави
tariff-chapter = Глава { $number }
tariff-chapter-notes-of = Забележки към глава { $number }
tariff-see-chapter = Вижте цялата глава { $number }
tariff-lines = Тарифни линии
tariff-lines-under = Тарифни линии в { $code }
tariff-table-hint = Изберете код, за да видите ставките и правилата, които се прилагат за него.
tariff-no-rate = Няма
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Действащи ставки на митата
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Ставки на митата, действащи от { $date }
tariff-rates-from = Ставки на митата от { $date }
tariff-rates-until = Ставки на митата до { $date } включително
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } от { $date }
tariff-line-not-yet = Тази тарифна линия все още не е в сила: тя се прилага от { $date }
tariff-line-ended = Тази тарифна линия вече не е в сила: последният ден на прилагането ѝ беше { $date }
tariff-line-ending = Тази тарифна линия е в сила до { $date } включително: това е последният ден на прилагането ѝ.
tariff-replaced-by = От { $date } тази тарифна линия се заменя със следните тарифни линии:
tariff-replaces = От { $date } тази тарифна линия заменя следните тарифни линии:
tariff-timeline = Хронология на ставките
tariff-timeline-column = Колона
tariff-timeline-rate = Ставка
tariff-timeline-from = От
tariff-timeline-to = До
tariff-timeline-state = Статус
tariff-state-past = Предишна
tariff-state-in_force = В сила
tariff-state-scheduled = Предстояща
tariff-level-heading = Позиция
tariff-level-subheading = Подпозиция
tariff-level-national_line = Национална тарифна линия
tariff-col-code = Код
tariff-col-description = Описание
tariff-col-unit = Мерна единица
tariff-col-mfn = НОН
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Забележка

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Освободено
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, мин. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, макс. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Процедура
kind-fee = Такса или сбор
kind-measure = Мярка
kind-tool = Инструмент или средство на СМО
kind-legal = Нормативен акт
kind-form = Формуляр
kind-agency = Ведомство
kind-notice = Съобщение
kind-plural-procedure = Процедури
kind-plural-fee = Такси и сборове
kind-plural-measure = Мерки: забрани, ограничения и лицензии
kind-plural-tool = Инструменти и средства на Световната митническа организация
kind-plural-legal = Нормативни актове
kind-plural-form = Формуляри
kind-plural-agency = Ведомства
kind-plural-notice = Съобщения
backlinks-title = Споменава се в
tariff-what-applies = Какво се прилага за тези стоки
footer-enquiry-point = Имате въпроси? Обърнете се към националния информационен център

field-legal-basis = Правно основание
field-hs = Засегнати стоки (тарифни кодове)
field-direction = Направление
field-agencies = Участващи ведомства
field-agency = Ведомство
field-tools = Прилагани международни стандарти
field-duration = Обичаен срок
field-amount = Размер
field-per = Събира се за
field-reason = Основание за събиране на таксата
field-authority = Събира се от
field-payment = Начин на плащане
field-published = Публикувано
field-effective = В сила от
field-effective-proposed = Предлагана дата на влизане в сила
field-until = Последен ден на събиране
field-acronym = Съкращение
field-category = Област
field-status = Статус
field-issuer = Издадено от
field-adopted = Прието
field-url = Официална страница
field-related = Свързани инструменти
field-type = Вид
field-number = Номер
field-signed = Подписано
field-official-text = Официален текст
field-download = Изтегляне
field-email = Електронна поща
field-phone = Телефон
field-address = Адрес
field-hours = Работно време
field-comment-until = Коментари до
field-affects = Засяга

direction-import = Внос
direction-export = Износ
direction-transit = Транзит
direction-both = Внос и износ
direction-other = Други процедури
filter-by-direction = Показване на процедурите за

## Procedures

procedure-summary = Накратко
procedure-steps-count = Стъпки
procedure-total-time = Обичайно общо време
procedure-total-fees = Такси
procedure-fees-more = { $count ->
    [one] плюс една такса в зависимост от случая
   *[other] плюс { $count } такси в зависимост от случая
}
procedure-fees-varying = { $count ->
    [one] Една такса в зависимост от случая
   *[other] { $count } такси в зависимост от случая
}
procedure-documents = Документи, които трябва да се подготвят
procedure-steps = Стъпка по стъпка
procedure-steps-n = { $count ->
    [0] Няма стъпки
    [one] Една стъпка
   *[other] { $count } стъпки
}
duration-days = { $count ->
    [one] 1 ден
   *[other] { $count } дни
}
duration-hours = { $count ->
    [one] 1 час
   *[other] { $count } часа
}
duration-minutes = { $count ->
    [one] 1 минута
   *[other] { $count } минути
}
duration-range = от { $min } до { $max }
duration-join = { $first } и { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Списък на таксите и сборовете
fee-tiers = Размери
fee-see-tiers = Вижте размерите
fee-per-declaration = за декларация
fee-per-consignment = за пратка
fee-per-container = за контейнер
fee-per-certificate = за сертификат
fee-per-hour = на час
fee-per-application = за заявление
fee-per-day = на ден
fee-per-page = на страница
fee-per-item = за артикул
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = в сила
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = в сила от { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } от { $date }
fee-changes-on = Размерите се променят на { $date }
fee-not-yet = Все още не е в сила: таксата се събира от { $date }
fee-ended = Вече не е в сила: таксата е събрана за последен път на { $date }
fee-state-not-yet = Все още не е в сила
fee-state-ended = Вече не е в сила
fee-timeline = Хронология на размерите
fee-timeline-tier = Случай
fee-timeline-from = От
fee-timeline-to = Последен ден
fee-timeline-state = Статус
fee-value-past = Предишен
fee-value-in_force = В сила
fee-value-scheduled = Предстоящ

## WCO tools

tools-by-category = Области
tool-category-conventions = Конвенции и споразумения
tool-category-facilitation = Улесняване на търговията
tool-category-security = Сигурност на веригата на доставки
tool-category-nomenclature = Класиране
tool-category-valuation = Митническа стойност
tool-category-origin = Произход
tool-category-enforcement = Правоприлагане и спазване на изискванията
tool-category-capacity-building = Изграждане на капацитет
tool-category-data = Данни и технологии
tool-category-revenue = Приходи
tool-status-contracting-party = Договаряща страна
tool-status-applied = Прилага се
tool-status-in-progress = В процес на въвеждане
tool-status-not-applied = Не се прилага
tool-status-reference = За справка

## Measures, legal texts, notices

measure-type-prohibition = Забрана
measure-type-restriction = Ограничение
measure-type-licence = Лиценз или разрешение
measure-type-sps = Санитарни и фитосанитарни мерки
measure-type-tbt = Техническо изискване
measure-type-quota = Квота
measure-type-other = Друга мярка
legal-type-law = Закон
legal-type-decree = Указ
legal-type-circular = Циркулярно писмо
legal-type-ruling = Решение
legal-type-agreement = Международно споразумение
notice-status-draft-for-comment = Открито за коментари
notice-status-adopted = Прието
notice-status-in-force = В сила
notice-status-repealed = Отменено
notice-consultation-open = Този проект е открит за коментари до { $date } включително. Изпращайте коментарите си на

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [0] Всички елементи са публикувани на този сайт.
    [one] Един елемент все още не е публикуван на този сайт.
   *[other] { $count } елемента все още не са публикувани на този сайт.
}
tfa-not-covered = Все още не е публикувано
tfa-1-1-a = Процедури за внос, износ и транзит и изискваните формуляри и документи
tfa-1-1-b = Прилагани ставки на митата и данъците
tfa-1-1-c = Такси и сборове
tfa-1-1-d = Правила за класирането или остойностяването на продуктите
tfa-1-1-e = Закони, подзаконови актове и административни решения, свързани с правилата за произход
tfa-1-1-f = Ограничения или забрани при вноса, износа или транзита
tfa-1-1-g = Разпоредби за санкциите
tfa-1-1-h = Процедури за обжалване или преразглеждане
tfa-1-1-i = Споразумения с други държави, свързани с вноса, износа или транзита
tfa-1-1-j = Процедури за администриране на тарифните квоти
tfa-1-2 = Информация, достъпна чрез интернет
tfa-1-3 = Информационни центрове

filter-all = Всички
tools-filter-status = Показване на инструментите според статуса им в тази администрация

## Search

search-title = Търсене
search-label = Търсене в сайта
search-placeholder = Стоки, код, процедура, такса…
search-button = Търсене
search-kind = Показване
search-kind-all = Всичко
search-kind-tariff = Тарифни кодове
search-kind-page = Други страници
search-hint = Въведете думи в произволна форма или тарифен код със или без точки ({ $code }).
search-needs-script = Търсенето изисква JavaScript. Вместо това можете да разгледате тарифата по раздели и глави.
search-count = Резултати:
search-chapter = Глава от тарифата
search-none = Няма резултати за „{ $query }“.
search-note-code = Няма код { $asked }. Показва се { $found }.
search-note-typo = Няма резултати за „{ $asked }“. Показват се резултатите за „{ $found }“.
search-result-tariff = Тарифен код
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = мито мита тарифа ставка ставки
search-previous = Предишна
search-next = Следваща

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
