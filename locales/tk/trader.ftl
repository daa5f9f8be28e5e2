# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Walýuta hümmeti
kind-plural-exchange-rate = Gümrük bahalandyrmasy üçin walýuta hümmetleri
tariff-col-excise = Aksiz
tariff-col-vat = GBS
xrate-currency = Walýuta
xrate-rate = Bir birlik üçin { $currency }
xrate-in-force-current = Güýjünde bolan hümmetler
xrate-in-force-since = Güýjünde bolan hümmetler ({ $date } senesinden)
xrate-next = Indiki hümmet
xrate-history = Wagt boýunça hümmetler
xrate-state-past = Öňki
xrate-state-in_force = Güýjünde
xrate-state-scheduled = Meýilleşdirilen
calc-title = Gümrük paçlaryny we salgytlary hasaplaň
calc-estimate = Bu hasaplama däl-de, çaklama: gümrük paçlary we salgytlary jarnama boýunça hasaplaýar. Oňa dempinge garşy we goraýjy paçlar, ýygymlar hem-de harytlaryň hukugy bolup biljek ýeňillikleri girmeýär.
calc-value = Gümrük gymmaty
calc-currency = Walýuta
calc-quantity = Mukdar ({ $unit })
calc-regime = Paç derejesi
calc-submit = Hasapla
calc-col-step = Ädim
calc-col-formula = Hasaplama
calc-col-amount = Möçber
calc-step-value = { $currency } bilen gümrük gymmaty
calc-step-duty = Paç ({ $regime })
calc-step-total = Paçlar we salgytlar
calc-example = Mysal: { $value } { $currency } gümrük gymmaty we { $quantity } { $unit }, { $regime } derejesinde
calc-yours = Siziň harydyňyz: { $value } { $currency } gümrük gymmaty we { $quantity } { $unit }, { $regime } derejesinde
calc-total = Çaklanan paçlar we salgytlar: { $amount }
calc-at-least = iň azyndan
calc-at-most = iň köp
calc-invalid = Gümrük gymmatyny we mukdary san bilen giriziň.
calc-no-rate = Bu senede { $currency } üçin walýuta hümmeti ýok.
tariff-tax-waived = { $regimes } derejesinde alynmaýar
calc-multiple = { $one } { $word } = { $times } { $currency }: gümrük gymmatyny { $currency } bilen giriziň.
calc-rates-link = Gümrük bahalandyrmasynda ulanylýan walýuta hümmetleri

change-exchange-rate = { $when ->
    [dated] { $title }: hümmet { $date } senesinde { $old }-dan { $new }-a üýtgeýär
   *[other] { $title }: hümmet { $old }-dan { $new }-a üýtgedi
}
change-exchange-rate-revised = { $title }: { $date } senesinden hümmet indi { $new }, { $old } däl
change-exchange-rate-moved = { $title }: { $new } hümmeti indi { $date } senesinden ulanylýar, { $was } däl
change-exchange-rate-withdrawn = { $title }: { $date } senesinde hümmetiň { $new }-a üýtgemegi ýatyryldy

kind-origin = Gelip çykyş düzgünleri
kind-plural-origin = Gelip çykyş düzgünleri
origin-rule = Gelip çykyş düzgüni
origin-rules = Haryt boýunça düzgünler
origin-proof = Gelip çykyşyň subutnamasy
origin-agreement = Ylalaşyk
origin-column = Ýeňillikli dereje
origin-or = ýa-da
origin-and = we
origin-term-wo = doly alnan
origin-term-pe = doly gelip çykyşly materiallardan öndürilen
origin-term-cc = toparyň üýtgemegi
origin-term-cth = haryt pozisiýasynyň üýtgemegi
origin-term-ctsh = haryt subpozisiýasynyň üýtgemegi
origin-term-rvc = sebit gymmatynyň paýy azyndan { $percent }%

kind-quota = Tarif kwotasy
kind-plural-quota = Tarif kwotalary
quota-order = Sargyt belgisi
quota-balance = { $date } senesindäki galyndy
quota-volume = Möçber
quota-in = Kwotanyň içindäki derejesi
quota-out = Kwotadan daşary derejesi
quota-period = Kwota döwri
quota-period-dates = { $from } – { $to }
quota-allocation = Paýlanyşy
quota-allocation-first-come-first-served = Nobat boýunça
quota-allocation-licence = Import ygtyýarnamalary
quota-allocation-historical = Öňki import boýunça paýlar
quota-allocation-auction = Auksion
quota-state-open = Açyk
quota-state-exhausted = Gutardy
quota-state-closed = Ýapyk
quota-history = Wagt boýunça galyndy
change-quota-balance = { $when ->
    [dated] { $title }: galyndy { $date } senesinde { $old }-dan { $new }-a üýtgeýär
   *[other] { $title }: galyndy { $old }-dan { $new }-a üýtgedi
}
change-quota-balance-revised = { $title }: { $date } senesinden galyndy indi { $new }, { $old } däl
change-quota-balance-moved = { $title }: { $new } galyndysy indi { $date } senesinden ulanylýar, { $was } däl
change-quota-balance-withdrawn = { $title }: { $date } senesinden { $new } galyndysy yzyna alyndy

kind-ruling = Öňünden çykarylan karar
kind-plural-ruling = Hökmany öňünden çykarylan kararlar
ruling-number = Kararyň belgisi
ruling-issued = Berlen senesi
ruling-goods = Harytlar
ruling-type-classification = Klassifikasiýa
ruling-type-origin = Gelip çykyş
ruling-type-valuation = Gymmat
ruling-valid = Güýjünde
ruling-valid-until = { $date } çenli güýjünde
ruling-expired = { $date } senesinde möhleti geçdi
