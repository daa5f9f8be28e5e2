# UI strings of the default theme, English (the reference locale).
# Every other locale translates these ids; a missing id falls back to English.
# Review: reference locale.

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
tariff-no-rate = None
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Duty rates in force
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Duty rates in force since { $date }
# The heading over the rates of a line that is not yet in force (its first day)…
tariff-rates-from = Duty rates from { $date }
# …and of a line no longer in force (its last day).
tariff-rates-until = Duty rates until { $date }
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } from { $date }
tariff-line-not-yet = This line is not yet in force: it applies from { $date }.
tariff-line-ended = This line is no longer in force: its last day was { $date }.
tariff-line-ending = This line is in force until { $date }, its last day.
tariff-replaced-by = From { $date }, this line is replaced by:
tariff-replaces = From { $date }, this line replaces:
tariff-timeline = Rates over time
tariff-timeline-column = Column
tariff-timeline-rate = Rate
tariff-timeline-from = From
tariff-timeline-to = To
tariff-timeline-state = Status
tariff-state-past = Past
tariff-state-in_force = In force
tariff-state-scheduled = Scheduled
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

## Customs content: kinds, fields and values

kind-procedure = Procedure
kind-fee = Fee or charge
kind-measure = Measure
kind-tool = WCO instrument or tool
kind-legal = Legal text
kind-form = Form
kind-agency = Agency
kind-notice = Notice
kind-plural-procedure = Procedures
kind-plural-fee = Fees and charges
kind-plural-measure = Measures: prohibitions, restrictions and licences
kind-plural-tool = WCO instruments and tools
kind-plural-legal = Legal texts
kind-plural-form = Forms
kind-plural-agency = Agencies
kind-plural-notice = Notices
backlinks-title = Referred to by
tariff-what-applies = What applies to these goods
footer-enquiry-point = Questions? Ask the national enquiry point

field-legal-basis = Legal basis
field-hs = Goods concerned (tariff codes)
field-direction = Direction
field-agencies = Agencies involved
field-agency = Agency
field-tools = International standards applied
field-duration = Usual time
field-amount = Amount
field-per = Charged per
field-reason = Why this fee is charged
field-authority = Charged by
field-payment = How to pay
field-published = Published
field-effective = In force from
# A notice still open for comment: the day it would take effect, not yet law.
field-effective-proposed = Proposed entry into force
field-until = Last day charged
field-acronym = Acronym
field-category = Area
field-status = Status
field-issuer = Issued by
field-adopted = Adopted
field-url = Official page
field-related = Related instruments
field-type = Type
field-number = Number
field-signed = Signed
field-official-text = Official text
field-download = Download
field-email = Email
field-phone = Telephone
field-address = Address
field-hours = Opening hours
field-comment-until = Comments until
field-affects = Affects

direction-import = Import
direction-export = Export
direction-transit = Transit
direction-both = Import and export
direction-other = Other procedures
filter-by-direction = Show procedures for

## Procedures

procedure-summary = At a glance
procedure-steps-count = Steps
procedure-total-time = Usual total time
procedure-total-fees = Fees
procedure-fees-more = { $count ->
    [one] plus one fee that depends on the case
   *[other] plus { $count } fees that depend on the case
}
procedure-fees-varying = { $count ->
    [one] One fee that depends on the case
   *[other] { $count } fees that depend on the case
}
procedure-documents = Documents to prepare
procedure-steps = Step by step
procedure-steps-n = { $count ->
    [one] One step
   *[other] { $count } steps
}
duration-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
duration-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
duration-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
duration-range = { $min } to { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Schedule of fees and charges
fee-tiers = Amounts
fee-see-tiers = See the amounts
fee-per-declaration = per declaration
fee-per-consignment = per consignment
fee-per-container = per container
fee-per-certificate = per certificate
fee-per-hour = per hour
fee-per-application = per application
fee-per-day = per day
fee-per-page = per page
fee-per-item = per item
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = in force
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = in force since { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } from { $date }
fee-changes-on = Amounts change on { $date }
fee-not-yet = Not yet in force: this fee is charged from { $date }.
fee-ended = No longer in force: this fee was last charged on { $date }.
fee-state-not-yet = Not yet in force
fee-state-ended = No longer in force
fee-timeline = Amounts over time
fee-timeline-tier = Case
fee-timeline-from = From
fee-timeline-to = Last day
fee-timeline-state = Status
fee-value-past = Past
fee-value-in_force = In force
fee-value-scheduled = Scheduled

## WCO tools

tools-by-category = Areas
tool-category-conventions = Conventions and agreements
tool-category-facilitation = Trade facilitation
tool-category-security = Supply chain security
tool-category-nomenclature = Classification
tool-category-valuation = Valuation
tool-category-origin = Origin
tool-category-enforcement = Enforcement and compliance
tool-category-capacity-building = Capacity building
tool-category-data = Data and technology
tool-category-revenue = Revenue
tool-status-contracting-party = Contracting party
tool-status-applied = Applied
tool-status-in-progress = Being put in place
tool-status-not-applied = Not applied
tool-status-reference = Reference

## Measures, legal texts, notices

measure-type-prohibition = Prohibition
measure-type-restriction = Restriction
measure-type-licence = Licence or permit
measure-type-sps = Sanitary and phytosanitary
measure-type-tbt = Technical requirement
measure-type-quota = Quota
measure-type-other = Other measure
legal-type-law = Law
legal-type-decree = Decree
legal-type-circular = Circular
legal-type-ruling = Ruling
legal-type-agreement = International agreement
notice-status-draft-for-comment = Open for comment
notice-status-adopted = Adopted
notice-status-in-force = In force
notice-status-repealed = Repealed
notice-consultation-open = This draft is open for comment until { $date }. Send your comments to

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] One item is not yet published on this site.
   *[other] { $count } items are not yet published on this site.
}
tfa-not-covered = Not yet published
tfa-1-1-a = Procedures for importation, exportation and transit, and required forms and documents
tfa-1-1-b = Applied rates of duties and taxes
tfa-1-1-c = Fees and charges
tfa-1-1-d = Rules for the classification or valuation of products
tfa-1-1-e = Laws, regulations and rulings relating to rules of origin
tfa-1-1-f = Import, export or transit restrictions or prohibitions
tfa-1-1-g = Penalty provisions
tfa-1-1-h = Procedures for appeal or review
tfa-1-1-i = Agreements with other countries relating to importation, exportation or transit
tfa-1-1-j = Procedures for the administration of tariff quotas
tfa-1-2 = Information available through the internet
tfa-1-3 = Enquiry points

filter-all = All
tools-filter-status = Show instruments by this administration's status

## Search

search-title = Search
search-label = Search the site
search-placeholder = Goods, code, procedure, fee…
search-button = Search
search-kind = Show
search-kind-all = Everything
search-kind-tariff = Tariff codes
search-kind-page = Other pages
search-hint = Type words in any form, or a tariff code with or without dots ({ $code }).
search-needs-script = Search needs JavaScript. Browse the tariff by section and chapter instead.
search-count = Results:
search-chapter = Tariff chapter
search-none = No results for “{ $query }”.
search-note-code = There is no code { $asked }. Showing { $found }.
search-note-typo = No results for “{ $asked }”. Showing results for “{ $found }”.
search-result-tariff = Tariff code
# Not shown: the words traders add to a good's name to ask for its rate
# (`coffee duty`, `duty on tvs`), space-separated. Every tariff code's
# search document holds them, as its page shows its rates.
search-rate-words = customs duty duties tariff rate
search-previous = Previous
search-next = Next

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
