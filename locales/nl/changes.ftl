# UI strings of the default theme, Dutch: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Wat er is gewijzigd en wat er gaat wijzigen
changes-title = Wijzigingen
changes-intro = Wat er op deze website is gewijzigd en wat er gaat wijzigen: tariefposten en tarieven, vergoedingen, procedures, maatregelen, instrumenten en mededelingen. Abonneer u op een feed om op de hoogte te blijven van wijzigingen zodra ze worden gepubliceerd.
changes-upcoming = Binnenkort van kracht
changes-recent = Recente wijzigingen
changes-none = Er zijn nog geen wijzigingen geregistreerd.
changes-from-notices = Deze lijst toont de mededelingen en de data waarop pagina’s het laatst zijn bijgewerkt; niet elke wijziging van een tarief of een tariefpost wordt vermeld.
changes-feeds = Abonneren
changes-feed-atom = Atom-feed
changes-feed-json = JSON-feed
changes-feed-chapter = Hoofdstuk { $number }: { $title }
changes-kind-tariff = Tarief
changes-kind-procedures = Procedures
changes-kind-fees = Vergoedingen en heffingen
changes-kind-measures = Maatregelen
changes-kind-tools = WDO-instrumenten
changes-kind-notices = Mededelingen
changes-kind-pages = Andere pagina’s
changes-filter-kind = Tonen
changes-filter-chapter = Hoofdstuk van het tarief
changes-all-chapters = Alle hoofdstukken
changes-effective = Van kracht vanaf { $date }
changes-last-day = Laatste dag van kracht: { $date }
changes-history = Wijzigingsgeschiedenis
changes-history-none = Voor deze pagina is geen wijziging geregistreerd.
changes-recorded = Geregistreerd op { $date }
change-none = geen
change-line-added = { $when ->
    [dated] Nieuwe tariefpost { $code } vanaf { $date }: { $description }
   *[other] Nieuwe tariefpost { $code }: { $description }
}
change-lines-added = { $count } tariefposten toegevoegd aan hoofdstuk { $chapter }
change-column-added = Kolom { $column } toegevoegd aan hoofdstuk { $chapter }
change-column-removed = Kolom { $column } geschrapt uit hoofdstuk { $chapter }
change-line-removed = Tariefpost { $code } geschrapt ({ $description })
change-rate = { $when ->
    [dated] Tarief { $column } voor { $code } wijzigt op { $date } van { $old } in { $new }
   *[other] Tarief { $column } voor { $code } gewijzigd van { $old } in { $new }
}
change-column = { $column } voor { $code } gewijzigd van { $old } in { $new }
change-description = Omschrijving van { $code } herzien: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: het bedrag wijzigt op { $date } van { $old } in { $new }
   *[other] { $title }: bedrag gewijzigd van { $old } in { $new }
}
change-fee-currency = { $title }: munteenheid gewijzigd van { $old } in { $new }
change-fee-effective = { $title }: treedt in werking op { $date }
change-steps = { $title }: stappen herzien, nu { $new ->
    [one] één stap
   *[other] { $new } stappen
} (voorheen: { $old })
change-documents = { $title }: vereiste documenten gewijzigd
change-agencies = { $title }: betrokken instanties gewijzigd
change-fees = { $title }: geheven vergoedingen gewijzigd
change-hs = { $title }: betrokken goederen gewijzigd
change-items-added = Toegevoegd: { $items }.
change-items-removed = Verwijderd: { $items }.
change-tool-status = { $title }: status gewijzigd van „{ $old }” in „{ $new }”
change-page-added = Nieuw: { $title }
change-page-removed = Teruggetrokken: { $title }
change-text = Herzien: { $title }
change-notice = Mededeling: { $title }
change-updated = Bijgewerkt: { $title }
change-effective = Treedt in werking op { $date }.

## Gedateerde waarden: eerste en laatste dag van een tariefpost, gepland tarief of bedrag. $date is de dag waarover het gaat; $was de eerder geplande dag.
change-line-starts = { $moved ->
    [yes] Tariefpost { $code } geldt nu vanaf { $date }, niet vanaf { $was } ({ $description })
   *[other] Tariefpost { $code } geldt vanaf { $date } ({ $description })
}
change-line-start-withdrawn = Tariefpost { $code } geldt nu al, niet pas vanaf { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Tariefpost { $code } geldt nu tot en met { $date }, niet tot en met { $was } ({ $description })
   *[other] Tariefpost { $code } geldt tot en met { $date } ({ $description })
}
change-line-end-withdrawn = Tariefpost { $code } eindigt niet meer op { $date } ({ $description })
change-rate-revised = Tarief { $column } voor { $code }: vanaf { $date } geldt nu { $new }, niet { $old }
change-rate-moved = Tarief { $column } voor { $code }: de wijziging in { $new } gaat nu in op { $date }, niet op { $was }
change-rate-withdrawn = De wijziging van het tarief { $column } voor { $code } in { $new } op { $date } komt te vervallen
change-fee-amount-revised = { $title }: het bedrag vanaf { $date } is nu { $new }, niet { $old }
change-fee-amount-moved = { $title }: het bedrag van { $new } geldt nu vanaf { $date }, niet vanaf { $was }
change-fee-amount-withdrawn = { $title }: de wijziging van het bedrag in { $new } op { $date } komt te vervallen
change-fee-ends = { $moved ->
    [yes] { $title }: wordt nu voor het laatst geheven op { $date }, niet op { $was }
   *[other] { $title }: wordt voor het laatst geheven op { $date }
}
change-fee-end-withdrawn = { $title }: eindigt niet meer op { $date }
