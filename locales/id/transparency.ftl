# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Prosedur impor, ekspor, dan transit, termasuk banding atau peninjauan, langkah demi langkah
tfa-1-2-1-b = Formulir dan dokumen yang diwajibkan
tfa-1-2-1-c = Kontak titik informasi
tfa-2-1 = Tanggapan atas peraturan baru atau yang diubah sebelum mulai berlaku
tfa-2-2 = Konsultasi rutin antara instansi perbatasan dan pelaku usaha
tfa-6-1 = Biaya dan pungutan: alasannya, instansi pemungut, dan cara pembayaran, diumumkan sebelum berlaku
notice-status-comment-closed = Masa tanggapan telah berakhir
notice-status-withdrawn = Ditarik
change-consultation-open = Konsultasi terbuka untuk tanggapan hingga { $date }: { $title }
change-consultation-closed = Konsultasi ditutup pada { $date }: { $title }
changes-follow-feed = Ikuti perubahan ini di umpan “{ $feed }”:
