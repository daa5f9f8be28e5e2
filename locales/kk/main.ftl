# UI strings of the default theme, Kazakh (Cyrillic script).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Негізгі мазмұнға өту
language-switcher = Тіл
main-navigation = Басты мәзір
breadcrumb = Сіз осындасыз
footer-navigation = Сайт туралы
footer-published-by = Жариялаған: { $site }.

## Dates

last-updated = Соңғы жаңартылған күні:
published = Жарияланған күні:

## Translations

notice-untranslated = Бұл бет әлі аударылмаған. Ол түпнұсқа тілінде ({ $original }) көрсетілген.
notice-stale = Бұл аударма ескірген болуы мүмкін: түпнұсқа нұсқасы ({ $original }) { $date } жаңартылды.
notice-read-original = Түпнұсқа нұсқасын ({ $original }) оқу.

## Sections and pages

on-this-page = Осы бетте
in-this-section = { $count ->
    [one] Бұл бөлімде бір бет бар
   *[other] Бұл бөлімде { $count } бет бар
}
home-explore = Сайтпен танысу

## Errors and redirects

not-found-title = Бет табылмады
not-found-text = Сіз сұраған бет жоқ немесе басқа мекенжайға көшірілген. Мекенжайды тексеріңіз немесе басты беттен қайта бастаңыз.
not-found-home = Басты бетке өту
redirect-title = Бұл бет көшірілді
redirect-link = Осы беттің жаңа мекенжайына өту

## Language chooser

chooser-intro = Тілді таңдаңыз.

## Tariff

tariff-sections = Бөлімдер
tariff-section = { $number }-бөлім
tariff-other-chapters = Басқа топтар
tariff-chapter = { $number }-топ
tariff-chapter-notes-of = { $number }-топқа ескертпелер
tariff-see-chapter = { $number }-топты толық қарау
tariff-lines = Тарифтік желілер
tariff-lines-under = { $code } құрамындағы тарифтік желілер
tariff-table-hint = Мөлшерлемелерін және оған қолданылатын қағидаларды көру үшін кодты таңдаңыз.
tariff-no-rate = Жоқ
tariff-rates-current = Қолданыстағы баж мөлшерлемелері
tariff-rates-since = Қолданыстағы баж мөлшерлемелері ({ $date } күнінен бастап)
tariff-rates-from = Баж мөлшерлемелері ({ $date } күнінен бастап)
tariff-rates-until = Баж мөлшерлемелері ({ $date } дейін, қоса алғанда)
tariff-rate-from = { $rate }, күшіне енетін күні: { $date }
tariff-line-not-yet = Бұл тарифтік желі әлі күшіне енген жоқ; қолданыла бастайтын күні: { $date }.
tariff-line-ended = Бұл тарифтік желі енді қолданылмайды; соңғы қолданылған күні: { $date }.
tariff-line-ending = Бұл тарифтік желі күшінде; соңғы қолданылатын күні: { $date }.
tariff-replaced-by = { $date } күнінен бастап бұл тарифтік желінің орнына мына желілер қолданылады:
tariff-replaces = { $date } күнінен бастап бұл тарифтік желі мына желілердің орнына қолданылады:
tariff-timeline = Мөлшерлемелердің өзгеру тарихы
tariff-timeline-column = Баған
tariff-timeline-rate = Мөлшерлеме
tariff-timeline-from = Басталуы
tariff-timeline-to = Аяқталуы
tariff-timeline-state = Мәртебесі
tariff-state-past = Бұрынғы
tariff-state-in_force = Қолданыста
tariff-state-scheduled = Жоспарланған
tariff-level-heading = Тауар позициясы
tariff-level-subheading = Субпозиция
tariff-level-national_line = Ұлттық тарифтік желі
tariff-col-code = Код
tariff-col-description = Атауы
tariff-col-unit = Өлшем бірлігі
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Ескертпе

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Баж салынбайды
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, кемінде { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, көп дегенде { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Рәсім
kind-fee = Алым немесе төлем
kind-measure = Шара
kind-tool = ДКҰ құжаты немесе құралы
kind-legal = Құқықтық акт
kind-form = Нысан
kind-agency = Мемлекеттік орган
kind-notice = Хабарландыру
kind-plural-procedure = Рәсімдер
kind-plural-fee = Алымдар мен төлемдер
kind-plural-measure = Шаралар: тыйымдар, шектеулер және лицензиялар
kind-plural-tool = ДКҰ құжаттары мен құралдары
kind-plural-legal = Құқықтық актілер
kind-plural-form = Нысандар
kind-plural-agency = Мемлекеттік органдар
kind-plural-notice = Хабарландырулар
backlinks-title = Сілтеме жасаған беттер
tariff-what-applies = Осы тауарларға не қолданылады
footer-enquiry-point = Сұрақтарыңыз бар ма? Ұлттық ақпараттық орталыққа хабарласыңыз

field-legal-basis = Құқықтық негіз
field-hs = Қатысты тауарлар (тарифтік кодтар)
field-direction = Операция түрі
field-agencies = Қатысатын органдар
field-agency = Орган
field-tools = Қолданылатын халықаралық стандарттар
field-duration = Әдеттегі мерзім
field-amount = Мөлшері
field-per = Алу бірлігі
field-reason = Алымның алыну негізі
field-authority = Алымды алатын орган
field-payment = Төлеу тәртібі
field-published = Жарияланған күні
field-effective = Қолданысқа енген күні
field-effective-proposed = Күшіне енудің ұсынылған күні
field-until = Алынатын соңғы күні
field-acronym = Қысқартылған атауы
field-category = Сала
field-status = Мәртебесі
field-issuer = Шығарған орган
field-adopted = Қабылданған күні
field-url = Ресми бет
field-related = Байланысты құжаттар
field-type = Түрі
field-number = Нөмірі
field-signed = Қол қойылған күні
field-official-text = Ресми мәтін
field-download = Жүктеп алу
field-email = Электрондық пошта
field-phone = Телефон
field-address = Мекенжай
field-hours = Жұмыс уақыты
field-comment-until = Ескертпелер қабылданатын соңғы күн
field-affects = Қатысты

direction-import = Импорт
direction-export = Экспорт
direction-transit = Транзит
direction-both = Импорт және экспорт
direction-other = Басқа рәсімдер
filter-by-direction = Рәсімдерді көрсету

## Procedures

procedure-summary = Қысқаша
procedure-steps-count = Кезеңдер саны
procedure-total-time = Әдеттегі жалпы мерзім
procedure-total-fees = Алымдар
procedure-fees-more = { $count ->
    [one] сондай-ақ жағдайға байланысты бір алым
   *[other] сондай-ақ жағдайға байланысты { $count } алым
}
procedure-fees-varying = { $count ->
    [one] Жағдайға байланысты бір алым
   *[other] Жағдайға байланысты { $count } алым
}
procedure-documents = Дайындалатын құжаттар
procedure-steps = Кезең-кезеңімен
procedure-steps-n = { $count ->
    [one] Бір кезең
   *[other] { $count } кезең
}
duration-days = { $count ->
    [one] { $count } күн
   *[other] { $count } күн
}
duration-hours = { $count ->
    [one] { $count } сағат
   *[other] { $count } сағат
}
duration-minutes = { $count ->
    [one] { $count } минут
   *[other] { $count } минут
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Алымдар мен төлемдер тізбесі
fee-tiers = Мөлшерлер
fee-see-tiers = Мөлшерлерді қарау
fee-per-declaration = әр декларация үшін
fee-per-consignment = әр тауар партиясы үшін
fee-per-container = әр контейнер үшін
fee-per-certificate = әр сертификат үшін
fee-per-hour = әр сағат үшін
fee-per-application = әр өтініш үшін
fee-per-day = әр тәулік үшін
fee-per-page = әр бет үшін
fee-per-item = әр бірлік үшін
fee-in-force-current = қолданыста
fee-in-force-since = { $date } күнінен бастап қолданыста
fee-amount-from = { $amount }, күшіне енетін күні: { $date }
fee-changes-on = Мөлшерлердің өзгеретін күні: { $date }
fee-not-yet = Бұл алым әлі күшіне енген жоқ; алына бастайтын күні: { $date }.
fee-ended = Бұл алым енді қолданылмайды; соңғы алынған күні: { $date }.
fee-state-not-yet = Әлі күшіне енген жоқ
fee-state-ended = Енді қолданылмайды
fee-timeline = Мөлшерлердің өзгеру тарихы
fee-timeline-tier = Жағдай
fee-timeline-from = Басталуы
fee-timeline-to = Соңғы күні
fee-timeline-state = Мәртебесі
fee-value-past = Бұрынғы
fee-value-in_force = Қолданыста
fee-value-scheduled = Жоспарланған

## WCO tools

tools-by-category = Салалар
tool-category-conventions = Конвенциялар мен келісімдер
tool-category-facilitation = Сауданы оңайлату
tool-category-security = Жеткізу тізбегінің қауіпсіздігі
tool-category-nomenclature = Тауарларды сыныптау
tool-category-valuation = Кедендік құн
tool-category-origin = Тауарлардың шығу тегі
tool-category-enforcement = Құқық қорғау және талаптарды сақтау
tool-category-capacity-building = Әлеуетті арттыру
tool-category-data = Деректер және технологиялар
tool-category-revenue = Кірістер
tool-status-contracting-party = Уағдаласушы тарап
tool-status-applied = Қолданылады
tool-status-in-progress = Енгізілу үстінде
tool-status-not-applied = Қолданылмайды
tool-status-reference = Анықтамалық құжат

## Measures, legal texts, notices

measure-type-prohibition = Тыйым
measure-type-restriction = Шектеу
measure-type-licence = Лицензия немесе рұқсат
measure-type-sps = Санитариялық және фитосанитариялық шаралар
measure-type-tbt = Техникалық талап
measure-type-quota = Квота
measure-type-other = Басқа шара
legal-type-law = Заң
legal-type-decree = Жарлық
legal-type-circular = Циркуляр
legal-type-ruling = Шешім
legal-type-agreement = Халықаралық келісім
notice-status-draft-for-comment = Ескертпелер үшін ашық
notice-status-adopted = Қабылданды
notice-status-in-force = Қолданыста
notice-status-repealed = Күші жойылды
notice-consultation-open = Бұл жоба бойынша ескертпелер мына күнге дейін қабылданады: { $date }. Ескертпелеріңізді мына мекенжайға жіберіңіз:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Бір тармақ бұл сайтта әлі жарияланбаған.
   *[other] { $count } тармақ бұл сайтта әлі жарияланбаған.
}
tfa-not-covered = Әлі жарияланбаған
tfa-1-1-a = Импорттау, экспорттау және транзит рәсімдері, талап етілетін нысандар мен құжаттар
tfa-1-1-b = Қолданылатын баждар мен салықтардың мөлшерлемелері
tfa-1-1-c = Алымдар мен төлемдер
tfa-1-1-d = Тауарларды сыныптау немесе кедендік бағалау қағидалары
tfa-1-1-e = Шығу тегі қағидаларына қатысты заңдар, нормативтік актілер мен шешімдер
tfa-1-1-f = Импорттауға, экспорттауға немесе транзитке қатысты шектеулер мен тыйымдар
tfa-1-1-g = Жазалар туралы ережелер
tfa-1-1-h = Шағымдану немесе қайта қарау рәсімдері
tfa-1-1-i = Импорттауға, экспорттауға немесе транзитке қатысты басқа елдермен жасалған келісімдер
tfa-1-1-j = Тарифтік квоталарды әкімшілендіру рәсімдері
tfa-1-2 = Интернет арқылы қолжетімді ақпарат
tfa-1-3 = Ақпараттық орталықтар

filter-all = Барлығы
tools-filter-status = Құжаттарды осы әкімшіліктегі мәртебесі бойынша көрсету

## Search

search-title = Іздеу
search-label = Сайттан іздеу
search-placeholder = Тауар, код, рәсім, алым…
search-button = Іздеу
search-kind = Көрсету
search-kind-all = Барлығы
search-kind-tariff = Тарифтік кодтар
search-kind-page = Басқа беттер
search-hint = Сөздерді кез келген түрде немесе тарифтік кодты нүктемен не нүктесіз енгізіңіз ({ $code }).
search-needs-script = Іздеу үшін JavaScript қажет. Оның орнына тарифті бөлімдер мен топтар бойынша қарауға болады.
search-count = Нәтижелер:
search-chapter = Тариф тобы
search-none = «{ $query }» бойынша нәтиже жоқ.
search-note-code = { $asked } коды жоқ. { $found } көрсетілген.
search-note-typo = «{ $asked }» бойынша нәтиже жоқ. «{ $found }» бойынша нәтижелер көрсетілген.
search-result-tariff = Тариф коды
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = баж баждар кедендік тариф мөлшерлеме
search-previous = Алдыңғы
search-next = Келесі

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
