# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Συναλλαγματική ισοτιμία
kind-plural-exchange-rate = Συναλλαγματικές ισοτιμίες για τον προσδιορισμό της δασμολογητέας αξίας
tariff-col-excise = Ειδικός φόρος κατανάλωσης
tariff-col-vat = ΦΠΑ

xrate-currency = Νόμισμα
xrate-rate = { $currency } ανά μονάδα
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Ισχύουσες ισοτιμίες
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Ισοτιμίες σε ισχύ από { $date }
xrate-next = Επόμενη ισοτιμία
xrate-history = Διαχρονική εξέλιξη των ισοτιμιών
xrate-state-past = Προηγούμενη
xrate-state-in_force = Σε ισχύ
xrate-state-scheduled = Προγραμματισμένη

calc-title = Εκτίμηση του δασμού και των φόρων
calc-estimate = Πρόκειται για εκτίμηση και όχι για βεβαίωση: η τελωνειακή αρχή βεβαιώνει τον δασμό και τους φόρους με βάση τη διασάφηση. Η εκτίμηση δεν περιλαμβάνει δασμούς αντιντάμπινγκ και δασμούς διασφάλισης, τέλη, ούτε τυχόν μειώσεις που μπορεί να δικαιούνται τα εμπορεύματα.
calc-value = Δασμολογητέα αξία
calc-currency = Νόμισμα
calc-quantity = Ποσότητα ({ $unit })
calc-regime = Δασμολογικός συντελεστής
calc-submit = Υπολογισμός
calc-col-step = Βήμα
calc-col-formula = Υπολογισμός
calc-col-amount = Ποσό
calc-step-value = Δασμολογητέα αξία σε { $currency }
calc-step-duty = Δασμός ({ $regime })
calc-step-total = Δασμός και φόροι
calc-example = Παράδειγμα υπολογισμού: δασμολογητέα αξία { $value } { $currency } και { $quantity } { $unit }, με τον συντελεστή { $regime }
calc-yours = Τα εμπορεύματά σας: δασμολογητέα αξία { $value } { $currency } και { $quantity } { $unit }, με τον συντελεστή { $regime }
calc-total = Εκτιμώμενος δασμός και φόροι: { $amount }
calc-at-least = τουλάχιστον
calc-at-most = το πολύ
calc-invalid = Εισαγάγετε τη δασμολογητέα αξία και την ποσότητα ως αριθμούς.
calc-no-rate = Δεν υπάρχει συναλλαγματική ισοτιμία για το νόμισμα { $currency } για την ημερομηνία αυτή.
tariff-tax-waived = Δεν επιβάλλεται με τον συντελεστή { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: εισαγάγετε τη δασμολογητέα αξία σε { $currency }.
calc-rates-link = Συναλλαγματικές ισοτιμίες για τον προσδιορισμό της δασμολογητέας αξίας

change-exchange-rate = { $when ->
    [dated] { $title }: η ισοτιμία αλλάζει από { $old } σε { $new } στις { $date }
   *[other] { $title }: η ισοτιμία άλλαξε από { $old } σε { $new }
}
change-exchange-rate-revised = { $title }: η ισοτιμία από { $date } είναι πλέον { $new } και όχι { $old }
change-exchange-rate-moved = { $title }: η ισοτιμία { $new } ισχύει πλέον από { $date } και όχι από { $was }
change-exchange-rate-withdrawn = { $title }: η αλλαγή της ισοτιμίας σε { $new } στις { $date } αποσύρθηκε

kind-origin = Κανόνες καταγωγής
kind-plural-origin = Κανόνες καταγωγής
origin-rule = Κανόνας καταγωγής
origin-rules = Κανόνες ανά προϊόν
origin-proof = Απόδειξη καταγωγής
origin-agreement = Συμφωνία
origin-column = Προτιμησιακός συντελεστής
origin-or = ή
origin-and = και
origin-term-wo = εξ ολοκλήρου παραγόμενο
origin-term-pe = παραγόμενο αποκλειστικά από καταγόμενες ύλες
origin-term-cc = αλλαγή κεφαλαίου
origin-term-cth = αλλαγή δασμολογικής κλάσης
origin-term-ctsh = αλλαγή δασμολογικής διάκρισης
origin-term-rvc = περιφερειακό περιεχόμενο αξίας τουλάχιστον { $percent }%

kind-quota = Δασμολογική ποσόστωση
kind-plural-quota = Δασμολογικές ποσοστώσεις
quota-order = Αύξων αριθμός
quota-balance = Υπόλοιπο στις { $date }
quota-volume = Όγκος
quota-in = Δασμός εντός ποσόστωσης
quota-out = Δασμός εκτός ποσόστωσης
quota-period = Περίοδος ποσόστωσης
quota-period-dates = { $from } έως { $to }
quota-allocation = Κατανομή
quota-allocation-first-come-first-served = Κατά σειρά προτεραιότητας
quota-allocation-licence = Άδειες εισαγωγής
quota-allocation-historical = Μερίδια βάσει παλαιότερων εισαγωγών
quota-allocation-auction = Δημοπρασία
quota-state-open = Ανοικτή
quota-state-exhausted = Εξαντλημένη
quota-state-closed = Κλειστή
quota-history = Διαχρονική εξέλιξη του υπολοίπου
change-quota-balance = { $when ->
    [dated] { $title }: το υπόλοιπο αλλάζει από { $old } σε { $new } στις { $date }
   *[other] { $title }: το υπόλοιπο άλλαξε από { $old } σε { $new }
}
change-quota-balance-revised = { $title }: το υπόλοιπο από { $date } είναι πλέον { $new } και όχι { $old }
change-quota-balance-moved = { $title }: το υπόλοιπο των { $new } ισχύει πλέον από { $date } και όχι από { $was }
change-quota-balance-withdrawn = { $title }: το υπόλοιπο των { $new } από { $date } αποσύρθηκε

kind-ruling = Απόφαση δεσμευτικής πληροφορίας
kind-plural-ruling = Αποφάσεις δεσμευτικής πληροφορίας
ruling-number = Αριθμός απόφασης
ruling-issued = Έκδοση
ruling-goods = Εμπορεύματα
ruling-type-classification = Δασμολογική κατάταξη
ruling-type-origin = Καταγωγή
ruling-type-valuation = Δασμολογητέα αξία
ruling-valid = Ισχύει
ruling-valid-until = Ισχύει έως { $date }
ruling-expired = Έληξε στις { $date }
