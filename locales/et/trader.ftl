# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Vahetuskurss
kind-plural-exchange-rate = Tolliväärtuse määramisel kasutatavad vahetuskursid
tariff-col-excise = Aktsiis
tariff-col-vat = Käibemaks

xrate-currency = Valuuta
xrate-rate = { $currency } ühe ühiku kohta
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Kehtivad kursid
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Kehtivad kursid alates kuupäevast { $date }
xrate-next = Järgmine kurss
xrate-history = Kursid ajas
xrate-state-past = Varasem
xrate-state-in_force = Kehtiv
xrate-state-scheduled = Kavandatud

calc-title = Tollimaksu ja maksude ligikaudne arvutus
calc-estimate = See on hinnang, mitte maksuotsus: tollimaks ja maksud määratakse tollideklaratsiooni alusel. Hinnang ei hõlma dumpinguvastaseid ega kaitsemeetmetena kehtestatud tollimakse, tasusid ega soodustusi, millele kaubad võivad õigust anda.
calc-value = Tolliväärtus
calc-currency = Valuuta
calc-quantity = Kogus ({ $unit })
calc-regime = Tollimaksumäär
calc-submit = Arvuta
calc-col-step = Samm
calc-col-formula = Arvutus
calc-col-amount = Summa
calc-step-value = Tolliväärtus valuutas { $currency }
calc-step-duty = Tollimaks ({ $regime })
calc-step-total = Tollimaks ja maksud
calc-example = Näidisarvutus: tolliväärtus { $value } { $currency } ja kogus { $quantity } { $unit }, tollimaksumäär { $regime }
calc-yours = Teie kaubad: tolliväärtus { $value } { $currency } ja kogus { $quantity } { $unit }, tollimaksumäär { $regime }
calc-total = Tollimaks ja maksud hinnanguliselt: { $amount }
calc-at-least = vähemalt
calc-at-most = kõige rohkem
calc-invalid = Sisestage tolliväärtus ja kogus numbritena.
calc-no-rate = Valuuta { $currency } kohta ei ole selle kuupäeva vahetuskurssi.
tariff-tax-waived = Ei võeta tollimaksumäära { $regimes } korral
calc-multiple = { $one } { $word } = { $times } { $currency }: sisestage tolliväärtus valuutas { $currency }.
calc-rates-link = Tolliväärtuse määramisel kasutatavad vahetuskursid

change-exchange-rate = { $when ->
    [dated] { $title }: kurss muutub kuupäeval { $date } (senine: { $old }, uus: { $new })
   *[other] { $title }: kurss muutus (varem: { $old }, uus: { $new })
}
change-exchange-rate-revised = { $title }: alates kuupäevast { $date } kehtiv kurss on nüüd { $new }, mitte { $old }
change-exchange-rate-moved = { $title }: kurssi { $new } kohaldatakse nüüd alates kuupäevast { $date }, mitte alates kuupäevast { $was }
change-exchange-rate-withdrawn = { $title }: kuupäevaks { $date } kavandatud kursimuudatus (uus kurss { $new }) on tühistatud

kind-origin = Päritolureeglid
kind-plural-origin = Päritolureeglid
origin-rule = Päritolureegel
origin-rules = Tootepõhised reeglid
origin-proof = Päritolutõend
origin-agreement = Leping
origin-column = Soodustollimaksumäär
origin-or = või
origin-and = ja
origin-term-wo = täielikult saadud
origin-term-pe = toodetud üksnes päritolustaatusega materjalidest
origin-term-cc = grupi muutus
origin-term-cth = rubriigi muutus
origin-term-ctsh = alamrubriigi muutus
origin-term-rvc = piirkondlik väärtussisaldus vähemalt { $percent }%

kind-quota = Tariifikvoot
kind-plural-quota = Tariifikvoodid
quota-order = Järjekorranumber
quota-balance = Jääk kuupäeva { $date } seisuga
quota-volume = Kvoodi maht
quota-in = Kvoodisisene määr
quota-out = Kvoodiväline määr
quota-period = Kvoodiperiood
quota-period-dates = { $from } – { $to }
quota-allocation = Jaotamine
quota-allocation-first-come-first-served = Taotluste saabumise järjekorras
quota-allocation-licence = Impordilitsentsid
quota-allocation-historical = Osad varasema impordi alusel
quota-allocation-auction = Oksjon
quota-state-open = Avatud
quota-state-exhausted = Ammendatud
quota-state-closed = Suletud
quota-history = Jääk ajas
change-quota-balance = { $when ->
    [dated] { $title }: jääk muutub kuupäeval { $date } (senine: { $old }, uus: { $new })
   *[other] { $title }: jääk muutus (varem: { $old }, uus: { $new })
}
change-quota-balance-revised = { $title }: alates kuupäevast { $date } kehtiv jääk on nüüd { $new }, mitte { $old }
change-quota-balance-moved = { $title }: jääki { $new } kohaldatakse nüüd alates kuupäevast { $date }, mitte alates kuupäevast { $was }
change-quota-balance-withdrawn = { $title }: alates kuupäevast { $date } kavandatud jääk { $new } on tühistatud

kind-ruling = Siduva teabe otsus
kind-plural-ruling = Siduva teabe otsused
ruling-number = Otsuse number
ruling-issued = Väljastatud
ruling-goods = Kaubad
ruling-type-classification = Klassifitseerimine
ruling-type-origin = Päritolu
ruling-type-valuation = Tolliväärtus
ruling-valid = Kehtiv
ruling-valid-until = Kehtivuse lõpp: { $date }
ruling-expired = Kehtivus lõppes kuupäeval { $date }
