# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Poiščite carino za svoje blago
home-lookup-label = Tarifna oznaka ali poimenovanje blaga
home-lookup-hint = Na primer { $code } ali pražena kava.
home-upcoming-title = Začne veljati v naslednjih { $days } dneh
home-upcoming-none = V naslednjih { $days } dneh ni načrtovanih sprememb, ki bi začele veljati.
home-upcoming-more = { $count ->
    [1] V tem obdobju je načrtovana še ena sprememba.
    [one] V tem obdobju je načrtovana še { $count } sprememba.
    [two] V tem obdobju sta načrtovani še { $count } spremembi.
    [few] V tem obdobju so načrtovane še { $count } spremembe.
   *[other] V tem obdobju je načrtovanih še { $count } sprememb.
}
home-all-changes = Vse spremembe, pretekle in načrtovane
home-consultations-title = Odprta posvetovanja
home-consultation-until = Rok za pripombe: { $date }
home-consultations-none = Trenutno ni odprtih posvetovanj.
home-recent-title = Zadnje spremembe
home-enquiry-title = Imate vprašanja?
home-enquiry-text = Nacionalna informacijska točka odgovarja na vprašanja gospodarskih subjektov o carinski tarifi, postopkih in pristojbinah.
home-browse-title = Pregled spletnega mesta
tariff-headings-index = Tarifne številke v tem poglavju
tariff-columns-title = Pomen stolpcev
tariff-index-about = O carinski tarifi
procedure-fee-if = če se uporablja
procedure-fees-conditional = Obračuna se le v nekaterih primerih
