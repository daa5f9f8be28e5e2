# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Taxa de câmbio
kind-plural-exchange-rate = Taxas de câmbio para a valoração aduaneira
tariff-col-excise = Imposto especial de consumo
tariff-col-vat = IVA
xrate-currency = Moeda
xrate-rate = { $currency } por unidade
xrate-in-force-current = Taxas em vigor
xrate-in-force-since = Taxas em vigor desde { $date }
xrate-next = Próxima taxa
xrate-history = Taxas ao longo do tempo
xrate-state-past = Anterior
xrate-state-in_force = Em vigor
xrate-state-scheduled = Prevista
calc-title = Estimar os direitos e impostos
calc-estimate = Isto é uma estimativa, não uma liquidação: a alfândega liquida os direitos e impostos na declaração. Não inclui direitos antidumping e de salvaguarda, taxas, nem reduções a que as mercadorias possam ter direito.
calc-value = Valor aduaneiro
calc-currency = Moeda
calc-quantity = Quantidade ({ $unit })
calc-regime = Taxa do direito
calc-submit = Calcular
calc-col-step = Etapa
calc-col-formula = Cálculo
calc-col-amount = Montante
calc-step-value = Valor aduaneiro em { $currency }
calc-step-duty = Direito ({ $regime })
calc-step-total = Direitos e impostos
calc-example = Exemplo: um valor aduaneiro de { $value } { $currency } e { $quantity } { $unit }, à taxa { $regime }
calc-yours = As suas mercadorias: um valor aduaneiro de { $value } { $currency } e { $quantity } { $unit }, à taxa { $regime }
calc-total = Direitos e impostos estimados: { $amount }
calc-at-least = no mínimo
calc-at-most = no máximo
calc-invalid = Introduza o valor aduaneiro e a quantidade em algarismos.
calc-no-rate = Não há taxa de câmbio para { $currency } nesta data.
tariff-tax-waived = Não é cobrado à taxa { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: introduza o valor aduaneiro em { $currency }.
calc-rates-link = Taxas de câmbio usadas na valoração aduaneira

change-exchange-rate = { $when ->
    [dated] { $title }: a taxa passa de { $old } para { $new } em { $date }
   *[other] { $title }: a taxa passou de { $old } para { $new }
}
change-exchange-rate-revised = { $title }: a taxa a partir de { $date } é agora { $new }, não { $old }
change-exchange-rate-moved = { $title }: a taxa de { $new } aplica-se agora a partir de { $date }, não de { $was }
change-exchange-rate-withdrawn = { $title }: a alteração da taxa para { $new } em { $date } foi anulada

kind-origin = Regras de origem
kind-plural-origin = Regras de origem
origin-rule = Regra de origem
origin-rules = Regras específicas por produto
origin-proof = Prova de origem
origin-agreement = Acordo
origin-column = Taxa preferencial
origin-or = ou
origin-and = e
origin-term-wo = inteiramente obtido
origin-term-pe = produzido exclusivamente a partir de materiais originários
origin-term-cc = mudança de capítulo
origin-term-cth = mudança de posição
origin-term-ctsh = mudança de subposição
origin-term-rvc = conteúdo de valor regional de pelo menos { $percent }%

kind-quota = Contingente pautal
kind-plural-quota = Contingentes pautais
quota-order = Número de ordem
quota-balance = Saldo em { $date }
quota-volume = Volume
quota-in = Taxa no contingente
quota-out = Taxa fora do contingente
quota-period = Período do contingente
quota-period-dates = de { $from } a { $to }
quota-allocation = Atribuição
quota-allocation-first-come-first-served = Por ordem de chegada
quota-allocation-licence = Licenças de importação
quota-allocation-historical = Quotas por importações anteriores
quota-allocation-auction = Leilão
quota-state-open = Aberto
quota-state-exhausted = Esgotado
quota-state-closed = Fechado
quota-history = Saldo ao longo do tempo
change-quota-balance = { $when ->
    [dated] { $title }: o saldo passa de { $old } para { $new } em { $date }
   *[other] { $title }: o saldo passou de { $old } para { $new }
}
change-quota-balance-revised = { $title }: o saldo a partir de { $date } é agora { $new }, não { $old }
change-quota-balance-moved = { $title }: o saldo de { $new } aplica-se agora a partir de { $date }, não de { $was }
change-quota-balance-withdrawn = { $title }: o saldo de { $new } a partir de { $date } foi retirado

kind-ruling = Decisão prévia
kind-plural-ruling = Decisões prévias vinculativas
ruling-number = Número da decisão
ruling-issued = Emitida em
ruling-goods = Mercadorias
ruling-type-classification = Classificação
ruling-type-origin = Origem
ruling-type-valuation = Valor
ruling-valid = Em vigor
ruling-valid-until = Válida até { $date }
ruling-expired = Expirou em { $date }
