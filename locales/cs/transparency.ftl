# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Postupy při dovozu, vývozu a tranzitu, včetně odvolání nebo přezkumu, krok za krokem
tfa-1-2-1-b = Požadované formuláře a doklady
tfa-1-2-1-c = Kontaktní údaje informačních míst
tfa-2-1 = Připomínky k novým nebo změněným právním a správním předpisům před jejich vstupem v platnost
tfa-2-2 = Pravidelné konzultace mezi hraničními orgány a obchodníky
tfa-6-1 = Poplatky a platby: důvod jejich vybírání, orgán, který je vybírá, a způsob platby, zveřejněné před jejich uplatňováním
notice-status-comment-closed = Připomínkové řízení ukončeno
notice-status-withdrawn = Staženo
change-consultation-open = Konzultace otevřená k připomínkám do { $date }: { $title }
change-consultation-closed = Konzultace ukončena dne { $date }: { $title }
changes-follow-feed = Sledujte tyto změny v kanálu „{ $feed }“:
