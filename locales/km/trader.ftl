# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = អត្រាប្តូរប្រាក់
kind-plural-exchange-rate = អត្រាប្តូរប្រាក់សម្រាប់ការវាយតម្លៃគយ
tariff-col-excise = អាករពិសេស
tariff-col-vat = អាករលើតម្លៃបន្ថែម
xrate-currency = រូបិយប័ណ្ណ
xrate-rate = { $currency } សម្រាប់មួយឯកតា
xrate-in-force-current = អត្រាជាធរមាន
xrate-in-force-since = អត្រាជាធរមានចាប់ពី { $date }
xrate-next = អត្រាបន្ទាប់
xrate-history = អត្រាតាមពេលវេលា
xrate-state-past = លែងអនុវត្ត
xrate-state-in_force = ជាធរមាន
xrate-state-scheduled = គ្រោងនឹងអនុវត្ត
calc-title = ប៉ាន់ស្មានពន្ធគយ និងពន្ធផ្សេងៗ
calc-estimate = នេះជាការប៉ាន់ស្មាន មិនមែនជាការវាយតម្លៃទេ៖ គយវាយតម្លៃពន្ធគយ និងពន្ធផ្សេងៗលើប្រតិវេទន៍។ វាមិនរាប់បញ្ចូលពន្ធប្រឆាំងការទម្លាក់តម្លៃ ពន្ធការពារ កម្រៃសេវា ឬការបញ្ចុះណាមួយដែលទំនិញអាចទទួលបានឡើយ។
calc-value = តម្លៃគយ
calc-currency = រូបិយប័ណ្ណ
calc-quantity = បរិមាណ ({ $unit })
calc-regime = អត្រាពន្ធ
calc-submit = គណនា
calc-col-step = ជំហាន
calc-col-formula = ការគណនា
calc-col-amount = ចំនួនទឹកប្រាក់
calc-step-value = តម្លៃគយជា { $currency }
calc-step-duty = ពន្ធគយ ({ $regime })
calc-step-total = ពន្ធគយ និងពន្ធផ្សេងៗ
calc-example = ឧទាហរណ៍៖ តម្លៃគយ { $value } { $currency } និង { $quantity } { $unit } តាមអត្រា { $regime }
calc-yours = ទំនិញរបស់អ្នក៖ តម្លៃគយ { $value } { $currency } និង { $quantity } { $unit } តាមអត្រា { $regime }
calc-total = ពន្ធគយ និងពន្ធផ្សេងៗប៉ាន់ស្មាន៖ { $amount }
calc-at-least = យ៉ាងតិច
calc-at-most = យ៉ាងច្រើន
calc-invalid = សូមបញ្ចូលតម្លៃគយ និងបរិមាណជាលេខ។
calc-no-rate = គ្មានអត្រាប្តូរប្រាក់សម្រាប់ { $currency } នៅកាលបរិច្ឆេទនេះទេ។
tariff-tax-waived = មិនយកតាមអត្រា { $regimes } ទេ
calc-multiple = { $one } { $word } = { $times } { $currency }: សូមបញ្ចូលតម្លៃគយជា { $currency }។
calc-rates-link = អត្រាប្តូរប្រាក់ដែលប្រើសម្រាប់ការវាយតម្លៃគយ

change-exchange-rate = { $when ->
    [dated] { $title }៖ អត្រាប្តូរពី { $old } ទៅ { $new } នៅ { $date }
   *[other] { $title }៖ អត្រាបានប្តូរពី { $old } ទៅ { $new }
}
change-exchange-rate-revised = { $title }៖ អត្រាចាប់ពី { $date } ឥឡូវគឺ { $new } មិនមែន { $old } ទេ
change-exchange-rate-moved = { $title }៖ អត្រា { $new } ឥឡូវអនុវត្តចាប់ពី { $date } មិនមែន { $was } ទេ
change-exchange-rate-withdrawn = { $title }៖ ការប្តូរអត្រាទៅ { $new } នៅ { $date } ត្រូវបានលុបចោល

kind-origin = វិធានប្រភពដើម
kind-plural-origin = វិធានប្រភពដើម
origin-rule = វិធានប្រភពដើម
origin-rules = វិធានជាក់លាក់តាមផលិតផល
origin-proof = ភស្តុតាងប្រភពដើម
origin-agreement = កិច្ចព្រមព្រៀង
origin-column = អត្រាអនុគ្រោះ
origin-or = ឬ
origin-and = និង
origin-term-wo = ទទួលបានទាំងស្រុង
origin-term-pe = ផលិតទាំងស្រុងពីវត្ថុធាតុមានប្រភពដើម
origin-term-cc = ការប្តូរជំពូក
origin-term-cth = ការប្តូរក្បាលពន្ធ
origin-term-ctsh = ការប្តូរអនុក្បាលពន្ធ
origin-term-rvc = មាតិកាតម្លៃក្នុងតំបន់យ៉ាងតិច { $percent }%

kind-quota = កូតាពន្ធ
kind-plural-quota = កូតាពន្ធ
quota-order = លេខកូតា
quota-balance = សមតុល្យនៅ { $date }
quota-volume = បរិមាណ
quota-in = អត្រាក្នុងកូតា
quota-out = អត្រាក្រៅកូតា
quota-period = រយៈពេលកូតា
quota-period-dates = ពី { $from } ដល់ { $to }
quota-allocation = ការបែងចែក
quota-allocation-first-come-first-served = មកមុនបានមុន
quota-allocation-licence = អាជ្ញាប័ណ្ណនាំចូល
quota-allocation-historical = តាមចំណែកនាំចូលពីមុន
quota-allocation-auction = ការដេញថ្លៃ
quota-state-open = បើក
quota-state-exhausted = អស់
quota-state-closed = បិទ
quota-history = សមតុល្យតាមពេលវេលា
change-quota-balance = { $when ->
    [dated] { $title }៖ សមតុល្យប្តូរពី { $old } ទៅ { $new } នៅ { $date }
   *[other] { $title }៖ សមតុល្យបានប្តូរពី { $old } ទៅ { $new }
}
change-quota-balance-revised = { $title }៖ សមតុល្យចាប់ពី { $date } ឥឡូវគឺ { $new } មិនមែន { $old } ទេ
change-quota-balance-moved = { $title }៖ សមតុល្យ { $new } ឥឡូវអនុវត្តចាប់ពី { $date } មិនមែន { $was } ទេ
change-quota-balance-withdrawn = { $title }៖ សមតុល្យ { $new } ចាប់ពី { $date } ត្រូវបានដកចេញ

kind-ruling = សេចក្តីសម្រេចជាមុន
kind-plural-ruling = សេចក្តីសម្រេចជាមុនដែលមានកាតព្វកិច្ច
ruling-number = លេខសេចក្តីសម្រេច
ruling-issued = ចេញថ្ងៃ
ruling-goods = ទំនិញ
ruling-type-classification = ចំណាត់ថ្នាក់
ruling-type-origin = ប្រភពដើម
ruling-type-valuation = ការវាយតម្លៃ
ruling-valid = មានសុពលភាព
ruling-valid-until = មានសុពលភាពដល់ { $date }
ruling-expired = ផុតកំណត់នៅ { $date }
