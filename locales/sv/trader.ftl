# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Växelkurs
kind-plural-exchange-rate = Växelkurser för fastställande av tullvärdet
tariff-col-excise = Punktskatt
tariff-col-vat = Moms

xrate-currency = Valuta
xrate-rate = { $currency } per enhet
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Gällande kurser
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Gällande kurser sedan den { $date }
xrate-next = Nästa kurs
xrate-history = Kurser över tid
xrate-state-past = Tidigare
xrate-state-in_force = Gällande
xrate-state-scheduled = Planerad

calc-title = Beräkna tull och skatter
calc-estimate = Detta är en uppskattning, inte ett beslut: tull och skatter fastställs på grundval av tulldeklarationen. Antidumpningstullar, skyddstullar, avgifter och eventuella nedsättningar som varorna kan ha rätt till ingår inte.
calc-value = Tullvärde
calc-currency = Valuta
calc-quantity = Kvantitet ({ $unit })
calc-regime = Tullsats
calc-submit = Beräkna
calc-col-step = Steg
calc-col-formula = Beräkning
calc-col-amount = Belopp
calc-step-value = Tullvärde i { $currency }
calc-step-duty = Tull ({ $regime })
calc-step-total = Tull och skatter
calc-example = Räkneexempel: ett tullvärde på { $value } { $currency } och { $quantity } { $unit }, med tullsatsen { $regime }
calc-yours = Dina varor: ett tullvärde på { $value } { $currency } och { $quantity } { $unit }, med tullsatsen { $regime }
calc-total = Beräknat belopp för tull och skatter: { $amount }
calc-at-least = minst
calc-at-most = högst
calc-invalid = Ange tullvärdet och kvantiteten med siffror.
calc-no-rate = Det finns ingen växelkurs för { $currency } för detta datum.
tariff-tax-waived = Tas inte ut med tullsatsen { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: ange tullvärdet i { $currency }.
calc-rates-link = Växelkurser för fastställande av tullvärdet

change-exchange-rate = { $when ->
    [dated] { $title }: kursen ändras från { $old } till { $new } den { $date }
   *[other] { $title }: kursen har ändrats från { $old } till { $new }
}
change-exchange-rate-revised = { $title }: kursen från och med den { $date } är nu { $new }, inte { $old }
change-exchange-rate-moved = { $title }: kursen { $new } gäller nu från och med den { $date }, inte från och med den { $was }
change-exchange-rate-withdrawn = { $title }: ändringen av kursen till { $new } den { $date } har återkallats

kind-origin = Ursprungsregler
kind-plural-origin = Ursprungsregler
origin-rule = Ursprungsregel
origin-rules = Produktspecifika regler
origin-proof = Ursprungsintyg
origin-agreement = Avtal
origin-column = Förmånstullsats
origin-or = eller
origin-and = och
origin-term-wo = helt framställd
origin-term-pe = framställd uteslutande av ursprungsmaterial
origin-term-cc = byte av kapitel
origin-term-cth = byte av nummer
origin-term-ctsh = byte av undernummer
origin-term-rvc = regionalt värdeinnehåll på minst { $percent } %

kind-quota = Tullkvot
kind-plural-quota = Tullkvoter
quota-order = Löpnummer
quota-balance = Saldo den { $date }
quota-volume = Kvotvolym
quota-in = Tullsats inom kvoten
quota-out = Tullsats utanför kvoten
quota-period = Kvotperiod
quota-period-dates = { $from } – { $to }
quota-allocation = Fördelning
quota-allocation-first-come-first-served = Först till kvarn
quota-allocation-licence = Importlicenser
quota-allocation-historical = Andelar enligt tidigare import
quota-allocation-auction = Auktion
quota-state-open = Öppen
quota-state-exhausted = Uttömd
quota-state-closed = Stängd
quota-history = Saldo över tid
change-quota-balance = { $when ->
    [dated] { $title }: saldot ändras från { $old } till { $new } den { $date }
   *[other] { $title }: saldot har ändrats från { $old } till { $new }
}
change-quota-balance-revised = { $title }: saldot från och med den { $date } är nu { $new }, inte { $old }
change-quota-balance-moved = { $title }: saldot { $new } gäller nu från och med den { $date }, inte från och med den { $was }
change-quota-balance-withdrawn = { $title }: saldot { $new } från och med den { $date } har återkallats

kind-ruling = Bindande besked
kind-plural-ruling = Bindande besked
ruling-number = Beskedets nummer
ruling-issued = Utfärdat
ruling-goods = Varor
ruling-type-classification = Klassificering
ruling-type-origin = Ursprung
ruling-type-valuation = Tullvärde
ruling-valid = Giltigt
ruling-valid-until = Giltigt till och med den { $date }
ruling-expired = Upphörde att gälla den { $date }
