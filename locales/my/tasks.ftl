# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = သင့်ကုန်ပစ္စည်းအတွက် အခွန်ကို ရှာဖွေပါ
home-lookup-label = ကုန်စည်ကုဒ် သို့မဟုတ် ကုန်ပစ္စည်းဖော်ပြချက်
home-lookup-hint = ဥပမာ { $code } သို့မဟုတ် လှော်ထားသော ကော်ဖီ။
home-upcoming-title = နောက် { $days } ရက်အတွင်း အသက်ဝင်မည့်အရာများ
home-upcoming-none = နောက် { $days } ရက်အတွင်း အသက်ဝင်ရန် စီစဉ်ထားသည့်အရာ မရှိပါ။
home-upcoming-more = { $count ->
   *[other] ဤကာလအတွင်း အသက်ဝင်ရန် စီစဉ်ထားသည့် ပြောင်းလဲမှု နောက်ထပ် { $count } ခု ရှိပါသည်။
}
home-all-changes = ပြောင်းလဲမှုအားလုံး၊ ယခင်နှင့် စီစဉ်ထားသည်များ
home-consultations-title = ဖွင့်ထားသော အများပြည်သူ အကြံပြုချက်ရယူမှုများ
home-consultation-until = { $date } အထိ အကြံပြုနိုင်သည်
home-consultations-none = ယခုအချိန်တွင် ဖွင့်ထားသော အကြံပြုချက်ရယူမှု မရှိပါ။
home-recent-title = နောက်ဆုံး ပြောင်းလဲမှုများ
home-enquiry-title = မေးခွန်းများ ရှိပါသလား။
home-enquiry-text = အမျိုးသား စုံစမ်းရေးဌာနသည် အခွန်နှုန်း၊ လုပ်ထုံးလုပ်နည်းနှင့် အခကြေးငွေများအကြောင်း ကုန်သည်များ၏ မေးခွန်းများကို ဖြေကြားပေးသည်။
home-browse-title = ဝက်ဘ်ဆိုက်ကို ကြည့်ရှုရန်
tariff-headings-index = ဤအခန်းရှိ ခေါင်းစဉ်များ
tariff-columns-title = ကော်လံများ၏ အဓိပ္ပာယ်
tariff-index-about = အခွန်စာရင်းအကြောင်း
procedure-fee-if = သက်ဆိုင်ပါက
procedure-fees-conditional = အချို့ကိစ္စများတွင်သာ ကောက်ခံသည်
