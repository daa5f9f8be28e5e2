# UI strings of the default theme, Romanian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Ce s-a modificat și ce se va modifica
changes-title = Modificări
changes-intro = Ce s-a modificat pe acest site și ce se va modifica: linii și rate tarifare, taxe, proceduri, măsuri, instrumente și anunțuri. Abonați-vă la un flux pentru a afla despre modificări imediat ce sunt publicate.
changes-upcoming = Urmează să intre în vigoare
changes-recent = Modificări recente
changes-none = Nu a fost înregistrată încă nicio modificare.
changes-from-notices = Această listă prezintă anunțurile și datele ultimei actualizări a paginilor; nu enumeră fiecare modificare a unei rate sau a unei linii tarifare.
changes-feeds = Abonare
changes-feed-atom = Flux Atom
changes-feed-json = Flux JSON
changes-feed-chapter = Capitolul { $number }: { $title }
changes-kind-tariff = Tarif
changes-kind-procedures = Proceduri
changes-kind-fees = Taxe și tarife
changes-kind-measures = Măsuri
changes-kind-tools = Instrumente ale OMV
changes-kind-notices = Anunțuri
changes-kind-pages = Alte pagini
changes-filter-kind = Afișați
changes-filter-chapter = Capitol tarifar
changes-all-chapters = Toate capitolele
changes-effective = În vigoare din { $date }
changes-last-day = Ultima zi în vigoare: { $date }
changes-history = Istoricul modificărilor
changes-history-none = Nu a fost înregistrată nicio modificare pentru această pagină.
changes-recorded = Înregistrată la { $date }
change-none = niciuna
change-line-added = { $when ->
    [dated] Linie tarifară nouă { $code } începând cu { $date }: { $description }
   *[other] Linie tarifară nouă { $code }: { $description }
}
change-lines-added = { $count ->
    [one] O linie tarifară adăugată la capitolul { $chapter }
    [few] { $count } linii tarifare adăugate la capitolul { $chapter }
   *[other] { $count } de linii tarifare adăugate la capitolul { $chapter }
}
change-column-added = Coloana { $column } a fost adăugată la capitolul { $chapter }
change-column-removed = Coloana { $column } a fost eliminată din capitolul { $chapter }
change-line-removed = Linia tarifară { $code } a fost eliminată ({ $description })
change-rate = { $when ->
    [dated] Rata { $column } pentru { $code } se modifică de la { $old } la { $new } începând cu { $date }
   *[other] Rata { $column } pentru { $code } a fost modificată de la { $old } la { $new }
}
change-column = { $column } pentru { $code }: modificare de la { $old } la { $new }
change-description = Descrierea codului { $code } a fost revizuită: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: cuantumul se modifică de la { $old } la { $new } începând cu { $date }
   *[other] { $title }: cuantumul a fost modificat de la { $old } la { $new }
}
change-fee-currency = { $title }: moneda a fost modificată de la { $old } la { $new }
change-fee-effective = { $title }: intră în vigoare la { $date }
change-steps = { $title }: etape revizuite, acum { $new ->
    [one] o etapă
    [few] { $new } etape
   *[other] { $new } de etape
} (anterior: { $old })
change-documents = { $title }: documentele solicitate au fost modificate
change-agencies = { $title }: instituțiile implicate au fost modificate
change-fees = { $title }: taxele percepute au fost modificate
change-hs = { $title }: mărfurile vizate au fost modificate
change-items-added = Adăugate: { $items }.
change-items-removed = Eliminate: { $items }.
change-tool-status = { $title }: situația a fost modificată de la { $old } la { $new }
change-page-added = Nou: { $title }
change-page-removed = Retras: { $title }
change-text = Revizuit: { $title }
change-notice = Anunț: { $title }
change-updated = Actualizat: { $title }
change-effective = Intră în vigoare la { $date }.

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] Linia tarifară { $code } se aplică acum începând cu { $date }, nu cu { $was } ({ $description })
   *[other] Linia tarifară { $code } se aplică începând cu { $date } ({ $description })
}
change-line-start-withdrawn = Linia tarifară { $code } se aplică de acum, nu mai începând cu { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Linia tarifară { $code } se aplică acum până la { $date }, nu până la { $was } ({ $description })
   *[other] Linia tarifară { $code } se aplică până la { $date } ({ $description })
}
change-line-end-withdrawn = Linia tarifară { $code } nu mai încetează să se aplice la { $date } ({ $description })
change-rate-revised = Rata { $column } pentru { $code }: modificarea de la { $date } este acum la { $new }, nu la { $old }
change-rate-moved = Rata { $column } pentru { $code }: trecerea la { $new } intră acum în vigoare la { $date }, nu la { $was }
change-rate-withdrawn = Modificarea ratei { $column } pentru { $code } la { $new }, prevăzută pentru { $date }, a fost retrasă
change-fee-amount-revised = { $title }: cuantumul aplicabil începând cu { $date } este acum { $new }, nu { $old }
change-fee-amount-moved = { $title }: cuantumul de { $new } se aplică acum începând cu { $date }, nu cu { $was }
change-fee-amount-withdrawn = { $title }: modificarea cuantumului la { $new }, prevăzută pentru { $date }, a fost retrasă
change-fee-ends = { $moved ->
    [yes] { $title }: perceput acum ultima dată la { $date }, nu la { $was }
   *[other] { $title }: perceput ultima dată la { $date }
}
change-fee-end-withdrawn = { $title }: perceperea nu mai încetează la { $date }
