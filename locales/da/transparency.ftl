# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Procedurer for import, eksport og transit, herunder procedurer for klage eller prøvelse, trin for trin
tfa-1-2-1-b = Påkrævede formularer og dokumenter
tfa-1-2-1-c = Kontaktoplysninger for oplysningskontorerne
tfa-2-1 = Mulighed for at fremsætte bemærkninger til nye eller ændrede love og forskrifter, inden de træder i kraft
tfa-2-2 = Regelmæssige konsultationer mellem grænsemyndigheder og erhvervsdrivende
tfa-6-1 = Gebyrer og afgifter: begrundelse, opkrævende myndighed og betalingsmåde, offentliggjort, inden de anvendes
notice-status-comment-closed = Høringsfristen er udløbet
notice-status-withdrawn = Trukket tilbage
change-consultation-open = Høring åben for bemærkninger til og med den { $date }: { $title }
change-consultation-closed = Høring afsluttet den { $date }: { $title }
changes-follow-feed = Følg disse ændringer i feedet »{ $feed }«:
