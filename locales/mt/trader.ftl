# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Rata tal-kambju
kind-plural-exchange-rate = Rati tal-kambju għall-valutazzjoni doganali
tariff-col-excise = Dazju tas-sisa
tariff-col-vat = VAT

xrate-currency = Munita
xrate-rate = { $currency } għal unità waħda
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Rati fis-seħħ
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Rati fis-seħħ mid-data { $date }
xrate-next = Ir-rata li jmiss
xrate-history = Ir-rati matul iż-żmien
xrate-state-past = Preċedenti
xrate-state-in_force = Fis-seħħ
xrate-state-scheduled = Ippjanata

calc-title = Stima tad-dazju u tat-taxxi
calc-estimate = Din hija stima, mhux aċċertament: id-dwana taċċerta d-dazju u t-taxxi fuq il-bażi tad-dikjarazzjoni. Ma tinkludix id-dazji antidumping u ta’ salvagwardja, il-miżati, u kwalunkwe tnaqqis li għalih l-oġġetti jista’ jkollhom dritt.
calc-value = Valur doganali
calc-currency = Munita
calc-quantity = Kwantità ({ $unit })
calc-regime = Rata tad-dazju
calc-submit = Ikkalkula
calc-col-step = Pass
calc-col-formula = Kalkolu
calc-col-amount = Ammont
calc-step-value = Valur doganali f’{ $currency }
calc-step-duty = Dazju ({ $regime })
calc-step-total = Dazju u taxxi
calc-example = Eżempju maħdum: valur doganali ta’ { $value } { $currency } u { $quantity } { $unit }, bir-rata { $regime }
calc-yours = L-oġġetti tiegħek: valur doganali ta’ { $value } { $currency } u { $quantity } { $unit }, bir-rata { $regime }
calc-total = Dazju u taxxi stmati: { $amount }
calc-at-least = mill-inqas
calc-at-most = l-aktar
calc-invalid = Daħħal il-valur doganali u l-kwantità bħala numri.
calc-no-rate = M’hemm l-ebda rata tal-kambju għal { $currency } f’din id-data.
tariff-tax-waived = Ma titħallasx bir-rata { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: daħħal il-valur doganali f’{ $currency }.
calc-rates-link = Rati tal-kambju użati għall-valutazzjoni doganali

change-exchange-rate = { $when ->
    [dated] { $title }: ir-rata tinbidel minn { $old } għal { $new } fid-data { $date }
   *[other] { $title }: ir-rata nbidlet minn { $old } għal { $new }
}
change-exchange-rate-revised = { $title }: ir-rata mid-data { $date } issa hija { $new }, mhux { $old }
change-exchange-rate-moved = { $title }: ir-rata ta’ { $new } issa tapplika mid-data { $date }, mhux mid-data { $was }
change-exchange-rate-withdrawn = { $title }: il-bidla tar-rata għal { $new } fid-data { $date } ġiet irtirata

kind-origin = Regoli tal-oriġini
kind-plural-origin = Regoli tal-oriġini
origin-rule = Regola tal-oriġini
origin-rules = Regoli speċifiċi għall-prodott
origin-proof = Prova tal-oriġini
origin-agreement = Ftehim
origin-column = Rata preferenzjali
origin-or = jew
origin-and = u
origin-term-wo = miksub kompletament
origin-term-pe = prodott esklussivament minn materjali oriġinarji
origin-term-cc = bidla fil-kapitolu
origin-term-cth = bidla fl-intestatura tariffarja
origin-term-ctsh = bidla fis-subintestatura tariffarja
origin-term-rvc = kontenut ta’ valur reġjonali ta’ mill-inqas { $percent }%

kind-quota = Kwota tariffarja
kind-plural-quota = Kwoti tariffarji
quota-order = Numru tal-ordni
quota-balance = Bilanċ fid-data { $date }
quota-volume = Volum
quota-in = Rata fil-kwota
quota-out = Rata barra mill-kwota
quota-period = Perjodu tal-kwota
quota-period-dates = { $from } – { $to }
quota-allocation = Allokazzjoni
quota-allocation-first-come-first-served = L-ewwel li jiġi, l-ewwel li jinqeda
quota-allocation-licence = Liċenzji tal-importazzjoni
quota-allocation-historical = Ishma skont l-importazzjonijiet tal-passat
quota-allocation-auction = Irkant
quota-state-open = Miftuħa
quota-state-exhausted = Eżawrita
quota-state-closed = Magħluqa
quota-history = Il-bilanċ matul iż-żmien
change-quota-balance = { $when ->
    [dated] { $title }: il-bilanċ jinbidel minn { $old } għal { $new } fid-data { $date }
   *[other] { $title }: il-bilanċ inbidel minn { $old } għal { $new }
}
change-quota-balance-revised = { $title }: il-bilanċ mid-data { $date } issa huwa { $new }, mhux { $old }
change-quota-balance-moved = { $title }: il-bilanċ ta’ { $new } issa japplika mid-data { $date }, mhux mid-data { $was }
change-quota-balance-withdrawn = { $title }: il-bilanċ ta’ { $new } mid-data { $date } ġie rtirat

kind-ruling = Deċiżjoni dwar informazzjoni vinkolanti
kind-plural-ruling = Deċiżjonijiet dwar informazzjoni vinkolanti
ruling-number = Numru ta’ referenza
ruling-issued = Data tal-ħruġ
ruling-goods = Oġġetti
ruling-type-classification = Klassifikazzjoni tariffarja
ruling-type-origin = Oriġini
ruling-type-valuation = Valutazzjoni doganali
ruling-valid = Valida
ruling-valid-until = Valida sad-data { $date }
ruling-expired = Skadiet fid-data { $date }
