# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Uma frase para os resultados de pesquisa e as pré-visualizações de ligações.
archetype-agency-body = O que o organismo faz na fronteira e quando os operadores têm de recorrer a ele.
archetype-agency-address = Rua, Localidade
archetype-agency-hours = Segunda a sexta-feira, 08:00–17:00
archetype-exchange-rate-body = A que mercadorias e declarações se aplica a taxa, e qual a sua fonte.
archetype-fee-reason = O serviço prestado em contrapartida desta taxa (art. 6.1.2 do AFC).
archetype-fee-payment = Como e quando pagar.
archetype-fee-body = Quem paga, isenções e exemplos.
archetype-form-body = Quem o preenche, quando e onde o apresentar.
archetype-legal-body = O que o texto regula, a quem se aplica e as suas principais disposições.
archetype-measure-body = Que mercadorias abrange, o que o operador tem de fazer e onde apresentar o pedido.
archetype-notice-body = O que muda, para quem e a partir de quando.
archetype-origin-proof = A prova de origem exigida pelo acordo (Form D, declaração de origem).
archetype-origin-body = Onde estão publicadas as regras do acordo, e a regra geral para os códigos não enumerados.
archetype-page-body = Redija aqui o conteúdo da página, em Markdown.
archetype-procedure-summary = O que o operador faz e obtém, numa frase.
archetype-procedure-step = Primeiro passo: o que faz o operador ou o funcionário
archetype-procedure-document = Fatura comercial
archetype-procedure-body = A quem se aplica este procedimento, o que preparar, erros e dúvidas frequentes. Consulte docs/content-kinds.md#procedures para todas as chaves.
archetype-quota-body = Quem pode importar ao abrigo do contingente, e como apresentar o pedido.
archetype-ruling-goods = As mercadorias, tal como a decisão as descreve.
archetype-ruling-body = A fundamentação: as regras e notas que determinam a decisão.
archetype-tool-body = O que é o instrumento e como esta administração o aplica.
archetype-translation-body = Traduza aqui o texto de { $original }: o título, a descrição, os campos de texto e o corpo. Os dados (códigos, montantes, datas, referências) vêm do original; não os inclua.
