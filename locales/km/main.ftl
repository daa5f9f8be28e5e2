# UI strings of the default theme, Khmer.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = រំលងទៅខ្លឹមសារចម្បង
language-switcher = ភាសា
main-navigation = ម៉ឺនុយមេ
breadcrumb = ទីតាំងបច្ចុប្បន្ន
footer-navigation = អំពីគេហទំព័រនេះ
footer-published-by = ផ្សព្វផ្សាយដោយ { $site }។

## Dates

last-updated = ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ៖
published = កាលបរិច្ឆេទផ្សព្វផ្សាយ៖

## Translations

notice-untranslated = ទំព័រនេះមិនទាន់បានបកប្រែនៅឡើយទេ។ ទំព័រនេះត្រូវបានបង្ហាញជាភាសាដើម ({ $original })។
notice-stale = ការបកប្រែនេះប្រហែលជាមិនទាន់សម័យ៖ កំណែភាសាដើម ({ $original }) ត្រូវបានធ្វើបច្ចុប្បន្នភាពនៅ { $date }។
notice-read-original = អានកំណែភាសាដើម ({ $original })។

## Sections and pages

on-this-page = នៅក្នុងទំព័រនេះ
in-this-section = { $count ->
   *[other] ផ្នែកនេះមាន { $count } ទំព័រ
}
home-explore = រុករកគេហទំព័រ

## Errors and redirects

not-found-title = រកមិនឃើញទំព័រ
not-found-text = ទំព័រដែលអ្នកស្នើសុំមិនមាន ឬត្រូវបានផ្លាស់ទីតាំង។ សូមពិនិត្យអាសយដ្ឋាន ឬចាប់ផ្តើមម្តងទៀតពីទំព័រដើម។
not-found-home = ទៅទំព័រដើម
redirect-title = ទំព័រនេះត្រូវបានផ្លាស់ទីតាំង
redirect-link = ទៅអាសយដ្ឋានថ្មីរបស់ទំព័រនេះ

## Language chooser

chooser-intro = សូមជ្រើសរើសភាសារបស់អ្នក។

## Tariff

