# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Aflați taxa vamală aplicabilă mărfurilor dumneavoastră
home-lookup-label = Codul mărfii sau descrierea mărfurilor
home-lookup-hint = De exemplu, { $code } sau cafea prăjită.
home-upcoming-title = { $days ->
    [one] Intră în vigoare în ziua următoare
    [few] Intră în vigoare în următoarele { $days } zile
   *[other] Intră în vigoare în următoarele { $days } de zile
}
home-upcoming-none = { $days ->
    [one] Nu este programată nicio intrare în vigoare în ziua următoare.
    [few] Nu este programată nicio intrare în vigoare în următoarele { $days } zile.
   *[other] Nu este programată nicio intrare în vigoare în următoarele { $days } de zile.
}
home-upcoming-more = { $count ->
    [one] În această perioadă mai este programată o modificare.
    [few] În această perioadă mai sunt programate { $count } modificări.
   *[other] În această perioadă mai sunt programate { $count } de modificări.
}
home-all-changes = Toate modificările, trecute și programate
home-consultations-title = Consultări deschise
home-consultation-until = Observații până la { $date }
home-consultations-none = În prezent nu există nicio consultare deschisă pentru observații.
home-recent-title = Cele mai recente modificări
home-enquiry-title = Întrebări?
home-enquiry-text = Punctul național de informare răspunde la întrebările operatorilor economici privind tariful vamal, procedurile și taxele.
home-browse-title = Conținutul site-ului
tariff-headings-index = Pozițiile din acest capitol
tariff-columns-title = Semnificația coloanelor
tariff-index-about = Despre tarif
procedure-fee-if = dacă este cazul
procedure-fees-conditional = Percepute doar în anumite cazuri
