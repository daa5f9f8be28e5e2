# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Consulte os direitos aplicáveis às suas mercadorias
home-lookup-label = Código pautal ou descrição das mercadorias
home-lookup-hint = Por exemplo { $code } ou café torrado.
home-upcoming-title = Entra em vigor nos próximos { $days } dias
home-upcoming-none = Nada está previsto entrar em vigor nos próximos { $days } dias.
home-upcoming-more = { $count ->
    [one] Está prevista mais uma alteração para este período.
    [many] Estão previstas mais { $count } de alterações para este período.
   *[other] Estão previstas mais { $count } alterações para este período.
}
home-all-changes = Todas as alterações, passadas e previstas
home-consultations-title = Consultas abertas
home-consultation-until = Comentários até { $date }
home-consultations-none = Não há nenhuma consulta aberta neste momento.
home-recent-title = Alterações mais recentes
home-enquiry-title = Tem dúvidas?
home-enquiry-text = O ponto de informação nacional responde às perguntas dos operadores sobre pautas, procedimentos e taxas.
home-browse-title = Explorar o site
tariff-headings-index = Posições deste capítulo
tariff-columns-title = O que significam as colunas
tariff-index-about = Sobre a pauta
procedure-fee-if = se aplicável
procedure-fees-conditional = Cobradas apenas em alguns casos
