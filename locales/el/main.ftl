# UI strings of the default theme, Greek.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Μετάβαση στο κύριο περιεχόμενο
language-switcher = Γλώσσα
main-navigation = Κύριο μενού
breadcrumb = Βρίσκεστε εδώ
footer-navigation = Σχετικά με τον ιστότοπο
footer-published-by = Εκδότης: { $site }.

## Dates

last-updated = Τελευταία ενημέρωση:
published = Δημοσίευση:

## Translations

notice-untranslated = Η σελίδα αυτή δεν έχει μεταφραστεί ακόμη. Εμφανίζεται στην πρωτότυπη γλώσσα ({ $original }).
notice-stale = Η μετάφραση αυτή ενδέχεται να μην είναι επικαιροποιημένη: η πρωτότυπη έκδοση ({ $original }) ενημερώθηκε στις { $date }.
notice-read-original = Διαβάστε την πρωτότυπη έκδοση ({ $original }).

## Sections and pages

on-this-page = Σε αυτή τη σελίδα
in-this-section = { $count ->
    [0] Καμία σελίδα σε αυτή την ενότητα
    [one] Μία σελίδα σε αυτή την ενότητα
   *[other] { $count } σελίδες σε αυτή την ενότητα
}
home-explore = Εξερευνήστε τον ιστότοπο

## Errors and redirects

not-found-title = Η σελίδα δεν βρέθηκε
not-found-text = Η σελίδα που ζητήσατε δεν υπάρχει ή έχει μετακινηθεί. Ελέγξτε τη διεύθυνση ή ξεκινήστε ξανά από την αρχική σελίδα.
not-found-home = Μετάβαση στην αρχική σελίδα
redirect-title = Η σελίδα αυτή έχει μετακινηθεί
redirect-link = Μετάβαση στη νέα διεύθυνση της σελίδας

## Language chooser

chooser-intro = Επιλέξτε γλώσσα.

## Tariff

tariff-sections = Τμήματα
tariff-section = Τμήμα { $number }
tariff-other-chapters = Άλλα κεφάλαια
tariff-chapter = Κεφάλαιο { $number }
tariff-chapter-notes-of = Σημειώσεις του κεφαλαίου { $number }
tariff-see-chapter = Δείτε ολόκληρο το κεφάλαιο { $number }
tariff-lines = Δασμολογικές γραμμές
tariff-lines-under = Δασμολογικές γραμμές του κωδικού { $code }
tariff-table-hint = Επιλέξτε έναν κωδικό για να δείτε τους συντελεστές του και τους κανόνες που ισχύουν γι’ αυτόν.
tariff-no-rate = Κανένας
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Ισχύοντες δασμολογικοί συντελεστές
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Δασμολογικοί συντελεστές σε ισχύ από { $date }
tariff-rates-from = Δασμολογικοί συντελεστές από { $date }
tariff-rates-until = Δασμολογικοί συντελεστές έως και { $date }
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } από { $date }
tariff-line-not-yet = Η δασμολογική γραμμή αυτή δεν ισχύει ακόμη: εφαρμόζεται από { $date }.
tariff-line-ended = Η δασμολογική γραμμή αυτή δεν ισχύει πλέον: η τελευταία ημέρα ισχύος της ήταν { $date }.
tariff-line-ending = Η δασμολογική γραμμή αυτή ισχύει έως και { $date }, που είναι η τελευταία ημέρα ισχύος της.
tariff-replaced-by = Από { $date }, η δασμολογική γραμμή αυτή αντικαθίσταται από:
tariff-replaces = Από { $date }, η δασμολογική γραμμή αυτή αντικαθιστά:
tariff-timeline = Διαχρονική εξέλιξη των συντελεστών
tariff-timeline-column = Στήλη
tariff-timeline-rate = Συντελεστής
tariff-timeline-from = Από
tariff-timeline-to = Έως
tariff-timeline-state = Κατάσταση
tariff-state-past = Προηγούμενος
tariff-state-in_force = Σε ισχύ
tariff-state-scheduled = Προγραμματισμένος
tariff-level-heading = Κλάση
tariff-level-subheading = Διάκριση
tariff-level-national_line = Εθνική δασμολογική γραμμή
tariff-col-code = Κωδικός
tariff-col-description = Περιγραφή
tariff-col-unit = Μονάδα
tariff-col-mfn = ΜΕΚ
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Σημείωση

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Ατελώς
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, ελάχ. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, μέγ. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Διαδικασία
kind-fee = Τέλος ή επιβάρυνση
kind-measure = Μέτρο
kind-tool = Μέσο ή εργαλείο του ΠΟΤ
kind-legal = Νομικό κείμενο
kind-form = Έντυπο
kind-agency = Φορέας
kind-notice = Ανακοίνωση
kind-plural-procedure = Διαδικασίες
kind-plural-fee = Τέλη και επιβαρύνσεις
kind-plural-measure = Μέτρα: απαγορεύσεις, περιορισμοί και άδειες
kind-plural-tool = Μέσα και εργαλεία του Παγκόσμιου Οργανισμού Τελωνείων
kind-plural-legal = Νομικά κείμενα
kind-plural-form = Έντυπα
kind-plural-agency = Φορείς
kind-plural-notice = Ανακοινώσεις
backlinks-title = Αναφέρεται σε
tariff-what-applies = Τι ισχύει για τα εμπορεύματα αυτά
footer-enquiry-point = Ερωτήσεις; Απευθυνθείτε στο εθνικό κέντρο πληροφόρησης

field-legal-basis = Νομική βάση
field-hs = Σχετικά εμπορεύματα (δασμολογικοί κωδικοί)
field-direction = Κατεύθυνση
field-agencies = Εμπλεκόμενοι φορείς
field-agency = Φορέας
field-tools = Εφαρμοζόμενα διεθνή πρότυπα
field-duration = Συνήθης διάρκεια
field-amount = Ποσό
field-per = Χρέωση ανά
field-reason = Αιτιολογία του τέλους
field-authority = Αρχή που το εισπράττει
field-payment = Τρόπος πληρωμής
field-published = Δημοσίευση
field-effective = Σε ισχύ από
field-effective-proposed = Προτεινόμενη έναρξη ισχύος
field-until = Τελευταία ημέρα είσπραξης
field-acronym = Ακρωνύμιο
field-category = Τομέας
field-status = Κατάσταση
field-issuer = Εκδότης
field-adopted = Έγκριση
field-url = Επίσημη σελίδα
field-related = Συναφή μέσα
field-type = Είδος
field-number = Αριθμός
field-signed = Υπογραφή
field-official-text = Επίσημο κείμενο
field-download = Λήψη
field-email = Ηλεκτρονικό ταχυδρομείο
field-phone = Τηλέφωνο
field-address = Διεύθυνση
field-hours = Ώρες λειτουργίας
field-comment-until = Σχόλια έως
field-affects = Αφορά

direction-import = Εισαγωγή
direction-export = Εξαγωγή
direction-transit = Διαμετακόμιση
direction-both = Εισαγωγή και εξαγωγή
direction-other = Άλλες διαδικασίες
filter-by-direction = Εμφάνιση διαδικασιών για

## Procedures

procedure-summary = Με μια ματιά
procedure-steps-count = Βήματα
procedure-total-time = Συνήθης συνολική διάρκεια
procedure-total-fees = Τέλη
procedure-fees-more = { $count ->
    [one] συν ένα τέλος που εξαρτάται από την περίπτωση
   *[other] συν { $count } τέλη που εξαρτώνται από την περίπτωση
}
procedure-fees-varying = { $count ->
    [one] Ένα τέλος που εξαρτάται από την περίπτωση
   *[other] { $count } τέλη που εξαρτώνται από την περίπτωση
}
procedure-documents = Έγγραφα που πρέπει να προετοιμάσετε
procedure-steps = Βήμα προς βήμα
procedure-steps-n = { $count ->
    [0] Κανένα βήμα
    [one] Ένα βήμα
   *[other] { $count } βήματα
}
duration-days = { $count ->
    [one] 1 ημέρα
   *[other] { $count } ημέρες
}
duration-hours = { $count ->
    [one] 1 ώρα
   *[other] { $count } ώρες
}
duration-minutes = { $count ->
    [one] 1 λεπτό
   *[other] { $count } λεπτά
}
duration-range = από { $min } έως { $max }
duration-join = { $first } και { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Κατάλογος τελών και επιβαρύνσεων
fee-tiers = Ποσά
fee-see-tiers = Δείτε τα ποσά
fee-per-declaration = ανά διασάφηση
fee-per-consignment = ανά αποστολή
fee-per-container = ανά εμπορευματοκιβώτιο
fee-per-certificate = ανά πιστοποιητικό
fee-per-hour = ανά ώρα
fee-per-application = ανά αίτηση
fee-per-day = ανά ημέρα
fee-per-page = ανά σελίδα
fee-per-item = ανά τεμάχιο
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = σε ισχύ
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = σε ισχύ από { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } από { $date }
fee-changes-on = Τα ποσά αλλάζουν στις { $date }
fee-not-yet = Δεν ισχύει ακόμη: το τέλος αυτό εισπράττεται από { $date }.
fee-ended = Δεν ισχύει πλέον: το τέλος αυτό εισπράχθηκε για τελευταία φορά στις { $date }.
fee-state-not-yet = Δεν ισχύει ακόμη
fee-state-ended = Δεν ισχύει πλέον
fee-timeline = Διαχρονική εξέλιξη των ποσών
fee-timeline-tier = Περίπτωση
fee-timeline-from = Από
fee-timeline-to = Τελευταία ημέρα
fee-timeline-state = Κατάσταση
fee-value-past = Προηγούμενο
fee-value-in_force = Σε ισχύ
fee-value-scheduled = Προγραμματισμένο

## WCO tools

tools-by-category = Τομείς
tool-category-conventions = Συμβάσεις και συμφωνίες
tool-category-facilitation = Διευκόλυνση του εμπορίου
tool-category-security = Ασφάλεια της αλυσίδας εφοδιασμού
tool-category-nomenclature = Δασμολογική κατάταξη
tool-category-valuation = Δασμολογητέα αξία
tool-category-origin = Καταγωγή
tool-category-enforcement = Επιβολή του νόμου και συμμόρφωση
tool-category-capacity-building = Ανάπτυξη ικανοτήτων
tool-category-data = Δεδομένα και τεχνολογία
tool-category-revenue = Δημόσια έσοδα
tool-status-contracting-party = Συμβαλλόμενο μέρος
tool-status-applied = Εφαρμόζεται
tool-status-in-progress = Σε στάδιο εφαρμογής
tool-status-not-applied = Δεν εφαρμόζεται
tool-status-reference = Για αναφορά

## Measures, legal texts, notices

measure-type-prohibition = Απαγόρευση
measure-type-restriction = Περιορισμός
measure-type-licence = Άδεια ή έγκριση
measure-type-sps = Υγειονομικά και φυτοϋγειονομικά μέτρα
measure-type-tbt = Τεχνική απαίτηση
measure-type-quota = Ποσόστωση
measure-type-other = Άλλο μέτρο
legal-type-law = Νόμος
legal-type-decree = Διάταγμα
legal-type-circular = Εγκύκλιος
legal-type-ruling = Απόφαση
legal-type-agreement = Διεθνής συμφωνία
notice-status-draft-for-comment = Ανοικτό για σχόλια
notice-status-adopted = Εγκρίθηκε
notice-status-in-force = Σε ισχύ
notice-status-repealed = Καταργήθηκε
notice-consultation-open = Το σχέδιο αυτό είναι ανοικτό για σχόλια έως { $date }. Αποστείλετε τα σχόλιά σας στη διεύθυνση

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [0] Όλα τα στοιχεία έχουν δημοσιευθεί στον ιστότοπο.
    [one] Ένα στοιχείο δεν έχει δημοσιευθεί ακόμη στον ιστότοπο.
   *[other] { $count } στοιχεία δεν έχουν δημοσιευθεί ακόμη στον ιστότοπο.
}
tfa-not-covered = Δεν έχει δημοσιευθεί ακόμη
tfa-1-1-a = Διαδικασίες εισαγωγής, εξαγωγής και διαμετακόμισης, καθώς και απαιτούμενα έντυπα και έγγραφα
tfa-1-1-b = Εφαρμοζόμενοι συντελεστές δασμών και φόρων
tfa-1-1-c = Τέλη και επιβαρύνσεις
tfa-1-1-d = Κανόνες για την κατάταξη ή την αποτίμηση των προϊόντων
tfa-1-1-e = Νόμοι, κανονισμοί και διοικητικές αποφάσεις σχετικά με τους κανόνες καταγωγής
tfa-1-1-f = Περιορισμοί ή απαγορεύσεις εισαγωγής, εξαγωγής ή διαμετακόμισης
tfa-1-1-g = Διατάξεις περί κυρώσεων
tfa-1-1-h = Διαδικασίες προσφυγής ή επανεξέτασης
tfa-1-1-i = Συμφωνίες με άλλες χώρες σχετικά με την εισαγωγή, την εξαγωγή ή τη διαμετακόμιση
tfa-1-1-j = Διαδικασίες διαχείρισης δασμολογικών ποσοστώσεων
tfa-1-2 = Πληροφορίες διαθέσιμες μέσω του διαδικτύου
tfa-1-3 = Κέντρα πληροφόρησης

filter-all = Όλα
tools-filter-status = Εμφάνιση μέσων ανάλογα με την κατάστασή τους στη διοίκηση αυτή

## Search

search-title = Αναζήτηση
search-label = Αναζήτηση στον ιστότοπο
search-placeholder = Εμπορεύματα, κωδικός, διαδικασία, τέλος…
search-button = Αναζήτηση
search-kind = Εμφάνιση
search-kind-all = Όλα
search-kind-tariff = Δασμολογικοί κωδικοί
search-kind-page = Άλλες σελίδες
search-hint = Πληκτρολογήστε λέξεις σε οποιαδήποτε μορφή ή έναν δασμολογικό κωδικό με ή χωρίς τελείες ({ $code }).
search-needs-script = Η αναζήτηση απαιτεί JavaScript. Εναλλακτικά, περιηγηθείτε στο δασμολόγιο ανά τμήμα και κεφάλαιο.
search-count = Αποτελέσματα:
search-chapter = Κεφάλαιο του δασμολογίου
search-none = Δεν βρέθηκαν αποτελέσματα για «{ $query }».
search-note-code = Δεν υπάρχει ο κωδικός { $asked }. Εμφανίζεται ο { $found }.
search-note-typo = Δεν βρέθηκαν αποτελέσματα για «{ $asked }». Εμφανίζονται αποτελέσματα για «{ $found }».
search-result-tariff = Δασμολογικός κωδικός
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = δασμός δασμοί δασμού δασμολόγιο συντελεστής
search-previous = Προηγούμενη
search-next = Επόμενη

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
