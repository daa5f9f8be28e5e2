# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = იმპორტის, ექსპორტისა და ტრანზიტის პროცედურები, გასაჩივრებისა და გადასინჯვის ჩათვლით, ეტაპობრივად
tfa-1-2-1-b = საჭირო ფორმები და დოკუმენტები
tfa-1-2-1-c = საინფორმაციო ცენტრების საკონტაქტო მონაცემები
tfa-2-1 = შენიშვნები ახალ ან შეცვლილ კანონებსა და წესებზე ძალაში შესვლამდე
tfa-2-2 = რეგულარული კონსულტაციები სასაზღვრო უწყებებსა და მოვაჭრეებს შორის
tfa-6-1 = მოსაკრებლები და გადასახდელები: საფუძველი, ამკრეფი ორგანო და გადახდის წესი, გამოქვეყნებული გამოყენებამდე
notice-status-comment-closed = შენიშვნების ვადა ამოიწურა
notice-status-withdrawn = გაწვეულია
change-consultation-open = კონსულტაცია ღიაა შენიშვნებისთვის { $date }-მდე: { $title }
change-consultation-closed = კონსულტაცია დასრულდა { $date }: { $title }
changes-follow-feed = ადევნეთ თვალი ამ ცვლილებებს არხში „{ $feed }“:
