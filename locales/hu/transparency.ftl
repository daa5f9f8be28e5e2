# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = A behozatalra, a kivitelre és a tranzitra vonatkozó eljárások – a jogorvoslati és felülvizsgálati eljárásokat is beleértve – lépésről lépésre
tfa-1-2-1-b = Az előírt nyomtatványok és dokumentumok
tfa-1-2-1-c = A tájékoztatási pontok elérhetősége
tfa-2-1 = Az új vagy módosított törvények és rendeletek véleményezése hatálybalépésük előtt
tfa-2-2 = Rendszeres konzultáció a határon működő hatóságok és a kereskedők között
tfa-6-1 = Díjak és terhek: okuk, a felszámító hatóság és a fizetés módja, alkalmazásuk előtt közzétéve
notice-status-comment-closed = A véleményezési időszak lezárult
notice-status-withdrawn = Visszavonva
change-consultation-open = Konzultáció, { $date } napjáig véleményezhető: { $title }
change-consultation-closed = Konzultáció, { $date } napján lezárult: { $title }
changes-follow-feed = Hírcsatorna e változások követéséhez („{ $feed }”):
