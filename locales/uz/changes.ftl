# UI strings of the default theme, Uzbek (Latin script): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Nima oʻzgardi va nima oʻzgaradi
changes-title = Oʻzgarishlar
changes-intro = Ushbu saytda nima oʻzgardi va nima oʻzgaradi: tarif qatorlari va stavkalar, yigʻimlar, tartib-taomillar, choralar, vositalar va bildirishnomalar. Oʻzgarishlar eʼlon qilinishi bilanoq xabardor boʻlish uchun lentaga obuna boʻling.
changes-upcoming = Kuchga kiradigan oʻzgarishlar
changes-recent = Soʻnggi oʻzgarishlar
changes-none = Hozircha hech qanday oʻzgarish qayd etilmagan.
changes-from-notices = Ushbu roʻyxatda bildirishnomalar va sahifalarning oxirgi yangilanish sanalari koʻrsatiladi; stavka yoki tarif qatorining har bir oʻzgarishi bu yerda koʻrsatilmaydi.
changes-feeds = Obuna boʻlish
changes-feed-atom = Atom lentasi
changes-feed-json = JSON lentasi
changes-feed-chapter = { $number }-guruh: { $title }
changes-kind-tariff = Tarif
changes-kind-procedures = Tartib-taomillar
changes-kind-fees = Yigʻimlar va toʻlovlar
changes-kind-measures = Choralar
changes-kind-tools = JBT vositalari
changes-kind-notices = Bildirishnomalar
changes-kind-pages = Boshqa sahifalar
changes-filter-kind = Koʻrsatish
changes-filter-chapter = Tarif guruhi
changes-all-chapters = Barcha guruhlar
changes-effective = Kuchga kirish sanasi: { $date }
changes-last-day = Kuchda boʻlishning oxirgi kuni: { $date }
changes-history = Oʻzgarishlar tarixi
changes-history-none = Ushbu sahifa uchun hech qanday oʻzgarish qayd etilmagan.
changes-recorded = Qayd etilgan sana: { $date }
change-none = yoʻq
change-line-added = { $when ->
    [dated] Yangi tarif qatori { $code } ({ $date } sanasidan): { $description }
   *[other] Yangi tarif qatori { $code }: { $description }
}
change-lines-added = { $chapter }-guruhga qoʻshilgan tarif qatorlari: { $count }
change-column-added = { $chapter }-guruhga { $column } ustuni qoʻshildi
change-column-removed = { $chapter }-guruhdan { $column } ustuni chiqarildi
change-line-removed = { $code } tarif qatori chiqarildi ({ $description })
change-rate = { $when ->
    [dated] { $code }: { $column } stavkasi oʻzgaradi (avval: { $old }, yangi: { $new }; sana: { $date })
   *[other] { $code }: { $column } stavkasi oʻzgardi (avval: { $old }, yangi: { $new })
}
change-column = { $code }: { $column } oʻzgardi (avval: { $old }, yangi: { $new })
change-description = { $code }: tovar nomi qayta koʻrib chiqildi: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: miqdori oʻzgaradi (avval: { $old }, yangi: { $new }; sana: { $date })
   *[other] { $title }: miqdori oʻzgardi (avval: { $old }, yangi: { $new })
}
change-fee-currency = { $title }: valyutasi oʻzgardi (avval: { $old }, yangi: { $new })
change-fee-effective = { $title }: kuchga kirish sanasi { $date }
change-steps = { $title }: bosqichlar qayta koʻrib chiqildi, endi { $new ->
    [one] bitta bosqich
   *[other] { $new } ta bosqich
} (avval: { $old })
change-documents = { $title }: talab qilinadigan hujjatlar oʻzgardi
change-agencies = { $title }: ishtirok etuvchi idoralar oʻzgardi
change-fees = { $title }: undiriladigan yigʻimlar oʻzgardi
change-hs = { $title }: qamrab olingan tovarlar oʻzgardi
change-items-added = Qoʻshildi: { $items }.
change-items-removed = Chiqarildi: { $items }.
change-tool-status = { $title }: maqomi oʻzgardi (avval: «{ $old }», yangi: «{ $new }»)
change-page-added = Yangi: { $title }
change-page-removed = Qaytarib olindi: { $title }
change-text = Qayta koʻrib chiqildi: { $title }
change-notice = Bildirishnoma: { $title }
change-updated = Yangilandi: { $title }
change-effective = Kuchga kirish sanasi: { $date }.

## Sanali qiymatlar: qatorning birinchi va oxirgi kuni, rejalashtirilgan stavka yoki miqdor. $date — gap ketayotgan kun; $was — avval rejalashtirilgan kun.
change-line-starts = { $moved ->
    [yes] { $code } tarif qatori ({ $description }): amal qilish boshlanishi endi { $date } (avval: { $was })
   *[other] { $code } tarif qatori ({ $description }): amal qilish boshlanishi { $date }
}
change-line-start-withdrawn = { $code } tarif qatori ({ $description }): { $date } sanasidan emas, hozirdan amal qiladi
change-line-ends = { $moved ->
    [yes] { $code } tarif qatori ({ $description }): amal qilishning oxirgi kuni endi { $date } (avval: { $was })
   *[other] { $code } tarif qatori ({ $description }): amal qilishning oxirgi kuni { $date }
}
change-line-end-withdrawn = { $code } tarif qatori ({ $description }): endi { $date } sanasida tugamaydi
change-rate-revised = { $code }: { $column } stavkasining { $date } sanasidagi oʻzgarishi endi { $new } (avval rejalashtirilgan: { $old })
change-rate-moved = { $code }: { $column } stavkasining { $new } ga oʻzgarishi endi { $date } sanasida kuchga kiradi (avval: { $was })
change-rate-withdrawn = { $code }: { $column } stavkasining { $date } sanasida { $new } ga oʻzgarishi bekor qilindi
change-fee-amount-revised = { $title }: { $date } sanasidan miqdor endi { $new } (avval rejalashtirilgan: { $old })
change-fee-amount-moved = { $title }: { $new } miqdori endi { $date } sanasidan qoʻllanadi (avval: { $was })
change-fee-amount-withdrawn = { $title }: miqdorning { $date } sanasida { $new } ga oʻzgarishi bekor qilindi
change-fee-ends = { $moved ->
    [yes] { $title }: oxirgi undirish kuni endi { $date } (avval: { $was })
   *[other] { $title }: oxirgi undirish kuni { $date }
}
change-fee-end-withdrawn = { $title }: endi { $date } sanasida tugamaydi
