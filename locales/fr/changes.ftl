# Review: drafted by the kb team, not yet reviewed by a native speaker.

# Flux de modifications et page des modifications.
footer-changes = Ce qui a changé et ce qui va changer
changes-title = Modifications
changes-intro = Ce qui a changé sur ce site et ce qui va changer : lignes et taux du tarif, redevances, procédures, mesures, outils et avis. Abonnez-vous à un flux pour être informé des modifications dès leur publication.
changes-upcoming = Entrées en vigueur à venir
changes-recent = Modifications récentes
changes-none = Aucune modification enregistrée pour l’instant.
changes-from-notices = Cette liste présente les avis et les dates de dernière mise à jour des pages ; elle ne détaille pas chaque modification d’un taux ou d’une ligne tarifaire.
changes-feeds = S’abonner
changes-feed-atom = Flux Atom
changes-feed-json = Flux JSON
changes-feed-chapter = Chapitre { $number } : { $title }
changes-kind-tariff = Tarif
changes-kind-procedures = Procédures
changes-kind-fees = Redevances et droits
changes-kind-measures = Mesures
changes-kind-tools = Outils de l’OMD
changes-kind-notices = Avis
changes-kind-pages = Autres pages
changes-filter-kind = Afficher
changes-filter-chapter = Chapitre du tarif
changes-all-chapters = Tous les chapitres
changes-effective = En vigueur à partir du { $date }
changes-last-day = Dernier jour en vigueur : { $date }
changes-history = Historique des modifications
changes-history-none = Aucune modification enregistrée pour cette page.
changes-recorded = Enregistré le { $date }
change-none = aucun
change-line-added = { $when ->
    [dated] Nouvelle ligne tarifaire { $code } à partir du { $date } : { $description }
   *[other] Nouvelle ligne tarifaire { $code } : { $description }
}
change-lines-added = { $count } lignes tarifaires ajoutées au chapitre { $chapter }
change-column-added = Colonne { $column } ajoutée au chapitre { $chapter }
change-column-removed = Colonne { $column } supprimée du chapitre { $chapter }
change-line-removed = Ligne tarifaire { $code } supprimée ({ $description })
change-rate = { $when ->
    [dated] Le taux { $column } du { $code } passe de { $old } à { $new } le { $date }
   *[other] Le taux { $column } du { $code } est passé de { $old } à { $new }
}
change-column = { $column } du { $code } : { $old } devient { $new }
change-description = Libellé du { $code } révisé : { $description }
change-fee-amount = { $when ->
    [dated] { $title } : le montant passe de { $old } à { $new } le { $date }
   *[other] { $title } : le montant est passé de { $old } à { $new }
}
change-fee-currency = { $title } : la devise passe de { $old } à { $new }
change-fee-effective = { $title } : entre en vigueur le { $date }
change-steps = { $title } : étapes révisées, désormais { $new ->
    [one] une étape
   *[other] { $new } étapes
} (auparavant : { $old })
change-documents = { $title } : documents exigés modifiés
change-agencies = { $title } : organismes concernés modifiés
change-fees = { $title } : redevances perçues modifiées
change-hs = { $title } : marchandises visées modifiées
change-items-added = Ajouté : { $items }.
change-items-removed = Retiré : { $items }.
change-tool-status = { $title } : statut passé de « { $old } » à « { $new } »
change-page-added = Nouveau : { $title }
change-page-removed = Retiré : { $title }
change-text = Révisé : { $title }
change-notice = Avis : { $title }
change-updated = Mis à jour : { $title }
change-effective = Entre en vigueur le { $date }.

## Valeurs datées : premier et dernier jour d’une ligne, taux ou montant programmé.
## $date est le jour concerné ; $was le jour prévu auparavant.
change-line-starts = { $moved ->
    [yes] La ligne tarifaire { $code } entre désormais en vigueur le { $date }, et non plus le { $was } ({ $description })
   *[other] La ligne tarifaire { $code } entre en vigueur le { $date } ({ $description })
}
change-line-start-withdrawn = La ligne tarifaire { $code } s’applique dès maintenant, et non plus à partir du { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] La ligne tarifaire { $code } prend désormais fin le { $date }, et non plus le { $was } ({ $description })
   *[other] La ligne tarifaire { $code } prend fin le { $date } ({ $description })
}
change-line-end-withdrawn = La ligne tarifaire { $code } ne prend plus fin le { $date } ({ $description })
change-rate-revised = Taux { $column } du { $code } : le { $date }, il passera à { $new } et non plus à { $old }
change-rate-moved = Taux { $column } du { $code } : le passage à { $new } prend effet le { $date }, et non plus le { $was }
change-rate-withdrawn = Le passage du taux { $column } du { $code } à { $new } le { $date } est annulé
change-fee-amount-revised = { $title } : le montant applicable à partir du { $date } est désormais de { $new }, et non plus de { $old }
change-fee-amount-moved = { $title } : le montant de { $new } s’applique désormais à partir du { $date }, et non plus du { $was }
change-fee-amount-withdrawn = { $title } : le passage du montant à { $new } le { $date } est annulé
change-fee-ends = { $moved ->
    [yes] { $title } : désormais perçue pour la dernière fois le { $date }, et non plus le { $was }
   *[other] { $title } : perçue pour la dernière fois le { $date }
}
change-fee-end-withdrawn = { $title } : ne prend plus fin le { $date }
