# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Postupci uvoza, izvoza i provoza, uključujući žalbu ili preispitivanje, korak po korak
tfa-1-2-1-b = Potrebni obrasci i dokumenti
tfa-1-2-1-c = Podaci za kontakt informacijskih točaka
tfa-2-1 = Primjedbe na nove ili izmijenjene zakone i propise prije njihova stupanja na snagu
tfa-2-2 = Redovita savjetovanja između graničnih tijela i trgovaca
tfa-6-1 = Pristojbe i naknade: razlog naplate, tijelo koje ih naplaćuje i način plaćanja, objavljeni prije primjene
notice-status-comment-closed = Rok za primjedbe je istekao
notice-status-withdrawn = Povučeno
change-consultation-open = Savjetovanje otvoreno za primjedbe do { $date }: { $title }
change-consultation-closed = Savjetovanje zatvoreno { $date }: { $title }
changes-follow-feed = Pratite ove promjene u kanalu „{ $feed }”:
