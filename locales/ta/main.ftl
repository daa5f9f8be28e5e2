# UI strings of the default theme, Tamil.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = முதன்மை உள்ளடக்கத்திற்குச் செல்லவும்
language-switcher = மொழி
main-navigation = முதன்மைப் பட்டி
breadcrumb = நீங்கள் இருக்கும் இடம்
footer-navigation = இந்தத் தளத்தைப் பற்றி
footer-published-by = வெளியிட்டது: { $site }.

## Dates

last-updated = கடைசியாகப் புதுப்பிக்கப்பட்டது:
published = வெளியிடப்பட்டது:

## Translations

notice-untranslated = இந்தப் பக்கம் இன்னும் மொழிபெயர்க்கப்படவில்லை. இது மூல மொழியில் ({ $original }) காட்டப்படுகிறது.
notice-stale = இந்த மொழிபெயர்ப்பு தற்போதைய நிலையில் இல்லாமல் இருக்கலாம்: மூல மொழிப் பதிப்பு ({ $original }) { $date } அன்று புதுப்பிக்கப்பட்டது.
notice-read-original = மூல மொழிப் பதிப்பைப் ({ $original }) படிக்கவும்.

## Sections and pages

on-this-page = இந்தப் பக்கத்தில்
in-this-section = { $count ->
    [one] இந்தப் பிரிவில் ஒரு பக்கம்
   *[other] இந்தப் பிரிவில் { $count } பக்கங்கள்
}
home-explore = தளத்தை ஆராயுங்கள்

## Errors and redirects

not-found-title = பக்கம் கிடைக்கவில்லை
not-found-text = நீங்கள் கோரிய பக்கம் இல்லை அல்லது வேறு இடத்திற்கு மாற்றப்பட்டுள்ளது. முகவரியைச் சரிபார்க்கவும், அல்லது முகப்புப் பக்கத்திலிருந்து மீண்டும் தொடங்கவும்.
not-found-home = முகப்புப் பக்கத்திற்குச் செல்லவும்
redirect-title = இந்தப் பக்கம் மாற்றப்பட்டுள்ளது
redirect-link = இந்தப் பக்கத்தின் புதிய முகவரிக்குச் செல்லவும்

## Language chooser

chooser-intro = உங்கள் மொழியைத் தேர்ந்தெடுக்கவும்.

## Tariff

tariff-sections = பிரிவுகள்
tariff-section = பிரிவு { $number }
tariff-other-chapters = பிற அத்தியாயங்கள்
tariff-chapter = அத்தியாயம் { $number }
tariff-chapter-notes-of = அத்தியாயம் { $number } குறிப்புகள்
tariff-see-chapter = அத்தியாயம் { $number } முழுவதையும் காண்க
tariff-lines = தீர்வை வரிசைகள்
tariff-lines-under = { $code } இன் கீழ் உள்ள வரிசைகள்
tariff-table-hint = ஒரு குறியீட்டைத் தேர்ந்தெடுத்து அதன் வரி விகிதங்களையும் அதற்குப் பொருந்தும் விதிகளையும் காணவும்.
tariff-no-rate = இல்லை
tariff-rates-current = நடைமுறையில் உள்ள தீர்வை விகிதங்கள்
tariff-rates-since = { $date } முதல் நடைமுறையில் உள்ள தீர்வை விகிதங்கள்
tariff-rates-from = { $date } முதல் பொருந்தும் தீர்வை விகிதங்கள்
tariff-rates-until = { $date } வரை பொருந்திய தீர்வை விகிதங்கள்
tariff-rate-from = { $date } முதல் { $rate }
tariff-line-not-yet = இந்த வரிசை இன்னும் நடைமுறைக்கு வரவில்லை: இது { $date } முதல் பொருந்தும்.
tariff-line-ended = இந்த வரிசை இனி நடைமுறையில் இல்லை: இதன் கடைசி நாள் { $date }.
tariff-line-ending = இந்த வரிசை { $date } வரை நடைமுறையில் இருக்கும்: அதுவே இதன் கடைசி நாள்.
tariff-replaced-by = { $date } முதல் இந்த வரிசைக்குப் பதிலாகப் பின்வரும் வரிசைகள் பொருந்தும்:
tariff-replaces = { $date } முதல் இந்த வரிசை பின்வரும் வரிசைகளுக்குப் பதிலாகப் பொருந்தும்:
tariff-timeline = காலவாரியான விகிதங்கள்
tariff-timeline-column = நெடுவரிசை
tariff-timeline-rate = விகிதம்
tariff-timeline-from = தொடக்கம்
tariff-timeline-to = முடிவு
tariff-timeline-state = நிலை
tariff-state-past = முந்தையது
tariff-state-in_force = நடைமுறையில் உள்ளது
tariff-state-scheduled = திட்டமிடப்பட்டது
tariff-level-heading = தலைப்பு
tariff-level-subheading = உபதலைப்பு
tariff-level-national_line = தேசியத் தீர்வை வரிசை
tariff-col-code = குறியீடு
tariff-col-description = விவரம்
tariff-col-unit = அலகு
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = குறிப்பு

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = வரி விலக்கு
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, குறைந்தபட்சம் { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, அதிகபட்சம் { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = நடைமுறை
kind-fee = கட்டணம் அல்லது செலுத்தல்
kind-measure = நடவடிக்கை
kind-tool = உலக சுங்க அமைப்பின் ஆவணம் அல்லது கருவி
kind-legal = சட்ட ஆவணம்
kind-form = படிவம்
kind-agency = முகமை
kind-notice = அறிவிப்பு
kind-plural-procedure = நடைமுறைகள்
kind-plural-fee = கட்டணங்களும் செலுத்தல்களும்
kind-plural-measure = நடவடிக்கைகள்: தடைகள், கட்டுப்பாடுகள் மற்றும் உரிமங்கள்
kind-plural-tool = உலக சுங்க அமைப்பின் ஆவணங்களும் கருவிகளும்
kind-plural-legal = சட்ட ஆவணங்கள்
kind-plural-form = படிவங்கள்
kind-plural-agency = முகமைகள்
kind-plural-notice = அறிவிப்புகள்
backlinks-title = இதைக் குறிப்பிடும் பக்கங்கள்
tariff-what-applies = இந்தப் பொருட்களுக்குப் பொருந்துபவை
footer-enquiry-point = கேள்விகள் உள்ளனவா? தேசிய விசாரணை மையத்தைத் தொடர்புகொள்ளவும்

field-legal-basis = சட்ட அடிப்படை
field-hs = தொடர்புடைய பொருட்கள் (தீர்வைக் குறியீடுகள்)
field-direction = பரிவர்த்தனை வகை
field-agencies = தொடர்புடைய முகமைகள்
field-agency = முகமை
field-tools = பின்பற்றப்படும் சர்வதேசத் தரநிலைகள்
field-duration = வழக்கமான கால அளவு
field-amount = தொகை
field-per = கட்டண அடிப்படை
field-reason = கட்டணம் விதிக்கப்படுவதற்கான காரணம்
field-authority = வசூலிக்கும் அமைப்பு
field-payment = செலுத்தும் முறை
field-published = வெளியிடப்பட்ட தேதி
field-effective = நடைமுறைக்கு வரும் தேதி
field-effective-proposed = முன்மொழியப்பட்ட நடைமுறைக்கு வரும் தேதி
field-until = வசூலிக்கப்படும் கடைசி நாள்
field-acronym = சுருக்கப்பெயர்
field-category = துறை
field-status = நிலை
field-issuer = வெளியிட்டவர்
field-adopted = ஏற்றுக்கொள்ளப்பட்ட தேதி
field-url = அதிகாரப்பூர்வப் பக்கம்
field-related = தொடர்புடைய ஆவணங்கள்
field-type = வகை
field-number = எண்
field-signed = கையொப்பமிட்ட தேதி
field-official-text = அதிகாரப்பூர்வ உரை
field-download = பதிவிறக்கவும்
field-email = மின்னஞ்சல்
field-phone = தொலைபேசி
field-address = முகவரி
field-hours = அலுவலக நேரம்
field-comment-until = கருத்துகள் ஏற்கப்படும் இறுதித் தேதி
field-affects = தொடர்புடையவை

direction-import = இறக்குமதி
direction-export = ஏற்றுமதி
direction-transit = இடைவழிப் போக்குவரத்து
direction-both = இறக்குமதியும் ஏற்றுமதியும்
direction-other = பிற நடைமுறைகள்
filter-by-direction = நடைமுறைகளைக் காட்டு

## Procedures

procedure-summary = சுருக்கமாக
procedure-steps-count = படிநிலைகளின் எண்ணிக்கை
procedure-total-time = வழக்கமான மொத்தக் கால அளவு
procedure-total-fees = கட்டணங்கள்
procedure-fees-more = { $count ->
    [one] அத்துடன், சூழ்நிலையைப் பொறுத்த ஒரு கட்டணம்
   *[other] அத்துடன், சூழ்நிலையைப் பொறுத்த { $count } கட்டணங்கள்
}
procedure-fees-varying = { $count ->
    [one] சூழ்நிலையைப் பொறுத்த ஒரு கட்டணம்
   *[other] சூழ்நிலையைப் பொறுத்த { $count } கட்டணங்கள்
}
procedure-documents = தயாரிக்க வேண்டிய ஆவணங்கள்
procedure-steps = படிப்படியாக
procedure-steps-n = { $count ->
    [one] ஒரு படிநிலை
   *[other] { $count } படிநிலைகள்
}
duration-days = { $count ->
    [one] { $count } நாள்
   *[other] { $count } நாட்கள்
}
duration-hours = { $count ->
    [one] { $count } மணிநேரம்
   *[other] { $count } மணிநேரம்
}
duration-minutes = { $count ->
    [one] { $count } நிமிடம்
   *[other] { $count } நிமிடங்கள்
}
duration-range = { $min } முதல் { $max } வரை
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = கட்டணங்கள் மற்றும் செலுத்தல்களின் அட்டவணை
fee-tiers = தொகைகள்
fee-see-tiers = தொகைகளைக் காண்க
fee-per-declaration = ஒரு அறிவிப்புப் படிவத்திற்கு
fee-per-consignment = ஒரு சரக்கனுப்பலுக்கு
fee-per-container = ஒரு கொள்கலனுக்கு
fee-per-certificate = ஒரு சான்றிதழுக்கு
fee-per-hour = ஒரு மணிநேரத்திற்கு
fee-per-application = ஒரு விண்ணப்பத்திற்கு
fee-per-day = ஒரு நாளுக்கு
fee-per-page = ஒரு பக்கத்திற்கு
fee-per-item = ஒரு பொருளுக்கு
fee-in-force-current = நடைமுறையில் உள்ளது
fee-in-force-since = { $date } முதல் நடைமுறையில் உள்ளது
fee-amount-from = { $date } முதல் { $amount }
fee-changes-on = { $date } முதல் தொகைகள் மாறுகின்றன
fee-not-yet = இன்னும் நடைமுறைக்கு வரவில்லை: இந்தக் கட்டணம் { $date } முதல் வசூலிக்கப்படும்.
fee-ended = இனி நடைமுறையில் இல்லை: இந்தக் கட்டணம் கடைசியாக { $date } அன்று வசூலிக்கப்பட்டது.
fee-state-not-yet = இன்னும் நடைமுறைக்கு வரவில்லை
fee-state-ended = இனி நடைமுறையில் இல்லை
fee-timeline = காலவாரியான தொகைகள்
fee-timeline-tier = வகை
fee-timeline-from = தொடக்கம்
fee-timeline-to = கடைசி நாள்
fee-timeline-state = நிலை
fee-value-past = முந்தையது
fee-value-in_force = நடைமுறையில் உள்ளது
fee-value-scheduled = திட்டமிடப்பட்டது

## WCO tools

tools-by-category = துறைகள்
tool-category-conventions = உடன்படிக்கைகளும் ஒப்பந்தங்களும்
tool-category-facilitation = வர்த்தக வசதியாக்கம்
tool-category-security = விநியோகச் சங்கிலிப் பாதுகாப்பு
tool-category-nomenclature = வகைப்படுத்தல்
tool-category-valuation = சுங்க மதிப்பீடு
tool-category-origin = பிறப்பிடம்
tool-category-enforcement = அமலாக்கமும் இணக்கமும்
tool-category-capacity-building = திறன் மேம்பாடு
tool-category-data = தரவும் தொழில்நுட்பமும்
tool-category-revenue = வருவாய்
tool-status-contracting-party = ஒப்பந்தத் தரப்பு
tool-status-applied = நடைமுறைப்படுத்தப்பட்டது
tool-status-in-progress = நடைமுறைப்படுத்தப்பட்டு வருகிறது
tool-status-not-applied = நடைமுறைப்படுத்தப்படவில்லை
tool-status-reference = குறிப்பு ஆவணம்

## Measures, legal texts, notices

measure-type-prohibition = தடை
measure-type-restriction = கட்டுப்பாடு
measure-type-licence = உரிமம் அல்லது அனுமதி
measure-type-sps = சுகாதார மற்றும் தாவரச் சுகாதார நடவடிக்கை
measure-type-tbt = தொழில்நுட்பத் தேவை
measure-type-quota = ஒதுக்கீடு
measure-type-other = பிற நடவடிக்கை
legal-type-law = சட்டம்
legal-type-decree = ஆணை
legal-type-circular = சுற்றறிக்கை
legal-type-ruling = தீர்ப்பு
legal-type-agreement = சர்வதேச ஒப்பந்தம்
notice-status-draft-for-comment = கருத்துகளுக்குத் திறந்துள்ளது
notice-status-adopted = ஏற்றுக்கொள்ளப்பட்டது
notice-status-in-force = நடைமுறையில் உள்ளது
notice-status-repealed = நீக்கப்பட்டது
notice-consultation-open = இந்த வரைவு { $date } வரை கருத்துகளுக்குத் திறந்துள்ளது. உங்கள் கருத்துகளை அனுப்ப வேண்டிய முகவரி:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] ஒரு விவரம் இன்னும் இந்தத் தளத்தில் வெளியிடப்படவில்லை.
   *[other] { $count } விவரங்கள் இன்னும் இந்தத் தளத்தில் வெளியிடப்படவில்லை.
}
tfa-not-covered = இன்னும் வெளியிடப்படவில்லை
tfa-1-1-a = இறக்குமதி, ஏற்றுமதி மற்றும் இடைவழிப் போக்குவரத்து நடைமுறைகள், தேவையான படிவங்கள் மற்றும் ஆவணங்கள்
tfa-1-1-b = நடைமுறையில் உள்ள தீர்வை மற்றும் வரி விகிதங்கள்
tfa-1-1-c = கட்டணங்களும் செலுத்தல்களும்
tfa-1-1-d = பொருட்களின் வகைப்படுத்தல் அல்லது மதிப்பீட்டுக்கான விதிகள்
tfa-1-1-e = பிறப்பிட விதிகள் தொடர்பான சட்டங்கள், ஒழுங்குமுறைகள் மற்றும் தீர்ப்புகள்
tfa-1-1-f = இறக்குமதி, ஏற்றுமதி அல்லது இடைவழிப் போக்குவரத்து மீதான கட்டுப்பாடுகள் அல்லது தடைகள்
tfa-1-1-g = தண்டனை தொடர்பான விதிகள்
tfa-1-1-h = மேல்முறையீடு அல்லது மறுஆய்வு நடைமுறைகள்
tfa-1-1-i = இறக்குமதி, ஏற்றுமதி அல்லது இடைவழிப் போக்குவரத்து தொடர்பாகப் பிற நாடுகளுடனான ஒப்பந்தங்கள்
tfa-1-1-j = தீர்வை ஒதுக்கீடுகளை நிர்வகிப்பதற்கான நடைமுறைகள்
tfa-1-2 = இணையம் வழியாகக் கிடைக்கும் தகவல்கள்
tfa-1-3 = விசாரணை மையங்கள்

