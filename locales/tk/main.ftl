# UI strings of the default theme, Turkmen (Latin script).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Esasy mazmuna geçmek
language-switcher = Dil
main-navigation = Esasy menýu
breadcrumb = Siz şu ýerde
footer-navigation = Saýt barada
footer-published-by = Neşir eden: { $site }.

## Dates

last-updated = Soňky täzelenen senesi:
published = Neşir edilen senesi:

## Translations

notice-untranslated = Bu sahypa entek terjime edilmedi. Ol asyl dilinde ({ $original }) görkezilýär.
notice-stale = Bu terjime köne bolup biler: asyl nusgasy ({ $original }) täzelenen senesi: { $date }.
notice-read-original = Asyl nusgany ({ $original }) okamak.

## Sections and pages

on-this-page = Bu sahypada
in-this-section = { $count ->
    [one] Bu bölümde bir sahypa bar
   *[other] Bu bölümde { $count } sahypa bar
}
home-explore = Saýt bilen tanyşmak

## Errors and redirects

not-found-title = Sahypa tapylmady
not-found-text = Siziň soran sahypaňyz ýok ýa-da başga salga geçirildi. Salgyny barlaň ýa-da baş sahypadan täzeden başlaň.
not-found-home = Baş sahypa geçmek
redirect-title = Bu sahypa geçirildi
redirect-link = Bu sahypanyň täze salgysyna geçmek

## Language chooser

chooser-intro = Dili saýlaň.

## Tariff

