# UI strings of the default theme, Greek: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Τι άλλαξε και τι θα αλλάξει
changes-title = Αλλαγές
changes-intro = Τι άλλαξε στον ιστότοπο και τι θα αλλάξει: δασμολογικές γραμμές και συντελεστές, τέλη, διαδικασίες, μέτρα, εργαλεία και ανακοινώσεις. Εγγραφείτε σε μια ροή για να ενημερώνεστε για τις αλλαγές μόλις δημοσιεύονται.
changes-upcoming = Προσεχής έναρξη ισχύος
changes-recent = Πρόσφατες αλλαγές
changes-none = Δεν έχουν καταγραφεί ακόμη αλλαγές.
changes-from-notices = Ο κατάλογος αυτός παρουσιάζει τις ανακοινώσεις και τις ημερομηνίες τελευταίας ενημέρωσης των σελίδων· δεν περιλαμβάνει κάθε αλλαγή συντελεστή ή δασμολογικής γραμμής.
changes-feeds = Εγγραφή
changes-feed-atom = Ροή Atom
changes-feed-json = Ροή JSON Feed
changes-feed-chapter = Κεφάλαιο { $number }: { $title }
changes-kind-tariff = Δασμολόγιο
changes-kind-procedures = Διαδικασίες
changes-kind-fees = Τέλη και επιβαρύνσεις
changes-kind-measures = Μέτρα
changes-kind-tools = Εργαλεία του ΠΟΤ
changes-kind-notices = Ανακοινώσεις
changes-kind-pages = Άλλες σελίδες
changes-filter-kind = Εμφάνιση
changes-filter-chapter = Κεφάλαιο του δασμολογίου
changes-all-chapters = Όλα τα κεφάλαια
changes-effective = Σε ισχύ από { $date }
changes-last-day = Τελευταία ημέρα ισχύος: { $date }
changes-history = Ιστορικό αλλαγών
changes-history-none = Δεν έχει καταγραφεί καμία αλλαγή για τη σελίδα αυτή.
changes-recorded = Καταγράφηκε στις { $date }
change-none = (κανένα)
change-line-added = { $when ->
    [dated] Νέα δασμολογική γραμμή { $code } από { $date }: { $description }
   *[other] Νέα δασμολογική γραμμή { $code }: { $description }
}
change-lines-added = Δασμολογικές γραμμές που προστέθηκαν στο κεφάλαιο { $chapter }: { $count }
change-column-added = Η στήλη { $column } προστέθηκε στο κεφάλαιο { $chapter }
change-column-removed = Η στήλη { $column } αφαιρέθηκε από το κεφάλαιο { $chapter }
change-line-removed = Η δασμολογική γραμμή { $code } καταργήθηκε ({ $description })
change-rate = { $when ->
    [dated] Ο συντελεστής { $column } του κωδικού { $code } αλλάζει από { $old } σε { $new } στις { $date }
   *[other] Ο συντελεστής { $column } του κωδικού { $code } άλλαξε από { $old } σε { $new }
}
change-column = { $column } του κωδικού { $code }: αλλαγή από { $old } σε { $new }
change-description = Αναθεωρήθηκε η περιγραφή του κωδικού { $code }: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: το ποσό αλλάζει από { $old } σε { $new } στις { $date }
   *[other] { $title }: το ποσό άλλαξε από { $old } σε { $new }
}
change-fee-currency = { $title }: το νόμισμα άλλαξε από { $old } σε { $new }
change-fee-effective = { $title }: τίθεται σε ισχύ στις { $date }
change-steps = { $title }: τα βήματα αναθεωρήθηκαν, τώρα { $new ->
    [0] κανένα βήμα
    [one] ένα βήμα
   *[other] { $new } βήματα
} (πριν: { $old })
change-documents = { $title }: άλλαξαν τα απαιτούμενα έγγραφα
change-agencies = { $title }: άλλαξαν οι εμπλεκόμενοι φορείς
change-fees = { $title }: άλλαξαν τα εισπραττόμενα τέλη
change-hs = { $title }: άλλαξαν τα εμπορεύματα που καλύπτονται
change-items-added = Προστέθηκαν: { $items }.
change-items-removed = Αφαιρέθηκαν: { $items }.
change-tool-status = { $title }: η κατάσταση άλλαξε από { $old } σε { $new }
change-page-added = Νέο: { $title }
change-page-removed = Αποσύρθηκε: { $title }
change-text = Αναθεωρήθηκε: { $title }
change-notice = Ανακοίνωση: { $title }
change-updated = Ενημερώθηκε: { $title }
change-effective = Τίθεται σε ισχύ στις { $date }.

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] Η δασμολογική γραμμή { $code } αρχίζει πλέον να ισχύει στις { $date } και όχι στις { $was } ({ $description })
   *[other] Η δασμολογική γραμμή { $code } αρχίζει να ισχύει στις { $date } ({ $description })
}
change-line-start-withdrawn = Η δασμολογική γραμμή { $code } ισχύει ήδη και όχι από { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Η τελευταία ημέρα ισχύος της δασμολογικής γραμμής { $code } είναι πλέον { $date } και όχι { $was } ({ $description })
   *[other] Η τελευταία ημέρα ισχύος της δασμολογικής γραμμής { $code } είναι { $date } ({ $description })
}
change-line-end-withdrawn = Η δασμολογική γραμμή { $code } δεν λήγει πλέον στις { $date } ({ $description })
change-rate-revised = Συντελεστής { $column } του κωδικού { $code }: η αλλαγή στις { $date } είναι πλέον σε { $new } και όχι σε { $old }
change-rate-moved = Συντελεστής { $column } του κωδικού { $code }: η αλλαγή σε { $new } τίθεται πλέον σε ισχύ στις { $date } και όχι στις { $was }
change-rate-withdrawn = Η αλλαγή του συντελεστή { $column } του κωδικού { $code } σε { $new } στις { $date } αποσύρθηκε
change-fee-amount-revised = { $title }: το ποσό από { $date } είναι πλέον { $new } και όχι { $old }
change-fee-amount-moved = { $title }: το ποσό των { $new } ισχύει πλέον από { $date } και όχι από { $was }
change-fee-amount-withdrawn = { $title }: η αλλαγή του ποσού σε { $new } στις { $date } αποσύρθηκε
change-fee-ends = { $moved ->
    [yes] { $title }: εισπράττεται πλέον για τελευταία φορά στις { $date } και όχι στις { $was }
   *[other] { $title }: εισπράττεται για τελευταία φορά στις { $date }
}
change-fee-end-withdrawn = { $title }: δεν λήγει πλέον στις { $date }
