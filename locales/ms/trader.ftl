# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Kadar pertukaran
kind-plural-exchange-rate = Kadar pertukaran untuk penilaian kastam
tariff-col-excise = Duti eksais
tariff-col-vat = Cukai jualan
xrate-currency = Mata wang
xrate-rate = { $currency } bagi satu unit
xrate-in-force-current = Kadar berkuat kuasa
xrate-in-force-since = Kadar berkuat kuasa sejak { $date }
xrate-next = Kadar seterusnya
xrate-history = Kadar dari semasa ke semasa
xrate-state-past = Terdahulu
xrate-state-in_force = Berkuat kuasa
xrate-state-scheduled = Dijadualkan
calc-title = Anggarkan duti dan cukai
calc-estimate = Ini ialah anggaran, bukan taksiran: kastam mentaksir duti dan cukai atas pengisytiharan. Anggaran ini tidak termasuk duti antilambakan dan perlindungan, fi, atau sebarang pengurangan yang mungkin layak bagi barangan.
calc-value = Nilai kastam
calc-currency = Mata wang
calc-quantity = Kuantiti ({ $unit })
calc-regime = Kadar duti
calc-submit = Kira
calc-col-step = Langkah
calc-col-formula = Pengiraan
calc-col-amount = Amaun
calc-step-value = Nilai kastam dalam { $currency }
calc-step-duty = Duti ({ $regime })
calc-step-total = Duti dan cukai
calc-example = Contoh: nilai kastam { $value } { $currency } dan { $quantity } { $unit }, pada kadar { $regime }
calc-yours = Barangan anda: nilai kastam { $value } { $currency } dan { $quantity } { $unit }, pada kadar { $regime }
calc-total = Anggaran duti dan cukai: { $amount }
calc-at-least = sekurang-kurangnya
calc-at-most = selebih-lebihnya
calc-invalid = Masukkan nilai kastam dan kuantiti dalam angka.
calc-no-rate = Tiada kadar pertukaran bagi { $currency } pada tarikh ini.
tariff-tax-waived = Tidak dikenakan pada kadar { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: masukkan nilai kastam dalam { $currency }.
calc-rates-link = Kadar pertukaran yang digunakan untuk penilaian kastam

change-exchange-rate = { $when ->
    [dated] { $title }: kadar berubah daripada { $old } kepada { $new } pada { $date }
   *[other] { $title }: kadar berubah daripada { $old } kepada { $new }
}
change-exchange-rate-revised = { $title }: kadar mulai { $date } kini { $new }, bukan { $old }
change-exchange-rate-moved = { $title }: kadar { $new } kini terpakai mulai { $date }, bukan { $was }
change-exchange-rate-withdrawn = { $title }: perubahan kadar kepada { $new } pada { $date } dibatalkan

kind-origin = Peraturan tempat asal
kind-plural-origin = Peraturan tempat asal
origin-rule = Peraturan tempat asal
origin-rules = Peraturan khusus produk
origin-proof = Bukti tempat asal
origin-agreement = Perjanjian
origin-column = Kadar keutamaan
origin-or = atau
origin-and = dan
origin-term-wo = diperoleh sepenuhnya
origin-term-pe = dikeluarkan sepenuhnya daripada bahan berasal
origin-term-cc = perubahan bab
origin-term-cth = perubahan kepala tarif
origin-term-ctsh = perubahan subkepala tarif
origin-term-rvc = kandungan nilai serantau sekurang-kurangnya { $percent }%

kind-quota = Kuota tarif
kind-plural-quota = Kuota tarif
quota-order = Nombor pesanan
quota-balance = Baki pada { $date }
quota-volume = Isi padu
quota-in = Kadar dalam kuota
quota-out = Kadar luar kuota
quota-period = Tempoh kuota
quota-period-dates = { $from } hingga { $to }
quota-allocation = Peruntukan
quota-allocation-first-come-first-served = Siapa cepat dia dapat
quota-allocation-licence = Lesen import
quota-allocation-historical = Bahagian mengikut import lalu
quota-allocation-auction = Lelongan
quota-state-open = Dibuka
quota-state-exhausted = Habis
quota-state-closed = Ditutup
quota-history = Baki dari semasa ke semasa
change-quota-balance = { $when ->
    [dated] { $title }: baki berubah daripada { $old } kepada { $new } pada { $date }
   *[other] { $title }: baki berubah daripada { $old } kepada { $new }
}
change-quota-balance-revised = { $title }: baki mulai { $date } kini { $new }, bukan { $old }
change-quota-balance-moved = { $title }: baki { $new } kini terpakai mulai { $date }, bukan { $was }
change-quota-balance-withdrawn = { $title }: baki { $new } mulai { $date } ditarik balik

kind-ruling = Keputusan awal
kind-plural-ruling = Keputusan awal yang mengikat
ruling-number = Nombor keputusan
ruling-issued = Dikeluarkan
ruling-goods = Barangan
ruling-type-classification = Pengelasan
ruling-type-origin = Tempat asal
ruling-type-valuation = Penilaian
ruling-valid = Sah
ruling-valid-until = Sah hingga { $date }
ruling-expired = Tamat pada { $date }