tariff-sections = ផ្នែក
tariff-section = ផ្នែកទី { $number }
tariff-other-chapters = ជំពូកផ្សេងទៀត
tariff-chapter = ជំពូកទី { $number }
tariff-chapter-notes-of = កំណត់សម្គាល់នៃជំពូកទី { $number }
tariff-see-chapter = មើលជំពូកទី { $number } ទាំងមូល
tariff-lines = បន្ទាត់ពន្ធគយ
tariff-lines-under = បន្ទាត់ពន្ធគយក្រោម { $code }
tariff-table-hint = សូមជ្រើសរើសលេខកូដ ដើម្បីមើលអត្រាពន្ធ និងវិធានដែលអនុវត្តចំពោះលេខកូដនោះ។
tariff-no-rate = គ្មាន
tariff-rates-current = អត្រាពន្ធគយជាធរមាន
tariff-rates-since = អត្រាពន្ធគយជាធរមានចាប់ពី { $date }
tariff-rates-from = អត្រាពន្ធគយចាប់ពី { $date }
tariff-rates-until = អត្រាពន្ធគយរហូតដល់ { $date }
tariff-rate-from = { $rate } ចាប់ពី { $date }
tariff-line-not-yet = បន្ទាត់ពន្ធគយនេះមិនទាន់ចូលជាធរមានទេ៖ អនុវត្តចាប់ពី { $date }។
tariff-line-ended = បន្ទាត់ពន្ធគយនេះលែងជាធរមានហើយ៖ ថ្ងៃចុងក្រោយគឺ { $date }។
tariff-line-ending = បន្ទាត់ពន្ធគយនេះនៅជាធរមានរហូតដល់ { $date } ដែលជាថ្ងៃចុងក្រោយ។
tariff-replaced-by = ចាប់ពី { $date } បន្ទាត់ពន្ធគយនេះត្រូវបានជំនួសដោយ៖
tariff-replaces = ចាប់ពី { $date } បន្ទាត់ពន្ធគយនេះជំនួសឱ្យ៖
tariff-timeline = អត្រាតាមពេលវេលា
tariff-timeline-column = ជួរឈរ
tariff-timeline-rate = អត្រា
tariff-timeline-from = ថ្ងៃចាប់ផ្តើម
tariff-timeline-to = ថ្ងៃបញ្ចប់
tariff-timeline-state = ស្ថានភាព
tariff-state-past = លែងអនុវត្ត
tariff-state-in_force = ជាធរមាន
tariff-state-scheduled = គ្រោងនឹងអនុវត្ត
tariff-level-heading = ក្បាល
tariff-level-subheading = អនុក្បាល
tariff-level-national_line = បន្ទាត់ពន្ធគយជាតិ
tariff-col-code = លេខកូដ
tariff-col-description = បរិយាយមុខទំនិញ
tariff-col-unit = ឯកតា
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = កំណត់សម្គាល់

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = រួចពន្ធ
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }% អប្បបរមា { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }% អតិបរមា { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = នីតិវិធី
kind-fee = កម្រៃ ឬថ្លៃសេវា
kind-measure = វិធានការ
kind-tool = លិខិតូបករណ៍ ឬឧបករណ៍របស់អង្គការគយពិភពលោក
kind-legal = លិខិតបទដ្ឋានគតិយុត្ត
kind-form = ទម្រង់បែបបទ
kind-agency = ស្ថាប័ន
kind-notice = សេចក្តីជូនដំណឹង
kind-plural-procedure = នីតិវិធី
kind-plural-fee = កម្រៃ និងថ្លៃសេវា
kind-plural-measure = វិធានការ៖ ការហាមឃាត់ ការរឹតបន្តឹង និងអាជ្ញាប័ណ្ណ
kind-plural-tool = លិខិតូបករណ៍ និងឧបករណ៍របស់អង្គការគយពិភពលោក
kind-plural-legal = លិខិតបទដ្ឋានគតិយុត្ត
kind-plural-form = ទម្រង់បែបបទ
kind-plural-agency = ស្ថាប័ន
kind-plural-notice = សេចក្តីជូនដំណឹង
backlinks-title = ត្រូវបានយោងដោយ
tariff-what-applies = អ្វីដែលអនុវត្តចំពោះទំនិញទាំងនេះ
footer-enquiry-point = មានសំណួរ? សូមសាកសួរចំណុចសាកសួរព័ត៌មានជាតិ

field-legal-basis = មូលដ្ឋានគតិយុត្ត
field-hs = ទំនិញពាក់ព័ន្ធ (លេខកូដពន្ធគយ)
field-direction = ប្រភេទប្រតិបត្តិការ
field-agencies = ស្ថាប័នពាក់ព័ន្ធ
field-agency = ស្ថាប័ន
field-tools = ស្តង់ដារអន្តរជាតិដែលបានអនុវត្ត
field-duration = រយៈពេលធម្មតា
field-amount = ចំនួនទឹកប្រាក់
field-per = មូលដ្ឋានគិតថ្លៃ
field-reason = មូលហេតុនៃការយកកម្រៃ
field-authority = ស្ថាប័នប្រមូល
field-payment = របៀបបង់ប្រាក់
field-published = កាលបរិច្ឆេទផ្សព្វផ្សាយ
field-effective = ចូលជាធរមានចាប់ពី
field-effective-proposed = កាលបរិច្ឆេទចូលជាធរមានដែលបានស្នើ
field-until = ថ្ងៃចុងក្រោយនៃការប្រមូល
field-acronym = អក្សរកាត់
field-category = វិស័យ
field-status = ស្ថានភាព
field-issuer = ចេញដោយ
field-adopted = កាលបរិច្ឆេទអនុម័ត
field-url = ទំព័រផ្លូវការ
field-related = លិខិតូបករណ៍ពាក់ព័ន្ធ
field-type = ប្រភេទ
field-number = លេខ
field-signed = កាលបរិច្ឆេទចុះហត្ថលេខា
field-official-text = អត្ថបទផ្លូវការ
field-download = ទាញយក
field-email = អ៊ីមែល
field-phone = ទូរសព្ទ
field-address = អាសយដ្ឋាន
field-hours = ម៉ោងធ្វើការ
field-comment-until = ទទួលមតិយោបល់រហូតដល់
field-affects = ពាក់ព័ន្ធនឹង

direction-import = ការនាំចូល
direction-export = ការនាំចេញ
direction-transit = ការដឹកជញ្ជូនឆ្លងកាត់
direction-both = ការនាំចូល និងការនាំចេញ
direction-other = នីតិវិធីផ្សេងទៀត
filter-by-direction = បង្ហាញនីតិវិធីសម្រាប់

## Procedures

procedure-summary = ទិដ្ឋភាពសង្ខេប
procedure-steps-count = ចំនួនជំហាន
procedure-total-time = រយៈពេលសរុបធម្មតា
procedure-total-fees = កម្រៃ
procedure-fees-more = { $count ->
   *[other] បូកនឹងកម្រៃចំនួន { $count } ទៀត ដែលអាស្រ័យលើករណីនីមួយៗ
}
procedure-fees-varying = { $count ->
   *[other] កម្រៃចំនួន { $count } ដែលអាស្រ័យលើករណីនីមួយៗ
}
procedure-documents = ឯកសារដែលត្រូវរៀបចំ
procedure-steps = ជំហានម្តងមួយៗ
procedure-steps-n = { $count ->
   *[other] { $count } ជំហាន
}
duration-days = { $count ->
   *[other] { $count } ថ្ងៃ
}
duration-hours = { $count ->
   *[other] { $count } ម៉ោង
}
duration-minutes = { $count ->
   *[other] { $count } នាទី
}
duration-range = ពី { $min } ដល់ { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = តារាងកម្រៃ និងថ្លៃសេវា
fee-tiers = ចំនួនទឹកប្រាក់
fee-see-tiers = មើលចំនួនទឹកប្រាក់
fee-per-declaration = ក្នុងមួយប្រតិវេទន៍
fee-per-consignment = ក្នុងមួយការដឹកជញ្ជូន
fee-per-container = ក្នុងមួយកុងតឺន័រ
fee-per-certificate = ក្នុងមួយវិញ្ញាបនបត្រ
fee-per-hour = ក្នុងមួយម៉ោង
fee-per-application = ក្នុងមួយពាក្យស្នើសុំ
fee-per-day = ក្នុងមួយថ្ងៃ
fee-per-page = ក្នុងមួយទំព័រ
fee-per-item = ក្នុងមួយមុខទំនិញ
fee-in-force-current = ជាធរមាន
fee-in-force-since = ជាធរមានចាប់ពី { $date }
fee-amount-from = { $amount } ចាប់ពី { $date }
fee-changes-on = ចំនួនទឹកប្រាក់ផ្លាស់ប្តូរនៅ { $date }
fee-not-yet = មិនទាន់ចូលជាធរមានទេ៖ កម្រៃនេះត្រូវប្រមូលចាប់ពី { $date }។
fee-ended = លែងជាធរមានហើយ៖ កម្រៃនេះត្រូវបានប្រមូលជាលើកចុងក្រោយនៅ { $date }។
fee-state-not-yet = មិនទាន់ជាធរមាន
fee-state-ended = លែងជាធរមាន
fee-timeline = ចំនួនទឹកប្រាក់តាមពេលវេលា
fee-timeline-tier = ករណី
fee-timeline-from = ថ្ងៃចាប់ផ្តើម
fee-timeline-to = ថ្ងៃចុងក្រោយ
fee-timeline-state = ស្ថានភាព
fee-value-past = លែងអនុវត្ត
fee-value-in_force = ជាធរមាន
fee-value-scheduled = គ្រោងនឹងអនុវត្ត

## WCO tools

tools-by-category = វិស័យ
tool-category-conventions = អនុសញ្ញា និងកិច្ចព្រមព្រៀង
tool-category-facilitation = ការសម្រួលពាណិជ្ជកម្ម
tool-category-security = សន្តិសុខខ្សែសង្វាក់ផ្គត់ផ្គង់
tool-category-nomenclature = ចំណាត់ថ្នាក់ទំនិញ
tool-category-valuation = ការវាយតម្លៃគយ
tool-category-origin = ប្រភពដើមទំនិញ
tool-category-enforcement = ការអនុវត្តច្បាប់ និងការអនុលោមភាព
tool-category-capacity-building = ការកសាងសមត្ថភាព
tool-category-data = ទិន្នន័យ និងបច្ចេកវិទ្យា
tool-category-revenue = ចំណូល
tool-status-contracting-party = ភាគីជាប់កិច្ចសន្យា
tool-status-applied = បានអនុវត្ត
tool-status-in-progress = កំពុងរៀបចំអនុវត្ត
tool-status-not-applied = មិនទាន់អនុវត្ត
tool-status-reference = ឯកសារយោង

## Measures, legal texts, notices

measure-type-prohibition = ការហាមឃាត់
measure-type-restriction = ការរឹតបន្តឹង
measure-type-licence = អាជ្ញាប័ណ្ណ ឬលិខិតអនុញ្ញាត
measure-type-sps = អនាម័យ និងភូតគាមអនាម័យ
measure-type-tbt = លក្ខខណ្ឌតម្រូវបច្ចេកទេស
measure-type-quota = កូតា
measure-type-other = វិធានការផ្សេងទៀត
legal-type-law = ច្បាប់
legal-type-decree = អនុក្រឹត្យ
legal-type-circular = សារាចរ
legal-type-ruling = សេចក្តីសម្រេច
legal-type-agreement = កិច្ចព្រមព្រៀងអន្តរជាតិ
notice-status-draft-for-comment = បើកទទួលមតិយោបល់
notice-status-adopted = បានអនុម័ត
notice-status-in-force = ជាធរមាន
notice-status-repealed = ត្រូវបានលុបចោល
notice-consultation-open = សេចក្តីព្រាងនេះបើកទទួលមតិយោបល់រហូតដល់ { $date }។ សូមផ្ញើមតិយោបល់របស់អ្នកទៅ

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
   *[other] មាន { $count } ចំណុចដែលមិនទាន់បានផ្សព្វផ្សាយនៅលើគេហទំព័រនេះ។
}
tfa-not-covered = មិនទាន់បានផ្សព្វផ្សាយ
tfa-1-1-a = នីតិវិធីនាំចូល នាំចេញ និងដឹកជញ្ជូនឆ្លងកាត់ ព្រមទាំងទម្រង់បែបបទ និងឯកសារតម្រូវ
tfa-1-1-b = អត្រាពន្ធគយ និងពន្ធដារដែលកំពុងអនុវត្ត
tfa-1-1-c = កម្រៃ និងថ្លៃសេវា
tfa-1-1-d = វិធានសម្រាប់ចំណាត់ថ្នាក់ ឬការវាយតម្លៃគយលើផលិតផល
tfa-1-1-e = ច្បាប់ បទប្បញ្ញត្តិ និងសេចក្តីសម្រេចទាក់ទងនឹងវិធានប្រភពដើម
tfa-1-1-f = ការរឹតបន្តឹង ឬការហាមឃាត់លើការនាំចូល នាំចេញ ឬដឹកជញ្ជូនឆ្លងកាត់
tfa-1-1-g = បទប្បញ្ញត្តិស្តីពីទោសទណ្ឌ
tfa-1-1-h = នីតិវិធីប្តឹងតវ៉ា ឬពិនិត្យឡើងវិញ
tfa-1-1-i = កិច្ចព្រមព្រៀងជាមួយប្រទេសផ្សេងទៀតទាក់ទងនឹងការនាំចូល នាំចេញ ឬដឹកជញ្ជូនឆ្លងកាត់
tfa-1-1-j = នីតិវិធីសម្រាប់ការគ្រប់គ្រងកូតាពន្ធគយ
tfa-1-2 = ព័ត៌មានដែលមានតាមអ៊ីនធឺណិត
tfa-1-3 = ចំណុចសាកសួរព័ត៌មាន

filter-all = ទាំងអស់
tools-filter-status = បង្ហាញលិខិតូបករណ៍តាមស្ថានភាពរបស់រដ្ឋបាលនេះ

## Search

search-title = ស្វែងរក
search-label = ស្វែងរកក្នុងគេហទំព័រ
search-placeholder = ទំនិញ លេខកូដ នីតិវិធី កម្រៃ…
search-button = ស្វែងរក
search-kind = បង្ហាញ
search-kind-all = ទាំងអស់
search-kind-tariff = លេខកូដពន្ធគយ
search-kind-page = ទំព័រផ្សេងទៀត
search-hint = វាយពាក្យក្នុងទម្រង់ណាមួយ ឬលេខកូដពន្ធគយដែលមាន ឬគ្មានចំណុច ({ $code })។
search-needs-script = ការស្វែងរកតម្រូវឱ្យមាន JavaScript។ សូមរុករកតារាងពន្ធគយតាមផ្នែក និងជំពូកជំនួសវិញ។
search-count = លទ្ធផល៖
search-chapter = ជំពូកនៃតារាងពន្ធគយ
search-none = រកមិនឃើញលទ្ធផលសម្រាប់ “{ $query }”។
search-note-code = គ្មានលេខកូដ { $asked } ទេ។ កំពុងបង្ហាញ { $found }។
search-note-typo = រកមិនឃើញលទ្ធផលសម្រាប់ “{ $asked }”។ កំពុងបង្ហាញលទ្ធផលសម្រាប់ “{ $found }”។
search-result-tariff = លេខកូដពន្ធគយ
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = ពន្ធគយ ពន្ធ អត្រាពន្ធ អត្រាពន្ធគយ
search-previous = មុន
search-next = បន្ទាប់

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }៖ { $value }
