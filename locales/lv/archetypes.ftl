# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Viens teikums meklēšanas rezultātiem un saišu priekšskatījumiem.
archetype-agency-body = Ko iestāde dara uz robežas un kad ekonomikas dalībnieki ar to sadarbojas.
archetype-agency-address = Iela, pilsēta
archetype-agency-hours = Pirmdiena–piektdiena, 8.00–17.00
archetype-exchange-rate-body = Kurām precēm un deklarācijām kursu piemēro un no kurienes tas iegūts.
archetype-fee-reason = Pakalpojums, par kuru iekasē šo nodevu (PTO Tirdzniecības atvieglošanas nolīguma 6.1.2. pants).
archetype-fee-payment = Kā un kad maksāt.
archetype-fee-body = Kas maksā, atbrīvojumi un piemēri.
archetype-form-body = Kas to aizpilda, kad un kur to iesniegt.
archetype-legal-body = Ko akts regulē, uz ko tas attiecas, un tā galvenie noteikumi.
archetype-measure-body = Uz kurām precēm tas attiecas, kas ekonomikas dalībniekam jādara un kur iesniegt pieteikumu.
archetype-notice-body = Kas mainās, uz ko tas attiecas un no kura datuma.
archetype-origin-proof = Nolīgumā prasītais izcelsmes apliecinājums (Form D, izcelsmes deklarācija).
archetype-origin-body = Kur publicēti nolīguma izcelsmes noteikumi, un vispārējais noteikums kodiem, kas nav uzskaitīti.
archetype-page-body = Rakstiet lapas tekstu šeit Markdown formātā.
archetype-procedure-summary = Ko ekonomikas dalībnieks dara un ko saņem, vienā teikumā.
archetype-procedure-step = Pirmais posms: ko dara ekonomikas dalībnieks vai muitas amatpersona
archetype-procedure-document = Komercrēķins
archetype-procedure-body = Uz ko attiecas šī procedūra, kas jāsagatavo, biežākās kļūdas un jautājumi. Visas atslēgas skatiet docs/content-kinds.md#procedures.
archetype-quota-body = Kas drīkst importēt kvotas ietvaros un kā iesniegt pieteikumu.
archetype-ruling-goods = Preces, kā tās aprakstītas saistošās informācijas lēmumā.
archetype-ruling-body = Pamatojums: noteikumi un piezīmes, uz kuriem balstās lēmums.
archetype-tool-body = Kas ir šis instruments un kā šī administrācija to piemēro.
archetype-translation-body = Šeit iztulkojiet faila { $original } tekstu: virsrakstu, aprakstu, teksta laukus un pamattekstu. Datus (kodus, summas, datumus, atsauces) ņem no oriģināla; tos neiekļaujiet.
