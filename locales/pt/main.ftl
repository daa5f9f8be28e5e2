# UI strings of the default theme, Portuguese (as written in Portugal, Lusophone Africa and Timor-Leste; 1990 orthography).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Ir para o conteúdo principal
language-switcher = Idioma
main-navigation = Menu principal
breadcrumb = Está aqui
footer-navigation = Sobre este sítio
footer-published-by = Publicado por { $site }.

## Dates

last-updated = Última atualização:
published = Data de publicação:

## Translations

notice-untranslated = Esta página ainda não foi traduzida. É apresentada na versão original ({ $original }).
notice-stale = Esta tradução pode não estar atualizada: a versão original ({ $original }) foi atualizada em { $date }.
notice-read-original = Consultar a versão original ({ $original }).

## Sections and pages

on-this-page = Nesta página
in-this-section = { $count ->
    [0] Nenhuma página nesta secção
    [one] Uma página nesta secção
    [many] { $count } de páginas nesta secção
   *[other] { $count } páginas nesta secção
}
home-explore = Explorar o sítio

## Errors and redirects

not-found-title = Página não encontrada
not-found-text = A página solicitada não existe ou mudou de endereço. Verifique o endereço ou recomece a partir da página inicial.
not-found-home = Ir para a página inicial
redirect-title = Esta página mudou de endereço
redirect-link = Ir para o novo endereço desta página

## Language chooser

chooser-intro = Escolha o seu idioma.

## Tariff

tariff-sections = Secções
tariff-section = Secção { $number }
tariff-other-chapters = Outros capítulos
tariff-chapter = Capítulo { $number }
tariff-chapter-notes-of = Notas do capítulo { $number }
tariff-see-chapter = Ver o capítulo { $number } completo
tariff-lines = Linhas pautais
tariff-lines-under = Linhas abrangidas por { $code }
tariff-table-hint = Selecione um código para ver as respetivas taxas e as regras que lhe são aplicáveis.
tariff-no-rate = Nenhuma
tariff-rates-current = Taxas dos direitos em vigor
tariff-rates-since = Taxas dos direitos em vigor desde { $date }
tariff-rates-from = Taxas dos direitos a partir de { $date }
tariff-rates-until = Taxas dos direitos até { $date }, inclusive
tariff-rate-from = { $rate } a partir de { $date }
tariff-line-not-yet = Esta linha ainda não está em vigor: aplica-se a partir de { $date }.
tariff-line-ended = Esta linha já não está em vigor: o seu último dia de vigência foi { $date }.
tariff-line-ending = Esta linha está em vigor até { $date }, inclusive: esse é o seu último dia de vigência.
tariff-replaced-by = A partir de { $date }, esta linha é substituída por:
tariff-replaces = A partir de { $date }, esta linha substitui:
tariff-timeline = Evolução das taxas
tariff-timeline-column = Coluna
tariff-timeline-rate = Taxa
tariff-timeline-from = De
tariff-timeline-to = Até
tariff-timeline-state = Situação
tariff-state-past = Anterior
tariff-state-in_force = Em vigor
tariff-state-scheduled = Prevista
tariff-level-heading = Posição
tariff-level-subheading = Subposição
tariff-level-national_line = Linha pautal nacional
tariff-col-code = Código
tariff-col-description = Designação
tariff-col-unit = Unidade
tariff-col-mfn = NMF
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Nota

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Isento
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, mín. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, máx. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Procedimento
kind-fee = Taxa ou encargo
kind-measure = Medida
kind-tool = Instrumento ou ferramenta da OMA
kind-legal = Texto jurídico
kind-form = Formulário
kind-agency = Organismo
kind-notice = Aviso
kind-plural-procedure = Procedimentos
kind-plural-fee = Taxas e encargos
kind-plural-measure = Medidas: proibições, restrições e licenças
kind-plural-tool = Instrumentos e ferramentas da OMA
kind-plural-legal = Textos jurídicos
kind-plural-form = Formulários
kind-plural-agency = Organismos
kind-plural-notice = Avisos
backlinks-title = Referido em
tariff-what-applies = O que se aplica a estas mercadorias
footer-enquiry-point = Tem dúvidas? Contacte o ponto nacional de informação

field-legal-basis = Base jurídica
field-hs = Mercadorias abrangidas (códigos pautais)
field-direction = Tipo de operação
field-agencies = Organismos intervenientes
field-agency = Organismo
field-tools = Normas internacionais aplicadas
field-duration = Prazo habitual
field-amount = Montante
field-per = Base de cobrança
field-reason = Motivo da cobrança
field-authority = Cobrado por
field-payment = Forma de pagamento
field-published = Data de publicação
field-effective = Em vigor desde
field-effective-proposed = Entrada em vigor proposta
field-until = Último dia de cobrança
field-acronym = Sigla
field-category = Domínio
field-status = Situação
field-issuer = Emitido por
field-adopted = Data de adoção
field-url = Página oficial
field-related = Instrumentos relacionados
field-type = Tipo
field-number = Número
field-signed = Data de assinatura
field-official-text = Texto oficial
field-download = Descarregar
field-email = Correio eletrónico
field-phone = Telefone
field-address = Endereço
field-hours = Horário de atendimento
field-comment-until = Comentários até
field-affects = Abrange

direction-import = Importação
direction-export = Exportação
direction-transit = Trânsito
direction-both = Importação e exportação
direction-other = Outros procedimentos
filter-by-direction = Mostrar os procedimentos de

## Procedures

