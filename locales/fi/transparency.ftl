# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Tuontia, vientiä ja kauttakulkua koskevat menettelyt, muutoksenhaku ja oikaisu mukaan luettuina, vaihe vaiheelta
tfa-1-2-1-b = Vaaditut lomakkeet ja asiakirjat
tfa-1-2-1-c = Tiedustelupisteiden yhteystiedot
tfa-2-1 = Mahdollisuus kommentoida uusia tai muutettuja lakeja ja asetuksia ennen niiden voimaantuloa
tfa-2-2 = Säännölliset neuvottelut rajaviranomaisten ja elinkeinonharjoittajien välillä
tfa-6-1 = Maksut ja veloitukset: niiden peruste, ne perivä viranomainen ja maksutapa julkaistuina ennen niiden soveltamista
notice-status-comment-closed = Lausuntoaika on päättynyt
notice-status-withdrawn = Peruttu
change-consultation-open = Lausunnoilla { $date } asti: { $title }
change-consultation-closed = Lausuntoaika päättyi { $date }: { $title }
changes-follow-feed = Seuraa näitä muutoksia syötteessä ”{ $feed }”:
