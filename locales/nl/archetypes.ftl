# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Eén zin voor zoekresultaten en linkvoorbeelden.
archetype-agency-body = Wat de instantie aan de grens doet en wanneer handelaren ermee te maken krijgen.
archetype-agency-address = Straat, plaats
archetype-agency-hours = Maandag t/m vrijdag, 8.00–17.00 uur
archetype-exchange-rate-body = Op welke goederen en aangiften de koers van toepassing is, en waar hij vandaan komt.
archetype-fee-reason = De dienst waarvoor deze vergoeding wordt geheven (art. 6.1.2 TFA).
archetype-fee-payment = Hoe en wanneer te betalen.
archetype-fee-body = Wie betaalt, vrijstellingen en voorbeelden.
archetype-form-body = Wie het invult, wanneer, en waar het moet worden ingediend.
archetype-legal-body = Wat de tekst regelt, voor wie, en de belangrijkste bepalingen.
archetype-measure-body = Op welke goederen de maatregel van toepassing is, wat de handelaar moet doen en waar de aanvraag moet worden ingediend.
archetype-notice-body = Wat er verandert, voor wie en vanaf wanneer.
archetype-origin-proof = Het oorsprongsbewijs dat de overeenkomst vereist (Form D, een oorsprongsverklaring).
archetype-origin-body = Waar de oorsprongsregels van de overeenkomst zijn bekendgemaakt, en de algemene regel voor niet-vermelde codes.
archetype-page-body = Schrijf hier de tekst van de pagina, in Markdown.
archetype-procedure-summary = Wat de handelaar doet en krijgt, in één zin.
archetype-procedure-step = Eerste stap: wat de handelaar of de douaneambtenaar doet
archetype-procedure-document = Handelsfactuur
archetype-procedure-body = Voor wie deze procedure geldt, wat u moet voorbereiden, veelgemaakte fouten en vragen. Zie docs/content-kinds.md#procedures voor alle sleutels.
archetype-quota-body = Wie binnen het contingent mag invoeren, en hoe een aanvraag in te dienen.
archetype-ruling-goods = De goederen, zoals de bindende inlichting ze omschrijft.
archetype-ruling-body = De motivering: de regels en aantekeningen die de doorslag geven.
archetype-tool-body = Wat het instrument is en hoe deze administratie het toepast.
archetype-translation-body = Vertaal hier de tekst van { $original }: de titel, de beschrijving, de tekstvelden en de hoofdtekst. Gegevens (codes, bedragen, datums, verwijzingen) komen uit het origineel; laat die weg.
