# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Proċeduri għall-importazzjoni, l-esportazzjoni u t-tranżitu, inklużi l-appell jew ir-rieżami, pass pass
tfa-1-2-1-b = Formoli u dokumenti meħtieġa
tfa-1-2-1-c = Dettalji ta’ kuntatt tal-punti ta’ informazzjoni
tfa-2-1 = Kummenti mistiedna dwar liġijiet u regolamenti ġodda jew emendati qabel ma jidħlu fis-seħħ
tfa-2-2 = Konsultazzjonijiet regolari bejn l-aġenziji tal-fruntiera u n-negozjanti
tfa-6-1 = Miżati u imposti: ir-raġuni tagħhom, l-awtorità li tiġborhom u kif jitħallsu, ippubblikati qabel ma japplikaw
notice-status-comment-closed = Il-perjodu għall-kummenti għalaq
notice-status-withdrawn = Irtirat
change-consultation-open = Konsultazzjoni miftuħa għall-kummenti sad-data { $date }: { $title }
change-consultation-closed = Konsultazzjoni magħluqa fid-data { $date }: { $title }
changes-follow-feed = Segwi dawn il-bidliet fil-feed “{ $feed }”:
