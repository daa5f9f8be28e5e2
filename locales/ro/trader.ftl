# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Curs de schimb
kind-plural-exchange-rate = Cursuri de schimb pentru determinarea valorii în vamă
tariff-col-excise = Accize
tariff-col-vat = TVA

xrate-currency = Monedă
xrate-rate = { $currency } pentru o unitate
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Cursuri în vigoare
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Cursuri în vigoare din { $date }
xrate-next = Cursul următor
xrate-history = Evoluția cursurilor
xrate-state-past = Anterior
xrate-state-in_force = În vigoare
xrate-state-scheduled = Programat

calc-title = Estimarea taxelor vamale și a impozitelor
calc-estimate = Aceasta este o estimare, nu o stabilire a datoriei: autoritatea vamală stabilește taxele vamale și impozitele pe baza declarației. Nu sunt incluse taxele antidumping și de salvgardare, alte taxe și tarife și nici eventualele reduceri de care pot beneficia mărfurile.
calc-value = Valoarea în vamă
calc-currency = Monedă
calc-quantity = Cantitate ({ $unit })
calc-regime = Rata taxei vamale
calc-submit = Calculați
calc-col-step = Etapă
calc-col-formula = Calcul
calc-col-amount = Sumă
calc-step-value = Valoarea în vamă în { $currency }
calc-step-duty = Taxă vamală ({ $regime })
calc-step-total = Taxe vamale și impozite
calc-example = Exemplu de calcul: o valoare în vamă de { $value } { $currency } și { $quantity } { $unit }, la rata { $regime }
calc-yours = Mărfurile dumneavoastră: o valoare în vamă de { $value } { $currency } și { $quantity } { $unit }, la rata { $regime }
calc-total = Taxe vamale și impozite estimate: { $amount }
calc-at-least = cel puțin
calc-at-most = cel mult
calc-invalid = Introduceți valoarea în vamă și cantitatea sub formă de numere.
calc-no-rate = Nu există un curs de schimb pentru { $currency } la această dată.
tariff-tax-waived = Nu se percepe la rata { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: introduceți valoarea în vamă în { $currency }.
calc-rates-link = Cursuri de schimb utilizate pentru determinarea valorii în vamă

change-exchange-rate = { $when ->
    [dated] { $title }: cursul se modifică de la { $old } la { $new } începând cu { $date }
   *[other] { $title }: cursul a fost modificat de la { $old } la { $new }
}
change-exchange-rate-revised = { $title }: cursul aplicabil începând cu { $date } este acum { $new }, nu { $old }
change-exchange-rate-moved = { $title }: cursul de { $new } se aplică acum începând cu { $date }, nu cu { $was }
change-exchange-rate-withdrawn = { $title }: modificarea cursului la { $new }, prevăzută pentru { $date }, a fost retrasă

kind-origin = Reguli de origine
kind-plural-origin = Reguli de origine
origin-rule = Regulă de origine
origin-rules = Reguli specifice produselor
origin-proof = Dovada originii
origin-agreement = Acord
origin-column = Rată preferențială
origin-or = sau
origin-and = și
origin-term-wo = obținut integral
origin-term-pe = produs exclusiv din materiale originare
origin-term-cc = schimbarea capitolului
origin-term-cth = schimbarea poziției tarifare
origin-term-ctsh = schimbarea subpoziției tarifare
origin-term-rvc = conținut de valoare regională de cel puțin { $percent }%

kind-quota = Contingent tarifar
kind-plural-quota = Contingente tarifare
quota-order = Număr de ordine
quota-balance = Sold la { $date }
quota-volume = Volum
quota-in = Rată în cadrul contingentului
quota-out = Rată în afara contingentului
quota-period = Perioadă contingentară
quota-period-dates = { $from } – { $to }
quota-allocation = Mod de alocare
quota-allocation-first-come-first-served = Primul venit, primul servit
quota-allocation-licence = Licențe de import
quota-allocation-historical = Cote pe baza importurilor anterioare
quota-allocation-auction = Licitație
quota-state-open = Deschis
quota-state-exhausted = Epuizat
quota-state-closed = Închis
quota-history = Evoluția soldului
change-quota-balance = { $when ->
    [dated] { $title }: soldul se modifică de la { $old } la { $new } începând cu { $date }
   *[other] { $title }: soldul a fost modificat de la { $old } la { $new }
}
change-quota-balance-revised = { $title }: soldul începând cu { $date } este acum { $new }, nu { $old }
change-quota-balance-moved = { $title }: soldul de { $new } se aplică acum începând cu { $date }, nu cu { $was }
change-quota-balance-withdrawn = { $title }: soldul de { $new } începând cu { $date } a fost retras

kind-ruling = Informație obligatorie
kind-plural-ruling = Informații obligatorii
ruling-number = Număr de referință
ruling-issued = Data emiterii
ruling-goods = Mărfuri
ruling-type-classification = Clasificare tarifară
ruling-type-origin = Origine
ruling-type-valuation = Valoarea în vamă
ruling-valid = Valabilă
ruling-valid-until = Valabilă până la { $date }
ruling-expired = Expirată la { $date }
