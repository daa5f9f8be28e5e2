# UI strings of the default theme, Russian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Перейти к основному содержанию
language-switcher = Язык
main-navigation = Главное меню
breadcrumb = Вы находитесь здесь
footer-navigation = Об этом сайте
footer-published-by = Издатель: { $site }.

## Dates

last-updated = Последнее обновление:
published = Дата публикации:

## Translations

notice-untranslated = Эта страница ещё не переведена. Она показана на языке оригинала ({ $original }).
notice-stale = Этот перевод может быть устаревшим: версия на языке оригинала ({ $original }) обновлена { $date }
notice-read-original = Открыть версию на языке оригинала ({ $original }).

## Sections and pages

on-this-page = На этой странице
in-this-section = { $count ->
    [1] Одна страница в этом разделе
    [one] { $count } страница в этом разделе
    [few] { $count } страницы в этом разделе
    [many] { $count } страниц в этом разделе
   *[other] { $count } страницы в этом разделе
}
home-explore = Разделы сайта

## Errors and redirects

not-found-title = Страница не найдена
not-found-text = Запрошенная страница не существует или перемещена. Проверьте адрес или вернитесь на главную страницу.
not-found-home = Перейти на главную страницу
redirect-title = Страница перемещена
redirect-link = Перейти по новому адресу этой страницы

## Language chooser

chooser-intro = Выберите язык.

## Tariff

