# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Prosedur import, eksport dan transit, termasuk rayuan atau semakan, langkah demi langkah
tfa-1-2-1-b = Borang dan dokumen yang diperlukan
tfa-1-2-1-c = Maklumat hubungan pusat pertanyaan
tfa-2-1 = Ulasan terhadap undang-undang dan peraturan baharu atau yang dipinda sebelum berkuat kuasa
tfa-2-2 = Rundingan berkala antara agensi sempadan dan pedagang
tfa-6-1 = Fi dan caj: sebabnya, pihak berkuasa yang mengenakannya dan cara membayar, diterbitkan sebelum dikenakan
notice-status-comment-closed = Tempoh ulasan telah tamat
notice-status-withdrawn = Ditarik balik
change-consultation-open = Rundingan terbuka untuk ulasan hingga { $date }: { $title }
change-consultation-closed = Rundingan ditutup pada { $date }: { $title }
changes-follow-feed = Ikuti perubahan ini dalam suapan “{ $feed }”:
