# UI strings of the default theme, Indonesian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Apa yang telah dan akan berubah
changes-title = Perubahan
changes-intro = Apa yang telah berubah di situs ini dan apa yang akan berubah: pos tarif dan tarif bea, biaya, prosedur, ketentuan, perangkat, dan pengumuman. Berlangganan umpan untuk mengetahui perubahan segera setelah dipublikasikan.
changes-upcoming = Akan berlaku
changes-recent = Perubahan terbaru
changes-none = Belum ada perubahan yang tercatat.
changes-from-notices = Daftar ini menampilkan pengumuman dan tanggal terakhir halaman diperbarui; daftar ini tidak mencantumkan setiap perubahan tarif bea atau pos tarif.
changes-feeds = Berlangganan
changes-feed-atom = Umpan Atom
changes-feed-json = Umpan JSON
changes-feed-chapter = Bab { $number }: { $title }
changes-kind-tariff = Tarif
changes-kind-procedures = Prosedur
changes-kind-fees = Biaya dan pungutan
changes-kind-measures = Ketentuan
changes-kind-tools = Perangkat WCO
changes-kind-notices = Pengumuman
changes-kind-pages = Halaman lainnya
changes-filter-kind = Tampilkan
changes-filter-chapter = Bab tarif
changes-all-chapters = Semua bab
changes-effective = Berlaku mulai { $date }
changes-last-day = Hari terakhir berlaku: { $date }
changes-history = Riwayat perubahan
changes-history-none = Belum ada perubahan yang tercatat untuk halaman ini.
changes-recorded = Dicatat pada { $date }
change-none = tidak ada
change-line-added = { $when ->
    [dated] Pos tarif baru { $code } mulai { $date }: { $description }
   *[other] Pos tarif baru { $code }: { $description }
}
change-lines-added = { $count } pos tarif ditambahkan ke Bab { $chapter }
change-column-added = Kolom { $column } ditambahkan ke Bab { $chapter }
change-column-removed = Kolom { $column } dihapus dari Bab { $chapter }
change-line-removed = Pos tarif { $code } dihapus ({ $description })
change-rate = { $when ->
    [dated] Tarif { $column } untuk { $code } berubah dari { $old } menjadi { $new } pada { $date }
   *[other] Tarif { $column } untuk { $code } telah berubah dari { $old } menjadi { $new }
}
change-column = { $column } untuk { $code } berubah dari { $old } menjadi { $new }
change-description = Uraian { $code } direvisi: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: jumlah berubah dari { $old } menjadi { $new } pada { $date }
   *[other] { $title }: jumlah telah berubah dari { $old } menjadi { $new }
}
change-fee-currency = { $title }: mata uang berubah dari { $old } menjadi { $new }
change-fee-effective = { $title }: berlaku mulai { $date }
change-steps = { $title }: langkah direvisi, kini { $new ->
   *[other] { $new } langkah
} (sebelumnya: { $old })
change-documents = { $title }: dokumen yang diwajibkan berubah
change-agencies = { $title }: instansi terkait berubah
change-fees = { $title }: biaya yang dipungut berubah
change-hs = { $title }: barang yang dicakup berubah
change-items-added = Ditambahkan: { $items }.
change-items-removed = Dihapus: { $items }.
change-tool-status = { $title }: status berubah dari “{ $old }” menjadi “{ $new }”
change-page-added = Baru: { $title }
change-page-removed = Ditarik: { $title }
change-text = Direvisi: { $title }
change-notice = Pengumuman: { $title }
change-updated = Diperbarui: { $title }
change-effective = Berlaku mulai { $date }.

## Nilai bertanggal: hari pertama dan terakhir pos tarif, tarif atau jumlah terjadwal. $date adalah hari yang dimaksud; $was hari yang dijadwalkan sebelumnya.
change-line-starts = { $moved ->
    [yes] Pos tarif { $code } kini mulai berlaku pada { $date }, bukan { $was } ({ $description })
   *[other] Pos tarif { $code } mulai berlaku pada { $date } ({ $description })
}
change-line-start-withdrawn = Pos tarif { $code } berlaku sekarang, tidak lagi mulai { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Pos tarif { $code } kini berlaku sampai dengan { $date }, bukan { $was } ({ $description })
   *[other] Pos tarif { $code } berlaku sampai dengan { $date } ({ $description })
}
change-line-end-withdrawn = Pos tarif { $code } tidak lagi berakhir pada { $date } ({ $description })
change-rate-revised = Tarif { $column } untuk { $code }: perubahan pada { $date } kini menjadi { $new }, bukan { $old }
change-rate-moved = Tarif { $column } untuk { $code }: perubahan menjadi { $new } kini berlaku pada { $date }, bukan { $was }
change-rate-withdrawn = Perubahan tarif { $column } untuk { $code } menjadi { $new } pada { $date } dibatalkan
change-fee-amount-revised = { $title }: jumlah mulai { $date } kini { $new }, bukan { $old }
change-fee-amount-moved = { $title }: jumlah { $new } kini berlaku mulai { $date }, bukan { $was }
change-fee-amount-withdrawn = { $title }: perubahan jumlah menjadi { $new } pada { $date } dibatalkan
change-fee-ends = { $moved ->
    [yes] { $title }: kini terakhir dipungut pada { $date }, bukan { $was }
   *[other] { $title }: terakhir dipungut pada { $date }
}
change-fee-end-withdrawn = { $title }: tidak lagi berakhir pada { $date }
