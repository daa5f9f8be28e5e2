# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Aimsigh an dleacht atá ar d’earraí
home-lookup-label = Cód tráchtearra nó tuairisc ar na hearraí
home-lookup-hint = Mar shampla { $code } nó caife rósta.
home-upcoming-title = Ag teacht i bhfeidhm sna { $days } lá atá romhainn
home-upcoming-none = Níl aon rud sceidealaithe le teacht i bhfeidhm sna { $days } lá atá romhainn.
home-upcoming-more = { $count ->
    [one] Tá athrú amháin eile sceidealaithe sa tréimhse seo.
    [two] Tá dhá athrú eile sceidealaithe sa tréimhse seo.
    [few] Tá { $count } athrú eile sceidealaithe sa tréimhse seo.
    [many] Tá { $count } n-athrú eile sceidealaithe sa tréimhse seo.
   *[other] Tá { $count } athrú eile sceidealaithe sa tréimhse seo.
}
home-all-changes = Gach athrú, idir athruithe caite agus athruithe sceidealaithe
home-consultations-title = Comhairliúcháin oscailte
home-consultation-until = Tuairimí go dtí { $date }
home-consultations-none = Níl aon chomhairliúchán oscailte le haghaidh tuairimí faoi láthair.
home-recent-title = Na hathruithe is déanaí
home-enquiry-title = Ceisteanna?
home-enquiry-text = Freagraíonn an pointe fiosrúcháin náisiúnta ceisteanna ó thrádálaithe faoi tharaifí, faoi nósanna imeachta agus faoi tháillí.
home-browse-title = Brabhsáil an suíomh
tariff-headings-index = Ceannteidil na caibidle seo
tariff-columns-title = Brí na gcolún
tariff-index-about = Maidir leis an taraif
procedure-fee-if = más infheidhme
procedure-fees-conditional = Ní ghearrtar iad ach i gcásanna áirithe
