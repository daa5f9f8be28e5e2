# UI strings of the default theme, Burmese (Myanmar).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = အဓိကအကြောင်းအရာသို့ ကျော်သွားရန်
language-switcher = ဘာသာစကား
main-navigation = ပင်မမီနူး
breadcrumb = သင်ရောက်ရှိနေသည့်နေရာ
footer-navigation = ဤဝက်ဘ်ဆိုက်အကြောင်း
footer-published-by = { $site } မှ ထုတ်ပြန်သည်။

## Dates

last-updated = နောက်ဆုံးပြင်ဆင်သည့်နေ့:
published = ထုတ်ပြန်သည့်နေ့:

## Translations

notice-untranslated = ဤစာမျက်နှာကို ဘာသာမပြန်ရသေးပါ။ မူရင်းဘာသာ ({ $original }) ဖြင့် ဖော်ပြထားပါသည်။
notice-stale = ဤဘာသာပြန်သည် နောက်ဆုံးအခြေအနေနှင့် ကိုက်ညီမှုမရှိနိုင်ပါ- မူရင်းဘာသာ ({ $original }) ကို { $date } တွင် ပြင်ဆင်ထားပါသည်။
notice-read-original = မူရင်းဘာသာ ({ $original }) ဖြင့် ဖတ်ရှုရန်။

## Sections and pages

on-this-page = ဤစာမျက်နှာတွင်
in-this-section = { $count ->
   *[other] ဤကဏ္ဍတွင် စာမျက်နှာ { $count } ခု ရှိသည်
}
home-explore = ဝက်ဘ်ဆိုက်ကို လေ့လာရန်

## Errors and redirects

not-found-title = စာမျက်နှာ မတွေ့ပါ
not-found-text = သင်တောင်းဆိုသည့် စာမျက်နှာ မရှိပါ သို့မဟုတ် နေရာပြောင်းသွားပါပြီ။ လိပ်စာကို စစ်ဆေးပါ သို့မဟုတ် ပင်မစာမျက်နှာမှ ပြန်လည်စတင်ပါ။
not-found-home = ပင်မစာမျက်နှာသို့ သွားရန်
redirect-title = ဤစာမျက်နှာ နေရာပြောင်းသွားပါပြီ
redirect-link = ဤစာမျက်နှာ၏ လိပ်စာအသစ်သို့ သွားရန်

## Language chooser

chooser-intro = ဘာသာစကား ရွေးချယ်ပါ။

## Tariff

tariff-sections = အပိုင်းများ
tariff-section = အပိုင်း { $number }
tariff-other-chapters = အခြားအခန်းများ
tariff-chapter = အခန်း { $number }
tariff-chapter-notes-of = အခန်း { $number } ၏ မှတ်ချက်များ
tariff-see-chapter = အခန်း { $number } တစ်ခုလုံးကို ကြည့်ရန်
tariff-lines = တာရိဖ်လိုင်းများ
tariff-lines-under = { $code } အောက်ရှိ တာရိဖ်လိုင်းများ
tariff-table-hint = ကုဒ်တစ်ခုကို ရွေးချယ်၍ ၎င်း၏ အခွန်နှုန်းများနှင့် သက်ဆိုင်သည့် စည်းမျဉ်းများကို ကြည့်ရှုပါ။
tariff-no-rate = မရှိ
tariff-rates-current = အာဏာတည်သည့် အကောက်ခွန်နှုန်းများ
tariff-rates-since = { $date } မှစ၍ အာဏာတည်သည့် အကောက်ခွန်နှုန်းများ
tariff-rates-from = { $date } မှစ၍ ကျင့်သုံးမည့် အကောက်ခွန်နှုန်းများ
tariff-rates-until = { $date } အထိ ကျင့်သုံးခဲ့သည့် အကောက်ခွန်နှုန်းများ
tariff-rate-from = { $date } မှစ၍ { $rate }
tariff-line-not-yet = ဤတာရိဖ်လိုင်းသည် အာဏာမတည်သေးပါ- { $date } မှစ၍ ကျင့်သုံးမည်။
tariff-line-ended = ဤတာရိဖ်လိုင်းသည် အာဏာမတည်တော့ပါ- နောက်ဆုံးနေ့မှာ { $date } ဖြစ်သည်။
tariff-line-ending = ဤတာရိဖ်လိုင်းသည် { $date } အထိ အာဏာတည်သည်- ထိုနေ့သည် နောက်ဆုံးနေ့ ဖြစ်သည်။
tariff-replaced-by = { $date } မှစ၍ ဤတာရိဖ်လိုင်းကို အောက်ပါတာရိဖ်လိုင်းများဖြင့် အစားထိုးသည်:
tariff-replaces = { $date } မှစ၍ ဤတာရိဖ်လိုင်းသည် အောက်ပါတာရိဖ်လိုင်းများကို အစားထိုးသည်:
tariff-timeline = အချိန်အလိုက် နှုန်းထားများ
tariff-timeline-column = ကော်လံ
tariff-timeline-rate = နှုန်း
tariff-timeline-from = စတင်သည့်နေ့
tariff-timeline-to = ပြီးဆုံးသည့်နေ့
tariff-timeline-state = အခြေအနေ
tariff-state-past = ကုန်ဆုံးပြီး
tariff-state-in_force = အာဏာတည်ဆဲ
tariff-state-scheduled = သတ်မှတ်ထားသည်
tariff-level-heading = ခေါင်းစဉ်
tariff-level-subheading = ခေါင်းစဉ်ခွဲ
tariff-level-national_line = နိုင်ငံအဆင့် တာရိဖ်လိုင်း
tariff-col-code = ကုဒ်
tariff-col-description = ကုန်ပစ္စည်းဖော်ပြချက်
tariff-col-unit = ယူနစ်
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = မှတ်ချက်

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = ကင်းလွတ်ခွင့်
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%၊ အနည်းဆုံး { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%၊ အများဆုံး { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = လုပ်ထုံးလုပ်နည်း
kind-fee = အခကြေးငွေ သို့မဟုတ် ကောက်ခံငွေ
kind-measure = အစီအမံ
kind-tool = ကမ္ဘာ့အကောက်ခွန်အဖွဲ့၏ စာချုပ်စာတမ်း သို့မဟုတ် ကိရိယာ
kind-legal = ဥပဒေဆိုင်ရာ စာတမ်း
kind-form = ပုံစံ
kind-agency = ဌာန
kind-notice = အသိပေးကြေညာချက်
kind-plural-procedure = လုပ်ထုံးလုပ်နည်းများ
kind-plural-fee = အခကြေးငွေနှင့် ကောက်ခံငွေများ
kind-plural-measure = အစီအမံများ- တားမြစ်ချက်၊ ကန့်သတ်ချက်နှင့် လိုင်စင်များ
kind-plural-tool = ကမ္ဘာ့အကောက်ခွန်အဖွဲ့၏ စာချုပ်စာတမ်းနှင့် ကိရိယာများ
kind-plural-legal = ဥပဒေဆိုင်ရာ စာတမ်းများ
kind-plural-form = ပုံစံများ
kind-plural-agency = ဌာနများ
kind-plural-notice = အသိပေးကြေညာချက်များ
backlinks-title = ရည်ညွှန်းထားသည့် စာမျက်နှာများ
tariff-what-applies = ဤကုန်ပစ္စည်းများနှင့် သက်ဆိုင်သည့် အချက်များ
footer-enquiry-point = မေးမြန်းလိုသည်များ ရှိပါသလား။ အမျိုးသား စုံစမ်းမေးမြန်းရေးဌာနသို့ မေးမြန်းပါ

field-legal-basis = ဥပဒေအခြေခံ
field-hs = သက်ဆိုင်သည့် ကုန်ပစ္စည်းများ (တာရိဖ်ကုဒ်များ)
field-direction = လုပ်ငန်းအမျိုးအစား
field-agencies = ပါဝင်သည့် ဌာနများ
field-agency = ဌာန
field-tools = ကျင့်သုံးသည့် နိုင်ငံတကာစံနှုန်းများ
field-duration = ပုံမှန်ကြာချိန်
field-amount = ပမာဏ
field-per = ကောက်ခံသည့် အခြေခံ
field-reason = ကောက်ခံရသည့် အကြောင်းရင်း
field-authority = ကောက်ခံသည့် ဌာန
field-payment = ငွေပေးချေပုံ
field-published = ထုတ်ပြန်သည့်နေ့
field-effective = အာဏာတည်သည့်နေ့
field-effective-proposed = အာဏာတည်မည့် အဆိုပြုရက်စွဲ
field-until = ကောက်ခံသည့် နောက်ဆုံးနေ့
field-acronym = အတိုကောက်
field-category = နယ်ပယ်
field-status = အခြေအနေ
field-issuer = ထုတ်ပြန်သူ
field-adopted = အတည်ပြုသည့်နေ့
field-url = တရားဝင် စာမျက်နှာ
field-related = ဆက်စပ် စာချုပ်စာတမ်းများ
field-type = အမျိုးအစား
field-number = အမှတ်
field-signed = လက်မှတ်ရေးထိုးသည့်နေ့
field-official-text = တရားဝင် စာသား
field-download = ဒေါင်းလုဒ်လုပ်ရန်
field-email = အီးမေးလ်
field-phone = ဖုန်း
field-address = လိပ်စာ
field-hours = ရုံးဖွင့်ချိန်
field-comment-until = အကြံပြုချက် ပေးပို့နိုင်သည့် နောက်ဆုံးနေ့
field-affects = သက်ရောက်မှုရှိသည်များ

direction-import = သွင်းကုန်
direction-export = ပို့ကုန်
direction-transit = ဖြတ်သန်းပို့ဆောင်ခြင်း
direction-both = သွင်းကုန်နှင့် ပို့ကုန်
direction-other = အခြား လုပ်ထုံးလုပ်နည်းများ
filter-by-direction = ပြသရန် လုပ်ထုံးလုပ်နည်းများ

## Procedures

procedure-summary = အကျဉ်းချုပ်
procedure-steps-count = အဆင့်အရေအတွက်
procedure-total-time = ပုံမှန် စုစုပေါင်းကြာချိန်
procedure-total-fees = အခကြေးငွေများ
procedure-fees-more = { $count ->
   *[other] အခြေအနေအလိုက် သတ်မှတ်သည့် အခကြေးငွေ နောက်ထပ် { $count } မျိုး
}
procedure-fees-varying = { $count ->
   *[other] အခြေအနေအလိုက် သတ်မှတ်သည့် အခကြေးငွေ { $count } မျိုး
}
procedure-documents = ပြင်ဆင်ရမည့် စာရွက်စာတမ်းများ
procedure-steps = အဆင့်ဆင့်
procedure-steps-n = { $count ->
   *[other] အဆင့် { $count } ဆင့်
}
duration-days = { $count ->
   *[other] { $count } ရက်
}
duration-hours = { $count ->
   *[other] { $count } နာရီ
}
duration-minutes = { $count ->
   *[other] { $count } မိနစ်
}
duration-range = { $min } မှ { $max } အထိ
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = အခကြေးငွေနှင့် ကောက်ခံငွေ ဇယား
fee-tiers = ပမာဏများ
fee-see-tiers = ပမာဏများကို ကြည့်ရန်
fee-per-declaration = ကြေညာလွှာ တစ်စောင်လျှင်
fee-per-consignment = ကုန်တင်ပို့မှု တစ်ကြိမ်လျှင်
fee-per-container = ကွန်တိန်နာ တစ်လုံးလျှင်
fee-per-certificate = လက်မှတ် တစ်စောင်လျှင်
fee-per-hour = တစ်နာရီလျှင်
fee-per-application = လျှောက်လွှာ တစ်စောင်လျှင်
fee-per-day = တစ်ရက်လျှင်
fee-per-page = စာမျက်နှာ တစ်မျက်နှာလျှင်
fee-per-item = ပစ္စည်း တစ်ခုလျှင်
fee-in-force-current = အာဏာတည်သည်
fee-in-force-since = { $date } မှစ၍ အာဏာတည်သည်
fee-amount-from = { $date } မှစ၍ { $amount }
fee-changes-on = { $date } တွင် ပမာဏများ ပြောင်းလဲမည်
fee-not-yet = အာဏာမတည်သေးပါ- ဤအခကြေးငွေကို { $date } မှစ၍ ကောက်ခံမည်။
fee-ended = အာဏာမတည်တော့ပါ- ဤအခကြေးငွေကို နောက်ဆုံး { $date } တွင် ကောက်ခံခဲ့သည်။
fee-state-not-yet = အာဏာမတည်သေး
fee-state-ended = အာဏာမတည်တော့
fee-timeline = အချိန်အလိုက် ပမာဏများ
fee-timeline-tier = အမျိုးအစား
fee-timeline-from = စတင်သည့်နေ့
fee-timeline-to = နောက်ဆုံးနေ့
fee-timeline-state = အခြေအနေ
fee-value-past = ကုန်ဆုံးပြီး
fee-value-in_force = အာဏာတည်ဆဲ
fee-value-scheduled = သတ်မှတ်ထားသည်

## WCO tools

tools-by-category = နယ်ပယ်များ
tool-category-conventions = ကွန်ဗင်းရှင်းနှင့် သဘောတူညီချက်များ
tool-category-facilitation = ကုန်သွယ်မှု လွယ်ကူချောမွေ့ရေး
tool-category-security = ထောက်ပံ့ရေးကွင်းဆက် လုံခြုံရေး
tool-category-nomenclature = ကုန်ပစ္စည်း အမျိုးအစားခွဲခြားခြင်း
tool-category-valuation = အကောက်ခွန်တန်ဖိုး သတ်မှတ်ခြင်း
tool-category-origin = ကုန်ပစ္စည်း မူလဇာစ်မြစ်
tool-category-enforcement = ဥပဒေစိုးမိုးရေးနှင့် လိုက်နာမှု
tool-category-capacity-building = စွမ်းဆောင်ရည် မြှင့်တင်ခြင်း
tool-category-data = ဒေတာနှင့် နည်းပညာ
tool-category-revenue = အခွန်ဘဏ္ဍာ
tool-status-contracting-party = စာချုပ်ဝင်နိုင်ငံ
tool-status-applied = ကျင့်သုံးပြီး
tool-status-in-progress = အကောင်အထည်ဖော်ဆဲ
tool-status-not-applied = မကျင့်သုံးရသေး
tool-status-reference = ကိုးကားချက်

## Measures, legal texts, notices

measure-type-prohibition = တားမြစ်ချက်
measure-type-restriction = ကန့်သတ်ချက်
measure-type-licence = လိုင်စင် သို့မဟုတ် ခွင့်ပြုချက်
measure-type-sps = ကျန်းမာရေးနှင့် အပင်ကျန်းမာရေး
measure-type-tbt = နည်းပညာဆိုင်ရာ လိုအပ်ချက်
measure-type-quota = ကိုတာ
measure-type-other = အခြား အစီအမံ
legal-type-law = ဥပဒေ
legal-type-decree = အမိန့်ကြော်ငြာစာ
legal-type-circular = ညွှန်ကြားလွှာ
legal-type-ruling = ဆုံးဖြတ်ချက်
legal-type-agreement = နိုင်ငံတကာ သဘောတူညီချက်
notice-status-draft-for-comment = အကြံပြုချက် လက်ခံနေဆဲ
notice-status-adopted = အတည်ပြုပြီး
notice-status-in-force = အာဏာတည်ဆဲ
notice-status-repealed = ရုပ်သိမ်းပြီး
notice-consultation-open = ဤမူကြမ်းအတွက် အကြံပြုချက်များကို { $date } အထိ လက်ခံပါသည်။ အကြံပြုချက်များကို ပေးပို့ရန်

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
   *[other] ဤဝက်ဘ်ဆိုက်တွင် မထုတ်ပြန်ရသေးသည့် အချက် { $count } ချက် ရှိပါသည်။
}
tfa-not-covered = မထုတ်ပြန်ရသေး
tfa-1-1-a = သွင်းကုန်၊ ပို့ကုန်နှင့် ဖြတ်သန်းပို့ဆောင်မှု လုပ်ထုံးလုပ်နည်းများ၊ လိုအပ်သည့် ပုံစံများနှင့် စာရွက်စာတမ်းများ
tfa-1-1-b = ကျင့်သုံးနေသည့် အကောက်ခွန်နှင့် အခွန်နှုန်းထားများ
tfa-1-1-c = အခကြေးငွေနှင့် ကောက်ခံငွေများ
tfa-1-1-d = ကုန်ပစ္စည်း အမျိုးအစားခွဲခြားခြင်း သို့မဟုတ် တန်ဖိုးသတ်မှတ်ခြင်းဆိုင်ရာ စည်းမျဉ်းများ
tfa-1-1-e = မူလဇာစ်မြစ် စည်းမျဉ်းများနှင့် သက်ဆိုင်သည့် ဥပဒေ၊ နည်းဥပဒေနှင့် ဆုံးဖြတ်ချက်များ
tfa-1-1-f = သွင်းကုန်၊ ပို့ကုန် သို့မဟုတ် ဖြတ်သန်းပို့ဆောင်မှုဆိုင်ရာ ကန့်သတ်ချက် သို့မဟုတ် တားမြစ်ချက်များ
tfa-1-1-g = ပြစ်ဒဏ်ဆိုင်ရာ ပြဋ္ဌာန်းချက်များ
tfa-1-1-h = အယူခံဝင်ခြင်း သို့မဟုတ် ပြန်လည်သုံးသပ်ခြင်း လုပ်ထုံးလုပ်နည်းများ
tfa-1-1-i = သွင်းကုန်၊ ပို့ကုန် သို့မဟုတ် ဖြတ်သန်းပို့ဆောင်မှုဆိုင်ရာ အခြားနိုင်ငံများနှင့် သဘောတူညီချက်များ
tfa-1-1-j = တာရိဖ်ကိုတာ စီမံခန့်ခွဲမှု လုပ်ထုံးလုပ်နည်းများ
tfa-1-2 = အင်တာနက်မှတစ်ဆင့် ရရှိနိုင်သည့် သတင်းအချက်အလက်
tfa-1-3 = စုံစမ်းမေးမြန်းရေးဌာနများ

filter-all = အားလုံး
tools-filter-status = ဤအဖွဲ့အစည်း၏ ကျင့်သုံးမှုအခြေအနေအလိုက် စာချုပ်စာတမ်းများကို ပြသရန်

## Search

search-title = ရှာဖွေရန်
search-label = ဝက်ဘ်ဆိုက်တွင် ရှာဖွေရန်
search-placeholder = ကုန်ပစ္စည်း၊ ကုဒ်၊ လုပ်ထုံးလုပ်နည်း၊ အခကြေးငွေ…
search-button = ရှာဖွေရန်
search-kind = ပြသရန်
search-kind-all = အားလုံး
search-kind-tariff = တာရိဖ်ကုဒ်များ
search-kind-page = အခြား စာမျက်နှာများ
search-hint = စကားလုံးများကို မည်သည့်ပုံစံဖြင့်မဆို ရိုက်ထည့်ပါ၊ သို့မဟုတ် တာရိဖ်ကုဒ်ကို အစက်ပါသည်ဖြစ်စေ မပါသည်ဖြစ်စေ ရိုက်ထည့်ပါ ({ $code })။
search-needs-script = ရှာဖွေရန် JavaScript လိုအပ်ပါသည်။ ယင်းအစား တာရိဖ်ကို အပိုင်းနှင့် အခန်းအလိုက် ကြည့်ရှုနိုင်ပါသည်။
search-count = ရလဒ်များ:
search-chapter = တာရိဖ် အခန်း
search-none = “{ $query }” အတွက် ရလဒ်မရှိပါ။
search-note-code = { $asked } ကုဒ် မရှိပါ။ { $found } ကို ပြသထားသည်။
search-note-typo = “{ $asked }” အတွက် ရလဒ်မရှိပါ။ “{ $found }” အတွက် ရလဒ်များကို ပြသထားသည်။
search-result-tariff = အကောက်ခွန်ကုဒ်
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = အကောက်ခွန် အကောက်ခွန်နှုန်း နှုန်းထား တာရိဖ်
search-previous = ယခင်
search-next = နောက်

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
