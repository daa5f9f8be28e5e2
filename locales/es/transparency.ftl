# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Procedimientos de importación, exportación y tránsito, incluidos los de recurso o revisión, paso a paso
tfa-1-2-1-b = Formularios y documentos exigidos
tfa-1-2-1-c = Datos de contacto de los servicios de información
tfa-2-1 = Observaciones sobre leyes y reglamentos nuevos o modificados antes de su entrada en vigor
tfa-2-2 = Consultas periódicas entre los organismos que intervienen en la frontera y los comerciantes
tfa-6-1 = Derechos y cargas: su motivo, la autoridad que los percibe y la forma de pago, publicados antes de aplicarse
notice-status-comment-closed = Plazo de observaciones cerrado
notice-status-withdrawn = Retirado
change-consultation-open = Consulta abierta a observaciones hasta el { $date }: { $title }
change-consultation-closed = Consulta cerrada el { $date }: { $title }
changes-follow-feed = Siga estas modificaciones en el canal «{ $feed }»:
