# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Import, eksport va tranzit tartib-taomillari, shikoyat va qayta koʻrib chiqish bilan birga, bosqichma-bosqich
tfa-1-2-1-b = Talab qilinadigan shakllar va hujjatlar
tfa-1-2-1-c = Axborot markazlarining aloqa maʼlumotlari
tfa-2-1 = Yangi yoki oʻzgartirilgan qonun va qoidalarga kuchga kirishidan oldin taklif bildirish
tfa-2-2 = Chegara idoralari va savdogarlar oʻrtasida muntazam maslahatlashuvlar
tfa-6-1 = Yigʻim va toʻlovlar: asosi, undiruvchi organ va toʻlash tartibi, qoʻllanishidan oldin eʼlon qilinadi
notice-status-comment-closed = Takliflar muddati tugadi
notice-status-withdrawn = Qaytarib olindi
change-consultation-open = Maslahatlashuv: takliflar { $date } gacha qabul qilinadi: { $title }
change-consultation-closed = Maslahatlashuv { $date } da yopildi: { $title }
changes-follow-feed = Bu oʻzgarishlarni “{ $feed }” tasmasida kuzating:
