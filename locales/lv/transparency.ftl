# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Importa, eksporta un tranzīta procedūras, tostarp pārsūdzēšanas vai pārskatīšanas procedūras, soli pa solim
tfa-1-2-1-b = Vajadzīgās veidlapas un dokumenti
tfa-1-2-1-c = Informācijas punktu kontaktinformācija
tfa-2-1 = Iespēja iesniegt piezīmes par jauniem vai grozītiem normatīvajiem aktiem pirms to stāšanās spēkā
tfa-2-2 = Regulāras konsultācijas starp robežkontroles iestādēm un tirgotājiem
tfa-6-1 = Nodevas un maksājumi: to iemesls, iestāde, kas tos iekasē, un maksāšanas kārtība, publicēti pirms to piemērošanas
notice-status-comment-closed = Piezīmju iesniegšanas termiņš beidzies
notice-status-withdrawn = Atsaukts
change-consultation-open = Apspriešana (piezīmju iesniegšanas termiņš: { $date }): { $title }
change-consultation-closed = Apspriešana slēgta (datums: { $date }): { $title }
changes-follow-feed = Sekojiet šīm izmaiņām plūsmā „{ $feed }”:
