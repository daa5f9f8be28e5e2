# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Postopki za uvoz, izvoz in tranzit, vključno s pritožbo ali pregledom, korak za korakom
tfa-1-2-1-b = Zahtevani obrazci in dokumenti
tfa-1-2-1-c = Kontaktni podatki informacijskih točk
tfa-2-1 = Pripombe na nove ali spremenjene zakone in predpise pred začetkom njihove veljavnosti
tfa-2-2 = Redna posvetovanja med mejnimi organi in trgovci
tfa-6-1 = Pristojbine in dajatve: razlog zanje, organ, ki jih obračuna, in način plačila, objavljeni pred začetkom uporabe
notice-status-comment-closed = Rok za pripombe je potekel
notice-status-withdrawn = Umaknjeno
change-consultation-open = Posvetovanje (rok za pripombe: { $date }): { $title }
change-consultation-closed = Posvetovanje zaključeno (datum zaključka: { $date }): { $title }
changes-follow-feed = Spremljajte te spremembe v viru „{ $feed }“:
