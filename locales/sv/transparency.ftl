# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Förfaranden för import, export och transitering, inbegripet överklagande eller omprövning, steg för steg
tfa-1-2-1-b = Erforderliga formulär och handlingar
tfa-1-2-1-c = Kontaktuppgifter till upplysningsställena
tfa-2-1 = Möjlighet att lämna synpunkter på nya eller ändrade lagar och andra författningar innan de träder i kraft
tfa-2-2 = Regelbundet samråd mellan gränsmyndigheter och näringsidkare
tfa-6-1 = Avgifter och pålagor: skälet till dem, den myndighet som tar ut dem och hur de ska betalas, offentliggjorda innan de tillämpas
notice-status-comment-closed = Tiden för synpunkter har gått ut
notice-status-withdrawn = Återkallat
change-consultation-open = Samråd öppet för synpunkter till och med den { $date }: { $title }
change-consultation-closed = Samrådet avslutades den { $date }: { $title }
changes-follow-feed = Följ dessa ändringar i flödet ”{ $feed }”:
