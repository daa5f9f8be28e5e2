# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

home-lookup-title = Trouver les droits applicables à vos marchandises
home-lookup-label = Code de la nomenclature ou description des marchandises
home-lookup-hint = Par exemple { $code } ou café torréfié.
home-upcoming-title = Entrée en vigueur dans les { $days } prochains jours
home-upcoming-none = Aucune entrée en vigueur n’est prévue dans les { $days } prochains jours.
home-upcoming-more = { $count ->
    [one] Une autre modification est prévue au cours de cette période.
   *[other] { $count } autres modifications sont prévues au cours de cette période.
}
home-all-changes = Toutes les modifications, passées et prévues
home-consultations-title = Consultations ouvertes
home-consultation-until = Observations jusqu’au { $date }
home-consultations-none = Aucune consultation n’est ouverte pour le moment.
home-recent-title = Dernières modifications
home-enquiry-title = Des questions ?
home-enquiry-text = Le point d’information national répond aux questions des opérateurs sur le tarif, les procédures et les redevances.
home-browse-title = Parcourir le site
tariff-headings-index = Positions de ce chapitre
tariff-columns-title = Signification des colonnes
tariff-index-about = À propos du tarif
procedure-fee-if = le cas échéant
procedure-fees-conditional = Perçues dans certains cas seulement
