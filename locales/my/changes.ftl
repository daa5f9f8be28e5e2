# UI strings of the default theme, Burmese (Myanmar): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = ပြောင်းလဲခဲ့သည်များနှင့် ပြောင်းလဲမည့်အရာများ
changes-title = ပြောင်းလဲမှုများ
changes-intro = ဤဝက်ဘ်ဆိုက်တွင် ပြောင်းလဲခဲ့သည်များနှင့် ပြောင်းလဲမည့်အရာများ- တာရိဖ်လိုင်းများနှင့် နှုန်းထားများ၊ အခကြေးငွေများ၊ လုပ်ထုံးလုပ်နည်းများ၊ အစီအမံများ၊ ကိရိယာများနှင့် အသိပေးကြေညာချက်များ။ ပြောင်းလဲမှုများ ထုတ်ပြန်သည်နှင့် သိရှိနိုင်ရန် ဖိဒ်ကို စာရင်းသွင်းပါ။
changes-upcoming = အာဏာတည်တော့မည့် အရာများ
changes-recent = မကြာသေးမီက ပြောင်းလဲမှုများ
changes-none = မှတ်တမ်းတင်ထားသည့် ပြောင်းလဲမှု မရှိသေးပါ။
changes-from-notices = ဤစာရင်းတွင် အသိပေးကြေညာချက်များနှင့် စာမျက်နှာများ နောက်ဆုံးပြင်ဆင်သည့်နေ့စွဲများကို ဖော်ပြထားပါသည်၊ နှုန်းထား သို့မဟုတ် တာရိဖ်လိုင်း ပြောင်းလဲမှုတိုင်းကိုမူ ဖော်ပြထားခြင်း မရှိပါ။
changes-feeds = စာရင်းသွင်းရန်
changes-feed-atom = Atom ဖိဒ်
changes-feed-json = JSON ဖိဒ်
changes-feed-chapter = အခန်း { $number }- { $title }
changes-kind-tariff = တာရိဖ်
changes-kind-procedures = လုပ်ထုံးလုပ်နည်းများ
changes-kind-fees = အခကြေးငွေနှင့် ကောက်ခံငွေများ
changes-kind-measures = အစီအမံများ
changes-kind-tools = ကမ္ဘာ့အကောက်ခွန်အဖွဲ့၏ ကိရိယာများ
changes-kind-notices = အသိပေးကြေညာချက်များ
changes-kind-pages = အခြား စာမျက်နှာများ
changes-filter-kind = ပြသရန်
changes-filter-chapter = တာရိဖ် အခန်း
changes-all-chapters = အခန်းအားလုံး
changes-effective = { $date } မှစ၍ အာဏာတည်သည်
changes-last-day = အာဏာတည်သည့် နောက်ဆုံးနေ့: { $date }
changes-history = ပြောင်းလဲမှု မှတ်တမ်း
changes-history-none = ဤစာမျက်နှာအတွက် မှတ်တမ်းတင်ထားသည့် ပြောင်းလဲမှု မရှိပါ။
changes-recorded = { $date } တွင် မှတ်တမ်းတင်သည်
change-none = မရှိ
change-line-added = { $when ->
    [dated] { $date } မှစ၍ တာရိဖ်လိုင်းအသစ် { $code }- { $description }
   *[other] တာရိဖ်လိုင်းအသစ် { $code }- { $description }
}
change-lines-added = အခန်း { $chapter } တွင် တာရိဖ်လိုင်း { $count } ခု ထပ်တိုးသည်
change-column-added = အခန်း { $chapter } တွင် { $column } ကော်လံ ထပ်တိုးသည်
change-column-removed = အခန်း { $chapter } မှ { $column } ကော်လံကို ပယ်ဖျက်သည်
change-line-removed = တာရိဖ်လိုင်း { $code } ကို ပယ်ဖျက်သည် ({ $description })
change-rate = { $when ->
    [dated] { $code } ၏ { $column } နှုန်းသည် { $date } တွင် { $old } မှ { $new } သို့ ပြောင်းလဲမည်
   *[other] { $code } ၏ { $column } နှုန်းသည် { $old } မှ { $new } သို့ ပြောင်းလဲခဲ့သည်
}
change-column = { $code } ၏ { $column } သည် { $old } မှ { $new } သို့ ပြောင်းလဲခဲ့သည်
change-description = { $code } ၏ ဖော်ပြချက်ကို ပြင်ဆင်သည်- { $description }
change-fee-amount = { $when ->
    [dated] { $title }- ပမာဏသည် { $date } တွင် { $old } မှ { $new } သို့ ပြောင်းလဲမည်
   *[other] { $title }- ပမာဏသည် { $old } မှ { $new } သို့ ပြောင်းလဲခဲ့သည်
}
change-fee-currency = { $title }- ငွေကြေးအမျိုးအစားသည် { $old } မှ { $new } သို့ ပြောင်းလဲခဲ့သည်
change-fee-effective = { $title }- { $date } တွင် အာဏာတည်မည်
change-steps = { $title }- အဆင့်များကို ပြင်ဆင်ပြီး ယခု { $new ->
   *[other] အဆင့် { $new } ဆင့်
} ရှိသည် (ယခင်- { $old })
change-documents = { $title }- လိုအပ်သည့် စာရွက်စာတမ်းများ ပြောင်းလဲခဲ့သည်
change-agencies = { $title }- ပါဝင်သည့် ဌာနများ ပြောင်းလဲခဲ့သည်
change-fees = { $title }- ကောက်ခံသည့် အခကြေးငွေများ ပြောင်းလဲခဲ့သည်
change-hs = { $title }- သက်ဆိုင်သည့် ကုန်ပစ္စည်းများ ပြောင်းလဲခဲ့သည်
change-items-added = ထပ်တိုးသည်- { $items }။
change-items-removed = ပယ်ဖျက်သည်- { $items }။
change-tool-status = { $title }- အခြေအနေသည် “{ $old }” မှ “{ $new }” သို့ ပြောင်းလဲခဲ့သည်
change-page-added = အသစ်- { $title }
change-page-removed = ရုပ်သိမ်းသည်- { $title }
change-text = ပြင်ဆင်သည်- { $title }
change-notice = အသိပေးကြေညာချက်- { $title }
change-updated = အသစ်ပြင်ဆင်သည်- { $title }
change-effective = { $date } တွင် အာဏာတည်မည်။

