# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Cari bea masuk untuk barang Anda
home-lookup-label = Kode HS atau uraian barang
home-lookup-hint = Misalnya { $code } atau kopi sangrai.
home-upcoming-title = Mulai berlaku dalam { $days } hari ke depan
home-upcoming-none = Tidak ada yang dijadwalkan mulai berlaku dalam { $days } hari ke depan.
home-upcoming-more = { $count ->
   *[other] Terdapat { $count } perubahan lain yang dijadwalkan dalam periode ini.
}
home-all-changes = Semua perubahan, yang lalu dan yang dijadwalkan
home-consultations-title = Konsultasi publik yang dibuka
home-consultation-until = Tanggapan sampai { $date }
home-consultations-none = Saat ini tidak ada konsultasi yang dibuka.
home-recent-title = Perubahan terbaru
home-enquiry-title = Ada pertanyaan?
home-enquiry-text = Titik informasi nasional menjawab pertanyaan pelaku usaha tentang tarif, prosedur, dan biaya.
home-browse-title = Jelajahi situs
tariff-headings-index = Pos dalam bab ini
tariff-columns-title = Arti setiap kolom
tariff-index-about = Tentang tarif
procedure-fee-if = jika berlaku
procedure-fees-conditional = Hanya dipungut dalam kasus tertentu
