# UI strings of the default theme, Mongolian (Cyrillic script).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Үндсэн агуулга руу шилжих
language-switcher = Хэл
main-navigation = Үндсэн цэс
breadcrumb = Та энд байна
footer-navigation = Сайтын тухай
footer-published-by = Нийтэлсэн: { $site }.

## Dates

last-updated = Сүүлд шинэчилсэн:
published = Нийтэлсэн огноо:

## Translations

notice-untranslated = Энэ хуудсыг хараахан орчуулаагүй байна. Эх хэлээр ({ $original }) харуулж байна.
notice-stale = Энэ орчуулга хуучирсан байж болзошгүй: эх хувилбарыг ({ $original }) шинэчилсэн огноо: { $date }.
notice-read-original = Эх хувилбарыг ({ $original }) унших.

## Sections and pages

on-this-page = Энэ хуудсанд
in-this-section = { $count ->
    [one] Энэ хэсэгт нэг хуудас байна
   *[other] Энэ хэсэгт { $count } хуудас байна
}
home-explore = Сайттай танилцах

## Errors and redirects

not-found-title = Хуудас олдсонгүй
not-found-text = Таны хайсан хуудас байхгүй эсвэл өөр хаяг руу шилжсэн байна. Хаягаа шалгах, эсвэл нүүр хуудаснаас дахин эхлүүлнэ үү.
not-found-home = Нүүр хуудас руу очих
redirect-title = Энэ хуудас шилжсэн
redirect-link = Энэ хуудасны шинэ хаяг руу очих

## Language chooser

chooser-intro = Хэлээ сонгоно уу.

## Tariff

