# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Vienas sakinys paieškos rezultatams ir nuorodų peržiūrai.
archetype-agency-body = Ką institucija daro pasienyje ir kada ekonominės veiklos vykdytojai į ją kreipiasi.
archetype-agency-address = Gatvė, miestas
archetype-agency-hours = Pirmadieniais–penktadieniais 8.00–17.00
archetype-exchange-rate-body = Kokioms prekėms ir deklaracijoms taikomas kursas ir iš kur jis gaunamas.
archetype-fee-reason = Paslauga, už kurią imama ši rinkliava (PPO prekybos lengvinimo susitarimo 6.1.2 str.).
archetype-fee-payment = Kaip ir kada sumokėti.
archetype-fee-body = Kas moka, lengvatos ir pavyzdžiai.
archetype-form-body = Kas ją pildo, kada ir kur ją pateikti.
archetype-legal-body = Ką teisės aktas reglamentuoja, kam jis taikomas ir pagrindinės jo nuostatos.
archetype-measure-body = Kokioms prekėms ji taikoma, ką turi padaryti ekonominės veiklos vykdytojas ir kur kreiptis.
archetype-notice-body = Kas keičiasi, kam ir nuo kada.
archetype-origin-proof = Susitarime reikalaujamas kilmės įrodymas (Form D, kilmės deklaracija).
archetype-origin-body = Kur paskelbtos susitarimo kilmės taisyklės ir bendroji taisyklė neišvardytiems kodams.
archetype-page-body = Čia parašykite puslapio tekstą Markdown formatu.
archetype-procedure-summary = Ką ekonominės veiklos vykdytojas daro ir ką gauna, vienu sakiniu.
archetype-procedure-step = Pirmas etapas: ką daro ekonominės veiklos vykdytojas ar muitinės pareigūnas
archetype-procedure-document = Komercinė sąskaita faktūra
archetype-procedure-body = Kam taikoma ši procedūra, ką parengti, dažnos klaidos ir klausimai. Visi raktai aprašyti docs/content-kinds.md#procedures.
archetype-quota-body = Kas gali importuoti pagal kvotą ir kaip pateikti prašymą.
archetype-ruling-goods = Prekės, kaip jos aprašytos sprendime.
archetype-ruling-body = Motyvai: taisyklės ir pastabos, kuriomis grindžiamas sprendimas.
archetype-tool-body = Kas yra šis dokumentas ir kaip ši administracija jį taiko.
archetype-translation-body = Čia išverskite failo { $original } tekstą: pavadinimą, aprašymą, tekstinius laukus ir pagrindinį tekstą. Duomenys (kodai, sumos, datos, nuorodos) imami iš originalo; jų neįtraukite.
