# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Jedna rečenica za rezultate pretraživanja i pretpregled poveznica.
archetype-agency-body = Što tijelo radi na granici i kada gospodarski subjekti s njim dolaze u doticaj.
archetype-agency-address = Ulica, grad
archetype-agency-hours = Ponedjeljak – petak, 8:00 – 17:00
archetype-exchange-rate-body = Na koju se robu i deklaracije tečaj primjenjuje i odakle potječe.
archetype-fee-reason = Usluga za koju se naplaćuje ova pristojba (čl. 6.1.2. Sporazuma o olakšavanju trgovine).
archetype-fee-payment = Kako i kada platiti.
archetype-fee-body = Tko plaća, oslobođenja i primjeri.
archetype-form-body = Tko ga ispunjava, kada i gdje ga treba podnijeti.
archetype-legal-body = Što propis uređuje, na koga se odnosi i koje su njegove glavne odredbe.
archetype-measure-body = Na koju se robu odnosi, što gospodarski subjekt mora učiniti i gdje podnijeti zahtjev.
archetype-notice-body = Što se mijenja, za koga i od kada.
archetype-origin-proof = Dokaz o podrijetlu koji sporazum zahtijeva (Form D, izjava o podrijetlu).
archetype-origin-body = Gdje su objavljena pravila o podrijetlu iz sporazuma i opće pravilo za oznake koje nisu navedene.
archetype-page-body = Ovdje napišite tekst stranice, u formatu Markdown.
archetype-procedure-summary = Što gospodarski subjekt čini i što dobiva, u jednoj rečenici.
archetype-procedure-step = Prvi korak: što čini gospodarski subjekt ili carinski službenik
archetype-procedure-document = Trgovački račun
archetype-procedure-body = Na koga se ovaj postupak odnosi, što pripremiti, česte pogreške i pitanja. Sve ključeve potražite u docs/content-kinds.md#procedures.
archetype-quota-body = Tko smije uvoziti u okviru kvote i kako podnijeti zahtjev.
archetype-ruling-goods = Roba, kako je opisana u obvezujućoj informaciji.
archetype-ruling-body = Obrazloženje: pravila i napomene na temelju kojih je odlučeno.
archetype-tool-body = Što je taj instrument i kako ga ova uprava primjenjuje.
archetype-translation-body = Ovdje prevedite tekst datoteke { $original }: naslov, opis, tekstualna polja i glavni tekst. Podaci (oznake, iznosi, datumi, upućivanja) preuzimaju se iz izvornika; izostavite ih.
