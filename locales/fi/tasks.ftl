# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Tarkista tavaroidesi tulli
home-lookup-label = Tullinimike tai tavaran kuvaus
home-lookup-hint = Esimerkiksi { $code } tai paahdettu kahvi.
home-upcoming-title = Tulee voimaan seuraavien { $days } päivän aikana
home-upcoming-none = Seuraavien { $days } päivän aikana ei ole tulossa voimaan muutoksia.
home-upcoming-more = { $count ->
    [one] Samana ajanjaksona tulee voimaan vielä yksi muutos.
   *[other] Samana ajanjaksona tulee voimaan vielä { $count } muutosta.
}
home-all-changes = Kaikki muutokset, aiemmat ja tulevat
home-consultations-title = Avoimet lausuntopyynnöt
home-consultation-until = Lausuntoaika päättyy { $date }
home-consultations-none = Tällä hetkellä ei ole avoimia lausuntopyyntöjä.
home-recent-title = Viimeisimmät muutokset
home-enquiry-title = Kysyttävää?
home-enquiry-text = Kansallinen tiedustelupiste vastaa elinkeinonharjoittajien kysymyksiin tulleista, menettelyistä ja maksuista.
home-browse-title = Selaa sivustoa
tariff-headings-index = Tämän ryhmän nimikkeet
tariff-columns-title = Sarakkeiden selitykset
tariff-index-about = Tietoa tullitariffista
procedure-fee-if = tarvittaessa
procedure-fees-conditional = Peritään vain tietyissä tapauksissa
