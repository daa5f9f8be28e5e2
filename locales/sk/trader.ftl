# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Výmenný kurz
kind-plural-exchange-rate = Výmenné kurzy na určenie colnej hodnoty
tariff-col-excise = Spotrebná daň
tariff-col-vat = DPH

xrate-currency = Mena
xrate-rate = { $currency } za jednotku
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Platné kurzy
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Kurzy platné od { $date }
xrate-next = Nasledujúci kurz
xrate-history = Vývoj kurzov
xrate-state-past = Predchádzajúci
xrate-state-in_force = Platný
xrate-state-scheduled = Plánovaný

calc-title = Odhad cla a daní
calc-estimate = Ide o odhad, nie o vymeranie: clo a dane vymeriava colný úrad na základe colného vyhlásenia. Odhad nezahŕňa antidumpingové a ochranné clá, poplatky ani prípadné úľavy, na ktoré môže mať tovar nárok.
calc-value = Colná hodnota
calc-currency = Mena
calc-quantity = Množstvo ({ $unit })
calc-regime = Colná sadzba
calc-submit = Vypočítať
calc-col-step = Krok
calc-col-formula = Výpočet
calc-col-amount = Suma
calc-step-value = Colná hodnota v { $currency }
calc-step-duty = Clo ({ $regime })
calc-step-total = Clo a dane
calc-example = Príklad: colná hodnota { $value } { $currency } a množstvo { $quantity } { $unit }, sadzba { $regime }
calc-yours = Váš tovar: colná hodnota { $value } { $currency } a množstvo { $quantity } { $unit }, sadzba { $regime }
calc-total = Odhadované clo a dane: { $amount }
calc-at-least = najmenej
calc-at-most = najviac
calc-invalid = Zadajte colnú hodnotu a množstvo ako čísla.
calc-no-rate = Pre { $currency } nie je k tomuto dňu stanovený kurz.
tariff-tax-waived = Nevyberá sa pri sadzbe { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: zadajte colnú hodnotu v { $currency }.
calc-rates-link = Výmenné kurzy používané na určenie colnej hodnoty

change-exchange-rate = { $when ->
    [dated] { $title }: kurz sa mení z { $old } na { $new } dňa { $date }
   *[other] { $title }: kurz sa zmenil z { $old } na { $new }
}
change-exchange-rate-revised = { $title }: kurz od { $date } bude { $new }, nie { $old }
change-exchange-rate-moved = { $title }: kurz { $new } teraz platí od { $date }, nie od { $was }
change-exchange-rate-withdrawn = { $title }: zmena kurzu na { $new } ku dňu { $date } bola zrušená

kind-origin = Pravidlá pôvodu
kind-plural-origin = Pravidlá pôvodu
origin-rule = Pravidlo pôvodu
origin-rules = Pravidlá pre jednotlivé výrobky
origin-proof = Doklad o pôvode
origin-agreement = Dohoda
origin-column = Preferenčná sadzba
origin-or = alebo
origin-and = a
origin-term-wo = úplne získané
origin-term-pe = vyrobené výlučne z pôvodných materiálov
origin-term-cc = zmena kapitoly
origin-term-cth = zmena položky
origin-term-ctsh = zmena podpoložky
origin-term-rvc = regionálny hodnotový obsah najmenej { $percent } %

kind-quota = Colná kvóta
kind-plural-quota = Colné kvóty
quota-order = Poradové číslo
quota-balance = Zostatok ku dňu { $date }
quota-volume = Objem
quota-in = Sadzba v rámci kvóty
quota-out = Sadzba mimo kvóty
quota-period = Kvótové obdobie
quota-period-dates = od { $from } do { $to }
quota-allocation = Prideľovanie
quota-allocation-first-come-first-served = Podľa poradia prijatia
quota-allocation-licence = Dovozné licencie
quota-allocation-historical = Podiely podľa predchádzajúcich dovozov
quota-allocation-auction = Aukcia
quota-state-open = Otvorená
quota-state-exhausted = Vyčerpaná
quota-state-closed = Uzavretá
quota-history = Vývoj zostatku
change-quota-balance = { $when ->
    [dated] { $title }: zostatok sa mení z { $old } na { $new } dňa { $date }
   *[other] { $title }: zostatok sa zmenil z { $old } na { $new }
}
change-quota-balance-revised = { $title }: zostatok od { $date } je teraz { $new }, nie { $old }
change-quota-balance-moved = { $title }: zostatok { $new } teraz platí od { $date }, nie od { $was }
change-quota-balance-withdrawn = { $title }: zostatok { $new } ku dňu { $date } bol zrušený

kind-ruling = Záväzná informácia
kind-plural-ruling = Záväzné informácie
ruling-number = Číslo rozhodnutia
ruling-issued = Vydané
ruling-goods = Tovar
ruling-type-classification = Nomenklatúrne zatriedenie
ruling-type-origin = Pôvod
ruling-type-valuation = Colná hodnota
ruling-valid = Platná
ruling-valid-until = Platná do { $date }
ruling-expired = Platnosť skončila dňa { $date }
