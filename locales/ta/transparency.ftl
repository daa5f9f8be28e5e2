# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = இறக்குமதி, ஏற்றுமதி மற்றும் இடைவழிப் போக்குவரத்து நடைமுறைகள், மேல்முறையீடு அல்லது மறுஆய்வு உட்பட, படிப்படியாக
tfa-1-2-1-b = தேவையான படிவங்கள் மற்றும் ஆவணங்கள்
tfa-1-2-1-c = விசாரணை மையங்களின் தொடர்பு விவரங்கள்
tfa-2-1 = புதிய அல்லது திருத்தப்பட்ட சட்டங்கள், விதிமுறைகள் நடைமுறைக்கு வரும் முன் கருத்துத் தெரிவிக்கும் வாய்ப்பு
tfa-2-2 = எல்லை முகமைகளுக்கும் வணிகர்களுக்கும் இடையே வழக்கமான கலந்தாய்வுகள்
tfa-6-1 = கட்டணங்கள்: காரணம், வசூலிக்கும் அதிகார அமைப்பு, செலுத்தும் முறை, நடைமுறைக்கு முன் வெளியிடப்பட்டவை
notice-status-comment-closed = கருத்துக் காலம் முடிந்தது
notice-status-withdrawn = திரும்பப் பெறப்பட்டது
change-consultation-open = கலந்தாய்வு, { $date } வரை கருத்துகளுக்குத் திறந்துள்ளது: { $title }
change-consultation-closed = கலந்தாய்வு { $date } அன்று முடிந்தது: { $title }
changes-follow-feed = இந்த மாற்றங்களை “{ $feed }” ஊட்டத்தில் பின்தொடரவும்:
