# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Měnový kurz
kind-plural-exchange-rate = Měnové kurzy pro určení celní hodnoty
tariff-col-excise = Spotřební daň
tariff-col-vat = DPH

xrate-currency = Měna
xrate-rate = { $currency } za jednotku
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Platné kurzy
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Kurzy platné od { $date }
xrate-next = Příští kurz
xrate-history = Vývoj kurzů
xrate-state-past = Dřívější
xrate-state-in_force = Platný
xrate-state-scheduled = Plánovaný

calc-title = Odhad cla a daní
calc-estimate = Jde o odhad, nikoli o vyměření: clo a daně vyměřuje celní úřad na základě celního prohlášení. Odhad nezahrnuje antidumpingová a ochranná cla, poplatky ani případné úlevy, na které může mít zboží nárok.
calc-value = Celní hodnota
calc-currency = Měna
calc-quantity = Množství ({ $unit })
calc-regime = Celní sazba
calc-submit = Vypočítat
calc-col-step = Krok
calc-col-formula = Výpočet
calc-col-amount = Částka
calc-step-value = Celní hodnota v { $currency }
calc-step-duty = Clo ({ $regime })
calc-step-total = Clo a daně
calc-example = Příklad: celní hodnota { $value } { $currency } a množství { $quantity } { $unit }, sazba { $regime }
calc-yours = Vaše zboží: celní hodnota { $value } { $currency } a množství { $quantity } { $unit }, sazba { $regime }
calc-total = Odhadované clo a daně: { $amount }
calc-at-least = nejméně
calc-at-most = nejvýše
calc-invalid = Zadejte celní hodnotu a množství jako čísla.
calc-no-rate = Pro { $currency } není k tomuto dni stanoven kurz.
tariff-tax-waived = Nevybírá se při sazbě { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: zadejte celní hodnotu v { $currency }.
calc-rates-link = Měnové kurzy používané pro určení celní hodnoty

change-exchange-rate = { $when ->
    [dated] { $title }: kurz se mění z { $old } na { $new } dne { $date }
   *[other] { $title }: kurz se změnil z { $old } na { $new }
}
change-exchange-rate-revised = { $title }: kurz od { $date } bude činit { $new }, nikoli { $old }
change-exchange-rate-moved = { $title }: kurz { $new } nyní platí od { $date }, nikoli od { $was }
change-exchange-rate-withdrawn = { $title }: změna kurzu na { $new } ke dni { $date } byla zrušena

kind-origin = Pravidla původu
kind-plural-origin = Pravidla původu
origin-rule = Pravidlo původu
origin-rules = Pravidla pro jednotlivé výrobky
origin-proof = Doklad o původu
origin-agreement = Dohoda
origin-column = Preferenční sazba
origin-or = nebo
origin-and = a
origin-term-wo = zcela získané
origin-term-pe = vyrobené výhradně z původních materiálů
origin-term-cc = změna kapitoly
origin-term-cth = změna čísla
origin-term-ctsh = změna položky
origin-term-rvc = regionální hodnotový obsah nejméně { $percent } %

kind-quota = Celní kvóta
kind-plural-quota = Celní kvóty
quota-order = Pořadové číslo
quota-balance = Zůstatek ke dni { $date }
quota-volume = Objem
quota-in = Sazba v rámci kvóty
quota-out = Sazba mimo kvótu
quota-period = Kvótové období
quota-period-dates = od { $from } do { $to }
quota-allocation = Přidělování
quota-allocation-first-come-first-served = Podle pořadí přijetí
quota-allocation-licence = Dovozní licence
quota-allocation-historical = Podíly podle dřívějších dovozů
quota-allocation-auction = Aukce
quota-state-open = Otevřená
quota-state-exhausted = Vyčerpaná
quota-state-closed = Uzavřená
quota-history = Vývoj zůstatku
change-quota-balance = { $when ->
    [dated] { $title }: zůstatek se mění z { $old } na { $new } dne { $date }
   *[other] { $title }: zůstatek se změnil z { $old } na { $new }
}
change-quota-balance-revised = { $title }: zůstatek od { $date } nyní činí { $new }, nikoli { $old }
change-quota-balance-moved = { $title }: zůstatek { $new } nyní platí od { $date }, nikoli od { $was }
change-quota-balance-withdrawn = { $title }: zůstatek { $new } ke dni { $date } byl zrušen

kind-ruling = Závazná informace
kind-plural-ruling = Závazné informace
ruling-number = Číslo rozhodnutí
ruling-issued = Vydáno
ruling-goods = Zboží
ruling-type-classification = Sazební zařazení
ruling-type-origin = Původ
ruling-type-valuation = Celní hodnota
ruling-valid = Platná
ruling-valid-until = Platná do { $date }
ruling-expired = Platnost skončila dne { $date }
