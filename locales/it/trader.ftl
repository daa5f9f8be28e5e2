# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Tasso di cambio
kind-plural-exchange-rate = Tassi di cambio per la determinazione del valore in dogana
tariff-col-excise = Accisa
tariff-col-vat = IVA

xrate-currency = Valuta
xrate-rate = { $currency } per un’unità
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Tassi in vigore
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Tassi in vigore dal giorno { $date }
xrate-next = Prossimo tasso
xrate-history = Evoluzione dei tassi
xrate-state-past = Precedente
xrate-state-in_force = In vigore
xrate-state-scheduled = Previsto

calc-title = Stima dei dazi e delle imposte
calc-estimate = Si tratta di una stima e non di un accertamento: la dogana accerta i dazi e le imposte sulla base della dichiarazione. Non sono compresi i dazi antidumping e di salvaguardia, i diritti né le eventuali riduzioni di cui le merci possono beneficiare.
calc-value = Valore in dogana
calc-currency = Valuta
calc-quantity = Quantità ({ $unit })
calc-regime = Aliquota del dazio
calc-submit = Calcola
calc-col-step = Passaggio
calc-col-formula = Calcolo
calc-col-amount = Importo
calc-step-value = Valore in dogana in { $currency }
calc-step-duty = Dazio ({ $regime })
calc-step-total = Dazi e imposte
calc-example = Esempio di calcolo: valore in dogana di { $value } { $currency } e { $quantity } { $unit }, all’aliquota { $regime }
calc-yours = Le vostre merci: valore in dogana di { $value } { $currency } e { $quantity } { $unit }, all’aliquota { $regime }
calc-total = Dazi e imposte stimati: { $amount }
calc-at-least = almeno
calc-at-most = al massimo
calc-invalid = Inserire il valore in dogana e la quantità in cifre.
calc-no-rate = Nessun tasso di cambio disponibile per { $currency } a questa data.
tariff-tax-waived = Non applicata all’aliquota { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: inserire il valore in dogana in { $currency }.
calc-rates-link = Tassi di cambio utilizzati per la determinazione del valore in dogana

change-exchange-rate = { $when ->
    [dated] { $title }: il tasso passa da { $old } a { $new } in data { $date }
   *[other] { $title }: tasso modificato da { $old } a { $new }
}
change-exchange-rate-revised = { $title }: il tasso applicabile dal giorno { $date } è ora { $new } anziché { $old }
change-exchange-rate-moved = { $title }: il tasso di { $new } si applica ora dal giorno { $date } anziché dal giorno { $was }
change-exchange-rate-withdrawn = { $title }: la modifica del tasso a { $new } prevista in data { $date } è stata annullata

kind-origin = Norme di origine
kind-plural-origin = Norme di origine
origin-rule = Norma di origine
origin-rules = Norme specifiche per prodotto
origin-proof = Prova dell’origine
origin-agreement = Accordo
origin-column = Aliquota preferenziale
origin-or = o
origin-and = e
origin-term-wo = interamente ottenuto
origin-term-pe = ottenuto esclusivamente da materiali originari
origin-term-cc = cambiamento di capitolo
origin-term-cth = cambiamento di voce tariffaria
origin-term-ctsh = cambiamento di sottovoce tariffaria
origin-term-rvc = contenuto di valore regionale minimo: { $percent }%

kind-quota = Contingente tariffario
kind-plural-quota = Contingenti tariffari
quota-order = Numero d’ordine
quota-balance = Saldo in data { $date }
quota-volume = Volume
quota-in = Aliquota entro il contingente
quota-out = Aliquota fuori contingente
quota-period = Periodo contingentale
quota-period-dates = { $from } – { $to }
quota-allocation = Metodo di assegnazione
quota-allocation-first-come-first-served = Primo arrivato, primo servito
quota-allocation-licence = Licenze di importazione
quota-allocation-historical = Quote in base alle importazioni precedenti
quota-allocation-auction = Asta
quota-state-open = Aperto
quota-state-exhausted = Esaurito
quota-state-closed = Chiuso
quota-history = Evoluzione del saldo
change-quota-balance = { $when ->
    [dated] { $title }: il saldo passa da { $old } a { $new } in data { $date }
   *[other] { $title }: saldo modificato da { $old } a { $new }
}
change-quota-balance-revised = { $title }: il saldo dal giorno { $date } è ora { $new } anziché { $old }
change-quota-balance-moved = { $title }: il saldo di { $new } si applica ora dal giorno { $date } anziché dal giorno { $was }
change-quota-balance-withdrawn = { $title }: il saldo di { $new } dal giorno { $date } è stato annullato

kind-ruling = Informazione vincolante
kind-plural-ruling = Informazioni vincolanti
ruling-number = Numero di riferimento
ruling-issued = Data di rilascio
ruling-goods = Merci
ruling-type-classification = Classificazione tariffaria
ruling-type-origin = Origine
ruling-type-valuation = Valore in dogana
ruling-valid = Valida
ruling-valid-until = Valida fino al giorno { $date }
ruling-expired = Scaduta in data { $date }
