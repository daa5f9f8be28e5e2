# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Процедуры импорта, экспорта и транзита, включая обжалование и пересмотр, шаг за шагом
tfa-1-2-1-b = Требуемые формы и документы
tfa-1-2-1-c = Контакты информационных центров
tfa-2-1 = Замечания к новым или изменённым законам и правилам до их вступления в силу
tfa-2-2 = Регулярные консультации пограничных ведомств с участниками торговли
tfa-6-1 = Сборы и платежи: их основание, взимающий орган и порядок оплаты, опубликованные до начала применения
notice-status-comment-closed = Приём замечаний завершён
notice-status-withdrawn = Отозвано
change-consultation-open = Консультация: замечания принимаются до { $date }: { $title }
change-consultation-closed = Консультация завершена { $date }: { $title }
changes-follow-feed = Следите за этими изменениями в ленте «{ $feed }»:
