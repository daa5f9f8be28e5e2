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

## Tariff

tariff-sections = Sections
tariff-section = Section { $number }
tariff-other-chapters = Other chapters
tariff-chapter = Chapter { $number }
tariff-chapter-notes-of = Notes to chapter { $number }
tariff-see-chapter = See the whole of chapter { $number }
tariff-lines = Tariff lines
tariff-lines-under = Lines under { $code }
tariff-table-hint = Select a code to see its rates and the rules that apply to it.
tariff-rates = Duty rates
tariff-no-rate = None
tariff-level-heading = Heading
tariff-level-subheading = Subheading
tariff-level-national_line = National tariff line
tariff-col-code = Code
tariff-col-description = Description
tariff-col-unit = Unit
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Note

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Free
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, max. { $amount } { $currency }/{ $unit }
