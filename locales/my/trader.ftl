# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = ငွေလဲနှုန်း
kind-plural-exchange-rate = အကောက်ခွန်တန်ဖိုးသတ်မှတ်ရန် ငွေလဲနှုန်းများ
tariff-col-excise = ထုတ်ကုန်ခွန်
tariff-col-vat = တန်ဖိုးမြှင့်ခွန်
xrate-currency = ငွေကြေး
xrate-rate = တစ်ယူနစ်လျှင် { $currency }
xrate-in-force-current = အာဏာတည်သော နှုန်းများ
xrate-in-force-since = { $date } မှစ၍ အာဏာတည်သော နှုန်းများ
xrate-next = နောက်နှုန်း
xrate-history = အချိန်အလိုက် နှုန်းများ
xrate-state-past = ကုန်ဆုံးပြီး
xrate-state-in_force = အာဏာတည်ဆဲ
xrate-state-scheduled = သတ်မှတ်ထားသည်
calc-title = အကောက်ခွန်နှင့် အခွန်များကို ခန့်မှန်းရန်
calc-estimate = ဤသည်မှာ ခန့်မှန်းချက်သာဖြစ်ပြီး အခွန်စည်းကြပ်ချက် မဟုတ်ပါ- အကောက်ခွန်ဌာနက ကြေညာလွှာအပေါ် အကောက်ခွန်နှင့် အခွန်များကို စည်းကြပ်သည်။ အမှိုက်ဈေးရောင်းချမှုဆန့်ကျင်ရေးခွန်၊ ကာကွယ်ရေးခွန်၊ အခကြေးငွေများနှင့် ကုန်ပစ္စည်းများ ရနိုင်သော လျှော့ချမှုများ မပါဝင်ပါ။
calc-value = အကောက်ခွန်တန်ဖိုး
calc-currency = ငွေကြေး
calc-quantity = ပမာဏ ({ $unit })
calc-regime = အကောက်ခွန်နှုန်း
calc-submit = တွက်ချက်ရန်
calc-col-step = အဆင့်
calc-col-formula = တွက်ချက်ပုံ
calc-col-amount = ငွေပမာဏ
calc-step-value = { $currency } ဖြင့် အကောက်ခွန်တန်ဖိုး
calc-step-duty = အကောက်ခွန် ({ $regime })
calc-step-total = အကောက်ခွန်နှင့် အခွန်များ
calc-example = ဥပမာ- အကောက်ခွန်တန်ဖိုး { $value } { $currency } နှင့် { $quantity } { $unit }၊ { $regime } နှုန်းဖြင့်
calc-yours = သင့်ကုန်ပစ္စည်း- အကောက်ခွန်တန်ဖိုး { $value } { $currency } နှင့် { $quantity } { $unit }၊ { $regime } နှုန်းဖြင့်
calc-total = ခန့်မှန်း အကောက်ခွန်နှင့် အခွန်များ- { $amount }
calc-at-least = အနည်းဆုံး
calc-at-most = အများဆုံး
calc-invalid = အကောက်ခွန်တန်ဖိုးနှင့် ပမာဏကို ဂဏန်းဖြင့် ထည့်ပါ။
calc-no-rate = ဤနေ့စွဲတွင် { $currency } အတွက် ငွေလဲနှုန်း မရှိပါ။
tariff-tax-waived = { $regimes } နှုန်းဖြင့် မကောက်ခံပါ
calc-multiple = { $one } { $word } = { $times } { $currency }: အကောက်ခွန်တန်ဖိုးကို { $currency } ဖြင့် ထည့်ပါ။
calc-rates-link = အကောက်ခွန်တန်ဖိုးသတ်မှတ်ရာတွင် သုံးသော ငွေလဲနှုန်းများ

change-exchange-rate = { $when ->
    [dated] { $title }- နှုန်းသည် { $date } တွင် { $old } မှ { $new } သို့ ပြောင်းမည်
   *[other] { $title }- နှုန်းသည် { $old } မှ { $new } သို့ ပြောင်းခဲ့သည်
}
change-exchange-rate-revised = { $title }- { $date } မှစ၍ နှုန်းသည် ယခု { $new } ဖြစ်သည်၊ { $old } မဟုတ်ပါ
change-exchange-rate-moved = { $title }- { $new } နှုန်းသည် ယခု { $date } မှစ၍ သက်ရောက်သည်၊ { $was } မဟုတ်ပါ
change-exchange-rate-withdrawn = { $title }- { $date } တွင် နှုန်းကို { $new } သို့ ပြောင်းခြင်းကို ရုပ်သိမ်းလိုက်သည်

kind-origin = မူလဇာစ်စည်းမျဉ်းများ
kind-plural-origin = မူလဇာစ်စည်းမျဉ်းများ
origin-rule = မူလဇာစ်စည်းမျဉ်း
origin-rules = ကုန်ပစ္စည်းအလိုက် စည်းမျဉ်းများ
origin-proof = မူလဇာစ်အထောက်အထား
origin-agreement = သဘောတူညီချက်
origin-column = ဦးစားပေးနှုန်း
origin-or = သို့မဟုတ်
origin-and = နှင့်
origin-term-wo = အပြည့်အဝ ရရှိသော
origin-term-pe = မူလဇာစ်ပစ္စည်းများမှ အပြည့်အဝ ထုတ်လုပ်သော
origin-term-cc = အခန်းပြောင်းလဲမှု
origin-term-cth = ခေါင်းစဉ်ပြောင်းလဲမှု
origin-term-ctsh = ခေါင်းစဉ်ခွဲပြောင်းလဲမှု
origin-term-rvc = ဒေသတွင်း တန်ဖိုးပါဝင်မှု အနည်းဆုံး { $percent }%

kind-quota = အခွန်ကိုတာ
kind-plural-quota = အခွန်ကိုတာများ
quota-order = ကိုတာနံပါတ်
quota-balance = { $date } ရှိ လက်ကျန်
quota-volume = ပမာဏ
quota-in = ကိုတာအတွင်း နှုန်း
quota-out = ကိုတာပြင်ပ နှုန်း
quota-period = ကိုတာကာလ
quota-period-dates = { $from } မှ { $to } အထိ
quota-allocation = ခွဲဝေပုံ
quota-allocation-first-come-first-served = အရင်လာ အရင်ရ
quota-allocation-licence = သွင်းကုန်လိုင်စင်များ
quota-allocation-historical = ယခင်တင်သွင်းမှုအလိုက် ဝေစု
quota-allocation-auction = လေလံ
quota-state-open = ဖွင့်ထားသည်
quota-state-exhausted = ကုန်သွားပြီ
quota-state-closed = ပိတ်ထားသည်
quota-history = အချိန်အလိုက် လက်ကျန်
change-quota-balance = { $when ->
    [dated] { $title }- လက်ကျန်သည် { $date } တွင် { $old } မှ { $new } သို့ ပြောင်းမည်
   *[other] { $title }- လက်ကျန်သည် { $old } မှ { $new } သို့ ပြောင်းခဲ့သည်
}
change-quota-balance-revised = { $title }- { $date } မှစ၍ လက်ကျန်သည် ယခု { $new } ဖြစ်သည်၊ { $old } မဟုတ်ပါ
change-quota-balance-moved = { $title }- { $new } လက်ကျန်သည် ယခု { $date } မှစ၍ သက်ရောက်သည်၊ { $was } မဟုတ်ပါ
change-quota-balance-withdrawn = { $title }- { $date } မှစ၍ { $new } လက်ကျန်ကို ရုပ်သိမ်းလိုက်သည်

kind-ruling = ကြိုတင်ဆုံးဖြတ်ချက်
kind-plural-ruling = တာဝန်ရှိသော ကြိုတင်ဆုံးဖြတ်ချက်များ
ruling-number = ဆုံးဖြတ်ချက်နံပါတ်
ruling-issued = ထုတ်ပြန်သည့်နေ့
ruling-goods = ကုန်ပစ္စည်း
ruling-type-classification = အမျိုးအစားခွဲခြားခြင်း
ruling-type-origin = မူလဇာစ်
ruling-type-valuation = တန်ဖိုးသတ်မှတ်ခြင်း
ruling-valid = အကျုံးဝင်သည်
ruling-valid-until = { $date } အထိ အကျုံးဝင်သည်
ruling-expired = { $date } တွင် သက်တမ်းကုန်သည်
