# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Una frase per i risultati di ricerca e le anteprime dei link.
archetype-agency-body = Che cosa fa l’ente alla frontiera e quando gli operatori economici vi si rivolgono.
archetype-agency-address = Via, Città
archetype-agency-hours = Dal lunedì al venerdì, 8:00–17:00
archetype-exchange-rate-body = A quali merci e dichiarazioni si applica il tasso e da dove proviene.
archetype-fee-reason = Il servizio per cui è riscosso questo diritto (art. 6.1.2 TFA).
archetype-fee-payment = Come e quando pagare.
archetype-fee-body = Chi paga, esenzioni ed esempi.
archetype-form-body = Chi lo compila, quando e dove presentarlo.
archetype-legal-body = Che cosa disciplina il testo, a chi si applica e le sue disposizioni principali.
archetype-measure-body = Quali merci riguarda, che cosa deve fare l’operatore economico e dove presentare la domanda.
archetype-notice-body = Che cosa cambia, per chi e da quando.
archetype-origin-proof = La prova dell’origine richiesta dall’accordo (Form D, dichiarazione di origine).
archetype-origin-body = Dove sono pubblicate le norme di origine dell’accordo e la norma generale per i codici non elencati.
archetype-page-body = Scrivere qui il testo della pagina, in Markdown.
archetype-procedure-summary = Che cosa fa e che cosa ottiene l’operatore economico, in una frase.
archetype-procedure-step = Prima fase: che cosa fa l’operatore economico o il funzionario doganale
archetype-procedure-document = Fattura commerciale
archetype-procedure-body = A chi si applica questa procedura, che cosa preparare, errori e domande frequenti. Per tutte le chiavi vedere docs/content-kinds.md#procedures.
archetype-quota-body = Chi può importare nell’ambito del contingente e come presentare la domanda.
archetype-ruling-goods = Le merci, come descritte nell’informazione vincolante.
archetype-ruling-body = La motivazione: le norme e le note che determinano la decisione.
archetype-tool-body = Che cos’è lo strumento e come lo applica questa amministrazione.
archetype-translation-body = Tradurre qui il testo di { $original }: titolo, descrizione, campi di testo e corpo del testo. I dati (codici, importi, date, riferimenti) sono ripresi dall’originale: ometterli.
