# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Uzziniet savām precēm piemērojamo muitas nodokli
home-lookup-label = Preču kods vai preču apraksts
home-lookup-hint = Piemēram, { $code } vai grauzdēta kafija.
home-upcoming-title = Stāsies spēkā tuvāko { $days } dienu laikā
home-upcoming-none = Tuvāko { $days } dienu laikā nekas nestāsies spēkā.
home-upcoming-more = { $count ->
    [1] Šajā laikposmā plānota vēl viena izmaiņa.
    [zero] Šajā laikposmā plānotas vēl { $count } izmaiņas.
    [one] Šajā laikposmā plānota vēl { $count } izmaiņa.
   *[other] Šajā laikposmā plānotas vēl { $count } izmaiņas.
}
home-all-changes = Visas izmaiņas – iepriekšējās un plānotās
home-consultations-title = Atvērtās apspriešanas
home-consultation-until = Piezīmju iesniegšanas termiņš: { $date }
home-consultations-none = Pašlaik nenotiek neviena apspriešana.
home-recent-title = Jaunākās izmaiņas
home-enquiry-title = Jautājumi?
home-enquiry-text = Valsts informācijas punkts atbild uz ekonomikas dalībnieku jautājumiem par tarifiem, procedūrām un nodevām.
home-browse-title = Pārlūkot vietni
tariff-headings-index = Šīs nodaļas pozīcijas
tariff-columns-title = Ko nozīmē ailes
tariff-index-about = Par tarifu
procedure-fee-if = ja piemērojams
procedure-fees-conditional = Iekasē tikai dažos gadījumos
