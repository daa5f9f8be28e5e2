# UI strings of the default theme, English (the reference locale).
# Every other locale translates these ids; a missing id falls back to English.

## Page frame

skip-to-content = Skip to main content
language-switcher = Language
main-navigation = Main menu
breadcrumb = You are here
footer-navigation = About this site
footer-published-by = Published by { $site }.

## Dates

last-updated = Last updated:
published = Published:

## Translations

notice-untranslated = This page has not been translated yet. It is shown in { $original }.
notice-stale = This translation may be out of date: the { $original } version was updated on { $date }.
notice-read-original = Read the { $original } version.

## Sections and pages

on-this-page = On this page
in-this-section = { $count ->
    [one] One page in this section
   *[other] { $count } pages in this section
}
home-explore = Explore the site

## Errors and redirects

not-found-title = Page not found
not-found-text = The page you asked for does not exist or has moved. Check the address, or start again from the home page.
not-found-home = Go to the home page
redirect-title = This page has moved
redirect-link = Go to the new address of this page

## Language chooser

chooser-intro = Choose your language.
