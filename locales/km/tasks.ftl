# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = ស្វែងរកពន្ធលើទំនិញរបស់អ្នក
home-lookup-label = លេខកូដទំនិញ ឬការពិពណ៌នាទំនិញ
home-lookup-hint = ឧទាហរណ៍ { $code } ឬ កាហ្វេលីង។
home-upcoming-title = ចូលជាធរមានក្នុងរយៈពេល { $days } ថ្ងៃខាងមុខ
home-upcoming-none = គ្មានអ្វីគ្រោងចូលជាធរមានក្នុងរយៈពេល { $days } ថ្ងៃខាងមុខទេ។
home-upcoming-more = { $count ->
   *[other] ក្នុងរយៈពេលនេះ មានការផ្លាស់ប្តូរចំនួន { $count } ទៀតដែលគ្រោងទុក។
}
home-all-changes = ការផ្លាស់ប្តូរទាំងអស់ កន្លងមក និងគ្រោងទុក
home-consultations-title = ការពិគ្រោះយោបល់ដែលកំពុងបើក
home-consultation-until = ផ្តល់មតិរហូតដល់ { $date }
home-consultations-none = បច្ចុប្បន្នគ្មានការពិគ្រោះយោបល់ណាមួយកំពុងបើកទេ។
home-recent-title = ការផ្លាស់ប្តូរចុងក្រោយ
home-enquiry-title = មានសំណួរ?
home-enquiry-text = ចំណុចសាកសួរជាតិឆ្លើយសំណួររបស់ពាណិជ្ជករអំពីពន្ធគយ នីតិវិធី និងកម្រៃ។
home-browse-title = រុករកគេហទំព័រ
tariff-headings-index = ក្បាលចំណងជើងក្នុងជំពូកនេះ
tariff-columns-title = អត្ថន័យនៃជួរឈរ
tariff-index-about = អំពីតារាងពន្ធ
procedure-fee-if = ប្រសិនបើពាក់ព័ន្ធ
procedure-fees-conditional = យកតែក្នុងករណីខ្លះប៉ុណ្ណោះ
