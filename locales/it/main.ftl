# UI strings of the default theme, Italian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Vai al contenuto principale
language-switcher = Lingua
main-navigation = Menu principale
breadcrumb = Percorso
footer-navigation = Informazioni su questo sito
footer-published-by = Pubblicato da { $site }.

## Dates

last-updated = Ultimo aggiornamento:
published = Data di pubblicazione:

## Translations

notice-untranslated = Questa pagina non è ancora stata tradotta. Viene visualizzata nella versione originale ({ $original }).
notice-stale = Questa traduzione potrebbe non essere aggiornata: la versione originale ({ $original }) è stata aggiornata in data { $date }.
notice-read-original = Leggere la versione originale ({ $original }).

## Sections and pages

on-this-page = In questa pagina
in-this-section = { $count ->
    [one] Una pagina in questa sezione
    [many] { $count } di pagine in questa sezione
   *[other] { $count } pagine in questa sezione
}
home-explore = Contenuti del sito

## Errors and redirects

not-found-title = Pagina non trovata
not-found-text = La pagina richiesta non esiste o è stata spostata. Verificare l’indirizzo oppure ripartire dalla pagina iniziale.
not-found-home = Vai alla pagina iniziale
redirect-title = Questa pagina è stata spostata
redirect-link = Vai al nuovo indirizzo di questa pagina

## Language chooser

chooser-intro = Scegliere la lingua.

## Tariff

tariff-sections = Sezioni
tariff-section = Sezione { $number }
tariff-other-chapters = Altri capitoli
tariff-chapter = Capitolo { $number }
tariff-chapter-notes-of = Note del capitolo { $number }
tariff-see-chapter = Vedi l’intero capitolo { $number }
tariff-lines = Linee tariffarie
tariff-lines-under = Linee comprese in { $code }
tariff-table-hint = Selezionare un codice per visualizzarne le aliquote e le norme applicabili.
tariff-no-rate = Nessuna
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Aliquote dei dazi in vigore
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Aliquote dei dazi in vigore dal giorno { $date }
tariff-rates-from = Aliquote dei dazi dal giorno { $date }
tariff-rates-until = Aliquote dei dazi fino al giorno { $date } incluso
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } dal giorno { $date }
tariff-line-not-yet = Questa linea non è ancora in vigore: si applica dal giorno { $date }.
tariff-line-ended = Questa linea non è più in vigore: si è applicata fino al giorno { $date }.
tariff-line-ending = Questa linea è in vigore fino al giorno { $date } incluso, ultimo giorno di applicazione.
tariff-replaced-by = Dal giorno { $date }, questa linea è sostituita da:
tariff-replaces = Dal giorno { $date }, questa linea sostituisce:
tariff-timeline = Evoluzione delle aliquote
tariff-timeline-column = Colonna
tariff-timeline-rate = Aliquota
tariff-timeline-from = Dal
tariff-timeline-to = Al
tariff-timeline-state = Stato
tariff-state-past = Precedente
tariff-state-in_force = In vigore
tariff-state-scheduled = Prevista
tariff-level-heading = Voce
tariff-level-subheading = Sottovoce
tariff-level-national_line = Linea tariffaria nazionale
tariff-col-code = Codice
tariff-col-description = Designazione delle merci
tariff-col-unit = Unità
tariff-col-mfn = NPF
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Nota

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Esente
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, max. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Procedura
kind-fee = Diritto o onere
kind-measure = Misura
kind-tool = Strumento o risorsa dell’OMD
kind-legal = Testo giuridico
kind-form = Modulo
kind-agency = Ente
kind-notice = Avviso
kind-plural-procedure = Procedure
kind-plural-fee = Diritti e oneri
kind-plural-measure = Misure: divieti, restrizioni e licenze
kind-plural-tool = Strumenti e risorse dell’OMD
kind-plural-legal = Testi giuridici
kind-plural-form = Moduli
kind-plural-agency = Enti
kind-plural-notice = Avvisi
backlinks-title = Citato in
tariff-what-applies = Disposizioni applicabili a queste merci
footer-enquiry-point = Domande? Rivolgersi al punto d’informazione nazionale

field-legal-basis = Base giuridica
field-hs = Merci interessate (codici tariffari)
field-direction = Tipo di operazione
field-agencies = Enti coinvolti
field-agency = Ente
field-tools = Norme internazionali applicate
field-duration = Durata abituale
field-amount = Importo
field-per = Base di riscossione
field-reason = Motivo della riscossione
field-authority = Riscosso da
field-payment = Modalità di pagamento
field-published = Data di pubblicazione
field-effective = In vigore dal
field-effective-proposed = Entrata in vigore proposta
field-until = Ultimo giorno di riscossione
field-acronym = Sigla
field-category = Ambito
field-status = Stato
field-issuer = Emesso da
field-adopted = Data di adozione
field-url = Pagina ufficiale
field-related = Strumenti correlati
field-type = Tipo
field-number = Numero
field-signed = Data della firma
field-official-text = Testo ufficiale
field-download = Scarica
field-email = Posta elettronica
field-phone = Telefono
field-address = Indirizzo
field-hours = Orario di apertura
field-comment-until = Termine per le osservazioni
field-affects = Riguarda

direction-import = Importazione
direction-export = Esportazione
direction-transit = Transito
direction-both = Importazione ed esportazione
direction-other = Altre procedure
filter-by-direction = Visualizza le procedure di

## Procedures

