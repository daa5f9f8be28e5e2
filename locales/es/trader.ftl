# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Tipo de cambio
kind-plural-exchange-rate = Tipos de cambio para la valoración en aduana
tariff-col-excise = Impuesto especial
tariff-col-vat = IVA
xrate-currency = Moneda
xrate-rate = { $currency } por unidad
xrate-in-force-current = Tipos vigentes
xrate-in-force-since = Tipos vigentes desde el { $date }
xrate-next = Próximo tipo
xrate-history = Tipos a lo largo del tiempo
xrate-state-past = Anterior
xrate-state-in_force = En vigor
xrate-state-scheduled = Previsto
calc-title = Estimar los derechos e impuestos
calc-estimate = Esto es una estimación, no una liquidación: la aduana liquida los derechos e impuestos sobre la declaración. No incluye derechos antidumping ni de salvaguardia, tasas, ni las reducciones a las que las mercancías puedan tener derecho.
calc-value = Valor en aduana
calc-currency = Moneda
calc-quantity = Cantidad ({ $unit })
calc-regime = Tipo de derecho
calc-submit = Calcular
calc-col-step = Paso
calc-col-formula = Cálculo
calc-col-amount = Importe
calc-step-value = Valor en aduana en { $currency }
calc-step-duty = Derecho ({ $regime })
calc-step-total = Derechos e impuestos
calc-example = Ejemplo: un valor en aduana de { $value } { $currency } y { $quantity } { $unit }, al tipo { $regime }
calc-yours = Sus mercancías: un valor en aduana de { $value } { $currency } y { $quantity } { $unit }, al tipo { $regime }
calc-total = Derechos e impuestos estimados: { $amount }
calc-at-least = como mínimo
calc-at-most = como máximo
calc-invalid = Introduzca el valor en aduana y la cantidad en cifras.
calc-no-rate = No hay tipo de cambio para { $currency } en esta fecha.
tariff-tax-waived = No se aplica al tipo { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: introduzca el valor en aduana en { $currency }.
calc-rates-link = Tipos de cambio utilizados para la valoración en aduana

change-exchange-rate = { $when ->
    [dated] { $title }: el tipo cambia de { $old } a { $new } el { $date }
   *[other] { $title }: el tipo cambió de { $old } a { $new }
}
change-exchange-rate-revised = { $title }: el tipo a partir del { $date } es ahora { $new }, no { $old }
change-exchange-rate-moved = { $title }: el tipo de { $new } se aplica ahora a partir del { $date }, no del { $was }
change-exchange-rate-withdrawn = { $title }: se anula el cambio del tipo a { $new } el { $date }

kind-origin = Normas de origen
kind-plural-origin = Normas de origen
origin-rule = Norma de origen
origin-rules = Normas específicas por producto
origin-proof = Prueba de origen
origin-agreement = Acuerdo
origin-column = Tipo preferencial
origin-or = o
origin-and = y
origin-term-wo = totalmente obtenido
origin-term-pe = producido exclusivamente a partir de materiales originarios
origin-term-cc = cambio de capítulo
origin-term-cth = cambio de partida
origin-term-ctsh = cambio de subpartida
origin-term-rvc = contenido de valor regional de al menos { $percent } %

kind-quota = Contingente arancelario
kind-plural-quota = Contingentes arancelarios
quota-order = Número de orden
quota-balance = Saldo al { $date }
quota-volume = Volumen
quota-in = Tipo dentro del contingente
quota-out = Tipo fuera del contingente
quota-period = Período del contingente
quota-period-dates = del { $from } al { $to }
quota-allocation = Asignación
quota-allocation-first-come-first-served = Orden de llegada
quota-allocation-licence = Licencias de importación
quota-allocation-historical = Cuotas según importaciones anteriores
quota-allocation-auction = Subasta
quota-state-open = Abierto
quota-state-exhausted = Agotado
quota-state-closed = Cerrado
quota-history = Saldo a lo largo del tiempo
change-quota-balance = { $when ->
    [dated] { $title }: el saldo cambia de { $old } a { $new } el { $date }
   *[other] { $title }: el saldo cambió de { $old } a { $new }
}
change-quota-balance-revised = { $title }: el saldo a partir del { $date } es ahora { $new }, no { $old }
change-quota-balance-moved = { $title }: el saldo de { $new } se aplica ahora a partir del { $date }, no del { $was }
change-quota-balance-withdrawn = { $title }: se retira el saldo de { $new } a partir del { $date }

kind-ruling = Resolución anticipada
kind-plural-ruling = Resoluciones anticipadas vinculantes
ruling-number = Número de la resolución
ruling-issued = Emitida el
ruling-goods = Mercancías
ruling-type-classification = Clasificación
ruling-type-origin = Origen
ruling-type-valuation = Valoración
ruling-valid = Vigente
ruling-valid-until = Válida hasta el { $date }
ruling-expired = Expiró el { $date }
