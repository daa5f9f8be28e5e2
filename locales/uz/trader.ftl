# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Valyuta kursi
kind-plural-exchange-rate = Bojxona qiymatini aniqlash uchun valyuta kurslari
tariff-col-excise = Aksiz
tariff-col-vat = QQS
xrate-currency = Valyuta
xrate-rate = Bir birlik uchun { $currency }
xrate-in-force-current = Amaldagi kurslar
xrate-in-force-since = Amaldagi kurslar ({ $date } dan)
xrate-next = Keyingi kurs
xrate-history = Vaqt bo‘yicha kurslar
xrate-state-past = Avvalgi
xrate-state-in_force = Amalda
xrate-state-scheduled = Rejalashtirilgan
calc-title = Bojlar va soliqlarni hisoblash
calc-estimate = Bu hisoblash emas, taxmin: bojxona bojlar va soliqlarni deklaratsiya bo‘yicha hisoblaydi. Unga antidemping va himoya bojlari, yig‘imlar hamda tovarlar ega bo‘lishi mumkin bo‘lgan imtiyozlar kirmaydi.
calc-value = Bojxona qiymati
calc-currency = Valyuta
calc-quantity = Miqdor ({ $unit })
calc-regime = Boj stavkasi
calc-submit = Hisoblash
calc-col-step = Qadam
calc-col-formula = Hisob
calc-col-amount = Summa
calc-step-value = { $currency }dagi bojxona qiymati
calc-step-duty = Boj ({ $regime })
calc-step-total = Bojlar va soliqlar
calc-example = Misol: bojxona qiymati { $value } { $currency } va { $quantity } { $unit }, { $regime } stavkasida
calc-yours = Tovaringiz: bojxona qiymati { $value } { $currency } va { $quantity } { $unit }, { $regime } stavkasida
calc-total = Taxminiy bojlar va soliqlar: { $amount }
calc-at-least = kamida
calc-at-most = ko‘pi bilan
calc-invalid = Bojxona qiymati va miqdorni raqamda kiriting.
calc-no-rate = Bu sanada { $currency } uchun valyuta kursi yo‘q.
tariff-tax-waived = { $regimes } stavkasida undirilmaydi
calc-multiple = { $one } { $word } = { $times } { $currency }: bojxona qiymatini { $currency } da kiriting.
calc-rates-link = Bojxona qiymatini aniqlashda qo‘llanadigan valyuta kurslari

change-exchange-rate = { $when ->
    [dated] { $title }: kurs { $date } sanasida { $old } dan { $new } ga o‘zgaradi
   *[other] { $title }: kurs { $old } dan { $new } ga o‘zgardi
}
change-exchange-rate-revised = { $title }: { $date } dan boshlab kurs endi { $new }, { $old } emas
change-exchange-rate-moved = { $title }: { $new } kursi endi { $date } dan qo‘llanadi, { $was } dan emas
change-exchange-rate-withdrawn = { $title }: { $date } sanasida kursni { $new } ga o‘zgartirish bekor qilindi

kind-origin = Kelib chiqish qoidalari
kind-plural-origin = Kelib chiqish qoidalari
origin-rule = Kelib chiqish qoidasi
origin-rules = Tovarlar bo‘yicha qoidalar
origin-proof = Kelib chiqish dalili
origin-agreement = Bitim
origin-column = Imtiyozli stavka
origin-or = yoki
origin-and = va
origin-term-wo = to‘liq olingan
origin-term-pe = to‘liq kelib chiqishli materiallardan ishlab chiqarilgan
origin-term-cc = guruhning o‘zgarishi
origin-term-cth = tovar pozitsiyasining o‘zgarishi
origin-term-ctsh = tovar subpozitsiyasining o‘zgarishi
origin-term-rvc = mintaqaviy qiymat ulushi kamida { $percent }%

kind-quota = Tarif kvotasi
kind-plural-quota = Tarif kvotalari
quota-order = Buyurtma raqami
quota-balance = { $date } holatiga qoldiq
quota-volume = Hajm
quota-in = Kvota doirasidagi stavka
quota-out = Kvotadan tashqari stavka
quota-period = Kvota davri
quota-period-dates = { $from } – { $to }
quota-allocation = Taqsimlash
quota-allocation-first-come-first-served = Navbat tartibida
quota-allocation-licence = Import litsenziyalari
quota-allocation-historical = Avvalgi import bo‘yicha ulushlar
quota-allocation-auction = Auksion
quota-state-open = Ochiq
quota-state-exhausted = Tugagan
quota-state-closed = Yopiq
quota-history = Vaqt bo‘yicha qoldiq
change-quota-balance = { $when ->
    [dated] { $title }: qoldiq { $date } sanasida { $old } dan { $new } ga o‘zgaradi
   *[other] { $title }: qoldiq { $old } dan { $new } ga o‘zgardi
}
change-quota-balance-revised = { $title }: { $date } dan qoldiq endi { $new }, { $old } emas
change-quota-balance-moved = { $title }: { $new } qoldig‘i endi { $date } dan qo‘llanadi, { $was } dan emas
change-quota-balance-withdrawn = { $title }: { $date } dan { $new } qoldig‘i bekor qilindi

kind-ruling = Dastlabki qaror
kind-plural-ruling = Majburiy dastlabki qarorlar
ruling-number = Qaror raqami
ruling-issued = Berilgan sana
ruling-goods = Tovarlar
ruling-type-classification = Tasniflash
ruling-type-origin = Kelib chiqish
ruling-type-valuation = Qiymat
ruling-valid = Amalda
ruling-valid-until = { $date } gacha amalda
ruling-expired = { $date } da muddati tugagan
