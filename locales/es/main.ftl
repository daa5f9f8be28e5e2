# UI strings of the default theme, Spanish.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Ir al contenido principal
language-switcher = Idioma
main-navigation = Menú principal
breadcrumb = Usted está aquí
footer-navigation = Acerca de este sitio
footer-published-by = Publicado por { $site }.

## Dates

last-updated = Última actualización:
published = Fecha de publicación:

## Translations

notice-untranslated = Esta página aún no ha sido traducida. Se muestra en su versión original ({ $original }).
notice-stale = Es posible que esta traducción no esté actualizada: la versión original ({ $original }) se actualizó el { $date }.
notice-read-original = Consultar la versión original ({ $original }).

## Sections and pages

on-this-page = En esta página
in-this-section = { $count ->
    [one] Una página en esta sección
    [many] { $count } de páginas en esta sección
   *[other] { $count } páginas en esta sección
}
home-explore = Explorar el sitio

## Errors and redirects

not-found-title = Página no encontrada
not-found-text = La página solicitada no existe o ha cambiado de dirección. Compruebe la dirección o vuelva a la página de inicio.
not-found-home = Ir a la página de inicio
redirect-title = Esta página ha cambiado de dirección
redirect-link = Ir a la nueva dirección de esta página

## Language chooser

chooser-intro = Elija su idioma.

## Tariff

tariff-sections = Secciones
tariff-section = Sección { $number }
tariff-other-chapters = Otros capítulos
tariff-chapter = Capítulo { $number }
tariff-chapter-notes-of = Notas del capítulo { $number }
tariff-see-chapter = Ver el capítulo { $number } completo
tariff-lines = Líneas arancelarias
tariff-lines-under = Líneas comprendidas en { $code }
tariff-table-hint = Seleccione un código para consultar sus tipos arancelarios y las normas que le son aplicables.
tariff-no-rate = Ninguno
tariff-rates-current = Tipos arancelarios en vigor
tariff-rates-since = Tipos arancelarios en vigor desde el { $date }
tariff-rates-from = Tipos arancelarios a partir del { $date }
tariff-rates-until = Tipos arancelarios hasta el { $date } inclusive
tariff-rate-from = { $rate } a partir del { $date }
tariff-line-not-yet = Esta línea aún no está en vigor: se aplica a partir del { $date }.
tariff-line-ended = Esta línea ya no está en vigor: su último día de vigencia fue el { $date }.
tariff-line-ending = Esta línea está en vigor hasta el { $date } inclusive, su último día de vigencia.
tariff-replaced-by = A partir del { $date }, esta línea se sustituye por:
tariff-replaces = A partir del { $date }, esta línea sustituye a:
tariff-timeline = Evolución de los tipos
tariff-timeline-column = Columna
tariff-timeline-rate = Tipo
tariff-timeline-from = Desde
tariff-timeline-to = Hasta
tariff-timeline-state = Situación
tariff-state-past = Anterior
tariff-state-in_force = En vigor
tariff-state-scheduled = Previsto
tariff-level-heading = Partida
tariff-level-subheading = Subpartida
tariff-level-national_line = Línea arancelaria nacional
tariff-col-code = Código
tariff-col-description = Descripción
tariff-col-unit = Unidad
tariff-col-mfn = NMF
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Nota

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Exento
rate-ad-valorem = { $percent } %
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent } % + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent } %, mín. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent } %, máx. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Procedimiento
kind-fee = Tasa o cargo
kind-measure = Medida
kind-tool = Instrumento o herramienta de la OMA
kind-legal = Texto jurídico
kind-form = Formulario
kind-agency = Organismo
kind-notice = Aviso
kind-plural-procedure = Procedimientos
kind-plural-fee = Tasas y cargos
kind-plural-measure = Medidas: prohibiciones, restricciones y licencias
kind-plural-tool = Instrumentos y herramientas de la OMA
kind-plural-legal = Textos jurídicos
kind-plural-form = Formularios
kind-plural-agency = Organismos
kind-plural-notice = Avisos
backlinks-title = Citado en
tariff-what-applies = Disposiciones aplicables a estas mercancías
footer-enquiry-point = ¿Tiene preguntas? Diríjase al servicio nacional de información

field-legal-basis = Fundamento jurídico
field-hs = Mercancías comprendidas (códigos arancelarios)
field-direction = Tipo de operación
field-agencies = Organismos que intervienen
field-agency = Organismo
field-tools = Normas internacionales aplicadas
field-duration = Plazo habitual
field-amount = Importe
field-per = Base de cobro
field-reason = Motivo del cobro
field-authority = Cobrado por
field-payment = Forma de pago
field-published = Fecha de publicación
field-effective = En vigor desde
field-effective-proposed = Entrada en vigor propuesta
field-until = Último día de cobro
field-acronym = Sigla
field-category = Ámbito
field-status = Situación
field-issuer = Emitido por
field-adopted = Fecha de adopción
field-url = Página oficial
field-related = Instrumentos relacionados
field-type = Tipo
field-number = Número
field-signed = Fecha de firma
field-official-text = Texto oficial
field-download = Descargar
field-email = Correo electrónico
field-phone = Teléfono
field-address = Dirección
field-hours = Horario de atención
field-comment-until = Observaciones hasta el
field-affects = Afecta a

direction-import = Importación
direction-export = Exportación
direction-transit = Tránsito
direction-both = Importación y exportación
direction-other = Otros procedimientos
filter-by-direction = Mostrar los procedimientos de

## Procedures

