# UI strings of the default theme, Slovak: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Čo sa zmenilo a čo sa zmení
changes-title = Zmeny
changes-intro = Čo sa na tomto webovom sídle zmenilo a čo sa zmení: colné položky a sadzby, poplatky, postupy, opatrenia, nástroje a oznámenia. Prihláste sa na odber kanála a o zmenách sa dozviete hneď po ich zverejnení.
changes-upcoming = Zmeny, ktoré nadobudnú účinnosť
changes-recent = Nedávne zmeny
changes-none = Zatiaľ neboli zaznamenané žiadne zmeny.
changes-from-notices = Tento zoznam uvádza oznámenia a dátumy poslednej aktualizácie stránok; neuvádza jednotlivé zmeny sadzieb ani colných položiek.
changes-feeds = Odber
changes-feed-atom = Kanál Atom
changes-feed-json = Kanál JSON Feed
changes-feed-chapter = Kapitola { $number }: { $title }
changes-kind-tariff = Sadzobník
changes-kind-procedures = Postupy
changes-kind-fees = Poplatky a platby
changes-kind-measures = Opatrenia
changes-kind-tools = Nástroje WCO
changes-kind-notices = Oznámenia
changes-kind-pages = Ostatné stránky
changes-filter-kind = Zobraziť
changes-filter-chapter = Kapitola sadzobníka
changes-all-chapters = Všetky kapitoly
changes-effective = Platí od { $date }
changes-last-day = Posledný deň platnosti: { $date }
changes-history = História zmien
changes-history-none = Pri tejto stránke neboli zaznamenané žiadne zmeny.
changes-recorded = Zaznamenané dňa { $date }
change-none = žiadne
change-line-added = { $when ->
    [dated] Nová colná položka { $code } od { $date }: { $description }
   *[other] Nová colná položka { $code }: { $description }
}
change-lines-added = Do kapitoly { $chapter } boli pridané colné položky: { $count }
change-column-added = Do kapitoly { $chapter } bol pridaný stĺpec { $column }
change-column-removed = Z kapitoly { $chapter } bol odstránený stĺpec { $column }
change-line-removed = Colná položka { $code } bola zrušená ({ $description })
change-rate = { $when ->
    [dated] Sadzba { $column } pre { $code } sa mení z { $old } na { $new } dňa { $date }
   *[other] Sadzba { $column } pre { $code } sa zmenila z { $old } na { $new }
}
change-column = { $column } pre { $code }: zmena z { $old } na { $new }
change-description = Opis tovaru pri { $code } bol upravený: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: suma sa mení z { $old } na { $new } dňa { $date }
   *[other] { $title }: suma sa zmenila z { $old } na { $new }
}
change-fee-currency = { $title }: mena sa zmenila z { $old } na { $new }
change-fee-effective = { $title }: nadobúda účinnosť dňa { $date }
change-steps = { $title }: kroky boli upravené, teraz { $new ->
    [one] jeden krok
    [few] { $new } kroky
    [many] { $new } kroku
   *[other] { $new } krokov
} (predtým: { $old })
change-documents = { $title }: zmena požadovaných dokladov
change-agencies = { $title }: zmena zúčastnených orgánov
change-fees = { $title }: zmena vyberaných poplatkov
change-hs = { $title }: zmena dotknutého tovaru
change-items-added = Pridané: { $items }.
change-items-removed = Odstránené: { $items }.
change-tool-status = { $title }: stav sa zmenil z „{ $old }“ na „{ $new }“
change-page-added = Nové: { $title }
change-page-removed = Stiahnuté: { $title }
change-text = Upravené: { $title }
change-notice = Oznámenie: { $title }
change-updated = Aktualizované: { $title }
change-effective = Nadobúda účinnosť dňa { $date }.

## Hodnoty s dátumom: prvý a posledný deň colnej položky, plánovaná sadzba alebo suma.
## $date je deň, ktorého sa záznam týka; $was deň stanovený predtým.
change-line-starts = { $moved ->
    [yes] Colná položka { $code } teraz platí od { $date }, nie od { $was } ({ $description })
   *[other] Colná položka { $code } platí od { $date } ({ $description })
}
change-line-start-withdrawn = Colná položka { $code } platí už teraz, nie až od { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Colná položka { $code } teraz platí do { $date } vrátane, nie do { $was } ({ $description })
   *[other] Colná položka { $code } platí do { $date } vrátane ({ $description })
}
change-line-end-withdrawn = Platnosť colnej položky { $code } už nekončí dňom { $date } ({ $description })
change-rate-revised = Sadzba { $column } pre { $code }: od { $date } bude { $new }, nie { $old }
change-rate-moved = Sadzba { $column } pre { $code }: zmena na { $new } teraz nadobúda účinnosť dňa { $date }, nie dňa { $was }
change-rate-withdrawn = Zmena sadzby { $column } pre { $code } na { $new } ku dňu { $date } bola zrušená
change-fee-amount-revised = { $title }: suma od { $date } bude { $new }, nie { $old }
change-fee-amount-moved = { $title }: suma { $new } teraz platí od { $date }, nie od { $was }
change-fee-amount-withdrawn = { $title }: zmena sumy na { $new } ku dňu { $date } bola zrušená
change-fee-ends = { $moved ->
    [yes] { $title }: posledným dňom vyberania je teraz { $date }, nie { $was }
   *[other] { $title }: posledným dňom vyberania je { $date }
}
change-fee-end-withdrawn = { $title }: posledný deň vyberania ({ $date }) bol zrušený
