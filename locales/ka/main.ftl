# UI strings of the default theme, Georgian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = მთავარ შინაარსზე გადასვლა
language-switcher = ენა
main-navigation = მთავარი მენიუ
breadcrumb = თქვენ აქ ხართ
footer-navigation = საიტის შესახებ
footer-published-by = გამომცემელი: { $site }.

## Dates

last-updated = ბოლო განახლება:
published = გამოქვეყნების თარიღი:

## Translations

notice-untranslated = ეს გვერდი ჯერ არ არის თარგმნილი. იგი ნაჩვენებია დედნის ენაზე ({ $original }).
notice-stale = ეს თარგმანი შესაძლოა მოძველებული იყოს: დედნის ვერსია ({ $original }) განახლდა { $date }.
notice-read-original = დედნის ვერსიის ({ $original }) წაკითხვა.

## Sections and pages

on-this-page = ამ გვერდზე
in-this-section = { $count ->
    [one] ამ განყოფილებაში ერთი გვერდია
   *[other] ამ განყოფილებაში { $count } გვერდია
}
home-explore = საიტის დათვალიერება

## Errors and redirects

not-found-title = გვერდი ვერ მოიძებნა
not-found-text = მოთხოვნილი გვერდი არ არსებობს ან სხვა მისამართზეა გადატანილი. შეამოწმეთ მისამართი ან დაიწყეთ მთავარი გვერდიდან.
not-found-home = მთავარ გვერდზე გადასვლა
redirect-title = ეს გვერდი გადატანილია
redirect-link = ამ გვერდის ახალ მისამართზე გადასვლა

## Language chooser

chooser-intro = აირჩიეთ ენა.

## Tariff

tariff-sections = კარები
tariff-section = კარი { $number }
tariff-other-chapters = სხვა ჯგუფები
tariff-chapter = ჯგუფი { $number }
tariff-chapter-notes-of = ჯგუფი { $number }: შენიშვნები
tariff-see-chapter = ჯგუფი { $number } სრულად
tariff-lines = სატარიფო ხაზები
tariff-lines-under = სატარიფო ხაზები — { $code }
tariff-table-hint = აირჩიეთ კოდი მისი განაკვეთებისა და მასზე მოქმედი წესების სანახავად.
tariff-no-rate = არ არის
tariff-rates-current = ძალაში მყოფი განაკვეთები
tariff-rates-since = ძალაში მყოფი განაკვეთები ({ $date }-დან)
tariff-rates-from = განაკვეთები ({ $date }-დან)
tariff-rates-until = განაკვეთები ({ $date }-მდე ჩათვლით)
tariff-rate-from = { $rate }, ძალაში შედის: { $date }
tariff-line-not-yet = ეს სატარიფო ხაზი ჯერ არ არის ძალაში; გამოიყენება: { $date }.
tariff-line-ended = ეს სატარიფო ხაზი აღარ არის ძალაში; მოქმედების ბოლო დღე: { $date }.
tariff-line-ending = ეს სატარიფო ხაზი ძალაშია; მოქმედების ბოლო დღე: { $date }.
tariff-replaced-by = { $date }-დან ეს სატარიფო ხაზი იცვლება შემდეგი ხაზებით:
tariff-replaces = { $date }-დან ეს სატარიფო ხაზი ცვლის შემდეგ ხაზებს:
tariff-timeline = განაკვეთების ცვლილება დროში
tariff-timeline-column = სვეტი
tariff-timeline-rate = განაკვეთი
tariff-timeline-from = დასაწყისი
tariff-timeline-to = დასასრული
tariff-timeline-state = სტატუსი
tariff-state-past = ძალადაკარგული
tariff-state-in_force = ძალაშია
tariff-state-scheduled = დაგეგმილი
tariff-level-heading = სასაქონლო პოზიცია
tariff-level-subheading = ქვეპოზიცია
tariff-level-national_line = ეროვნული სატარიფო ხაზი
tariff-col-code = კოდი
tariff-col-description = საქონლის დასახელება
tariff-col-unit = ზომის ერთეული
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = შენიშვნა

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = თავისუფალია გადასახადისგან
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, მინ. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, მაქს. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = პროცედურა
kind-fee = მოსაკრებელი ან გადასახდელი
kind-measure = ღონისძიება
kind-tool = მსო-ს ინსტრუმენტი ან საშუალება
kind-legal = სამართლებრივი აქტი
kind-form = ფორმა
kind-agency = უწყება
kind-notice = შეტყობინება
kind-plural-procedure = პროცედურები
kind-plural-fee = მოსაკრებლები და გადასახდელები
kind-plural-measure = ღონისძიებები: აკრძალვები, შეზღუდვები და ლიცენზიები
kind-plural-tool = მსო-ს ინსტრუმენტები და საშუალებები
kind-plural-legal = სამართლებრივი აქტები
kind-plural-form = ფორმები
kind-plural-agency = უწყებები
kind-plural-notice = შეტყობინებები
backlinks-title = ამ გვერდზე მიმთითებელი გვერდები
tariff-what-applies = რა ვრცელდება ამ საქონელზე
footer-enquiry-point = გაქვთ შეკითხვა? მიმართეთ ეროვნულ საინფორმაციო ცენტრს