tariff-sections = Bölümler
tariff-section = Bölüm { $number }
tariff-other-chapters = Beýleki toparlar
tariff-chapter = Topar { $number }
tariff-chapter-notes-of = Topar { $number }: bellikler
tariff-see-chapter = Topar { $number }: dolulygyna görmek
tariff-lines = Tarif setirleri
tariff-lines-under = { $code } boýunça tarif setirleri
tariff-table-hint = Derejelerini we oňa degişli düzgünleri görmek üçin kody saýlaň.
tariff-no-rate = Ýok
tariff-rates-current = Güýjünde bolan paj derejeleri
tariff-rates-since = Güýjünde bolan paj derejeleri ({ $date } senesinden)
tariff-rates-from = Paj derejeleri ({ $date } senesinden)
tariff-rates-until = Paj derejeleri ({ $date } senesine çenli)
tariff-rate-from = { $rate }, güýje girýän senesi: { $date }
tariff-line-not-yet = Bu tarif setiri entek güýje girmedi; ulanylyp başlanýan senesi: { $date }.
tariff-line-ended = Bu tarif setiri indi güýjünde däl; soňky güni: { $date }.
tariff-line-ending = Bu tarif setiri güýjünde; soňky güni: { $date }.
tariff-replaced-by = { $date } senesinden bu tarif setiriniň ornuna aşakdaky setirler ulanylýar:
tariff-replaces = { $date } senesinden bu tarif setiri aşakdaky setirleriň ornuna ulanylýar:
tariff-timeline = Derejeleriň üýtgeýşi
tariff-timeline-column = Sütün
tariff-timeline-rate = Dereje
tariff-timeline-from = Başlanýan
tariff-timeline-to = Gutarýan
tariff-timeline-state = Ýagdaýy
tariff-state-past = Öňki
tariff-state-in_force = Güýjünde
tariff-state-scheduled = Meýilleşdirilen
tariff-level-heading = Haryt pozisiýasy
tariff-level-subheading = Subpozisiýa
tariff-level-national_line = Milli tarif setiri
tariff-col-code = Kod
tariff-col-description = Harydyň ady
tariff-col-unit = Ölçeg birligi
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Bellik

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Pajdan boşadylan
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, azyndan { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, köpünden { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Tertip
kind-fee = Ýygym ýa-da töleg
kind-measure = Çäre
kind-tool = BGG-nyň resminamasy ýa-da guraly
kind-legal = Hukuk namasy
kind-form = Görnüş
kind-agency = Edara
kind-notice = Bildiriş
kind-plural-procedure = Tertipler
kind-plural-fee = Ýygymlar we tölegler
kind-plural-measure = Çäreler: gadaganlyklar, çäklendirmeler we ygtyýarnamalar
kind-plural-tool = BGG-nyň resminamalary we gurallary
kind-plural-legal = Hukuk namalary
kind-plural-form = Görnüşler
kind-plural-agency = Edaralar
kind-plural-notice = Bildirişler
backlinks-title = Salgylanýan sahypalar
tariff-what-applies = Bu harytlara näme degişli
footer-enquiry-point = Soraglaryňyz barmy? Milli maglumat merkezine ýüz tutuň

field-legal-basis = Hukuk esasy
field-hs = Degişli harytlar (tarif kodlary)
field-direction = Amalyň görnüşi
field-agencies = Gatnaşýan edaralar
field-agency = Edara
field-tools = Ulanylýan halkara standartlary
field-duration = Adaty möhlet
field-amount = Möçberi
field-per = Alnyş birligi
field-reason = Ýygymyň alnyş esasy
field-authority = Ýygymy alýan edara
field-payment = Töleg tertibi
field-published = Neşir edilen senesi
field-effective = Güýje giren senesi
field-effective-proposed = Güýje girmegiň teklip edilýän senesi
field-until = Alynýan soňky güni
field-acronym = Gysgaltma
field-category = Ugur
field-status = Ýagdaýy
field-issuer = Kabul eden edara
field-adopted = Kabul edilen senesi
field-url = Resmi sahypa
field-related = Baglanyşykly resminamalar
field-type = Görnüşi
field-number = Belgisi
field-signed = Gol çekilen senesi
field-official-text = Resmi tekst
field-download = Ýükläp almak
field-email = Elektron poçta
field-phone = Telefon
field-address = Salgy
field-hours = Iş wagty
field-comment-until = Teklipleriň kabul edilýän soňky senesi
field-affects = Degişli

direction-import = Import
direction-export = Eksport
direction-transit = Tranzit
direction-both = Import we eksport
direction-other = Beýleki tertipler
filter-by-direction = Tertipleri görkezmek

## Procedures

procedure-summary = Gysgaça
procedure-steps-count = Tapgyrlaryň sany
procedure-total-time = Adaty umumy möhlet
procedure-total-fees = Ýygymlar
procedure-fees-more = { $count ->
    [one] şeýle hem ýagdaýa bagly bir ýygym
   *[other] şeýle hem ýagdaýa bagly { $count } ýygym
}
procedure-fees-varying = { $count ->
    [one] Ýagdaýa bagly bir ýygym
   *[other] Ýagdaýa bagly { $count } ýygym
}
procedure-documents = Taýýarlanmaly resminamalar
procedure-steps = Tapgyrma-tapgyr
procedure-steps-n = { $count ->
    [one] Bir tapgyr
   *[other] { $count } tapgyr
}
duration-days = { $count ->
    [one] { $count } gün
   *[other] { $count } gün
}
duration-hours = { $count ->
    [one] { $count } sagat
   *[other] { $count } sagat
}
duration-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minut
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Ýygymlaryň we tölegleriň sanawy
fee-tiers = Möçberler
fee-see-tiers = Möçberleri görmek
fee-per-declaration = her deklarasiýa üçin
fee-per-consignment = her haryt ugradylyşy üçin
fee-per-container = her konteýner üçin
fee-per-certificate = her şahadatnama üçin
fee-per-hour = her sagat üçin
fee-per-application = her arza üçin
fee-per-day = her gün üçin
fee-per-page = her sahypa üçin
fee-per-item = her birlik üçin
fee-in-force-current = güýjünde
fee-in-force-since = güýjünde ({ $date } senesinden)
fee-amount-from = { $amount }, güýje girýän senesi: { $date }
fee-changes-on = Möçberleriň üýtgeýän senesi: { $date }
fee-not-yet = Bu ýygym entek güýje girmedi; alnyp başlanýan senesi: { $date }.
fee-ended = Bu ýygym indi güýjünde däl; soňky alnan güni: { $date }.
fee-state-not-yet = Entek güýje girmedi
fee-state-ended = Indi güýjünde däl
fee-timeline = Möçberleriň üýtgeýşi
fee-timeline-tier = Görnüşi
fee-timeline-from = Başlanýan
fee-timeline-to = Soňky güni
fee-timeline-state = Ýagdaýy
fee-value-past = Öňki
fee-value-in_force = Güýjünde
fee-value-scheduled = Meýilleşdirilen

## WCO tools

tools-by-category = Ugurlar
tool-category-conventions = Konwensiýalar we ylalaşyklar
tool-category-facilitation = Söwdany ýeňilleşdirmek
tool-category-security = Üpjünçilik zynjyrynyň howpsuzlygy
tool-category-nomenclature = Harytlary toparlara bölmek
tool-category-valuation = Gümrük gymmaty
tool-category-origin = Harytlaryň gelip çykyşy
tool-category-enforcement = Hukuk goraýyş we talaplary berjaý etmek
tool-category-capacity-building = Mümkinçilikleri artdyrmak
tool-category-data = Maglumatlar we tehnologiýalar
tool-category-revenue = Girdejiler
tool-status-contracting-party = Ylalaşýan tarap
tool-status-applied = Ulanylýar
tool-status-in-progress = Ornaşdyrylýar
tool-status-not-applied = Ulanylmaýar
tool-status-reference = Salgylanma resminamasy

## Measures, legal texts, notices

measure-type-prohibition = Gadaganlyk
measure-type-restriction = Çäklendirme
measure-type-licence = Ygtyýarnama ýa-da rugsat
measure-type-sps = Sanitar we fitosanitar çäreler
measure-type-tbt = Tehniki talap
measure-type-quota = Kwota
measure-type-other = Beýleki çäre
legal-type-law = Kanun
legal-type-decree = Karar
legal-type-circular = Görkezme haty
legal-type-ruling = Çözgüt
legal-type-agreement = Halkara ylalaşyk
notice-status-draft-for-comment = Teklipler üçin açyk
notice-status-adopted = Kabul edildi
notice-status-in-force = Güýjünde
notice-status-repealed = Güýjüni ýitirdi
notice-consultation-open = Bu taslama boýunça teklipler şu senä çenli kabul edilýär: { $date }. Teklipleriňizi şu salga iberiň:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Bir bent bu saýtda entek neşir edilmedi.
   *[other] { $count } bent bu saýtda entek neşir edilmedi.
}
tfa-not-covered = Entek neşir edilmedi
tfa-1-1-a = Import, eksport we tranzit tertipleri, talap edilýän görnüşler we resminamalar
tfa-1-1-b = Ulanylýan paj we salgyt derejeleri
tfa-1-1-c = Ýygymlar we tölegler
tfa-1-1-d = Harytlary toparlara bölmegiň ýa-da gümrük gymmatyny kesgitlemegiň düzgünleri
tfa-1-1-e = Gelip çykyş düzgünlerine degişli kanunlar, kadalaşdyryjy namalar we çözgütler
tfa-1-1-f = Importa, eksporta ýa-da tranzite degişli çäklendirmeler we gadaganlyklar
tfa-1-1-g = Jeza çäreleri baradaky düzgünler
tfa-1-1-h = Şikaýat etmegiň ýa-da täzeden seretmegiň tertipleri
tfa-1-1-i = Import, eksport ýa-da tranzit boýunça beýleki ýurtlar bilen ylalaşyklar
tfa-1-1-j = Tarif kwotalaryny dolandyrmagyň tertipleri
tfa-1-2 = Internet arkaly elýeterli maglumatlar
tfa-1-3 = Maglumat merkezleri

filter-all = Hemmesi
tools-filter-status = Resminamalary bu edaradaky ýagdaýyna görä görkezmek

## Search

search-title = Gözleg
search-label = Saýtda gözlemek
search-placeholder = Haryt, kod, tertip, ýygym…
search-button = Gözlemek
search-kind = Görkezmek
search-kind-all = Hemmesi
search-kind-tariff = Tarif kodlary
search-kind-page = Beýleki sahypalar
search-hint = Sözleri islendik görnüşde ýa-da tarif koduny nokatly ýa-da nokatsyz ýazyň ({ $code }).
search-needs-script = Gözleg üçin JavaScript gerek. Onuň ýerine tarifi bölümler we toparlar boýunça görüp bilersiňiz.
search-count = Netijeler:
search-chapter = Tarifiň topary
search-none = “{ $query }” boýunça netije ýok.
search-note-code = { $asked } kody ýok. { $found } görkezilýär.
search-note-typo = “{ $asked }” boýunça netije ýok. “{ $found }” boýunça netijeler görkezilýär.
search-result-tariff = Tarif kody
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = gümrük paj pajy pajlary tarif dereje
search-previous = Öňki
search-next = Indiki

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
