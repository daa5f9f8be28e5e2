# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Valuuttakurssi
kind-plural-exchange-rate = Tullausarvon määrittämisessä käytettävät valuuttakurssit
tariff-col-excise = Valmistevero
tariff-col-vat = ALV

xrate-currency = Valuutta
xrate-rate = { $currency } / yksikkö
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Voimassa olevat kurssit
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Voimassa olevat kurssit { $date } alkaen
xrate-next = Seuraava kurssi
xrate-history = Kurssit ajan mittaan
xrate-state-past = Päättynyt
xrate-state-in_force = Voimassa
xrate-state-scheduled = Tuleva

calc-title = Laske arvio tulleista ja veroista
calc-estimate = Tämä on arvio eikä maksuunpano: tullit ja verot määrätään tulli-ilmoituksen perusteella. Arviossa ei ole otettu huomioon polkumyyntitulleja, suojatoimenpidetulleja, maksuja eikä mahdollisia alennuksia, joihin tavarat voivat olla oikeutettuja.
calc-value = Tullausarvo
calc-currency = Valuutta
calc-quantity = Määrä ({ $unit })
calc-regime = Sovellettava tulli
calc-submit = Laske
calc-col-step = Vaihe
calc-col-formula = Laskelma
calc-col-amount = Summa
calc-step-value = Tullausarvo valuutassa { $currency }
calc-step-duty = Tulli ({ $regime })
calc-step-total = Tullit ja verot
calc-example = Esimerkkilaskelma: tullausarvo { $value } { $currency } ja määrä { $quantity } { $unit }, tulli { $regime }
calc-yours = Tavarasi: tullausarvo { $value } { $currency } ja määrä { $quantity } { $unit }, tulli { $regime }
calc-total = Arvioidut tullit ja verot: { $amount }
calc-at-least = vähintään
calc-at-most = enintään
calc-invalid = Anna tullausarvo ja määrä numeroina.
calc-no-rate = Valuutalle { $currency } ei ole valuuttakurssia tälle päivälle.
tariff-tax-waived = Ei kanneta, kun sovelletaan tullia { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: anna tullausarvo valuuttana { $currency }.
calc-rates-link = Tullausarvon määrittämisessä käytettävät valuuttakurssit

change-exchange-rate = { $when ->
    [dated] { $title }: kurssi muuttuu { $date } arvosta { $old } arvoon { $new }
   *[other] { $title }: kurssi muuttui arvosta { $old } arvoon { $new }
}
change-exchange-rate-revised = { $title }: { $date } alkaen kurssi on nyt { $new } eikä { $old }
change-exchange-rate-moved = { $title }: kurssia { $new } sovelletaan nyt { $date } alkaen eikä { $was } alkaen
change-exchange-rate-withdrawn = { $title }: kurssin muutos arvoon { $new } { $date } on peruttu

kind-origin = Alkuperäsäännöt
kind-plural-origin = Alkuperäsäännöt
origin-rule = Alkuperäsääntö
origin-rules = Tuotekohtaiset säännöt
origin-proof = Alkuperäselvitys
origin-agreement = Sopimus
origin-column = Etuustulli
origin-or = tai
origin-and = ja
origin-term-wo = kokonaan tuotettu
origin-term-pe = valmistettu yksinomaan alkuperäaineksista
origin-term-cc = ryhmän muutos
origin-term-cth = nimikkeen muutos
origin-term-ctsh = alanimikkeen muutos
origin-term-rvc = alueellinen arvosisältö vähintään { $percent } %

kind-quota = Tariffikiintiö
kind-plural-quota = Tariffikiintiöt
quota-order = Järjestysnumero
quota-balance = Saldo, tilanne { $date }
quota-volume = Kiintiön määrä
quota-in = Kiintiötulli
quota-out = Kiintiön ulkopuolinen tulli
quota-period = Kiintiökausi
quota-period-dates = { $from } – { $to }
quota-allocation = Jakotapa
quota-allocation-first-come-first-served = Saapumisjärjestyksessä
quota-allocation-licence = Tuontiluvat
quota-allocation-historical = Osuudet aiemman tuonnin perusteella
quota-allocation-auction = Huutokauppa
quota-state-open = Avoinna
quota-state-exhausted = Käytetty loppuun
quota-state-closed = Suljettu
quota-history = Saldo ajan mittaan
change-quota-balance = { $when ->
    [dated] { $title }: saldo muuttuu { $date } arvosta { $old } arvoon { $new }
   *[other] { $title }: saldo muuttui arvosta { $old } arvoon { $new }
}
change-quota-balance-revised = { $title }: { $date } alkaen saldo on nyt { $new } eikä { $old }
change-quota-balance-moved = { $title }: saldoa { $new } sovelletaan nyt { $date } alkaen eikä { $was } alkaen
change-quota-balance-withdrawn = { $title }: saldo { $new } { $date } alkaen on peruttu

kind-ruling = Sitova tieto
kind-plural-ruling = Sitovat tiedot
ruling-number = Päätöksen numero
ruling-issued = Annettu
ruling-goods = Tavarat
ruling-type-classification = Tariffointi
ruling-type-origin = Alkuperä
ruling-type-valuation = Tullausarvo
ruling-valid = Voimassa
ruling-valid-until = Voimassa { $date } asti
ruling-expired = Voimassaolo päättyi { $date }
