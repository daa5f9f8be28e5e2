# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Valūtas maiņas kurss
kind-plural-exchange-rate = Muitas vērtības noteikšanai izmantojamie valūtas maiņas kursi
tariff-col-excise = Akcīzes nodoklis
tariff-col-vat = PVN

xrate-currency = Valūta
xrate-rate = { $currency } par vienu vienību
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Spēkā esošie kursi
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Kursi, spēkā no: { $date }
xrate-next = Nākamais kurss
xrate-history = Kursu vēsture
xrate-state-past = Iepriekšējais
xrate-state-in_force = Spēkā esošais
xrate-state-scheduled = Plānotais

calc-title = Muitas nodokļa un citu nodokļu aptuvens aprēķins
calc-estimate = Šis ir aptuvens aprēķins, nevis nodokļu noteikšana: muitas nodokli un citus nodokļus muita nosaka, pamatojoties uz deklarāciju. Tajā nav ietverti antidempinga maksājumi un aizsardzības pasākumu maksājumi, nodevas un atvieglojumi, uz kuriem precēm var būt tiesības.
calc-value = Muitas vērtība
calc-currency = Valūta
calc-quantity = Daudzums ({ $unit })
calc-regime = Muitas nodokļa likme
calc-submit = Aprēķināt
calc-col-step = Solis
calc-col-formula = Aprēķins
calc-col-amount = Summa
calc-step-value = Muitas vērtība, { $currency }
calc-step-duty = Muitas nodoklis ({ $regime })
calc-step-total = Muitas nodoklis un citi nodokļi
calc-example = Piemērs: muitas vērtība { $value } { $currency }, daudzums { $quantity } { $unit }, piemērotā likme: { $regime }
calc-yours = Jūsu preces: muitas vērtība { $value } { $currency }, daudzums { $quantity } { $unit }, piemērotā likme: { $regime }
calc-total = Aptuvenā muitas nodokļa un citu nodokļu summa: { $amount }
calc-at-least = vismaz
calc-at-most = ne vairāk kā
calc-invalid = Ievadiet muitas vērtību un daudzumu skaitļos.
calc-no-rate = Šajā datumā { $currency } maiņas kurss nav pieejams.
tariff-tax-waived = Neiekasē, ja piemērotā likme ir { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: ievadiet muitas vērtību valūtā { $currency }.
calc-rates-link = Muitas vērtības noteikšanai izmantotie valūtas maiņas kursi

change-exchange-rate = { $when ->
    [dated] { $title }: kurss mainās no { $old } uz { $new } (spēkā no: { $date })
   *[other] { $title }: kurss mainīts no { $old } uz { $new }
}
change-exchange-rate-revised = { $title }: kurss (spēkā no: { $date }) tagad ir { $new }, nevis { $old }
change-exchange-rate-moved = { $title }: kursa { $new } piemērošanas sākuma datums tagad ir { $date }, nevis { $was }
change-exchange-rate-withdrawn = { $title }: atcelta kursa maiņa uz { $new } (spēkā no: { $date })

kind-origin = Izcelsmes noteikumi
kind-plural-origin = Izcelsmes noteikumi
origin-rule = Izcelsmes noteikums
origin-rules = Konkrētiem ražojumiem piemērojamie noteikumi
origin-proof = Izcelsmes apliecinājums
origin-agreement = Nolīgums
origin-column = Preferenciālā likme
origin-or = vai
origin-and = un
origin-term-wo = pilnībā iegūti ražojumi
origin-term-pe = ražojumi, kas ražoti tikai no izcelsmes statusa materiāliem
origin-term-cc = nodaļas maiņa
origin-term-cth = tarifa pozīcijas maiņa
origin-term-ctsh = tarifa apakšpozīcijas maiņa
origin-term-rvc = reģionālās vērtības saturs vismaz { $percent } %

kind-quota = Tarifa kvota
kind-plural-quota = Tarifa kvotas
quota-order = Kārtas numurs
quota-balance = Atlikums (datums: { $date })
quota-volume = Apjoms
quota-in = Kvotas likme
quota-out = Ārpuskvotas likme
quota-period = Kvotas periods
quota-period-dates = { $from } – { $to }
quota-allocation = Sadale
quota-allocation-first-come-first-served = Rindas kārtībā („pirmais pieprasa – pirmais saņem”)
quota-allocation-licence = Importa licences
quota-allocation-historical = Daļas pēc iepriekšējā importa apjoma
quota-allocation-auction = Izsole
quota-state-open = Atvērta
quota-state-exhausted = Izsmelta
quota-state-closed = Slēgta
quota-history = Atlikuma vēsture
change-quota-balance = { $when ->
    [dated] { $title }: atlikums mainās no { $old } uz { $new } (spēkā no: { $date })
   *[other] { $title }: atlikums mainīts no { $old } uz { $new }
}
change-quota-balance-revised = { $title }: atlikums (spēkā no: { $date }) tagad ir { $new }, nevis { $old }
change-quota-balance-moved = { $title }: atlikuma { $new } piemērošanas sākuma datums tagad ir { $date }, nevis { $was }
change-quota-balance-withdrawn = { $title }: atlikums { $new } (spēkā no: { $date }) ir atsaukts

kind-ruling = Saistošās informācijas lēmums
kind-plural-ruling = Saistošās informācijas lēmumi
ruling-number = Lēmuma numurs
ruling-issued = Izdots
ruling-goods = Preces
ruling-type-classification = Tarifu klasifikācija
ruling-type-origin = Izcelsme
ruling-type-valuation = Muitas vērtība
ruling-valid = Derīgs
ruling-valid-until = Derīgs līdz: { $date }
ruling-expired = Derīguma termiņa beigu datums: { $date }
