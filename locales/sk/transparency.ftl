# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Postupy pri dovoze, vývoze a tranzite vrátane odvolania alebo preskúmania, krok za krokom
tfa-1-2-1-b = Požadované formuláre a doklady
tfa-1-2-1-c = Kontaktné údaje informačných miest
tfa-2-1 = Pripomienky k novým alebo zmeneným zákonom a iným právnym predpisom pred nadobudnutím ich účinnosti
tfa-2-2 = Pravidelné konzultácie medzi pohraničnými orgánmi a obchodníkmi
tfa-6-1 = Poplatky a platby: dôvod ich vyberania, orgán, ktorý ich vyberá, a spôsob platby, zverejnené pred ich uplatňovaním
notice-status-comment-closed = Pripomienkové konanie ukončené
notice-status-withdrawn = Stiahnuté
change-consultation-open = Konzultácia otvorená na pripomienky do { $date }: { $title }
change-consultation-closed = Konzultácia ukončená dňa { $date }: { $title }
changes-follow-feed = Sledujte tieto zmeny v kanáli „{ $feed }“:
