# UI strings of the default theme, Lithuanian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Kas pasikeitė ir kas pasikeis
changes-title = Pakeitimai
changes-intro = Kas pasikeitė šioje svetainėje ir kas pasikeis: tarifinės eilutės ir muito normos, rinkliavos, procedūros, priemonės, PMO dokumentai ir pranešimai. Užsiprenumeruokite sklaidos kanalą, kad sužinotumėte apie pakeitimus, kai tik jie paskelbiami.
changes-upcoming = Įsigalios
changes-recent = Naujausi pakeitimai
changes-none = Pakeitimų dar neužregistruota.
changes-from-notices = Šiame sąraše pateikiami pranešimai ir puslapių paskutinio atnaujinimo datos; jame nenurodomas kiekvienas muito normos ar tarifinės eilutės pakeitimas.
changes-feeds = Prenumeruoti
changes-feed-atom = Atom sklaidos kanalas
changes-feed-json = JSON Feed sklaidos kanalas
changes-feed-chapter = { $number } skirsnis: { $title }
changes-kind-tariff = Muitų tarifas
changes-kind-procedures = Procedūros
changes-kind-fees = Rinkliavos ir mokesčiai
changes-kind-measures = Priemonės
changes-kind-tools = PMO dokumentai
changes-kind-notices = Pranešimai
changes-kind-pages = Kiti puslapiai
changes-filter-kind = Rodyti
changes-filter-chapter = Tarifo skirsnis
changes-all-chapters = Visi skirsniai
changes-effective = Galioja nuo { $date }
changes-last-day = Paskutinė galiojimo diena: { $date }
changes-history = Pakeitimų istorija
changes-history-none = Šio puslapio pakeitimų neužregistruota.
changes-recorded = Užregistruota { $date }
change-none = nėra
change-line-added = { $when ->
    [dated] Nauja tarifinė eilutė { $code } nuo { $date }: { $description }
   *[other] Nauja tarifinė eilutė { $code }: { $description }
}
change-lines-added = Į { $chapter } skirsnį įtraukta tarifinių eilučių: { $count }
change-column-added = Į { $chapter } skirsnį įtrauktas stulpelis „{ $column }“
change-column-removed = Iš { $chapter } skirsnio išbrauktas stulpelis „{ $column }“
change-line-removed = Tarifinė eilutė { $code } išbraukta ({ $description })
change-rate = { $when ->
    [dated] Kodo { $code } { $column } muito norma { $date } keičiama iš { $old } į { $new }
   *[other] Kodo { $code } { $column } muito norma pakeista iš { $old } į { $new }
}
change-column = Kodo { $code } stulpelio „{ $column }“ reikšmė pakeista iš { $old } į { $new }
change-description = Patikslintas kodo { $code } aprašymas: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: dydis { $date } keičiamas iš { $old } į { $new }
   *[other] { $title }: dydis pakeistas iš { $old } į { $new }
}
change-fee-currency = { $title }: valiuta pakeista iš { $old } į { $new }
change-fee-effective = { $title }: įsigalioja { $date }
change-steps = { $title }: etapai patikslinti, dabar { $new ->
    [1] vienas etapas
    [one] { $new } etapas
    [few] { $new } etapai
    [many] { $new } etapo
   *[other] { $new } etapų
} (anksčiau: { $old })
change-documents = { $title }: pakeisti reikalaujami dokumentai
change-agencies = { $title }: pakeistos dalyvaujančios institucijos
change-fees = { $title }: pakeistos imamos rinkliavos
change-hs = { $title }: pakeistos susijusios prekės
change-items-added = Pridėta: { $items }.
change-items-removed = Pašalinta: { $items }.
change-tool-status = { $title }: statusas pakeistas iš „{ $old }“ į „{ $new }“
change-page-added = Nauja: { $title }
change-page-removed = Pašalinta: { $title }
change-text = Patikslinta: { $title }
change-notice = Pranešimas: { $title }
change-updated = Atnaujinta: { $title }
change-effective = Įsigalioja { $date }

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] Tarifinė eilutė { $code } dabar pradeda galioti { $date }, o ne { $was } ({ $description })
   *[other] Tarifinė eilutė { $code } pradeda galioti { $date } ({ $description })
}
change-line-start-withdrawn = Tarifinė eilutė { $code } taikoma jau dabar, o ne nuo { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Paskutinė tarifinės eilutės { $code } galiojimo diena dabar yra { $date }, o ne { $was } ({ $description })
   *[other] Paskutinė tarifinės eilutės { $code } galiojimo diena – { $date } ({ $description })
}
change-line-end-withdrawn = Atšaukta tarifinės eilutės { $code } galiojimo pabaiga { $date } ({ $description })
change-rate-revised = Kodo { $code } { $column } muito norma: { $date } ji keičiama į { $new }, o ne į { $old }
change-rate-moved = Kodo { $code } { $column } muito norma: pakeitimas į { $new } dabar įsigalioja { $date }, o ne { $was }
change-rate-withdrawn = Atšauktas { $date } numatytas kodo { $code } { $column } muito normos pakeitimas į { $new }
change-fee-amount-revised = { $title }: dydis nuo { $date } dabar yra { $new }, o ne { $old }
change-fee-amount-moved = { $title }: { $new } dydis dabar taikomas nuo { $date }, o ne nuo { $was }
change-fee-amount-withdrawn = { $title }: atšauktas { $date } numatytas dydžio pakeitimas į { $new }
change-fee-ends = { $moved ->
    [yes] { $title }: paskutinį kartą imama { $date }, o ne { $was }
   *[other] { $title }: paskutinį kartą imama { $date }
}
change-fee-end-withdrawn = { $title }: atšaukta galiojimo pabaiga { $date }
