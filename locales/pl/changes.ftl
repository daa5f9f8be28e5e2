# UI strings of the default theme, Polish: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Co się zmieniło i co się zmieni
changes-title = Zmiany
changes-intro = Co zmieniło się w serwisie i co się zmieni: linie taryfowe i stawki, opłaty, procedury, środki, narzędzia i komunikaty. Zasubskrybuj kanał, aby dowiadywać się o zmianach w chwili ich publikacji.
changes-upcoming = Zmiany wchodzące w życie
changes-recent = Ostatnie zmiany
changes-none = Nie odnotowano jeszcze żadnych zmian.
changes-from-notices = Ta lista zawiera komunikaty i daty ostatniej aktualizacji stron; nie wymienia każdej zmiany stawki ani linii taryfowej.
changes-feeds = Subskrypcja
changes-feed-atom = Kanał Atom
changes-feed-json = Kanał JSON Feed
changes-feed-chapter = Dział { $number }: { $title }
changes-kind-tariff = Taryfa celna
changes-kind-procedures = Procedury
changes-kind-fees = Opłaty i należności
changes-kind-measures = Środki
changes-kind-tools = Narzędzia WCO
changes-kind-notices = Komunikaty
changes-kind-pages = Inne strony
changes-filter-kind = Pokaż
changes-filter-chapter = Dział taryfy
changes-all-chapters = Wszystkie działy
changes-effective = Obowiązuje od { $date }
changes-last-day = Ostatni dzień obowiązywania: { $date }
changes-history = Historia zmian
changes-history-none = Nie odnotowano zmian tej strony.
changes-recorded = Odnotowano { $date }
change-none = brak
change-line-added = { $when ->
    [dated] Nowa linia taryfowa { $code } od { $date }: { $description }
   *[other] Nowa linia taryfowa { $code }: { $description }
}
change-lines-added = Do działu { $chapter } dodano linie taryfowe: { $count }
change-column-added = Do działu { $chapter } dodano kolumnę { $column }
change-column-removed = Z działu { $chapter } usunięto kolumnę { $column }
change-line-removed = Usunięto linię taryfową { $code } ({ $description })
change-rate = { $when ->
    [dated] Stawka { $column } dla { $code } zmienia się z { $old } na { $new } z dniem { $date }
   *[other] Zmieniono stawkę { $column } dla { $code } z { $old } na { $new }
}
change-column = { $column } dla { $code }: zmiana z { $old } na { $new }
change-description = Zmieniono wyszczególnienie dla { $code }: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: kwota zmienia się z { $old } na { $new } z dniem { $date }
   *[other] { $title }: zmieniono kwotę z { $old } na { $new }
}
change-fee-currency = { $title }: zmieniono walutę z { $old } na { $new }
change-fee-effective = { $title }: wchodzi w życie z dniem { $date }
change-steps = { $title }: zmieniono kroki, obecnie { $new ->
    [one] jeden krok
    [few] { $new } kroki
    [many] { $new } kroków
   *[other] { $new } kroku
} (wcześniej: { $old })
change-documents = { $title }: zmieniono wymagane dokumenty
change-agencies = { $title }: zmieniono zaangażowane organy
change-fees = { $title }: zmieniono pobierane opłaty
change-hs = { $title }: zmieniono objęte towary
change-items-added = Dodano: { $items }.
change-items-removed = Usunięto: { $items }.
change-tool-status = { $title }: zmieniono status z „{ $old }” na „{ $new }”
change-page-added = Nowe: { $title }
change-page-removed = Wycofano: { $title }
change-text = Zmieniono: { $title }
change-notice = Komunikat: { $title }
change-updated = Zaktualizowano: { $title }
change-effective = Wchodzi w życie z dniem { $date }.

## Wartości z datą: pierwszy i ostatni dzień linii taryfowej, zaplanowana stawka lub kwota.
## $date to dzień, którego dotyczy wpis; $was – dzień wyznaczony wcześniej.
change-line-starts = { $moved ->
    [yes] Linia taryfowa { $code } obowiązuje teraz od { $date }, a nie od { $was } ({ $description })
   *[other] Linia taryfowa { $code } obowiązuje od { $date } ({ $description })
}
change-line-start-withdrawn = Linia taryfowa { $code } obowiązuje już teraz, a nie dopiero od { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Linia taryfowa { $code } obowiązuje teraz do { $date } włącznie, a nie do { $was } ({ $description })
   *[other] Linia taryfowa { $code } obowiązuje do { $date } włącznie ({ $description })
}
change-line-end-withdrawn = Linia taryfowa { $code } nie wygasa już z dniem { $date } ({ $description })
change-rate-revised = Stawka { $column } dla { $code }: od { $date } wyniesie { $new }, a nie { $old }
change-rate-moved = Stawka { $column } dla { $code }: zmiana na { $new } wchodzi teraz w życie z dniem { $date }, a nie z dniem { $was }
change-rate-withdrawn = Wycofano zmianę stawki { $column } dla { $code } na { $new } z dniem { $date }
change-fee-amount-revised = { $title }: kwota od { $date } wyniesie { $new }, a nie { $old }
change-fee-amount-moved = { $title }: kwota { $new } obowiązuje teraz od { $date }, a nie od { $was }
change-fee-amount-withdrawn = { $title }: wycofano zmianę kwoty na { $new } z dniem { $date }
change-fee-ends = { $moved ->
    [yes] { $title }: ostatnim dniem pobierania jest teraz { $date }, a nie { $was }
   *[other] { $title }: ostatnim dniem pobierania jest { $date }
}
change-fee-end-withdrawn = { $title }: wycofano ostatni dzień pobierania ({ $date })
