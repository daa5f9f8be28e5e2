# UI strings of the default theme, Irish.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Léim chuig an bpríomhábhar
language-switcher = Teanga
main-navigation = Príomh-roghchlár
breadcrumb = Tá tú anseo
footer-navigation = Maidir leis an suíomh seo
footer-published-by = Arna fhoilsiú ag { $site }.

## Dates

last-updated = An nuashonrú is déanaí:
published = Foilsithe:

## Translations

notice-untranslated = Níor aistríodh an leathanach seo fós. Tá sé á thaispeáint sa bhunteanga ({ $original }).
notice-stale = Seans nach bhfuil an t-aistriúchán seo cothrom le dáta: nuashonraíodh an leagan bunaidh ({ $original }) ar { $date }.
notice-read-original = Léigh an leagan bunaidh ({ $original }).

## Sections and pages

on-this-page = Ar an leathanach seo
in-this-section = { $count ->
    [0] Níl aon leathanach sa rannán seo
    [one] Leathanach amháin sa rannán seo
    [two] Dhá leathanach sa rannán seo
    [few] { $count } leathanach sa rannán seo
    [many] { $count } leathanach sa rannán seo
   *[other] { $count } leathanach sa rannán seo
}
home-explore = Taiscéal an suíomh

## Errors and redirects

not-found-title = Níor aimsíodh an leathanach
not-found-text = Níl an leathanach a d’iarr tú ann, nó bogadh é. Seiceáil an seoladh, nó tosaigh arís ón leathanach baile.
not-found-home = Téigh chuig an leathanach baile
redirect-title = Bogadh an leathanach seo
redirect-link = Téigh chuig seoladh nua an leathanaigh seo

## Language chooser

chooser-intro = Roghnaigh do theanga.

## Tariff

tariff-sections = Ranna
tariff-section = Roinn { $number }
tariff-other-chapters = Caibidlí eile
tariff-chapter = Caibidil { $number }
tariff-chapter-notes-of = Nótaí le Caibidil { $number }
tariff-see-chapter = Féach ar Chaibidil { $number } ina hiomláine
tariff-lines = Línte taraife
tariff-lines-under = Línte faoi { $code }
tariff-table-hint = Roghnaigh cód chun a rátaí agus na rialacha a bhaineann leis a fheiceáil.
tariff-no-rate = Dada
# The heading over a code's rates when no value in force has a known start date.
tariff-rates-current = Rátaí dleachta atá i bhfeidhm
# The same with the day the rates shown began (the latest start of a value in force), not the build's date:
# the page then stays the same from day to day until what is in force changes.
tariff-rates-since = Rátaí dleachta atá i bhfeidhm ó { $date }
tariff-rates-from = Rátaí dleachta ó { $date }
tariff-rates-until = Rátaí dleachta go dtí { $date } agus an lá sin san áireamh
# A scheduled rate beside the one in force: "10% from 1 January 2027".
tariff-rate-from = { $rate } ó { $date }
tariff-line-not-yet = Níl an líne seo i bhfeidhm fós: beidh feidhm aici ó { $date }.
tariff-line-ended = Níl an líne seo i bhfeidhm a thuilleadh: ba é { $date } an lá deireanach di.
tariff-line-ending = Tá an líne seo i bhfeidhm go dtí { $date }: is é sin an lá deireanach di.
tariff-replaced-by = Ó { $date }, cuirtear na línte seo a leanas in ionad na líne seo:
tariff-replaces = Ó { $date }, cuirtear an líne seo in ionad na línte seo a leanas:
tariff-timeline = Rátaí le himeacht ama
tariff-timeline-column = Colún
tariff-timeline-rate = Ráta
tariff-timeline-from = Ó
tariff-timeline-to = Go
tariff-timeline-state = Stádas
tariff-state-past = Caite
tariff-state-in_force = I bhfeidhm
tariff-state-scheduled = Sceidealaithe
tariff-level-heading = Ceannteideal
tariff-level-subheading = Fo-cheannteideal
tariff-level-national_line = Líne taraife náisiúnta
tariff-col-code = Cód
tariff-col-description = Tuairisc
tariff-col-unit = Aonad
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Nóta

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Saor
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, íos. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, uas. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Nós imeachta
kind-fee = Táille nó muirear
kind-measure = Beart
kind-tool = Ionstraim nó uirlis de chuid na hEagraíochta Domhanda Custaim
kind-legal = Téacs dlí
kind-form = Foirm
kind-agency = Gníomhaireacht
kind-notice = Fógra
kind-plural-procedure = Nósanna imeachta
kind-plural-fee = Táillí agus muirir
kind-plural-measure = Bearta: toirmisc, srianta agus ceadúnais
kind-plural-tool = Ionstraimí agus uirlisí de chuid na hEagraíochta Domhanda Custaim
kind-plural-legal = Téacsanna dlí
kind-plural-form = Foirmeacha
kind-plural-agency = Gníomhaireachtaí
kind-plural-notice = Fógraí
backlinks-title = Tagraíonn na leathanaigh seo dó
tariff-what-applies = Cad a bhaineann leis na hearraí seo
footer-enquiry-point = Ceisteanna? Cuir ceist ar an bpointe fiosrúcháin náisiúnta

field-legal-basis = Bunús dlí
field-hs = Earraí lena mbaineann (cóid taraife)
field-direction = Treo
field-agencies = Gníomhaireachtaí rannpháirteacha
field-agency = Gníomhaireacht
field-tools = Caighdeáin idirnáisiúnta a chuirtear i bhfeidhm
field-duration = An t-am is gnách
field-amount = Méid
field-per = Gearrtar
field-reason = An chúis leis an táille
field-authority = Arna gearradh ag
field-payment = Conas íoc
field-published = Foilsithe
field-effective = I bhfeidhm ó
field-effective-proposed = Dáta tosach feidhme molta
field-until = An lá deireanach a ghearrtar an táille
field-acronym = Acrainm
field-category = Réimse
field-status = Stádas
field-issuer = Arna eisiúint ag
field-adopted = Glactha
field-url = Leathanach oifigiúil
field-related = Ionstraimí gaolmhara
field-type = Cineál
field-number = Uimhir
field-signed = Sínithe
field-official-text = Téacs oifigiúil
field-download = Íoslódáil
field-email = Ríomhphost
field-phone = Teileafón
field-address = Seoladh
field-hours = Uaireanta oscailte
field-comment-until = Tuairimí go dtí
field-affects = Bíonn tionchar aige ar

direction-import = Allmhairiú
direction-export = Onnmhairiú
direction-transit = Idirthuras
direction-both = Allmhairiú agus onnmhairiú
direction-other = Nósanna imeachta eile
filter-by-direction = Taispeáin nósanna imeachta le haghaidh

## Procedures

procedure-summary = Achoimre
procedure-steps-count = Céimeanna
procedure-total-time = An t-am iomlán is gnách
procedure-total-fees = Táillí
procedure-fees-more = { $count ->
    [one] móide táille amháin a bhraitheann ar an gcás
    [two] móide dhá tháille a bhraitheann ar an gcás
    [few] móide { $count } tháille a bhraitheann ar an gcás
    [many] móide { $count } dtáille a bhraitheann ar an gcás
   *[other] móide { $count } táille a bhraitheann ar an gcás
}
procedure-fees-varying = { $count ->
    [one] Táille amháin a bhraitheann ar an gcás
    [two] Dhá tháille a bhraitheann ar an gcás
    [few] { $count } tháille a bhraitheann ar an gcás
    [many] { $count } dtáille a bhraitheann ar an gcás
   *[other] { $count } táille a bhraitheann ar an gcás
}
procedure-documents = Doiciméid le hullmhú
procedure-steps = Céim ar chéim
procedure-steps-n = { $count ->
    [0] Níl aon chéim
    [one] Céim amháin
    [two] Dhá chéim
    [few] { $count } chéim
    [many] { $count } gcéim
   *[other] { $count } céim
}
duration-days = { $count ->
    [one] 1 lá
    [two] { $count } lá
    [few] { $count } lá
    [many] { $count } lá
   *[other] { $count } lá
}
duration-hours = { $count ->
    [one] 1 uair an chloig
    [two] { $count } uair an chloig
    [few] { $count } huaire an chloig
    [many] { $count } n-uaire an chloig
   *[other] { $count } uair an chloig
}
duration-minutes = { $count ->
    [one] 1 nóiméad
    [two] { $count } nóiméad
    [few] { $count } nóiméad
    [many] { $count } nóiméad
   *[other] { $count } nóiméad
}
duration-range = ó { $min } go { $max }
duration-join = { $first } agus { $rest }

## Fees

# $money: the amount with its currency as CLDR writes it in the language
# (₫20,000; 20 000 ₫ in French). $amount: the number alone, the language's
# way; $currency: the ISO 4217 code, for a site that prefers `20,000 VND`.
money = { $money }
fee-schedule = Sceideal na dtáillí agus na muirear
fee-tiers = Méideanna
fee-see-tiers = Féach na méideanna
fee-per-declaration = in aghaidh an dearbhaithe
fee-per-consignment = in aghaidh na coinsíneachta
fee-per-container = in aghaidh an choimeádáin
fee-per-certificate = in aghaidh an deimhnithe
fee-per-hour = in aghaidh na huaire
fee-per-application = in aghaidh an iarratais
fee-per-day = in aghaidh an lae
fee-per-page = in aghaidh an leathanaigh
fee-per-item = in aghaidh na míre
# Beside a fee's amounts when the first day of the value in force is not known.
fee-in-force-current = i bhfeidhm
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
fee-in-force-since = i bhfeidhm ó { $date }
# $amount is a formatted amount with its currency, $date a formatted date.
fee-amount-from = { $amount } ó { $date }
fee-changes-on = Athraíonn na méideanna ar { $date }
fee-not-yet = Níl sí i bhfeidhm fós: gearrfar an táille seo ó { $date }.
fee-ended = Níl sí i bhfeidhm a thuilleadh: gearradh an táille seo den uair dheireanach ar { $date }.
fee-state-not-yet = Níl i bhfeidhm fós
fee-state-ended = Níl i bhfeidhm a thuilleadh
fee-timeline = Méideanna le himeacht ama
fee-timeline-tier = Cás
fee-timeline-from = Ó
fee-timeline-to = An lá deireanach
fee-timeline-state = Stádas
fee-value-past = Caite
fee-value-in_force = I bhfeidhm
fee-value-scheduled = Sceidealaithe

## WCO tools

tools-by-category = Réimsí
tool-category-conventions = Coinbhinsiúin agus comhaontuithe
tool-category-facilitation = Éascú trádála
tool-category-security = Slándáil an tslabhra soláthair
tool-category-nomenclature = Aicmiú
tool-category-valuation = Luacháil
tool-category-origin = Tionscnamh
tool-category-enforcement = Forfheidhmiú agus comhlíonadh
tool-category-capacity-building = Cothú acmhainneachta
tool-category-data = Sonraí agus teicneolaíocht
tool-category-revenue = Ioncam
tool-status-contracting-party = Páirtí conarthach
tool-status-applied = Curtha i bhfeidhm
tool-status-in-progress = Á chur i bhfeidhm
tool-status-not-applied = Gan cur i bhfeidhm
tool-status-reference = Tagairt

## Measures, legal texts, notices

measure-type-prohibition = Toirmeasc
measure-type-restriction = Srian
measure-type-licence = Ceadúnas nó cead
measure-type-sps = Bearta sláintíochta agus fíteashláintíochta
measure-type-tbt = Ceanglas teicniúil
measure-type-quota = Cuóta
measure-type-other = Beart eile
legal-type-law = Dlí
legal-type-decree = Foraithne
legal-type-circular = Imlitir
legal-type-ruling = Rialú
legal-type-agreement = Comhaontú idirnáisiúnta
notice-status-draft-for-comment = Oscailte le haghaidh tuairimí
notice-status-adopted = Glactha
notice-status-in-force = I bhfeidhm
notice-status-repealed = Aisghairthe
notice-consultation-open = Tá an dréacht seo oscailte le haghaidh tuairimí go dtí { $date }. Seol do thuairimí chuig

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [0] Níl aon mhír ar iarraidh ar an suíomh seo.
    [one] Tá mír amháin nach bhfuil foilsithe fós ar an suíomh seo.
    [two] Tá dhá mhír nach bhfuil foilsithe fós ar an suíomh seo.
    [few] Tá { $count } mhír nach bhfuil foilsithe fós ar an suíomh seo.
    [many] Tá { $count } mír nach bhfuil foilsithe fós ar an suíomh seo.
   *[other] Tá { $count } mír nach bhfuil foilsithe fós ar an suíomh seo.
}
tfa-not-covered = Níl foilsithe fós
tfa-1-1-a = Nósanna imeachta allmhairithe, onnmhairithe agus idirthurais, agus na foirmeacha agus na doiciméid is gá
tfa-1-1-b = Na rátaí dleachtanna agus cánacha a chuirtear i bhfeidhm
tfa-1-1-c = Táillí agus muirir
tfa-1-1-d = Rialacha maidir le táirgí a aicmiú nó a luacháil
tfa-1-1-e = Dlíthe, rialacháin agus rialuithe a bhaineann le rialacha tionscnaimh
tfa-1-1-f = Srianta nó toirmisc ar allmhairiú, ar onnmhairiú nó ar idirthuras
tfa-1-1-g = Forálacha pionóis
tfa-1-1-h = Nósanna imeachta achomhairc nó athbhreithnithe
tfa-1-1-i = Comhaontuithe le tíortha eile a bhaineann le hallmhairiú, le honnmhairiú nó le hidirthuras
tfa-1-1-j = Nósanna imeachta chun cuótaí taraife a riar
tfa-1-2 = Faisnéis atá ar fáil tríd an idirlíon
tfa-1-3 = Pointí fiosrúcháin

filter-all = Uile
tools-filter-status = Taispeáin ionstraimí de réir a stádais sa riarachán seo

## Search

search-title = Cuardach
search-label = Cuardaigh an suíomh
search-placeholder = Earraí, cód, nós imeachta, táille…
search-button = Cuardaigh
search-kind = Taispeáin
search-kind-all = Gach rud
search-kind-tariff = Cóid taraife
search-kind-page = Leathanaigh eile
search-hint = Clóscríobh focail in aon fhoirm, nó cód taraife le poncanna nó gan iad ({ $code }).
search-needs-script = Tá JavaScript ag teastáil don chuardach. Ina ionad sin, brabhsáil an taraif de réir roinne agus caibidle.
search-count = Torthaí:
search-chapter = Caibidil taraife
search-none = Níl aon toradh ar “{ $query }”.
search-note-code = Níl aon chód { $asked } ann. { $found } á thaispeáint.
search-note-typo = Níl aon toradh ar “{ $asked }”. Torthaí ar “{ $found }” á dtaispeáint.
search-result-tariff = Cód taraife
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = dleacht dleachtanna custaim taraif ráta
search-previous = Roimhe seo
search-next = Ar aghaidh

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
