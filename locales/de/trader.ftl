# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Wechselkurs
kind-plural-exchange-rate = Wechselkurse für die Zollwertermittlung
tariff-col-excise = Verbrauchsteuer
tariff-col-vat = MwSt.

xrate-currency = Währung
xrate-rate = { $currency } je Einheit
xrate-in-force-current = Geltende Kurse
xrate-in-force-since = Geltende Kurse seit dem { $date }
xrate-next = Nächster Kurs
xrate-history = Kurse im Zeitverlauf
xrate-state-past = Abgelaufen
xrate-state-in_force = In Kraft
xrate-state-scheduled = Geplant

calc-title = Zoll und Steuern schätzen
calc-estimate = Dies ist eine Schätzung, keine Festsetzung: Die Zollbehörde setzt Zoll und Steuern auf der Grundlage der Zollanmeldung fest. Nicht berücksichtigt sind Antidumping- und Schutzzölle, Gebühren sowie etwaige Ermäßigungen, für die die Waren in Betracht kommen.
calc-value = Zollwert
calc-currency = Währung
calc-quantity = Menge ({ $unit })
calc-regime = Zollsatz
calc-submit = Berechnen
calc-col-step = Schritt
calc-col-formula = Berechnung
calc-col-amount = Betrag
calc-step-value = Zollwert in { $currency }
calc-step-duty = Zoll ({ $regime })
calc-step-total = Zoll und Steuern
calc-example = Berechnungsbeispiel: Zollwert von { $value } { $currency } und { $quantity } { $unit } zum Satz { $regime }
calc-yours = Ihre Waren: Zollwert von { $value } { $currency } und { $quantity } { $unit } zum Satz { $regime }
calc-total = Geschätzte Zölle und Steuern: { $amount }
calc-at-least = mindestens
calc-at-most = höchstens
calc-invalid = Geben Sie den Zollwert und die Menge als Zahlen ein.
calc-no-rate = Für { $currency } liegt zu diesem Datum kein Wechselkurs vor.
tariff-tax-waived = Wird zum Satz { $regimes } nicht erhoben
calc-multiple = { $one } { $word } = { $times } { $currency }: geben Sie den Zollwert in { $currency } ein.
calc-rates-link = Für die Zollwertermittlung verwendete Wechselkurse

change-exchange-rate = { $when ->
    [dated] { $title }: Der Kurs ändert sich am { $date } von { $old } auf { $new }
   *[other] { $title }: Kurs von { $old } auf { $new } geändert
}
change-exchange-rate-revised = { $title }: Der Kurs ab dem { $date } beträgt jetzt { $new }, nicht { $old }
change-exchange-rate-moved = { $title }: Der Kurs von { $new } gilt jetzt ab dem { $date }, nicht ab dem { $was }
change-exchange-rate-withdrawn = { $title }: Die Änderung des Kurses auf { $new } am { $date } wurde zurückgenommen

kind-origin = Ursprungsregeln
kind-plural-origin = Ursprungsregeln
origin-rule = Ursprungsregel
origin-rules = Erzeugnisspezifische Ursprungsregeln
origin-proof = Ursprungsnachweis
origin-agreement = Abkommen
origin-column = Präferenzzollsatz
origin-or = oder
origin-and = und
origin-term-wo = vollständig gewonnen oder hergestellt
origin-term-pe = ausschließlich aus Vormaterialien mit Ursprungseigenschaft hergestellt
origin-term-cc = Wechsel des Kapitels
origin-term-cth = Wechsel der Position
origin-term-ctsh = Wechsel der Unterposition
origin-term-rvc = regionaler Wertanteil von mindestens { $percent } %

kind-quota = Zollkontingent
kind-plural-quota = Zollkontingente
quota-order = Laufende Nummer
quota-balance = Restmenge am { $date }
quota-volume = Menge
quota-in = Kontingentszollsatz
quota-out = Zollsatz außerhalb des Kontingents
quota-period = Kontingentszeitraum
quota-period-dates = { $from } bis { $to }
quota-allocation = Zuteilung
quota-allocation-first-come-first-served = Nach der Reihenfolge der Anmeldungen (Windhundverfahren)
quota-allocation-licence = Einfuhrlizenzen
quota-allocation-historical = Anteile nach früheren Einfuhren
quota-allocation-auction = Versteigerung
quota-state-open = Offen
quota-state-exhausted = Ausgeschöpft
quota-state-closed = Geschlossen
quota-history = Restmenge im Zeitverlauf
change-quota-balance = { $when ->
    [dated] { $title }: Die Restmenge ändert sich am { $date } von { $old } auf { $new }
   *[other] { $title }: Restmenge von { $old } auf { $new } geändert
}
change-quota-balance-revised = { $title }: Die Restmenge ab dem { $date } beträgt jetzt { $new }, nicht { $old }
change-quota-balance-moved = { $title }: Die Restmenge von { $new } gilt jetzt ab dem { $date }, nicht ab dem { $was }
change-quota-balance-withdrawn = { $title }: Die Restmenge von { $new } ab dem { $date } wurde zurückgenommen

kind-ruling = Verbindliche Auskunft
kind-plural-ruling = Verbindliche Auskünfte
ruling-number = Referenznummer
ruling-issued = Erteilt
ruling-goods = Waren
ruling-type-classification = Einreihung
ruling-type-origin = Ursprung
ruling-type-valuation = Zollwert
ruling-valid = Gültig
ruling-valid-until = Gültig bis zum { $date }
ruling-expired = Abgelaufen am { $date }
