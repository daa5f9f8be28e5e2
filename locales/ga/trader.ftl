# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Ráta malairte
kind-plural-exchange-rate = Rátaí malairte chun luach custaim a chinneadh
tariff-col-excise = Dleacht mháil
tariff-col-vat = CBL

xrate-currency = Airgeadra
xrate-rate = { $currency } ar aonad amháin
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Rátaí atá i bhfeidhm
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Rátaí atá i bhfeidhm ó { $date }
xrate-next = An chéad ráta eile
xrate-history = Rátaí le himeacht ama
xrate-state-past = Caite
xrate-state-in_force = I bhfeidhm
xrate-state-scheduled = Sceidealaithe

calc-title = Meastachán ar an dleacht agus ar na cánacha
calc-estimate = Meastachán é seo, ní measúnú: is é an t-údarás custaim a mheasúnaíonn an dleacht agus na cánacha ar bhonn an dearbhaithe. Ní áirítear ann dleachtanna frithdhumpála ná dleachtanna coimirce, táillí, ná aon laghdú a bhféadfadh na hearraí a bheith i dteideal é.
calc-value = Luach custaim
calc-currency = Airgeadra
calc-quantity = Cainníocht ({ $unit })
calc-regime = Ráta dleachta
calc-submit = Ríomh
calc-col-step = Céim
calc-col-formula = Áireamh
calc-col-amount = Méid
calc-step-value = Luach custaim in { $currency }
calc-step-duty = Dleacht ({ $regime })
calc-step-total = Dleacht agus cánacha
calc-example = Sampla: luach custaim { $value } { $currency } agus { $quantity } { $unit }, ag an ráta { $regime }
calc-yours = D’earraí: luach custaim { $value } { $currency } agus { $quantity } { $unit }, ag an ráta { $regime }
calc-total = Dleacht agus cánacha measta: { $amount }
calc-at-least = ar a laghad
calc-at-most = ar a mhéad
calc-invalid = Cuir isteach an luach custaim agus an chainníocht mar uimhreacha.
calc-no-rate = Níl aon ráta malairte ann do { $currency } ar an dáta seo.
tariff-tax-waived = Ní ghearrtar í ag an ráta { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: cuir isteach an luach custaim in { $currency }.
calc-rates-link = Rátaí malairte a úsáidtear chun luach custaim a chinneadh

change-exchange-rate = { $when ->
    [dated] { $title }: athraíonn an ráta ó { $old } go { $new } ar { $date }
   *[other] { $title }: d’athraigh an ráta ó { $old } go { $new }
}
change-exchange-rate-revised = { $title }: is é { $new } an ráta ó { $date } anois, ní { $old }
change-exchange-rate-moved = { $title }: tá feidhm ag an ráta { $new } ó { $date } anois, ní ó { $was }
change-exchange-rate-withdrawn = { $title }: tarraingíodh siar an t-athrú ar an ráta go { $new } ar { $date }

kind-origin = Rialacha tionscnaimh
kind-plural-origin = Rialacha tionscnaimh
origin-rule = Riail tionscnaimh
origin-rules = Rialacha a bhaineann go sonrach le táirgí
origin-proof = Cruthúnas tionscnaimh
origin-agreement = Comhaontú
origin-column = Ráta fabhrach
origin-or = nó
origin-and = agus
origin-term-wo = a fuarthas go hiomlán
origin-term-pe = a táirgeadh go hiomlán as ábhair thionscnaíocha
origin-term-cc = athrú caibidle
origin-term-cth = athrú ceannteidil taraife
origin-term-ctsh = athrú fo-cheannteidil taraife
origin-term-rvc = ábhar luacha réigiúnaigh de { $percent }% ar a laghad

kind-quota = Cuóta taraife
kind-plural-quota = Cuótaí taraife
quota-order = Uimhir ordaithe
quota-balance = Iarmhéid ar { $date }
quota-volume = Toirt
quota-in = Ráta laistigh den chuóta
quota-out = Ráta lasmuigh den chuóta
quota-period = Tréimhse an chuóta
quota-period-dates = { $from } go { $to }
quota-allocation = Leithdháileadh
quota-allocation-first-come-first-served = Is luaithe a thagann, is luaithe a fhreastalaítear
quota-allocation-licence = Ceadúnais allmhairiúcháin
quota-allocation-historical = Scaireanna de réir allmhairí roimhe seo
quota-allocation-auction = Ceant
quota-state-open = Oscailte
quota-state-exhausted = Ídithe
quota-state-closed = Dúnta
quota-history = Iarmhéid le himeacht ama
change-quota-balance = { $when ->
    [dated] { $title }: athraíonn an t-iarmhéid ó { $old } go { $new } ar { $date }
   *[other] { $title }: d’athraigh an t-iarmhéid ó { $old } go { $new }
}
change-quota-balance-revised = { $title }: is é { $new } an t-iarmhéid ó { $date } anois, ní { $old }
change-quota-balance-moved = { $title }: tá feidhm ag an iarmhéid { $new } ó { $date } anois, ní ó { $was }
change-quota-balance-withdrawn = { $title }: tarraingíodh siar an t-iarmhéid { $new } ó { $date }

kind-ruling = Cinneadh maidir le faisnéis cheangailteach
kind-plural-ruling = Cinntí maidir le faisnéis cheangailteach
ruling-number = Uimhir an chinnidh
ruling-issued = Eisithe
ruling-goods = Earraí
ruling-type-classification = Aicmiú
ruling-type-origin = Tionscnamh
ruling-type-valuation = Luacháil
ruling-valid = Bailí
ruling-valid-until = Bailí go dtí { $date }
ruling-expired = Imithe in éag ar { $date }
