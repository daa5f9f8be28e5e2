# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Procédures d’importation, d’exportation et de transit, y compris de recours ou de réexamen, étape par étape
tfa-1-2-1-b = Formulaires et documents requis
tfa-1-2-1-c = Coordonnées des points d’information
tfa-2-1 = Observations sollicitées sur les lois et règlements nouveaux ou modifiés avant leur entrée en vigueur
tfa-2-2 = Consultations régulières entre les organismes présents aux frontières et les opérateurs
tfa-6-1 = Redevances et impositions : leur motif, l’autorité qui les perçoit et les modalités de paiement, publiés avant leur application
notice-status-comment-closed = Période de consultation close
notice-status-withdrawn = Retiré
change-consultation-open = Consultation ouverte aux commentaires jusqu’au { $date } : { $title }
change-consultation-closed = Consultation close le { $date } : { $title }
changes-follow-feed = Suivre ces modifications dans le fil « { $feed } » :
