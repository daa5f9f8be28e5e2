# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = தேடல் முடிவுகளுக்கும் இணைப்பு முன்னோட்டங்களுக்கும் ஒரு வாக்கியம்.
archetype-agency-body = எல்லையில் இந்த முகமை என்ன செய்கிறது, வணிகர்கள் எப்போது இதை அணுகுகிறார்கள்.
archetype-agency-address = தெரு, நகரம்
archetype-agency-hours = திங்கள் முதல் வெள்ளி வரை, 08:00–17:00
archetype-exchange-rate-body = இந்த விகிதம் எந்தப் பொருட்களுக்கும் அறிவிப்புகளுக்கும் பொருந்தும், இது எங்கிருந்து பெறப்படுகிறது.
archetype-fee-reason = இந்தக் கட்டணம் எந்தச் சேவைக்காக வசூலிக்கப்படுகிறது (வர்த்தக வசதியாக்க ஒப்பந்தம், பிரிவு 6.1.2).
archetype-fee-payment = எப்படி, எப்போது செலுத்துவது.
archetype-fee-body = யார் செலுத்துகிறார்கள், விலக்குகள், எடுத்துக்காட்டுகள்.
archetype-form-body = இதை யார் நிரப்புகிறார்கள், எப்போது, எங்கே சமர்ப்பிப்பது.
archetype-legal-body = இந்த ஆவணம் எதை ஒழுங்குபடுத்துகிறது, யாருக்குப் பொருந்தும், அதன் முக்கிய விதிகள்.
archetype-measure-body = இது எந்தப் பொருட்களுக்குப் பொருந்தும், வணிகர் என்ன செய்ய வேண்டும், எங்கே விண்ணப்பிப்பது.
archetype-notice-body = என்ன மாறுகிறது, யாருக்கு, எப்போதிலிருந்து.
archetype-origin-proof = ஒப்பந்தம் கோரும் பிறப்பிடச் சான்று (Form D, பிறப்பிட அறிவிப்பு).
archetype-origin-body = ஒப்பந்தத்தின் பிறப்பிட விதிகள் எங்கே வெளியிடப்படுகின்றன, பட்டியலில் இல்லாத குறியீடுகளுக்கான பொது விதி.
archetype-page-body = பக்கத்தை இங்கே Markdown வடிவில் எழுதவும்.
archetype-procedure-summary = வணிகர் என்ன செய்கிறார், என்ன பெறுகிறார் என்பது, ஒரே வாக்கியத்தில்.
archetype-procedure-step = முதல் படி: வணிகர் அல்லது அலுவலர் செய்வது
archetype-procedure-document = வணிக விலைப்பட்டியல்
archetype-procedure-body = இந்த நடைமுறை யாருக்குப் பொருந்தும், என்ன தயாரிக்க வேண்டும், பொதுவான தவறுகளும் கேள்விகளும். எல்லா விசைகளுக்கும் பார்க்கவும்: docs/content-kinds.md#procedures.
archetype-quota-body = ஒதுக்கீட்டின் கீழ் யார் இறக்குமதி செய்யலாம், எப்படி விண்ணப்பிப்பது.
archetype-ruling-goods = தீர்ப்பில் விவரிக்கப்பட்டுள்ளபடி பொருட்கள்.
archetype-ruling-body = காரணங்கள்: முடிவைத் தீர்மானிக்கும் விதிகளும் குறிப்புகளும்.
archetype-tool-body = இந்த ஆவணம் என்ன, இந்த நிர்வாகம் இதை எவ்வாறு நடைமுறைப்படுத்துகிறது.
archetype-translation-body = { $original } இன் உரையை இங்கே மொழிபெயர்க்கவும்: அதன் தலைப்பு, விவரம், உரைப் புலங்கள், முதன்மை உரை. தரவுகள் (குறியீடுகள், தொகைகள், தேதிகள், குறிப்புகள்) மூலக் கோப்பிலிருந்து எடுக்கப்படும்; அவற்றைச் சேர்க்க வேண்டாம்.