procedure-summary = En resumen
procedure-steps-count = Etapas
procedure-total-time = Plazo total habitual
procedure-total-fees = Tasas
procedure-fees-more = { $count ->
    [one] más una tasa que depende de cada caso
    [many] más { $count } de tasas que dependen de cada caso
   *[other] más { $count } tasas que dependen de cada caso
}
procedure-fees-varying = { $count ->
    [one] Una tasa que depende de cada caso
    [many] { $count } de tasas que dependen de cada caso
   *[other] { $count } tasas que dependen de cada caso
}
procedure-documents = Documentos que deben prepararse
procedure-steps = Paso a paso
procedure-steps-n = { $count ->
    [one] Una etapa
    [many] { $count } de etapas
   *[other] { $count } etapas
}
duration-days = { $count ->
    [one] 1 día
    [many] { $count } de días
   *[other] { $count } días
}
duration-hours = { $count ->
    [one] 1 hora
    [many] { $count } de horas
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] 1 minuto
    [many] { $count } de minutos
   *[other] { $count } minutos
}
duration-range = de { $min } a { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Cuadro de tasas y cargos
fee-tiers = Importes
fee-see-tiers = Ver los importes
fee-per-declaration = por declaración
fee-per-consignment = por envío
fee-per-container = por contenedor
fee-per-certificate = por certificado
fee-per-hour = por hora
fee-per-application = por solicitud
fee-per-day = por día
fee-per-page = por página
fee-per-item = por artículo
fee-in-force-current = en vigor
fee-in-force-since = en vigor desde el { $date }
fee-amount-from = { $amount } a partir del { $date }
fee-changes-on = Los importes cambian el { $date }
fee-not-yet = Aún no está en vigor: esta tasa se cobra a partir del { $date }.
fee-ended = Ya no está en vigor: esta tasa se cobró por última vez el { $date }.
fee-state-not-yet = Aún no en vigor
fee-state-ended = Ya no está en vigor
fee-timeline = Evolución de los importes
fee-timeline-tier = Caso
fee-timeline-from = Desde
fee-timeline-to = Último día
fee-timeline-state = Situación
fee-value-past = Anterior
fee-value-in_force = En vigor
fee-value-scheduled = Previsto

## WCO tools

tools-by-category = Ámbitos
tool-category-conventions = Convenios y acuerdos
tool-category-facilitation = Facilitación del comercio
tool-category-security = Seguridad de la cadena logística
tool-category-nomenclature = Clasificación
tool-category-valuation = Valoración
tool-category-origin = Origen
tool-category-enforcement = Control y cumplimiento
tool-category-capacity-building = Fortalecimiento de capacidades
tool-category-data = Datos y tecnología
tool-category-revenue = Recaudación
tool-status-contracting-party = Parte contratante
tool-status-applied = Aplicado
tool-status-in-progress = En proceso de implementación
tool-status-not-applied = No aplicado
tool-status-reference = Referencia

## Measures, legal texts, notices

measure-type-prohibition = Prohibición
measure-type-restriction = Restricción
measure-type-licence = Licencia o permiso
measure-type-sps = Medida sanitaria o fitosanitaria
measure-type-tbt = Reglamento técnico
measure-type-quota = Contingente
measure-type-other = Otra medida
legal-type-law = Ley
legal-type-decree = Decreto
legal-type-circular = Circular
legal-type-ruling = Resolución
legal-type-agreement = Acuerdo internacional
notice-status-draft-for-comment = Abierto a observaciones
notice-status-adopted = Adoptado
notice-status-in-force = En vigor
notice-status-repealed = Derogado
notice-consultation-open = Este proyecto está abierto a observaciones hasta el { $date }. Envíe sus observaciones a

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Un elemento aún no está publicado en este sitio.
    [many] { $count } de elementos aún no están publicados en este sitio.
   *[other] { $count } elementos aún no están publicados en este sitio.
}
tfa-not-covered = Aún no publicado
tfa-1-1-a = Procedimientos de importación, exportación y tránsito, y formularios y documentos exigidos
tfa-1-1-b = Tipos de los derechos e impuestos aplicados
tfa-1-1-c = Tasas y cargos
tfa-1-1-d = Normas para la clasificación o la valoración de productos a efectos aduaneros
tfa-1-1-e = Leyes, reglamentos y resoluciones relativos a las normas de origen
tfa-1-1-f = Restricciones o prohibiciones en materia de importación, exportación o tránsito
tfa-1-1-g = Disposiciones sobre sanciones
tfa-1-1-h = Procedimientos de recurso o revisión
tfa-1-1-i = Acuerdos con otros países relativos a la importación, la exportación o el tránsito
tfa-1-1-j = Procedimientos relativos a la administración de contingentes arancelarios
tfa-1-2 = Información disponible por medio de Internet
tfa-1-3 = Servicios de información

filter-all = Todos
tools-filter-status = Mostrar los instrumentos según su situación en esta administración

## Search

search-title = Búsqueda
search-label = Buscar en el sitio
search-placeholder = Mercancía, código, procedimiento, tasa…
search-button = Buscar
search-kind = Mostrar
search-kind-all = Todo
search-kind-tariff = Códigos arancelarios
search-kind-page = Otras páginas
search-hint = Escriba palabras en cualquier forma, o un código arancelario con o sin puntos ({ $code }).
search-needs-script = La búsqueda requiere JavaScript. Puede consultar el arancel por secciones y capítulos.
search-count = Resultados:
search-chapter = Capítulo del arancel
search-none = No hay resultados para «{ $query }».
search-note-code = No existe el código { $asked }. Se muestra { $found }.
search-note-typo = No hay resultados para «{ $asked }». Resultados para «{ $found }».
search-result-tariff = Código arancelario
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = arancel aranceles derechos aduana tasa impuesto impuestos
search-previous = Anteriores
search-next = Siguientes

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
