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
