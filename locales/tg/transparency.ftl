# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Расмиёти воридот, содирот ва транзит, аз ҷумла шикоят ва аз нав баррасӣ, қадам ба қадам
tfa-1-2-1-b = Шаклҳо ва ҳуҷҷатҳои зарурӣ
tfa-1-2-1-c = Маълумоти тамос бо марказҳои иттилоотӣ
tfa-2-1 = Пешниҳодҳо ба қонунҳо ва қоидаҳои нав ё тағйирёфта пеш аз эътибор пайдо карданашон
tfa-2-2 = Машваратҳои мунтазами мақомоти сарҳадӣ бо тоҷирон
tfa-6-1 = Пардохтҳо ва хироҷҳо: асос, мақоми ситонанда ва тартиби пардохт, пеш аз татбиқ нашршуда
notice-status-comment-closed = Мӯҳлати пешниҳодҳо ба охир расид
notice-status-withdrawn = Бозхонда шуд
change-consultation-open = Машварат: пешниҳодҳо то { $date } қабул мешаванд: { $title }
change-consultation-closed = Машварат { $date } баста шуд: { $title }
changes-follow-feed = Ин тағйиротро дар лентаи «{ $feed }» пайгирӣ кунед:
