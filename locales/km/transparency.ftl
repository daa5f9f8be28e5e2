# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = នីតិវិធីនាំចូល នាំចេញ និងដឹកជញ្ជូនឆ្លងកាត់ រួមទាំងបណ្តឹងឧទ្ធរណ៍ ឬការពិនិត្យឡើងវិញ ជាជំហានៗ
tfa-1-2-1-b = ទម្រង់បែបបទ និងឯកសារតម្រូវ
tfa-1-2-1-c = ព័ត៌មានទំនាក់ទំនងនៃចំណុចសាកសួរព័ត៌មាន
tfa-2-1 = ការផ្តល់មតិលើច្បាប់ និងបទប្បញ្ញត្តិថ្មី ឬកែសម្រួល មុនពេលចូលជាធរមាន
tfa-2-2 = ការពិគ្រោះយោបល់ទៀងទាត់រវាងស្ថាប័នព្រំដែន និងពាណិជ្ជករ
tfa-6-1 = កម្រៃ និងថ្លៃសេវា៖ មូលហេតុ អាជ្ញាធរប្រមូល និងរបៀបបង់ប្រាក់ ដែលបានផ្សព្វផ្សាយមុនពេលអនុវត្ត
notice-status-comment-closed = រយៈពេលផ្តល់មតិបានបិទ
notice-status-withdrawn = បានដកវិញ
change-consultation-open = ការពិគ្រោះយោបល់ បើកទទួលមតិរហូតដល់ { $date }៖ { $title }
change-consultation-closed = ការពិគ្រោះយោបល់បានបិទនៅ { $date }៖ { $title }
changes-follow-feed = តាមដានការផ្លាស់ប្តូរទាំងនេះនៅក្នុងប័ណ្ណព័ត៌មាន «{ $feed }»៖
