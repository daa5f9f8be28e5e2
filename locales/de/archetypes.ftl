# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Ein Satz für Suchergebnisse und Linkvorschauen.
archetype-agency-body = Was die Behörde an der Grenze tut und wann Wirtschaftsbeteiligte mit ihr zu tun haben.
archetype-agency-address = Straße, Ort
archetype-agency-hours = Montag bis Freitag, 08:00–17:00 Uhr
archetype-exchange-rate-body = Für welche Waren und Anmeldungen der Kurs gilt und woher er stammt.
archetype-fee-reason = Die Leistung, die mit dieser Gebühr abgegolten wird (Art. 6.1.2 TFA).
archetype-fee-payment = Wie und wann zu zahlen ist.
archetype-fee-body = Wer zahlt, Befreiungen und Beispiele.
archetype-form-body = Wer das Formular ausfüllt, wann und wo es einzureichen ist.
archetype-legal-body = Was der Text regelt, für wen er gilt, und seine wesentlichen Bestimmungen.
archetype-measure-body = Welche Waren erfasst sind, was Wirtschaftsbeteiligte tun müssen und wo der Antrag zu stellen ist.
archetype-notice-body = Was sich ändert, für wen und ab wann.
archetype-origin-proof = Der vom Abkommen verlangte Ursprungsnachweis (Form D, eine Ursprungserklärung).
archetype-origin-body = Wo die Ursprungsregeln des Abkommens veröffentlicht sind, und die allgemeine Regel für nicht aufgeführte Zolltarifnummern.
archetype-page-body = Schreiben Sie den Seiteninhalt hier, in Markdown.
archetype-procedure-summary = Was der Wirtschaftsbeteiligte tut und erhält, in einem Satz.
archetype-procedure-step = Erster Schritt: was der Wirtschaftsbeteiligte oder der Zollbedienstete tut
archetype-procedure-document = Handelsrechnung
archetype-procedure-body = Für wen dieses Verfahren gilt, was vorzubereiten ist, häufige Fehler und Fragen. Alle Schlüssel siehe docs/content-kinds.md#procedures.
archetype-quota-body = Wer im Rahmen des Kontingents einführen darf und wie der Antrag zu stellen ist.
archetype-ruling-goods = Die Waren, wie sie in der verbindlichen Auskunft beschrieben sind.
archetype-ruling-body = Die Begründung: die Vorschriften und Anmerkungen, nach denen sich die Entscheidung richtet.
archetype-tool-body = Was das Instrument ist und wie diese Zollverwaltung es anwendet.
archetype-translation-body = Übersetzen Sie hier den Text von { $original }: Titel, Beschreibung, Textfelder und Haupttext. Angaben (Codes, Beträge, Datumsangaben, Referenzen) werden aus dem Original übernommen; lassen Sie sie weg.
