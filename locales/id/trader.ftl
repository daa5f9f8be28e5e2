# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Kurs
kind-plural-exchange-rate = Kurs untuk penilaian pabean
tariff-col-excise = Cukai
tariff-col-vat = PPN
xrate-currency = Mata uang
xrate-rate = { $currency } per satu unit
xrate-in-force-current = Kurs yang berlaku
xrate-in-force-since = Kurs yang berlaku sejak { $date }
xrate-next = Kurs berikutnya
xrate-history = Kurs dari waktu ke waktu
xrate-state-past = Sebelumnya
xrate-state-in_force = Berlaku
xrate-state-scheduled = Terjadwal
calc-title = Perkirakan bea dan pajak
calc-estimate = Ini adalah perkiraan, bukan penetapan: pabean menetapkan bea dan pajak atas pemberitahuan pabean. Perkiraan ini tidak mencakup bea masuk antidumping dan tindakan pengamanan, biaya, maupun keringanan yang mungkin berlaku bagi barang.
calc-value = Nilai pabean
calc-currency = Mata uang
calc-quantity = Jumlah ({ $unit })
calc-regime = Tarif bea
calc-submit = Hitung
calc-col-step = Langkah
calc-col-formula = Perhitungan
calc-col-amount = Jumlah uang
calc-step-value = Nilai pabean dalam { $currency }
calc-step-duty = Bea masuk ({ $regime })
calc-step-total = Bea dan pajak
calc-example = Contoh: nilai pabean { $value } { $currency } dan { $quantity } { $unit }, dengan tarif { $regime }
calc-yours = Barang Anda: nilai pabean { $value } { $currency } dan { $quantity } { $unit }, dengan tarif { $regime }
calc-total = Perkiraan bea dan pajak: { $amount }
calc-at-least = paling sedikit
calc-at-most = paling banyak
calc-invalid = Masukkan nilai pabean dan jumlah dengan angka.
calc-no-rate = Tidak ada kurs untuk { $currency } pada tanggal ini.
tariff-tax-waived = Tidak dipungut dengan tarif { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: masukkan nilai pabean dalam { $currency }.
calc-rates-link = Kurs yang digunakan untuk penilaian pabean

change-exchange-rate = { $when ->
    [dated] { $title }: kurs berubah dari { $old } menjadi { $new } pada { $date }
   *[other] { $title }: kurs berubah dari { $old } menjadi { $new }
}
change-exchange-rate-revised = { $title }: kurs mulai { $date } kini { $new }, bukan { $old }
change-exchange-rate-moved = { $title }: kurs { $new } kini berlaku mulai { $date }, bukan { $was }
change-exchange-rate-withdrawn = { $title }: perubahan kurs menjadi { $new } pada { $date } dibatalkan

kind-origin = Ketentuan asal barang
kind-plural-origin = Ketentuan asal barang
origin-rule = Ketentuan asal barang
origin-rules = Ketentuan khusus produk
origin-proof = Bukti asal barang
origin-agreement = Perjanjian
origin-column = Tarif preferensi
origin-or = atau
origin-and = dan
origin-term-wo = diperoleh seluruhnya
origin-term-pe = diproduksi seluruhnya dari bahan originating
origin-term-cc = perubahan bab
origin-term-cth = perubahan pos tarif
origin-term-ctsh = perubahan subpos tarif
origin-term-rvc = kandungan nilai regional paling sedikit { $percent }%

kind-quota = Kuota tarif
kind-plural-quota = Kuota tarif
quota-order = Nomor urut
quota-balance = Sisa per { $date }
quota-volume = Volume
quota-in = Tarif dalam kuota
quota-out = Tarif di luar kuota
quota-period = Periode kuota
quota-period-dates = { $from } sampai { $to }
quota-allocation = Alokasi
quota-allocation-first-come-first-served = Siapa cepat dia dapat
quota-allocation-licence = Izin impor
quota-allocation-historical = Bagian menurut impor sebelumnya
quota-allocation-auction = Lelang
quota-state-open = Dibuka
quota-state-exhausted = Habis
quota-state-closed = Ditutup
quota-history = Sisa dari waktu ke waktu
change-quota-balance = { $when ->
    [dated] { $title }: sisa berubah dari { $old } menjadi { $new } pada { $date }
   *[other] { $title }: sisa berubah dari { $old } menjadi { $new }
}
change-quota-balance-revised = { $title }: sisa mulai { $date } kini { $new }, bukan { $old }
change-quota-balance-moved = { $title }: sisa { $new } kini berlaku mulai { $date }, bukan { $was }
change-quota-balance-withdrawn = { $title }: sisa { $new } mulai { $date } dibatalkan

kind-ruling = Keputusan di muka
kind-plural-ruling = Keputusan di muka yang mengikat
ruling-number = Nomor keputusan
ruling-issued = Diterbitkan
ruling-goods = Barang
ruling-type-classification = Klasifikasi
ruling-type-origin = Asal barang
ruling-type-valuation = Nilai pabean
ruling-valid = Berlaku
ruling-valid-until = Berlaku sampai { $date }
ruling-expired = Berakhir pada { $date }
