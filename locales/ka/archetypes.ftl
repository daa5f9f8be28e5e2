# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = ერთი წინადადება ძიების შედეგებისა და ბმულის წინასწარი ხედისთვის.
archetype-agency-body = რას აკეთებს უწყება საზღვარზე და როდის უწევთ მოვაჭრეებს მასთან ურთიერთობა.
archetype-agency-address = ქუჩა, ქალაქი
archetype-agency-hours = ორშაბათიდან პარასკევამდე, 08:00–17:00
archetype-exchange-rate-body = რომელ საქონელსა და დეკლარაციებზე ვრცელდება კურსი და საიდან არის აღებული.
archetype-fee-reason = მომსახურება, რომლის საფასურიც არის ეს მოსაკრებელი (ვაჭრობის ხელშეწყობის შესახებ შეთანხმება, მუხლი 6.1.2).
archetype-fee-payment = როგორ და როდის უნდა გადაიხადოთ.
archetype-fee-body = ვინ იხდის, გათავისუფლების შემთხვევები და მაგალითები.
archetype-form-body = ვინ ავსებს, როდის და სად უნდა წარადგინოს.
archetype-legal-body = რას არეგულირებს აქტი, ვისზე ვრცელდება და მისი ძირითადი დებულებები.
archetype-measure-body = რომელ საქონელს მოიცავს, რა უნდა გააკეთოს მოვაჭრემ და სად მიმართოს.
archetype-notice-body = რა იცვლება, ვისთვის და როდიდან.
archetype-origin-proof = წარმოშობის დამადასტურებელი დოკუმენტი, რომელსაც შეთანხმება მოითხოვს (Form D, წარმოშობის დეკლარაცია).
archetype-origin-body = სად ქვეყნდება შეთანხმების წარმოშობის წესები და ზოგადი წესი იმ კოდებისთვის, რომლებიც ჩამონათვალში არ არის.
archetype-page-body = გვერდის ტექსტი დაწერეთ აქ, Markdown-ით.
archetype-procedure-summary = რას აკეთებს მოვაჭრე და რას იღებს, ერთი წინადადებით.
archetype-procedure-step = პირველი ეტაპი: რას აკეთებს მოვაჭრე ან მოხელე
archetype-procedure-document = კომერციული ინვოისი
archetype-procedure-body = ვისზე ვრცელდება პროცედურა, რა უნდა მოამზადოთ, გავრცელებული შეცდომები და კითხვები. ყველა გასაღების შესახებ იხილეთ docs/content-kinds.md#procedures.
archetype-quota-body = ვის შეუძლია იმპორტი კვოტის ფარგლებში და როგორ მიმართოს.
archetype-ruling-goods = საქონელი, როგორც მას გადაწყვეტილება აღწერს.
archetype-ruling-body = დასაბუთება: წესები და შენიშვნები, რომლებიც გადაწყვეტილებას განაპირობებს.
archetype-tool-body = რა არის ეს ინსტრუმენტი და როგორ იყენებს მას ეს ადმინისტრაცია.
archetype-translation-body = თარგმნეთ აქ ფაილის { $original } ტექსტი: სათაური, აღწერა, ტექსტური ველები და ძირითადი ტექსტი. მონაცემები (კოდები, თანხები, თარიღები, მითითებები) დედნიდან აიღება; ნუ შეიტანთ მათ.
