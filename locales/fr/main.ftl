# UI strings of the default theme, French.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Aller au contenu principal
language-switcher = Langue
main-navigation = Menu principal
breadcrumb = Vous êtes ici
footer-navigation = À propos de ce site
footer-published-by = Publié par { $site }.

## Dates

last-updated = Dernière mise à jour :
published = Date de publication :

## Translations

notice-untranslated = Cette page n’a pas encore été traduite. Elle est affichée dans sa version originale ({ $original }).
notice-stale = Cette traduction n’est peut-être plus à jour : la version originale ({ $original }) a été mise à jour le { $date }.
notice-read-original = Consulter la version originale ({ $original }).

## Sections and pages

on-this-page = Sur cette page
in-this-section = { $count ->
    [0] Aucune page dans cette rubrique
    [one] Une page dans cette rubrique
   *[other] { $count } pages dans cette rubrique
}
home-explore = Explorer le site

## Errors and redirects

not-found-title = Page introuvable
not-found-text = La page demandée n’existe pas ou a été déplacée. Vérifiez l’adresse ou revenez à la page d’accueil.
not-found-home = Aller à la page d’accueil
redirect-title = Cette page a été déplacée
redirect-link = Accéder à la nouvelle adresse de cette page

## Language chooser

chooser-intro = Choisissez votre langue.

## Tarif

tariff-sections = Sections
tariff-section = Section { $number }
tariff-other-chapters = Autres chapitres
tariff-chapter = Chapitre { $number }
tariff-chapter-notes-of = Notes du chapitre { $number }
tariff-see-chapter = Voir l’ensemble du chapitre { $number }
tariff-lines = Lignes tarifaires
tariff-lines-under = Lignes relevant du { $code }
tariff-table-hint = Choisissez un code pour voir ses taux et les règles qui s’y appliquent.
tariff-no-rate = Aucun
tariff-rates-current = Taux de droits en vigueur
tariff-rates-since = Taux de droits en vigueur depuis le { $date }
tariff-rates-from = Taux de droits à partir du { $date }
tariff-rates-until = Taux de droits jusqu’au { $date } inclus
tariff-rate-from = { $rate } à partir du { $date }
tariff-line-not-yet = Cette ligne n’est pas encore en vigueur : elle s’applique à partir du { $date }.
tariff-line-ended = Cette ligne n’est plus en vigueur : son dernier jour était le { $date }.
tariff-line-ending = Cette ligne est en vigueur jusqu’au { $date } inclus, son dernier jour.
tariff-replaced-by = À partir du { $date }, cette ligne est remplacée par :
tariff-replaces = À partir du { $date }, cette ligne remplace :
tariff-timeline = Évolution des taux
tariff-timeline-column = Colonne
tariff-timeline-rate = Taux
tariff-timeline-from = Du
tariff-timeline-to = Au
tariff-timeline-state = État
tariff-state-past = Passé
tariff-state-in_force = En vigueur
tariff-state-scheduled = Prévu
tariff-level-heading = Position
tariff-level-subheading = Sous-position
tariff-level-national_line = Ligne tarifaire nationale
tariff-col-code = Code
tariff-col-description = Désignation
tariff-col-unit = Unité
tariff-col-mfn = NPF
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Remarque

## Taux des droits

rate-free = Exempt
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, max. { $amount } { $currency }/{ $unit }

## Contenus douaniers : types, champs et valeurs

kind-procedure = Procédure
kind-fee = Redevance ou imposition
kind-measure = Mesure
kind-tool = Instrument ou outil de l’OMD
kind-legal = Texte juridique
kind-form = Formulaire
kind-agency = Organisme
kind-notice = Avis
kind-plural-procedure = Procédures
kind-plural-fee = Redevances et impositions
kind-plural-measure = Mesures : prohibitions, restrictions et licences
kind-plural-tool = Instruments et outils de l’OMD
kind-plural-legal = Textes juridiques
kind-plural-form = Formulaires
kind-plural-agency = Organismes
kind-plural-notice = Avis
backlinks-title = Cité par
tariff-what-applies = Ce qui s’applique à ces marchandises
footer-enquiry-point = Des questions ? Interrogez le point d’information national

field-legal-basis = Base juridique
field-hs = Marchandises concernées (codes tarifaires)
field-direction = Sens
field-agencies = Organismes concernés
field-agency = Organisme
field-tools = Normes internationales appliquées
field-duration = Délai habituel
field-amount = Montant
field-per = Perçu par
field-reason = Motif de la redevance
field-authority = Perçue par
field-payment = Modalités de paiement
field-published = Publié le
field-effective = En vigueur à partir du
field-effective-proposed = Entrée en vigueur proposée
field-until = Dernier jour de perception
field-acronym = Sigle
field-category = Domaine
field-status = Statut
field-issuer = Émis par
field-adopted = Adopté en
field-url = Page officielle
field-related = Instruments liés
field-type = Type
field-number = Numéro
field-signed = Signé le
field-official-text = Texte officiel
field-download = Télécharger
field-email = Courriel
field-phone = Téléphone
field-address = Adresse
field-hours = Heures d’ouverture
field-comment-until = Commentaires jusqu’au
field-affects = Concerne

direction-import = Importation
direction-export = Exportation
direction-transit = Transit
direction-both = Importation et exportation
direction-other = Autres procédures
filter-by-direction = Procédures par sens

## Procédures

