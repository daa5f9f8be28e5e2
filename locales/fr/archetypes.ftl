# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

archetype-description = Une phrase pour les résultats de recherche et les aperçus de lien.
archetype-agency-body = Ce que fait l’organisme à la frontière et quand les opérateurs ont affaire à lui.
archetype-agency-address = Rue, ville
archetype-agency-hours = Du lundi au vendredi, de 8 h à 17 h
archetype-exchange-rate-body = Les marchandises et les déclarations auxquelles le taux s’applique, et d’où il vient.
archetype-fee-reason = Le service que cette redevance rémunère (AFE, art. 6.1.2).
archetype-fee-payment = Comment et quand payer.
archetype-fee-body = Qui paie, les exonérations et des exemples.
archetype-form-body = Qui le remplit, quand, et où le déposer.
archetype-legal-body = Ce que le texte régit, pour qui, et ses principales dispositions.
archetype-measure-body = Les marchandises visées, ce que l’opérateur doit faire et où présenter la demande.
archetype-notice-body = Ce qui change, pour qui et à partir de quand.
archetype-origin-proof = La preuve de l’origine que l’accord exige (Form D, une déclaration d’origine).
archetype-origin-body = Où les règles de l’accord sont publiées, et la règle générale pour les codes non listés.
archetype-page-body = Écrivez la page ici, en Markdown.
archetype-procedure-summary = Ce que l’opérateur fait et obtient, en une phrase.
archetype-procedure-step = Première étape : ce que fait l’opérateur ou l’agent
archetype-procedure-document = Facture commerciale
archetype-procedure-body = À qui s’applique cette procédure, ce qu’il faut préparer, les erreurs et questions fréquentes. Voir docs/content-kinds.md#procedures pour toutes les clés.
archetype-quota-body = Qui peut importer sous le contingent, et comment le demander.
archetype-ruling-goods = Les marchandises, telles que la décision les décrit.
archetype-ruling-body = La motivation : les règles et les notes qui tranchent.
archetype-tool-body = Ce qu’est l’instrument et comment cette administration l’applique.
archetype-translation-body = Traduisez ici le texte de { $original } : son titre, sa description, ses champs de texte et son corps. Les données (codes, montants, dates, références) viennent de l’original ; ne les reprenez pas.
