# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Едно изречение за резултатите от търсенето и за прегледите на връзки.
archetype-agency-body = Какво прави ведомството на границата и кога търговците се обръщат към него.
archetype-agency-address = Улица, град
archetype-agency-hours = От понеделник до петък, 08:00–17:00 ч.
archetype-exchange-rate-body = За кои стоки и декларации се прилага курсът и какъв е източникът му.
archetype-fee-reason = Услугата, която се заплаща с тази такса (чл. 6.1.2 от Споразумението на СТО за улесняване на търговията).
archetype-fee-payment = Как и кога се плаща.
archetype-fee-body = Кой плаща, освобождавания от таксата и примери.
archetype-form-body = Кой го попълва, кога и къде се подава.
archetype-legal-body = Какво урежда актът, за кого се отнася и основните му разпоредби.
archetype-measure-body = Кои стоки обхваща мярката, какво трябва да направи търговецът и къде се подава заявлението.
archetype-notice-body = Какво се променя, за кого и от кога.
archetype-origin-proof = Доказателството за произход, което изисква споразумението (Form D, декларация за произход).
archetype-origin-body = Къде са публикувани правилата на споразумението и общото правило за неизброените кодове.
archetype-page-body = Напишете съдържанието на страницата тук, във формат Markdown.
archetype-procedure-summary = Какво прави и какво получава търговецът, в едно изречение.
archetype-procedure-step = Първа стъпка: какво прави търговецът или служителят
archetype-procedure-document = Търговска фактура
archetype-procedure-body = За кого се прилага тази процедура, какво трябва да се подготви, чести грешки и въпроси. Всички ключове са описани в docs/content-kinds.md#procedures.
archetype-quota-body = Кой може да внася в рамките на квотата и как се подава заявление.
archetype-ruling-goods = Стоките, както са описани в решението.
archetype-ruling-body = Мотивите: правилата и забележките, въз основа на които е взето решението.
archetype-tool-body = Какво представлява инструментът и как тази митническа администрация го прилага.
archetype-translation-body = Преведете тук текста на { $original }: заглавието, описанието, текстовите полета и основния текст. Данните (кодове, суми, дати, референтни номера) се вземат от оригинала; не ги включвайте.
