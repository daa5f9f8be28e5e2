# UI strings of the default theme, Turkmen (Latin script): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Näme üýtgedi we näme üýtgär
changes-title = Üýtgeşmeler
changes-intro = Bu saýtda näme üýtgedi we näme üýtgär: tarif setirleri we derejeleri, ýygymlar, tertipler, çäreler, gurallar we bildirişler. Üýtgeşmeler neşir edilen badyna bilmek üçin lenta ýazylyň.
changes-upcoming = Güýje girjek üýtgeşmeler
changes-recent = Soňky üýtgeşmeler
changes-none = Häzirlikçe hiç hili üýtgeşme hasaba alynmady.
changes-from-notices = Bu sanawda bildirişler we sahypalaryň soňky täzelenen seneleri görkezilýär; derejäniň ýa-da tarif setiriniň her bir üýtgeşmesi bu ýerde görkezilmeýär.
changes-feeds = Ýazylmak
changes-feed-atom = Atom lentasy
changes-feed-json = JSON lentasy
changes-feed-chapter = Topar { $number }: { $title }
changes-kind-tariff = Tarif
changes-kind-procedures = Tertipler
changes-kind-fees = Ýygymlar we tölegler
changes-kind-measures = Çäreler
changes-kind-tools = BGG-nyň gurallary
changes-kind-notices = Bildirişler
changes-kind-pages = Beýleki sahypalar
changes-filter-kind = Görkezmek
changes-filter-chapter = Tarifiň topary
changes-all-chapters = Ähli toparlar
changes-effective = Güýje giren senesi: { $date }
changes-last-day = Güýjünde bolmagyň soňky güni: { $date }
changes-history = Üýtgeşmeleriň taryhy
changes-history-none = Bu sahypa üçin hiç hili üýtgeşme hasaba alynmady.
changes-recorded = Hasaba alnan senesi: { $date }
change-none = ýok
change-line-added = { $when ->
    [dated] Täze tarif setiri { $code } (güýje girýän senesi: { $date }): { $description }
   *[other] Täze tarif setiri { $code }: { $description }
}
change-lines-added = Topar { $chapter }: goşulan tarif setirleriniň sany { $count }
change-column-added = Topar { $chapter }: { $column } sütüni goşuldy
change-column-removed = Topar { $chapter }: { $column } sütüni aýryldy
change-line-removed = { $code } tarif setiri aýryldy ({ $description })
change-rate = { $when ->
    [dated] { $code }: { $column } derejesi üýtgeýär (öňki: { $old }, täze: { $new }; senesi: { $date })
   *[other] { $code }: { $column } derejesi üýtgedi (öňki: { $old }, täze: { $new })
}
change-column = { $code }: { $column } üýtgedi (öňki: { $old }, täze: { $new })
change-description = { $code }: harydyň ady täzeden işlenildi: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: möçberi üýtgeýär (öňki: { $old }, täze: { $new }; senesi: { $date })
   *[other] { $title }: möçberi üýtgedi (öňki: { $old }, täze: { $new })
}
change-fee-currency = { $title }: walýutasy üýtgedi (öňki: { $old }, täze: { $new })
change-fee-effective = { $title }: güýje girýän senesi { $date }
change-steps = { $title }: tapgyrlar täzeden işlenildi, häzir { $new ->
    [one] bir tapgyr
   *[other] { $new } tapgyr
} (öň: { $old })
change-documents = { $title }: talap edilýän resminamalar üýtgedi
change-agencies = { $title }: gatnaşýan edaralar üýtgedi
change-fees = { $title }: alynýan ýygymlar üýtgedi
change-hs = { $title }: degişli harytlar üýtgedi
change-items-added = Goşuldy: { $items }.
change-items-removed = Aýryldy: { $items }.
change-tool-status = { $title }: ýagdaýy üýtgedi (öňki: «{ $old }», täze: «{ $new }»)
change-page-added = Täze: { $title }
change-page-removed = Yzyna alyndy: { $title }
change-text = Täzeden işlenildi: { $title }
change-notice = Bildiriş: { $title }
change-updated = Täzelendi: { $title }
change-effective = Güýje girýän senesi: { $date }.

## Seneli bahalar: setiriň ilkinji we soňky güni, meýilleşdirilen dereje ýa-da möçber. $date — gürrüň edilýän gün; $was — öň meýilleşdirilen gün.
change-line-starts = { $moved ->
    [yes] { $code } tarif setiri ({ $description }): güýje girýän senesi indi { $date } (öňki: { $was })
   *[other] { $code } tarif setiri ({ $description }): güýje girýän senesi { $date }
}
change-line-start-withdrawn = { $code } tarif setiri ({ $description }): indi derrew ulanylýar (öň meýilleşdirilen senesi: { $date })
change-line-ends = { $moved ->
    [yes] { $code } tarif setiri ({ $description }): ulanylýan soňky güni indi { $date } (öňki: { $was })
   *[other] { $code } tarif setiri ({ $description }): ulanylýan soňky güni { $date }
}
change-line-end-withdrawn = { $code } tarif setiri ({ $description }): tamamlanýan senesi ({ $date }) ýatyryldy
change-rate-revised = { $code }: { $column } derejesiniň üýtgemesi (senesi: { $date }) indi { $new } (öň meýilleşdirilen: { $old })
change-rate-moved = { $code }: { $column } derejesiniň { $new } bolmagy indi { $date } senesinde güýje girýär (öňki: { $was })
change-rate-withdrawn = { $code }: { $column } derejesiniň { $new } bolmagy ýatyryldy (senesi: { $date })
change-fee-amount-revised = { $title }: möçberi (senesi: { $date }) indi { $new } (öň meýilleşdirilen: { $old })
change-fee-amount-moved = { $title }: { $new } möçberi indi { $date } senesinden ulanylýar (öňki: { $was })
change-fee-amount-withdrawn = { $title }: möçberiň { $new } bolmagy ýatyryldy (senesi: { $date })
change-fee-ends = { $moved ->
    [yes] { $title }: soňky alynýan güni indi { $date } (öňki: { $was })
   *[other] { $title }: soňky alynýan güni { $date }
}
change-fee-end-withdrawn = { $title }: tamamlanýan senesi ({ $date }) ýatyryldy
