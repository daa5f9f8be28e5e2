# UI strings of the default theme, Latvian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Kas ir mainījies un kas mainīsies
changes-title = Izmaiņas
changes-intro = Kas šajā vietnē ir mainījies un kas mainīsies: tarifa līnijas un likmes, nodevas, procedūras, pasākumi, PMO instrumenti un paziņojumi. Abonējiet plūsmu, lai uzzinātu par izmaiņām, tiklīdz tās tiek publicētas.
changes-upcoming = Stāsies spēkā
changes-recent = Nesenās izmaiņas
changes-none = Izmaiņas vēl nav reģistrētas.
changes-from-notices = Šajā sarakstā ir norādīti paziņojumi un lapu pēdējās atjaunināšanas datumi; tajā nav uzskaitītas visas likmju vai tarifa līniju izmaiņas.
changes-feeds = Abonēt
changes-feed-atom = Atom plūsma
changes-feed-json = JSON Feed plūsma
changes-feed-chapter = { $number }. nodaļa: { $title }
changes-kind-tariff = Muitas tarifs
changes-kind-procedures = Procedūras
changes-kind-fees = Nodevas un maksājumi
changes-kind-measures = Pasākumi
changes-kind-tools = PMO instrumenti
changes-kind-notices = Paziņojumi
changes-kind-pages = Citas lapas
changes-filter-kind = Rādīt
changes-filter-chapter = Tarifa nodaļa
changes-all-chapters = Visas nodaļas
changes-effective = Spēkā no: { $date }
changes-last-day = Pēdējā spēkā esības diena: { $date }
changes-history = Izmaiņu vēsture
changes-history-none = Šai lapai izmaiņas nav reģistrētas.
changes-recorded = Reģistrēts: { $date }
change-none = nav
change-line-added = { $when ->
    [dated] Jauna tarifa līnija { $code } (spēkā no: { $date }): { $description }
   *[other] Jauna tarifa līnija { $code }: { $description }
}
change-lines-added = Pievienotas tarifa līnijas { $chapter }. nodaļā: { $count }
change-column-added = { $chapter }. nodaļā pievienota aile „{ $column }”
change-column-removed = No { $chapter }. nodaļas svītrota aile „{ $column }”
change-line-removed = Tarifa līnija { $code } svītrota ({ $description })
change-rate = { $when ->
    [dated] { $column } likme kodam { $code } mainās no { $old } uz { $new } (spēkā no: { $date })
   *[other] { $column } likme kodam { $code } mainīta no { $old } uz { $new }
}
change-column = Kodam { $code } ailes „{ $column }” vērtība mainīta no { $old } uz { $new }
change-description = Pārskatīts koda { $code } apraksts: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: summa mainās no { $old } uz { $new } (spēkā no: { $date })
   *[other] { $title }: summa mainīta no { $old } uz { $new }
}
change-fee-currency = { $title }: valūta mainīta no { $old } uz { $new }
change-fee-effective = { $title }: spēkā stāšanās datums ir { $date }
change-steps = { $title }: posmi pārskatīti, tagad { $new ->
    [1] viens posms
    [zero] { $new } posmi
    [one] { $new } posms
   *[other] { $new } posmi
} (iepriekš: { $old })
change-documents = { $title }: mainīti vajadzīgie dokumenti
change-agencies = { $title }: mainītas iesaistītās iestādes
change-fees = { $title }: mainītas iekasējamās nodevas
change-hs = { $title }: mainītas attiecīgās preces
change-items-added = Pievienots: { $items }.
change-items-removed = Svītrots: { $items }.
change-tool-status = { $title }: statuss mainīts no „{ $old }” uz „{ $new }”
change-page-added = Jauns: { $title }
change-page-removed = Atsaukts: { $title }
change-text = Pārskatīts: { $title }
change-notice = Paziņojums: { $title }
change-updated = Atjaunināts: { $title }
change-effective = Spēkā stāšanās datums: { $date }.

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] Tarifa līnijas { $code } piemērošanas sākuma datums tagad ir { $date }, nevis { $was } ({ $description })
   *[other] Tarifa līnijas { $code } piemērošanas sākuma datums ir { $date } ({ $description })
}
change-line-start-withdrawn = Tarifa līnija { $code } ir piemērojama jau tagad; piemērošanas sākuma datums { $date } ir atcelts ({ $description })
change-line-ends = { $moved ->
    [yes] Tarifa līnijas { $code } pēdējā piemērošanas diena tagad ir { $date }, nevis { $was } ({ $description })
   *[other] Tarifa līnijas { $code } pēdējā piemērošanas diena ir { $date } ({ $description })
}
change-line-end-withdrawn = Tarifa līnijas { $code } pēdējā piemērošanas diena { $date } ir atcelta ({ $description })
change-rate-revised = { $column } likme kodam { $code }: grozījums (spēkā no: { $date }) tagad paredz { $new }, nevis { $old }
change-rate-moved = { $column } likme kodam { $code }: grozījuma uz { $new } spēkā stāšanās datums tagad ir { $date }, nevis { $was }
change-rate-withdrawn = Atcelts kodam { $code } paredzētais { $column } likmes grozījums uz { $new } (spēkā no: { $date })
change-fee-amount-revised = { $title }: summa (spēkā no: { $date }) tagad ir { $new }, nevis { $old }
change-fee-amount-moved = { $title }: summas { $new } piemērošanas sākuma datums tagad ir { $date }, nevis { $was }
change-fee-amount-withdrawn = { $title }: atcelts summas grozījums uz { $new } (spēkā no: { $date })
change-fee-ends = { $moved ->
    [yes] { $title }: pēdējā iekasēšanas diena tagad ir { $date }, nevis { $was }
   *[other] { $title }: pēdējā iekasēšanas diena ir { $date }
}
change-fee-end-withdrawn = { $title }: pēdējā iekasēšanas diena { $date } ir atcelta
