# UI strings of the default theme, Malay: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Perkara yang telah dan akan berubah
changes-title = Perubahan
changes-intro = Perkara yang telah berubah di laman web ini dan yang akan berubah: baris dan kadar tarif, fi, prosedur, langkah, alat dan notis. Langgan suapan untuk mengetahui perubahan sebaik sahaja ia diterbitkan.
changes-upcoming = Akan berkuat kuasa
changes-recent = Perubahan terkini
changes-none = Belum ada perubahan yang direkodkan.
changes-from-notices = Senarai ini memaparkan notis dan tarikh halaman dikemas kini kali terakhir; senarai ini tidak menyenaraikan setiap perubahan kadar atau baris tarif.
changes-feeds = Langgan
changes-feed-atom = Suapan Atom
changes-feed-json = Suapan JSON
changes-feed-chapter = Bab { $number }: { $title }
changes-kind-tariff = Tarif
changes-kind-procedures = Prosedur
changes-kind-fees = Fi dan caj
changes-kind-measures = Langkah
changes-kind-tools = Alat WCO
changes-kind-notices = Notis
changes-kind-pages = Halaman lain
changes-filter-kind = Paparkan
changes-filter-chapter = Bab tarif
changes-all-chapters = Semua bab
changes-effective = Berkuat kuasa mulai { $date }
changes-last-day = Hari terakhir berkuat kuasa: { $date }
changes-history = Sejarah perubahan
changes-history-none = Tiada perubahan direkodkan bagi halaman ini.
changes-recorded = Direkodkan pada { $date }
change-none = tiada
change-line-added = { $when ->
    [dated] Baris tarif baharu { $code } mulai { $date }: { $description }
   *[other] Baris tarif baharu { $code }: { $description }
}
change-lines-added = { $count } baris tarif ditambah ke dalam Bab { $chapter }
change-column-added = Lajur { $column } ditambah ke dalam Bab { $chapter }
change-column-removed = Lajur { $column } dibuang daripada Bab { $chapter }
change-line-removed = Baris tarif { $code } dibuang ({ $description })
change-rate = { $when ->
    [dated] Kadar { $column } bagi { $code } berubah daripada { $old } kepada { $new } pada { $date }
   *[other] Kadar { $column } bagi { $code } telah berubah daripada { $old } kepada { $new }
}
change-column = { $column } bagi { $code } berubah daripada { $old } kepada { $new }
change-description = Perihal { $code } disemak semula: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: amaun berubah daripada { $old } kepada { $new } pada { $date }
   *[other] { $title }: amaun telah berubah daripada { $old } kepada { $new }
}
change-fee-currency = { $title }: mata wang berubah daripada { $old } kepada { $new }
change-fee-effective = { $title }: berkuat kuasa pada { $date }
change-steps = { $title }: langkah disemak semula, kini { $new ->
   *[other] { $new } langkah
} (sebelum ini: { $old })
change-documents = { $title }: dokumen yang diperlukan berubah
change-agencies = { $title }: agensi yang terlibat berubah
change-fees = { $title }: fi yang dikenakan berubah
change-hs = { $title }: barang yang diliputi berubah
change-items-added = Ditambah: { $items }.
change-items-removed = Dibuang: { $items }.
change-tool-status = { $title }: status berubah daripada “{ $old }” kepada “{ $new }”
change-page-added = Baharu: { $title }
change-page-removed = Ditarik balik: { $title }
change-text = Disemak semula: { $title }
change-notice = Notis: { $title }
change-updated = Dikemas kini: { $title }
change-effective = Berkuat kuasa pada { $date }.

## Nilai bertarikh: hari pertama dan terakhir baris tarif, kadar atau amaun yang dijadualkan. $date ialah hari berkenaan; $was hari yang dijadualkan sebelum ini.
change-line-starts = { $moved ->
    [yes] Baris tarif { $code } kini berkuat kuasa pada { $date }, bukan { $was } ({ $description })
   *[other] Baris tarif { $code } berkuat kuasa pada { $date } ({ $description })
}
change-line-start-withdrawn = Baris tarif { $code } terpakai sekarang, bukan lagi mulai { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Baris tarif { $code } kini terpakai sehingga { $date }, bukan { $was } ({ $description })
   *[other] Baris tarif { $code } terpakai sehingga { $date } ({ $description })
}
change-line-end-withdrawn = Baris tarif { $code } tidak lagi berakhir pada { $date } ({ $description })
change-rate-revised = Kadar { $column } bagi { $code }: perubahan pada { $date } kini kepada { $new }, bukan { $old }
change-rate-moved = Kadar { $column } bagi { $code }: perubahan kepada { $new } kini berkuat kuasa pada { $date }, bukan { $was }
change-rate-withdrawn = Perubahan kadar { $column } bagi { $code } kepada { $new } pada { $date } dibatalkan
change-fee-amount-revised = { $title }: amaun mulai { $date } kini { $new }, bukan { $old }
change-fee-amount-moved = { $title }: amaun { $new } kini terpakai mulai { $date }, bukan { $was }
change-fee-amount-withdrawn = { $title }: perubahan amaun kepada { $new } pada { $date } dibatalkan
change-fee-ends = { $moved ->
    [yes] { $title }: kini dikutip kali terakhir pada { $date }, bukan { $was }
   *[other] { $title }: dikutip kali terakhir pada { $date }
}
change-fee-end-withdrawn = { $title }: tidak lagi berakhir pada { $date }
