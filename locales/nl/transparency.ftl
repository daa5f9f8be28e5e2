# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Procedures voor invoer, uitvoer en doorvoer, met inbegrip van beroep of herziening, stap voor stap
tfa-1-2-1-b = Vereiste formulieren en documenten
tfa-1-2-1-c = Contactgegevens van de informatiepunten
tfa-2-1 = Gelegenheid tot het maken van opmerkingen over nieuwe of gewijzigde wetten en voorschriften vóór de inwerkingtreding ervan
tfa-2-2 = Regelmatig overleg tussen grensinstanties en handelaren
tfa-6-1 = Vergoedingen en heffingen: de reden, de heffende instantie en de wijze van betaling, bekendgemaakt voordat zij van toepassing worden
notice-status-comment-closed = Termijn voor opmerkingen verstreken
notice-status-withdrawn = Teruggetrokken
change-consultation-open = Consultatie open voor opmerkingen tot en met { $date }: { $title }
change-consultation-closed = Consultatie gesloten op { $date }: { $title }
changes-follow-feed = Volg deze wijzigingen in de feed „{ $feed }”:
