# UI strings of the default theme, Filipino.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Lumaktaw sa pangunahing nilalaman
language-switcher = Wika
main-navigation = Pangunahing menu
breadcrumb = Narito ka
footer-navigation = Tungkol sa site na ito
footer-published-by = Inilathala ng { $site }.

## Dates

last-updated = Huling binago:
published = Petsa ng paglalathala:

## Translations

notice-untranslated = Hindi pa naisasalin ang pahinang ito. Ipinapakita ito sa orihinal na wika ({ $original }).
notice-stale = Maaaring hindi na napapanahon ang salin na ito: binago ang orihinal na bersiyon ({ $original }) noong { $date }.
notice-read-original = Basahin ang orihinal na bersiyon ({ $original }).

## Sections and pages

on-this-page = Sa pahinang ito
in-this-section = { $count ->
    [1] Isang pahina sa seksiyong ito
    [one] { $count } pahina sa seksiyong ito
   *[other] { $count } pahina sa seksiyong ito
}
home-explore = Tuklasin ang site

## Errors and redirects

not-found-title = Hindi nakita ang pahina
not-found-text = Ang pahinang hinahanap mo ay wala o nailipat na. Suriin ang address, o magsimulang muli mula sa home page.
not-found-home = Pumunta sa home page
redirect-title = Nailipat na ang pahinang ito
redirect-link = Pumunta sa bagong address ng pahinang ito

## Language chooser

chooser-intro = Piliin ang iyong wika.

## Tariff

tariff-sections = Mga seksiyon
tariff-section = Seksiyon { $number }
tariff-other-chapters = Iba pang kabanata
tariff-chapter = Kabanata { $number }
tariff-chapter-notes-of = Mga tala sa Kabanata { $number }
tariff-see-chapter = Tingnan ang buong Kabanata { $number }
tariff-lines = Mga linya ng taripa
tariff-lines-under = Mga linya sa ilalim ng { $code }
tariff-table-hint = Pumili ng code upang makita ang mga rate nito at ang mga tuntuning umiiral dito.
tariff-no-rate = Wala
tariff-rates-current = Mga rate ng taripa na umiiral
tariff-rates-since = Mga rate ng taripa na umiiral mula { $date }
tariff-rates-from = Mga rate ng taripa simula { $date }
tariff-rates-until = Mga rate ng taripa hanggang { $date }
tariff-rate-from = { $rate } simula { $date }
tariff-line-not-yet = Hindi pa umiiral ang linyang ito: ipatutupad ito simula { $date }.
tariff-line-ended = Hindi na umiiral ang linyang ito: ang huling araw nito ay { $date }.
tariff-line-ending = Umiiral ang linyang ito hanggang { $date }, ang huling araw nito.
tariff-replaced-by = Simula { $date }, papalitan ang linyang ito ng mga sumusunod:
tariff-replaces = Simula { $date }, papalitan ng linyang ito ang mga sumusunod:
tariff-timeline = Mga rate sa paglipas ng panahon
tariff-timeline-column = Hanay
tariff-timeline-rate = Rate
tariff-timeline-from = Mula
tariff-timeline-to = Hanggang
tariff-timeline-state = Katayuan
tariff-state-past = Nakaraan
tariff-state-in_force = Umiiral
tariff-state-scheduled = Nakatakda
tariff-level-heading = Heading
tariff-level-subheading = Subheading
tariff-level-national_line = Pambansang linya ng taripa
tariff-col-code = Code
tariff-col-description = Paglalarawan
tariff-col-unit = Yunit
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Tala

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Libre
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, min. { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, max. { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Pamamaraan
kind-fee = Bayarin o singil
kind-measure = Hakbanging pangkalakalan
kind-tool = Instrumento o kasangkapan ng WCO
kind-legal = Legal na teksto
kind-form = Form
kind-agency = Ahensiya
kind-notice = Paunawa
kind-plural-procedure = Mga pamamaraan
kind-plural-fee = Mga bayarin at singil
kind-plural-measure = Mga hakbanging pangkalakalan: pagbabawal, paghihigpit at lisensiya
kind-plural-tool = Mga instrumento at kasangkapan ng WCO
kind-plural-legal = Mga legal na teksto
kind-plural-form = Mga form
kind-plural-agency = Mga ahensiya
kind-plural-notice = Mga paunawa
backlinks-title = Binanggit sa
tariff-what-applies = Mga umiiral sa mga kalakal na ito
footer-enquiry-point = May tanong? Sumangguni sa pambansang enquiry point

field-legal-basis = Batayang legal
field-hs = Mga kalakal na saklaw (mga code ng taripa)
field-direction = Uri ng transaksiyon
field-agencies = Mga kasangkot na ahensiya
field-agency = Ahensiya
field-tools = Mga internasyonal na pamantayang ipinatutupad
field-duration = Karaniwang tagal
field-amount = Halaga
field-per = Sinisingil bawat
field-reason = Dahilan ng paniningil
field-authority = Sinisingil ng
field-payment = Paraan ng pagbabayad
field-published = Petsa ng paglalathala
field-effective = Umiiral mula
field-effective-proposed = Iminumungkahing petsa ng pagkakabisa
field-until = Huling araw ng paniningil
field-acronym = Akronim
field-category = Larangan
field-status = Katayuan
field-issuer = Inilabas ng
field-adopted = Petsa ng pagpapatibay
field-url = Opisyal na pahina
field-related = Mga kaugnay na instrumento
field-type = Uri
field-number = Numero
field-signed = Petsa ng paglagda
field-official-text = Opisyal na teksto
field-download = I-download
field-email = Email
field-phone = Telepono
field-address = Tirahan
field-hours = Oras ng serbisyo
field-comment-until = Tumatanggap ng komento hanggang
field-affects = Saklaw

direction-import = Pag-aangkat
direction-export = Pagluluwas
direction-transit = Transit
direction-both = Pag-aangkat at pagluluwas
direction-other = Iba pang pamamaraan
filter-by-direction = Ipakita ang mga pamamaraan para sa

## Procedures

procedure-summary = Buod
procedure-steps-count = Bilang ng hakbang
procedure-total-time = Karaniwang kabuuang tagal
procedure-total-fees = Mga bayarin
procedure-fees-more = { $count ->
    [1] at isa pang bayaring nakadepende sa kaso
    [one] at { $count } pang bayaring nakadepende sa kaso
   *[other] at { $count } pang bayaring nakadepende sa kaso
}
procedure-fees-varying = { $count ->
    [1] Isang bayaring nakadepende sa kaso
    [one] { $count } bayaring nakadepende sa kaso
   *[other] { $count } bayaring nakadepende sa kaso
}
procedure-documents = Mga dokumentong ihahanda
procedure-steps = Hakbang-hakbang
procedure-steps-n = { $count ->
    [1] Isang hakbang
    [one] { $count } hakbang
   *[other] { $count } hakbang
}
duration-days = { $count ->
    [one] { $count } araw
   *[other] { $count } araw
}
duration-hours = { $count ->
    [one] { $count } oras
   *[other] { $count } oras
}
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuto
}
duration-range = { $min } hanggang { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Talaan ng mga bayarin at singil
fee-tiers = Mga halaga
fee-see-tiers = Tingnan ang mga halaga
fee-per-declaration = bawat deklarasyon
fee-per-consignment = bawat kargamento
fee-per-container = bawat container
fee-per-certificate = bawat sertipiko
fee-per-hour = bawat oras
fee-per-application = bawat aplikasyon
fee-per-day = bawat araw
fee-per-page = bawat pahina
fee-per-item = bawat piraso
fee-in-force-current = umiiral
fee-in-force-since = umiiral mula { $date }
fee-amount-from = { $amount } simula { $date }
fee-changes-on = Magbabago ang mga halaga sa { $date }
fee-not-yet = Hindi pa umiiral: sisingilin ang bayaring ito simula { $date }.
fee-ended = Hindi na umiiral: huling siningil ang bayaring ito noong { $date }.
fee-state-not-yet = Hindi pa umiiral
fee-state-ended = Hindi na umiiral
fee-timeline = Mga halaga sa paglipas ng panahon
fee-timeline-tier = Kaso
fee-timeline-from = Mula
fee-timeline-to = Huling araw
fee-timeline-state = Katayuan
fee-value-past = Nakaraan
fee-value-in_force = Umiiral
fee-value-scheduled = Nakatakda

## WCO tools

tools-by-category = Mga larangan
tool-category-conventions = Mga kumbensiyon at kasunduan
tool-category-facilitation = Pagpapadali ng kalakalan
tool-category-security = Seguridad ng supply chain
tool-category-nomenclature = Klasipikasyon
tool-category-valuation = Pagtatasa ng halaga
tool-category-origin = Pinagmulan
tool-category-enforcement = Pagpapatupad at pagsunod
tool-category-capacity-building = Pagpapaunlad ng kakayahan
tool-category-data = Datos at teknolohiya
tool-category-revenue = Kita
tool-status-contracting-party = Kasaping partido
tool-status-applied = Ipinatutupad
tool-status-in-progress = Inihahanda ang pagpapatupad
tool-status-not-applied = Hindi ipinatutupad
tool-status-reference = Sanggunian

## Measures, legal texts, notices

measure-type-prohibition = Pagbabawal
measure-type-restriction = Paghihigpit
measure-type-licence = Lisensiya o permit
measure-type-sps = Sanitary at phytosanitary
measure-type-tbt = Teknikal na kahingian
measure-type-quota = Kota
measure-type-other = Iba pang hakbangin
legal-type-law = Batas
legal-type-decree = Dekreto
legal-type-circular = Sirkular
legal-type-ruling = Pasya
legal-type-agreement = Internasyonal na kasunduan
notice-status-draft-for-comment = Bukas para sa komento
notice-status-adopted = Pinagtibay
notice-status-in-force = Umiiral
notice-status-repealed = Pinawalang-bisa
notice-consultation-open = Bukas para sa komento ang burador na ito hanggang { $date }. Ipadala ang inyong komento sa

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [1] May isang bagay na hindi pa nailalathala sa site na ito.
    [one] May { $count } bagay na hindi pa nailalathala sa site na ito.
   *[other] May { $count } bagay na hindi pa nailalathala sa site na ito.
}
tfa-not-covered = Hindi pa nailalathala
tfa-1-1-a = Mga pamamaraan sa pag-aangkat, pagluluwas at transit, at ang mga kinakailangang form at dokumento
tfa-1-1-b = Mga umiiral na rate ng taripa at buwis
tfa-1-1-c = Mga bayarin at singil
tfa-1-1-d = Mga tuntunin sa klasipikasyon o pagtatasa ng halaga ng mga produkto
tfa-1-1-e = Mga batas, regulasyon at pasya tungkol sa mga tuntunin ng pinagmulan
tfa-1-1-f = Mga paghihigpit o pagbabawal sa pag-aangkat, pagluluwas o transit
tfa-1-1-g = Mga probisyon sa parusa
tfa-1-1-h = Mga pamamaraan ng apela o pagrepaso
tfa-1-1-i = Mga kasunduan sa ibang bansa tungkol sa pag-aangkat, pagluluwas o transit
tfa-1-1-j = Mga pamamaraan sa pangangasiwa ng tariff quota
tfa-1-2 = Impormasyong makukuha sa internet
tfa-1-3 = Mga enquiry point

filter-all = Lahat
tools-filter-status = Ipakita ang mga instrumento ayon sa katayuan nito sa administrasyong ito

## Search

search-title = Maghanap
search-label = Maghanap sa site
search-placeholder = Kalakal, code, pamamaraan, bayarin…
search-button = Maghanap
search-kind = Ipakita
search-kind-all = Lahat
search-kind-tariff = Mga code ng taripa
search-kind-page = Iba pang pahina
search-hint = Mag-type ng mga salita sa anumang anyo, o ng code ng taripa na may tuldok o wala ({ $code }).
search-needs-script = Kailangan ng JavaScript sa paghahanap. Maaari ring tingnan ang taripa ayon sa seksiyon at kabanata.
search-count = Mga resulta:
search-chapter = Kabanata ng taripa
search-none = Walang resulta para sa “{ $query }”.
search-note-code = Walang code na { $asked }. Ipinapakita ang { $found }.
search-note-typo = Walang resulta para sa “{ $asked }”. Ipinapakita ang mga resulta para sa “{ $found }”.
search-result-tariff = Tariff code
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = taripa buwis adwana duty rate
search-previous = Nakaraan
search-next = Susunod

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
