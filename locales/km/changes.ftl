# UI strings of the default theme, Khmer: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = អ្វីដែលបានផ្លាស់ប្តូរ និងអ្វីដែលនឹងផ្លាស់ប្តូរ
changes-title = ការផ្លាស់ប្តូរ
changes-intro = អ្វីដែលបានផ្លាស់ប្តូរនៅលើគេហទំព័រនេះ និងអ្វីដែលនឹងផ្លាស់ប្តូរ៖ បន្ទាត់ពន្ធគយ និងអត្រាពន្ធ កម្រៃ នីតិវិធី វិធានការ ឧបករណ៍ និងសេចក្តីជូនដំណឹង។ សូមជាវព័ត៌មានបន្តផ្ទាល់ ដើម្បីដឹងពីការផ្លាស់ប្តូរភ្លាមៗនៅពេលដែលត្រូវបានផ្សព្វផ្សាយ។
changes-upcoming = នឹងចូលជាធរមាន
changes-recent = ការផ្លាស់ប្តូរថ្មីៗ
changes-none = មិនទាន់មានការផ្លាស់ប្តូរត្រូវបានកត់ត្រានៅឡើយទេ។
changes-from-notices = បញ្ជីនេះបង្ហាញសេចក្តីជូនដំណឹង និងកាលបរិច្ឆេទធ្វើបច្ចុប្បន្នភាពចុងក្រោយនៃទំព័រ ប៉ុន្តែមិនរាយបញ្ជីរាល់ការផ្លាស់ប្តូរអត្រាពន្ធ ឬបន្ទាត់ពន្ធគយនីមួយៗទេ។
changes-feeds = ជាវ
changes-feed-atom = ព័ត៌មានបន្តផ្ទាល់ Atom
changes-feed-json = ព័ត៌មានបន្តផ្ទាល់ JSON
changes-feed-chapter = ជំពូកទី { $number }៖ { $title }
changes-kind-tariff = តារាងពន្ធគយ
changes-kind-procedures = នីតិវិធី
changes-kind-fees = កម្រៃ និងថ្លៃសេវា
changes-kind-measures = វិធានការ
changes-kind-tools = ឧបករណ៍របស់អង្គការគយពិភពលោក
changes-kind-notices = សេចក្តីជូនដំណឹង
changes-kind-pages = ទំព័រផ្សេងទៀត
changes-filter-kind = បង្ហាញ
changes-filter-chapter = ជំពូកនៃតារាងពន្ធគយ
changes-all-chapters = ជំពូកទាំងអស់
changes-effective = ចូលជាធរមានចាប់ពី { $date }
changes-last-day = ថ្ងៃចុងក្រោយដែលនៅជាធរមាន៖ { $date }
changes-history = ប្រវត្តិនៃការផ្លាស់ប្តូរ
changes-history-none = មិនមានការផ្លាស់ប្តូរត្រូវបានកត់ត្រាសម្រាប់ទំព័រនេះទេ។
changes-recorded = បានកត់ត្រានៅ { $date }
change-none = គ្មាន
change-line-added = { $when ->
    [dated] បន្ទាត់ពន្ធគយថ្មី { $code } ចាប់ពី { $date }៖ { $description }
   *[other] បន្ទាត់ពន្ធគយថ្មី { $code }៖ { $description }
}
change-lines-added = បានបន្ថែមបន្ទាត់ពន្ធគយចំនួន { $count } ទៅក្នុងជំពូកទី { $chapter }
change-column-added = បានបន្ថែមជួរឈរ { $column } ទៅក្នុងជំពូកទី { $chapter }
change-column-removed = បានលុបជួរឈរ { $column } ចេញពីជំពូកទី { $chapter }
change-line-removed = បានលុបបន្ទាត់ពន្ធគយ { $code } ({ $description })
change-rate = { $when ->
    [dated] អត្រា { $column } នៃ { $code } នឹងប្តូរពី { $old } ទៅ { $new } នៅ { $date }
   *[other] អត្រា { $column } នៃ { $code } បានប្តូរពី { $old } ទៅ { $new }
}
change-column = { $column } នៃ { $code } បានប្តូរពី { $old } ទៅ { $new }
change-description = បានកែសម្រួលបរិយាយនៃ { $code }៖ { $description }
change-fee-amount = { $when ->
    [dated] { $title }៖ ចំនួនទឹកប្រាក់នឹងប្តូរពី { $old } ទៅ { $new } នៅ { $date }
   *[other] { $title }៖ ចំនួនទឹកប្រាក់បានប្តូរពី { $old } ទៅ { $new }
}
change-fee-currency = { $title }៖ រូបិយប័ណ្ណបានប្តូរពី { $old } ទៅ { $new }
change-fee-effective = { $title }៖ ចូលជាធរមាននៅ { $date }
change-steps = { $title }៖ បានកែសម្រួលជំហាន ឥឡូវមាន { $new ->
   *[other] { $new } ជំហាន
} (ពីមុន៖ { $old })
change-documents = { $title }៖ ឯកសារតម្រូវបានផ្លាស់ប្តូរ
change-agencies = { $title }៖ ស្ថាប័នពាក់ព័ន្ធបានផ្លាស់ប្តូរ
change-fees = { $title }៖ កម្រៃដែលប្រមូលបានផ្លាស់ប្តូរ
change-hs = { $title }៖ ទំនិញដែលគ្របដណ្តប់បានផ្លាស់ប្តូរ
change-items-added = បានបន្ថែម៖ { $items }។
change-items-removed = បានលុប៖ { $items }។
change-tool-status = { $title }៖ ស្ថានភាពបានប្តូរពី “{ $old }” ទៅ “{ $new }”
change-page-added = ថ្មី៖ { $title }
change-page-removed = បានដកចេញ៖ { $title }
change-text = បានកែសម្រួល៖ { $title }
change-notice = សេចក្តីជូនដំណឹង៖ { $title }
change-updated = បានធ្វើបច្ចុប្បន្នភាព៖ { $title }
change-effective = ចូលជាធរមាននៅ { $date }។

