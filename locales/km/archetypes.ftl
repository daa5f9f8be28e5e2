# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = ប្រយោគមួយសម្រាប់លទ្ធផលស្វែងរក និងការមើលតំណជាមុន។
archetype-agency-body = តួនាទីរបស់ស្ថាប័ននៅព្រំដែន និងពេលដែលពាណិជ្ជករត្រូវទាក់ទងស្ថាប័ននេះ។
archetype-agency-address = ផ្លូវ, ទីក្រុង
archetype-agency-hours = ថ្ងៃច័ន្ទ ដល់ថ្ងៃសុក្រ ម៉ោង 08:00–17:00
archetype-exchange-rate-body = ទំនិញ និងប្រតិវេទន៍ដែលអត្រានេះអនុវត្ត និងប្រភពនៃអត្រានេះ។
archetype-fee-reason = សេវាដែលត្រូវបង់កម្រៃនេះ (TFA មាត្រា 6.1.2)។
archetype-fee-payment = របៀប និងពេលវេលាបង់ប្រាក់។
archetype-fee-body = អ្នកត្រូវបង់ ការលើកលែង និងឧទាហរណ៍។
archetype-form-body = អ្នកណាជាអ្នកបំពេញ បំពេញនៅពេលណា និងដាក់ជូននៅកន្លែងណា។
archetype-legal-body = អ្វីដែលលិខិតនេះគ្រប់គ្រង ចំពោះអ្នកណា និងបទប្បញ្ញត្តិសំខាន់ៗ។
archetype-measure-body = ទំនិញដែលពាក់ព័ន្ធ អ្វីដែលពាណិជ្ជករត្រូវធ្វើ និងកន្លែងដាក់ពាក្យស្នើសុំ។
archetype-notice-body = អ្វីដែលផ្លាស់ប្តូរ ចំពោះអ្នកណា និងចាប់ពីពេលណា។
archetype-origin-proof = ភស្តុតាងប្រភពដើមដែលកិច្ចព្រមព្រៀងតម្រូវ (ដូចជា Form D ឬសេចក្តីប្រកាសប្រភពដើម)។
archetype-origin-body = កន្លែងផ្សព្វផ្សាយវិធានប្រភពដើមនៃកិច្ចព្រមព្រៀង និងវិធានទូទៅសម្រាប់លេខកូដដែលមិនមានក្នុងបញ្ជី។
archetype-page-body = សរសេរខ្លឹមសារទំព័រនៅទីនេះ ជា Markdown។
archetype-procedure-summary = អ្វីដែលពាណិជ្ជករធ្វើ និងទទួលបាន ក្នុងប្រយោគមួយ។
archetype-procedure-step = ជំហានទីមួយ៖ អ្វីដែលពាណិជ្ជករ ឬមន្ត្រីគយធ្វើ
archetype-procedure-document = វិក្កយបត្រពាណិជ្ជកម្ម
archetype-procedure-body = នីតិវិធីនេះអនុវត្តចំពោះអ្នកណា អ្វីដែលត្រូវរៀបចំ កំហុស និងសំណួរដែលជួបញឹកញាប់។ សូមមើល docs/content-kinds.md#procedures សម្រាប់វាលទាំងអស់។
archetype-quota-body = អ្នកដែលអាចនាំចូលក្រោមកូតាពន្ធ និងរបៀបដាក់ពាក្យស្នើសុំ។
archetype-ruling-goods = ទំនិញ តាមការពិពណ៌នាក្នុងសេចក្តីសម្រេច។
archetype-ruling-body = មូលហេតុ៖ វិធាន និងកំណត់សម្គាល់ដែលជាមូលដ្ឋាននៃការសម្រេច។
archetype-tool-body = លិខិតូបករណ៍នេះជាអ្វី និងរដ្ឋបាលនេះអនុវត្តវាយ៉ាងដូចម្តេច។
archetype-translation-body = បកប្រែអត្ថបទនៃ { $original } នៅទីនេះ៖ ចំណងជើង បរិយាយ វាលអត្ថបទ និងខ្លឹមសារ។ ទិន្នន័យ (លេខកូដ ចំនួនទឹកប្រាក់ កាលបរិច្ឆេទ ឯកសារយោង) យកពីកំណែដើម ដូច្នេះមិនចាំបាច់ដាក់ទេ។
