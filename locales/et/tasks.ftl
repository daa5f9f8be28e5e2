# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Leidke oma kaupade tollimaks
home-lookup-label = Kaubakood või kauba kirjeldus
home-lookup-hint = Näiteks { $code } või röstitud kohv.
home-upcoming-title = Jõustub järgmise { $days } päeva jooksul
home-upcoming-none = Järgmise { $days } päeva jooksul ei ole midagi jõustumas.
home-upcoming-more = { $count ->
    [one] Sel perioodil on kavandatud veel üks muudatus.
   *[other] Sel perioodil on kavandatud veel { $count } muudatust.
}
home-all-changes = Kõik muudatused, varasemad ja kavandatud
home-consultations-title = Käimasolevad konsultatsioonid
home-consultation-until = Arvamuse esitamise tähtaeg: { $date }
home-consultations-none = Praegu ei ole ühtegi konsultatsiooni arvamuse avaldamiseks avatud.
home-recent-title = Viimased muudatused
home-enquiry-title = Küsimusi?
home-enquiry-text = Riiklik teabepunkt vastab ettevõtjate küsimustele tollimaksude, menetluste ja tasude kohta.
home-browse-title = Sirvi veebilehte
tariff-headings-index = Selle grupi rubriigid
tariff-columns-title = Veergude tähendus
tariff-index-about = Teave tariifistiku kohta
procedure-fee-if = vajaduse korral
procedure-fees-conditional = Võetakse ainult teatud juhtudel
