# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Μία πρόταση για τα αποτελέσματα αναζήτησης και τις προεπισκοπήσεις συνδέσμων.
archetype-agency-body = Τι κάνει ο φορέας στα σύνορα και πότε οι έμποροι έρχονται σε επαφή μαζί του.
archetype-agency-address = Οδός, Πόλη
archetype-agency-hours = Δευτέρα έως Παρασκευή, 08:00–17:00
archetype-exchange-rate-body = Σε ποια εμπορεύματα και διασαφήσεις εφαρμόζεται η ισοτιμία και από πού προέρχεται.
archetype-fee-reason = Η υπηρεσία για την οποία καταβάλλεται το τέλος (άρθρο 6.1.2 της Συμφωνίας του ΠΟΕ για τη διευκόλυνση του εμπορίου).
archetype-fee-payment = Πώς και πότε καταβάλλεται.
archetype-fee-body = Ποιος πληρώνει, απαλλαγές και παραδείγματα.
archetype-form-body = Ποιος το συμπληρώνει, πότε και πού υποβάλλεται.
archetype-legal-body = Τι ρυθμίζει το κείμενο, για ποιους ισχύει και οι κύριες διατάξεις του.
archetype-measure-body = Ποια εμπορεύματα καλύπτει, τι πρέπει να κάνει ο έμπορος και πού υποβάλλεται η αίτηση.
archetype-notice-body = Τι αλλάζει, για ποιους και από πότε.
archetype-origin-proof = Η απόδειξη καταγωγής που απαιτεί η συμφωνία (Form D, δήλωση καταγωγής).
archetype-origin-body = Πού δημοσιεύονται οι κανόνες της συμφωνίας και ο γενικός κανόνας για τους κωδικούς που δεν αναφέρονται.
archetype-page-body = Γράψτε εδώ το περιεχόμενο της σελίδας, σε Markdown.
archetype-procedure-summary = Τι κάνει και τι λαμβάνει ο έμπορος, σε μία πρόταση.
archetype-procedure-step = Πρώτο βήμα: τι κάνει ο έμπορος ή ο υπάλληλος
archetype-procedure-document = Εμπορικό τιμολόγιο
archetype-procedure-body = Σε ποιους εφαρμόζεται η διαδικασία, τι πρέπει να προετοιμαστεί, συνήθη λάθη και ερωτήσεις. Για όλα τα κλειδιά, βλ. docs/content-kinds.md#procedures.
archetype-quota-body = Ποιος μπορεί να εισαγάγει στο πλαίσιο της ποσόστωσης και πώς υποβάλλεται η αίτηση.
archetype-ruling-goods = Τα εμπορεύματα, όπως περιγράφονται στην απόφαση.
archetype-ruling-body = Η αιτιολογία: οι κανόνες και οι σημειώσεις βάσει των οποίων λαμβάνεται η απόφαση.
archetype-tool-body = Τι είναι το μέσο και πώς το εφαρμόζει η παρούσα τελωνειακή διοίκηση.
archetype-translation-body = Μεταφράστε εδώ το κείμενο του αρχείου { $original }: τον τίτλο, την περιγραφή, τα πεδία κειμένου και το κύριο κείμενο. Τα δεδομένα (κωδικοί, ποσά, ημερομηνίες, παραπομπές) λαμβάνονται από το πρωτότυπο· παραλείψτε τα.
