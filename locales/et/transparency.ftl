# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Impordi-, ekspordi- ja transiidimenetlused, sealhulgas edasikaebamine ja läbivaatamine, samm-sammult
tfa-1-2-1-b = Nõutavad vormid ja dokumendid
tfa-1-2-1-c = Teabepunktide kontaktandmed
tfa-2-1 = Võimalus esitada arvamus uute või muudetud seaduste ja määruste kohta enne nende jõustumist
tfa-2-2 = Korrapärased konsultatsioonid piiriasutuste ja ettevõtjate vahel
tfa-6-1 = Tasud ja maksed: nende põhjus, neid võttev asutus ja tasumise viis, avaldatud enne nende kohaldamist
notice-status-comment-closed = Arvamuse esitamise aeg on lõppenud
notice-status-withdrawn = Tagasi võetud
change-consultation-open = Konsultatsioon on avatud, arvamuse esitamise tähtaeg { $date }: { $title }
change-consultation-closed = Konsultatsioon lõppes kuupäeval { $date }: { $title }
changes-follow-feed = Jälgige neid muudatusi voos „{ $feed }“:
