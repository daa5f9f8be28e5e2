# UI strings of the default theme, Azerbaijani (Latin script): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Nə dəyişib və nə dəyişəcək
changes-title = Dəyişikliklər
changes-intro = Bu saytda nə dəyişib və nə dəyişəcək: tarif xətləri və dərəcələri, rüsumlar, prosedurlar, tədbirlər, alətlər və bildirişlər. Dəyişikliklərdən dərc olunan kimi xəbərdar olmaq üçün lentə abunə olun.
changes-upcoming = Qüvvəyə minəcək dəyişikliklər
changes-recent = Son dəyişikliklər
changes-none = Hələ heç bir dəyişiklik qeydə alınmayıb.
changes-from-notices = Bu siyahıda bildirişlər və səhifələrin son yenilənmə tarixləri göstərilir; dərəcənin və ya tarif xəttinin hər bir dəyişikliyi ayrıca göstərilmir.
changes-feeds = Abunə olun
changes-feed-atom = Atom lenti
changes-feed-json = JSON lenti
changes-feed-chapter = Fəsil { $number }: { $title }
changes-kind-tariff = Tarif
changes-kind-procedures = Prosedurlar
changes-kind-fees = Rüsumlar və ödənişlər
changes-kind-measures = Tədbirlər
changes-kind-tools = ÜGT alətləri
changes-kind-notices = Bildirişlər
changes-kind-pages = Digər səhifələr
changes-filter-kind = Göstər
changes-filter-chapter = Tarifin fəsli
changes-all-chapters = Bütün fəsillər
changes-effective = Qüvvəyə minmə tarixi: { $date }
changes-last-day = Qüvvədə olduğu son gün: { $date }
changes-history = Dəyişikliklər tarixçəsi
changes-history-none = Bu səhifə üçün heç bir dəyişiklik qeydə alınmayıb.
changes-recorded = Qeydə alınma tarixi: { $date }
change-none = yoxdur
change-line-added = { $when ->
    [dated] Yeni tarif xətti { $code } ({ $date } tarixindən): { $description }
   *[other] Yeni tarif xətti { $code }: { $description }
}
change-lines-added = Fəsil { $chapter } üzrə əlavə edilmiş tarif xətləri: { $count }
change-column-added = Fəsil { $chapter } üzrə { $column } sütunu əlavə edilib
change-column-removed = Fəsil { $chapter } üzrə { $column } sütunu ləğv edilib
change-line-removed = Tarif xətti { $code } ləğv edilib ({ $description })
change-rate = { $when ->
    [dated] { $code } üzrə { $column } dərəcəsi dəyişir (əvvəl: { $old }, yeni: { $new }; qüvvəyə minmə tarixi: { $date })
   *[other] { $code } üzrə { $column } dərəcəsi dəyişdirilib (əvvəl: { $old }, yeni: { $new })
}
change-column = { $code } üzrə { $column } dəyişdirilib (əvvəl: { $old }, yeni: { $new })
change-description = { $code } üzrə malın adı yenidən işlənib: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: məbləğ dəyişir (əvvəl: { $old }, yeni: { $new }; qüvvəyə minmə tarixi: { $date })
   *[other] { $title }: məbləğ dəyişdirilib (əvvəl: { $old }, yeni: { $new })
}
change-fee-currency = { $title }: valyuta dəyişdirilib (əvvəl: { $old }, yeni: { $new })
change-fee-effective = { $title }: qüvvəyə minmə tarixi { $date }
change-steps = { $title }: mərhələlər yenidən işlənib, indi { $new ->
    [one] bir mərhələ
   *[other] { $new } mərhələ
} (əvvəl: { $old })
change-documents = { $title }: tələb olunan sənədlər dəyişdirilib
change-agencies = { $title }: iştirak edən qurumlar dəyişdirilib
change-fees = { $title }: tutulan rüsumlar dəyişdirilib
change-hs = { $title }: aid olan mallar dəyişdirilib
change-items-added = Əlavə edilib: { $items }.
change-items-removed = Çıxarılıb: { $items }.
change-tool-status = { $title }: status dəyişdirilib (əvvəl: «{ $old }», yeni: «{ $new }»)
change-page-added = Yeni: { $title }
change-page-removed = Geri götürülüb: { $title }
change-text = Yenidən işlənib: { $title }
change-notice = Bildiriş: { $title }
change-updated = Yenilənib: { $title }
change-effective = Qüvvəyə minmə tarixi: { $date }.

## Tarixli dəyərlər: xəttin ilk və son günü, planlaşdırılmış dərəcə və ya məbləğ. $date söhbət gedən gündür; $was əvvəl planlaşdırılan gün.
change-line-starts = { $moved ->
    [yes] Tarif xətti { $code } ({ $description }): qüvvəyə minmə tarixi indi { $date } ({ $was } əvəzinə)
   *[other] Tarif xətti { $code } ({ $description }): qüvvəyə minmə tarixi { $date }
}
change-line-start-withdrawn = Tarif xətti { $code } ({ $description }): { $date } tarixindən deyil, artıq indi qüvvədədir
change-line-ends = { $moved ->
    [yes] Tarif xətti { $code } ({ $description }): qüvvədə olduğu son gün indi { $date } ({ $was } əvəzinə)
   *[other] Tarif xətti { $code } ({ $description }): qüvvədə olduğu son gün { $date }
}
change-line-end-withdrawn = Tarif xətti { $code } ({ $description }): artıq { $date } tarixində başa çatmır
change-rate-revised = { $code } üzrə { $column } dərəcəsi: { $date } tarixindəki dəyişiklik indi { $new } olacaq ({ $old } əvəzinə)
change-rate-moved = { $code } üzrə { $column } dərəcəsi: { $new } dərəcəsinə keçid indi { $date } tarixində qüvvəyə minir ({ $was } əvəzinə)
change-rate-withdrawn = { $code } üzrə { $column } dərəcəsinin { $date } tarixində { $new } olması ləğv edilib
change-fee-amount-revised = { $title }: { $date } tarixindən məbləğ indi { $new } ({ $old } əvəzinə)
change-fee-amount-moved = { $title }: { $new } məbləği indi { $date } tarixindən tətbiq edilir ({ $was } əvəzinə)
change-fee-amount-withdrawn = { $title }: məbləğin { $date } tarixində { $new } olması ləğv edilib
change-fee-ends = { $moved ->
    [yes] { $title }: son tutulma günü indi { $date } ({ $was } əvəzinə)
   *[other] { $title }: son tutulma günü { $date }
}
change-fee-end-withdrawn = { $title }: artıq { $date } tarixində başa çatmır