procedure-summary = Em resumo
procedure-steps-count = Etapas
procedure-total-time = Prazo total habitual
procedure-total-fees = Taxas
procedure-fees-more = { $count ->
    [0] sem outras taxas
    [one] mais uma taxa que depende do caso
    [many] mais { $count } de taxas que dependem do caso
   *[other] mais { $count } taxas que dependem do caso
}
procedure-fees-varying = { $count ->
    [0] Sem taxas
    [one] Uma taxa que depende do caso
    [many] { $count } de taxas que dependem do caso
   *[other] { $count } taxas que dependem do caso
}
procedure-documents = Documentos a preparar
procedure-steps = Passo a passo
procedure-steps-n = { $count ->
    [0] Nenhuma etapa
    [one] Uma etapa
    [many] { $count } de etapas
   *[other] { $count } etapas
}
duration-days = { $count ->
    [one] { $count } dia
    [many] { $count } de dias
   *[other] { $count } dias
}
duration-hours = { $count ->
    [one] { $count } hora
    [many] { $count } de horas
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] { $count } minuto
    [many] { $count } de minutos
   *[other] { $count } minutos
}
duration-range = de { $min } a { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Tabela de taxas e encargos
fee-tiers = Montantes
fee-see-tiers = Ver os montantes
fee-per-declaration = por declaração
fee-per-consignment = por remessa
fee-per-container = por contentor
fee-per-certificate = por certificado
fee-per-hour = por hora
fee-per-application = por pedido
fee-per-day = por dia
fee-per-page = por página
fee-per-item = por artigo
fee-in-force-current = em vigor
fee-in-force-since = em vigor desde { $date }
fee-amount-from = { $amount } a partir de { $date }
fee-changes-on = Os montantes mudam em { $date }
fee-not-yet = Ainda não está em vigor: esta taxa é cobrada a partir de { $date }.
fee-ended = Já não está em vigor: esta taxa foi cobrada pela última vez em { $date }.
fee-state-not-yet = Ainda não em vigor
fee-state-ended = Já não em vigor
fee-timeline = Evolução dos montantes
fee-timeline-tier = Caso
fee-timeline-from = De
fee-timeline-to = Último dia
fee-timeline-state = Situação
fee-value-past = Anterior
fee-value-in_force = Em vigor
fee-value-scheduled = Previsto

## WCO tools

tools-by-category = Domínios
tool-category-conventions = Convenções e acordos
tool-category-facilitation = Facilitação do comércio
tool-category-security = Segurança da cadeia logística
tool-category-nomenclature = Classificação
tool-category-valuation = Valor aduaneiro
tool-category-origin = Origem
tool-category-enforcement = Fiscalização e cumprimento
tool-category-capacity-building = Reforço de capacidades
tool-category-data = Dados e tecnologia
tool-category-revenue = Receitas
tool-status-contracting-party = Parte contratante
tool-status-applied = Aplicado
tool-status-in-progress = Em fase de implementação
tool-status-not-applied = Não aplicado
tool-status-reference = Referência

## Measures, legal texts, notices

measure-type-prohibition = Proibição
measure-type-restriction = Restrição
measure-type-licence = Licença ou autorização
measure-type-sps = Medida sanitária ou fitossanitária
measure-type-tbt = Regulamento técnico
measure-type-quota = Contingente
measure-type-other = Outra medida
legal-type-law = Lei
legal-type-decree = Decreto
legal-type-circular = Circular
legal-type-ruling = Decisão
legal-type-agreement = Acordo internacional
notice-status-draft-for-comment = Aberto a comentários
notice-status-adopted = Adotado
notice-status-in-force = Em vigor
notice-status-repealed = Revogado
notice-consultation-open = Este projeto está aberto a comentários até { $date }. Envie os seus comentários para

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [0] Nenhum elemento em falta: tudo está publicado neste sítio.
    [one] Um elemento ainda não está publicado neste sítio.
    [many] { $count } de elementos ainda não estão publicados neste sítio.
   *[other] { $count } elementos ainda não estão publicados neste sítio.
}
tfa-not-covered = Ainda não publicado
tfa-1-1-a = Procedimentos de importação, exportação e trânsito, e formulários e documentos exigidos
tfa-1-1-b = Taxas aplicadas dos direitos e imposições
tfa-1-1-c = Taxas e encargos
tfa-1-1-d = Regras de classificação ou de determinação do valor aduaneiro dos produtos
tfa-1-1-e = Leis, regulamentos e decisões relativos às regras de origem
tfa-1-1-f = Restrições ou proibições à importação, exportação ou trânsito
tfa-1-1-g = Disposições relativas a sanções
tfa-1-1-h = Procedimentos de recurso ou de revisão
tfa-1-1-i = Acordos com outros países relativos à importação, exportação ou trânsito
tfa-1-1-j = Procedimentos relativos à gestão de contingentes pautais
tfa-1-2 = Informação disponível através da internet
tfa-1-3 = Pontos de informação

filter-all = Todos
tools-filter-status = Mostrar os instrumentos segundo a situação nesta administração

## Search

search-title = Pesquisa
search-label = Pesquisar no sítio
search-placeholder = Mercadoria, código, procedimento, taxa…
search-button = Pesquisar
search-kind = Mostrar
search-kind-all = Tudo
search-kind-tariff = Códigos pautais
search-kind-page = Outras páginas
search-hint = Escreva palavras em qualquer forma, ou um código pautal com ou sem pontos ({ $code }).
search-needs-script = A pesquisa requer JavaScript. Em alternativa, consulte a pauta por secção e capítulo.
search-count = Resultados:
search-chapter = Capítulo da pauta
search-none = Nenhum resultado para “{ $query }”.
search-note-code = O código { $asked } não existe. A mostrar { $found }.
search-note-typo = Nenhum resultado para “{ $asked }”. Resultados para “{ $found }”.
search-result-tariff = Código pautal
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = direito direitos pauta tarifa taxa alíquota imposto impostos
search-previous = Anteriores
search-next = Seguintes

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
