# UI strings of the default theme, Hungarian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Mi változott, és mi fog változni
changes-title = Változások
changes-intro = Mi változott ezen a webhelyen, és mi fog változni: vámtarifasorok és vámtételek, díjak, eljárások, intézkedések, eszközök és közlemények. Iratkozzon fel egy hírcsatornára, hogy a változásokról közzétételükkor értesüljön.
changes-upcoming = Hatályba lépő változások
changes-recent = Legutóbbi változások
changes-none = Még nincs rögzített változás.
changes-from-notices = Ez a lista a közleményeket és az oldalak utolsó frissítésének dátumát mutatja; nem sorolja fel a vámtételek vagy vámtarifasorok minden egyes változását.
changes-feeds = Feliratkozás
changes-feed-atom = Atom-hírcsatorna
changes-feed-json = JSON-hírcsatorna
changes-feed-chapter = { $number }. árucsoport: { $title }
changes-kind-tariff = Vámtarifa
changes-kind-procedures = Eljárások
changes-kind-fees = Díjak és terhek
changes-kind-measures = Intézkedések
changes-kind-tools = VVSZ-eszközök
changes-kind-notices = Közlemények
changes-kind-pages = Egyéb oldalak
changes-filter-kind = Megjelenítés
changes-filter-chapter = Árucsoport
changes-all-chapters = Minden árucsoport
changes-effective = { $date } napjától hatályos
changes-last-day = Utolsó hatályos nap: { $date }
changes-history = A változások története
changes-history-none = Ehhez az oldalhoz nincs rögzített változás.
changes-recorded = Rögzítve: { $date }
change-none = nincs
change-line-added = { $when ->
    [dated] Új vámtarifasor { $date } napjától: { $code } – { $description }
   *[other] Új vámtarifasor: { $code } – { $description }
}
change-lines-added = { $chapter }. árucsoport: { $count } új vámtarifasor
change-column-added = { $chapter }. árucsoport: új oszlop ({ $column })
change-column-removed = { $chapter }. árucsoport: törölt oszlop ({ $column })
change-line-removed = Törölt vámtarifasor: { $code } ({ $description })
change-rate = { $when ->
    [dated] { $code }, { $column } vámtétel: { $date } napjától { $new } (jelenleg: { $old })
   *[other] { $code }, { $column } vámtétel módosult: { $new } (korábban: { $old })
}
change-column = { $code }, { $column } módosult: { $new } (korábban: { $old })
change-description = { $code } árumegnevezése módosult: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: az összeg { $date } napjától { $new } (jelenleg: { $old })
   *[other] { $title }: az összeg módosult: { $new } (korábban: { $old })
}
change-fee-currency = { $title }: a pénznem módosult: { $new } (korábban: { $old })
change-fee-effective = { $title }: { $date } napján lép hatályba
change-steps = { $title }: a lépések módosultak, most { $new ->
    [one] egy lépés
   *[other] { $new } lépés
} (korábban: { $old })
change-documents = { $title }: módosultak a szükséges dokumentumok
change-agencies = { $title }: módosultak az érintett hatóságok
change-fees = { $title }: módosultak a felszámított díjak
change-hs = { $title }: módosult az érintett áruk köre
change-items-added = Hozzáadva: { $items }.
change-items-removed = Eltávolítva: { $items }.
change-tool-status = { $title }: az állapot módosult: { $new } (korábban: { $old })
change-page-added = Új: { $title }
change-page-removed = Visszavonva: { $title }
change-text = Átdolgozva: { $title }
change-notice = Közlemény: { $title }
change-updated = Frissítve: { $title }
change-effective = { $date } napján lép hatályba.

## Dátumhoz kötött értékek: egy vámtarifasor első és utolsó napja, egy tervezett vámtétel vagy összeg. $date az a nap, amelyről a bejegyzés szól; $was a korábban megadott nap.
change-line-starts = { $moved ->
    [yes] { $code } vámtarifasor mostantól { $date } napjától alkalmazandó, nem { $was } napjától ({ $description })
   *[other] { $code } vámtarifasor { $date } napjától alkalmazandó ({ $description })
}
change-line-start-withdrawn = { $code } vámtarifasor már most alkalmazandó, nem csak { $date } napjától ({ $description })
change-line-ends = { $moved ->
    [yes] { $code } vámtarifasor alkalmazásának utolsó napja mostantól { $date }, nem { $was } ({ $description })
   *[other] { $code } vámtarifasor alkalmazásának utolsó napja: { $date } ({ $description })
}
change-line-end-withdrawn = { $code } vámtarifasor alkalmazása mégsem ér véget { $date } napján ({ $description })
change-rate-revised = { $code }, { $column } vámtétel: { $date } napjától { $new } lesz, nem { $old }
change-rate-moved = { $code }, { $column } vámtétel: az új érték ({ $new }) { $date } napjától alkalmazandó, nem { $was } napjától
change-rate-withdrawn = { $code }, { $column } vámtétel: a { $date } napjára tervezett módosítást ({ $new }) visszavonták
change-fee-amount-revised = { $title }: az összeg { $date } napjától { $new }, nem { $old }
change-fee-amount-moved = { $title }: az új összeg ({ $new }) { $date } napjától alkalmazandó, nem { $was } napjától
change-fee-amount-withdrawn = { $title }: a { $date } napjára tervezett összegmódosítást ({ $new }) visszavonták
change-fee-ends = { $moved ->
    [yes] { $title }: a díjat utoljára { $date } napján számítják fel, nem { $was } napján
   *[other] { $title }: a díjat utoljára { $date } napján számítják fel
}
change-fee-end-withdrawn = { $title }: a díj felszámítása mégsem ér véget { $date } napján
