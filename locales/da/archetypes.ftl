# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Én sætning til søgeresultater og forhåndsvisninger af links.
archetype-agency-body = Hvad myndigheden gør ved grænsen, og hvornår erhvervsdrivende har med den at gøre.
archetype-agency-address = Gade, by
archetype-agency-hours = Mandag til fredag kl. 8.00–17.00
archetype-exchange-rate-body = Hvilke varer og angivelser kursen gælder for, og hvor den stammer fra.
archetype-fee-reason = Den ydelse, som gebyret dækker (art. 6.1.2 i WTO-aftalen om handelslettelser).
archetype-fee-payment = Hvordan og hvornår der skal betales.
archetype-fee-body = Hvem der betaler, fritagelser og eksempler.
archetype-form-body = Hvem der udfylder formularen, hvornår, og hvor den skal indgives.
archetype-legal-body = Hvad retsakten regulerer, for hvem, og dens vigtigste bestemmelser.
archetype-measure-body = Hvilke varer foranstaltningen omfatter, hvad en erhvervsdrivende skal gøre, og hvor der skal ansøges.
archetype-notice-body = Hvad der ændres, for hvem og fra hvornår.
archetype-origin-proof = Det oprindelsesbevis, aftalen kræver (Form D, en oprindelseserklæring).
archetype-origin-body = Hvor aftalens regler er offentliggjort, og den generelle regel for koder, der ikke er opført.
archetype-page-body = Skriv siden her i Markdown.
archetype-procedure-summary = Hvad den erhvervsdrivende gør og får, i én sætning.
archetype-procedure-step = Første trin: hvad den erhvervsdrivende eller sagsbehandleren gør
archetype-procedure-document = Handelsfaktura
archetype-procedure-body = Hvem proceduren gælder for, hvad der skal forberedes, typiske fejl og spørgsmål. Se docs/content-kinds.md#procedures for alle nøgler.
archetype-quota-body = Hvem der må importere inden for kontingentet, og hvordan der ansøges.
archetype-ruling-goods = Varerne, som de er beskrevet i den bindende oplysning.
archetype-ruling-body = Begrundelsen: de regler og bestemmelser, som afgørelsen bygger på.
archetype-tool-body = Hvad instrumentet er, og hvordan denne toldadministration anvender det.
archetype-translation-body = Oversæt teksten i { $original } her: titel, beskrivelse, tekstfelter og brødtekst. Data (koder, beløb, datoer, referencer) hentes fra originalen; udelad dem.
