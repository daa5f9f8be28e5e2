# UI strings of the default theme, Tamil: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = மாறியவையும் மாறவிருப்பவையும்
changes-title = மாற்றங்கள்
changes-intro = இந்தத் தளத்தில் மாறியவையும் மாறவிருப்பவையும்: தீர்வை வரிசைகள் மற்றும் விகிதங்கள், கட்டணங்கள், நடைமுறைகள், நடவடிக்கைகள், கருவிகள் மற்றும் அறிவிப்புகள். மாற்றங்கள் வெளியானவுடன் அறிந்துகொள்ள ஒரு ஊட்டத்திற்குப் பதிவு செய்யவும்.
changes-upcoming = நடைமுறைக்கு வரவிருப்பவை
changes-recent = அண்மைய மாற்றங்கள்
changes-none = இதுவரை எந்த மாற்றமும் பதிவு செய்யப்படவில்லை.
changes-from-notices = இந்தப் பட்டியல் அறிவிப்புகளையும் பக்கங்கள் கடைசியாகப் புதுப்பிக்கப்பட்ட தேதிகளையும் காட்டுகிறது; ஒவ்வொரு விகித அல்லது தீர்வை வரிசை மாற்றத்தையும் இது பட்டியலிடுவதில்லை.
changes-feeds = பதிவு செய்யவும்
changes-feed-atom = Atom ஊட்டம்
changes-feed-json = JSON ஊட்டம்
changes-feed-chapter = அத்தியாயம் { $number }: { $title }
changes-kind-tariff = தீர்வை அட்டவணை
changes-kind-procedures = நடைமுறைகள்
changes-kind-fees = கட்டணங்களும் செலுத்தல்களும்
changes-kind-measures = நடவடிக்கைகள்
changes-kind-tools = உலக சுங்க அமைப்பின் கருவிகள்
changes-kind-notices = அறிவிப்புகள்
changes-kind-pages = பிற பக்கங்கள்
changes-filter-kind = காட்டு
changes-filter-chapter = தீர்வை அத்தியாயம்
changes-all-chapters = அனைத்து அத்தியாயங்களும்
changes-effective = { $date } முதல் நடைமுறையில்
changes-last-day = நடைமுறையில் இருக்கும் கடைசி நாள்: { $date }
changes-history = மாற்ற வரலாறு
changes-history-none = இந்தப் பக்கத்திற்கு எந்த மாற்றமும் பதிவு செய்யப்படவில்லை.
changes-recorded = { $date } அன்று பதிவு செய்யப்பட்டது
change-none = இல்லை
change-line-added = { $when ->
    [dated] { $date } முதல் புதிய தீர்வை வரிசை { $code }: { $description }
   *[other] புதிய தீர்வை வரிசை { $code }: { $description }
}
change-lines-added = அத்தியாயம் { $chapter } இல் { $count } தீர்வை வரிசைகள் சேர்க்கப்பட்டன
change-column-added = அத்தியாயம் { $chapter } இல் { $column } நெடுவரிசை சேர்க்கப்பட்டது
change-column-removed = அத்தியாயம் { $chapter } இலிருந்து { $column } நெடுவரிசை நீக்கப்பட்டது
change-line-removed = தீர்வை வரிசை { $code } நீக்கப்பட்டது ({ $description })
change-rate = { $when ->
    [dated] { $code } இன் { $column } விகிதம் { $date } அன்று { $old } இலிருந்து { $new } ஆக மாறும்
   *[other] { $code } இன் { $column } விகிதம் { $old } இலிருந்து { $new } ஆக மாறியது
}
change-column = { $code } இன் { $column } { $old } இலிருந்து { $new } ஆக மாறியது
change-description = { $code } இன் விவரம் திருத்தப்பட்டது: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: தொகை { $date } அன்று { $old } இலிருந்து { $new } ஆக மாறும்
   *[other] { $title }: தொகை { $old } இலிருந்து { $new } ஆக மாறியது
}
change-fee-currency = { $title }: நாணயம் { $old } இலிருந்து { $new } ஆக மாறியது
change-fee-effective = { $title }: { $date } அன்று நடைமுறைக்கு வருகிறது
change-steps = { $title }: படிநிலைகள் திருத்தப்பட்டன, தற்போது { $new ->
    [one] ஒரு படிநிலை
   *[other] { $new } படிநிலைகள்
} (முன்பு: { $old })
change-documents = { $title }: தேவையான ஆவணங்கள் மாற்றப்பட்டன
change-agencies = { $title }: தொடர்புடைய முகமைகள் மாற்றப்பட்டன
change-fees = { $title }: விதிக்கப்படும் கட்டணங்கள் மாற்றப்பட்டன
change-hs = { $title }: உள்ளடக்கப்படும் பொருட்கள் மாற்றப்பட்டன
change-items-added = சேர்க்கப்பட்டவை: { $items }.
change-items-removed = நீக்கப்பட்டவை: { $items }.
change-tool-status = { $title }: நிலை “{ $old }” இலிருந்து “{ $new }” ஆக மாறியது
change-page-added = புதியது: { $title }
change-page-removed = திரும்பப் பெறப்பட்டது: { $title }
change-text = திருத்தப்பட்டது: { $title }
change-notice = அறிவிப்பு: { $title }
change-updated = புதுப்பிக்கப்பட்டது: { $title }
change-effective = { $date } அன்று நடைமுறைக்கு வருகிறது.

## தேதியிட்ட மதிப்புகள்: வரிசையின் முதல், கடைசி நாள், திட்டமிட்ட விகிதம் அல்லது தொகை. $date தொடர்புடைய நாள்; $was முன்பு திட்டமிட்ட நாள்.
change-line-starts = { $moved ->
    [yes] தீர்வை வரிசை { $code } இனி { $was } அல்ல, { $date } முதல் நடைமுறைக்கு வரும் ({ $description })
   *[other] தீர்வை வரிசை { $code } { $date } முதல் நடைமுறைக்கு வரும் ({ $description })
}
change-line-start-withdrawn = தீர்வை வரிசை { $code } { $date } முதல் அல்ல, இப்போதே நடைமுறையில் உள்ளது ({ $description })
change-line-ends = { $moved ->
    [yes] தீர்வை வரிசை { $code } இனி { $was } அல்ல, { $date } வரை நடைமுறையில் இருக்கும் ({ $description })
   *[other] தீர்வை வரிசை { $code } { $date } வரை நடைமுறையில் இருக்கும் ({ $description })
}
change-line-end-withdrawn = தீர்வை வரிசை { $code } இனி { $date } அன்று முடிவடையாது ({ $description })
change-rate-revised = { $code } இன் { $column } விகிதம்: { $date } அன்று { $old } அல்ல, { $new } ஆக மாறும்
change-rate-moved = { $code } இன் { $column } விகிதம்: { $new } ஆக மாறுவது { $was } அல்ல, { $date } அன்று நடைமுறைக்கு வரும்
change-rate-withdrawn = { $code } இன் { $column } விகிதம் { $date } அன்று { $new } ஆக மாறுவது திரும்பப் பெறப்பட்டது
change-fee-amount-revised = { $title }: { $date } முதல் தொகை { $old } அல்ல, { $new }
change-fee-amount-moved = { $title }: { $new } தொகை { $was } அல்ல, { $date } முதல் பொருந்தும்
change-fee-amount-withdrawn = { $title }: { $date } அன்று தொகை { $new } ஆக மாறுவது திரும்பப் பெறப்பட்டது
change-fee-ends = { $moved ->
    [yes] { $title }: { $was } அல்ல, { $date } அன்று கடைசியாக வசூலிக்கப்படும்
   *[other] { $title }: { $date } அன்று கடைசியாக வசூலிக்கப்படும்
}
change-fee-end-withdrawn = { $title }: இனி { $date } அன்று முடிவடையாது
