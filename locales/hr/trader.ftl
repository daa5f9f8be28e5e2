# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Tečaj
kind-plural-exchange-rate = Tečajevi za utvrđivanje carinske vrijednosti
tariff-col-excise = Trošarina
tariff-col-vat = PDV

xrate-currency = Valuta
xrate-rate = { $currency } za jednu jedinicu
xrate-in-force-current = Važeći tečajevi
xrate-in-force-since = Tečajevi koji vrijede od { $date }
xrate-next = Sljedeći tečaj
xrate-history = Tečajevi kroz vrijeme
xrate-state-past = Prijašnji
xrate-state-in_force = Na snazi
xrate-state-scheduled = Planiran

calc-title = Procjena carine i poreza
calc-estimate = Ovo je procjena, a ne obračun: carinska tijela obračunavaju carinu i poreze na temelju deklaracije. Procjena ne uključuje antidampinške i zaštitne carine, pristojbe ni sniženja na koja roba može imati pravo.
calc-value = Carinska vrijednost
calc-currency = Valuta
calc-quantity = Količina ({ $unit })
calc-regime = Carinska stopa
calc-submit = Izračunaj
calc-col-step = Korak
calc-col-formula = Izračun
calc-col-amount = Iznos
calc-step-value = Carinska vrijednost ({ $currency })
calc-step-duty = Carina ({ $regime })
calc-step-total = Carina i porezi
calc-example = Primjer izračuna: carinska vrijednost { $value } { $currency } i { $quantity } { $unit }, uz stopu { $regime }
calc-yours = Vaša roba: carinska vrijednost { $value } { $currency } i { $quantity } { $unit }, uz stopu { $regime }
calc-total = Procijenjena carina i porezi: { $amount }
calc-at-least = najmanje
calc-at-most = najviše
calc-invalid = Unesite carinsku vrijednost i količinu kao brojeve.
calc-no-rate = Za ovaj datum nema tečaja za { $currency }.
tariff-tax-waived = Ne naplaćuje se uz stopu { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: unesite carinsku vrijednost u { $currency }.
calc-rates-link = Tečajevi koji se primjenjuju za utvrđivanje carinske vrijednosti

change-exchange-rate = { $when ->
    [dated] { $title }: tečaj se mijenja { $date } – novi { $new }, dosadašnji { $old }
   *[other] { $title }: tečaj je promijenjen – sada { $new }, prije { $old }
}
change-exchange-rate-revised = { $title }: tečaj od { $date } sada je { $new }, a ne { $old }
change-exchange-rate-moved = { $title }: tečaj { $new } sada se primjenjuje od { $date }, a ne od { $was }
change-exchange-rate-withdrawn = { $title }: povučena je promjena tečaja ({ $new }) predviđena za { $date }

kind-origin = Pravila o podrijetlu
kind-plural-origin = Pravila o podrijetlu
origin-rule = Pravilo o podrijetlu
origin-rules = Pravila specifična za proizvode
origin-proof = Dokaz o podrijetlu
origin-agreement = Sporazum
origin-column = Preferencijalna stopa
origin-or = ili
origin-and = i
origin-term-wo = potpuno dobiveno
origin-term-pe = proizvedeno isključivo od materijala s podrijetlom
origin-term-cc = promjena poglavlja
origin-term-cth = promjena tarifnog broja
origin-term-ctsh = promjena tarifnog podbroja
origin-term-rvc = regionalna vrijednosna komponenta od najmanje { $percent } %

kind-quota = Carinska kvota
kind-plural-quota = Carinske kvote
quota-order = Redni broj
quota-balance = Stanje na dan { $date }
quota-volume = Količina
quota-in = Stopa unutar kvote
quota-out = Stopa izvan kvote
quota-period = Razdoblje kvote
quota-period-dates = { $from } – { $to }
quota-allocation = Raspodjela
quota-allocation-first-come-first-served = Prema redoslijedu zaprimanja zahtjeva
quota-allocation-licence = Uvozne dozvole
quota-allocation-historical = Udjeli prema prijašnjem uvozu
quota-allocation-auction = Dražba
quota-state-open = Otvorena
quota-state-exhausted = Iscrpljena
quota-state-closed = Zatvorena
quota-history = Stanje kroz vrijeme
change-quota-balance = { $when ->
    [dated] { $title }: stanje se mijenja { $date } – novo { $new }, dosadašnje { $old }
   *[other] { $title }: stanje je promijenjeno – sada { $new }, prije { $old }
}
change-quota-balance-revised = { $title }: stanje od { $date } sada je { $new }, a ne { $old }
change-quota-balance-moved = { $title }: stanje { $new } sada se primjenjuje od { $date }, a ne od { $was }
change-quota-balance-withdrawn = { $title }: povučeno je stanje { $new } od { $date }

kind-ruling = Obvezujuća informacija
kind-plural-ruling = Obvezujuće informacije
ruling-number = Broj odluke
ruling-issued = Izdano
ruling-goods = Roba
ruling-type-classification = Razvrstavanje
ruling-type-origin = Podrijetlo
ruling-type-valuation = Carinska vrijednost
ruling-valid = Važeća
ruling-valid-until = Vrijedi do { $date }
ruling-expired = Prestala vrijediti { $date }
