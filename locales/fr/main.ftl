# UI strings of the default theme, French.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.

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
tariff-rates = Taux des droits
tariff-no-rate = Aucun
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
