# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Consulte los derechos aplicables a sus mercancías
home-lookup-label = Código arancelario o descripción de las mercancías
home-lookup-hint = Por ejemplo { $code } o café tostado.
home-upcoming-title = Entra en vigor en los próximos { $days } días
home-upcoming-none = No hay nada previsto que entre en vigor en los próximos { $days } días.
home-upcoming-more = { $count ->
    [one] Hay otro cambio previsto en este período.
    [many] Hay otros { $count } de cambios previstos en este período.
   *[other] Hay otros { $count } cambios previstos en este período.
}
home-all-changes = Todos los cambios, pasados y previstos
home-consultations-title = Consultas abiertas
home-consultation-until = Comentarios hasta el { $date }
home-consultations-none = No hay ninguna consulta abierta en este momento.
home-recent-title = Últimos cambios
home-enquiry-title = ¿Tiene preguntas?
home-enquiry-text = El servicio nacional de información responde a las preguntas de los operadores sobre aranceles, procedimientos y tasas.
home-browse-title = Explorar el sitio
tariff-headings-index = Partidas de este capítulo
tariff-columns-title = Qué significan las columnas
tariff-index-about = Acerca del arancel
procedure-fee-if = si procede
procedure-fees-conditional = Se cobran solo en algunos casos
