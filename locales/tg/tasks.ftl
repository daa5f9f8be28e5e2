# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Боҷи молҳои худро донед
home-lookup-label = Рамзи мол ё тавсифи мол
home-lookup-hint = Масалан { $code } ё қаҳваи бирёншуда.
home-upcoming-title = Дар { $days } рӯзи оянда эътибор пайдо мекунад
home-upcoming-none = Дар { $days } рӯзи оянда ҳеҷ чиз барои эътибор пайдо кардан ба нақша гирифта нашудааст.
home-upcoming-more = { $count ->
    [one] Дар ин давра боз { $count } тағйирот ба нақша гирифта шудааст.
   *[other] Дар ин давра боз { $count } тағйирот ба нақша гирифта шудаанд.
}
home-all-changes = Ҳамаи тағйирот, гузашта ва банақшагирифта
home-consultations-title = Машваратҳои кушода
home-consultation-until = Пешниҳодҳо то { $date }
home-consultations-none = Ҳоло ягон машварат барои пешниҳод кушода нест.
home-recent-title = Тағйироти охирин
home-enquiry-title = Савол доред?
home-enquiry-text = Маркази миллии иттилоотӣ ба саволҳои соҳибкорон дар бораи тариф, расмиёт ва пардохтҳо ҷавоб медиҳад.
home-browse-title = Сайтро тамошо кунед
tariff-headings-index = Мавқеъҳои ин гурӯҳ
tariff-columns-title = Маънои сутунҳо
tariff-index-about = Дар бораи тариф
procedure-fee-if = дар ҳолати зарурӣ
procedure-fees-conditional = Танҳо дар баъзе ҳолатҳо ситонида мешавад
