# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = သွင်းကုန်၊ ပို့ကုန်နှင့် ဖြတ်သန်းပို့ဆောင်မှု လုပ်ထုံးလုပ်နည်းများ (အယူခံ သို့မဟုတ် ပြန်လည်သုံးသပ်ခြင်း အပါအဝင်) အဆင့်လိုက်
tfa-1-2-1-b = လိုအပ်သည့် ပုံစံများနှင့် စာရွက်စာတမ်းများ
tfa-1-2-1-c = စုံစမ်းမေးမြန်းရေးဌာနများ၏ ဆက်သွယ်ရန် အချက်အလက်
tfa-2-1 = ဥပဒေနှင့် စည်းမျဉ်း အသစ် သို့မဟုတ် ပြင်ဆင်ချက်များ အာဏာမတည်မီ အကြံပြုခွင့်
tfa-2-2 = နယ်စပ်အေဂျင်စီများနှင့် ကုန်သည်များအကြား ပုံမှန် ညှိနှိုင်းဆွေးနွေးမှုများ
tfa-6-1 = အခကြေးငွေများ- အကြောင်းရင်း၊ ကောက်ခံသည့် အာဏာပိုင်နှင့် ပေးချေနည်း၊ မကျင့်သုံးမီ ထုတ်ပြန်ထားသည်
notice-status-comment-closed = အကြံပြုချက် လက်ခံချိန် ကုန်ဆုံးပြီ
notice-status-withdrawn = ရုပ်သိမ်းပြီး
change-consultation-open = { $date } အထိ အကြံပြုချက် လက်ခံသည့် ညှိနှိုင်းဆွေးနွေးမှု- { $title }
change-consultation-closed = { $date } တွင် ညှိနှိုင်းဆွေးနွေးမှု ပိတ်ပြီး- { $title }
changes-follow-feed = ဤပြောင်းလဲမှုများကို “{ $feed }” ဖိဒ်တွင် လိုက်ကြည့်ပါ-
