# UI strings of the default theme, Kyrgyz (Cyrillic script): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Эмне өзгөрдү жана эмне өзгөрөт
changes-title = Өзгөрүүлөр
changes-intro = Бул сайтта эмне өзгөрдү жана эмне өзгөрөт: тарифтик саптар жана чендер, жыйымдар, жол-жоболор, чаралар, куралдар жана билдирүүлөр. Өзгөрүүлөр жарыяланаар замат билүү үчүн агымга жазылыңыз.
changes-upcoming = Күчүнө кире турган өзгөрүүлөр
changes-recent = Акыркы өзгөрүүлөр
changes-none = Азырынча эч кандай өзгөрүү катталган жок.
changes-from-notices = Бул сайт git тутумунда жүргүзүлбөйт: билдирүүлөр жана жаңыртуу күндөрү гана көрсөтүлөт.
changes-feeds = Жазылуу
changes-feed-atom = Atom агымы
changes-feed-json = JSON агымы
changes-feed-chapter = { $number }-топ: { $title }
changes-kind-tariff = Тариф
changes-kind-procedures = Жол-жоболор
changes-kind-fees = Жыйымдар жана төлөмдөр
changes-kind-measures = Чаралар
changes-kind-tools = ДБУнун куралдары
changes-kind-notices = Билдирүүлөр
changes-kind-pages = Башка барактар
changes-filter-kind = Көрсөтүү
changes-filter-chapter = Тариф тобу
changes-all-chapters = Бардык топтор
changes-effective = Күчүнө кирген күнү: { $date }
changes-history = Өзгөрүүлөрдүн тарыхы
changes-history-none = Бул барак боюнча өзгөрүү катталган жок.
changes-this-feed = Бул барактын өзгөрүүлөрүн көзөмөлдөө:
changes-recorded = Катталган күнү: { $date }
change-none = жок
change-line-added = Жаңы тарифтик сап { $code }: { $description }
change-lines-added = { $chapter }-топко кошулган тарифтик саптар: { $count }
change-line-removed = { $code } тарифтик сабы алынып салынды ({ $description })
change-rate = { $when ->
    [dated] { $code }: { $column } чени өзгөрөт (мурда: { $old }, жаңысы: { $new }; күнү: { $date })
   *[other] { $code }: { $column } чени өзгөрдү (мурда: { $old }, жаңысы: { $new })
}
change-column = { $code }: { $column } өзгөрдү (мурда: { $old }, жаңысы: { $new })
change-description = { $code } аталышы кайра каралды: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: өлчөмү өзгөрөт (мурда: { $old }, жаңысы: { $new }; күнү: { $date })
   *[other] { $title }: өлчөмү өзгөрдү (мурда: { $old }, жаңысы: { $new })
}
change-fee-currency = { $title }: валютасы өзгөрдү (мурда: { $old }, жаңысы: { $new })
change-fee-effective = { $title }: күчүнө кирүү күнү { $date }
change-steps = { $title }: баскычтар кайра каралды, азыр { $new ->
    [one] бир баскыч
   *[other] { $new } баскыч
} (мурда: { $old })
change-documents = { $title }: талап кылынган документтер өзгөрдү
change-agencies = { $title }: катышкан органдар өзгөрдү
change-fees = { $title }: алынуучу жыйымдар өзгөрдү
change-hs = { $title }: камтылган товарлар өзгөрдү
change-items-added = Кошулду: { $items }.
change-items-removed = Алынып салынды: { $items }.
change-tool-status = { $title }: статусу өзгөрдү (мурда: «{ $old }», жаңысы: «{ $new }»)
change-page-added = Жаңы: { $title }
change-page-removed = Алынып салынды: { $title }
change-text = Кайра каралды: { $title }
change-notice = Билдирүү: { $title }
change-updated = Жаңыртылды: { $title }
change-effective = Күчүнө кирүү күнү: { $date }.
