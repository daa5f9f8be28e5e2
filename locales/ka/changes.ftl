# UI strings of the default theme, Georgian: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = რა შეიცვალა და რა შეიცვლება
changes-title = ცვლილებები
changes-intro = რა შეიცვალა ამ საიტზე და რა შეიცვლება: სატარიფო ხაზები და განაკვეთები, მოსაკრებლები, პროცედურები, ღონისძიებები, ინსტრუმენტები და შეტყობინებები. გამოიწერეთ არხი, რომ ცვლილებების შესახებ გამოქვეყნებისთანავე შეიტყოთ.
changes-upcoming = ძალაში შევა
changes-recent = ბოლო ცვლილებები
changes-none = ცვლილებები ჯერ არ არის აღრიცხული.
changes-from-notices = ეს სია აჩვენებს შეტყობინებებს და გვერდების ბოლო განახლების თარიღებს; მასში არ არის ასახული განაკვეთის ან სატარიფო ხაზის თითოეული ცვლილება.
changes-feeds = გამოწერა
changes-feed-atom = Atom არხი
changes-feed-json = JSON არხი
changes-feed-chapter = ჯგუფი { $number }: { $title }
changes-kind-tariff = ტარიფი
changes-kind-procedures = პროცედურები
changes-kind-fees = მოსაკრებლები და გადასახდელები
changes-kind-measures = ღონისძიებები
changes-kind-tools = მსო-ს ინსტრუმენტები
changes-kind-notices = შეტყობინებები
changes-kind-pages = სხვა გვერდები
changes-filter-kind = ჩვენება
changes-filter-chapter = ტარიფის ჯგუფი
changes-all-chapters = ყველა ჯგუფი
changes-effective = ძალაშია: { $date }
changes-last-day = ძალაში ყოფნის ბოლო დღე: { $date }
changes-history = ცვლილებების ისტორია
changes-history-none = ამ გვერდისთვის ცვლილება არ არის აღრიცხული.
changes-recorded = აღრიცხვის თარიღი: { $date }
change-none = არ არის
change-line-added = { $when ->
    [dated] ახალი სატარიფო ხაზი { $code } (ძალაში შედის: { $date }): { $description }
   *[other] ახალი სატარიფო ხაზი { $code }: { $description }
}
change-lines-added = ჯგუფს { $chapter } დაემატა სატარიფო ხაზები: { $count }
change-column-added = ჯგუფს { $chapter } დაემატა სვეტი { $column }
change-column-removed = ჯგუფიდან { $chapter } ამოღებულია სვეტი { $column }
change-line-removed = სატარიფო ხაზი { $code } ამოღებულია ({ $description })
change-rate = { $when ->
    [dated] { $code }: { $column } განაკვეთი იცვლება (იყო: { $old }, იქნება: { $new }; თარიღი: { $date })
   *[other] { $code }: { $column } განაკვეთი შეიცვალა (იყო: { $old }, გახდა: { $new })
}
change-column = { $code }: { $column } შეიცვალა (იყო: { $old }, გახდა: { $new })
change-description = { $code }: დასახელება გადაისინჯა: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: ოდენობა იცვლება (იყო: { $old }, იქნება: { $new }; თარიღი: { $date })
   *[other] { $title }: ოდენობა შეიცვალა (იყო: { $old }, გახდა: { $new })
}
change-fee-currency = { $title }: ვალუტა შეიცვალა (იყო: { $old }, გახდა: { $new })
change-fee-effective = { $title }: ძალაში შედის { $date }
change-steps = { $title }: ეტაპები გადაისინჯა, ახლა { $new ->
    [one] ერთი ეტაპია
   *[other] { $new } ეტაპია
} (ადრე: { $old })
change-documents = { $title }: შეიცვალა საჭირო დოკუმენტები
change-agencies = { $title }: შეიცვალა ჩართული უწყებები
change-fees = { $title }: შეიცვალა დაკისრებული მოსაკრებლები
change-hs = { $title }: შეიცვალა შესაბამისი საქონელი
change-items-added = დაემატა: { $items }.
change-items-removed = ამოღებულია: { $items }.
change-tool-status = { $title }: სტატუსი შეიცვალა (იყო: „{ $old }“, გახდა: „{ $new }“)
change-page-added = ახალი: { $title }
change-page-removed = გაუქმებულია: { $title }
change-text = გადასინჯულია: { $title }
change-notice = შეტყობინება: { $title }
change-updated = განახლებულია: { $title }
change-effective = ძალაში შედის { $date }.

## თარიღიანი მნიშვნელობები: ხაზის პირველი და ბოლო დღე, დაგეგმილი განაკვეთი ან ოდენობა. $date — შესაბამისი დღე; $was — ადრე დაგეგმილი დღე.
change-line-starts = { $moved ->
    [yes] სატარიფო ხაზი { $code } ({ $description }): ძალაში შესვლის თარიღი ახლა { $date } (ადრე: { $was })
   *[other] სატარიფო ხაზი { $code } ({ $description }): ძალაში შესვლის თარიღი { $date }
}
change-line-start-withdrawn = სატარიფო ხაზი { $code } ({ $description }): მოქმედებს ახლავე (ადრე დაგეგმილი თარიღი: { $date })
change-line-ends = { $moved ->
    [yes] სატარიფო ხაზი { $code } ({ $description }): მოქმედების ბოლო დღე ახლა { $date } (ადრე: { $was })
   *[other] სატარიფო ხაზი { $code } ({ $description }): მოქმედების ბოლო დღე { $date }
}
change-line-end-withdrawn = სატარიფო ხაზი { $code } ({ $description }): დასრულების თარიღი ({ $date }) გაუქმდა
change-rate-revised = { $code }: { $column } განაკვეთის ცვლილება (თარიღი: { $date }) ახლა { $new } (ადრე დაგეგმილი: { $old })
change-rate-moved = { $code }: { $column } განაკვეთის ცვლილება (ახალი: { $new }) ძალაში შედის { $date } (ადრე: { $was })
change-rate-withdrawn = { $code }: { $column } განაკვეთის ცვლილება (ახალი: { $new }; თარიღი: { $date }) გაუქმდა
change-fee-amount-revised = { $title }: ოდენობა (თარიღი: { $date }) ახლა { $new } (ადრე დაგეგმილი: { $old })
change-fee-amount-moved = { $title }: ოდენობის ({ $new }) მოქმედების დაწყების თარიღი ახლა { $date } (ადრე: { $was })
change-fee-amount-withdrawn = { $title }: ოდენობის ცვლილება (ახალი: { $new }; თარიღი: { $date }) გაუქმდა
change-fee-ends = { $moved ->
    [yes] { $title }: ბოლოს აკრეფის დღე ახლა { $date } (ადრე: { $was })
   *[other] { $title }: ბოლოს აკრეფის დღე { $date }
}
change-fee-end-withdrawn = { $title }: დასრულების თარიღი ({ $date }) გაუქმდა
