# UI strings of the default theme, Portuguese: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = O que mudou e o que vai mudar
changes-title = Alterações
changes-intro = O que mudou neste sítio e o que vai mudar: linhas e taxas da pauta, taxas e encargos, procedimentos, medidas, ferramentas e avisos. Subscreva um feed para ser informado das alterações logo que sejam publicadas.
changes-upcoming = Próximas entradas em vigor
changes-recent = Alterações recentes
changes-none = Ainda não foi registada nenhuma alteração.
changes-from-notices = Esta lista apresenta os avisos e as datas da última atualização das páginas; não indica cada alteração de uma taxa ou de uma linha pautal.
changes-feeds = Subscrever
changes-feed-atom = Feed Atom
changes-feed-json = Feed JSON
changes-feed-chapter = Capítulo { $number }: { $title }
changes-kind-tariff = Pauta
changes-kind-procedures = Procedimentos
changes-kind-fees = Taxas e encargos
changes-kind-measures = Medidas
changes-kind-tools = Ferramentas da OMA
changes-kind-notices = Avisos
changes-kind-pages = Outras páginas
changes-filter-kind = Mostrar
changes-filter-chapter = Capítulo da pauta
changes-all-chapters = Todos os capítulos
changes-effective = Em vigor a partir de { $date }
changes-last-day = Último dia em vigor: { $date }
changes-history = Histórico de alterações
changes-history-none = Não foi registada nenhuma alteração nesta página.
changes-recorded = Registado em { $date }
change-none = nenhum
change-line-added = { $when ->
    [dated] Nova linha pautal { $code } a partir de { $date }: { $description }
   *[other] Nova linha pautal { $code }: { $description }
}
change-lines-added = { $count } linhas pautais acrescentadas ao capítulo { $chapter }
change-column-added = Coluna { $column } acrescentada ao capítulo { $chapter }
change-column-removed = Coluna { $column } suprimida do capítulo { $chapter }
change-line-removed = Linha pautal { $code } suprimida ({ $description })
change-rate = { $when ->
    [dated] A taxa { $column } de { $code } passa de { $old } para { $new } em { $date }
   *[other] A taxa { $column } de { $code } passou de { $old } para { $new }
}
change-column = { $column } de { $code }: de { $old } para { $new }
change-description = Designação de { $code } revista: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: o montante passa de { $old } para { $new } em { $date }
   *[other] { $title }: o montante passou de { $old } para { $new }
}
change-fee-currency = { $title }: a moeda passou de { $old } para { $new }
change-fee-effective = { $title }: entra em vigor em { $date }
change-steps = { $title }: etapas revistas, agora { $new ->
    [0] nenhuma etapa
    [one] uma etapa
    [many] { $new } de etapas
   *[other] { $new } etapas
} (antes: { $old })
change-documents = { $title }: documentos exigidos alterados
change-agencies = { $title }: organismos intervenientes alterados
change-fees = { $title }: taxas cobradas alteradas
change-hs = { $title }: mercadorias abrangidas alteradas
change-items-added = Acrescentado: { $items }.
change-items-removed = Retirado: { $items }.
change-tool-status = { $title }: situação alterada de «{ $old }» para «{ $new }»
change-page-added = Novo: { $title }
change-page-removed = Retirado: { $title }
change-text = Revisto: { $title }
change-notice = Aviso: { $title }
change-updated = Atualizado: { $title }
change-effective = Entra em vigor em { $date }.

## Valores datados: primeiro e último dia de uma linha, taxa ou montante programado. $date é o dia em causa; $was o dia previsto antes.
change-line-starts = { $moved ->
    [yes] A linha pautal { $code } entra agora em vigor em { $date }, e não em { $was } ({ $description })
   *[other] A linha pautal { $code } entra em vigor em { $date } ({ $description })
}
change-line-start-withdrawn = A linha pautal { $code } aplica-se já, e não a partir de { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] A linha pautal { $code } aplica-se agora até { $date }, e não até { $was } ({ $description })
   *[other] A linha pautal { $code } aplica-se até { $date } ({ $description })
}
change-line-end-withdrawn = A linha pautal { $code } deixa de terminar em { $date } ({ $description })
change-rate-revised = Taxa { $column } de { $code }: em { $date } passará a { $new }, e não a { $old }
change-rate-moved = Taxa { $column } de { $code }: a passagem para { $new } aplica-se agora em { $date }, e não em { $was }
change-rate-withdrawn = É anulada a passagem da taxa { $column } de { $code } para { $new } em { $date }
change-fee-amount-revised = { $title }: o montante a partir de { $date } é agora { $new }, e não { $old }
change-fee-amount-moved = { $title }: o montante de { $new } aplica-se agora a partir de { $date }, e não de { $was }
change-fee-amount-withdrawn = { $title }: é anulada a passagem do montante para { $new } em { $date }
change-fee-ends = { $moved ->
    [yes] { $title }: cobrada pela última vez em { $date }, e não em { $was }
   *[other] { $title }: cobrada pela última vez em { $date }
}
change-fee-end-withdrawn = { $title }: deixa de terminar em { $date }
