# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Zjistěte clo na své zboží
home-lookup-label = Kód zboží nebo popis zboží
home-lookup-hint = Například { $code } nebo pražená káva.
home-upcoming-title = Změny, které vstoupí v platnost v příštích { $days } dnech
home-upcoming-none = V příštích { $days } dnech nemá vstoupit v platnost nic.
home-upcoming-more = { $count ->
    [one] V tomto období je naplánována ještě jedna změna.
    [few] V tomto období jsou naplánovány ještě { $count } změny.
    [many] V tomto období je naplánováno ještě { $count } změny.
   *[other] V tomto období je naplánováno ještě { $count } změn.
}
home-all-changes = Všechny změny, minulé i plánované
home-consultations-title = Otevřené konzultace
home-consultation-until = Připomínky do { $date }
home-consultations-none = V současné době neprobíhá žádná konzultace.
home-recent-title = Poslední změny
home-enquiry-title = Máte dotazy?
home-enquiry-text = Národní informační místo odpovídá na dotazy hospodářských subjektů týkající se celního sazebníku, postupů a poplatků.
home-browse-title = Procházet stránky
tariff-headings-index = Čísla v této kapitole
tariff-columns-title = Význam sloupců
tariff-index-about = O celním sazebníku
procedure-fee-if = v příslušných případech
procedure-fees-conditional = Vybírá se jen v některých případech
