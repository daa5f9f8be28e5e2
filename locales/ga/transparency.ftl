# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Nósanna imeachta allmhairithe, onnmhairithe agus idirthurais, lena n-áirítear achomharc nó athbhreithniú, céim ar chéim
tfa-1-2-1-b = Na foirmeacha agus na doiciméid is gá
tfa-1-2-1-c = Sonraí teagmhála na bpointí fiosrúcháin
tfa-2-1 = Tuairimí á n-iarraidh ar dhlíthe agus ar rialacháin nua nó leasaithe sula dtiocfaidh siad i bhfeidhm
tfa-2-2 = Comhairliúcháin rialta idir gníomhaireachtaí teorann agus trádálaithe
tfa-6-1 = Táillí agus muirir: an chúis atá leo, an t-údarás a ghearrann iad agus conas iad a íoc, arna bhfoilsiú sula mbeidh feidhm acu
notice-status-comment-closed = Tréimhse na dtuairimí dúnta
notice-status-withdrawn = Tarraingthe siar
change-consultation-open = Comhairliúchán oscailte le haghaidh tuairimí go dtí { $date }: { $title }
change-consultation-closed = Dúnadh an comhairliúchán ar { $date }: { $title }
changes-follow-feed = Lean na hathruithe seo san fhotha “{ $feed }”:
