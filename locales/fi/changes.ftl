# UI strings of the default theme, Finnish: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Mikä on muuttunut ja mikä muuttuu
changes-title = Muutokset
changes-intro = Mitä tällä sivustolla on muuttunut ja mitä tulee muuttumaan: tullinimikkeet ja tullit, maksut, menettelyt, toimenpiteet, välineet ja tiedotteet. Tilaa syöte, niin saat tiedon muutoksista heti, kun ne julkaistaan.
changes-upcoming = Tulossa voimaan
changes-recent = Viimeaikaiset muutokset
changes-none = Muutoksia ei ole vielä kirjattu.
changes-from-notices = Tässä luettelossa ovat tiedotteet ja sivujen viimeisimmät päivityspäivät; siinä ei luetella jokaista tullin tai tullinimikkeen muutosta.
changes-feeds = Tilaa
changes-feed-atom = Atom-syöte
changes-feed-json = JSON-syöte
changes-feed-chapter = Ryhmä { $number }: { $title }
changes-kind-tariff = Tullitariffi
changes-kind-procedures = Menettelyt
changes-kind-fees = Maksut ja veloitukset
changes-kind-measures = Toimenpiteet
changes-kind-tools = WCO:n välineet
changes-kind-notices = Tiedotteet
changes-kind-pages = Muut sivut
changes-filter-kind = Näytä
changes-filter-chapter = Tullitariffin ryhmä
changes-all-chapters = Kaikki ryhmät
changes-effective = Voimassa { $date } alkaen
changes-last-day = Viimeinen voimassaolopäivä: { $date }
changes-history = Muutoshistoria
changes-history-none = Tälle sivulle ei ole kirjattu muutoksia.
changes-recorded = Kirjattu { $date }
change-none = ei mitään
change-line-added = { $when ->
    [dated] Uusi tullinimike { $code } { $date } alkaen: { $description }
   *[other] Uusi tullinimike { $code }: { $description }
}
change-lines-added = Ryhmään { $chapter } lisättyjä tullinimikkeitä: { $count }
change-column-added = Ryhmään { $chapter } lisätty sarake { $column }
change-column-removed = Ryhmästä { $chapter } poistettu sarake { $column }
change-line-removed = Tullinimike { $code } poistettu ({ $description })
change-rate = { $when ->
    [dated] Nimikkeen { $code } tulli ({ $column }) muuttuu { $date } arvosta { $old } arvoon { $new }
   *[other] Nimikkeen { $code } tulli ({ $column }) muuttui arvosta { $old } arvoon { $new }
}
change-column = Nimikkeen { $code } sarake { $column } muuttui arvosta { $old } arvoon { $new }
change-description = Nimikkeen { $code } kuvausta on tarkistettu: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: määrä muuttuu { $date } arvosta { $old } arvoon { $new }
   *[other] { $title }: määrä muuttui arvosta { $old } arvoon { $new }
}
change-fee-currency = { $title }: valuutta vaihtui (aiemmin { $old }, nyt { $new })
change-fee-effective = { $title }: tulee voimaan { $date }
change-steps = { $title }: vaiheita on tarkistettu, nyt { $new ->
    [one] yksi vaihe
   *[other] { $new } vaihetta
} (aiemmin: { $old })
change-documents = { $title }: vaaditut asiakirjat ovat muuttuneet
change-agencies = { $title }: osallistuvat viranomaiset ovat muuttuneet
change-fees = { $title }: perittävät maksut ovat muuttuneet
change-hs = { $title }: asianomaiset tavarat ovat muuttuneet
change-items-added = Lisätty: { $items }.
change-items-removed = Poistettu: { $items }.
change-tool-status = { $title }: tila muuttui (aiemmin ”{ $old }”, nyt ”{ $new }”)
change-page-added = Uusi: { $title }
change-page-removed = Poistettu: { $title }
change-text = Tarkistettu: { $title }
change-notice = Tiedote: { $title }
change-updated = Päivitetty: { $title }
change-effective = Tulee voimaan { $date }.

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] Tullinimike { $code } tulee nyt voimaan { $date } eikä { $was } ({ $description })
   *[other] Tullinimike { $code } tulee voimaan { $date } ({ $description })
}
change-line-start-withdrawn = Tullinimike { $code } on voimassa jo nyt eikä vasta { $date } alkaen ({ $description })
change-line-ends = { $moved ->
    [yes] Tullinimikkeen { $code } voimassaolo päättyy nyt { $date } eikä { $was } ({ $description })
   *[other] Tullinimikkeen { $code } voimassaolo päättyy { $date } ({ $description })
}
change-line-end-withdrawn = Tullinimikkeen { $code } voimassaolo ei enää pääty { $date } ({ $description })
change-rate-revised = Nimikkeen { $code } tulli ({ $column }): { $date } tapahtuva muutos on nyt arvoon { $new } eikä arvoon { $old }
change-rate-moved = Nimikkeen { $code } tulli ({ $column }): muutos arvoon { $new } tulee nyt voimaan { $date } eikä { $was }
change-rate-withdrawn = Nimikkeen { $code } tullin ({ $column }) muutos arvoon { $new } { $date } on peruttu
change-fee-amount-revised = { $title }: { $date } alkaen määrä on nyt { $new } eikä { $old }
change-fee-amount-moved = { $title }: määrää { $new } sovelletaan nyt { $date } alkaen eikä { $was } alkaen
change-fee-amount-withdrawn = { $title }: määrän muutos arvoon { $new } { $date } on peruttu
change-fee-ends = { $moved ->
    [yes] { $title }: peritään nyt viimeisen kerran { $date } eikä { $was }
   *[other] { $title }: peritään viimeisen kerran { $date }
}
change-fee-end-withdrawn = { $title }: perimisen päättyminen { $date } on peruttu