procedure-summary = In sintesi
procedure-steps-count = Fasi
procedure-total-time = Durata complessiva abituale
procedure-total-fees = Diritti
procedure-fees-more = { $count ->
    [one] più un diritto che dipende dal caso
    [many] più { $count } di diritti che dipendono dal caso
   *[other] più { $count } diritti che dipendono dal caso
}
procedure-fees-varying = { $count ->
    [one] Un diritto che dipende dal caso
    [many] { $count } di diritti che dipendono dal caso
   *[other] { $count } diritti che dipendono dal caso
}
procedure-documents = Documenti da predisporre
procedure-steps = Passo dopo passo
procedure-steps-n = { $count ->
    [one] Una fase
    [many] { $count } di fasi
   *[other] { $count } fasi
}
duration-days = { $count ->
    [one] 1 giorno
    [many] { $count } di giorni
   *[other] { $count } giorni
}
duration-hours = { $count ->
    [one] 1 ora
    [many] { $count } di ore
   *[other] { $count } ore
}
duration-minutes = { $count ->
    [one] 1 minuto
    [many] { $count } di minuti
   *[other] { $count } minuti
}
duration-range = da { $min } a { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Tabella dei diritti e degli oneri
fee-tiers = Importi
fee-see-tiers = Vedi gli importi
fee-per-declaration = per dichiarazione
fee-per-consignment = per spedizione
fee-per-container = per container
fee-per-certificate = per certificato
fee-per-hour = all’ora
fee-per-application = per domanda
fee-per-day = al giorno
fee-per-page = per pagina
fee-per-item = per articolo
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = in vigore
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = in vigore dal giorno { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } dal giorno { $date }
fee-changes-on = Gli importi cambiano in data { $date }
fee-not-yet = Non ancora in vigore: questo diritto è riscosso dal giorno { $date }.
fee-ended = Non più in vigore: questo diritto è stato riscosso per l’ultima volta in data { $date }.
fee-state-not-yet = Non ancora in vigore
fee-state-ended = Non più in vigore
fee-timeline = Evoluzione degli importi
fee-timeline-tier = Caso
fee-timeline-from = Dal
fee-timeline-to = Ultimo giorno
fee-timeline-state = Stato
fee-value-past = Precedente
fee-value-in_force = In vigore
fee-value-scheduled = Previsto

## WCO tools

tools-by-category = Ambiti
tool-category-conventions = Convenzioni e accordi
tool-category-facilitation = Agevolazione degli scambi
tool-category-security = Sicurezza della catena di approvvigionamento
tool-category-nomenclature = Classificazione
tool-category-valuation = Valore in dogana
tool-category-origin = Origine
tool-category-enforcement = Controllo e conformità
tool-category-capacity-building = Sviluppo delle capacità
tool-category-data = Dati e tecnologia
tool-category-revenue = Entrate
tool-status-contracting-party = Parte contraente
tool-status-applied = Applicato
tool-status-in-progress = In corso di attuazione
tool-status-not-applied = Non applicato
tool-status-reference = Riferimento

## Measures, legal texts, notices

measure-type-prohibition = Divieto
measure-type-restriction = Restrizione
measure-type-licence = Licenza o autorizzazione
measure-type-sps = Misura sanitaria o fitosanitaria
measure-type-tbt = Requisito tecnico
measure-type-quota = Contingente
measure-type-other = Altra misura
legal-type-law = Legge
legal-type-decree = Decreto
legal-type-circular = Circolare
legal-type-ruling = Decisione
legal-type-agreement = Accordo internazionale
notice-status-draft-for-comment = Aperto alle osservazioni
notice-status-adopted = Adottato
notice-status-in-force = In vigore
notice-status-repealed = Abrogato
notice-consultation-open = Il presente progetto è aperto alle osservazioni fino al giorno { $date }. Inviare le osservazioni a

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Un elemento non è ancora pubblicato su questo sito.
    [many] { $count } di elementi non sono ancora pubblicati su questo sito.
   *[other] { $count } elementi non sono ancora pubblicati su questo sito.
}
tfa-not-covered = Non ancora pubblicato
tfa-1-1-a = Procedure di importazione, esportazione e transito e moduli e documenti richiesti
tfa-1-1-b = Aliquote applicate dei dazi e delle imposte
tfa-1-1-c = Diritti e oneri
tfa-1-1-d = Norme per la classificazione o la valutazione dei prodotti a fini doganali
tfa-1-1-e = Leggi, regolamenti e decisioni amministrative relativi alle norme di origine
tfa-1-1-f = Restrizioni o divieti all’importazione, all’esportazione o al transito
tfa-1-1-g = Disposizioni sanzionatorie
tfa-1-1-h = Procedure di ricorso o di riesame
tfa-1-1-i = Accordi con altri paesi in materia di importazione, esportazione o transito
tfa-1-1-j = Procedure relative alla gestione dei contingenti tariffari
tfa-1-2 = Informazioni disponibili tramite internet
tfa-1-3 = Punti d’informazione

filter-all = Tutti
tools-filter-status = Visualizza gli strumenti in base al loro stato presso questa amministrazione

## Search

search-title = Ricerca
search-label = Cerca nel sito
search-placeholder = Merci, codice, procedura, diritto…
search-button = Cerca
search-kind = Mostra
search-kind-all = Tutto
search-kind-tariff = Codici tariffari
search-kind-page = Altre pagine
search-hint = Digitare parole in qualsiasi forma, oppure un codice tariffario con o senza punti ({ $code }).
search-needs-script = La ricerca richiede JavaScript. In alternativa, consultare la tariffa per sezione e capitolo.
search-count = Risultati:
search-chapter = Capitolo della tariffa
search-none = Nessun risultato per «{ $query }».
search-note-code = Il codice { $asked } non esiste. Viene visualizzato { $found }.
search-note-typo = Nessun risultato per «{ $asked }». Vengono visualizzati i risultati per «{ $found }».
search-result-tariff = Codice tariffario
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = dazio dazi dogana tariffa aliquota
search-previous = Precedenti
search-next = Successivi

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
