# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Procedure di importazione, esportazione e transito, comprese quelle di ricorso o di riesame, descritte passo per passo
tfa-1-2-1-b = Moduli e documenti richiesti
tfa-1-2-1-c = Recapiti dei punti d’informazione
tfa-2-1 = Osservazioni sulle leggi e sui regolamenti nuovi o modificati prima della loro entrata in vigore
tfa-2-2 = Consultazioni periodiche tra le autorità di frontiera e gli operatori commerciali
tfa-6-1 = Diritti e oneri: motivazione, autorità che li riscuote e modalità di pagamento, pubblicati prima della loro applicazione
notice-status-comment-closed = Periodo di consultazione chiuso
notice-status-withdrawn = Ritirato
change-consultation-open = Consultazione aperta alle osservazioni fino al giorno { $date }: { $title }
change-consultation-closed = Consultazione chiusa in data { $date }: { $title }
changes-follow-feed = Seguire queste modifiche nel feed «{ $feed }»:
