# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Procedimentos de importação, exportação e trânsito, incluindo os de recurso ou revisão, passo a passo
tfa-1-2-1-b = Formulários e documentos exigidos
tfa-1-2-1-c = Contactos dos pontos de informação
tfa-2-1 = Comentários sobre leis e regulamentos novos ou alterados antes da sua entrada em vigor
tfa-2-2 = Consultas regulares entre os organismos presentes nas fronteiras e os operadores
tfa-6-1 = Taxas e encargos: o motivo, a autoridade que os cobra e a forma de pagamento, publicados antes de se aplicarem
notice-status-comment-closed = Período de comentários encerrado
notice-status-withdrawn = Retirado
change-consultation-open = Consulta aberta a comentários até { $date }: { $title }
change-consultation-closed = Consulta encerrada em { $date }: { $title }
changes-follow-feed = Acompanhe estas alterações no feed «{ $feed }»:
