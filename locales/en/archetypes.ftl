# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: reference locale.

archetype-description = One sentence for search results and link previews.
archetype-agency-body = What the agency does at the border and when traders deal with it.
archetype-agency-address = Street, City
archetype-agency-hours = Monday to Friday, 08:00–17:00
archetype-exchange-rate-body = Which goods and declarations the rate applies to, and where it comes from.
archetype-fee-reason = The service this fee pays for (TFA Art. 6.1.2).
archetype-fee-payment = How and when to pay.
archetype-fee-body = Who pays, exemptions and examples.
archetype-form-body = Who fills it in, when, and where to lodge it.
archetype-legal-body = What the text governs, for whom, and its main provisions.
archetype-measure-body = Which goods it covers, what a trader must do, and where to apply.
archetype-notice-body = What changes, for whom, and from when.
archetype-origin-proof = The proof of origin the agreement asks for (Form D, an origin declaration).
archetype-origin-body = Where the agreement's rules are published, and the general rule for codes not listed.
archetype-page-body = Write the page here, in Markdown.
archetype-procedure-summary = What the trader does and gets, in one sentence.
archetype-procedure-step = First step: what the trader or officer does
archetype-procedure-document = Commercial invoice
archetype-procedure-body = Who this procedure applies to, what to prepare, common mistakes and questions. See docs/content-kinds.md#procedures for every key.
archetype-quota-body = Who may import under the quota, and how to apply.
archetype-ruling-goods = The goods, as the ruling describes them.
archetype-ruling-body = The reasoning: the rules and notes that decide it.
archetype-tool-body = What the instrument is and how this administration applies it.
archetype-translation-body = Translate the text of { $original } here: its title, description, text fields and body. Data (codes, amounts, dates, references) comes from the original; leave it out.
