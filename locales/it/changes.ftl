# UI strings of the default theme, Italian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Che cosa è cambiato e che cosa cambierà
changes-title = Modifiche
changes-intro = Che cosa è cambiato su questo sito e che cosa cambierà: linee tariffarie e aliquote, diritti, procedure, misure, strumenti e avvisi. Iscriversi a un feed per essere informati delle modifiche non appena vengono pubblicate.
changes-upcoming = Prossime entrate in vigore
changes-recent = Modifiche recenti
changes-none = Nessuna modifica ancora registrata.
changes-from-notices = Questo elenco riporta gli avvisi e le date di ultimo aggiornamento delle pagine; non elenca ogni modifica di un’aliquota o di una linea tariffaria.
changes-feeds = Iscriviti
changes-feed-atom = Feed Atom
changes-feed-json = Feed JSON
changes-feed-chapter = Capitolo { $number }: { $title }
changes-kind-tariff = Tariffa
changes-kind-procedures = Procedure
changes-kind-fees = Diritti e oneri
changes-kind-measures = Misure
changes-kind-tools = Strumenti dell’OMD
changes-kind-notices = Avvisi
changes-kind-pages = Altre pagine
changes-filter-kind = Mostra
changes-filter-chapter = Capitolo della tariffa
changes-all-chapters = Tutti i capitoli
changes-effective = In vigore dal giorno { $date }
changes-last-day = Ultimo giorno in vigore: { $date }
changes-history = Cronologia delle modifiche
changes-history-none = Nessuna modifica registrata per questa pagina.
changes-recorded = Registrata in data { $date }
change-none = nessuno
change-line-added = { $when ->
    [dated] Nuova linea tariffaria { $code } dal giorno { $date }: { $description }
   *[other] Nuova linea tariffaria { $code }: { $description }
}
change-lines-added = { $count } linee tariffarie aggiunte al capitolo { $chapter }
change-column-added = Colonna { $column } aggiunta al capitolo { $chapter }
change-column-removed = Colonna { $column } soppressa dal capitolo { $chapter }
change-line-removed = Linea tariffaria { $code } soppressa ({ $description })
change-rate = { $when ->
    [dated] Aliquota { $column } del codice { $code }: passa da { $old } a { $new } in data { $date }
   *[other] Aliquota { $column } del codice { $code }: modificata da { $old } a { $new }
}
change-column = { $column } del codice { $code }: modificato da { $old } a { $new }
change-description = Designazione del codice { $code } modificata: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: l’importo passa da { $old } a { $new } in data { $date }
   *[other] { $title }: importo modificato da { $old } a { $new }
}
change-fee-currency = { $title }: valuta modificata da { $old } a { $new }
change-fee-effective = { $title }: entra in vigore in data { $date }
change-steps = { $title }: fasi riviste, ora { $new ->
    [one] una fase
    [many] { $new } di fasi
   *[other] { $new } fasi
} (in precedenza: { $old })
change-documents = { $title }: modificati i documenti richiesti
change-agencies = { $title }: modificati gli enti coinvolti
change-fees = { $title }: modificati i diritti riscossi
change-hs = { $title }: modificate le merci interessate
change-items-added = Aggiunti: { $items }.
change-items-removed = Soppressi: { $items }.
change-tool-status = { $title }: stato modificato da { $old } a { $new }
change-page-added = Nuovo: { $title }
change-page-removed = Ritirato: { $title }
change-text = Rivisto: { $title }
change-notice = Avviso: { $title }
change-updated = Aggiornato: { $title }
change-effective = Entra in vigore in data { $date }.

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] La linea tariffaria { $code } si applica ora dal giorno { $date } anziché dal giorno { $was } ({ $description })
   *[other] La linea tariffaria { $code } si applica dal giorno { $date } ({ $description })
}
change-line-start-withdrawn = La linea tariffaria { $code } si applica fin da ora, anziché dal giorno { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] La linea tariffaria { $code } si applica ora fino al giorno { $date } anziché fino al giorno { $was } ({ $description })
   *[other] La linea tariffaria { $code } si applica fino al giorno { $date } ({ $description })
}
change-line-end-withdrawn = La linea tariffaria { $code } non cessa più di applicarsi in data { $date } ({ $description })
change-rate-revised = Aliquota { $column } del codice { $code }: la modifica prevista in data { $date } porta ora l’aliquota a { $new } anziché a { $old }
change-rate-moved = Aliquota { $column } del codice { $code }: il passaggio a { $new } decorre ora dal giorno { $date } anziché dal giorno { $was }
change-rate-withdrawn = Il passaggio dell’aliquota { $column } del codice { $code } a { $new } previsto in data { $date } è stato annullato
change-fee-amount-revised = { $title }: l’importo applicabile dal giorno { $date } è ora { $new } anziché { $old }
change-fee-amount-moved = { $title }: l’importo di { $new } si applica ora dal giorno { $date } anziché dal giorno { $was }
change-fee-amount-withdrawn = { $title }: la modifica dell’importo a { $new } prevista in data { $date } è stata annullata
change-fee-ends = { $moved ->
    [yes] { $title }: ora riscosso per l’ultima volta in data { $date } anziché in data { $was }
   *[other] { $title }: riscosso per l’ultima volta in data { $date }
}
change-fee-end-withdrawn = { $title }: la riscossione non cessa più in data { $date }
