# UI strings of the default theme, Tajik (Cyrillic script).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Гузариш ба мундариҷаи асосӣ
language-switcher = Забон
main-navigation = Менюи асосӣ
breadcrumb = Шумо дар ин ҷо ҳастед
footer-navigation = Дар бораи сомона
footer-published-by = Нашркунанда: { $site }.

## Dates

last-updated = Навсозии охирин:
published = Санаи нашр:

## Translations

notice-untranslated = Ин саҳифа ҳанӯз тарҷума нашудааст. Он бо забони асл ({ $original }) нишон дода мешавад.
notice-stale = Ин тарҷума метавонад кӯҳна бошад: нусхаи аслӣ ({ $original }) санаи { $date } навсозӣ шудааст.
notice-read-original = Хондани нусхаи аслӣ ({ $original }).

## Sections and pages

on-this-page = Дар ин саҳифа
in-this-section = { $count ->
    [one] Дар ин бахш { $count } саҳифа мавҷуд аст
   *[other] Дар ин бахш { $count } саҳифа мавҷуд аст
}
home-explore = Шиносоӣ бо сомона

## Errors and redirects

not-found-title = Саҳифа ёфт нашуд
not-found-text = Саҳифаи дархостшуда вуҷуд надорад ё ба нишонии дигар интиқол ёфтааст. Нишониро санҷед ё аз саҳифаи асосӣ аз нав оғоз кунед.
not-found-home = Гузариш ба саҳифаи асосӣ
redirect-title = Ин саҳифа интиқол ёфтааст
redirect-link = Гузариш ба нишонии нави ин саҳифа

## Language chooser

chooser-intro = Забонро интихоб кунед.

## Tariff

tariff-sections = Бахшҳо
tariff-section = Бахши { $number }
tariff-other-chapters = Гурӯҳҳои дигар
tariff-chapter = Гурӯҳи { $number }
tariff-chapter-notes-of = Эзоҳҳо ба гурӯҳи { $number }
tariff-see-chapter = Гурӯҳи { $number } пурра
tariff-lines = Хатҳои тарифӣ
tariff-lines-under = Хатҳои тарифии дохили { $code }
tariff-table-hint = Барои дидани меъёрҳо ва қоидаҳое, ки нисбат ба он татбиқ мешаванд, рамзро интихоб кунед.
tariff-no-rate = Нест
tariff-rates-current = Меъёрҳои боҷи амалкунанда
tariff-rates-since = Меъёрҳои боҷи амалкунанда аз { $date }
tariff-rates-from = Меъёрҳои боҷ аз санаи { $date }
tariff-rates-until = Меъёрҳои боҷ то санаи { $date }
tariff-rate-from = { $rate } аз санаи { $date }
tariff-line-not-yet = Ин хати тарифӣ ҳанӯз эътибор надорад: аз санаи { $date } татбиқ мешавад.
tariff-line-ended = Ин хати тарифӣ дигар эътибор надорад: рӯзи охирини амали он { $date } буд.
tariff-line-ending = Ин хати тарифӣ эътибор дорад: рӯзи охирини амали он { $date } аст.
tariff-replaced-by = Аз санаи { $date } ин хати тарифӣ бо хатҳои зерин иваз карда мешавад:
tariff-replaces = Аз санаи { $date } ин хати тарифӣ хатҳои зеринро иваз мекунад:
tariff-timeline = Тағйири меъёрҳо дар тӯли вақт
tariff-timeline-column = Сутун
tariff-timeline-rate = Меъёр
tariff-timeline-from = Санаи оғоз
tariff-timeline-to = Санаи анҷом
tariff-timeline-state = Мақом
tariff-state-past = Гузашта
tariff-state-in_force = Амалкунанда
tariff-state-scheduled = Банақшагирифта
tariff-level-heading = Мавқеи молӣ
tariff-level-subheading = Зермавқеъ
tariff-level-national_line = Хати тарифии миллӣ
tariff-col-code = Рамз
tariff-col-description = Номгӯй
tariff-col-unit = Воҳиди ченак
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Эзоҳ

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Аз боҷ озод
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, на камтар аз { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, на зиёда аз { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Расмиёт
kind-fee = Пардохт ё ҳаққ
kind-measure = Чора
kind-tool = Санад ё абзори СҶГ
kind-legal = Санади ҳуқуқӣ
kind-form = Шакл
kind-agency = Мақомот
kind-notice = Огоҳинома
kind-plural-procedure = Расмиёт
kind-plural-fee = Пардохтҳо ва ҳаққҳо
kind-plural-measure = Чораҳо: манъкуниҳо, маҳдудиятҳо ва иҷозатномаҳо
kind-plural-tool = Санадҳо ва абзорҳои СҶГ
kind-plural-legal = Санадҳои ҳуқуқӣ
kind-plural-form = Шаклҳо
kind-plural-agency = Мақомот
kind-plural-notice = Огоҳиномаҳо
backlinks-title = Саҳифаҳое, ки ба ин истинод мекунанд
tariff-what-applies = Чӣ нисбат ба ин молҳо татбиқ мешавад
footer-enquiry-point = Савол доред? Ба маркази иттилоотии миллӣ муроҷиат кунед

field-legal-basis = Асоси ҳуқуқӣ
field-hs = Молҳои дахлдор (рамзҳои тарифӣ)
field-direction = Навъи амалиёт
field-agencies = Мақомоти ҷалбшуда
field-agency = Мақомот
field-tools = Стандартҳои байналмилалии татбиқшаванда
field-duration = Мӯҳлати муқаррарӣ
field-amount = Андоза
field-per = Воҳиди ситонидан
field-reason = Асоси ситонидани пардохт
field-authority = Мақомоти ситонанда
field-payment = Тартиби пардохт
field-published = Санаи нашр
field-effective = Эътибор дорад аз
field-effective-proposed = Санаи пешниҳодшудаи эътибор пайдо кардан
field-until = Рӯзи охирини ситонидан
field-acronym = Ихтисор
field-category = Соҳа
field-status = Мақом
field-issuer = Мақомоти қабулкунанда
field-adopted = Санаи қабул
field-url = Саҳифаи расмӣ
field-related = Санадҳои марбут
field-type = Навъ
field-number = Рақам
field-signed = Санаи имзо
field-official-text = Матни расмӣ
field-download = Боргирӣ
field-email = Почтаи электронӣ
field-phone = Телефон
field-address = Нишонӣ
field-hours = Соатҳои корӣ
field-comment-until = Мӯҳлати охирини қабули пешниҳодҳо
field-affects = Дахл дорад ба

direction-import = Воридот
direction-export = Содирот
direction-transit = Транзит
direction-both = Воридот ва содирот
direction-other = Расмиёти дигар
filter-by-direction = Нишон додани расмиёт

## Procedures

procedure-summary = Мухтасар
procedure-steps-count = Шумораи марҳилаҳо
procedure-total-time = Мӯҳлати умумии муқаррарӣ
procedure-total-fees = Пардохтҳо
procedure-fees-more = { $count ->
    [one] инчунин { $count } пардохт, ки аз ҳолат вобаста аст
   *[other] инчунин { $count } пардохт, ки аз ҳолат вобастаанд
}
procedure-fees-varying = { $count ->
    [one] { $count } пардохт, ки аз ҳолат вобаста аст
   *[other] { $count } пардохт, ки аз ҳолат вобастаанд
}
procedure-documents = Ҳуҷҷатҳое, ки бояд омода шаванд
procedure-steps = Марҳила ба марҳила
procedure-steps-n = { $count ->
    [one] { $count } марҳила
   *[other] { $count } марҳила
}
duration-days = { $count ->
    [one] { $count } рӯз
   *[other] { $count } рӯз
}
duration-hours = { $count ->
    [one] { $count } соат
   *[other] { $count } соат
}
duration-minutes = { $count ->
    [one] { $count } дақиқа
   *[other] { $count } дақиқа
}
duration-range = аз { $min } то { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Рӯйхати пардохтҳо ва ҳаққҳо
fee-tiers = Андозаҳо
fee-see-tiers = Дидани андозаҳо
fee-per-declaration = барои ҳар эъломия
fee-per-consignment = барои ҳар интиқоли мол
fee-per-container = барои ҳар контейнер
fee-per-certificate = барои ҳар сертификат
fee-per-hour = барои ҳар соат
fee-per-application = барои ҳар ариза
fee-per-day = барои ҳар шабонарӯз
fee-per-page = барои ҳар саҳифа
fee-per-item = барои ҳар воҳид
fee-in-force-current = амалкунанда
fee-in-force-since = амалкунанда аз { $date }
fee-amount-from = { $amount } аз санаи { $date }
fee-changes-on = Андозаҳо аз санаи { $date } тағйир меёбанд
fee-not-yet = Ҳанӯз эътибор надорад: ин пардохт аз санаи { $date } ситонида мешавад.
fee-ended = Дигар эътибор надорад: ин пардохт бори охир санаи { $date } ситонида шуд.
fee-state-not-yet = Ҳанӯз эътибор надорад
fee-state-ended = Дигар эътибор надорад
fee-timeline = Тағйири андозаҳо дар тӯли вақт
fee-timeline-tier = Ҳолат
fee-timeline-from = Санаи оғоз
fee-timeline-to = Рӯзи охирин
fee-timeline-state = Мақом
fee-value-past = Гузашта
fee-value-in_force = Амалкунанда
fee-value-scheduled = Банақшагирифта

## WCO tools

tools-by-category = Соҳаҳо
tool-category-conventions = Конвенсияҳо ва созишномаҳо
tool-category-facilitation = Соддагардонии савдо
tool-category-security = Амнияти занҷираи таъминот
tool-category-nomenclature = Таснифоти молҳо
tool-category-valuation = Арзиши гумрукӣ
tool-category-origin = Пайдоиши молҳо
tool-category-enforcement = Ҳифзи ҳуқуқ ва риояи талабот
tool-category-capacity-building = Тақвияти иқтидор
tool-category-data = Маълумот ва технология
tool-category-revenue = Даромадҳо
tool-status-contracting-party = Тарафи аҳдкунанда
tool-status-applied = Татбиқ мешавад
tool-status-in-progress = Дар ҷараёни татбиқ
tool-status-not-applied = Татбиқ намешавад
tool-status-reference = Санади маълумотӣ

## Measures, legal texts, notices

measure-type-prohibition = Манъкунӣ
measure-type-restriction = Маҳдудият
measure-type-licence = Иҷозатнома ё иҷозат
measure-type-sps = Чораҳои санитарӣ ва фитосанитарӣ
measure-type-tbt = Талаботи техникӣ
measure-type-quota = Квота
measure-type-other = Чораи дигар
legal-type-law = Қонун
legal-type-decree = Фармон
legal-type-circular = Мактуби дастурӣ
legal-type-ruling = Қарор
legal-type-agreement = Созишномаи байналмилалӣ
notice-status-draft-for-comment = Барои пешниҳодҳо кушода
notice-status-adopted = Қабул шудааст
notice-status-in-force = Эътибор дорад
notice-status-repealed = Беэътибор дониста шудааст
notice-consultation-open = Пешниҳодҳо оид ба ин лоиҳа то санаи { $date } қабул карда мешаванд. Пешниҳодҳои худро ба ин нишонӣ фиристед:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] { $count } банд дар ин сомона ҳанӯз нашр нашудааст.
   *[other] { $count } банд дар ин сомона ҳанӯз нашр нашудааст.
}
tfa-not-covered = Ҳанӯз нашр нашудааст
tfa-1-1-a = Расмиёти воридот, содирот ва транзит, шаклҳо ва ҳуҷҷатҳои зарурӣ
tfa-1-1-b = Меъёрҳои амалкунандаи боҷҳо ва андозҳо
tfa-1-1-c = Пардохтҳо ва ҳаққҳо
tfa-1-1-d = Қоидаҳои таснифот ё арзишгузории гумрукии молҳо
tfa-1-1-e = Қонунҳо, санадҳои меъёрӣ ва қарорҳо оид ба қоидаҳои пайдоиш
tfa-1-1-f = Маҳдудиятҳо ё манъкуниҳои воридот, содирот ё транзит
tfa-1-1-g = Муқаррарот оид ба ҷазоҳо
tfa-1-1-h = Расмиёти шикоят ё бознигарӣ
tfa-1-1-i = Созишномаҳо бо кишварҳои дигар оид ба воридот, содирот ё транзит
tfa-1-1-j = Расмиёти идоракунии квотаҳои тарифӣ
tfa-1-2 = Иттилооте, ки тавассути интернет дастрас аст
tfa-1-3 = Марказҳои иттилоотӣ

filter-all = Ҳама
tools-filter-status = Нишон додани санадҳо аз рӯи мақоми онҳо дар ин маъмурият

## Search

search-title = Ҷустуҷӯ
search-label = Ҷустуҷӯ дар сомона
search-placeholder = Мол, рамз, расмиёт, пардохт…
search-button = Ҷустуҷӯ
search-kind = Нишон додан
search-kind-all = Ҳама
search-kind-tariff = Рамзҳои тарифӣ
search-kind-page = Саҳифаҳои дигар
search-hint = Калимаҳоро дар ҳар шакл ё рамзи тарифиро бо нуқта ё бе нуқта ворид кунед ({ $code }).
search-needs-script = Барои ҷустуҷӯ JavaScript лозим аст. Ба ҷои он тарифро аз рӯи бахшҳо ва гурӯҳҳо дида бароед.
search-count = Натиҷаҳо:
search-chapter = Гурӯҳи тариф
search-none = Барои «{ $query }» натиҷа нест.
search-note-code = Рамзи { $asked } вуҷуд надорад. { $found } нишон дода мешавад.
search-note-typo = Барои «{ $asked }» натиҷа нест. Натиҷаҳо барои «{ $found }».
search-result-tariff = Рамзи тариф
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = боҷ боҷи боҷҳо гумрукӣ тариф меъёр
search-previous = Қаблӣ
search-next = Баъдӣ

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
