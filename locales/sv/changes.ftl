# UI strings of the default theme, Swedish: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Vad som har ändrats och vad som kommer att ändras
changes-title = Ändringar
changes-intro = Vad som har ändrats på webbplatsen och vad som kommer att ändras: varukoder och tullsatser, avgifter, förfaranden, åtgärder, verktyg och meddelanden. Prenumerera på ett flöde för att få veta om ändringar så snart de publiceras.
changes-upcoming = Träder snart i kraft
changes-recent = Senaste ändringarna
changes-none = Inga ändringar har registrerats ännu.
changes-from-notices = Listan visar meddelandena och datum då sidorna senast uppdaterades; den tar inte upp varje ändring av en tullsats eller en varukod.
changes-feeds = Prenumerera
changes-feed-atom = Atom-flöde
changes-feed-json = JSON-flöde
changes-feed-chapter = Kapitel { $number }: { $title }
changes-kind-tariff = Tulltaxa
changes-kind-procedures = Förfaranden
changes-kind-fees = Avgifter och pålagor
changes-kind-measures = Åtgärder
changes-kind-tools = WCO:s verktyg
changes-kind-notices = Meddelanden
changes-kind-pages = Övriga sidor
changes-filter-kind = Visa
changes-filter-chapter = Kapitel i tulltaxan
changes-all-chapters = Alla kapitel
changes-effective = Gäller från och med den { $date }
changes-last-day = Sista giltighetsdag: { $date }
changes-history = Ändringshistorik
changes-history-none = Inga ändringar har registrerats för den här sidan.
changes-recorded = Registrerad den { $date }
change-none = ingen
change-line-added = { $when ->
    [dated] Ny varukod { $code } från och med den { $date }: { $description }
   *[other] Ny varukod { $code }: { $description }
}
change-lines-added = { $count } varukoder har lagts till i kapitel { $chapter }
change-column-added = Kolumnen { $column } har lagts till i kapitel { $chapter }
change-column-removed = Kolumnen { $column } har tagits bort från kapitel { $chapter }
change-line-removed = Varukoden { $code } har strukits ({ $description })
change-rate = { $when ->
    [dated] Tullsatsen ({ $column }) för { $code } ändras från { $old } till { $new } den { $date }
   *[other] Tullsatsen ({ $column }) för { $code } har ändrats från { $old } till { $new }
}
change-column = { $column } för { $code } har ändrats från { $old } till { $new }
change-description = Varuslaget för { $code } har ändrats: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: beloppet ändras från { $old } till { $new } den { $date }
   *[other] { $title }: beloppet har ändrats från { $old } till { $new }
}
change-fee-currency = { $title }: valutan har ändrats från { $old } till { $new }
change-fee-effective = { $title }: träder i kraft den { $date }
change-steps = { $title }: stegen har ändrats, nu { $new ->
    [one] ett steg
   *[other] { $new } steg
} (tidigare: { $old })
change-documents = { $title }: kraven på handlingar har ändrats
change-agencies = { $title }: berörda myndigheter har ändrats
change-fees = { $title }: de avgifter som tas ut har ändrats
change-hs = { $title }: berörda varor har ändrats
change-items-added = Tillagt: { $items }.
change-items-removed = Borttaget: { $items }.
change-tool-status = { $title }: status har ändrats från ”{ $old }” till ”{ $new }”
change-page-added = Nytt: { $title }
change-page-removed = Tillbakadraget: { $title }
change-text = Reviderat: { $title }
change-notice = Meddelande: { $title }
change-updated = Uppdaterat: { $title }
change-effective = Träder i kraft den { $date }.

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] Varukoden { $code } börjar nu gälla den { $date }, inte den { $was } ({ $description })
   *[other] Varukoden { $code } börjar gälla den { $date } ({ $description })
}
change-line-start-withdrawn = Varukoden { $code } gäller redan nu, inte först från och med den { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Varukoden { $code } upphör nu att gälla den { $date }, inte den { $was } ({ $description })
   *[other] Varukoden { $code } upphör att gälla den { $date } ({ $description })
}
change-line-end-withdrawn = Varukoden { $code } upphör inte längre att gälla den { $date } ({ $description })
change-rate-revised = Tullsatsen ({ $column }) för { $code }: ändringen den { $date } blir nu till { $new }, inte till { $old }
change-rate-moved = Tullsatsen ({ $column }) för { $code }: ändringen till { $new } träder nu i kraft den { $date }, inte den { $was }
change-rate-withdrawn = Ändringen av tullsatsen ({ $column }) för { $code } till { $new } den { $date } har återkallats
change-fee-amount-revised = { $title }: beloppet från och med den { $date } är nu { $new }, inte { $old }
change-fee-amount-moved = { $title }: beloppet { $new } gäller nu från och med den { $date }, inte från och med den { $was }
change-fee-amount-withdrawn = { $title }: ändringen av beloppet till { $new } den { $date } har återkallats
change-fee-ends = { $moved ->
    [yes] { $title }: tas nu ut sista gången den { $date }, inte den { $was }
   *[other] { $title }: tas ut sista gången den { $date }
}
change-fee-end-withdrawn = { $title }: upphör inte längre den { $date }
