# UI strings of the default theme, Malay.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Langkau ke kandungan utama
language-switcher = Bahasa
main-navigation = Menu utama
breadcrumb = Anda di sini
footer-navigation = Perihal laman web ini
footer-published-by = Diterbitkan oleh { $site }.

## Dates

last-updated = Kemas kini terakhir:
published = Tarikh terbit:

## Translations

notice-untranslated = Halaman ini belum diterjemahkan. Halaman ini dipaparkan dalam bahasa asalnya ({ $original }).
notice-stale = Terjemahan ini mungkin tidak terkini: versi asal ({ $original }) telah dikemas kini pada { $date }.
notice-read-original = Baca versi asal ({ $original }).

## Sections and pages

on-this-page = Dalam halaman ini
in-this-section = { $count ->
   *[other] { $count } halaman dalam bahagian ini
}
home-explore = Teroka laman web

## Errors and redirects

not-found-title = Halaman tidak dijumpai
not-found-text = Halaman yang anda minta tidak wujud atau telah dipindahkan. Sila semak alamatnya, atau mula semula dari halaman utama.
not-found-home = Ke halaman utama
redirect-title = Halaman ini telah dipindahkan
redirect-link = Ke alamat baharu halaman ini

## Language chooser

chooser-intro = Sila pilih bahasa anda.

## Tariff

tariff-sections = Seksyen
tariff-section = Seksyen { $number }
tariff-other-chapters = Bab lain
tariff-chapter = Bab { $number }
tariff-chapter-notes-of = Nota Bab { $number }
tariff-see-chapter = Lihat keseluruhan Bab { $number }
tariff-lines = Baris tarif
tariff-lines-under = Baris tarif di bawah { $code }
tariff-table-hint = Pilih kod untuk melihat kadar dan peraturan yang terpakai kepadanya.
tariff-no-rate = Tiada
tariff-rates-current = Kadar duti yang berkuat kuasa
tariff-rates-since = Kadar duti yang berkuat kuasa sejak { $date }
tariff-rates-from = Kadar duti mulai { $date }
tariff-rates-until = Kadar duti sehingga { $date }
tariff-rate-from = { $rate } mulai { $date }
tariff-line-not-yet = Baris tarif ini belum berkuat kuasa: ia terpakai mulai { $date }.
tariff-line-ended = Baris tarif ini tidak lagi berkuat kuasa: hari terakhirnya ialah { $date }.
tariff-line-ending = Baris tarif ini berkuat kuasa sehingga { $date }, iaitu hari terakhirnya.
tariff-replaced-by = Mulai { $date }, baris tarif ini digantikan oleh:
tariff-replaces = Mulai { $date }, baris tarif ini menggantikan:
tariff-timeline = Kadar mengikut tempoh
tariff-timeline-column = Lajur
tariff-timeline-rate = Kadar
tariff-timeline-from = Dari
tariff-timeline-to = Hingga
tariff-timeline-state = Status
tariff-state-past = Terdahulu
tariff-state-in_force = Berkuat kuasa
tariff-state-scheduled = Dijadualkan
tariff-level-heading = Kepala
tariff-level-subheading = Subkepala
tariff-level-national_line = Baris tarif kebangsaan
tariff-col-code = Kod
tariff-col-description = Perihal barang
tariff-col-unit = Unit
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Catatan

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Dikecualikan
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, maks. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Prosedur
kind-fee = Fi atau caj
kind-measure = Langkah
kind-tool = Instrumen atau alat WCO
kind-legal = Teks perundangan
kind-form = Borang
kind-agency = Agensi
kind-notice = Notis
kind-plural-procedure = Prosedur
kind-plural-fee = Fi dan caj
kind-plural-measure = Langkah: larangan, sekatan dan lesen
kind-plural-tool = Instrumen dan alat WCO
kind-plural-legal = Teks perundangan
kind-plural-form = Borang
kind-plural-agency = Agensi
kind-plural-notice = Notis
backlinks-title = Dirujuk oleh
tariff-what-applies = Perkara yang terpakai kepada barang ini
footer-enquiry-point = Ada pertanyaan? Hubungi pusat pertanyaan kebangsaan

field-legal-basis = Asas perundangan
field-hs = Barang berkenaan (kod tarif)
field-direction = Jenis urusan
field-agencies = Agensi yang terlibat
field-agency = Agensi
field-tools = Piawaian antarabangsa yang digunakan
field-duration = Tempoh biasa
field-amount = Amaun
field-per = Dikenakan bagi setiap
field-reason = Sebab fi dikenakan
field-authority = Dikenakan oleh
field-payment = Cara pembayaran
field-published = Tarikh terbit
field-effective = Berkuat kuasa mulai
field-effective-proposed = Cadangan tarikh berkuat kuasa
field-until = Hari terakhir dikenakan
field-acronym = Akronim
field-category = Bidang
field-status = Status
field-issuer = Dikeluarkan oleh
field-adopted = Tarikh diterima pakai
field-url = Halaman rasmi
field-related = Instrumen berkaitan
field-type = Jenis
field-number = Nombor
field-signed = Tarikh ditandatangani
field-official-text = Teks rasmi
field-download = Muat turun
field-email = E-mel
field-phone = Telefon
field-address = Alamat
field-hours = Waktu operasi
field-comment-until = Ulasan diterima sehingga
field-affects = Melibatkan

direction-import = Import
direction-export = Eksport
direction-transit = Transit
direction-both = Import dan eksport
direction-other = Prosedur lain
filter-by-direction = Paparkan prosedur bagi

## Procedures

procedure-summary = Sepintas lalu
procedure-steps-count = Bilangan langkah
procedure-total-time = Jumlah tempoh biasa
procedure-total-fees = Fi
procedure-fees-more = { $count ->
   *[other] serta { $count } fi yang bergantung pada keadaan
}
procedure-fees-varying = { $count ->
   *[other] { $count } fi yang bergantung pada keadaan
}
procedure-documents = Dokumen yang perlu disediakan
procedure-steps = Langkah demi langkah
procedure-steps-n = { $count ->
   *[other] { $count } langkah
}
duration-days = { $count ->
   *[other] { $count } hari
}
duration-hours = { $count ->
   *[other] { $count } jam
}
duration-minutes = { $count ->
   *[other] { $count } minit
}
duration-range = { $min } hingga { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Jadual fi dan caj
fee-tiers = Amaun
fee-see-tiers = Lihat amaun
fee-per-declaration = bagi setiap perisytiharan
fee-per-consignment = bagi setiap konsainan
fee-per-container = bagi setiap kontena
fee-per-certificate = bagi setiap sijil
fee-per-hour = bagi setiap jam
fee-per-application = bagi setiap permohonan
fee-per-day = bagi setiap hari
fee-per-page = bagi setiap halaman
fee-per-item = bagi setiap item
fee-in-force-current = berkuat kuasa
fee-in-force-since = berkuat kuasa sejak { $date }
fee-amount-from = { $amount } mulai { $date }
fee-changes-on = Amaun berubah mulai { $date }
fee-not-yet = Belum berkuat kuasa: fi ini dikenakan mulai { $date }.
fee-ended = Tidak lagi berkuat kuasa: fi ini kali terakhir dikenakan pada { $date }.
fee-state-not-yet = Belum berkuat kuasa
fee-state-ended = Tidak lagi berkuat kuasa
fee-timeline = Amaun mengikut tempoh
fee-timeline-tier = Kes
fee-timeline-from = Dari
fee-timeline-to = Hari terakhir
fee-timeline-state = Status
fee-value-past = Terdahulu
fee-value-in_force = Berkuat kuasa
fee-value-scheduled = Dijadualkan

## WCO tools

tools-by-category = Bidang
tool-category-conventions = Konvensyen dan perjanjian
tool-category-facilitation = Pemudahcaraan perdagangan
tool-category-security = Keselamatan rantaian bekalan
tool-category-nomenclature = Penjenisan
tool-category-valuation = Penilaian
tool-category-origin = Asal barang
tool-category-enforcement = Penguatkuasaan dan pematuhan
tool-category-capacity-building = Pembinaan kapasiti
tool-category-data = Data dan teknologi
tool-category-revenue = Hasil
tool-status-contracting-party = Pihak berkontrak
tool-status-applied = Dilaksanakan
tool-status-in-progress = Dalam pelaksanaan
tool-status-not-applied = Tidak dilaksanakan
tool-status-reference = Rujukan

## Measures, legal texts, notices

measure-type-prohibition = Larangan
measure-type-restriction = Sekatan
measure-type-licence = Lesen atau permit
measure-type-sps = Sanitari dan fitosanitari
measure-type-tbt = Keperluan teknikal
measure-type-quota = Kuota
measure-type-other = Langkah lain
legal-type-law = Akta
legal-type-decree = Perintah
legal-type-circular = Pekeliling
legal-type-ruling = Keputusan
legal-type-agreement = Perjanjian antarabangsa
notice-status-draft-for-comment = Terbuka untuk ulasan
notice-status-adopted = Diterima pakai
notice-status-in-force = Berkuat kuasa
notice-status-repealed = Dimansuhkan
notice-consultation-open = Draf ini terbuka untuk ulasan sehingga { $date }. Sila hantar ulasan anda kepada

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
   *[other] { $count } perkara belum diterbitkan di laman web ini.
}
tfa-not-covered = Belum diterbitkan
tfa-1-1-a = Prosedur import, eksport dan transit, serta borang dan dokumen yang diperlukan
tfa-1-1-b = Kadar duti dan cukai yang dikenakan
tfa-1-1-c = Fi dan caj
tfa-1-1-d = Peraturan bagi penjenisan atau penilaian barang
tfa-1-1-e = Undang-undang, peraturan dan keputusan berkaitan kaedah asal barang
tfa-1-1-f = Sekatan atau larangan import, eksport atau transit
tfa-1-1-g = Peruntukan penalti
tfa-1-1-h = Prosedur rayuan atau semakan
tfa-1-1-i = Perjanjian dengan negara lain berkaitan import, eksport atau transit
tfa-1-1-j = Prosedur pentadbiran kuota tarif
tfa-1-2 = Maklumat yang tersedia melalui internet
tfa-1-3 = Pusat pertanyaan

filter-all = Semua
tools-filter-status = Paparkan instrumen mengikut status pelaksanaannya oleh pentadbiran ini

## Search

search-title = Carian
search-label = Cari dalam laman web
search-placeholder = Barang, kod, prosedur, fi…
search-button = Cari
search-kind = Paparkan
search-kind-all = Semua
search-kind-tariff = Kod tarif
search-kind-page = Halaman lain
search-hint = Taip perkataan dalam apa jua bentuk, atau kod tarif dengan atau tanpa titik ({ $code }).
search-needs-script = Carian memerlukan JavaScript. Sebaliknya, semak imbas tarif mengikut seksyen dan bab.
search-count = Keputusan:
search-chapter = Bab tarif
search-none = Tiada hasil untuk “{ $query }”.
search-note-code = Kod { $asked } tidak wujud. Memaparkan { $found }.
search-note-typo = Tiada hasil untuk “{ $asked }”. Memaparkan hasil untuk “{ $found }”.
search-result-tariff = Kod tarif
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = duti kastam tarif kadar
search-previous = Sebelumnya
search-next = Seterusnya

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
