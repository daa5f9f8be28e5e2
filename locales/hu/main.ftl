# UI strings of the default theme, Hungarian.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Ugrás a fő tartalomra
language-switcher = Nyelv
main-navigation = Főmenü
breadcrumb = Ön itt jár
footer-navigation = A webhelyről
footer-published-by = Kiadó: { $site }.

## Dates

last-updated = Utolsó frissítés:
published = Közzététel:

## Translations

notice-untranslated = Ez az oldal még nincs lefordítva. Eredeti nyelven jelenik meg ({ $original }).
notice-stale = Ez a fordítás elavult lehet: az eredeti nyelvű változatot ({ $original }) { $date } napján frissítették.
notice-read-original = Az eredeti nyelvű változat megtekintése ({ $original }).

## Sections and pages

on-this-page = Ezen az oldalon
in-this-section = { $count ->
    [one] Egy oldal ebben a rovatban
   *[other] { $count } oldal ebben a rovatban
}
home-explore = A webhely tartalma

## Errors and redirects

not-found-title = Az oldal nem található
not-found-text = A keresett oldal nem létezik, vagy áthelyezték. Ellenőrizze a címet, vagy kezdje újra a kezdőlapról.
not-found-home = Ugrás a kezdőlapra
redirect-title = Az oldal új helyre került
redirect-link = Ugrás az oldal új címére

## Language chooser

chooser-intro = Válassza ki a nyelvet.

## Tariff

