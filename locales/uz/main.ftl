# UI strings of the default theme, Uzbek (Latin script).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Asosiy mazmunga oʻtish
language-switcher = Til
main-navigation = Asosiy menyu
breadcrumb = Siz shu yerdasiz
footer-navigation = Sayt haqida
footer-published-by = Nashr etuvchi: { $site }.

## Dates

last-updated = Oxirgi yangilanish:
published = Nashr sanasi:

## Translations

notice-untranslated = Bu sahifa hali tarjima qilinmagan. U asl tilida ({ $original }) koʻrsatilmoqda.
notice-stale = Bu tarjima eskirgan boʻlishi mumkin: asl nusxa ({ $original }) yangilangan sana: { $date }.
notice-read-original = Asl nusxani ({ $original }) oʻqish.

## Sections and pages

on-this-page = Ushbu sahifada
in-this-section = { $count ->
    [one] Bu boʻlimda bitta sahifa bor
   *[other] Bu boʻlimda { $count } ta sahifa bor
}
home-explore = Sayt bilan tanishish

## Errors and redirects

not-found-title = Sahifa topilmadi
not-found-text = Siz soʻragan sahifa mavjud emas yoki boshqa manzilga koʻchirilgan. Manzilni tekshiring yoki bosh sahifadan qaytadan boshlang.
not-found-home = Bosh sahifaga oʻtish
redirect-title = Bu sahifa koʻchirildi
redirect-link = Ushbu sahifaning yangi manziliga oʻtish

## Language chooser

chooser-intro = Tilni tanlang.

## Tariff

tariff-sections = Boʻlimlar
tariff-section = { $number }-boʻlim
tariff-other-chapters = Boshqa guruhlar
tariff-chapter = { $number }-guruh
tariff-chapter-notes-of = { $number }-guruhga izohlar
tariff-see-chapter = { $number }-guruhni toʻliq koʻrish
tariff-lines = Tarif qatorlari
tariff-lines-under = { $code } tarkibidagi tarif qatorlari
tariff-table-hint = Stavkalari va unga tatbiq etiladigan qoidalarni koʻrish uchun kodni tanlang.
tariff-no-rate = Yoʻq
tariff-rates-current = Amaldagi boj stavkalari
tariff-rates-since = Amaldagi boj stavkalari ({ $date } dan)
tariff-rates-from = Boj stavkalari ({ $date } dan)
tariff-rates-until = Boj stavkalari ({ $date } gacha, shu kun ham kiradi)
tariff-rate-from = { $rate }, kuchga kirish sanasi: { $date }
tariff-line-not-yet = Bu tarif qatori hali kuchga kirmagan; qoʻllanila boshlaydigan sana: { $date }.
tariff-line-ended = Bu tarif qatori endi amal qilmaydi; oxirgi amal qilgan kuni: { $date }.
tariff-line-ending = Bu tarif qatori amal qilmoqda; oxirgi amal qiladigan kuni: { $date }.
tariff-replaced-by = { $date } dan bu tarif qatori oʻrniga quyidagi qatorlar qoʻllaniladi:
tariff-replaces = { $date } dan bu tarif qatori quyidagi qatorlar oʻrniga qoʻllaniladi:
tariff-timeline = Stavkalar oʻzgarishi tarixi
tariff-timeline-column = Ustun
tariff-timeline-rate = Stavka
tariff-timeline-from = Boshlanishi
tariff-timeline-to = Tugashi
tariff-timeline-state = Maqomi
tariff-state-past = Avvalgi
tariff-state-in_force = Amalda
tariff-state-scheduled = Rejalashtirilgan
tariff-level-heading = Tovar pozitsiyasi
tariff-level-subheading = Subpozitsiya
tariff-level-national_line = Milliy tarif qatori
tariff-col-code = Kod
tariff-col-description = Tovar nomi
tariff-col-unit = Oʻlchov birligi
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Izoh

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Bojdan ozod
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, kamida { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, koʻpi bilan { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Tartib-taomil
kind-fee = Yigʻim yoki toʻlov
kind-measure = Chora
kind-tool = JBT hujjati yoki vositasi
kind-legal = Huquqiy hujjat
kind-form = Shakl
kind-agency = Idora
kind-notice = Bildirishnoma
kind-plural-procedure = Tartib-taomillar
kind-plural-fee = Yigʻimlar va toʻlovlar
kind-plural-measure = Choralar: taqiqlar, cheklovlar va litsenziyalar
kind-plural-tool = JBT hujjatlari va vositalari
kind-plural-legal = Huquqiy hujjatlar
kind-plural-form = Shakllar
kind-plural-agency = Idoralar
kind-plural-notice = Bildirishnomalar
backlinks-title = Havola qilgan sahifalar
tariff-what-applies = Ushbu tovarlarga nimalar tatbiq etiladi
footer-enquiry-point = Savollaringiz bormi? Milliy axborot markaziga murojaat qiling

field-legal-basis = Huquqiy asos
field-hs = Tegishli tovarlar (tarif kodlari)
field-direction = Operatsiya turi
field-agencies = Ishtirok etuvchi idoralar
field-agency = Idora
field-tools = Qoʻllaniladigan xalqaro standartlar
field-duration = Odatiy muddat
field-amount = Miqdori
field-per = Undirish birligi
field-reason = Yigʻim undirilish asosi
field-authority = Yigʻimni undiruvchi idora
field-payment = Toʻlash tartibi
field-published = Nashr sanasi
field-effective = Kuchga kirish sanasi
field-effective-proposed = Kuchga kirishning taklif etilgan sanasi
field-until = Undiriladigan oxirgi kun
field-acronym = Qisqartma
field-category = Soha
field-status = Maqomi
field-issuer = Qabul qilgan organ
field-adopted = Qabul qilingan sana
field-url = Rasmiy sahifa
field-related = Bogʻliq hujjatlar
field-type = Turi
field-number = Raqami
field-signed = Imzolangan sana
field-official-text = Rasmiy matn
field-download = Yuklab olish
field-email = Elektron pochta
field-phone = Telefon
field-address = Manzil
field-hours = Ish vaqti
field-comment-until = Takliflar qabul qilinadigan oxirgi sana
field-affects = Tegishli

direction-import = Import
direction-export = Eksport
direction-transit = Tranzit
direction-both = Import va eksport
direction-other = Boshqa tartib-taomillar
filter-by-direction = Tartib-taomillarni koʻrsatish

## Procedures

procedure-summary = Qisqacha
procedure-steps-count = Bosqichlar soni
procedure-total-time = Odatiy umumiy muddat
procedure-total-fees = Yigʻimlar
procedure-fees-more = { $count ->
    [one] shuningdek, holatga bogʻliq bitta yigʻim
   *[other] shuningdek, holatga bogʻliq { $count } ta yigʻim
}
procedure-fees-varying = { $count ->
    [one] Holatga bogʻliq bitta yigʻim
   *[other] Holatga bogʻliq { $count } ta yigʻim
}
procedure-documents = Tayyorlanishi kerak boʻlgan hujjatlar
procedure-steps = Bosqichma-bosqich
procedure-steps-n = { $count ->
    [one] Bitta bosqich
   *[other] { $count } ta bosqich
}
duration-days = { $count ->
    [one] { $count } kun
   *[other] { $count } kun
}
duration-hours = { $count ->
    [one] { $count } soat
   *[other] { $count } soat
}
duration-minutes = { $count ->
    [one] { $count } daqiqa
   *[other] { $count } daqiqa
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Yigʻimlar va toʻlovlar roʻyxati
fee-tiers = Miqdorlar
fee-see-tiers = Miqdorlarni koʻrish
fee-per-declaration = har bir deklaratsiya uchun
fee-per-consignment = har bir tovar partiyasi uchun
fee-per-container = har bir konteyner uchun
fee-per-certificate = har bir sertifikat uchun
fee-per-hour = har bir soat uchun
fee-per-application = har bir ariza uchun
fee-per-day = har bir sutka uchun
fee-per-page = har bir sahifa uchun
fee-per-item = har bir birlik uchun
fee-in-force-current = amalda
fee-in-force-since = { $date } dan amalda
fee-amount-from = { $amount }, kuchga kirish sanasi: { $date }
fee-changes-on = Miqdorlar oʻzgaradigan sana: { $date }
fee-not-yet = Bu yigʻim hali kuchga kirmagan; undirila boshlaydigan sana: { $date }.
fee-ended = Bu yigʻim endi amal qilmaydi; oxirgi undirilgan kuni: { $date }.
fee-state-not-yet = Hali kuchga kirmagan
fee-state-ended = Endi amal qilmaydi
fee-timeline = Miqdorlar oʻzgarishi tarixi
fee-timeline-tier = Holat
fee-timeline-from = Boshlanishi
fee-timeline-to = Oxirgi kun
fee-timeline-state = Maqomi
fee-value-past = Avvalgi
fee-value-in_force = Amalda
fee-value-scheduled = Rejalashtirilgan

## WCO tools

tools-by-category = Sohalar
tool-category-conventions = Konvensiyalar va bitimlar
tool-category-facilitation = Savdoni soddalashtirish
tool-category-security = Taʼminot zanjiri xavfsizligi
tool-category-nomenclature = Tovarlarni tasniflash
tool-category-valuation = Bojxona qiymati
tool-category-origin = Tovarlarning kelib chiqishi
tool-category-enforcement = Huquqni muhofaza qilish va talablarga rioya etish
tool-category-capacity-building = Salohiyatni oshirish
tool-category-data = Maʼlumotlar va texnologiyalar
tool-category-revenue = Daromadlar
tool-status-contracting-party = Ahdlashuvchi tomon
tool-status-applied = Qoʻllaniladi
tool-status-in-progress = Joriy etilmoqda
tool-status-not-applied = Qoʻllanilmaydi
tool-status-reference = Maʼlumotnoma hujjat

## Measures, legal texts, notices

measure-type-prohibition = Taqiq
measure-type-restriction = Cheklov
measure-type-licence = Litsenziya yoki ruxsatnoma
measure-type-sps = Sanitariya va fitosanitariya choralari
measure-type-tbt = Texnik talab
measure-type-quota = Kvota
measure-type-other = Boshqa chora
legal-type-law = Qonun
legal-type-decree = Farmon
legal-type-circular = Yoʻriqnoma xati
legal-type-ruling = Qaror
legal-type-agreement = Xalqaro bitim
notice-status-draft-for-comment = Takliflar uchun ochiq
notice-status-adopted = Qabul qilingan
notice-status-in-force = Kuchda
notice-status-repealed = Kuchini yoʻqotgan
notice-consultation-open = Ushbu loyiha boʻyicha takliflar quyidagi sanagacha qabul qilinadi: { $date }. Takliflaringizni quyidagi manzilga yuboring:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Bitta band bu saytda hali eʼlon qilinmagan.
   *[other] { $count } ta band bu saytda hali eʼlon qilinmagan.
}
tfa-not-covered = Hali eʼlon qilinmagan
tfa-1-1-a = Import, eksport va tranzit tartib-taomillari, talab qilinadigan shakllar va hujjatlar
tfa-1-1-b = Qoʻllaniladigan boj va soliq stavkalari
tfa-1-1-c = Yigʻimlar va toʻlovlar
tfa-1-1-d = Tovarlarni tasniflash yoki bojxona qiymatini aniqlash qoidalari
tfa-1-1-e = Kelib chiqish qoidalariga oid qonunlar, normativ hujjatlar va qarorlar
tfa-1-1-f = Import, eksport yoki tranzitga oid cheklovlar va taqiqlar
tfa-1-1-g = Jazo choralari toʻgʻrisidagi qoidalar
tfa-1-1-h = Shikoyat qilish yoki qayta koʻrib chiqish tartib-taomillari
tfa-1-1-i = Import, eksport yoki tranzitga oid boshqa mamlakatlar bilan bitimlar
tfa-1-1-j = Tarif kvotalarini boshqarish tartib-taomillari
tfa-1-2 = Internet orqali mavjud axborot
tfa-1-3 = Axborot markazlari

filter-all = Hammasi
tools-filter-status = Hujjatlarni ushbu maʼmuriyatdagi maqomiga koʻra koʻrsatish

## Search

search-title = Qidiruv
search-label = Saytdan qidirish
search-placeholder = Tovar, kod, tartib-taomil, yigʻim…
search-button = Qidirish
search-kind = Koʻrsatish
search-kind-all = Hammasi
search-kind-tariff = Tarif kodlari
search-kind-page = Boshqa sahifalar
search-hint = Soʻzlarni istalgan shaklda yoki tarif kodini nuqtali yoki nuqtasiz yozing ({ $code }).
search-needs-script = Qidiruv uchun JavaScript kerak. Buning oʻrniga tarifni boʻlimlar va guruhlar boʻyicha koʻrib chiqishingiz mumkin.
search-count = Natijalar:
search-chapter = Tarif guruhi
search-none = “{ $query }” bo‘yicha natija yo‘q.
search-note-code = { $asked } kodi mavjud emas. { $found } ko‘rsatilmoqda.
search-note-typo = “{ $asked }” bo‘yicha natija yo‘q. “{ $found }” bo‘yicha natijalar ko‘rsatilmoqda.
search-result-tariff = Tarif kodi
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = boj boji bojxona tarif stavka
search-previous = Oldingi
search-next = Keyingi

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
