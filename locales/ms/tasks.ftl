# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Cari duti bagi barangan anda
home-lookup-label = Kod komoditi atau perihal barangan
home-lookup-hint = Contohnya { $code } atau kopi panggang.
home-upcoming-title = Berkuat kuasa dalam { $days } hari akan datang
home-upcoming-none = Tiada apa-apa yang dijadualkan berkuat kuasa dalam { $days } hari akan datang.
home-upcoming-more = { $count ->
   *[other] Terdapat { $count } lagi perubahan yang dijadualkan dalam tempoh ini.
}
home-all-changes = Semua perubahan, lalu dan dijadualkan
home-consultations-title = Rundingan awam yang dibuka
home-consultation-until = Maklum balas sehingga { $date }
home-consultations-none = Tiada rundingan awam yang dibuka pada masa ini.
home-recent-title = Perubahan terkini
home-enquiry-title = Ada soalan?
home-enquiry-text = Pusat pertanyaan kebangsaan menjawab soalan pedagang tentang tarif, prosedur dan fi.
home-browse-title = Layari laman
tariff-headings-index = Kepala dalam bab ini
tariff-columns-title = Maksud setiap lajur
tariff-index-about = Mengenai tarif
procedure-fee-if = jika berkenaan
procedure-fees-conditional = Dikenakan dalam keadaan tertentu sahaja