procedure-summary = En bref
procedure-steps-count = Étapes
procedure-total-time = Durée totale habituelle
procedure-total-fees = Redevances
procedure-fees-more = { $count ->
    [one] plus une redevance qui dépend du cas
   *[other] plus { $count } redevances qui dépendent du cas
}
procedure-fees-varying = { $count ->
    [one] Une redevance qui dépend du cas
   *[other] { $count } redevances qui dépendent du cas
}
procedure-documents = Documents à préparer
procedure-steps = Étape par étape
procedure-steps-n = { $count ->
    [0] Aucune étape
    [one] Une étape
   *[other] { $count } étapes
}
duration-days = { $count ->
    [one] 1 jour
   *[other] { $count } jours
}
duration-hours = { $count ->
    [one] 1 heure
   *[other] { $count } heures
}
duration-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
duration-range = de { $min } à { $max }
duration-join = { $first } { $rest }

## Redevances

money = { $money }
fee-schedule = Barème des redevances et impositions
fee-tiers = Montants
fee-see-tiers = Voir les montants
fee-per-declaration = par déclaration
fee-per-consignment = par envoi
fee-per-container = par conteneur
fee-per-certificate = par certificat
fee-per-hour = par heure
fee-per-application = par demande
fee-per-day = par jour
fee-per-page = par page
fee-per-item = par article
fee-in-force-current = en vigueur
fee-in-force-since = en vigueur depuis le { $date }
# $amount est un montant mis en forme avec sa devise, $date une date mise en forme.
fee-amount-from = { $amount } à compter du { $date }
fee-changes-on = Les montants changent le { $date }
fee-not-yet = Pas encore en vigueur : cette redevance est perçue à compter du { $date }.
fee-ended = N’est plus en vigueur : cette redevance a été perçue pour la dernière fois le { $date }.
fee-state-not-yet = Pas encore en vigueur
fee-state-ended = N’est plus en vigueur
fee-timeline = Évolution des montants
fee-timeline-tier = Cas
fee-timeline-from = Du
fee-timeline-to = Dernier jour
fee-timeline-state = Situation
fee-value-past = Ancien montant
fee-value-in_force = En vigueur
fee-value-scheduled = Prévu

## Outils de l’OMD

tools-by-category = Domaines
tool-category-conventions = Conventions et accords
tool-category-facilitation = Facilitation des échanges
tool-category-security = Sécurité de la chaîne logistique
tool-category-nomenclature = Classement
tool-category-valuation = Évaluation
tool-category-origin = Origine
tool-category-enforcement = Lutte contre la fraude et conformité
tool-category-capacity-building = Renforcement des capacités
tool-category-data = Données et technologies
tool-category-revenue = Recettes
tool-status-contracting-party = Partie contractante
tool-status-applied = Appliqué
tool-status-in-progress = En cours de mise en œuvre
tool-status-not-applied = Non appliqué
tool-status-reference = Référence

## Mesures, textes juridiques, avis

measure-type-prohibition = Prohibition
measure-type-restriction = Restriction
measure-type-licence = Licence ou permis
measure-type-sps = Mesure sanitaire ou phytosanitaire
measure-type-tbt = Prescription technique
measure-type-quota = Contingent
measure-type-other = Autre mesure
legal-type-law = Loi
legal-type-decree = Décret
legal-type-circular = Circulaire
legal-type-ruling = Décision
legal-type-agreement = Accord international
notice-status-draft-for-comment = Ouvert aux commentaires
notice-status-adopted = Adopté
notice-status-in-force = En vigueur
notice-status-repealed = Abrogé
notice-consultation-open = Ce projet est ouvert aux commentaires jusqu’au { $date }. Envoyez vos commentaires à

## Transparence (Accord de l’OMC sur la facilitation des échanges, article 1)

tfa-missing = { $count ->
    [0] Aucun élément ne manque : tout est publié sur ce site.
    [one] Un élément n’est pas encore publié sur ce site.
   *[other] { $count } éléments ne sont pas encore publiés sur ce site.
}
tfa-not-covered = Pas encore publié
tfa-1-1-a = Procédures d’importation, d’exportation et de transit, formulaires et documents requis
tfa-1-1-b = Taux de droits et d’impositions appliqués
tfa-1-1-c = Redevances et impositions
tfa-1-1-d = Règles de classement ou d’évaluation en douane des produits
tfa-1-1-e = Lois, réglementations et décisions relatives aux règles d’origine
tfa-1-1-f = Restrictions ou prohibitions à l’importation, à l’exportation ou au transit
tfa-1-1-g = Dispositions relatives aux sanctions
tfa-1-1-h = Procédures de recours ou de réexamen
tfa-1-1-i = Accords avec d’autres pays concernant l’importation, l’exportation ou le transit
tfa-1-1-j = Procédures d’administration des contingents tarifaires
tfa-1-2 = Renseignements disponibles sur internet
tfa-1-3 = Points d’information

filter-all = Tout
tools-filter-status = Afficher les instruments selon le statut de l’administration

## Recherche

search-title = Rechercher
search-label = Rechercher sur le site
search-placeholder = Marchandise, code, procédure, redevance…
search-button = Rechercher
search-kind = Afficher
search-kind-all = Tout
search-kind-tariff = Codes tarifaires
search-kind-page = Autres pages
search-hint = Saisissez des mots sous n’importe quelle forme, ou un code tarifaire avec ou sans points ({ $code }).
search-needs-script = La recherche nécessite JavaScript. Parcourez plutôt le tarif par section et par chapitre.
search-count = Résultats :
search-chapter = Chapitre du tarif
search-none = Aucun résultat pour « { $query } ».
search-note-code = Le code { $asked } n’existe pas. Affichage de { $found }.
search-note-typo = Aucun résultat pour « { $asked } ». Résultats pour « { $found } ».
search-result-tariff = Code tarifaire
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = droit droits douane tarif taux
search-previous = Précédents
search-next = Suivants

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label } : { $value }
