# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Mga pamamaraan sa pag-aangkat, pagluluwas at transit, kasama ang apela o pagsusuri, hakbang-hakbang
tfa-1-2-1-b = Mga kinakailangang form at dokumento
tfa-1-2-1-c = Impormasyon sa pakikipag-ugnayan ng mga enquiry point
tfa-2-1 = Pagkakataong magkomento sa bago o binagong batas at regulasyon bago ito magkabisa
tfa-2-2 = Regular na konsultasyon ng mga ahensya sa hangganan at ng mga mangangalakal
tfa-6-1 = Mga bayarin at singil: ang dahilan, ang awtoridad na naniningil at kung paano magbayad, inilathala bago ipatupad
notice-status-comment-closed = Sarado na ang panahon ng komento
notice-status-withdrawn = Binawi
change-consultation-open = Konsultasyon, bukas para sa komento hanggang { $date }: { $title }
change-consultation-closed = Nagsara ang konsultasyon noong { $date }: { $title }
changes-follow-feed = Subaybayan ang mga pagbabagong ito sa feed na “{ $feed }”:
