# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = En stavek za rezultate iskanja in predoglede povezav.
archetype-agency-body = Kaj organ počne na meji in kdaj imajo gospodarski subjekti opravka z njim.
archetype-agency-address = Ulica, kraj
archetype-agency-hours = Od ponedeljka do petka, od 8.00 do 17.00
archetype-exchange-rate-body = Za katero blago in katere deklaracije se tečaj uporablja ter od kod izhaja.
archetype-fee-reason = Storitev, za katero se obračuna ta pristojbina (člen 6.1.2 TFA).
archetype-fee-payment = Kako in kdaj plačati.
archetype-fee-body = Kdo plača, oprostitve in primeri.
archetype-form-body = Kdo ga izpolni, kdaj in kje ga je treba vložiti.
archetype-legal-body = Kaj akt ureja, za koga velja in njegove glavne določbe.
archetype-measure-body = Katero blago zajema, kaj mora storiti gospodarski subjekt in kje vložiti vlogo.
archetype-notice-body = Kaj se spreminja, za koga in od kdaj.
archetype-origin-proof = Dokazilo o poreklu, ki ga zahteva sporazum (Form D, izjava o poreklu).
archetype-origin-body = Kje so objavljena pravila sporazuma in splošno pravilo za oznake, ki niso navedene.
archetype-page-body = Tukaj napišite besedilo strani v obliki Markdown.
archetype-procedure-summary = Kaj gospodarski subjekt stori in kaj dobi, v enem stavku.
archetype-procedure-step = Prvi korak: kaj stori gospodarski subjekt ali uradnik
archetype-procedure-document = Trgovinski račun
archetype-procedure-body = Za koga velja ta postopek, kaj je treba pripraviti, pogoste napake in vprašanja. Vsi ključi so opisani v docs/content-kinds.md#procedures.
archetype-quota-body = Kdo lahko uvaža v okviru kvote in kako vložiti zahtevek.
archetype-ruling-goods = Blago, kot ga opisuje zavezujoča informacija.
archetype-ruling-body = Obrazložitev: pravila in opombe, na podlagi katerih je bilo odločeno.
archetype-tool-body = Kaj je ta instrument in kako ga ta uprava uporablja.
archetype-translation-body = Tukaj prevedite besedilo datoteke { $original }: naslov, opis, besedilna polja in glavno besedilo. Podatki (oznake, zneski, datumi, sklici) se prevzamejo iz izvirnika; izpustite jih.
