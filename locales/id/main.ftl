# UI strings of the default theme, Indonesian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Langsung ke konten utama
language-switcher = Bahasa
main-navigation = Menu utama
breadcrumb = Anda berada di sini
footer-navigation = Tentang situs ini
footer-published-by = Diterbitkan oleh { $site }.

## Dates

last-updated = Terakhir diperbarui:
published = Diterbitkan:

## Translations

notice-untranslated = Halaman ini belum diterjemahkan. Halaman ditampilkan dalam bahasa aslinya ({ $original }).
notice-stale = Terjemahan ini mungkin belum mutakhir: versi aslinya ({ $original }) telah diperbarui pada { $date }.
notice-read-original = Baca versi aslinya ({ $original }).

## Sections and pages

on-this-page = Di halaman ini
in-this-section = { $count ->
   *[other] { $count } halaman di bagian ini
}
home-explore = Jelajahi situs

## Errors and redirects

not-found-title = Halaman tidak ditemukan
not-found-text = Halaman yang Anda minta tidak ada atau telah dipindahkan. Periksa alamatnya, atau mulai kembali dari halaman beranda.
not-found-home = Ke halaman beranda
redirect-title = Halaman ini telah dipindahkan
redirect-link = Ke alamat baru halaman ini

## Language chooser

chooser-intro = Pilih bahasa Anda.

## Tariff

tariff-sections = Bagian
tariff-section = Bagian { $number }
tariff-other-chapters = Bab lainnya
tariff-chapter = Bab { $number }
tariff-chapter-notes-of = Catatan Bab { $number }
tariff-see-chapter = Lihat seluruh Bab { $number }
tariff-lines = Pos tarif
tariff-lines-under = Pos tarif di bawah { $code }
tariff-table-hint = Pilih kode untuk melihat tarif dan ketentuan yang berlaku atasnya.
tariff-no-rate = Tidak ada
tariff-rates-current = Tarif bea yang berlaku
tariff-rates-since = Tarif bea yang berlaku sejak { $date }
tariff-rates-from = Tarif bea mulai { $date }
tariff-rates-until = Tarif bea sampai dengan { $date }
tariff-rate-from = { $rate } mulai { $date }
tariff-line-not-yet = Pos tarif ini belum berlaku: berlaku mulai { $date }.
tariff-line-ended = Pos tarif ini sudah tidak berlaku: hari terakhir berlakunya adalah { $date }.
tariff-line-ending = Pos tarif ini berlaku sampai dengan { $date }, yang merupakan hari terakhir berlakunya.
tariff-replaced-by = Mulai { $date }, pos tarif ini digantikan oleh:
tariff-replaces = Mulai { $date }, pos tarif ini menggantikan:
tariff-timeline = Tarif dari waktu ke waktu
tariff-timeline-column = Kolom
tariff-timeline-rate = Tarif
tariff-timeline-from = Dari
tariff-timeline-to = Sampai
tariff-timeline-state = Status
tariff-state-past = Sebelumnya
tariff-state-in_force = Berlaku
tariff-state-scheduled = Terjadwal
tariff-level-heading = Pos
tariff-level-subheading = Subpos
tariff-level-national_line = Pos tarif nasional
tariff-col-code = Kode
tariff-col-description = Uraian barang
tariff-col-unit = Satuan
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Catatan

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Bebas
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, maks. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Prosedur
kind-fee = Biaya atau pungutan
kind-measure = Ketentuan
kind-tool = Instrumen atau perangkat WCO
kind-legal = Peraturan
kind-form = Formulir
kind-agency = Instansi
kind-notice = Pengumuman
kind-plural-procedure = Prosedur
kind-plural-fee = Biaya dan pungutan
kind-plural-measure = Ketentuan: larangan, pembatasan, dan perizinan
kind-plural-tool = Instrumen dan perangkat WCO
kind-plural-legal = Peraturan
kind-plural-form = Formulir
kind-plural-agency = Instansi
kind-plural-notice = Pengumuman
backlinks-title = Dirujuk oleh
tariff-what-applies = Ketentuan yang berlaku atas barang ini
footer-enquiry-point = Ada pertanyaan? Hubungi titik informasi nasional

field-legal-basis = Dasar hukum
field-hs = Barang terkait (kode tarif)
field-direction = Jenis kegiatan
field-agencies = Instansi terkait
field-agency = Instansi
field-tools = Standar internasional yang diterapkan
field-duration = Waktu penyelesaian biasa
field-amount = Jumlah
field-per = Satuan pengenaan
field-reason = Alasan pengenaan biaya
field-authority = Dipungut oleh
field-payment = Cara pembayaran
field-published = Diterbitkan
field-effective = Berlaku mulai
field-effective-proposed = Usulan tanggal berlaku
field-until = Hari terakhir pemungutan
field-acronym = Singkatan
field-category = Bidang
field-status = Status
field-issuer = Diterbitkan oleh
field-adopted = Ditetapkan
field-url = Halaman resmi
field-related = Instrumen terkait
field-type = Jenis
field-number = Nomor
field-signed = Ditandatangani
field-official-text = Naskah resmi
field-download = Unduh
field-email = Surel
field-phone = Telepon
field-address = Alamat
field-hours = Jam layanan
field-comment-until = Tanggapan diterima hingga
field-affects = Berkaitan dengan

direction-import = Impor
direction-export = Ekspor
direction-transit = Transit
direction-both = Impor dan ekspor
direction-other = Prosedur lainnya
filter-by-direction = Tampilkan prosedur untuk

## Procedures

procedure-summary = Sekilas
procedure-steps-count = Jumlah langkah
procedure-total-time = Waktu total biasa
procedure-total-fees = Biaya
procedure-fees-more = { $count ->
   *[other] ditambah { $count } biaya yang bergantung pada kasusnya
}
procedure-fees-varying = { $count ->
   *[other] { $count } biaya yang bergantung pada kasusnya
}
procedure-documents = Dokumen yang perlu disiapkan
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
   *[other] { $count } menit
}
duration-range = { $min } sampai { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Daftar biaya dan pungutan
fee-tiers = Besaran
fee-see-tiers = Lihat besarannya
fee-per-declaration = per pemberitahuan pabean
fee-per-consignment = per kiriman
fee-per-container = per peti kemas
fee-per-certificate = per sertifikat
fee-per-hour = per jam
fee-per-application = per permohonan
fee-per-day = per hari
fee-per-page = per halaman
fee-per-item = per barang
fee-in-force-current = berlaku
fee-in-force-since = berlaku sejak { $date }
fee-amount-from = { $amount } mulai { $date }
fee-changes-on = Besaran berubah mulai { $date }
fee-not-yet = Belum berlaku: biaya ini dipungut mulai { $date }.
fee-ended = Sudah tidak berlaku: biaya ini terakhir dipungut pada { $date }.
fee-state-not-yet = Belum berlaku
fee-state-ended = Sudah tidak berlaku
fee-timeline = Besaran dari waktu ke waktu
fee-timeline-tier = Kategori
fee-timeline-from = Dari
fee-timeline-to = Hari terakhir
fee-timeline-state = Status
fee-value-past = Sebelumnya
fee-value-in_force = Berlaku
fee-value-scheduled = Terjadwal

## WCO tools

tools-by-category = Bidang
tool-category-conventions = Konvensi dan perjanjian
tool-category-facilitation = Fasilitasi perdagangan
tool-category-security = Keamanan rantai pasok
tool-category-nomenclature = Klasifikasi
tool-category-valuation = Nilai pabean
tool-category-origin = Asal barang
tool-category-enforcement = Penegakan hukum dan kepatuhan
tool-category-capacity-building = Peningkatan kapasitas
tool-category-data = Data dan teknologi
tool-category-revenue = Penerimaan negara
tool-status-contracting-party = Pihak pada konvensi
tool-status-applied = Diterapkan
tool-status-in-progress = Sedang diterapkan
tool-status-not-applied = Belum diterapkan
tool-status-reference = Acuan

## Measures, legal texts, notices

measure-type-prohibition = Larangan
measure-type-restriction = Pembatasan
measure-type-licence = Lisensi atau izin
measure-type-sps = Sanitari dan fitosanitari
measure-type-tbt = Persyaratan teknis
measure-type-quota = Kuota
measure-type-other = Ketentuan lainnya
legal-type-law = Undang-undang
legal-type-decree = Peraturan pemerintah
legal-type-circular = Surat edaran
legal-type-ruling = Keputusan
legal-type-agreement = Perjanjian internasional
notice-status-draft-for-comment = Terbuka untuk tanggapan
notice-status-adopted = Ditetapkan
notice-status-in-force = Berlaku
notice-status-repealed = Dicabut
notice-consultation-open = Rancangan ini terbuka untuk tanggapan hingga { $date }. Kirimkan tanggapan Anda ke

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
   *[other] { $count } butir belum dipublikasikan di situs ini.
}
tfa-not-covered = Belum dipublikasikan
tfa-1-1-a = Prosedur impor, ekspor, dan transit, serta formulir dan dokumen yang diwajibkan
tfa-1-1-b = Tarif bea dan pajak yang berlaku
tfa-1-1-c = Biaya dan pungutan
tfa-1-1-d = Ketentuan klasifikasi atau penilaian pabean atas barang
tfa-1-1-e = Peraturan perundang-undangan dan keputusan terkait ketentuan asal barang
tfa-1-1-f = Pembatasan atau larangan impor, ekspor, atau transit
tfa-1-1-g = Ketentuan sanksi
tfa-1-1-h = Prosedur keberatan atau banding
tfa-1-1-i = Perjanjian dengan negara lain terkait impor, ekspor, atau transit
tfa-1-1-j = Prosedur pengelolaan kuota tarif
tfa-1-2 = Informasi yang tersedia melalui internet
tfa-1-3 = Titik informasi

filter-all = Semua
tools-filter-status = Tampilkan instrumen menurut status penerapannya oleh administrasi ini

## Search

search-title = Pencarian
search-label = Cari di situs ini
search-placeholder = Barang, kode, prosedur, biaya…
search-button = Cari
search-kind = Tampilkan
search-kind-all = Semua
search-kind-tariff = Kode tarif
search-kind-page = Halaman lainnya
search-hint = Ketik kata dalam bentuk apa pun, atau kode tarif dengan atau tanpa titik ({ $code }).
search-needs-script = Pencarian memerlukan JavaScript. Sebagai gantinya, telusuri tarif menurut bagian dan bab.
search-count = Hasil:
search-chapter = Bab tarif
search-none = Tidak ada hasil untuk “{ $query }”.
search-note-code = Kode { $asked } tidak ada. Menampilkan { $found }.
search-note-typo = Tidak ada hasil untuk “{ $asked }”. Menampilkan hasil untuk “{ $found }”.
search-result-tariff = Kode tarif
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = bea tarif pabean kepabeanan
search-previous = Sebelumnya
search-next = Berikutnya

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
