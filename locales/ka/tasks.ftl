# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = გაიგეთ თქვენი საქონლის ბაჟი
home-lookup-label = საქონლის კოდი ან საქონლის აღწერა
home-lookup-hint = მაგალითად { $code } ან მოხალული ყავა.
home-upcoming-title = ძალაში შედის მომდევნო { $days } დღეში
home-upcoming-none = მომდევნო { $days } დღეში ძალაში შესვლა არაფერს არ აქვს დაგეგმილი.
home-upcoming-more = { $count ->
    [one] ამ პერიოდში დაგეგმილია კიდევ ერთი ცვლილება.
   *[other] ამ პერიოდში დაგეგმილია კიდევ { $count } ცვლილება.
}
home-all-changes = ყველა ცვლილება, წარსული და დაგეგმილი
home-consultations-title = ღია კონსულტაციები
home-consultation-until = შენიშვნები { $date }-მდე
home-consultations-none = ამჟამად შენიშვნებისთვის ღია კონსულტაცია არ არის.
home-recent-title = ბოლო ცვლილებები
home-enquiry-title = გაქვთ კითხვები?
home-enquiry-text = ეროვნული საინფორმაციო ცენტრი პასუხობს მეწარმეების კითხვებს ტარიფის, პროცედურებისა და მოსაკრებლების შესახებ.
home-browse-title = საიტის დათვალიერება
tariff-headings-index = ამ ჯგუფის სასაქონლო პოზიციები
tariff-columns-title = სვეტების მნიშვნელობა
tariff-index-about = ტარიფის შესახებ
procedure-fee-if = საჭიროების შემთხვევაში
procedure-fees-conditional = გადაიხდება მხოლოდ ზოგიერთ შემთხვევაში
