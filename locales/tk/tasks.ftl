# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Harytlaryňyza salynýan gümrük pajyny biliň
home-lookup-label = Harydyň kody ýa-da harydyň beýany
home-lookup-hint = Meselem, { $code } ýa-da gowrulan kofe.
home-upcoming-title = Indiki { $days } günde güýje girýär
home-upcoming-none = Indiki { $days } günde güýje girmegi meýilleşdirilen zat ýok.
home-upcoming-more = { $count ->
    [one] Bu döwürde güýje girmegi meýilleşdirilen ýene bir üýtgeşme bar.
   *[other] Bu döwürde güýje girmegi meýilleşdirilen ýene { $count } üýtgeşme bar.
}
home-all-changes = Ähli üýtgeşmeler, geçen we meýilleşdirilen
home-consultations-title = Açyk maslahatlaşmalar
home-consultation-until = Teklipler { $date } çenli
home-consultations-none = Häzirki wagtda teklip kabul edýän açyk maslahatlaşma ýok.
home-recent-title = Soňky üýtgeşmeler
home-enquiry-title = Soragyňyz barmy?
home-enquiry-text = Milli maglumat merkezi telekeçileriň tarif, tertipler we tölegler barada soraglaryna jogap berýär.
home-browse-title = Saýty gözden geçiriň
tariff-headings-index = Bu toparyň haryt pozisiýalary
tariff-columns-title = Sütünleriň manysy
tariff-index-about = Tarif barada
procedure-fee-if = zerur bolsa
procedure-fees-conditional = Diňe käbir ýagdaýlarda alynýar
