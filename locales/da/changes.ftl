# UI strings of the default theme, Danish: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Hvad der er ændret, og hvad der vil blive ændret
changes-title = Ændringer
changes-intro = Hvad der er ændret på dette websted, og hvad der vil blive ændret: varekoder og satser, gebyrer, procedurer, foranstaltninger, instrumenter og meddelelser. Abonnér på et feed for at få besked om ændringer, så snart de offentliggøres.
changes-upcoming = Træder snart i kraft
changes-recent = Seneste ændringer
changes-none = Der er endnu ikke registreret nogen ændringer.
changes-from-notices = Denne liste viser meddelelserne og datoerne for, hvornår siderne senest blev opdateret; den viser ikke hver enkelt ændring af en sats eller en varekode.
changes-feeds = Abonnér
changes-feed-atom = Atom-feed
changes-feed-json = JSON-feed
changes-feed-chapter = Kapitel { $number }: { $title }
changes-kind-tariff = Toldtarif
changes-kind-procedures = Procedurer
changes-kind-fees = Gebyrer og afgifter
changes-kind-measures = Foranstaltninger
changes-kind-tools = WCO-værktøjer
changes-kind-notices = Meddelelser
changes-kind-pages = Andre sider
changes-filter-kind = Vis
changes-filter-chapter = Kapitel i toldtariffen
changes-all-chapters = Alle kapitler
changes-effective = I kraft fra den { $date }
changes-last-day = Sidste dag i kraft: { $date }
changes-history = Ændringshistorik
changes-history-none = Der er ikke registreret nogen ændring for denne side.
changes-recorded = Registreret den { $date }
change-none = ingen
change-line-added = { $when ->
    [dated] Ny varekode { $code } fra den { $date }: { $description }
   *[other] Ny varekode { $code }: { $description }
}
change-lines-added = { $count } varekoder tilføjet i kapitel { $chapter }
change-column-added = Kolonnen { $column } tilføjet i kapitel { $chapter }
change-column-removed = Kolonnen { $column } fjernet fra kapitel { $chapter }
change-line-removed = Varekode { $code } slettet ({ $description })
change-rate = { $when ->
    [dated] Satsen { $column } for { $code } ændres den { $date } fra { $old } til { $new }
   *[other] Satsen { $column } for { $code } er ændret fra { $old } til { $new }
}
change-column = { $column } for { $code } er ændret fra { $old } til { $new }
change-description = Varebeskrivelsen for { $code } er revideret: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: beløbet ændres den { $date } fra { $old } til { $new }
   *[other] { $title }: beløbet er ændret fra { $old } til { $new }
}
change-fee-currency = { $title }: valutaen er ændret fra { $old } til { $new }
change-fee-effective = { $title }: træder i kraft den { $date }
change-steps = { $title }: trinene er revideret, nu { $new ->
    [one] ét trin
   *[other] { $new } trin
} (før: { $old })
change-documents = { $title }: de krævede dokumenter er ændret
change-agencies = { $title }: de involverede myndigheder er ændret
change-fees = { $title }: de opkrævede gebyrer er ændret
change-hs = { $title }: de omfattede varer er ændret
change-items-added = Tilføjet: { $items }.
change-items-removed = Fjernet: { $items }.
change-tool-status = { $title }: status ændret fra »{ $old }« til »{ $new }«
change-page-added = Ny: { $title }
change-page-removed = Trukket tilbage: { $title }
change-text = Revideret: { $title }
change-notice = Meddelelse: { $title }
change-updated = Opdateret: { $title }
change-effective = Træder i kraft den { $date }.

## Daterede værdier: første og sidste dag for en varekode, en planlagt sats eller et planlagt beløb. $date er den pågældende dag; $was den tidligere planlagte dag.
change-line-starts = { $moved ->
    [yes] Varekode { $code } gælder nu fra den { $date }, ikke fra den { $was } ({ $description })
   *[other] Varekode { $code } gælder fra den { $date } ({ $description })
}
change-line-start-withdrawn = Varekode { $code } gælder allerede nu, ikke først fra den { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Varekode { $code } gælder nu til og med den { $date }, ikke til og med den { $was } ({ $description })
   *[other] Varekode { $code } gælder til og med den { $date } ({ $description })
}
change-line-end-withdrawn = Varekode { $code } ophører ikke længere den { $date } ({ $description })
change-rate-revised = Satsen { $column } for { $code }: fra den { $date } gælder nu { $new }, ikke { $old }
change-rate-moved = Satsen { $column } for { $code }: ændringen til { $new } får nu virkning den { $date }, ikke den { $was }
change-rate-withdrawn = Ændringen af satsen { $column } for { $code } til { $new } den { $date } er trukket tilbage
change-fee-amount-revised = { $title }: beløbet fra den { $date } er nu { $new }, ikke { $old }
change-fee-amount-moved = { $title }: beløbet på { $new } gælder nu fra den { $date }, ikke fra den { $was }
change-fee-amount-withdrawn = { $title }: ændringen af beløbet til { $new } den { $date } er trukket tilbage
change-fee-ends = { $moved ->
    [yes] { $title }: opkræves nu sidste gang den { $date }, ikke den { $was }
   *[other] { $title }: opkræves sidste gang den { $date }
}
change-fee-end-withdrawn = { $title }: ophører ikke længere den { $date }
