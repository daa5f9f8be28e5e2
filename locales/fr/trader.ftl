# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

kind-exchange-rate = Taux de change
kind-plural-exchange-rate = Taux de change pour l’évaluation en douane
tariff-col-excise = Droit d’accise
tariff-col-vat = TVA
xrate-currency = Monnaie
xrate-rate = { $currency } pour une unité
xrate-in-force-current = Taux en vigueur
xrate-in-force-since = Taux en vigueur depuis le { $date }
xrate-next = Taux suivant
xrate-history = Taux dans le temps
xrate-state-past = Précédent
xrate-state-in_force = En vigueur
xrate-state-scheduled = Prévu
calc-title = Estimer les droits et taxes
calc-estimate = Ceci est une estimation, non une liquidation : la douane liquide les droits et taxes sur la déclaration. Elle ne tient pas compte des droits antidumping et de sauvegarde, des redevances, ni des réductions auxquelles les marchandises pourraient avoir droit.
calc-value = Valeur en douane
calc-currency = Monnaie
calc-quantity = Quantité ({ $unit })
calc-regime = Taux de droit
calc-submit = Calculer
calc-col-step = Étape
calc-col-formula = Calcul
calc-col-amount = Montant
calc-step-value = Valeur en douane en { $currency }
calc-step-duty = Droit ({ $regime })
calc-step-total = Droits et taxes
calc-example = Exemple : une valeur en douane de { $value } { $currency } et { $quantity } { $unit }, au taux { $regime }
calc-yours = Vos marchandises : une valeur en douane de { $value } { $currency } et { $quantity } { $unit }, au taux { $regime }
calc-total = Droits et taxes estimés : { $amount }
calc-at-least = au moins
calc-at-most = au plus
calc-invalid = Saisissez la valeur en douane et la quantité en chiffres.
calc-no-rate = Il n’y a pas de taux de change pour { $currency } à cette date.
tariff-tax-waived = Non perçue au taux { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: saisissez la valeur en douane en { $currency }.
calc-rates-link = Taux de change utilisés pour l’évaluation en douane

change-exchange-rate = { $when ->
    [dated] { $title } : le taux passe de { $old } à { $new } le { $date }
   *[other] { $title } : le taux est passé de { $old } à { $new }
}
change-exchange-rate-revised = { $title } : le taux à partir du { $date } est désormais de { $new }, et non de { $old }
change-exchange-rate-moved = { $title } : le taux de { $new } s’applique désormais à partir du { $date }, et non du { $was }
change-exchange-rate-withdrawn = { $title } : le passage du taux à { $new } le { $date } est annulé

kind-origin = Règles d’origine
kind-plural-origin = Règles d’origine
origin-rule = Règle d’origine
origin-rules = Règles par produit
origin-proof = Preuve de l’origine
origin-agreement = Accord
origin-column = Taux préférentiel
origin-or = ou
origin-and = et
origin-term-wo = entièrement obtenu
origin-term-pe = produit exclusivement à partir de matières originaires
origin-term-cc = changement de chapitre
origin-term-cth = changement de position tarifaire
origin-term-ctsh = changement de sous-position tarifaire
origin-term-rvc = teneur en valeur régionale d’au moins { $percent } %

kind-quota = Contingent tarifaire
kind-plural-quota = Contingents tarifaires
quota-order = Numéro d’ordre
quota-balance = Solde au { $date }
quota-volume = Volume
quota-in = Taux contingentaire
quota-out = Taux hors contingent
quota-period = Période du contingent
quota-period-dates = du { $from } au { $to }
quota-allocation = Attribution
quota-allocation-first-come-first-served = Premier arrivé, premier servi
quota-allocation-licence = Licences d’importation
quota-allocation-historical = Parts selon les importations passées
quota-allocation-auction = Enchères
quota-state-open = Ouvert
quota-state-exhausted = Épuisé
quota-state-closed = Fermé
quota-history = Solde dans le temps
change-quota-balance = { $when ->
    [dated] { $title } : le solde passe de { $old } à { $new } le { $date }
   *[other] { $title } : le solde est passé de { $old } à { $new }
}
change-quota-balance-revised = { $title } : le solde à partir du { $date } est désormais de { $new }, et non de { $old }
change-quota-balance-moved = { $title } : le solde de { $new } s’applique désormais à partir du { $date }, et non du { $was }
change-quota-balance-withdrawn = { $title } : le solde de { $new } à partir du { $date } est retiré

kind-ruling = Décision anticipée
kind-plural-ruling = Décisions anticipées contraignantes
ruling-number = Numéro de la décision
ruling-issued = Délivrée le
ruling-goods = Marchandises
ruling-type-classification = Classement
ruling-type-origin = Origine
ruling-type-valuation = Valeur
ruling-valid = En vigueur
ruling-valid-until = Valable jusqu’au { $date }
ruling-expired = Expirée le { $date }
