# UI strings of the default theme, Croatian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Što se promijenilo i što će se promijeniti
changes-title = Promjene
changes-intro = Što se promijenilo na ovim mrežnim stranicama i što će se promijeniti: tarifne oznake i stope, pristojbe, postupci, mjere, alati i obavijesti. Pretplatite se na kanal kako biste o promjenama saznali čim budu objavljene.
changes-upcoming = Uskoro stupa na snagu
changes-recent = Nedavne promjene
changes-none = Još nema zabilježenih promjena.
changes-from-notices = Ovaj popis prikazuje obavijesti i datume posljednjeg ažuriranja stranica; ne navodi svaku promjenu stope ili tarifne oznake.
changes-feeds = Pretplata
changes-feed-atom = Kanal Atom
changes-feed-json = Kanal JSON
changes-feed-chapter = Poglavlje { $number }: { $title }
changes-kind-tariff = Tarifa
changes-kind-procedures = Postupci
changes-kind-fees = Pristojbe i naknade
changes-kind-measures = Mjere
changes-kind-tools = Alati SCO-a
changes-kind-notices = Obavijesti
changes-kind-pages = Ostale stranice
changes-filter-kind = Prikaži
changes-filter-chapter = Poglavlje tarife
changes-all-chapters = Sva poglavlja
changes-effective = Na snazi od { $date }
changes-last-day = Posljednji dan na snazi: { $date }
changes-history = Povijest promjena
changes-history-none = Za ovu stranicu nije zabilježena nijedna promjena.
changes-recorded = Zabilježeno { $date }
change-none = nema
change-line-added = { $when ->
    [dated] Nova tarifna oznaka { $code } (od { $date }): { $description }
   *[other] Nova tarifna oznaka { $code }: { $description }
}
change-lines-added = Poglavlje { $chapter }: dodane tarifne oznake ({ $count })
change-column-added = Poglavlje { $chapter }: dodan stupac { $column }
change-column-removed = Poglavlje { $chapter }: uklonjen stupac { $column }
change-line-removed = Ukinuta tarifna oznaka { $code } ({ $description })
change-rate = { $when ->
    [dated] Stopa { $column } za { $code } mijenja se { $date } – nova { $new }, dosadašnja { $old }
   *[other] Stopa { $column } za { $code } promijenjena je – sada { $new }, prije { $old }
}
change-column = { $code }, { $column }: promjena – sada { $new }, prije { $old }
change-description = Izmijenjen naziv za { $code }: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: iznos se mijenja { $date } – novi { $new }, dosadašnji { $old }
   *[other] { $title }: iznos je promijenjen – sada { $new }, prije { $old }
}
change-fee-currency = { $title }: valuta je promijenjena – sada { $new }, prije { $old }
change-fee-effective = { $title }: stupa na snagu { $date }
change-steps = { $title }: koraci su izmijenjeni, sada { $new ->
    [1] jedan korak
    [one] { $new } korak
    [few] { $new } koraka
   *[other] { $new } koraka
} (prije: { $old })
change-documents = { $title }: promijenjeni su potrebni dokumenti
change-agencies = { $title }: promijenjena su uključena tijela
change-fees = { $title }: promijenjene su naplaćivane pristojbe
change-hs = { $title }: promijenjena je obuhvaćena roba
change-items-added = Dodano: { $items }.
change-items-removed = Uklonjeno: { $items }.
change-tool-status = { $title }: status je promijenjen – sada { $new }, prije { $old }
change-page-added = Novo: { $title }
change-page-removed = Povučeno: { $title }
change-text = Izmijenjeno: { $title }
change-notice = Obavijest: { $title }
change-updated = Ažurirano: { $title }
change-effective = Stupa na snagu { $date }

## Vrijednosti s datumom: prvi i posljednji dan tarifne oznake, planirana stopa ili iznos. $date je dan na koji se unos odnosi; $was je prethodno određeni dan.
change-line-starts = { $moved ->
    [yes] Tarifna oznaka { $code } sada se primjenjuje od { $date }, a ne od { $was } ({ $description })
   *[other] Tarifna oznaka { $code } primjenjuje se od { $date } ({ $description })
}
change-line-start-withdrawn = Tarifna oznaka { $code } primjenjuje se već sada, a ne tek od { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Posljednji dan primjene tarifne oznake { $code } sada je { $date }, a ne { $was } ({ $description })
   *[other] Posljednji dan primjene tarifne oznake { $code } je { $date } ({ $description })
}
change-line-end-withdrawn = Tarifna oznaka { $code } više ne prestaje vrijediti { $date } ({ $description })
change-rate-revised = Stopa { $column } za { $code }: od { $date } iznosit će { $new }, a ne { $old }
change-rate-moved = Stopa { $column } za { $code }: nova stopa ({ $new }) sada stupa na snagu { $date }, a ne { $was }
change-rate-withdrawn = Povučena je promjena stope { $column } za { $code } ({ $new }) predviđena za { $date }
change-fee-amount-revised = { $title }: iznos od { $date } sada je { $new }, a ne { $old }
change-fee-amount-moved = { $title }: iznos { $new } sada se primjenjuje od { $date }, a ne od { $was }
change-fee-amount-withdrawn = { $title }: povučena je promjena iznosa ({ $new }) predviđena za { $date }
change-fee-ends = { $moved ->
    [yes] { $title }: posljednji dan naplate sada je { $date }, a ne { $was }
   *[other] { $title }: posljednji dan naplate je { $date }
}
change-fee-end-withdrawn = { $title }: naplata više ne prestaje { $date }
