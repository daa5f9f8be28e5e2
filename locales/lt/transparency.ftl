# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Importo, eksporto ir tranzito procedūros, įskaitant apskundimo arba peržiūros procedūras, žingsnis po žingsnio
tfa-1-2-1-b = Reikalaujamos formos ir dokumentai
tfa-1-2-1-c = Informacijos centrų kontaktiniai duomenys
tfa-2-1 = Galimybė pateikti pastabas dėl naujų ar iš dalies keičiamų įstatymų ir kitų teisės aktų prieš jiems įsigaliojant
tfa-2-2 = Reguliarios pasienio institucijų ir prekiautojų konsultacijos
tfa-6-1 = Rinkliavos ir mokesčiai: jų priežastis, juos imanti institucija ir mokėjimo tvarka, skelbiami prieš pradedant juos taikyti
notice-status-comment-closed = Pastabų teikimo laikotarpis baigėsi
notice-status-withdrawn = Atšauktas
change-consultation-open = Konsultacija, pastabas galima teikti iki { $date }: { $title }
change-consultation-closed = Konsultacija baigta { $date }: { $title }
changes-follow-feed = Sekite šiuos pakeitimus sklaidos kanale „{ $feed }“:
