# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Διαδικασίες εισαγωγής, εξαγωγής και διαμετακόμισης, συμπεριλαμβανομένης της προσφυγής ή της επανεξέτασης, βήμα προς βήμα
tfa-1-2-1-b = Απαιτούμενα έντυπα και έγγραφα
tfa-1-2-1-c = Στοιχεία επικοινωνίας των κέντρων πληροφόρησης
tfa-2-1 = Σχόλια επί νέων ή τροποποιημένων νόμων και κανονισμών πριν από την έναρξη ισχύος τους
tfa-2-2 = Τακτικές διαβουλεύσεις μεταξύ των συνοριακών υπηρεσιών και των εμπόρων
tfa-6-1 = Τέλη και επιβαρύνσεις: η αιτιολογία τους, η αρχή που τα εισπράττει και ο τρόπος πληρωμής, δημοσιευμένα πριν από την εφαρμογή τους
notice-status-comment-closed = Η περίοδος υποβολής σχολίων έληξε
notice-status-withdrawn = Αποσύρθηκε
change-consultation-open = Διαβούλευση ανοικτή για σχόλια έως { $date }: { $title }
change-consultation-closed = Η διαβούλευση έκλεισε στις { $date }: { $title }
changes-follow-feed = Παρακολουθήστε τις αλλαγές αυτές στη ροή «{ $feed }»:
