# UI strings of the default theme, Maltese: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = X’inbidel u x’se jinbidel
changes-title = Bidliet
changes-intro = X’inbidel f’dan is-sit u x’se jinbidel: linji u rati tariffarji, miżati, proċeduri, miżuri, għodod u avviżi. Abbona għal feed biex tkun taf bil-bidliet hekk kif jiġu ppubblikati.
changes-upcoming = Se jidħlu fis-seħħ
changes-recent = Bidliet riċenti
changes-none = Għad ma ġiet irreġistrata l-ebda bidla.
changes-from-notices = Din il-lista turi l-avviżi u d-dati meta l-paġni ġew aġġornati l-aħħar darba; ma telenkax kull bidla f’rata jew f’linja tariffarja.
changes-feeds = Abbona
changes-feed-atom = Feed Atom
changes-feed-json = Feed JSON
changes-feed-chapter = Kapitolu { $number }: { $title }
changes-kind-tariff = Tariffa
changes-kind-procedures = Proċeduri
changes-kind-fees = Miżati u imposti
changes-kind-measures = Miżuri
changes-kind-tools = Għodod tad-WCO
changes-kind-notices = Avviżi
changes-kind-pages = Paġni oħra
changes-filter-kind = Uri
changes-filter-chapter = Kapitolu tat-tariffa
changes-all-chapters = Il-kapitoli kollha
changes-effective = Fis-seħħ mid-data { $date }
changes-last-day = L-aħħar jum fis-seħħ: { $date }
changes-history = Storja tal-bidliet
changes-history-none = L-ebda bidla ma ġiet irreġistrata għal din il-paġna.
changes-recorded = Irreġistrata fid-data { $date }
change-none = xejn
change-line-added = { $when ->
    [dated] Linja tariffarja ġdida { $code } mid-data { $date }: { $description }
   *[other] Linja tariffarja ġdida { $code }: { $description }
}
change-lines-added = { $count ->
    [one] Linja tariffarja waħda miżjuda mal-Kapitolu { $chapter }
    [two] { $count } linji tariffarji miżjuda mal-Kapitolu { $chapter }
    [few] { $count } linji tariffarji miżjuda mal-Kapitolu { $chapter }
    [many] { $count } linja tariffarja miżjuda mal-Kapitolu { $chapter }
   *[other] { $count } linja tariffarja miżjuda mal-Kapitolu { $chapter }
}
change-column-added = Il-kolonna { $column } ġiet miżjuda mal-Kapitolu { $chapter }
change-column-removed = Il-kolonna { $column } tneħħiet mill-Kapitolu { $chapter }
change-line-removed = Il-linja tariffarja { $code } tneħħiet ({ $description })
change-rate = { $when ->
    [dated] Ir-rata { $column } ta’ { $code } tinbidel minn { $old } għal { $new } fid-data { $date }
   *[other] Ir-rata { $column } ta’ { $code } inbidlet minn { $old } għal { $new }
}
change-column = { $column } ta’ { $code }: inbidel minn { $old } għal { $new }
change-description = Id-deskrizzjoni ta’ { $code } ġiet riveduta: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: l-ammont jinbidel minn { $old } għal { $new } fid-data { $date }
   *[other] { $title }: l-ammont inbidel minn { $old } għal { $new }
}
change-fee-currency = { $title }: il-munita nbidlet minn { $old } għal { $new }
change-fee-effective = { $title }: tidħol fis-seħħ fid-data { $date }
change-steps = { $title }: il-passi ġew riveduti, issa { $new ->
    [one] pass wieħed
    [two] { $new } passi
    [few] { $new } passi
    [many] { $new } pass
   *[other] { $new } pass
} (qabel: { $old })
change-documents = { $title }: inbidlu d-dokumenti meħtieġa
change-agencies = { $title }: inbidlu l-aġenziji involuti
change-fees = { $title }: inbidlu l-miżati li jinġabru
change-hs = { $title }: inbidlu l-oġġetti koperti
change-items-added = Żdiedu: { $items }.
change-items-removed = Tneħħew: { $items }.
change-tool-status = { $title }: l-istatus inbidel minn { $old } għal { $new }
change-page-added = Ġdid: { $title }
change-page-removed = Irtirat: { $title }
change-text = Rivedut: { $title }
change-notice = Avviż: { $title }
change-updated = Aġġornat: { $title }
change-effective = Data tad-dħul fis-seħħ: { $date }.

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] Il-linja tariffarja { $code } issa tibda mid-data { $date }, mhux mid-data { $was } ({ $description })
   *[other] Il-linja tariffarja { $code } tibda mid-data { $date } ({ $description })
}
change-line-start-withdrawn = Il-linja tariffarja { $code } tapplika minn issa, u mhux aktar mid-data { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Il-linja tariffarja { $code } issa tispiċċa fid-data { $date }, mhux fid-data { $was } ({ $description })
   *[other] Il-linja tariffarja { $code } tispiċċa fid-data { $date } ({ $description })
}
change-line-end-withdrawn = Il-linja tariffarja { $code } ma tispiċċax aktar fid-data { $date } ({ $description })
change-rate-revised = Ir-rata { $column } ta’ { $code }: il-bidla fid-data { $date } issa hija għal { $new }, mhux għal { $old }
change-rate-moved = Ir-rata { $column } ta’ { $code }: il-bidla għal { $new } issa tidħol fis-seħħ fid-data { $date }, mhux fid-data { $was }
change-rate-withdrawn = Il-bidla tar-rata { $column } ta’ { $code } għal { $new } fid-data { $date } ġiet irtirata
change-fee-amount-revised = { $title }: l-ammont mid-data { $date } issa huwa { $new }, mhux { $old }
change-fee-amount-moved = { $title }: l-ammont ta’ { $new } issa japplika mid-data { $date }, mhux mid-data { $was }
change-fee-amount-withdrawn = { $title }: il-bidla tal-ammont għal { $new } fid-data { $date } ġiet irtirata
change-fee-ends = { $moved ->
    [yes] { $title }: issa tinġabar għall-aħħar darba fid-data { $date }, mhux fid-data { $was }
   *[other] { $title }: tinġabar għall-aħħar darba fid-data { $date }
}
change-fee-end-withdrawn = { $title }: ma tispiċċax aktar fid-data { $date }
