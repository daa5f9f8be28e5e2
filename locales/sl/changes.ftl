# UI strings of the default theme, Slovenian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Kaj se je spremenilo in kaj se bo spremenilo
changes-title = Spremembe
changes-intro = Kaj se je spremenilo na tem spletnem mestu in kaj se bo spremenilo: tarifne oznake in stopnje, pristojbine, postopki, ukrepi, orodja in obvestila. Naročite se na vir novic, da boste o spremembah obveščeni takoj ob njihovi objavi.
changes-upcoming = Kmalu začnejo veljati
changes-recent = Nedavne spremembe
changes-none = Zabeleženih sprememb še ni.
changes-from-notices = Ta seznam prikazuje obvestila in datume zadnje posodobitve strani; ne navaja vsake spremembe stopnje ali tarifne oznake.
changes-feeds = Naročnina
changes-feed-atom = Vir Atom
changes-feed-json = Vir JSON
changes-feed-chapter = Poglavje { $number }: { $title }
changes-kind-tariff = Tarifa
changes-kind-procedures = Postopki
changes-kind-fees = Pristojbine in dajatve
changes-kind-measures = Ukrepi
changes-kind-tools = Orodja SCO
changes-kind-notices = Obvestila
changes-kind-pages = Druge strani
changes-filter-kind = Prikaži
changes-filter-chapter = Poglavje tarife
changes-all-chapters = Vsa poglavja
changes-effective = Velja od: { $date }
changes-last-day = Zadnji dan veljavnosti: { $date }
changes-history = Zgodovina sprememb
changes-history-none = Za to stran ni zabeleženih sprememb.
changes-recorded = Zabeleženo: { $date }
change-none = ni
change-line-added = { $when ->
    [dated] Nova tarifna oznaka { $code } (velja od: { $date }): { $description }
   *[other] Nova tarifna oznaka { $code }: { $description }
}
change-lines-added = Poglavje { $chapter }: dodane tarifne oznake ({ $count })
change-column-added = Poglavje { $chapter }: dodan stolpec { $column }
change-column-removed = Poglavje { $chapter }: odstranjen stolpec { $column }
change-line-removed = Ukinjena tarifna oznaka { $code } ({ $description })
change-rate = { $when ->
    [dated] Stopnja { $column } za { $code } se spremeni (datum spremembe: { $date }): nova stopnja { $new }, sedanja { $old }
   *[other] Stopnja { $column } za { $code } je spremenjena: zdaj { $new }, prej { $old }
}
change-column = { $code }, { $column }: sprememba – zdaj { $new }, prej { $old }
change-description = Spremenjeno poimenovanje za { $code }: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: sprememba zneska (datum spremembe: { $date }) – novi znesek { $new }, sedanji { $old }
   *[other] { $title }: znesek je spremenjen – zdaj { $new }, prej { $old }
}
change-fee-currency = { $title }: valuta je spremenjena – zdaj { $new }, prej { $old }
change-fee-effective = { $title }: začetek veljavnosti: { $date }
change-steps = { $title }: koraki so spremenjeni, zdaj { $new ->
    [1] en korak
    [one] { $new } korak
    [two] { $new } koraka
    [few] { $new } koraki
   *[other] { $new } korakov
} (prej: { $old })
change-documents = { $title }: spremenjeni zahtevani dokumenti
change-agencies = { $title }: spremenjeni vključeni organi
change-fees = { $title }: spremenjene obračunane pristojbine
change-hs = { $title }: spremenjeno zadevno blago
change-items-added = Dodano: { $items }.
change-items-removed = Odstranjeno: { $items }.
change-tool-status = { $title }: stanje je spremenjeno – zdaj { $new }, prej { $old }
change-page-added = Novo: { $title }
change-page-removed = Umaknjeno: { $title }
change-text = Spremenjeno: { $title }
change-notice = Obvestilo: { $title }
change-updated = Posodobljeno: { $title }
change-effective = Začetek veljavnosti: { $date }.

## Vrednosti z datumom: prvi in zadnji dan tarifne oznake, načrtovana stopnja ali znesek. $date je dan, na katerega se vnos nanaša; $was je prej določeni dan.
change-line-starts = { $moved ->
    [yes] Tarifna oznaka { $code } ({ $description }): začetek uporabe je zdaj { $date }, ne več { $was }
   *[other] Tarifna oznaka { $code } ({ $description }): začetek uporabe je { $date }
}
change-line-start-withdrawn = Tarifna oznaka { $code } ({ $description }) se uporablja že zdaj; predvideni začetek uporabe ({ $date }) ne velja več
change-line-ends = { $moved ->
    [yes] Tarifna oznaka { $code } ({ $description }): zadnji dan uporabe je zdaj { $date }, ne več { $was }
   *[other] Tarifna oznaka { $code } ({ $description }): zadnji dan uporabe je { $date }
}
change-line-end-withdrawn = Tarifna oznaka { $code } ({ $description }): predvideni zadnji dan uporabe ({ $date }) ne velja več
change-rate-revised = Stopnja { $column } za { $code }: nova vrednost ob spremembi (datum spremembe: { $date }) je zdaj { $new }, ne { $old }
change-rate-moved = Stopnja { $column } za { $code }: nova vrednost { $new } začne veljati na drug datum: { $date } (prej: { $was })
change-rate-withdrawn = Stopnja { $column } za { $code }: načrtovana sprememba ({ $new }, datum spremembe: { $date }) je preklicana
change-fee-amount-revised = { $title }: novi znesek (velja od: { $date }) je zdaj { $new }, ne { $old }
change-fee-amount-moved = { $title }: znesek { $new } začne veljati na drug datum: { $date } (prej: { $was })
change-fee-amount-withdrawn = { $title }: načrtovana sprememba zneska ({ $new }, datum spremembe: { $date }) je preklicana
change-fee-ends = { $moved ->
    [yes] { $title }: zadnji dan obračunavanja je zdaj { $date }, ne več { $was }
   *[other] { $title }: zadnji dan obračunavanja je { $date }
}
change-fee-end-withdrawn = { $title }: predvideni zadnji dan obračunavanja ({ $date }) ne velja več
