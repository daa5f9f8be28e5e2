# UI strings of the default theme, German: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Was sich geändert hat und was sich ändern wird
changes-title = Änderungen
changes-intro = Was sich auf dieser Website geändert hat und was sich ändern wird: Zolltarifnummern und Zollsätze, Gebühren, Verfahren, Maßnahmen, Instrumente und Bekanntmachungen. Abonnieren Sie einen Feed, um über Änderungen informiert zu werden, sobald sie veröffentlicht werden.
changes-upcoming = Demnächst in Kraft
changes-recent = Letzte Änderungen
changes-none = Noch keine Änderungen erfasst.
changes-from-notices = Diese Liste enthält die Bekanntmachungen und die Daten der letzten Aktualisierung der Seiten; sie führt nicht jede Änderung eines Zollsatzes oder einer Zolltarifnummer auf.
changes-feeds = Abonnieren
changes-feed-atom = Atom-Feed
changes-feed-json = JSON-Feed
changes-feed-chapter = Kapitel { $number }: { $title }
changes-kind-tariff = Zolltarif
changes-kind-procedures = Verfahren
changes-kind-fees = Gebühren und Entgelte
changes-kind-measures = Maßnahmen
changes-kind-tools = WZO-Instrumente
changes-kind-notices = Bekanntmachungen
changes-kind-pages = Weitere Seiten
changes-filter-kind = Anzeigen
changes-filter-chapter = Kapitel des Zolltarifs
changes-all-chapters = Alle Kapitel
changes-effective = In Kraft ab dem { $date }
changes-last-day = Letzter Tag in Kraft: { $date }
changes-history = Änderungsverlauf
changes-history-none = Für diese Seite wurde keine Änderung erfasst.
changes-recorded = Erfasst am { $date }
change-none = (keine)
change-line-added = { $when ->
    [dated] Neue Zolltarifnummer { $code } ab dem { $date }: { $description }
   *[other] Neue Zolltarifnummer { $code }: { $description }
}
change-lines-added = { $count } Zolltarifnummern in Kapitel { $chapter } hinzugefügt
change-column-added = Spalte { $column } in Kapitel { $chapter } hinzugefügt
change-column-removed = Spalte { $column } in Kapitel { $chapter } gestrichen
change-line-removed = Zolltarifnummer { $code } gestrichen ({ $description })
change-rate = { $when ->
    [dated] Satz { $column } für { $code } ändert sich am { $date } von { $old } auf { $new }
   *[other] Satz { $column } für { $code } von { $old } auf { $new } geändert
}
change-column = { $column } für { $code } von { $old } auf { $new } geändert
change-description = Warenbezeichnung für { $code } überarbeitet: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: Der Betrag ändert sich am { $date } von { $old } auf { $new }
   *[other] { $title }: Betrag von { $old } auf { $new } geändert
}
change-fee-currency = { $title }: Währung von { $old } auf { $new } geändert
change-fee-effective = { $title }: tritt am { $date } in Kraft
change-steps = { $title }: Schritte überarbeitet, jetzt { $new ->
    [one] ein Schritt
   *[other] { $new } Schritte
} (vorher: { $old })
change-documents = { $title }: erforderliche Unterlagen geändert
change-agencies = { $title }: beteiligte Behörden geändert
change-fees = { $title }: erhobene Gebühren geändert
change-hs = { $title }: betroffene Waren geändert
change-items-added = Hinzugefügt: { $items }.
change-items-removed = Entfernt: { $items }.
change-tool-status = { $title }: Status von „{ $old }“ auf „{ $new }“ geändert
change-page-added = Neu: { $title }
change-page-removed = Zurückgezogen: { $title }
change-text = Überarbeitet: { $title }
change-notice = Bekanntmachung: { $title }
change-updated = Aktualisiert: { $title }
change-effective = Tritt am { $date } in Kraft.

## Datierte Werte: erster und letzter Geltungstag einer Zolltarifnummer, geplanter Satz oder Betrag. $date ist der Tag, um den es geht; $was der zuvor vorgesehene Tag.
change-line-starts = { $moved ->
    [yes] Zolltarifnummer { $code } gilt jetzt ab dem { $date }, nicht ab dem { $was } ({ $description })
   *[other] Zolltarifnummer { $code } gilt ab dem { $date } ({ $description })
}
change-line-start-withdrawn = Zolltarifnummer { $code } gilt bereits jetzt, nicht erst ab dem { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Zolltarifnummer { $code } gilt jetzt bis zum { $date }, nicht bis zum { $was } ({ $description })
   *[other] Zolltarifnummer { $code } gilt bis zum { $date } ({ $description })
}
change-line-end-withdrawn = Zolltarifnummer { $code } endet nicht mehr am { $date } ({ $description })
change-rate-revised = Satz { $column } für { $code }: Ab dem { $date } gilt jetzt { $new }, nicht { $old }
change-rate-moved = Satz { $column } für { $code }: Die Änderung auf { $new } wird jetzt am { $date } wirksam, nicht am { $was }
change-rate-withdrawn = Die Änderung des Satzes { $column } für { $code } auf { $new } am { $date } wurde zurückgenommen
change-fee-amount-revised = { $title }: Der Betrag ab dem { $date } beträgt jetzt { $new }, nicht { $old }
change-fee-amount-moved = { $title }: Der Betrag von { $new } gilt jetzt ab dem { $date }, nicht ab dem { $was }
change-fee-amount-withdrawn = { $title }: Die Änderung des Betrags auf { $new } am { $date } wurde zurückgenommen
change-fee-ends = { $moved ->
    [yes] { $title }: wird jetzt zuletzt am { $date } erhoben, nicht am { $was }
   *[other] { $title }: wird zuletzt am { $date } erhoben
}
change-fee-end-withdrawn = { $title }: endet nicht mehr am { $date }