## ရက်စွဲပါတန်ဖိုးများ- တာရိဖ်လိုင်း၏ ပထမနေ့နှင့် နောက်ဆုံးနေ့၊ သတ်မှတ်ထားသော နှုန်း သို့မဟုတ် ပမာဏ။ $date သည် သက်ဆိုင်သည့်နေ့၊ $was သည် ယခင်သတ်မှတ်ထားသည့်နေ့။
change-line-starts = { $moved ->
    [yes] တာရိဖ်လိုင်း { $code } ကို { $was } အစား { $date } မှစ၍ ကျင့်သုံးမည် ({ $description })
   *[other] တာရိဖ်လိုင်း { $code } ကို { $date } မှစ၍ ကျင့်သုံးမည် ({ $description })
}
change-line-start-withdrawn = တာရိဖ်လိုင်း { $code } ကို { $date } မှစ၍ မဟုတ်ဘဲ ယခုပင် ကျင့်သုံးသည် ({ $description })
change-line-ends = { $moved ->
    [yes] တာရိဖ်လိုင်း { $code } ကို { $was } အစား { $date } အထိ ကျင့်သုံးမည် ({ $description })
   *[other] တာရိဖ်လိုင်း { $code } ကို { $date } အထိ ကျင့်သုံးမည် ({ $description })
}
change-line-end-withdrawn = တာရိဖ်လိုင်း { $code } သည် { $date } တွင် မပြီးဆုံးတော့ပါ ({ $description })
change-rate-revised = { $code } ၏ { $column } နှုန်း- { $date } တွင် { $old } အစား { $new } သို့ ပြောင်းလဲမည်
change-rate-moved = { $code } ၏ { $column } နှုန်း- { $new } သို့ ပြောင်းလဲမှုကို { $was } အစား { $date } တွင် အာဏာတည်မည်
change-rate-withdrawn = { $code } ၏ { $column } နှုန်းကို { $date } တွင် { $new } သို့ ပြောင်းလဲမှုကို ရုပ်သိမ်းသည်
change-fee-amount-revised = { $title }- { $date } မှစ၍ ပမာဏသည် { $old } အစား { $new } ဖြစ်မည်
change-fee-amount-moved = { $title }- ပမာဏ { $new } ကို { $was } အစား { $date } မှစ၍ ကျင့်သုံးမည်
change-fee-amount-withdrawn = { $title }- { $date } တွင် ပမာဏကို { $new } သို့ ပြောင်းလဲမှုကို ရုပ်သိမ်းသည်
change-fee-ends = { $moved ->
    [yes] { $title }- { $was } အစား { $date } တွင် နောက်ဆုံးအကြိမ် ကောက်ခံမည်
   *[other] { $title }- { $date } တွင် နောက်ဆုံးအကြိမ် ကောက်ခံမည်
}
change-fee-end-withdrawn = { $title }- { $date } တွင် မပြီးဆုံးတော့ပါ
