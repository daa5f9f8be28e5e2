# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Zistite clo na svoj tovar
home-lookup-label = Kód tovaru alebo opis tovaru
home-lookup-hint = Napríklad { $code } alebo pražená káva.
home-upcoming-title = Zmeny, ktoré nadobudnú účinnosť v najbližších { $days } dňoch
home-upcoming-none = V najbližších { $days } dňoch nemá nadobudnúť účinnosť nič.
home-upcoming-more = { $count ->
    [one] V tomto období je naplánovaná ešte jedna zmena.
    [few] V tomto období sú naplánované ešte { $count } zmeny.
    [many] V tomto období je naplánované ešte { $count } zmeny.
   *[other] V tomto období je naplánovaných ešte { $count } zmien.
}
home-all-changes = Všetky zmeny, minulé aj plánované
home-consultations-title = Otvorené konzultácie
home-consultation-until = Pripomienky do { $date }
home-consultations-none = V súčasnosti neprebieha žiadna konzultácia.
home-recent-title = Posledné zmeny
home-enquiry-title = Máte otázky?
home-enquiry-text = Národné informačné miesto odpovedá na otázky hospodárskych subjektov týkajúce sa colného sadzobníka, postupov a poplatkov.
home-browse-title = Prehliadať webové sídlo
tariff-headings-index = Položky v tejto kapitole
tariff-columns-title = Význam stĺpcov
tariff-index-about = O colnom sadzobníku
procedure-fee-if = v príslušných prípadoch
procedure-fees-conditional = Vyberá sa len v niektorých prípadoch
