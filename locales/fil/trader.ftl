# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Palitan ng pera
kind-plural-exchange-rate = Mga palitan ng pera para sa pagtasa sa customs
tariff-col-excise = Excise tax
tariff-col-vat = VAT
xrate-currency = Pera
xrate-rate = { $currency } sa bawat isang yunit
xrate-in-force-current = Mga palitang umiiral
xrate-in-force-since = Mga palitang umiiral mula { $date }
xrate-next = Susunod na palitan
xrate-history = Mga palitan sa paglipas ng panahon
xrate-state-past = Nakaraan
xrate-state-in_force = Umiiral
xrate-state-scheduled = Nakatakda
calc-title = Tantiyahin ang taripa at mga buwis
calc-estimate = Ito ay tantiya, hindi pagtasa: ang customs ang nagtatasa ng taripa at mga buwis sa deklarasyon. Hindi kasama rito ang anti-dumping at safeguard duty, mga bayarin, at anumang bawas na maaaring makuha ng mga kalakal.
calc-value = Customs value
calc-currency = Pera
calc-quantity = Dami ({ $unit })
calc-regime = Antas ng taripa
calc-submit = Kalkulahin
calc-col-step = Hakbang
calc-col-formula = Pagkuwenta
calc-col-amount = Halaga
calc-step-value = Customs value sa { $currency }
calc-step-duty = Taripa ({ $regime })
calc-step-total = Taripa at mga buwis
calc-example = Halimbawa: customs value na { $value } { $currency } at { $quantity } { $unit }, sa antas na { $regime }
calc-yours = Ang iyong kalakal: customs value na { $value } { $currency } at { $quantity } { $unit }, sa antas na { $regime }
calc-total = Tinantiyang taripa at mga buwis: { $amount }
calc-at-least = hindi bababa sa
calc-at-most = hindi hihigit sa
calc-invalid = Ilagay ang customs value at ang dami bilang mga numero.
calc-no-rate = Walang palitan ng pera para sa { $currency } sa petsang ito.
tariff-tax-waived = Hindi sinisingil sa antas na { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: ilagay ang customs value sa { $currency }.
calc-rates-link = Mga palitan ng pera na ginagamit sa pagtasa sa customs

change-exchange-rate = { $when ->
    [dated] { $title }: magbabago ang palitan mula { $old } tungo { $new } sa { $date }
   *[other] { $title }: nagbago ang palitan mula { $old } tungo { $new }
}
change-exchange-rate-revised = { $title }: ang palitan mula { $date } ay { $new } na, hindi { $old }
change-exchange-rate-moved = { $title }: ang palitang { $new } ay umiiral na mula { $date }, hindi { $was }
change-exchange-rate-withdrawn = { $title }: binawi ang pagbabago ng palitan tungo { $new } sa { $date }

kind-origin = Mga tuntunin ng pinagmulan
kind-plural-origin = Mga tuntunin ng pinagmulan
origin-rule = Tuntunin ng pinagmulan
origin-rules = Mga tuntuning tiyak sa produkto
origin-proof = Patunay ng pinagmulan
origin-agreement = Kasunduan
origin-column = Preperensiyal na antas
origin-or = o
origin-and = at
origin-term-wo = ganap na nakuha
origin-term-pe = ginawa nang buo mula sa mga materyales na nagmula sa rehiyon
origin-term-cc = pagbabago ng kabanata
origin-term-cth = pagbabago ng heading
origin-term-ctsh = pagbabago ng subheading
origin-term-rvc = regional value content na hindi bababa sa { $percent }%

kind-quota = Tariff quota
kind-plural-quota = Mga tariff quota
quota-order = Numero ng order
quota-balance = Natitira sa { $date }
quota-volume = Dami
quota-in = Antas sa loob ng quota
quota-out = Antas sa labas ng quota
quota-period = Panahon ng quota
quota-period-dates = { $from } hanggang { $to }
quota-allocation = Paglalaan
quota-allocation-first-come-first-served = Kung sino ang mauna
quota-allocation-licence = Mga import licence
quota-allocation-historical = Bahagi ayon sa dating pag-aangkat
quota-allocation-auction = Subasta
quota-state-open = Bukas
quota-state-exhausted = Ubos na
quota-state-closed = Sarado
quota-history = Natitira sa paglipas ng panahon
change-quota-balance = { $when ->
    [dated] { $title }: magbabago ang natitira mula { $old } tungo { $new } sa { $date }
   *[other] { $title }: nagbago ang natitira mula { $old } tungo { $new }
}
change-quota-balance-revised = { $title }: ang natitira mula { $date } ay { $new } na, hindi { $old }
change-quota-balance-moved = { $title }: ang natitirang { $new } ay umiiral na mula { $date }, hindi { $was }
change-quota-balance-withdrawn = { $title }: binawi ang natitirang { $new } mula { $date }

kind-ruling = Advance ruling
kind-plural-ruling = Mga umiiral na advance ruling
ruling-number = Numero ng ruling
ruling-issued = Inilabas noong
ruling-goods = Mga kalakal
ruling-type-classification = Klasipikasyon
ruling-type-origin = Pinagmulan
ruling-type-valuation = Pagtasa ng halaga
ruling-valid = May bisa
ruling-valid-until = May bisa hanggang { $date }
ruling-expired = Nag-expire noong { $date }
