# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = En mening för sökresultat och förhandsvisningar av länkar.
archetype-agency-body = Vad myndigheten gör vid gränsen och när näringsidkare kommer i kontakt med den.
archetype-agency-address = Gatuadress, Ort
archetype-agency-hours = Måndag–fredag kl. 08.00–17.00
archetype-exchange-rate-body = Vilka varor och deklarationer kursen gäller för, och var den kommer ifrån.
archetype-fee-reason = Den tjänst som avgiften tas ut för (art. 6.1.2 i TFA).
archetype-fee-payment = Hur och när avgiften ska betalas.
archetype-fee-body = Vem som betalar, undantag och exempel.
archetype-form-body = Vem som fyller i blanketten, när och var den ska lämnas in.
archetype-legal-body = Vad texten reglerar, för vem och dess viktigaste bestämmelser.
archetype-measure-body = Vilka varor som omfattas, vad näringsidkaren måste göra och var ansökan lämnas in.
archetype-notice-body = Vad som ändras, för vem och från när.
archetype-origin-proof = Det ursprungsintyg som avtalet kräver (Form D, en ursprungsförsäkran).
archetype-origin-body = Var avtalets regler offentliggörs, och den allmänna regeln för koder som inte anges.
archetype-page-body = Skriv sidan här, i Markdown.
archetype-procedure-summary = Vad näringsidkaren gör och får, i en mening.
archetype-procedure-step = Första steget: vad näringsidkaren eller tjänstemannen gör
archetype-procedure-document = Handelsfaktura
archetype-procedure-body = Vem förfarandet gäller för, vad som ska förberedas, vanliga fel och frågor. Se docs/content-kinds.md#procedures för alla nycklar.
archetype-quota-body = Vem som får importera inom kvoten, och hur man ansöker.
archetype-ruling-goods = Varorna, så som de beskrivs i det bindande beskedet.
archetype-ruling-body = Motiveringen: de regler och anmärkningar som avgör beskedet.
archetype-tool-body = Vad instrumentet är och hur denna förvaltning tillämpar det.
archetype-translation-body = Översätt texten i { $original } här: titel, beskrivning, textfält och brödtext. Uppgifter (koder, belopp, datum, referenser) hämtas från originalet; utelämna dem.
