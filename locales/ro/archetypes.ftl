# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = O frază pentru rezultatele căutării și previzualizările linkurilor.
archetype-agency-body = Ce face instituția la frontieră și în ce situații operatorii economici au de-a face cu ea.
archetype-agency-address = Strada, Localitatea
archetype-agency-hours = Luni–vineri, 08:00–17:00
archetype-exchange-rate-body = Căror mărfuri și declarații li se aplică cursul și care este sursa acestuia.
archetype-fee-reason = Serviciul pentru care se percepe această taxă (art. 6.1.2 din AFC).
archetype-fee-payment = Cum și când se plătește.
archetype-fee-body = Cine plătește, scutiri și exemple.
archetype-form-body = Cine îl completează, când și unde se depune.
archetype-legal-body = Ce reglementează textul, cui se aplică și principalele sale dispoziții.
archetype-measure-body = Ce mărfuri vizează, ce trebuie să facă operatorul economic și unde se depune cererea.
archetype-notice-body = Ce se schimbă, pentru cine și de când.
archetype-origin-proof = Dovada originii cerută de acord (Form D, declarație de origine).
archetype-origin-body = Unde sunt publicate regulile acordului și regula generală pentru codurile care nu sunt enumerate.
archetype-page-body = Scrieți aici conținutul paginii, în Markdown.
archetype-procedure-summary = Ce face operatorul economic și ce obține, într-o singură frază.
archetype-procedure-step = Primul pas: ce face operatorul economic sau funcționarul
archetype-procedure-document = Factură comercială
archetype-procedure-body = Cui se aplică această procedură, ce trebuie pregătit, greșeli și întrebări frecvente. Toate cheile sunt descrise în docs/content-kinds.md#procedures.
archetype-quota-body = Cine poate importa în cadrul contingentului și cum se depune cererea.
archetype-ruling-goods = Mărfurile, așa cum sunt descrise în informația obligatorie.
archetype-ruling-body = Motivarea: regulile și notele pe baza cărora s-a decis.
archetype-tool-body = Ce este instrumentul și cum îl aplică această administrație.
archetype-translation-body = Traduceți aici textul din { $original }: titlul, descrierea, câmpurile de text și corpul textului. Datele (coduri, sume, date calendaristice, referințe) sunt preluate din original; nu le includeți.
