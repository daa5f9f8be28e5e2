# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Wisselkoers
kind-plural-exchange-rate = Wisselkoersen voor de bepaling van de douanewaarde
tariff-col-excise = Accijns
tariff-col-vat = Btw

xrate-currency = Munteenheid
xrate-rate = { $currency } per eenheid
xrate-in-force-current = Geldende koersen
xrate-in-force-since = Geldende koersen sinds { $date }
xrate-next = Volgende koers
xrate-history = Koersen in de loop van de tijd
xrate-state-past = Verlopen
xrate-state-in_force = Van kracht
xrate-state-scheduled = Gepland

calc-title = Rechten en belastingen ramen
calc-estimate = Dit is een raming, geen vaststelling: de douane stelt de rechten en belastingen vast op basis van de aangifte. Antidumping- en vrijwaringsrechten, vergoedingen en eventuele verlagingen waarvoor de goederen in aanmerking komen, zijn niet meegerekend.
calc-value = Douanewaarde
calc-currency = Munteenheid
calc-quantity = Hoeveelheid ({ $unit })
calc-regime = Tarief
calc-submit = Berekenen
calc-col-step = Stap
calc-col-formula = Berekening
calc-col-amount = Bedrag
calc-step-value = Douanewaarde in { $currency }
calc-step-duty = Douanerecht ({ $regime })
calc-step-total = Rechten en belastingen
calc-example = Rekenvoorbeeld: een douanewaarde van { $value } { $currency } en { $quantity } { $unit }, tegen het tarief { $regime }
calc-yours = Uw goederen: een douanewaarde van { $value } { $currency } en { $quantity } { $unit }, tegen het tarief { $regime }
calc-total = Geraamde rechten en belastingen: { $amount }
calc-at-least = ten minste
calc-at-most = ten hoogste
calc-invalid = Voer de douanewaarde en de hoeveelheid in als getallen.
calc-no-rate = Er is op deze datum geen wisselkoers voor { $currency }.
tariff-tax-waived = Niet geheven tegen het tarief { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: voer de douanewaarde in { $currency } in.
calc-rates-link = Wisselkoersen voor de bepaling van de douanewaarde

change-exchange-rate = { $when ->
    [dated] { $title }: de koers wijzigt op { $date } van { $old } in { $new }
   *[other] { $title }: koers gewijzigd van { $old } in { $new }
}
change-exchange-rate-revised = { $title }: de koers vanaf { $date } is nu { $new }, niet { $old }
change-exchange-rate-moved = { $title }: de koers van { $new } geldt nu vanaf { $date }, niet vanaf { $was }
change-exchange-rate-withdrawn = { $title }: de wijziging van de koers in { $new } op { $date } komt te vervallen

kind-origin = Oorsprongsregels
kind-plural-origin = Oorsprongsregels
origin-rule = Oorsprongsregel
origin-rules = Productspecifieke regels
origin-proof = Oorsprongsbewijs
origin-agreement = Overeenkomst
origin-column = Preferentieel tarief
origin-or = of
origin-and = en
origin-term-wo = geheel verkregen
origin-term-pe = uitsluitend vervaardigd uit materialen van oorsprong
origin-term-cc = wijziging van hoofdstuk
origin-term-cth = wijziging van post
origin-term-ctsh = wijziging van onderverdeling
origin-term-rvc = regionale waarde-inhoud van ten minste { $percent }%

kind-quota = Tariefcontingent
kind-plural-quota = Tariefcontingenten
quota-order = Volgnummer
quota-balance = Saldo op { $date }
quota-volume = Volume
quota-in = Recht binnen het contingent
quota-out = Recht buiten het contingent
quota-period = Contingentperiode
quota-period-dates = { $from } tot en met { $to }
quota-allocation = Toewijzing
quota-allocation-first-come-first-served = Wie het eerst komt, het eerst maalt
quota-allocation-licence = Invoervergunningen
quota-allocation-historical = Aandelen op basis van eerdere invoer
quota-allocation-auction = Veiling
quota-state-open = Open
quota-state-exhausted = Uitgeput
quota-state-closed = Gesloten
quota-history = Saldo in de loop van de tijd
change-quota-balance = { $when ->
    [dated] { $title }: het saldo wijzigt op { $date } van { $old } in { $new }
   *[other] { $title }: saldo gewijzigd van { $old } in { $new }
}
change-quota-balance-revised = { $title }: het saldo vanaf { $date } is nu { $new }, niet { $old }
change-quota-balance-moved = { $title }: het saldo van { $new } geldt nu vanaf { $date }, niet vanaf { $was }
change-quota-balance-withdrawn = { $title }: het saldo van { $new } vanaf { $date } komt te vervallen

kind-ruling = Bindende inlichting
kind-plural-ruling = Bindende inlichtingen
ruling-number = Referentienummer
ruling-issued = Afgegeven
ruling-goods = Goederen
ruling-type-classification = Tariefindeling
ruling-type-origin = Oorsprong
ruling-type-valuation = Douanewaarde
ruling-valid = Geldig
ruling-valid-until = Geldig tot en met { $date }
ruling-expired = Verlopen op { $date }
