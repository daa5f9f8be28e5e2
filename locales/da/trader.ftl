# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Valutakurs
kind-plural-exchange-rate = Valutakurser til toldværdiansættelse
tariff-col-excise = Punktafgift
tariff-col-vat = Moms

xrate-currency = Valuta
xrate-rate = { $currency } pr. enhed
xrate-in-force-current = Gældende kurser
xrate-in-force-since = Gældende kurser siden den { $date }
xrate-next = Næste kurs
xrate-history = Kurser over tid
xrate-state-past = Tidligere
xrate-state-in_force = I kraft
xrate-state-scheduled = Planlagt

calc-title = Anslå told og afgifter
calc-estimate = Dette er et skøn, ikke en fastsættelse: toldmyndighederne fastsætter told og afgifter på grundlag af angivelsen. Antidumping- og beskyttelsestold, gebyrer og eventuelle nedsættelser, som varerne kan være berettiget til, er ikke medregnet.
calc-value = Toldværdi
calc-currency = Valuta
calc-quantity = Mængde ({ $unit })
calc-regime = Toldsats
calc-submit = Beregn
calc-col-step = Trin
calc-col-formula = Beregning
calc-col-amount = Beløb
calc-step-value = Toldværdi i { $currency }
calc-step-duty = Told ({ $regime })
calc-step-total = Told og afgifter
calc-example = Regneeksempel: en toldværdi på { $value } { $currency } og { $quantity } { $unit } til satsen { $regime }
calc-yours = Dine varer: en toldværdi på { $value } { $currency } og { $quantity } { $unit } til satsen { $regime }
calc-total = Anslået told og afgifter: { $amount }
calc-at-least = mindst
calc-at-most = højst
calc-invalid = Angiv toldværdien og mængden som tal.
calc-no-rate = Der er ingen valutakurs for { $currency } på denne dato.
tariff-tax-waived = Opkræves ikke til satsen { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: angiv toldværdien i { $currency }.
calc-rates-link = Valutakurser, der anvendes til toldværdiansættelse

change-exchange-rate = { $when ->
    [dated] { $title }: kursen ændres den { $date } fra { $old } til { $new }
   *[other] { $title }: kursen er ændret fra { $old } til { $new }
}
change-exchange-rate-revised = { $title }: kursen fra den { $date } er nu { $new }, ikke { $old }
change-exchange-rate-moved = { $title }: kursen på { $new } gælder nu fra den { $date }, ikke fra den { $was }
change-exchange-rate-withdrawn = { $title }: ændringen af kursen til { $new } den { $date } er trukket tilbage

kind-origin = Oprindelsesregler
kind-plural-origin = Oprindelsesregler
origin-rule = Oprindelsesregel
origin-rules = Produktspecifikke regler
origin-proof = Oprindelsesbevis
origin-agreement = Aftale
origin-column = Præferencetoldsats
origin-or = eller
origin-and = og
origin-term-wo = fuldt ud fremstillet
origin-term-pe = fremstillet udelukkende af materialer med oprindelsesstatus
origin-term-cc = skift af kapitel
origin-term-cth = skift af position
origin-term-ctsh = skift af underposition
origin-term-rvc = regionalt værdiindhold på mindst { $percent } %

kind-quota = Toldkontingent
kind-plural-quota = Toldkontingenter
quota-order = Løbenummer
quota-balance = Saldo den { $date }
quota-volume = Mængde
quota-in = Toldsats inden for kontingentet
quota-out = Toldsats uden for kontingentet
quota-period = Kontingentperiode
quota-period-dates = { $from } til { $to }
quota-allocation = Tildeling
quota-allocation-first-come-first-served = Først til mølle
quota-allocation-licence = Importlicenser
quota-allocation-historical = Andele efter tidligere import
quota-allocation-auction = Auktion
quota-state-open = Åben
quota-state-exhausted = Opbrugt
quota-state-closed = Lukket
quota-history = Saldo over tid
change-quota-balance = { $when ->
    [dated] { $title }: saldoen ændres den { $date } fra { $old } til { $new }
   *[other] { $title }: saldoen er ændret fra { $old } til { $new }
}
change-quota-balance-revised = { $title }: saldoen fra den { $date } er nu { $new }, ikke { $old }
change-quota-balance-moved = { $title }: saldoen på { $new } gælder nu fra den { $date }, ikke fra den { $was }
change-quota-balance-withdrawn = { $title }: saldoen på { $new } fra den { $date } er trukket tilbage

kind-ruling = Bindende oplysning
kind-plural-ruling = Bindende oplysninger
ruling-number = Referencenummer
ruling-issued = Udstedt
ruling-goods = Varer
ruling-type-classification = Tarifering
ruling-type-origin = Oprindelse
ruling-type-valuation = Toldværdi
ruling-valid = Gyldig
ruling-valid-until = Gyldig til og med den { $date }
ruling-expired = Udløbet den { $date }