tariff-sections = Áruosztályok
tariff-section = { $number }. áruosztály
tariff-other-chapters = További árucsoportok
tariff-chapter = { $number }. árucsoport
tariff-chapter-notes-of = Megjegyzések ({ $number }. árucsoport)
tariff-see-chapter = A teljes { $number }. árucsoport megtekintése
tariff-lines = Vámtarifasorok
tariff-lines-under = { $code } alá tartozó vámtarifasorok
tariff-table-hint = Válasszon ki egy kódot a vámtételek és az alkalmazandó szabályok megtekintéséhez.
tariff-no-rate = Nincs
tariff-rates-current = Hatályos vámtételek
tariff-rates-since = { $date } napjától hatályos vámtételek
tariff-rates-from = { $date } napjától alkalmazandó vámtételek
tariff-rates-until = { $date } napjáig alkalmazandó vámtételek
tariff-rate-from = { $rate } ({ $date } napjától)
tariff-line-not-yet = Ez a vámtarifasor még nem hatályos: { $date } napjától alkalmazandó.
tariff-line-ended = Ez a vámtarifasor már nem hatályos: alkalmazásának utolsó napja { $date } volt.
tariff-line-ending = Ez a vámtarifasor { $date } napjáig hatályos: ez alkalmazásának utolsó napja.
tariff-replaced-by = { $date } napjától ezt a vámtarifasort a következő vámtarifasorok váltják fel:
tariff-replaces = { $date } napjától ez a vámtarifasor a következő vámtarifasorokat váltja fel:
tariff-timeline = A vámtételek időbeli alakulása
tariff-timeline-column = Oszlop
tariff-timeline-rate = Vámtétel
tariff-timeline-from = Kezdete
tariff-timeline-to = Vége
tariff-timeline-state = Állapot
tariff-state-past = Korábbi
tariff-state-in_force = Hatályos
tariff-state-scheduled = Tervezett
tariff-level-heading = Vámtarifaszám
tariff-level-subheading = Alszám
tariff-level-national_line = Nemzeti vámtarifasor
tariff-col-code = Kód
tariff-col-description = Árumegnevezés
tariff-col-unit = Mértékegység
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Megjegyzés

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Mentes
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, legalább { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, legfeljebb { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Eljárás
kind-fee = Díj vagy teher
kind-measure = Intézkedés
kind-tool = VVSZ-okmány vagy -eszköz
kind-legal = Jogszabály
kind-form = Nyomtatvány
kind-agency = Hatóság
kind-notice = Közlemény
kind-plural-procedure = Eljárások
kind-plural-fee = Díjak és terhek
kind-plural-measure = Intézkedések: tilalmak, korlátozások és engedélyek
kind-plural-tool = VVSZ-okmányok és -eszközök
kind-plural-legal = Jogszabályok
kind-plural-form = Nyomtatványok
kind-plural-agency = Hatóságok
kind-plural-notice = Közlemények
backlinks-title = Hivatkozások erre az oldalra
tariff-what-applies = Az árura vonatkozó előírások
footer-enquiry-point = Kérdése van? Forduljon a nemzeti tájékoztatási ponthoz

field-legal-basis = Jogalap
field-hs = Érintett áruk (vámtarifakódok)
field-direction = Forgalom iránya
field-agencies = Érintett hatóságok
field-agency = Hatóság
field-tools = Alkalmazott nemzetközi szabványok
field-duration = Szokásos időtartam
field-amount = Összeg
field-per = Felszámítás alapja
field-reason = A díj felszámításának oka
field-authority = Felszámító hatóság
field-payment = Fizetés módja
field-published = Közzététel
field-effective = Hatálybalépés
field-effective-proposed = Javasolt hatálybalépés
field-until = Felszámítás utolsó napja
field-acronym = Rövidítés
field-category = Terület
field-status = Állapot
field-issuer = Kibocsátó
field-adopted = Elfogadás
field-url = Hivatalos oldal
field-related = Kapcsolódó okmányok
field-type = Típus
field-number = Szám
field-signed = Aláírás
field-official-text = Hivatalos szöveg
field-download = Letöltés
field-email = E-mail
field-phone = Telefon
field-address = Cím
field-hours = Ügyfélfogadási idő
field-comment-until = Véleményezési határidő
field-affects = Érintett tartalom

direction-import = Behozatal
direction-export = Kivitel
direction-transit = Tranzit
direction-both = Behozatal és kivitel
direction-other = Egyéb eljárások
filter-by-direction = Megjelenítendő eljárások

## Procedures

procedure-summary = Áttekintés
procedure-steps-count = Lépések
procedure-total-time = Szokásos teljes időtartam
procedure-total-fees = Díjak
procedure-fees-more = { $count ->
    [one] valamint egy, az esettől függő díj
   *[other] valamint { $count }, az esettől függő díj
}
procedure-fees-varying = { $count ->
    [one] Egy, az esettől függő díj
   *[other] { $count }, az esettől függő díj
}
procedure-documents = Szükséges dokumentumok
procedure-steps = Lépésről lépésre
procedure-steps-n = { $count ->
    [one] Egy lépés
   *[other] { $count } lépés
}
duration-days = { $count ->
    [one] 1 nap
   *[other] { $count } nap
}
duration-hours = { $count ->
    [one] 1 óra
   *[other] { $count } óra
}
duration-minutes = { $count ->
    [one] 1 perc
   *[other] { $count } perc
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = A díjak és terhek jegyzéke
fee-tiers = Összegek
fee-see-tiers = Az összegek megtekintése
fee-per-declaration = árunyilatkozatonként
fee-per-consignment = szállítmányonként
fee-per-container = konténerenként
fee-per-certificate = tanúsítványonként
fee-per-hour = óránként
fee-per-application = kérelmenként
fee-per-day = naponként
fee-per-page = oldalanként
fee-per-item = tételenként
fee-in-force-current = hatályos
fee-in-force-since = { $date } napjától hatályos
fee-amount-from = { $amount } ({ $date } napjától)
fee-changes-on = Az összegek { $date } napján változnak
fee-not-yet = Még nem hatályos: ezt a díjat { $date } napjától kell megfizetni.
fee-ended = Már nem hatályos: ezt a díjat utoljára { $date } napján számították fel.
fee-state-not-yet = Még nem hatályos
fee-state-ended = Már nem hatályos
fee-timeline = Az összegek időbeli alakulása
fee-timeline-tier = Eset
fee-timeline-from = Kezdete
fee-timeline-to = Utolsó nap
fee-timeline-state = Állapot
fee-value-past = Korábbi
fee-value-in_force = Hatályos
fee-value-scheduled = Tervezett

## WCO tools

tools-by-category = Területek
tool-category-conventions = Egyezmények és megállapodások
tool-category-facilitation = A kereskedelmi eljárások egyszerűsítése
tool-category-security = Az ellátási lánc biztonsága
tool-category-nomenclature = Vámtarifa-besorolás
tool-category-valuation = Vámérték
tool-category-origin = Származás
tool-category-enforcement = Jogérvényesítés és jogkövetés
tool-category-capacity-building = Kapacitásépítés
tool-category-data = Adatok és technológia
tool-category-revenue = Bevételek
tool-status-contracting-party = Szerződő fél
tool-status-applied = Alkalmazott
tool-status-in-progress = Bevezetés alatt
tool-status-not-applied = Nem alkalmazott
tool-status-reference = Tájékoztató jellegű

## Measures, legal texts, notices

measure-type-prohibition = Tilalom
measure-type-restriction = Korlátozás
measure-type-licence = Engedély
measure-type-sps = Egészségügyi és növény-egészségügyi intézkedés
measure-type-tbt = Műszaki előírás
measure-type-quota = Kontingens
measure-type-other = Egyéb intézkedés
legal-type-law = Törvény
legal-type-decree = Rendelet
legal-type-circular = Körlevél
legal-type-ruling = Határozat
legal-type-agreement = Nemzetközi megállapodás
notice-status-draft-for-comment = Véleményezhető
notice-status-adopted = Elfogadva
notice-status-in-force = Hatályos
notice-status-repealed = Hatályon kívül helyezve
notice-consultation-open = Ez a tervezet { $date } napjáig véleményezhető. Észrevételeit a következő címre küldheti:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Egy tétel még nincs közzétéve ezen a webhelyen.
   *[other] { $count } tétel még nincs közzétéve ezen a webhelyen.
}
tfa-not-covered = Még nincs közzétéve
tfa-1-1-a = A behozatalra, a kivitelre és a tranzitra vonatkozó eljárások, valamint az előírt nyomtatványok és dokumentumok
tfa-1-1-b = A vámok és adók alkalmazott mértéke
tfa-1-1-c = Díjak és terhek
tfa-1-1-d = Az áruk vámtarifa-besorolására vagy vámértékének megállapítására vonatkozó szabályok
tfa-1-1-e = A származási szabályokkal kapcsolatos törvények, rendeletek és határozatok
tfa-1-1-f = Behozatali, kiviteli vagy tranzitkorlátozások és -tilalmak
tfa-1-1-g = Szankciókra vonatkozó rendelkezések
tfa-1-1-h = Jogorvoslati vagy felülvizsgálati eljárások
tfa-1-1-i = Más országokkal kötött, a behozatalra, a kivitelre vagy a tranzitra vonatkozó megállapodások
tfa-1-1-j = A vámkontingensek kezelésére vonatkozó eljárások
tfa-1-2 = Az interneten elérhető információk
tfa-1-3 = Tájékoztatási pontok

filter-all = Mind
tools-filter-status = Okmányok szűrése aszerint, hogy a hatóság alkalmazza-e őket

## Search

search-title = Keresés
search-label = Keresés a webhelyen
search-placeholder = Áru, kód, eljárás, díj…
search-button = Keresés
search-kind = Megjelenítés
search-kind-all = Minden
search-kind-tariff = Vámtarifakódok
search-kind-page = Egyéb oldalak
search-hint = Írjon be szavakat bármilyen alakban, vagy egy vámtarifakódot pontokkal vagy anélkül ({ $code }).
search-needs-script = A kereséshez JavaScript szükséges. A vámtarifát áruosztályok és árucsoportok szerint böngészheti.
search-count = Találatok:
search-chapter = Árucsoport
search-none = Nincs találat erre: „{ $query }”.
search-note-code = Nincs ilyen kód: { $asked }. Megjelenítve: { $found }.
search-note-typo = Nincs találat erre: „{ $asked }”. A találatok erre vonatkoznak: „{ $found }”.
search-result-tariff = Vámtarifakód
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = vám vámok vámtétel vámtarifa tarifa
search-previous = Előző
search-next = Következő

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
