# UI strings of the default theme, Spanish: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Qué ha cambiado y qué cambiará
changes-title = Modificaciones
changes-intro = Qué ha cambiado en este sitio y qué cambiará: líneas y tipos arancelarios, tasas, procedimientos, medidas, herramientas y avisos. Suscríbase a un canal para conocer las modificaciones en cuanto se publiquen.
changes-upcoming = Próximas entradas en vigor
changes-recent = Modificaciones recientes
changes-none = Todavía no se ha registrado ninguna modificación.
changes-from-notices = Esta lista muestra los avisos y las fechas de la última actualización de las páginas; no recoge cada modificación de un tipo o de una línea arancelaria.
changes-feeds = Suscribirse
changes-feed-atom = Canal Atom
changes-feed-json = Canal JSON
changes-feed-chapter = Capítulo { $number }: { $title }
changes-kind-tariff = Arancel
changes-kind-procedures = Procedimientos
changes-kind-fees = Tasas y cargos
changes-kind-measures = Medidas
changes-kind-tools = Herramientas de la OMA
changes-kind-notices = Avisos
changes-kind-pages = Otras páginas
changes-filter-kind = Mostrar
changes-filter-chapter = Capítulo del arancel
changes-all-chapters = Todos los capítulos
changes-effective = En vigor desde el { $date }
changes-last-day = Último día en vigor: { $date }
changes-history = Historial de modificaciones
changes-history-none = No se ha registrado ninguna modificación de esta página.
changes-recorded = Registrado el { $date }
change-none = ninguno
change-line-added = { $when ->
    [dated] Nueva línea arancelaria { $code } a partir del { $date }: { $description }
   *[other] Nueva línea arancelaria { $code }: { $description }
}
change-lines-added = { $count } líneas arancelarias añadidas al capítulo { $chapter }
change-column-added = Columna { $column } añadida al capítulo { $chapter }
change-column-removed = Columna { $column } suprimida del capítulo { $chapter }
change-line-removed = Línea arancelaria { $code } suprimida ({ $description })
change-rate = { $when ->
    [dated] El tipo { $column } de { $code } pasa de { $old } a { $new } el { $date }
   *[other] El tipo { $column } de { $code } ha pasado de { $old } a { $new }
}
change-column = { $column } de { $code }: de { $old } a { $new }
change-description = Descripción de { $code } modificada: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: el importe pasa de { $old } a { $new } el { $date }
   *[other] { $title }: el importe ha pasado de { $old } a { $new }
}
change-fee-currency = { $title }: la moneda ha pasado de { $old } a { $new }
change-fee-effective = { $title }: entra en vigor el { $date }
change-steps = { $title }: etapas modificadas, ahora { $new ->
    [one] una etapa
    [many] { $new } de etapas
   *[other] { $new } etapas
} (antes: { $old })
change-documents = { $title }: se han modificado los documentos exigidos
change-agencies = { $title }: se han modificado los organismos que intervienen
change-fees = { $title }: se han modificado las tasas cobradas
change-hs = { $title }: se han modificado las mercancías comprendidas
change-items-added = Añadido: { $items }.
change-items-removed = Suprimido: { $items }.
change-tool-status = { $title }: situación modificada de «{ $old }» a «{ $new }»
change-page-added = Nuevo: { $title }
change-page-removed = Retirado: { $title }
change-text = Revisado: { $title }
change-notice = Aviso: { $title }
change-updated = Actualizado: { $title }
change-effective = Entra en vigor el { $date }.

## Valores con fecha: primer y último día de una línea, tipo o importe programado. $date es el día del que se trata; $was el día previsto antes.
change-line-starts = { $moved ->
    [yes] La línea arancelaria { $code } entra ahora en vigor el { $date }, no el { $was } ({ $description })
   *[other] La línea arancelaria { $code } entra en vigor el { $date } ({ $description })
}
change-line-start-withdrawn = La línea arancelaria { $code } se aplica ya, no a partir del { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] El último día de la línea arancelaria { $code } es ahora el { $date }, no el { $was } ({ $description })
   *[other] La línea arancelaria { $code } se aplica hasta el { $date } inclusive ({ $description })
}
change-line-end-withdrawn = La línea arancelaria { $code } ya no termina el { $date } ({ $description })
change-rate-revised = Tipo { $column } de { $code }: el { $date } pasará a { $new }, no a { $old }
change-rate-moved = Tipo { $column } de { $code }: el paso a { $new } se aplica ahora el { $date }, no el { $was }
change-rate-withdrawn = Se anula el paso del tipo { $column } de { $code } a { $new } el { $date }
change-fee-amount-revised = { $title }: el importe a partir del { $date } es ahora { $new }, no { $old }
change-fee-amount-moved = { $title }: el importe de { $new } se aplica ahora a partir del { $date }, no del { $was }
change-fee-amount-withdrawn = { $title }: se anula el paso del importe a { $new } el { $date }
change-fee-ends = { $moved ->
    [yes] { $title }: se cobra por última vez el { $date }, no el { $was }
   *[other] { $title }: se cobra por última vez el { $date }
}
change-fee-end-withdrawn = { $title }: ya no termina el { $date }
