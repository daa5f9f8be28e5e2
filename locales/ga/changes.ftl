# UI strings of the default theme, Irish: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Cad a d’athraigh agus cad a athróidh
changes-title = Athruithe
changes-intro = Cad a d’athraigh ar an suíomh seo agus cad a athróidh: línte taraife agus rátaí, táillí, nósanna imeachta, bearta, uirlisí agus fógraí. Liostáil le fotha chun eolas a fháil faoi athruithe a luaithe a fhoilsítear iad.
changes-upcoming = Ag teacht i bhfeidhm
changes-recent = Athruithe le déanaí
changes-none = Níor taifeadadh aon athrú go fóill.
changes-from-notices = Taispeánann an liosta seo na fógraí agus na dátaí ar nuashonraíodh na leathanaigh go deireanach; ní liostaíonn sé gach athrú ar ráta nó ar líne taraife.
changes-feeds = Liostáil
changes-feed-atom = Fotha Atom
changes-feed-json = Fotha JSON Feed
changes-feed-chapter = Caibidil { $number }: { $title }
changes-kind-tariff = Taraif
changes-kind-procedures = Nósanna imeachta
changes-kind-fees = Táillí agus muirir
changes-kind-measures = Bearta
changes-kind-tools = Uirlisí na hEagraíochta Domhanda Custaim
changes-kind-notices = Fógraí
changes-kind-pages = Leathanaigh eile
changes-filter-kind = Taispeáin
changes-filter-chapter = Caibidil taraife
changes-all-chapters = Gach caibidil
changes-effective = I bhfeidhm ó { $date }
changes-last-day = An lá deireanach i bhfeidhm: { $date }
changes-history = Stair na n-athruithe
changes-history-none = Níor taifeadadh aon athrú don leathanach seo.
changes-recorded = Taifeadta ar { $date }
change-none = (dada)
change-line-added = { $when ->
    [dated] Líne taraife nua { $code } ó { $date }: { $description }
   *[other] Líne taraife nua { $code }: { $description }
}
change-lines-added = Línte taraife a cuireadh le Caibidil { $chapter }: { $count }
change-column-added = Cuireadh colún { $column } le Caibidil { $chapter }
change-column-removed = Baineadh colún { $column } de Chaibidil { $chapter }
change-line-removed = Baineadh líne taraife { $code } ({ $description })
change-rate = { $when ->
    [dated] Athraíonn ráta { $column } do { $code } ó { $old } go { $new } ar { $date }
   *[other] D’athraigh ráta { $column } do { $code } ó { $old } go { $new }
}
change-column = { $column } do { $code }: athraithe ó { $old } go { $new }
change-description = Athbhreithníodh an tuairisc ar { $code }: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: athraíonn an méid ó { $old } go { $new } ar { $date }
   *[other] { $title }: d’athraigh an méid ó { $old } go { $new }
}
change-fee-currency = { $title }: d’athraigh an t-airgeadra ó { $old } go { $new }
change-fee-effective = { $title }: teacht i bhfeidhm ar { $date }
change-steps = { $title }: athbhreithníodh na céimeanna, { $new ->
    [0] gan aon chéim
    [one] céim amháin
    [two] dhá chéim
    [few] { $new } chéim
    [many] { $new } gcéim
   *[other] { $new } céim
} anois (roimhe seo: { $old })
change-documents = { $title }: athraíodh na doiciméid is gá
change-agencies = { $title }: athraíodh na gníomhaireachtaí rannpháirteacha
change-fees = { $title }: athraíodh na táillí a ghearrtar
change-hs = { $title }: athraíodh na hearraí a chumhdaítear
change-items-added = Curtha leis: { $items }.
change-items-removed = Bainte: { $items }.
change-tool-status = { $title }: d’athraigh an stádas ó { $old } go { $new }
change-page-added = Nua: { $title }
change-page-removed = Tarraingthe siar: { $title }
change-text = Athbhreithnithe: { $title }
change-notice = Fógra: { $title }
change-updated = Nuashonraithe: { $title }
change-effective = Teacht i bhfeidhm ar { $date }.

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] Tosaíonn líne taraife { $code } anois ar { $date }, ní ar { $was } ({ $description })
   *[other] Tosaíonn líne taraife { $code } ar { $date } ({ $description })
}
change-line-start-withdrawn = Tá feidhm ag líne taraife { $code } anois, ní ó { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Is é { $date } an lá deireanach de líne taraife { $code } anois, ní { $was } ({ $description })
   *[other] Is é { $date } an lá deireanach de líne taraife { $code } ({ $description })
}
change-line-end-withdrawn = Ní chríochnóidh líne taraife { $code } ar { $date } a thuilleadh ({ $description })
change-rate-revised = Ráta { $column } do { $code }: is go { $new } atá an t-athrú ar { $date } anois, ní go { $old }
change-rate-moved = Ráta { $column } do { $code }: tagann an t-athrú go { $new } i bhfeidhm ar { $date } anois, ní ar { $was }
change-rate-withdrawn = Tarraingíodh siar an t-athrú ar ráta { $column } do { $code } go { $new } ar { $date }
change-fee-amount-revised = { $title }: is é { $new } an méid ó { $date } anois, ní { $old }
change-fee-amount-moved = { $title }: tá feidhm ag an méid { $new } ó { $date } anois, ní ó { $was }
change-fee-amount-withdrawn = { $title }: tarraingíodh siar an t-athrú ar an méid go { $new } ar { $date }
change-fee-ends = { $moved ->
    [yes] { $title }: is é { $date } an lá deireanach a ghearrtar an táille anois, ní { $was }
   *[other] { $title }: is é { $date } an lá deireanach a ghearrtar an táille
}
change-fee-end-withdrawn = { $title }: ní chríochnóidh an táille ar { $date } a thuilleadh
