# UI strings of the default theme, Czech: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Co se změnilo a co se změní
changes-title = Změny
changes-intro = Co se na těchto stránkách změnilo a co se změní: celní položky a sazby, poplatky, postupy, opatření, nástroje a oznámení. Přihlaste se k odběru kanálu a o změnách se dozvíte hned po jejich zveřejnění.
changes-upcoming = Změny, které vstoupí v platnost
changes-recent = Nedávné změny
changes-none = Zatím nebyly zaznamenány žádné změny.
changes-from-notices = Tento seznam uvádí oznámení a data poslední aktualizace stránek; neuvádí jednotlivé změny sazeb ani celních položek.
changes-feeds = Odběr
changes-feed-atom = Kanál Atom
changes-feed-json = Kanál JSON Feed
changes-feed-chapter = Kapitola { $number }: { $title }
changes-kind-tariff = Sazebník
changes-kind-procedures = Postupy
changes-kind-fees = Poplatky a platby
changes-kind-measures = Opatření
changes-kind-tools = Nástroje WCO
changes-kind-notices = Oznámení
changes-kind-pages = Ostatní stránky
changes-filter-kind = Zobrazit
changes-filter-chapter = Kapitola sazebníku
changes-all-chapters = Všechny kapitoly
changes-effective = Platí od { $date }
changes-last-day = Poslední den platnosti: { $date }
changes-history = Historie změn
changes-history-none = U této stránky nebyly zaznamenány žádné změny.
changes-recorded = Zaznamenáno dne { $date }
change-none = žádné
change-line-added = { $when ->
    [dated] Nová celní položka { $code } od { $date }: { $description }
   *[other] Nová celní položka { $code }: { $description }
}
change-lines-added = Do kapitoly { $chapter } byly přidány celní položky: { $count }
change-column-added = Do kapitoly { $chapter } byl přidán sloupec { $column }
change-column-removed = Z kapitoly { $chapter } byl odstraněn sloupec { $column }
change-line-removed = Celní položka { $code } byla zrušena ({ $description })
change-rate = { $when ->
    [dated] Sazba { $column } pro { $code } se mění z { $old } na { $new } dne { $date }
   *[other] Sazba { $column } pro { $code } se změnila z { $old } na { $new }
}
change-column = { $column } pro { $code }: změna z { $old } na { $new }
change-description = Popis zboží u { $code } byl upraven: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: částka se mění z { $old } na { $new } dne { $date }
   *[other] { $title }: částka se změnila z { $old } na { $new }
}
change-fee-currency = { $title }: měna se změnila z { $old } na { $new }
change-fee-effective = { $title }: nabývá účinnosti dne { $date }
change-steps = { $title }: kroky byly upraveny, nyní { $new ->
    [one] jeden krok
    [few] { $new } kroky
    [many] { $new } kroku
   *[other] { $new } kroků
} (dříve: { $old })
change-documents = { $title }: změna požadovaných dokladů
change-agencies = { $title }: změna zúčastněných orgánů
change-fees = { $title }: změna vybíraných poplatků
change-hs = { $title }: změna dotčeného zboží
change-items-added = Přidáno: { $items }.
change-items-removed = Odebráno: { $items }.
change-tool-status = { $title }: stav se změnil z „{ $old }“ na „{ $new }“
change-page-added = Nové: { $title }
change-page-removed = Staženo: { $title }
change-text = Upraveno: { $title }
change-notice = Oznámení: { $title }
change-updated = Aktualizováno: { $title }
change-effective = Nabývá účinnosti dne { $date }.

## Hodnoty s datem: první a poslední den celní položky, plánovaná sazba nebo částka.
## $date je den, kterého se záznam týká; $was den stanovený dříve.
change-line-starts = { $moved ->
    [yes] Celní položka { $code } nyní platí od { $date }, nikoli od { $was } ({ $description })
   *[other] Celní položka { $code } platí od { $date } ({ $description })
}
change-line-start-withdrawn = Celní položka { $code } platí již nyní, nikoli až od { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Celní položka { $code } nyní platí do { $date } včetně, nikoli do { $was } ({ $description })
   *[other] Celní položka { $code } platí do { $date } včetně ({ $description })
}
change-line-end-withdrawn = Platnost celní položky { $code } již nekončí dnem { $date } ({ $description })
change-rate-revised = Sazba { $column } pro { $code }: od { $date } bude činit { $new }, nikoli { $old }
change-rate-moved = Sazba { $column } pro { $code }: změna na { $new } nyní nabývá účinnosti dne { $date }, nikoli dne { $was }
change-rate-withdrawn = Změna sazby { $column } pro { $code } na { $new } ke dni { $date } byla zrušena
change-fee-amount-revised = { $title }: částka od { $date } bude činit { $new }, nikoli { $old }
change-fee-amount-moved = { $title }: částka { $new } nyní platí od { $date }, nikoli od { $was }
change-fee-amount-withdrawn = { $title }: změna částky na { $new } ke dni { $date } byla zrušena
change-fee-ends = { $moved ->
    [yes] { $title }: posledním dnem vybírání je nyní { $date }, nikoli { $was }
   *[other] { $title }: posledním dnem vybírání je { $date }
}
change-fee-end-withdrawn = { $title }: poslední den vybírání ({ $date }) byl zrušen
