# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Mallarınıza tətbiq olunan rüsumu tapın
home-lookup-label = Əmtəə kodu və ya malların təsviri
home-lookup-hint = Məsələn, { $code } və ya qovrulmuş qəhvə.
home-upcoming-title = Növbəti { $days } gün ərzində qüvvəyə minir
home-upcoming-none = Növbəti { $days } gün ərzində qüvvəyə minməsi planlaşdırılan heç nə yoxdur.
home-upcoming-more = { $count ->
    [one] Bu dövrdə daha bir dəyişiklik planlaşdırılıb.
   *[other] Bu dövrdə daha { $count } dəyişiklik planlaşdırılıb.
}
home-all-changes = Bütün dəyişikliklər, keçmiş və planlaşdırılan
home-consultations-title = Açıq ictimai müzakirələr
home-consultation-until = Rəylər { $date } tarixinədək
home-consultations-none = Hazırda rəy üçün açıq müzakirə yoxdur.
home-recent-title = Son dəyişikliklər
home-enquiry-title = Sualınız var?
home-enquiry-text = Milli sorğu məntəqəsi tarif, prosedurlar və ödənişlər barədə iş adamlarının suallarını cavablandırır.
home-browse-title = Saytı nəzərdən keçirin
tariff-headings-index = Bu qrupun mövqeləri
tariff-columns-title = Sütunların mənası
tariff-index-about = Tarif haqqında
procedure-fee-if = tətbiq olunarsa
procedure-fees-conditional = Yalnız bəzi hallarda tutulur
