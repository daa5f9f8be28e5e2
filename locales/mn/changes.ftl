# UI strings of the default theme, Mongolian (Cyrillic script): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Юу өөрчлөгдсөн, юу өөрчлөгдөх вэ
changes-title = Өөрчлөлтүүд
changes-intro = Энэ сайтад юу өөрчлөгдсөн, юу өөрчлөгдөх вэ: тарифын шугам ба хувь хэмжээ, хураамж, журам, арга хэмжээ, хэрэгсэл, мэдэгдэл. Өөрчлөлт нийтлэгдмэгц мэдэхийн тулд сувагт бүртгүүлнэ үү.
changes-upcoming = Хүчин төгөлдөр болох өөрчлөлтүүд
changes-recent = Сүүлийн өөрчлөлтүүд
changes-none = Одоогоор өөрчлөлт бүртгэгдээгүй байна.
changes-from-notices = Энэ жагсаалтад мэдэгдэл болон хуудсуудын сүүлд шинэчилсэн огноог харуулна; хувь хэмжээ эсвэл тарифын шугамын өөрчлөлт бүрийг жагсаадаггүй.
changes-feeds = Бүртгүүлэх
changes-feed-atom = Atom суваг
changes-feed-json = JSON суваг
changes-feed-chapter = Бүлэг { $number }: { $title }
changes-kind-tariff = Тариф
changes-kind-procedures = Журам
changes-kind-fees = Хураамж ба төлбөр
changes-kind-measures = Арга хэмжээ
changes-kind-tools = ДГБ-ын хэрэгсэл
changes-kind-notices = Мэдэгдэл
changes-kind-pages = Бусад хуудас
changes-filter-kind = Харуулах
changes-filter-chapter = Тарифын бүлэг
changes-all-chapters = Бүх бүлэг
changes-effective = Хүчин төгөлдөр болох огноо: { $date }
changes-last-day = Хүчин төгөлдөр байх сүүлийн өдөр: { $date }
changes-history = Өөрчлөлтийн түүх
changes-history-none = Энэ хуудсанд өөрчлөлт бүртгэгдээгүй байна.
changes-recorded = Бүртгэсэн огноо: { $date }
change-none = байхгүй
change-line-added = { $when ->
    [dated] Шинэ тарифын шугам { $code } (хүчин төгөлдөр болох огноо: { $date }): { $description }
   *[other] Шинэ тарифын шугам { $code }: { $description }
}
change-lines-added = Бүлэг { $chapter }: нэмэгдсэн тарифын шугамын тоо { $count }
change-column-added = Бүлэг { $chapter }: { $column } багана нэмэгдсэн
change-column-removed = Бүлэг { $chapter }: { $column } багана хасагдсан
change-line-removed = Тарифын шугам { $code } хасагдсан ({ $description })
change-rate = { $when ->
    [dated] { $code }: { $column } хувь хэмжээ өөрчлөгдөнө (өмнө: { $old }, шинэ: { $new }; огноо: { $date })
   *[other] { $code }: { $column } хувь хэмжээ өөрчлөгдсөн (өмнө: { $old }, шинэ: { $new })
}
change-column = { $code }: { $column } өөрчлөгдсөн (өмнө: { $old }, шинэ: { $new })
change-description = { $code }: барааны нэрийг шинэчилсэн: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: хэмжээ өөрчлөгдөнө (өмнө: { $old }, шинэ: { $new }; огноо: { $date })
   *[other] { $title }: хэмжээ өөрчлөгдсөн (өмнө: { $old }, шинэ: { $new })
}
change-fee-currency = { $title }: валют өөрчлөгдсөн (өмнө: { $old }, шинэ: { $new })
change-fee-effective = { $title }: хүчин төгөлдөр болох огноо { $date }
change-steps = { $title }: алхмуудыг шинэчилсэн, одоо { $new ->
    [one] нэг алхам
   *[other] { $new } алхам
} (өмнө: { $old })
change-documents = { $title }: шаардлагатай баримт бичиг өөрчлөгдсөн
change-agencies = { $title }: оролцох байгууллагууд өөрчлөгдсөн
change-fees = { $title }: авах хураамж өөрчлөгдсөн
change-hs = { $title }: хамаарах бараа өөрчлөгдсөн
change-items-added = Нэмсэн: { $items }.
change-items-removed = Хассан: { $items }.
change-tool-status = { $title }: төлөв өөрчлөгдсөн (өмнө: «{ $old }», шинэ: «{ $new }»)
change-page-added = Шинэ: { $title }
change-page-removed = Хассан: { $title }
change-text = Шинэчилсэн: { $title }
change-notice = Мэдэгдэл: { $title }
change-updated = Шинэчлэгдсэн: { $title }
change-effective = Хүчин төгөлдөр болох огноо: { $date }.

## Огноотой утгууд: шугамын эхний ба сүүлийн өдөр, төлөвлөсөн хувь хэмжээ эсвэл дүн. $date — холбогдох өдөр; $was — өмнө төлөвлөсөн өдөр.
change-line-starts = { $moved ->
    [yes] Тарифын шугам { $code } ({ $description }): хүчин төгөлдөр болох огноо одоо { $date } (өмнө: { $was })
   *[other] Тарифын шугам { $code } ({ $description }): хүчин төгөлдөр болох огноо { $date }
}
change-line-start-withdrawn = Тарифын шугам { $code } ({ $description }): одооноос хэрэгжинэ (өмнө төлөвлөсөн огноо: { $date })
change-line-ends = { $moved ->
    [yes] Тарифын шугам { $code } ({ $description }): хэрэгжих сүүлийн өдөр одоо { $date } (өмнө: { $was })
   *[other] Тарифын шугам { $code } ({ $description }): хэрэгжих сүүлийн өдөр { $date }
}
change-line-end-withdrawn = Тарифын шугам { $code } ({ $description }): дуусах огноо ({ $date }) цуцлагдсан
change-rate-revised = { $code }: { $column } хувь хэмжээний өөрчлөлт (огноо: { $date }) одоо { $new } (өмнө төлөвлөсөн: { $old })
change-rate-moved = { $code }: { $column } хувь хэмжээ { $new } болох огноо одоо { $date } (өмнө: { $was })
change-rate-withdrawn = { $code }: { $column } хувь хэмжээг { $new } болгох өөрчлөлт цуцлагдсан (огноо: { $date })
change-fee-amount-revised = { $title }: хэмжээ (огноо: { $date }) одоо { $new } (өмнө төлөвлөсөн: { $old })
change-fee-amount-moved = { $title }: { $new } хэмжээ мөрдөгдөх огноо одоо { $date } (өмнө: { $was })
change-fee-amount-withdrawn = { $title }: хэмжээг { $new } болгох өөрчлөлт цуцлагдсан (огноо: { $date })
change-fee-ends = { $moved ->
    [yes] { $title }: сүүлийн удаа авах өдөр одоо { $date } (өмнө: { $was })
   *[other] { $title }: сүүлийн удаа авах өдөр { $date }
}
change-fee-end-withdrawn = { $title }: дуусах огноо ({ $date }) цуцлагдсан
