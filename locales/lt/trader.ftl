# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Valiutos kursas
kind-plural-exchange-rate = Muitinei vertei nustatyti taikomi valiutų kursai
tariff-col-excise = Akcizas
tariff-col-vat = PVM

xrate-currency = Valiuta
xrate-rate = { $currency } už vieną vienetą
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Galiojantys kursai
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Kursai, galiojantys nuo { $date }
xrate-next = Kitas kursas
xrate-history = Kursų kaita
xrate-state-past = Ankstesnis
xrate-state-in_force = Galiojantis
xrate-state-scheduled = Numatytas

calc-title = Preliminarus muitų ir mokesčių apskaičiavimas
calc-estimate = Tai preliminarus apskaičiavimas, o ne muitų ir mokesčių nustatymas: muitus ir mokesčius muitinė apskaičiuoja pagal deklaraciją. Į jį neįtraukti antidempingo ir apsaugos muitai, rinkliavos ir lengvatos, kurios gali būti taikomos prekėms.
calc-value = Muitinė vertė
calc-currency = Valiuta
calc-quantity = Kiekis ({ $unit })
calc-regime = Muito norma
calc-submit = Apskaičiuoti
calc-col-step = Žingsnis
calc-col-formula = Apskaičiavimas
calc-col-amount = Suma
calc-step-value = Muitinė vertė, { $currency }
calc-step-duty = Muitas ({ $regime })
calc-step-total = Muitai ir mokesčiai
calc-example = Pavyzdys: muitinė vertė { $value } { $currency }, kiekis { $quantity } { $unit }, taikoma muito norma: { $regime }
calc-yours = Jūsų prekės: muitinė vertė { $value } { $currency }, kiekis { $quantity } { $unit }, taikoma muito norma: { $regime }
calc-total = Preliminari muitų ir mokesčių suma: { $amount }
calc-at-least = ne mažiau kaip
calc-at-most = ne daugiau kaip
calc-invalid = Muitinę vertę ir kiekį įveskite skaičiais.
calc-no-rate = Šiai datai nėra { $currency } valiutos kurso.
tariff-tax-waived = Neimamas, kai taikoma muito norma { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: muitinę vertę įveskite valiuta { $currency }.
calc-rates-link = Muitinei vertei nustatyti taikomi valiutų kursai

change-exchange-rate = { $when ->
    [dated] { $title }: kursas { $date } keičiamas iš { $old } į { $new }
   *[other] { $title }: kursas pakeistas iš { $old } į { $new }
}
change-exchange-rate-revised = { $title }: kursas nuo { $date } dabar yra { $new }, o ne { $old }
change-exchange-rate-moved = { $title }: { $new } kursas dabar taikomas nuo { $date }, o ne nuo { $was }
change-exchange-rate-withdrawn = { $title }: atšauktas { $date } numatytas kurso pakeitimas į { $new }

kind-origin = Kilmės taisyklės
kind-plural-origin = Kilmės taisyklės
origin-rule = Kilmės taisyklė
origin-rules = Konkretiems produktams taikomos taisyklės
origin-proof = Kilmės įrodymas
origin-agreement = Susitarimas
origin-column = Lengvatinė muito norma
origin-or = arba
origin-and = ir
origin-term-wo = visiškai gauti produktai
origin-term-pe = produktai, pagaminti tik iš kilmės statusą turinčių medžiagų
origin-term-cc = skirsnio pakeitimas
origin-term-cth = tarifinės pozicijos pakeitimas
origin-term-ctsh = tarifinės subpozicijos pakeitimas
origin-term-rvc = regioninės vertės dalis ne mažesnė kaip { $percent } %

kind-quota = Tarifinė kvota
kind-plural-quota = Tarifinės kvotos
quota-order = Eilės numeris
quota-balance = Likutis { $date }
quota-volume = Kvotos apimtis
quota-in = Muito norma pagal kvotą
quota-out = Muito norma viršijus kvotą
quota-period = Kvotos laikotarpis
quota-period-dates = { $from } – { $to }
quota-allocation = Paskirstymas
quota-allocation-first-come-first-served = Pagal principą „pirmas atėjai – pirmas gauni“
quota-allocation-licence = Importo licencijos
quota-allocation-historical = Dalys pagal ankstesnį importą
quota-allocation-auction = Aukcionas
quota-state-open = Atvira
quota-state-exhausted = Išnaudota
quota-state-closed = Uždaryta
quota-history = Likučio kaita
change-quota-balance = { $when ->
    [dated] { $title }: likutis { $date } keičiamas iš { $old } į { $new }
   *[other] { $title }: likutis pakeistas iš { $old } į { $new }
}
change-quota-balance-revised = { $title }: likutis nuo { $date } dabar yra { $new }, o ne { $old }
change-quota-balance-moved = { $title }: { $new } likutis dabar taikomas nuo { $date }, o ne nuo { $was }
change-quota-balance-withdrawn = { $title }: atšauktas { $new } likutis nuo { $date }

kind-ruling = Privalomosios informacijos sprendimas
kind-plural-ruling = Privalomosios informacijos sprendimai
ruling-number = Sprendimo numeris
ruling-issued = Išduotas
ruling-goods = Prekės
ruling-type-classification = Tarifinis klasifikavimas
ruling-type-origin = Kilmė
ruling-type-valuation = Muitinis įvertinimas
ruling-valid = Galioja
ruling-valid-until = Galioja iki { $date }
ruling-expired = Galiojimas baigėsi { $date }