tariff-sections = Хэсгүүд
tariff-section = Хэсэг { $number }
tariff-other-chapters = Бусад бүлэг
tariff-chapter = Бүлэг { $number }
tariff-chapter-notes-of = Бүлэг { $number }: тайлбар
tariff-see-chapter = Бүлэг { $number } — бүтнээр нь үзэх
tariff-lines = Тарифын шугамууд
tariff-lines-under = { $code } дахь тарифын шугамууд
tariff-table-hint = Хувь хэмжээ болон холбогдох журмыг харахын тулд кодыг сонгоно уу.
tariff-no-rate = Байхгүй
tariff-rates-current = Хүчин төгөлдөр татварын хувь хэмжээ
tariff-rates-since = Хүчин төгөлдөр татварын хувь хэмжээ ({ $date }-наас)
tariff-rates-from = Татварын хувь хэмжээ ({ $date }-наас)
tariff-rates-until = Татварын хувь хэмжээ ({ $date } хүртэл, тухайн өдрийг оролцуулан)
tariff-rate-from = { $rate }, хүчин төгөлдөр болох огноо: { $date }
tariff-line-not-yet = Энэ тарифын шугам хараахан хүчин төгөлдөр болоогүй; мөрдөж эхлэх огноо: { $date }.
tariff-line-ended = Энэ тарифын шугам хүчингүй болсон; мөрдсөн сүүлийн өдөр: { $date }.
tariff-line-ending = Энэ тарифын шугам хүчин төгөлдөр байна; мөрдөх сүүлийн өдөр: { $date }.
tariff-replaced-by = { $date }-наас эхлэн энэ тарифын шугамыг дараах шугамаар орлуулна:
tariff-replaces = { $date }-наас эхлэн энэ тарифын шугам дараах шугамыг орлоно:
tariff-timeline = Хувь хэмжээний өөрчлөлт
tariff-timeline-column = Багана
tariff-timeline-rate = Хувь хэмжээ
tariff-timeline-from = Эхлэх
tariff-timeline-to = Дуусах
tariff-timeline-state = Төлөв
tariff-state-past = Өмнөх
tariff-state-in_force = Хүчин төгөлдөр
tariff-state-scheduled = Төлөвлөгдсөн
tariff-level-heading = Зүйл
tariff-level-subheading = Дэд зүйл
tariff-level-national_line = Үндэсний тарифын шугам
tariff-col-code = Код
tariff-col-description = Барааны нэр
tariff-col-unit = Хэмжих нэгж
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Тайлбар

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Татвараас чөлөөлөгдөнө
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, доод тал нь { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, дээд тал нь { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Журам
kind-fee = Хураамж буюу төлбөр
kind-measure = Арга хэмжээ
kind-tool = ДГБ-ын баримт бичиг буюу хэрэгсэл
kind-legal = Эрх зүйн акт
kind-form = Маягт
kind-agency = Байгууллага
kind-notice = Мэдэгдэл
kind-plural-procedure = Журам
kind-plural-fee = Хураамж ба төлбөр
kind-plural-measure = Арга хэмжээ: хориг, хязгаарлалт ба тусгай зөвшөөрөл
kind-plural-tool = ДГБ-ын баримт бичиг ба хэрэгсэл
kind-plural-legal = Эрх зүйн актууд
kind-plural-form = Маягтууд
kind-plural-agency = Байгууллагууд
kind-plural-notice = Мэдэгдлүүд
backlinks-title = Иш татсан хуудсууд
tariff-what-applies = Эдгээр бараанд юу хамаарах вэ
footer-enquiry-point = Асуулт байна уу? Үндэсний лавлагааны төвд хандана уу

field-legal-basis = Эрх зүйн үндэслэл
field-hs = Хамаарах бараа (тарифын код)
field-direction = Үйл ажиллагааны төрөл
field-agencies = Оролцох байгууллагууд
field-agency = Байгууллага
field-tools = Мөрдөж буй олон улсын стандарт
field-duration = Ердийн хугацаа
field-amount = Хэмжээ
field-per = Ногдуулах нэгж
field-reason = Хураамж ногдуулах үндэслэл
field-authority = Хураамж авах байгууллага
field-payment = Төлөх журам
field-published = Нийтэлсэн огноо
field-effective = Хүчин төгөлдөр болох огноо
field-effective-proposed = Хүчин төгөлдөр болох санал болгосон огноо
field-until = Хураах сүүлийн өдөр
field-acronym = Товчлол
field-category = Салбар
field-status = Төлөв
field-issuer = Баталсан байгууллага
field-adopted = Баталсан огноо
field-url = Албан ёсны хуудас
field-related = Холбогдох баримт бичиг
field-type = Төрөл
field-number = Дугаар
field-signed = Гарын үсэг зурсан огноо
field-official-text = Албан ёсны эх
field-download = Татаж авах
field-email = Цахим шуудан
field-phone = Утас
field-address = Хаяг
field-hours = Ажлын цаг
field-comment-until = Санал хүлээн авах эцсийн хугацаа
field-affects = Хамаарах

direction-import = Импорт
direction-export = Экспорт
direction-transit = Транзит
direction-both = Импорт ба экспорт
direction-other = Бусад журам
filter-by-direction = Журмыг харуулах

## Procedures

procedure-summary = Товчоор
procedure-steps-count = Алхмын тоо
procedure-total-time = Ердийн нийт хугацаа
procedure-total-fees = Хураамж
procedure-fees-more = { $count ->
    [one] мөн нөхцөл байдлаас хамаарах нэг хураамж
   *[other] мөн нөхцөл байдлаас хамаарах { $count } хураамж
}
procedure-fees-varying = { $count ->
    [one] Нөхцөл байдлаас хамаарах нэг хураамж
   *[other] Нөхцөл байдлаас хамаарах { $count } хураамж
}
procedure-documents = Бүрдүүлэх баримт бичиг
procedure-steps = Алхам алхмаар
procedure-steps-n = { $count ->
    [one] Нэг алхам
   *[other] { $count } алхам
}
duration-days = { $count ->
    [one] { $count } өдөр
   *[other] { $count } өдөр
}
duration-hours = { $count ->
    [one] { $count } цаг
   *[other] { $count } цаг
}
duration-minutes = { $count ->
    [one] { $count } минут
   *[other] { $count } минут
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Хураамж, төлбөрийн жагсаалт
fee-tiers = Хэмжээ
fee-see-tiers = Хэмжээг харах
fee-per-declaration = мэдүүлэг тутамд
fee-per-consignment = илгээмж тутамд
fee-per-container = чингэлэг тутамд
fee-per-certificate = гэрчилгээ тутамд
fee-per-hour = цаг тутамд
fee-per-application = өргөдөл тутамд
fee-per-day = өдөр тутамд
fee-per-page = хуудас тутамд
fee-per-item = нэгж тутамд
fee-in-force-current = хүчин төгөлдөр
fee-in-force-since = { $date }-наас хүчин төгөлдөр
fee-amount-from = { $amount }, хүчин төгөлдөр болох огноо: { $date }
fee-changes-on = Хэмжээ өөрчлөгдөх огноо: { $date }
fee-not-yet = Энэ хураамж хараахан хүчин төгөлдөр болоогүй; хураах эхлэх огноо: { $date }.
fee-ended = Энэ хураамж хүчингүй болсон; хураасан сүүлийн өдөр: { $date }.
fee-state-not-yet = Хараахан хүчин төгөлдөр болоогүй
fee-state-ended = Хүчингүй болсон
fee-timeline = Хэмжээний өөрчлөлт
fee-timeline-tier = Тохиолдол
fee-timeline-from = Эхлэх
fee-timeline-to = Сүүлийн өдөр
fee-timeline-state = Төлөв
fee-value-past = Өмнөх
fee-value-in_force = Хүчин төгөлдөр
fee-value-scheduled = Төлөвлөгдсөн

## WCO tools

tools-by-category = Салбарууд
tool-category-conventions = Конвенц ба хэлэлцээр
tool-category-facilitation = Худалдааг хөнгөвчлөх
tool-category-security = Нийлүүлэлтийн сүлжээний аюулгүй байдал
tool-category-nomenclature = Барааны ангилал
tool-category-valuation = Гаалийн үнэ
tool-category-origin = Барааны гарал үүсэл
tool-category-enforcement = Хууль сахиулах ба дагаж мөрдөх
tool-category-capacity-building = Чадавхийг бэхжүүлэх
tool-category-data = Мэдээлэл ба технологи
tool-category-revenue = Орлого
tool-status-contracting-party = Хэлэлцэн тохирогч тал
tool-status-applied = Мөрдөж байна
tool-status-in-progress = Нэвтрүүлж байна
tool-status-not-applied = Мөрдөөгүй
tool-status-reference = Лавлах баримт бичиг

## Measures, legal texts, notices

measure-type-prohibition = Хориг
measure-type-restriction = Хязгаарлалт
measure-type-licence = Тусгай зөвшөөрөл буюу зөвшөөрөл
measure-type-sps = Эрүүл ахуй, ургамлын хорио цээрийн арга хэмжээ
measure-type-tbt = Техникийн шаардлага
measure-type-quota = Квот
measure-type-other = Бусад арга хэмжээ
legal-type-law = Хууль
legal-type-decree = Зарлиг
legal-type-circular = Албан даалгавар
legal-type-ruling = Шийдвэр
legal-type-agreement = Олон улсын гэрээ
notice-status-draft-for-comment = Санал авахаар нээлттэй
notice-status-adopted = Батлагдсан
notice-status-in-force = Хүчин төгөлдөр
notice-status-repealed = Хүчингүй болсон
notice-consultation-open = Энэ төслийн талаарх саналыг дараах хугацаа хүртэл хүлээн авна: { $date }. Саналаа дараах хаягаар илгээнэ үү:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Нэг зүйл энэ сайтад хараахан нийтлэгдээгүй байна.
   *[other] { $count } зүйл энэ сайтад хараахан нийтлэгдээгүй байна.
}
tfa-not-covered = Хараахан нийтлэгдээгүй
tfa-1-1-a = Импорт, экспорт, транзитын журам, шаардлагатай маягт ба баримт бичиг
tfa-1-1-b = Мөрдөж буй гаалийн болон бусад татварын хувь хэмжээ
tfa-1-1-c = Хураамж ба төлбөр
tfa-1-1-d = Барааг ангилах буюу гаалийн үнийг тодорхойлох журам
tfa-1-1-e = Гарал үүслийн дүрэмтэй холбоотой хууль, журам, шийдвэр
tfa-1-1-f = Импорт, экспорт, транзитын хязгаарлалт буюу хориг
tfa-1-1-g = Шийтгэлийн тухай заалтууд
tfa-1-1-h = Гомдол гаргах буюу хянан үзэх журам
tfa-1-1-i = Импорт, экспорт, транзиттай холбоотой бусад улстай байгуулсан гэрээ
tfa-1-1-j = Тарифын квотыг удирдах журам
tfa-1-2 = Интернэтээр авах боломжтой мэдээлэл
tfa-1-3 = Лавлагааны төвүүд

filter-all = Бүгд
tools-filter-status = Баримт бичгийг энэ байгууллагад мөрдөж буй төлөвөөр нь харуулах

## Search

search-title = Хайлт
search-label = Сайтаас хайх
search-placeholder = Бараа, код, журам, хураамж…
search-button = Хайх
search-kind = Харуулах
search-kind-all = Бүгд
search-kind-tariff = Тарифын код
search-kind-page = Бусад хуудас
search-hint = Үгийг дурын хэлбэрээр, эсвэл тарифын кодыг цэгтэй болон цэггүйгээр бичнэ үү ({ $code }).
search-needs-script = Хайлт хийхэд JavaScript шаардлагатай. Үүний оронд тарифыг хэсэг, бүлгээр нь үзэж болно.
search-count = Үр дүн:
search-chapter = Тарифын бүлэг
search-none = “{ $query }” хайлтад илэрц олдсонгүй.
search-note-code = { $asked } код байхгүй. { $found }-г харуулж байна.
search-note-typo = “{ $asked }” хайлтад илэрц олдсонгүй. “{ $found }”-н илэрцийг харуулж байна.
search-result-tariff = Тарифын код
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = гааль гаалийн татвар тариф хувь
search-previous = Өмнөх
search-next = Дараах

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
