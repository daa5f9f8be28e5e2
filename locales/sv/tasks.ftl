# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Hitta tullen för dina varor
home-lookup-label = Varukod eller varubeskrivning
home-lookup-hint = Till exempel { $code } eller rostat kaffe.
home-upcoming-title = Träder i kraft inom de närmaste { $days } dagarna
home-upcoming-none = Inget är planerat att träda i kraft inom de närmaste { $days } dagarna.
home-upcoming-more = { $count ->
    [one] Ytterligare en ändring är planerad under denna period.
   *[other] Ytterligare { $count } ändringar är planerade under denna period.
}
home-all-changes = Alla ändringar, tidigare och planerade
home-consultations-title = Pågående samråd
home-consultation-until = Synpunkter senast den { $date }
home-consultations-none = Just nu pågår inget samråd.
home-recent-title = Senaste ändringarna
home-enquiry-title = Frågor?
home-enquiry-text = Det nationella upplysningsstället besvarar frågor från näringsidkare om tullsatser, förfaranden och avgifter.
home-browse-title = Bläddra på webbplatsen
tariff-headings-index = Nummer i detta kapitel
tariff-columns-title = Vad kolumnerna betyder
tariff-index-about = Om tulltaxan
procedure-fee-if = i förekommande fall
procedure-fees-conditional = Tas endast ut i vissa fall
