# UI strings of the default theme, Estonian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Mis on muutunud ja mis muutub
changes-title = Muudatused
changes-intro = Mis on sellel veebilehel muutunud ja mis muutub: kaubakoodid ja tollimaksumäärad, tasud, menetlused, meetmed, vahendid ja teated. Tellige voog, et saada muudatustest teada kohe pärast nende avaldamist.
changes-upcoming = Peagi jõustuvad
changes-recent = Hiljutised muudatused
changes-none = Muudatusi ei ole veel registreeritud.
changes-from-notices = See loend näitab teateid ja lehtede viimase uuendamise kuupäevi; selles ei ole eraldi välja toodud iga tollimaksumäära või kaubakoodi muudatust.
changes-feeds = Tellimine
changes-feed-atom = Atom-voog
changes-feed-json = JSON-voog
changes-feed-chapter = Grupp { $number }: { $title }
changes-kind-tariff = Tariifistik
changes-kind-procedures = Menetlused
changes-kind-fees = Tasud ja maksed
changes-kind-measures = Meetmed
changes-kind-tools = WCO vahendid
changes-kind-notices = Teated
changes-kind-pages = Muud lehed
changes-filter-kind = Näita
changes-filter-chapter = Tariifistiku grupp
changes-all-chapters = Kõik grupid
changes-effective = Kehtib alates kuupäevast { $date }
changes-last-day = Viimane kehtivuspäev: { $date }
changes-history = Muudatuste ajalugu
changes-history-none = Selle lehe kohta ei ole muudatusi registreeritud.
changes-recorded = Registreeritud: { $date }
change-none = puudub
change-line-added = { $when ->
    [dated] Uus kaubakood { $code } alates kuupäevast { $date }: { $description }
   *[other] Uus kaubakood { $code }: { $description }
}
change-lines-added = Gruppi { $chapter } lisatud kaubakoodid: { $count }
change-column-added = Gruppi { $chapter } on lisatud veerg { $column }
change-column-removed = Grupist { $chapter } on eemaldatud veerg { $column }
change-line-removed = Kaubakood { $code } on kustutatud ({ $description })
change-rate = { $when ->
    [dated] Koodi { $code } tollimaksumäär ({ $column }) muutub kuupäeval { $date } (senine: { $old }, uus: { $new })
   *[other] Koodi { $code } tollimaksumäär ({ $column }) muutus (varem: { $old }, uus: { $new })
}
change-column = Koodi { $code } veerg { $column } muutus (varem: { $old }, uus: { $new })
change-description = Koodi { $code } kirjeldust on muudetud: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: summa muutub kuupäeval { $date } (senine: { $old }, uus: { $new })
   *[other] { $title }: summa muutus (varem: { $old }, uus: { $new })
}
change-fee-currency = { $title }: valuuta muutus (varem: { $old }, uus: { $new })
change-fee-effective = { $title }: jõustub kuupäeval { $date }
change-steps = { $title }: etappe on muudetud, nüüd { $new ->
    [one] üks etapp
   *[other] { $new } etappi
} (varem: { $old })
change-documents = { $title }: nõutavad dokumendid on muutunud
change-agencies = { $title }: kaasatud asutused on muutunud
change-fees = { $title }: võetavad tasud on muutunud
change-hs = { $title }: hõlmatud kaubad on muutunud
change-items-added = Lisatud: { $items }.
change-items-removed = Eemaldatud: { $items }.
change-tool-status = { $title }: olek muutus (varem: „{ $old }“, uus: „{ $new }“)
change-page-added = Uus: { $title }
change-page-removed = Tagasi võetud: { $title }
change-text = Muudetud: { $title }
change-notice = Teade: { $title }
change-updated = Uuendatud: { $title }
change-effective = Jõustub kuupäeval { $date }.

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] Kaubakood { $code } hakkab nüüd kehtima kuupäeval { $date }, mitte kuupäeval { $was } ({ $description })
   *[other] Kaubakood { $code } hakkab kehtima kuupäeval { $date } ({ $description })
}
change-line-start-withdrawn = Kaubakood { $code } kehtib juba praegu, mitte alles alates kuupäevast { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Kaubakoodi { $code } kehtivus lõpeb nüüd kuupäeval { $date }, mitte kuupäeval { $was } ({ $description })
   *[other] Kaubakoodi { $code } kehtivus lõpeb kuupäeval { $date } ({ $description })
}
change-line-end-withdrawn = Kaubakoodi { $code } kehtivus ei lõpe enam kuupäeval { $date } ({ $description })
change-rate-revised = Koodi { $code } tollimaksumäär ({ $column }): alates kuupäevast { $date } kehtiv uus määr on nüüd { $new }, mitte { $old }
change-rate-moved = Koodi { $code } tollimaksumäär ({ $column }): uus määr { $new } jõustub nüüd kuupäeval { $date }, mitte kuupäeval { $was }
change-rate-withdrawn = Koodi { $code } tollimaksumäära ({ $column }) kuupäevaks { $date } kavandatud muudatus (uus määr { $new }) on tühistatud
change-fee-amount-revised = { $title }: alates kuupäevast { $date } kehtiv summa on nüüd { $new }, mitte { $old }
change-fee-amount-moved = { $title }: summat { $new } kohaldatakse nüüd alates kuupäevast { $date }, mitte alates kuupäevast { $was }
change-fee-amount-withdrawn = { $title }: kuupäevaks { $date } kavandatud summa muudatus (uus summa { $new }) on tühistatud
change-fee-ends = { $moved ->
    [yes] { $title }: tasu võetakse nüüd viimati kuupäeval { $date }, mitte kuupäeval { $was }
   *[other] { $title }: tasu võetakse viimati kuupäeval { $date }
}
change-fee-end-withdrawn = { $title }: tasu võtmine ei lõpe enam kuupäeval { $date }
