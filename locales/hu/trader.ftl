# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Átváltási árfolyam
kind-plural-exchange-rate = A vámérték megállapításához használt átváltási árfolyamok
tariff-col-excise = Jövedéki adó
tariff-col-vat = Áfa

xrate-currency = Pénznem
xrate-rate = { $currency } egy egységért
xrate-in-force-current = Hatályos árfolyamok
xrate-in-force-since = { $date } napjától hatályos árfolyamok
xrate-next = Következő árfolyam
xrate-history = Az árfolyamok időbeli alakulása
xrate-state-past = Korábbi
xrate-state-in_force = Hatályos
xrate-state-scheduled = Tervezett

calc-title = A vám és az adók becslése
calc-estimate = Ez becslés, nem hatósági megállapítás: a vámot és az adókat a vámhatóság a vám-árunyilatkozat alapján állapítja meg. A becslés nem tartalmazza a dömpingellenes és a védintézkedési vámokat, a díjakat, sem azokat a kedvezményeket, amelyekre az áru esetleg jogosult.
calc-value = Vámérték
calc-currency = Pénznem
calc-quantity = Mennyiség ({ $unit })
calc-regime = Vámtétel
calc-submit = Számítás
calc-col-step = Lépés
calc-col-formula = Számítás módja
calc-col-amount = Összeg
calc-step-value = Vámérték ({ $currency })
calc-step-duty = Vám ({ $regime })
calc-step-total = Vám és adók
calc-example = Számítási példa: { $value } { $currency } vámérték és { $quantity } { $unit }, { $regime } vámtétellel
calc-yours = Az Ön árui: { $value } { $currency } vámérték és { $quantity } { $unit }, { $regime } vámtétellel
calc-total = Becsült vám és adók: { $amount }
calc-at-least = legalább
calc-at-most = legfeljebb
calc-invalid = A vámértéket és a mennyiséget számmal adja meg.
calc-no-rate = Erre a napra nincs átváltási árfolyam a következő pénznemhez: { $currency }.
tariff-tax-waived = { $regimes } vámtétel esetén nem kell megfizetni
calc-multiple = { $one } { $word } = { $times } { $currency }: a vámértéket { $currency } pénznemben adja meg.
calc-rates-link = A vámérték megállapításához használt átváltási árfolyamok

change-exchange-rate = { $when ->
    [dated] { $title }: az árfolyam { $date } napjától { $new } (jelenleg: { $old })
   *[other] { $title }: az árfolyam módosult: { $new } (korábban: { $old })
}
change-exchange-rate-revised = { $title }: az árfolyam { $date } napjától { $new }, nem { $old }
change-exchange-rate-moved = { $title }: az új árfolyam ({ $new }) { $date } napjától alkalmazandó, nem { $was } napjától
change-exchange-rate-withdrawn = { $title }: a { $date } napjára tervezett árfolyam-módosítást ({ $new }) visszavonták

kind-origin = Származási szabályok
kind-plural-origin = Származási szabályok
origin-rule = Származási szabály
origin-rules = Termékspecifikus szabályok
origin-proof = Származási igazolás
origin-agreement = Megállapodás
origin-column = Preferenciális vámtétel
origin-or = vagy
origin-and = és
origin-term-wo = teljes egészében előállított
origin-term-pe = kizárólag származó anyagokból előállított
origin-term-cc = az árucsoport megváltozása
origin-term-cth = a vámtarifaszám megváltozása
origin-term-ctsh = az alszám megváltozása
origin-term-rvc = legalább { $percent }% regionális értéktartalom

kind-quota = Vámkontingens
kind-plural-quota = Vámkontingensek
quota-order = Tételszám
quota-balance = Egyenleg { $date } napján
quota-volume = Kontingensmennyiség
quota-in = Kontingensen belüli vámtétel
quota-out = Kontingensen kívüli vámtétel
quota-period = Kontingensidőszak
quota-period-dates = { $from } – { $to }
quota-allocation = Elosztási módszer
quota-allocation-first-come-first-served = Érkezési sorrend
quota-allocation-licence = Behozatali engedélyek
quota-allocation-historical = Részesedés a korábbi behozatal alapján
quota-allocation-auction = Árverés
quota-state-open = Nyitott
quota-state-exhausted = Kimerült
quota-state-closed = Lezárt
quota-history = Az egyenleg időbeli alakulása
change-quota-balance = { $when ->
    [dated] { $title }: az egyenleg { $date } napjától { $new } (jelenleg: { $old })
   *[other] { $title }: az egyenleg módosult: { $new } (korábban: { $old })
}
change-quota-balance-revised = { $title }: az egyenleg { $date } napjától { $new }, nem { $old }
change-quota-balance-moved = { $title }: az új egyenleg ({ $new }) { $date } napjától alkalmazandó, nem { $was } napjától
change-quota-balance-withdrawn = { $title }: a { $date } napjától megadott egyenleget ({ $new }) visszavonták

kind-ruling = Kötelező felvilágosítás
kind-plural-ruling = Kötelező felvilágosítások
ruling-number = Határozat száma
ruling-issued = Kiadva
ruling-goods = Áru
ruling-type-classification = Vámtarifa-besorolás
ruling-type-origin = Származás
ruling-type-valuation = Vámérték
ruling-valid = Érvényes
ruling-valid-until = Érvényes { $date } napjáig
ruling-expired = Érvényessége { $date } napján lejárt
