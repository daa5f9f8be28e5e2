# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Βρείτε τον δασμό για τα εμπορεύματά σας
home-lookup-label = Κωδικός εμπορεύματος ή περιγραφή των εμπορευμάτων
home-lookup-hint = Για παράδειγμα { $code } ή καβουρδισμένος καφές.
home-upcoming-title = Έναρξη ισχύος τις επόμενες { $days } ημέρες
home-upcoming-none = Δεν προβλέπεται έναρξη ισχύος για καμία αλλαγή τις επόμενες { $days } ημέρες.
home-upcoming-more = { $count ->
    [one] Στο διάστημα αυτό προγραμματίζεται ακόμη μία αλλαγή.
   *[other] Στο διάστημα αυτό προγραμματίζονται ακόμη { $count } αλλαγές.
}
home-all-changes = Όλες οι αλλαγές, παλαιότερες και προγραμματισμένες
home-consultations-title = Ανοικτές διαβουλεύσεις
home-consultation-until = Σχόλια έως { $date }
home-consultations-none = Αυτή τη στιγμή δεν υπάρχει ανοικτή διαβούλευση.
home-recent-title = Τελευταίες αλλαγές
home-enquiry-title = Ερωτήσεις;
home-enquiry-text = Το εθνικό κέντρο πληροφόρησης απαντά σε ερωτήσεις των εμπόρων σχετικά με το δασμολόγιο, τις διαδικασίες και τα τέλη.
home-browse-title = Περιήγηση στον ιστότοπο
tariff-headings-index = Κλάσεις του κεφαλαίου
tariff-columns-title = Τι σημαίνουν οι στήλες
tariff-index-about = Σχετικά με το δασμολόγιο
procedure-fee-if = κατά περίπτωση
procedure-fees-conditional = Εισπράττονται μόνο σε ορισμένες περιπτώσεις
