# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Ricerca del dazio applicabile alle merci
home-lookup-label = Codice o designazione delle merci
home-lookup-hint = Ad esempio { $code } o caffè torrefatto.
home-upcoming-title = Entrate in vigore nei prossimi { $days } giorni
home-upcoming-none = Nessuna entrata in vigore prevista nei prossimi { $days } giorni.
home-upcoming-more = { $count ->
    [one] È prevista un’altra modifica nello stesso periodo.
    [many] Sono previste altre { $count } di modifiche nello stesso periodo.
   *[other] Sono previste altre { $count } modifiche nello stesso periodo.
}
home-all-changes = Tutte le modifiche, passate e previste
home-consultations-title = Consultazioni in corso
home-consultation-until = Osservazioni fino al giorno { $date }
home-consultations-none = Al momento non è aperta alcuna consultazione.
home-recent-title = Ultime modifiche
home-enquiry-title = Domande?
home-enquiry-text = Il punto d’informazione nazionale risponde alle domande degli operatori economici sulla tariffa doganale, sulle procedure e sui diritti.
home-browse-title = Sezioni del sito
tariff-headings-index = Voci di questo capitolo
tariff-columns-title = Significato delle colonne
tariff-index-about = Informazioni sulla tariffa
procedure-fee-if = ove applicabile
procedure-fees-conditional = Riscossi solo in alcuni casi
