# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = உங்கள் பொருட்களுக்கான சுங்க வரியைக் கண்டறியுங்கள்
home-lookup-label = பொருள் குறியீடு அல்லது பொருட்களின் விவரம்
home-lookup-hint = உதாரணமாக { $code } அல்லது வறுத்த காபி.
home-upcoming-title = அடுத்த { $days } நாட்களில் நடைமுறைக்கு வருபவை
home-upcoming-none = அடுத்த { $days } நாட்களில் நடைமுறைக்கு வர எதுவும் திட்டமிடப்படவில்லை.
home-upcoming-more = { $count ->
    [one] இந்தக் காலகட்டத்தில் மேலும் ஒரு மாற்றம் திட்டமிடப்பட்டுள்ளது.
   *[other] இந்தக் காலகட்டத்தில் மேலும் { $count } மாற்றங்கள் திட்டமிடப்பட்டுள்ளன.
}
home-all-changes = அனைத்து மாற்றங்களும், கடந்தவை மற்றும் திட்டமிடப்பட்டவை
home-consultations-title = திறந்த கலந்தாய்வுகள்
home-consultation-until = { $date } வரை கருத்துகள்
home-consultations-none = தற்போது கருத்துக்காகத் திறந்த கலந்தாய்வு எதுவும் இல்லை.
home-recent-title = சமீபத்திய மாற்றங்கள்
home-enquiry-title = கேள்விகள் உள்ளதா?
home-enquiry-text = தேசிய விசாரணை மையம் வரி, நடைமுறைகள் மற்றும் கட்டணங்கள் குறித்த வர்த்தகர்களின் கேள்விகளுக்குப் பதிலளிக்கிறது.
home-browse-title = தளத்தைப் பார்வையிடுங்கள்
tariff-headings-index = இந்த அத்தியாயத்தின் தலைப்புகள்
tariff-columns-title = நெடுவரிசைகளின் பொருள்
tariff-index-about = சுங்க வரி அட்டவணை பற்றி
procedure-fee-if = பொருந்தினால்
procedure-fees-conditional = சில நேர்வுகளில் மட்டுமே வசூலிக்கப்படும்