field-legal-basis = სამართლებრივი საფუძველი
field-hs = შესაბამისი საქონელი (სატარიფო კოდები)
field-direction = ოპერაციის სახე
field-agencies = ჩართული უწყებები
field-agency = უწყება
field-tools = გამოყენებული საერთაშორისო სტანდარტები
field-duration = ჩვეულებრივი ვადა
field-amount = ოდენობა
field-per = დარიცხვის ერთეული
field-reason = მოსაკრებლის დაკისრების საფუძველი
field-authority = ამკრეფი ორგანო
field-payment = გადახდის წესი
field-published = გამოქვეყნების თარიღი
field-effective = ძალაშია
field-effective-proposed = ძალაში შესვლის შემოთავაზებული თარიღი
field-until = გადახდევინების ბოლო დღე
field-acronym = აბრევიატურა
field-category = სფერო
field-status = სტატუსი
field-issuer = გამომცემი ორგანო
field-adopted = მიღების თარიღი
field-url = ოფიციალური გვერდი
field-related = დაკავშირებული ინსტრუმენტები
field-type = სახე
field-number = ნომერი
field-signed = ხელმოწერის თარიღი
field-official-text = ოფიციალური ტექსტი
field-download = ჩამოტვირთვა
field-email = ელფოსტა
field-phone = ტელეფონი
field-address = მისამართი
field-hours = სამუშაო საათები
field-comment-until = შენიშვნების მიღების ბოლო ვადა
field-affects = ეხება

direction-import = იმპორტი
direction-export = ექსპორტი
direction-transit = ტრანზიტი
direction-both = იმპორტი და ექსპორტი
direction-other = სხვა პროცედურები
filter-by-direction = პროცედურების ჩვენება

## Procedures

procedure-summary = მოკლედ
procedure-steps-count = ეტაპების რაოდენობა
procedure-total-time = ჩვეულებრივი საერთო ვადა
procedure-total-fees = მოსაკრებლები
procedure-fees-more = { $count ->
    [one] დამატებით ერთი მოსაკრებელი, რომელიც შემთხვევაზეა დამოკიდებული
   *[other] დამატებით { $count } მოსაკრებელი, რომელიც შემთხვევაზეა დამოკიდებული
}
procedure-fees-varying = { $count ->
    [one] ერთი მოსაკრებელი, რომელიც შემთხვევაზეა დამოკიდებული
   *[other] { $count } მოსაკრებელი, რომელიც შემთხვევაზეა დამოკიდებული
}
procedure-documents = მოსამზადებელი დოკუმენტები
procedure-steps = ეტაპობრივად
procedure-steps-n = { $count ->
    [one] ერთი ეტაპი
   *[other] { $count } ეტაპი
}
duration-days = { $count ->
    [one] { $count } დღე
   *[other] { $count } დღე
}
duration-hours = { $count ->
    [one] { $count } საათი
   *[other] { $count } საათი
}
duration-minutes = { $count ->
    [one] { $count } წუთი
   *[other] { $count } წუთი
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = მოსაკრებლებისა და გადასახდელების ნუსხა
fee-tiers = ოდენობები
fee-see-tiers = ოდენობების ნახვა
fee-per-declaration = თითო დეკლარაციაზე
fee-per-consignment = თითო გზავნილზე
fee-per-container = თითო კონტეინერზე
fee-per-certificate = თითო სერტიფიკატზე
fee-per-hour = საათში
fee-per-application = თითო განცხადებაზე
fee-per-day = დღეში
fee-per-page = თითო გვერდზე
fee-per-item = თითო ერთეულზე
fee-in-force-current = ძალაშია
fee-in-force-since = ძალაშია { $date }-დან
fee-amount-from = { $amount }, ძალაში შედის: { $date }
fee-changes-on = ოდენობები იცვლება: { $date }
fee-not-yet = ეს მოსაკრებელი ჯერ არ არის ძალაში; გადახდევინების დაწყება: { $date }.
fee-ended = ეს მოსაკრებელი აღარ არის ძალაში; გადახდევინების ბოლო დღე: { $date }.
fee-state-not-yet = ჯერ არ არის ძალაში
fee-state-ended = აღარ არის ძალაში
fee-timeline = ოდენობების ცვლილება დროში
fee-timeline-tier = შემთხვევა
fee-timeline-from = დასაწყისი
fee-timeline-to = ბოლო დღე
fee-timeline-state = სტატუსი
fee-value-past = ძალადაკარგული
fee-value-in_force = ძალაშია
fee-value-scheduled = დაგეგმილი

## WCO tools

tools-by-category = სფეროები
tool-category-conventions = კონვენციები და შეთანხმებები
tool-category-facilitation = ვაჭრობის ხელშეწყობა
tool-category-security = მიწოდების ჯაჭვის უსაფრთხოება
tool-category-nomenclature = საქონლის კლასიფიკაცია
tool-category-valuation = საბაჟო ღირებულება
tool-category-origin = საქონლის წარმოშობა
tool-category-enforcement = სამართალდაცვა და შესაბამისობა
tool-category-capacity-building = შესაძლებლობების განვითარება
tool-category-data = მონაცემები და ტექნოლოგიები
tool-category-revenue = შემოსავლები
tool-status-contracting-party = ხელშემკვრელი მხარე
tool-status-applied = გამოიყენება
tool-status-in-progress = დანერგვის პროცესშია
tool-status-not-applied = არ გამოიყენება
tool-status-reference = საცნობარო დოკუმენტი

## Measures, legal texts, notices

measure-type-prohibition = აკრძალვა
measure-type-restriction = შეზღუდვა
measure-type-licence = ლიცენზია ან ნებართვა
measure-type-sps = სანიტარიული და ფიტოსანიტარიული ღონისძიება
measure-type-tbt = ტექნიკური მოთხოვნა
measure-type-quota = კვოტა
measure-type-other = სხვა ღონისძიება
legal-type-law = კანონი
legal-type-decree = დადგენილება
legal-type-circular = ცირკულარი
legal-type-ruling = გადაწყვეტილება
legal-type-agreement = საერთაშორისო შეთანხმება
notice-status-draft-for-comment = ღიაა შენიშვნებისთვის
notice-status-adopted = მიღებულია
notice-status-in-force = ძალაშია
notice-status-repealed = გაუქმებულია
notice-consultation-open = ეს პროექტი ღიაა შენიშვნებისთვის; ბოლო ვადაა { $date }. შენიშვნები გამოგზავნეთ მისამართზე:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] ერთი პუნქტი ამ საიტზე ჯერ არ არის გამოქვეყნებული.
   *[other] { $count } პუნქტი ამ საიტზე ჯერ არ არის გამოქვეყნებული.
}
tfa-not-covered = ჯერ არ არის გამოქვეყნებული
tfa-1-1-a = იმპორტის, ექსპორტისა და ტრანზიტის პროცედურები, საჭირო ფორმები და დოკუმენტები
tfa-1-1-b = გადასახადებისა და მოსაკრებლების მოქმედი განაკვეთები
tfa-1-1-c = მოსაკრებლები და გადასახდელები
tfa-1-1-d = საქონლის კლასიფიკაციისა და საბაჟო შეფასების წესები
tfa-1-1-e = წარმოშობის წესებთან დაკავშირებული კანონები, რეგულაციები და გადაწყვეტილებები
tfa-1-1-f = იმპორტის, ექსპორტისა და ტრანზიტის შეზღუდვები ან აკრძალვები
tfa-1-1-g = სანქციების შესახებ დებულებები
tfa-1-1-h = გასაჩივრებისა და გადასინჯვის პროცედურები
tfa-1-1-i = სხვა ქვეყნებთან დადებული შეთანხმებები იმპორტის, ექსპორტისა და ტრანზიტის შესახებ
tfa-1-1-j = სატარიფო კვოტების ადმინისტრირების პროცედურები
tfa-1-2 = ინტერნეტით ხელმისაწვდომი ინფორმაცია
tfa-1-3 = საინფორმაციო ცენტრები

filter-all = ყველა
tools-filter-status = ინსტრუმენტების ჩვენება ამ ადმინისტრაციაში მათი სტატუსის მიხედვით

## Search

search-title = ძიება
search-label = საიტზე ძიება
search-placeholder = საქონელი, კოდი, პროცედურა, მოსაკრებელი…
search-button = ძიება
search-kind = ჩვენება
search-kind-all = ყველაფერი
search-kind-tariff = სატარიფო კოდები
search-kind-page = სხვა გვერდები
search-hint = შეიყვანეთ სიტყვები ნებისმიერი ფორმით ან სატარიფო კოდი წერტილებით ან მათ გარეშე ({ $code }).
search-needs-script = ძიებისთვის საჭიროა JavaScript. სანაცვლოდ შეგიძლიათ ტარიფი დაათვალიეროთ კარებისა და ჯგუფების მიხედვით.
search-count = შედეგები:
search-chapter = ტარიფის ჯგუფი
search-none = „{ $query }“-ზე შედეგები არ მოიძებნა.
search-note-code = კოდი { $asked } არ არსებობს. ნაჩვენებია { $found }.
search-note-typo = „{ $asked }“-ზე შედეგები არ მოიძებნა. ნაჩვენებია შედეგები „{ $found }“-ზე.
search-result-tariff = სატარიფო კოდი
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = ბაჟი საბაჟო გადასახადი ტარიფი განაკვეთი
search-previous = წინა
search-next = შემდეგი

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