## តម្លៃមានកាលបរិច្ឆេទ៖ ថ្ងៃដំបូង និងថ្ងៃចុងក្រោយនៃបន្ទាត់ពន្ធគយ អត្រា ឬចំនួនទឹកប្រាក់ដែលបានកំណត់។ $date ជាថ្ងៃដែលពាក់ព័ន្ធ; $was ជាថ្ងៃដែលបានកំណត់ពីមុន។
change-line-starts = { $moved ->
    [yes] បន្ទាត់ពន្ធគយ { $code } ឥឡូវចូលជាធរមាននៅ { $date } ជំនួសឱ្យ { $was } ({ $description })
   *[other] បន្ទាត់ពន្ធគយ { $code } ចូលជាធរមាននៅ { $date } ({ $description })
}
change-line-start-withdrawn = បន្ទាត់ពន្ធគយ { $code } អនុវត្តភ្លាមៗ មិនមែនចាប់ពី { $date } ទៀតទេ ({ $description })
change-line-ends = { $moved ->
    [yes] បន្ទាត់ពន្ធគយ { $code } ឥឡូវអនុវត្តរហូតដល់ { $date } ជំនួសឱ្យ { $was } ({ $description })
   *[other] បន្ទាត់ពន្ធគយ { $code } អនុវត្តរហូតដល់ { $date } ({ $description })
}
change-line-end-withdrawn = បន្ទាត់ពន្ធគយ { $code } លែងបញ្ចប់នៅ { $date } ទៀតហើយ ({ $description })
change-rate-revised = អត្រា { $column } នៃ { $code }៖ ការប្តូរនៅ { $date } ឥឡូវទៅ { $new } ជំនួសឱ្យ { $old }
change-rate-moved = អត្រា { $column } នៃ { $code }៖ ការប្តូរទៅ { $new } ឥឡូវចូលជាធរមាននៅ { $date } ជំនួសឱ្យ { $was }
change-rate-withdrawn = បានដកការប្តូរអត្រា { $column } នៃ { $code } ទៅ { $new } នៅ { $date }
change-fee-amount-revised = { $title }៖ ចំនួនទឹកប្រាក់ចាប់ពី { $date } ឥឡូវគឺ { $new } ជំនួសឱ្យ { $old }
change-fee-amount-moved = { $title }៖ ចំនួនទឹកប្រាក់ { $new } ឥឡូវអនុវត្តចាប់ពី { $date } ជំនួសឱ្យ { $was }
change-fee-amount-withdrawn = { $title }៖ បានដកការប្តូរចំនួនទឹកប្រាក់ទៅ { $new } នៅ { $date }
change-fee-ends = { $moved ->
    [yes] { $title }៖ ឥឡូវប្រមូលចុងក្រោយនៅ { $date } ជំនួសឱ្យ { $was }
   *[other] { $title }៖ ប្រមូលចុងក្រោយនៅ { $date }
}
change-fee-end-withdrawn = { $title }៖ លែងបញ្ចប់នៅ { $date } ទៀតហើយ
