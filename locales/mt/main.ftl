# UI strings of the default theme, Maltese.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Aqbeż għall-kontenut prinċipali
language-switcher = Lingwa
main-navigation = Menu prinċipali
breadcrumb = Fejn tinsab
footer-navigation = Dwar dan is-sit
footer-published-by = Ippubblikat minn { $site }.

## Dates

last-updated = L-aħħar aġġornament:
published = Data tal-pubblikazzjoni:

## Translations

notice-untranslated = Din il-paġna għadha ma ġietx tradotta. Qed tintwera fil-verżjoni oriġinali ({ $original }).
notice-stale = Din it-traduzzjoni tista’ ma tkunx aġġornata: il-verżjoni oriġinali ({ $original }) ġiet aġġornata fid-data { $date }.
notice-read-original = Aqra l-verżjoni oriġinali ({ $original }).

## Sections and pages

on-this-page = F’din il-paġna
in-this-section = { $count ->
    [one] Paġna waħda f’din it-taqsima
    [two] { $count } paġni f’din it-taqsima
    [few] { $count } paġni f’din it-taqsima
    [many] { $count } paġna f’din it-taqsima
   *[other] { $count } paġna f’din it-taqsima
}
home-explore = Esplora s-sit

## Errors and redirects

not-found-title = Il-paġna ma nstabitx
not-found-text = Il-paġna li tlabt ma teżistix jew ġiet imċaqalqa. Iċċekkja l-indirizz, jew erġa’ ibda mill-paġna ewlenija.
not-found-home = Mur għall-paġna ewlenija
redirect-title = Din il-paġna ġiet imċaqalqa
redirect-link = Mur għall-indirizz il-ġdid ta’ din il-paġna

## Language chooser

chooser-intro = Agħżel il-lingwa tiegħek.

## Tariff

tariff-sections = Taqsimiet
tariff-section = Taqsima { $number }
tariff-other-chapters = Kapitoli oħra
tariff-chapter = Kapitolu { $number }
tariff-chapter-notes-of = Noti għall-Kapitolu { $number }
tariff-see-chapter = Ara l-Kapitolu { $number } kollu
tariff-lines = Linji tariffarji
tariff-lines-under = Linji taħt { $code }
tariff-table-hint = Agħżel kodiċi biex tara r-rati tiegħu u r-regoli li japplikaw għalih.
tariff-no-rate = Xejn
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Rati tad-dazju fis-seħħ
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Rati tad-dazju fis-seħħ mid-data { $date }
tariff-rates-from = Rati tad-dazju mid-data { $date }
tariff-rates-until = Rati tad-dazju sad-data { $date } inkluża
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } mid-data { $date }
tariff-line-not-yet = Din il-linja għadha mhijiex fis-seħħ: tapplika mid-data { $date }.
tariff-line-ended = Din il-linja m’għadhiex fis-seħħ: applikat sad-data { $date }.
tariff-line-ending = Din il-linja hija fis-seħħ sad-data { $date } inkluża, l-aħħar jum li fih tapplika.
tariff-replaced-by = Mid-data { $date }, din il-linja tiġi sostitwita minn:
tariff-replaces = Mid-data { $date }, din il-linja tissostitwixxi:
tariff-timeline = Ir-rati matul iż-żmien
tariff-timeline-column = Kolonna
tariff-timeline-rate = Rata
tariff-timeline-from = Minn
tariff-timeline-to = Sa
tariff-timeline-state = Status
tariff-state-past = Preċedenti
tariff-state-in_force = Fis-seħħ
tariff-state-scheduled = Ippjanata
tariff-level-heading = Intestatura
tariff-level-subheading = Subintestatura
tariff-level-national_line = Linja tariffarja nazzjonali
tariff-col-code = Kodiċi
tariff-col-description = Deskrizzjoni
tariff-col-unit = Unità
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Nota

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Eżenti
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, minimu { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, massimu { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Proċedura
kind-fee = Miżata jew imposta
kind-measure = Miżura
kind-tool = Strument jew għodda tad-WCO
kind-legal = Test legali
kind-form = Formola
kind-agency = Aġenzija
kind-notice = Avviż
kind-plural-procedure = Proċeduri
kind-plural-fee = Miżati u imposti
kind-plural-measure = Miżuri: projbizzjonijiet, restrizzjonijiet u liċenzji
kind-plural-tool = Strumenti u għodod tad-WCO
kind-plural-legal = Testi legali
kind-plural-form = Formoli
kind-plural-agency = Aġenziji
kind-plural-notice = Avviżi
backlinks-title = Issir referenza għal din il-paġna minn
tariff-what-applies = X’japplika għal dawn l-oġġetti
footer-enquiry-point = Għandek mistoqsijiet? Ikkuntattja l-punt ta’ informazzjoni nazzjonali

field-legal-basis = Bażi legali
field-hs = Oġġetti kkonċernati (kodiċijiet tariffarji)
field-direction = Tip ta’ operazzjoni
field-agencies = Aġenziji involuti
field-agency = Aġenzija
field-tools = Standards internazzjonali applikati
field-duration = Żmien tas-soltu
field-amount = Ammont
field-per = Bażi tal-ħlas
field-reason = Għaliex tinġabar din il-miżata
field-authority = Miġbura minn
field-payment = Kif titħallas
field-published = Data tal-pubblikazzjoni
field-effective = Data tad-dħul fis-seħħ
field-effective-proposed = Dħul fis-seħħ propost
field-until = L-aħħar jum tal-ġbir
field-acronym = Akronimu
field-category = Qasam
field-status = Status
field-issuer = Maħruġ minn
field-adopted = Data tal-adozzjoni
field-url = Paġna uffiċjali
field-related = Strumenti relatati
field-type = Tip
field-number = Numru
field-signed = Data tal-iffirmar
field-official-text = Test uffiċjali
field-download = Niżżel
field-email = Posta elettronika
field-phone = Telefon
field-address = Indirizz
field-hours = Ħinijiet tal-ftuħ
field-comment-until = Data tal-għeluq għall-kummenti
field-affects = Jaffettwa

direction-import = Importazzjoni
direction-export = Esportazzjoni
direction-transit = Tranżitu
direction-both = Importazzjoni u esportazzjoni
direction-other = Proċeduri oħra
filter-by-direction = Uri l-proċeduri għal

## Procedures

procedure-summary = Fil-qosor
procedure-steps-count = Passi
procedure-total-time = Żmien totali tas-soltu
procedure-total-fees = Miżati
procedure-fees-more = { $count ->
    [one] flimkien ma’ miżata waħda li tiddependi mill-każ
    [two] flimkien ma’ { $count } miżati li jiddependu mill-każ
    [few] flimkien ma’ { $count } miżati li jiddependu mill-każ
    [many] flimkien ma’ { $count } miżata li jiddependu mill-każ
   *[other] flimkien ma’ { $count } miżata li jiddependu mill-każ
}
procedure-fees-varying = { $count ->
    [one] Miżata waħda li tiddependi mill-każ
    [two] { $count } miżati li jiddependu mill-każ
    [few] { $count } miżati li jiddependu mill-każ
    [many] { $count } miżata li jiddependu mill-każ
   *[other] { $count } miżata li jiddependu mill-każ
}
procedure-documents = Dokumenti li għandhom jitħejjew
procedure-steps = Pass pass
procedure-steps-n = { $count ->
    [one] Pass wieħed
    [two] { $count } passi
    [few] { $count } passi
    [many] { $count } pass
   *[other] { $count } pass
}
duration-days = { $count ->
    [2] jumejn
    [one] 1 jum
    [two] jumejn
    [few] { $count } ijiem
    [many] { $count } jum
   *[other] { $count } jum
}
duration-hours = { $count ->
    [2] sagħtejn
    [one] 1 siegħa
    [two] sagħtejn
    [few] { $count } sigħat
    [many] { $count } siegħa
   *[other] { $count } siegħa
}
duration-minutes = { $count ->
    [one] 1 minuta
    [two] { $count } minuti
    [few] { $count } minuti
    [many] { $count } minuta
   *[other] { $count } minuta
}
duration-range = minn { $min } sa { $max }
duration-join = { $first } { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Skeda tal-miżati u l-imposti
fee-tiers = Ammonti
fee-see-tiers = Ara l-ammonti
fee-per-declaration = għal kull dikjarazzjoni
fee-per-consignment = għal kull kunsinna
fee-per-container = għal kull kontenitur
fee-per-certificate = għal kull ċertifikat
fee-per-hour = għal kull siegħa
fee-per-application = għal kull applikazzjoni
fee-per-day = għal kull jum
fee-per-page = għal kull paġna
fee-per-item = għal kull oġġett
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = fis-seħħ
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = fis-seħħ mid-data { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } mid-data { $date }
fee-changes-on = L-ammonti jinbidlu fid-data { $date }
fee-not-yet = Għadha mhijiex fis-seħħ: din il-miżata tinġabar mid-data { $date }.
fee-ended = M’għadhiex fis-seħħ: din il-miżata nġabret għall-aħħar darba fid-data { $date }.
fee-state-not-yet = Għadha mhijiex fis-seħħ
fee-state-ended = M’għadhiex fis-seħħ
fee-timeline = L-ammonti matul iż-żmien
fee-timeline-tier = Każ
fee-timeline-from = Minn
fee-timeline-to = L-aħħar jum
fee-timeline-state = Status
fee-value-past = Preċedenti
fee-value-in_force = Fis-seħħ
fee-value-scheduled = Ippjanat

## WCO tools

tools-by-category = Oqsma
tool-category-conventions = Konvenzjonijiet u ftehimiet
tool-category-facilitation = Faċilitazzjoni tal-kummerċ
tool-category-security = Sigurtà tal-katina tal-provvista
tool-category-nomenclature = Klassifikazzjoni
tool-category-valuation = Valutazzjoni
tool-category-origin = Oriġini
tool-category-enforcement = Infurzar u konformità
tool-category-capacity-building = Bini tal-kapaċità
tool-category-data = Data u teknoloġija
tool-category-revenue = Dħul
tool-status-contracting-party = Parti kontraenti
tool-status-applied = Applikat
tool-status-in-progress = Qed jiġi implimentat
tool-status-not-applied = Mhux applikat
tool-status-reference = Referenza

## Measures, legal texts, notices

measure-type-prohibition = Projbizzjoni
measure-type-restriction = Restrizzjoni
measure-type-licence = Liċenzja jew permess
measure-type-sps = Miżura sanitarja jew fitosanitarja
measure-type-tbt = Rekwiżit tekniku
measure-type-quota = Kwota
measure-type-other = Miżura oħra
legal-type-law = Liġi
legal-type-decree = Digriet
legal-type-circular = Ċirkolari
legal-type-ruling = Deċiżjoni
legal-type-agreement = Ftehim internazzjonali
notice-status-draft-for-comment = Miftuħ għall-kummenti
notice-status-adopted = Adottat
notice-status-in-force = Fis-seħħ
notice-status-repealed = Imħassar
notice-consultation-open = Dan l-abbozz huwa miftuħ għall-kummenti sad-data { $date }. Ibgħat il-kummenti tiegħek lil

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Punt wieħed għadu mhuwiex ippubblikat f’dan is-sit.
    [two] { $count } punti għadhom mhumiex ippubblikati f’dan is-sit.
    [few] { $count } punti għadhom mhumiex ippubblikati f’dan is-sit.
    [many] { $count } punt għadhom mhumiex ippubblikati f’dan is-sit.
   *[other] { $count } punt għadhom mhumiex ippubblikati f’dan is-sit.
}
tfa-not-covered = Għadu mhuwiex ippubblikat
tfa-1-1-a = Proċeduri għall-importazzjoni, l-esportazzjoni u t-tranżitu, u l-formoli u d-dokumenti meħtieġa
tfa-1-1-b = Rati applikati tad-dazji u tat-taxxi
tfa-1-1-c = Miżati u imposti
tfa-1-1-d = Regoli għall-klassifikazzjoni jew il-valutazzjoni tal-prodotti għal skopijiet doganali
tfa-1-1-e = Liġijiet, regolamenti u deċiżjonijiet amministrattivi relatati mar-regoli tal-oriġini
tfa-1-1-f = Restrizzjonijiet jew projbizzjonijiet fuq l-importazzjoni, l-esportazzjoni jew it-tranżitu
tfa-1-1-g = Dispożizzjonijiet dwar il-penali
tfa-1-1-h = Proċeduri għall-appell jew għar-rieżami
tfa-1-1-i = Ftehimiet ma’ pajjiżi oħra relatati mal-importazzjoni, l-esportazzjoni jew it-tranżitu
tfa-1-1-j = Proċeduri għall-amministrazzjoni tal-kwoti tariffarji
tfa-1-2 = Informazzjoni disponibbli permezz tal-internet
tfa-1-3 = Punti ta’ informazzjoni

filter-all = Kollha
tools-filter-status = Uri l-istrumenti skont l-istatus tagħhom f’din l-amministrazzjoni

## Search

search-title = Tfittxija
search-label = Fittex fis-sit
search-placeholder = Oġġetti, kodiċi, proċedura, miżata…
search-button = Fittex
search-kind = Uri
search-kind-all = Kollox
search-kind-tariff = Kodiċijiet tariffarji
search-kind-page = Paġni oħra
search-hint = Ikteb kliem fi kwalunkwe forma, jew kodiċi tariffarju bil-punti jew mingħajrhom ({ $code }).
search-needs-script = It-tfittxija teħtieġ JavaScript. Minflok, fittex fit-tariffa skont it-taqsima u l-kapitolu.
search-count = Riżultati:
search-chapter = Kapitolu tat-tariffa
search-none = L-ebda riżultat għal “{ $query }”.
search-note-code = Il-kodiċi { $asked } ma jeżistix. Qed jintwera { $found }.
search-note-typo = L-ebda riżultat għal “{ $asked }”. Qed jintwerew ir-riżultati għal “{ $found }”.
search-result-tariff = Kodiċi tariffarju
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = dazju dazji dwana tariffa rata
search-previous = Ta’ qabel
search-next = Li jmiss

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
