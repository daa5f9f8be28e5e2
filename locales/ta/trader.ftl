# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = மாற்று விகிதம்
kind-plural-exchange-rate = சுங்க மதிப்பீட்டுக்கான மாற்று விகிதங்கள்
tariff-col-excise = கலால் வரி
tariff-col-vat = மதிப்புக் கூட்டு வரி
xrate-currency = நாணயம்
xrate-rate = ஒரு அலகுக்கு { $currency }
xrate-in-force-current = நடைமுறையில் உள்ள விகிதங்கள்
xrate-in-force-since = { $date } முதல் நடைமுறையில் உள்ள விகிதங்கள்
xrate-next = அடுத்த விகிதம்
xrate-history = காலப்போக்கில் விகிதங்கள்
xrate-state-past = முந்தையது
xrate-state-in_force = நடைமுறையில் உள்ளது
xrate-state-scheduled = திட்டமிடப்பட்டது
calc-title = சுங்க வரி மற்றும் வரிகளை மதிப்பிடுக
calc-estimate = இது ஒரு மதிப்பீடு மட்டுமே, விதிப்பு அல்ல: சுங்கத்துறை அறிவிப்பின் மீது சுங்க வரி மற்றும் வரிகளை விதிக்கிறது. இதில் குவிப்பு எதிர்ப்பு மற்றும் பாதுகாப்பு வரிகள், கட்டணங்கள், பொருட்களுக்குக் கிடைக்கக்கூடிய எந்தக் குறைப்பும் சேர்க்கப்படவில்லை.
calc-value = சுங்க மதிப்பு
calc-currency = நாணயம்
calc-quantity = அளவு ({ $unit })
calc-regime = வரி விகிதம்
calc-submit = கணக்கிடு
calc-col-step = படி
calc-col-formula = கணக்கீடு
calc-col-amount = தொகை
calc-step-value = { $currency } இல் சுங்க மதிப்பு
calc-step-duty = சுங்க வரி ({ $regime })
calc-step-total = சுங்க வரி மற்றும் வரிகள்
calc-example = எடுத்துக்காட்டு: சுங்க மதிப்பு { $value } { $currency } மற்றும் { $quantity } { $unit }, { $regime } விகிதத்தில்
calc-yours = உங்கள் பொருட்கள்: சுங்க மதிப்பு { $value } { $currency } மற்றும் { $quantity } { $unit }, { $regime } விகிதத்தில்
calc-total = மதிப்பிடப்பட்ட சுங்க வரி மற்றும் வரிகள்: { $amount }
calc-at-least = குறைந்தது
calc-at-most = அதிகபட்சம்
calc-invalid = சுங்க மதிப்பையும் அளவையும் எண்களாக உள்ளிடவும்.
calc-no-rate = இந்தத் தேதியில் { $currency } க்கு மாற்று விகிதம் இல்லை.
tariff-tax-waived = { $regimes } விகிதத்தில் விதிக்கப்படாது
calc-multiple = { $one } { $word } = { $times } { $currency }: சுங்க மதிப்பை { $currency } இல் உள்ளிடவும்.
calc-rates-link = சுங்க மதிப்பீட்டுக்குப் பயன்படுத்தப்படும் மாற்று விகிதங்கள்

change-exchange-rate = { $when ->
    [dated] { $title }: விகிதம் { $date } அன்று { $old } இலிருந்து { $new } ஆக மாறுகிறது
   *[other] { $title }: விகிதம் { $old } இலிருந்து { $new } ஆக மாறியது
}
change-exchange-rate-revised = { $title }: { $date } முதல் விகிதம் இப்போது { $new }, { $old } அல்ல
change-exchange-rate-moved = { $title }: { $new } விகிதம் இப்போது { $date } முதல் பொருந்தும், { $was } அல்ல
change-exchange-rate-withdrawn = { $title }: { $date } அன்று விகிதத்தை { $new } ஆக மாற்றுவது திரும்பப் பெறப்பட்டது

kind-origin = பிறப்பிட விதிகள்
kind-plural-origin = பிறப்பிட விதிகள்
origin-rule = பிறப்பிட விதி
origin-rules = பொருள் சார்ந்த விதிகள்
origin-proof = பிறப்பிடச் சான்று
origin-agreement = ஒப்பந்தம்
origin-column = முன்னுரிமை விகிதம்
origin-or = அல்லது
origin-and = மற்றும்
origin-term-wo = முழுமையாகப் பெறப்பட்டது
origin-term-pe = பிறப்பிடப் பொருட்களிலிருந்து மட்டும் உற்பத்தி செய்யப்பட்டது
origin-term-cc = அத்தியாய மாற்றம்
origin-term-cth = தலைப்பு மாற்றம்
origin-term-ctsh = துணைத் தலைப்பு மாற்றம்
origin-term-rvc = குறைந்தது { $percent }% பிராந்திய மதிப்பு உள்ளடக்கம்

kind-quota = சுங்க ஒதுக்கீடு
kind-plural-quota = சுங்க ஒதுக்கீடுகள்
quota-order = ஒதுக்கீட்டு எண்
quota-balance = { $date } அன்று மீதம்
quota-volume = அளவு
quota-in = ஒதுக்கீட்டுக்குள் விகிதம்
quota-out = ஒதுக்கீட்டுக்கு வெளியே விகிதம்
quota-period = ஒதுக்கீட்டுக் காலம்
quota-period-dates = { $from } முதல் { $to } வரை
quota-allocation = ஒதுக்கும் முறை
quota-allocation-first-come-first-served = முதலில் வருவோருக்கு முன்னுரிமை
quota-allocation-licence = இறக்குமதி உரிமங்கள்
quota-allocation-historical = முந்தைய இறக்குமதியின்படி பங்குகள்
quota-allocation-auction = ஏலம்
quota-state-open = திறந்துள்ளது
quota-state-exhausted = தீர்ந்துவிட்டது
quota-state-closed = மூடப்பட்டது
quota-history = காலப்போக்கில் மீதம்
change-quota-balance = { $when ->
    [dated] { $title }: மீதம் { $date } அன்று { $old } இலிருந்து { $new } ஆக மாறுகிறது
   *[other] { $title }: மீதம் { $old } இலிருந்து { $new } ஆக மாறியது
}
change-quota-balance-revised = { $title }: { $date } முதல் மீதம் இப்போது { $new }, { $old } அல்ல
change-quota-balance-moved = { $title }: { $new } மீதம் இப்போது { $date } முதல் பொருந்தும், { $was } அல்ல
change-quota-balance-withdrawn = { $title }: { $date } முதல் { $new } மீதம் திரும்பப் பெறப்பட்டது

kind-ruling = முன்கூட்டிய தீர்ப்பு
kind-plural-ruling = கட்டுப்படுத்தும் முன்கூட்டிய தீர்ப்புகள்
ruling-number = தீர்ப்பு எண்
ruling-issued = வழங்கிய நாள்
ruling-goods = பொருட்கள்
ruling-type-classification = வகைப்பாடு
ruling-type-origin = பிறப்பிடம்
ruling-type-valuation = மதிப்பீடு
ruling-valid = செல்லுபடியாகும்
ruling-valid-until = { $date } வரை செல்லுபடியாகும்
ruling-expired = { $date } அன்று காலாவதியானது
