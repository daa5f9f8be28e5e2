# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Jedna věta pro výsledky vyhledávání a náhledy odkazů.
archetype-agency-body = Co orgán dělá na hranici a kdy s ním hospodářské subjekty přicházejí do styku.
archetype-agency-address = Ulice, město
archetype-agency-hours = Pondělí až pátek, 8:00–17:00
archetype-exchange-rate-body = Na které zboží a celní prohlášení se kurz vztahuje a odkud pochází.
archetype-fee-reason = Služba, za kterou se tento poplatek platí (čl. 6.1.2 Dohody WTO o usnadnění obchodu).
archetype-fee-payment = Jak a kdy platit.
archetype-fee-body = Kdo platí, osvobození a příklady.
archetype-form-body = Kdo formulář vyplňuje, kdy a kde se podává.
archetype-legal-body = Co předpis upravuje, na koho se vztahuje a jeho hlavní ustanovení.
archetype-measure-body = Na které zboží se opatření vztahuje, co musí hospodářský subjekt udělat a kde podat žádost.
archetype-notice-body = Co se mění, pro koho a od kdy.
archetype-origin-proof = Doklad o původu, který dohoda vyžaduje (Form D, prohlášení o původu).
archetype-origin-body = Kde jsou pravidla dohody zveřejněna a obecné pravidlo pro kódy, které nejsou uvedeny.
archetype-page-body = Sem napište obsah stránky ve formátu Markdown.
archetype-procedure-summary = Co hospodářský subjekt udělá a co získá, v jedné větě.
archetype-procedure-step = První krok: co udělá hospodářský subjekt nebo úředník
archetype-procedure-document = Obchodní faktura
archetype-procedure-body = Na koho se tento postup vztahuje, co je třeba připravit, časté chyby a dotazy. Všechny klíče viz docs/content-kinds.md#procedures.
archetype-quota-body = Kdo smí dovážet v rámci kvóty a jak podat žádost.
archetype-ruling-goods = Zboží, jak je popsáno v závazné informaci.
archetype-ruling-body = Odůvodnění: pravidla a poznámky, které jsou pro rozhodnutí určující.
archetype-tool-body = Co je tento nástroj a jak jej tato celní správa uplatňuje.
archetype-translation-body = Sem přeložte text souboru { $original }: jeho název, popis, textová pole a hlavní text. Údaje (kódy, částky, data, odkazy) se přebírají z originálu; vynechte je.