tariff-sections = Разделы
tariff-section = Раздел { $number }
tariff-other-chapters = Другие группы
tariff-chapter = Группа { $number }
tariff-chapter-notes-of = Примечания к группе { $number }
tariff-see-chapter = Вся группа { $number }
tariff-lines = Тарифные линии
tariff-lines-under = Тарифные линии, входящие в { $code }
tariff-table-hint = Выберите код, чтобы увидеть ставки и правила, которые к нему применяются.
tariff-no-rate = Нет
tariff-rates-current = Действующие ставки пошлин
tariff-rates-since = Ставки пошлин, действующие с { $date }
tariff-rates-from = Ставки пошлин с { $date }
tariff-rates-until = Ставки пошлин по { $date } включительно
tariff-rate-from = { $rate } с { $date }
tariff-line-not-yet = Эта тарифная линия ещё не действует: она применяется с { $date }
tariff-line-ended = Эта тарифная линия больше не действует: последний день её действия — { $date }
tariff-line-ending = Эта тарифная линия действует по { $date } включительно: это последний день её действия.
tariff-replaced-by = С { $date } эта тарифная линия заменяется следующими тарифными линиями:
tariff-replaces = С { $date } эта тарифная линия заменяет следующие тарифные линии:
tariff-timeline = Динамика ставок
tariff-timeline-column = Графа
tariff-timeline-rate = Ставка
tariff-timeline-from = Действует с
tariff-timeline-to = Действует по
tariff-timeline-state = Статус
tariff-state-past = Прежняя
tariff-state-in_force = Действует
tariff-state-scheduled = Запланирована
tariff-level-heading = Товарная позиция
tariff-level-subheading = Субпозиция
tariff-level-national_line = Национальная тарифная линия
tariff-col-code = Код
tariff-col-description = Наименование
tariff-col-unit = Единица измерения
tariff-col-mfn = РНБ
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Примечание

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Беспошлинно
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, но не менее { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, но не более { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Процедура
kind-fee = Сбор или платёж
kind-measure = Мера
kind-tool = Инструмент ВТамО
kind-legal = Правовой акт
kind-form = Форма
kind-agency = Ведомство
kind-notice = Уведомление
kind-plural-procedure = Процедуры
kind-plural-fee = Сборы и платежи
kind-plural-measure = Меры: запреты, ограничения и лицензии
kind-plural-tool = Инструменты ВТамО
kind-plural-legal = Правовые акты
kind-plural-form = Формы
kind-plural-agency = Ведомства
kind-plural-notice = Уведомления
backlinks-title = Упоминается в
tariff-what-applies = Что применяется к этим товарам
footer-enquiry-point = Есть вопросы? Обратитесь в национальный информационный центр

field-legal-basis = Правовое основание
field-hs = Товары, к которым применяется (тарифные коды)
field-direction = Направление
field-agencies = Участвующие ведомства
field-agency = Ведомство
field-tools = Применяемые международные стандарты
field-duration = Обычный срок
field-amount = Размер
field-per = Единица взимания
field-reason = Основание взимания
field-authority = Взимающий орган
field-payment = Порядок уплаты
field-published = Дата публикации
field-effective = Действует с
field-effective-proposed = Предлагаемая дата вступления в силу
field-until = Последний день взимания
field-acronym = Сокращение
field-category = Область
field-status = Статус
field-issuer = Издавший орган
field-adopted = Дата принятия
field-url = Официальная страница
field-related = Связанные инструменты
field-type = Вид
field-number = Номер
field-signed = Дата подписания
field-official-text = Официальный текст
field-download = Скачать
field-email = Электронная почта
field-phone = Телефон
field-address = Адрес
field-hours = Часы работы
field-comment-until = Замечания принимаются до
field-affects = Затрагивает

direction-import = Импорт
direction-export = Экспорт
direction-transit = Транзит
direction-both = Импорт и экспорт
direction-other = Прочие процедуры
filter-by-direction = Показать процедуры по направлению

## Procedures

procedure-summary = Кратко
procedure-steps-count = Число этапов
procedure-total-time = Обычный общий срок
procedure-total-fees = Сборы
procedure-fees-more = { $count ->
    [1] и ещё один сбор, размер которого зависит от обстоятельств
    [one] и ещё { $count } сбор, размер которого зависит от обстоятельств
    [few] и ещё { $count } сбора, размер которых зависит от обстоятельств
    [many] и ещё { $count } сборов, размер которых зависит от обстоятельств
   *[other] и ещё { $count } сбора, размер которых зависит от обстоятельств
}
procedure-fees-varying = { $count ->
    [1] Один сбор, размер которого зависит от обстоятельств
    [one] { $count } сбор, размер которого зависит от обстоятельств
    [few] { $count } сбора, размер которых зависит от обстоятельств
    [many] { $count } сборов, размер которых зависит от обстоятельств
   *[other] { $count } сбора, размер которых зависит от обстоятельств
}
procedure-documents = Необходимые документы
procedure-steps = Порядок действий
procedure-steps-n = { $count ->
    [1] Один этап
    [one] { $count } этап
    [few] { $count } этапа
    [many] { $count } этапов
   *[other] { $count } этапа
}
duration-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
duration-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
duration-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Перечень сборов и платежей
fee-tiers = Размеры
fee-see-tiers = Посмотреть размеры
fee-per-declaration = за декларацию
fee-per-consignment = за партию товаров
fee-per-container = за контейнер
fee-per-certificate = за сертификат
fee-per-hour = за час
fee-per-application = за заявление
fee-per-day = за сутки
fee-per-page = за страницу
fee-per-item = за единицу
fee-in-force-current = действует
fee-in-force-since = действует с { $date }
fee-amount-from = { $amount } с { $date }
fee-changes-on = Размеры меняются с { $date }
fee-not-yet = Ещё не действует: этот сбор взимается с { $date }
fee-ended = Больше не действует: последний день взимания этого сбора — { $date }
fee-state-not-yet = Ещё не действует
fee-state-ended = Больше не действует
fee-timeline = Динамика размеров
fee-timeline-tier = Случай
fee-timeline-from = Действует с
fee-timeline-to = Действует по
fee-timeline-state = Статус
fee-value-past = Прежний
fee-value-in_force = Действует
fee-value-scheduled = Запланирован

## WCO tools

tools-by-category = Области
tool-category-conventions = Конвенции и соглашения
tool-category-facilitation = Упрощение процедур торговли
tool-category-security = Безопасность цепи поставок
tool-category-nomenclature = Классификация товаров
tool-category-valuation = Таможенная стоимость
tool-category-origin = Происхождение товаров
tool-category-enforcement = Правоприменение и соблюдение требований
tool-category-capacity-building = Наращивание потенциала
tool-category-data = Данные и технологии
tool-category-revenue = Таможенные доходы
tool-status-contracting-party = Договаривающаяся сторона
tool-status-applied = Применяется
tool-status-in-progress = Внедряется
tool-status-not-applied = Не применяется
tool-status-reference = Справочный документ

## Measures, legal texts, notices

measure-type-prohibition = Запрет
measure-type-restriction = Ограничение
measure-type-licence = Лицензия или разрешение
measure-type-sps = Санитарные и фитосанитарные меры
measure-type-tbt = Технические требования
measure-type-quota = Квота
measure-type-other = Прочая мера
legal-type-law = Закон
legal-type-decree = Указ
legal-type-circular = Циркуляр
legal-type-ruling = Решение
legal-type-agreement = Международное соглашение
notice-status-draft-for-comment = Открыт для замечаний
notice-status-adopted = Принят
notice-status-in-force = Действует
notice-status-repealed = Отменён
notice-consultation-open = Этот проект открыт для замечаний до { $date } Направляйте замечания по адресу

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [1] Сведения по одному пункту ещё не опубликованы на этом сайте.
    [one] Сведения по { $count } пункту ещё не опубликованы на этом сайте.
    [few] Сведения по { $count } пунктам ещё не опубликованы на этом сайте.
    [many] Сведения по { $count } пунктам ещё не опубликованы на этом сайте.
   *[other] Сведения по { $count } пунктам ещё не опубликованы на этом сайте.
}
tfa-not-covered = Ещё не опубликовано
tfa-1-1-a = Процедуры импорта, экспорта и транзита, требуемые формы и документы
tfa-1-1-b = Применяемые ставки пошлин и налогов
tfa-1-1-c = Сборы и платежи
tfa-1-1-d = Правила классификации или оценки товаров для таможенных целей
tfa-1-1-e = Законы, правила и административные решения, относящиеся к правилам происхождения
tfa-1-1-f = Ограничения или запреты на импорт, экспорт или транзит
tfa-1-1-g = Положения о санкциях
tfa-1-1-h = Процедуры обжалования или пересмотра
tfa-1-1-i = Соглашения с другими странами, касающиеся импорта, экспорта или транзита
tfa-1-1-j = Процедуры администрирования тарифных квот
tfa-1-2 = Информация, доступная через Интернет
tfa-1-3 = Информационные центры

filter-all = Все
tools-filter-status = Показать инструменты по их статусу в данной администрации

## Search

search-title = Поиск
search-label = Поиск по сайту
search-placeholder = Товар, код, процедура, сбор…
search-button = Найти
search-kind = Показать
search-kind-all = Всё
search-kind-tariff = Тарифные коды
search-kind-page = Другие страницы
search-hint = Вводите слова в любой форме или тарифный код с точками или без них ({ $code }).
search-needs-script = Для поиска нужен JavaScript. Вы можете просматривать тариф по разделам и группам.
search-count = Найдено:
search-chapter = Группа тарифа
search-none = Ничего не найдено по запросу «{ $query }».
search-note-code = Кода { $asked } нет. Показан { $found }.
search-note-typo = Ничего не найдено по запросу «{ $asked }». Показаны результаты для «{ $found }».
search-result-tariff = Код тарифа
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = пошлина пошлины таможенная тариф ставка
search-previous = Назад
search-next = Далее

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
