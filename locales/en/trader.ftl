# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: reference locale.

kind-exchange-rate = Exchange rate
kind-plural-exchange-rate = Exchange rates for customs valuation
tariff-col-excise = Excise tax
tariff-col-vat = VAT

xrate-currency = Currency
xrate-rate = { $currency } for one unit
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Rates in force
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Rates in force since { $date }
xrate-next = Next rate
xrate-history = Rates over time
# A value of an exchange rate over time (masculine where "rate" is, as in Russian курс).
xrate-state-past = Past
xrate-state-in_force = In force
xrate-state-scheduled = Scheduled

calc-title = Estimate the duty and taxes
calc-estimate = This is an estimate, not an assessment: customs assesses duty and taxes on the declaration. It leaves out anti-dumping and safeguard duties, fees, and any reduction the goods may qualify for.
calc-value = Customs value
calc-currency = Currency
calc-quantity = Quantity ({ $unit })
calc-regime = Duty rate
calc-submit = Calculate
calc-col-step = Step
calc-col-formula = Calculation
calc-col-amount = Amount
calc-step-value = Customs value in { $currency }
calc-step-duty = Duty ({ $regime })
calc-step-total = Duty and taxes
calc-example = Worked example: a customs value of { $value } { $currency } and { $quantity } { $unit }, at the { $regime } rate
calc-yours = Your goods: a customs value of { $value } { $currency } and { $quantity } { $unit }, at the { $regime } rate
calc-total = Estimated duty and taxes: { $amount }
calc-at-least = at least
calc-at-most = at most
calc-invalid = Enter the customs value and the quantity as numbers.
calc-no-rate = There is no exchange rate for { $currency } on this date.
tariff-tax-waived = Not levied at the { $regimes } rate
calc-multiple = { $one } { $word } = { $times } { $currency }: enter the customs value in { $currency }.
calc-rates-link = Exchange rates used for customs valuation

change-exchange-rate = { $when ->
    [dated] { $title }: rate changes from { $old } to { $new } on { $date }
   *[other] { $title }: rate changed from { $old } to { $new }
}
change-exchange-rate-revised = { $title }: the rate from { $date } is now { $new }, not { $old }
change-exchange-rate-moved = { $title }: the rate of { $new } now applies from { $date }, not { $was }
change-exchange-rate-withdrawn = { $title }: the change of the rate to { $new } on { $date } is withdrawn

kind-origin = Rules of origin
kind-plural-origin = Rules of origin
origin-rule = Rule of origin
origin-rules = Product-specific rules
origin-proof = Proof of origin
origin-agreement = Agreement
origin-column = Preferential rate
origin-or = or
origin-and = and
origin-term-wo = wholly obtained
origin-term-pe = produced entirely from originating materials
origin-term-cc = change of chapter
origin-term-cth = change of tariff heading
origin-term-ctsh = change of tariff subheading
origin-term-rvc = regional value content of at least { $percent }%

kind-quota = Tariff quota
kind-plural-quota = Tariff quotas
quota-order = Order number
quota-balance = Balance on { $date }
quota-volume = Volume
quota-in = In-quota rate
quota-out = Out-of-quota rate
quota-period = Quota period
quota-period-dates = { $from } to { $to }
quota-allocation = Allocation
quota-allocation-first-come-first-served = First come, first served
quota-allocation-licence = Import licences
quota-allocation-historical = Shares by past imports
quota-allocation-auction = Auction
quota-state-open = Open
quota-state-exhausted = Exhausted
quota-state-closed = Closed
quota-history = Balance over time
change-quota-balance = { $when ->
    [dated] { $title }: balance changes from { $old } to { $new } on { $date }
   *[other] { $title }: balance changed from { $old } to { $new }
}
change-quota-balance-revised = { $title }: the balance from { $date } is now { $new }, not { $old }
change-quota-balance-moved = { $title }: the balance of { $new } now applies from { $date }, not { $was }
change-quota-balance-withdrawn = { $title }: the balance of { $new } from { $date } is withdrawn

kind-ruling = Binding ruling
kind-plural-ruling = Binding rulings
ruling-number = Ruling number
ruling-issued = Issued
ruling-goods = Goods
ruling-type-classification = Classification
ruling-type-origin = Origin
ruling-type-valuation = Valuation
ruling-valid = Valid
ruling-valid-until = Valid until { $date }
ruling-expired = Expired on { $date }
