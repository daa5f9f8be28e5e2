# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = ရှာဖွေမှုရလဒ်များနှင့် လင့်ခ်အစမ်းကြည့်ရှုမှုအတွက် စာကြောင်းတစ်ကြောင်း။
archetype-agency-body = ဤဌာန၏ နယ်စပ်ဆိုင်ရာ လုပ်ငန်းတာဝန်များနှင့် ကုန်သည်များ ဆက်သွယ်ရမည့် အခြေအနေများ။
archetype-agency-address = လမ်း၊ မြို့
archetype-agency-hours = တနင်္လာနေ့မှ သောကြာနေ့အထိ၊ 08:00–17:00
archetype-exchange-rate-body = ဤနှုန်းကို ကျင့်သုံးသည့် ကုန်ပစ္စည်းများနှင့် ကြေညာလွှာများ၊ နှုန်း၏ ရင်းမြစ်။
archetype-fee-reason = ဤအခကြေးငွေဖြင့် ပေးဆောင်သည့် ဝန်ဆောင်မှု (TFA ပုဒ်မ 6.1.2)။
archetype-fee-payment = ပေးချေပုံနှင့် ပေးချေရမည့်အချိန်။
archetype-fee-body = ပေးဆောင်ရမည့်သူ၊ ကင်းလွတ်ခွင့်များနှင့် ဥပမာများ။
archetype-form-body = ဖြည့်သွင်းရမည့်သူ၊ ဖြည့်သွင်းရမည့်အချိန်နှင့် တင်သွင်းရမည့်နေရာ။
archetype-legal-body = ဤစာတမ်းက ထိန်းချုပ်သည့်ကိစ္စ၊ သက်ဆိုင်သူများနှင့် အဓိက ပြဋ္ဌာန်းချက်များ။
archetype-measure-body = သက်ဆိုင်သည့် ကုန်ပစ္စည်းများ၊ ကုန်သည်က ဆောင်ရွက်ရမည့်အရာနှင့် လျှောက်ထားရမည့်နေရာ။
archetype-notice-body = ပြောင်းလဲသည့်အရာ၊ သက်ဆိုင်သူများနှင့် စတင်သက်ရောက်သည့်နေ့။
archetype-origin-proof = သဘောတူညီချက်က တောင်းဆိုသည့် မူလဇာစ်အထောက်အထား (ဥပမာ Form D သို့မဟုတ် မူလဇာစ်ကြေညာချက်)။
archetype-origin-body = သဘောတူညီချက်၏ မူလဇာစ်စည်းမျဉ်းများကို ထုတ်ပြန်ထားသည့်နေရာနှင့် စာရင်းတွင် မပါသည့် ကုဒ်များအတွက် အထွေထွေစည်းမျဉ်း။
archetype-page-body = ဤနေရာတွင် စာမျက်နှာကို Markdown ဖြင့် ရေးပါ။
archetype-procedure-summary = ကုန်သည်က ဆောင်ရွက်ရမည့်အရာနှင့် ရရှိမည့်အရာကို စာကြောင်းတစ်ကြောင်းဖြင့်။
archetype-procedure-step = ပထမအဆင့်- ကုန်သည် သို့မဟုတ် အကောက်ခွန်အရာရှိက ဆောင်ရွက်သည့်အရာ
archetype-procedure-document = ငွေတောင်းခံလွှာ (Commercial Invoice)
archetype-procedure-body = ဤလုပ်ထုံးလုပ်နည်းနှင့် သက်ဆိုင်သူများ၊ ပြင်ဆင်ရမည့်အရာများ၊ အဖြစ်များသော အမှားများနှင့် မေးခွန်းများ။ အကွက်အားလုံးအတွက် docs/content-kinds.md#procedures ကို ကြည့်ပါ။
archetype-quota-body = ကိုတာအောက်တွင် တင်သွင်းခွင့်ရှိသူများနှင့် လျှောက်ထားပုံ။
archetype-ruling-goods = ဆုံးဖြတ်ချက်တွင် ဖော်ပြထားသည့်အတိုင်း ကုန်ပစ္စည်း။
archetype-ruling-body = အကြောင်းပြချက်- ဆုံးဖြတ်ရာတွင် အခြေခံသည့် စည်းမျဉ်းများနှင့် မှတ်ချက်များ။
archetype-tool-body = ဤစာချုပ်စာတမ်း၏ သဘောသဘာဝနှင့် ဤအဖွဲ့အစည်းက ကျင့်သုံးပုံ။
archetype-translation-body = { $original } ၏ စာသားကို ဤနေရာတွင် ဘာသာပြန်ပါ- ခေါင်းစဉ်၊ ဖော်ပြချက်၊ စာသားအကွက်များနှင့် ကိုယ်ထည်စာသား။ ဒေတာ (ကုဒ်၊ ပမာဏ၊ ရက်စွဲ၊ ကိုးကားချက်) ကို မူရင်းမှ ယူသဖြင့် မထည့်ပါနှင့်။
