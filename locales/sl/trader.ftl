# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Menjalni tečaj
kind-plural-exchange-rate = Menjalni tečaji za določanje carinske vrednosti
tariff-col-excise = Trošarina
tariff-col-vat = DDV

xrate-currency = Valuta
xrate-rate = { $currency } za eno enoto
xrate-in-force-current = Veljavni tečaji
xrate-in-force-since = Veljavni tečaji, začetek veljavnosti: { $date }
xrate-next = Naslednji tečaj
xrate-history = Tečaji skozi čas
xrate-state-past = Pretekli
xrate-state-in_force = Velja
xrate-state-scheduled = Načrtovan

calc-title = Ocena carine in davkov
calc-estimate = To je ocena, ne odmera: carino in davke odmeri carinski organ na podlagi deklaracije. Ocena ne vključuje protidampinških in zaščitnih dajatev, pristojbin ter morebitnih znižanj, do katerih je blago upravičeno.
calc-value = Carinska vrednost
calc-currency = Valuta
calc-quantity = Količina ({ $unit })
calc-regime = Carinska stopnja
calc-submit = Izračunaj
calc-col-step = Korak
calc-col-formula = Izračun
calc-col-amount = Znesek
calc-step-value = Carinska vrednost ({ $currency })
calc-step-duty = Carina ({ $regime })
calc-step-total = Carina in davki
calc-example = Primer izračuna: carinska vrednost { $value } { $currency } in { $quantity } { $unit } po stopnji { $regime }
calc-yours = Vaše blago: carinska vrednost { $value } { $currency } in { $quantity } { $unit } po stopnji { $regime }
calc-total = Ocenjena carina in davki: { $amount }
calc-at-least = najmanj
calc-at-most = največ
calc-invalid = Carinsko vrednost in količino vnesite s številkami.
calc-no-rate = Za ta datum ni menjalnega tečaja za { $currency }.
tariff-tax-waived = Se ne obračuna po stopnji { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: carinsko vrednost vnesite v { $currency }.
calc-rates-link = Menjalni tečaji za določanje carinske vrednosti

change-exchange-rate = { $when ->
    [dated] { $title }: sprememba tečaja (datum spremembe: { $date }) – novi tečaj { $new }, sedanji { $old }
   *[other] { $title }: tečaj je spremenjen – zdaj { $new }, prej { $old }
}
change-exchange-rate-revised = { $title }: novi tečaj (velja od: { $date }) je zdaj { $new }, ne { $old }
change-exchange-rate-moved = { $title }: tečaj { $new } začne veljati na drug datum: { $date } (prej: { $was })
change-exchange-rate-withdrawn = { $title }: načrtovana sprememba tečaja ({ $new }, datum spremembe: { $date }) je preklicana

kind-origin = Pravila o poreklu
kind-plural-origin = Pravila o poreklu
origin-rule = Pravilo o poreklu
origin-rules = Pravila za posamezne izdelke
origin-proof = Dokazilo o poreklu
origin-agreement = Sporazum
origin-column = Preferencialna stopnja
origin-or = ali
origin-and = in
origin-term-wo = v celoti pridobljeno
origin-term-pe = proizvedeno izključno iz materialov s poreklom
origin-term-cc = sprememba poglavja
origin-term-cth = sprememba tarifne številke
origin-term-ctsh = sprememba tarifne podštevilke
origin-term-rvc = regionalna vsebnost vrednosti najmanj { $percent } %

kind-quota = Tarifna kvota
kind-plural-quota = Tarifne kvote
quota-order = Zaporedna številka
quota-balance = Stanje (datum: { $date })
quota-volume = Količina
quota-in = Stopnja v okviru kvote
quota-out = Stopnja zunaj kvote
quota-period = Obdobje kvote
quota-period-dates = { $from } – { $to }
quota-allocation = Dodeljevanje
quota-allocation-first-come-first-served = Po vrstnem redu prejema zahtevkov
quota-allocation-licence = Uvozna dovoljenja
quota-allocation-historical = Deleži glede na pretekli uvoz
quota-allocation-auction = Dražba
quota-state-open = Odprta
quota-state-exhausted = Izčrpana
quota-state-closed = Zaprta
quota-history = Stanje skozi čas
change-quota-balance = { $when ->
    [dated] { $title }: sprememba stanja (datum spremembe: { $date }) – novo stanje { $new }, sedanje { $old }
   *[other] { $title }: stanje je spremenjeno – zdaj { $new }, prej { $old }
}
change-quota-balance-revised = { $title }: novo stanje (velja od: { $date }) je zdaj { $new }, ne { $old }
change-quota-balance-moved = { $title }: stanje { $new } začne veljati na drug datum: { $date } (prej: { $was })
change-quota-balance-withdrawn = { $title }: stanje { $new } (velja od: { $date }) je preklicano

kind-ruling = Zavezujoča informacija
kind-plural-ruling = Zavezujoče informacije
ruling-number = Številka odločbe
ruling-issued = Izdano
ruling-goods = Blago
ruling-type-classification = Tarifna uvrstitev
ruling-type-origin = Poreklo
ruling-type-valuation = Carinska vrednost
ruling-valid = Veljavna
ruling-valid-until = Velja do: { $date }
ruling-expired = Veljavnost je potekla: { $date }