filter-all = அனைத்தும்
tools-filter-status = இந்த நிர்வாகத்தின் நிலையின்படி ஆவணங்களைக் காட்டு

## Search

search-title = தேடல்
search-label = தளத்தில் தேடவும்
search-placeholder = பொருள், குறியீடு, நடைமுறை, கட்டணம்…
search-button = தேடு
search-kind = காட்டு
search-kind-all = அனைத்தும்
search-kind-tariff = தீர்வைக் குறியீடுகள்
search-kind-page = பிற பக்கங்கள்
search-hint = சொற்களை எந்த வடிவத்திலும் தட்டச்சு செய்யலாம், அல்லது புள்ளிகளுடனோ இல்லாமலோ தீர்வைக் குறியீட்டை உள்ளிடலாம் ({ $code }).
search-needs-script = தேடலுக்கு JavaScript தேவை. அதற்குப் பதிலாக, பிரிவு மற்றும் அத்தியாய வாரியாகத் தீர்வை அட்டவணையைப் பார்வையிடலாம்.
search-count = முடிவுகள்:
search-chapter = தீர்வை அத்தியாயம்
search-none = “{ $query }” க்கு முடிவுகள் இல்லை.
search-note-code = { $asked } என்ற குறியீடு இல்லை. { $found } காட்டப்படுகிறது.
search-note-typo = “{ $asked }” க்கு முடிவுகள் இல்லை. “{ $found }” க்கான முடிவுகள் காட்டப்படுகின்றன.
search-result-tariff = சுங்கவரி குறியீடு
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = சுங்கவரி சுங்க வரி தீர்வை விகிதம்
search-previous = முந்தைய
search-next = அடுத்த

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
