# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Импорт, экспорт, транзитын журам, давж заалдах болон хянан үзэхийг оролцуулан, алхам алхмаар
tfa-1-2-1-b = Шаардлагатай маягт ба баримт бичиг
tfa-1-2-1-c = Лавлагааны төвүүдийн холбоо барих мэдээлэл
tfa-2-1 = Шинэ буюу өөрчлөгдсөн хууль, журамд хүчин төгөлдөр болохоос өмнө санал өгөх
tfa-2-2 = Хилийн байгууллагууд ба худалдаачдын хоорондын тогтмол зөвлөлдөх уулзалт
tfa-6-1 = Хураамж, төлбөр: үндэслэл, авах байгууллага, төлөх журам, хэрэгжихээс өмнө нийтлэгдсэн
notice-status-comment-closed = Санал авах хугацаа дууссан
notice-status-withdrawn = Буцаан авсан
change-consultation-open = Зөвлөлдөх уулзалт: { $date } хүртэл санал авна: { $title }
change-consultation-closed = Зөвлөлдөх уулзалт { $date }-нд хаагдсан: { $title }
changes-follow-feed = Эдгээр өөрчлөлтийг «{ $feed }» сувгаар дагаарай:
