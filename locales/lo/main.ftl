# UI strings of the default theme, Lao.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = ຂ້າມໄປຫາເນື້ອໃນຫຼັກ
language-switcher = ພາສາ
main-navigation = ເມນູຫຼັກ
breadcrumb = ທ່ານຢູ່ທີ່ນີ້
footer-navigation = ກ່ຽວກັບເວັບໄຊນີ້
footer-published-by = ເຜີຍແຜ່ໂດຍ { $site }.

## Dates

last-updated = ປັບປຸງຫຼ້າສຸດ:
published = ວັນທີເຜີຍແຜ່:

## Translations

notice-untranslated = ໜ້ານີ້ຍັງບໍ່ທັນໄດ້ແປ. ສະແດງເປັນພາສາຕົ້ນສະບັບ ({ $original }).
notice-stale = ການແປນີ້ອາດບໍ່ເປັນປັດຈຸບັນ: ສະບັບພາສາຕົ້ນສະບັບ ({ $original }) ໄດ້ຖືກປັບປຸງໃນວັນທີ { $date }.
notice-read-original = ອ່ານສະບັບພາສາຕົ້ນສະບັບ ({ $original }).

## Sections and pages

on-this-page = ໃນໜ້ານີ້
in-this-section = { $count ->
   *[other] ພາກສ່ວນນີ້ມີ { $count } ໜ້າ
}
home-explore = ສຳຫຼວດເວັບໄຊ

## Errors and redirects

not-found-title = ບໍ່ພົບໜ້າທີ່ຕ້ອງການ
not-found-text = ໜ້າທີ່ທ່ານຮ້ອງຂໍບໍ່ມີຢູ່ ຫຼື ໄດ້ຖືກຍ້າຍໄປແລ້ວ. ກະລຸນາກວດສອບທີ່ຢູ່ ຫຼື ເລີ່ມຕົ້ນໃໝ່ຈາກໜ້າຫຼັກ.
not-found-home = ໄປທີ່ໜ້າຫຼັກ
redirect-title = ໜ້ານີ້ໄດ້ຖືກຍ້າຍແລ້ວ
redirect-link = ໄປທີ່ທີ່ຢູ່ໃໝ່ຂອງໜ້ານີ້

## Language chooser

chooser-intro = ກະລຸນາເລືອກພາສາຂອງທ່ານ.

## Tariff

tariff-sections = ພາກ
tariff-section = ພາກ { $number }
tariff-other-chapters = ໝວດອື່ນໆ
tariff-chapter = ໝວດ { $number }
tariff-chapter-notes-of = ໝາຍເຫດຂອງໝວດ { $number }
tariff-see-chapter = ເບິ່ງໝວດ { $number } ທັງໝົດ
tariff-lines = ລາຍການພິກັດ
tariff-lines-under = ລາຍການພິກັດພາຍໃຕ້ { $code }
tariff-table-hint = ເລືອກລະຫັດເພື່ອເບິ່ງອັດຕາພາສີ ແລະ ລະບຽບການທີ່ນຳໃຊ້.
tariff-no-rate = ບໍ່ມີ
tariff-rates-current = ອັດຕາພາສີທີ່ມີຜົນບັງຄັບໃຊ້
tariff-rates-since = ອັດຕາພາສີທີ່ມີຜົນບັງຄັບໃຊ້ຕັ້ງແຕ່ວັນທີ { $date }
tariff-rates-from = ອັດຕາພາສີແຕ່ວັນທີ { $date }
tariff-rates-until = ອັດຕາພາສີເຖິງວັນທີ { $date }
tariff-rate-from = { $rate } ແຕ່ວັນທີ { $date }
tariff-line-not-yet = ລາຍການພິກັດນີ້ຍັງບໍ່ທັນມີຜົນບັງຄັບໃຊ້: ຈະນຳໃຊ້ແຕ່ວັນທີ { $date }.
tariff-line-ended = ລາຍການພິກັດນີ້ໝົດຜົນບັງຄັບໃຊ້ແລ້ວ: ວັນສຸດທ້າຍແມ່ນ { $date }.
tariff-line-ending = ລາຍການພິກັດນີ້ມີຜົນບັງຄັບໃຊ້ເຖິງວັນທີ { $date } ເຊິ່ງເປັນວັນສຸດທ້າຍ.
tariff-replaced-by = ແຕ່ວັນທີ { $date } ລາຍການພິກັດນີ້ຖືກປ່ຽນແທນດ້ວຍ:
tariff-replaces = ແຕ່ວັນທີ { $date } ລາຍການພິກັດນີ້ປ່ຽນແທນ:
tariff-timeline = ອັດຕາຕາມໄລຍະເວລາ
tariff-timeline-column = ຖັນ
tariff-timeline-rate = ອັດຕາ
tariff-timeline-from = ວັນທີເລີ່ມ
tariff-timeline-to = ວັນທີສິ້ນສຸດ
tariff-timeline-state = ສະຖານະ
tariff-state-past = ໝົດຜົນແລ້ວ
tariff-state-in_force = ມີຜົນບັງຄັບໃຊ້
tariff-state-scheduled = ກຳນົດໄວ້
tariff-level-heading = ຫົວຂໍ້
tariff-level-subheading = ຫົວຂໍ້ຍ່ອຍ
tariff-level-national_line = ລາຍການພິກັດແຫ່ງຊາດ
tariff-col-code = ລະຫັດ
tariff-col-description = ລາຍລະອຽດສິນຄ້າ
tariff-col-unit = ຫົວໜ່ວຍ
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = ໝາຍເຫດ

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = ຍົກເວັ້ນພາສີ
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, ຕໍ່າສຸດ { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, ສູງສຸດ { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = ຂັ້ນຕອນ
kind-fee = ຄ່າທຳນຽມ ຫຼື ຄ່າບໍລິການ
kind-measure = ມາດຕະການ
kind-tool = ເອກະສານ ຫຼື ເຄື່ອງມືຂອງອົງການພາສີໂລກ
kind-legal = ນິຕິກຳ
kind-form = ແບບຟອມ
kind-agency = ໜ່ວຍງານ
kind-notice = ແຈ້ງການ
kind-plural-procedure = ຂັ້ນຕອນ
kind-plural-fee = ຄ່າທຳນຽມ ແລະ ຄ່າບໍລິການ
kind-plural-measure = ມາດຕະການ: ການຫ້າມ, ການຈຳກັດ ແລະ ໃບອະນຸຍາດ
kind-plural-tool = ເອກະສານ ແລະ ເຄື່ອງມືຂອງອົງການພາສີໂລກ
kind-plural-legal = ນິຕິກຳ
kind-plural-form = ແບບຟອມ
kind-plural-agency = ໜ່ວຍງານ
kind-plural-notice = ແຈ້ງການ
backlinks-title = ອ້າງອີງໂດຍ
tariff-what-applies = ສິ່ງທີ່ນຳໃຊ້ກັບສິນຄ້າເຫຼົ່ານີ້
footer-enquiry-point = ມີຄຳຖາມບໍ? ສອບຖາມໄດ້ທີ່ຈຸດບໍລິການຂໍ້ມູນແຫ່ງຊາດ

field-legal-basis = ພື້ນຖານທາງກົດໝາຍ
field-hs = ສິນຄ້າທີ່ກ່ຽວຂ້ອງ (ລະຫັດພິກັດ)
field-direction = ປະເພດທຸລະກຳ
field-agencies = ໜ່ວຍງານທີ່ກ່ຽວຂ້ອງ
field-agency = ໜ່ວຍງານ
field-tools = ມາດຕະຖານສາກົນທີ່ນຳໃຊ້
field-duration = ໄລຍະເວລາປົກກະຕິ
field-amount = ຈຳນວນເງິນ
field-per = ຫົວໜ່ວຍການເກັບ
field-reason = ເຫດຜົນຂອງການເກັບຄ່າທຳນຽມ
field-authority = ເກັບໂດຍ
field-payment = ວິທີການຊຳລະ
field-published = ວັນທີເຜີຍແຜ່
field-effective = ມີຜົນບັງຄັບໃຊ້ແຕ່
field-effective-proposed = ວັນທີສະເໜີໃຫ້ມີຜົນບັງຄັບໃຊ້
field-until = ວັນສຸດທ້າຍຂອງການເກັບ
field-acronym = ຕົວຫຍໍ້
field-category = ຂົງເຂດ
field-status = ສະຖານະ
field-issuer = ອອກໂດຍ
field-adopted = ວັນທີຮັບຮອງ
field-url = ໜ້າເວັບທາງການ
field-related = ເອກະສານທີ່ກ່ຽວຂ້ອງ
field-type = ປະເພດ
field-number = ເລກທີ
field-signed = ວັນທີລົງນາມ
field-official-text = ສະບັບທາງການ
field-download = ດາວໂຫຼດ
field-email = ອີເມວ
field-phone = ໂທລະສັບ
field-address = ທີ່ຢູ່
field-hours = ເວລາເຮັດການ
field-comment-until = ຮັບຄຳເຫັນຮອດວັນທີ
field-affects = ກ່ຽວຂ້ອງກັບ

direction-import = ການນຳເຂົ້າ
direction-export = ການສົ່ງອອກ
direction-transit = ການຜ່ານແດນ
direction-both = ການນຳເຂົ້າ ແລະ ສົ່ງອອກ
direction-other = ຂັ້ນຕອນອື່ນໆ
filter-by-direction = ສະແດງຂັ້ນຕອນສຳລັບ

## Procedures

procedure-summary = ສະຫຼຸບໂດຍຫຍໍ້
procedure-steps-count = ຈຳນວນຂັ້ນຕອນ
procedure-total-time = ໄລຍະເວລາລວມປົກກະຕິ
procedure-total-fees = ຄ່າທຳນຽມ
procedure-fees-more = { $count ->
   *[other] ແລະ ຄ່າທຳນຽມອີກ { $count } ລາຍການ ຂຶ້ນກັບແຕ່ລະກໍລະນີ
}
procedure-fees-varying = { $count ->
   *[other] ຄ່າທຳນຽມ { $count } ລາຍການ ຂຶ້ນກັບແຕ່ລະກໍລະນີ
}
procedure-documents = ເອກະສານທີ່ຕ້ອງກະກຽມ
procedure-steps = ແຕ່ລະຂັ້ນຕອນ
procedure-steps-n = { $count ->
   *[other] { $count } ຂັ້ນຕອນ
}
duration-days = { $count ->
   *[other] { $count } ມື້
}
duration-hours = { $count ->
   *[other] { $count } ຊົ່ວໂມງ
}
duration-minutes = { $count ->
   *[other] { $count } ນາທີ
}
duration-range = ແຕ່ { $min } ຫາ { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = ຕາຕະລາງຄ່າທຳນຽມ ແລະ ຄ່າບໍລິການ
fee-tiers = ຈຳນວນເງິນ
fee-see-tiers = ເບິ່ງຈຳນວນເງິນ
fee-per-declaration = ຕໍ່ໃບແຈ້ງພາສີ
fee-per-consignment = ຕໍ່ການຂົນສົ່ງ
fee-per-container = ຕໍ່ຕູ້ຄອນເທນເນີ
fee-per-certificate = ຕໍ່ໃບຢັ້ງຢືນ
fee-per-hour = ຕໍ່ຊົ່ວໂມງ
fee-per-application = ຕໍ່ຄຳຮ້ອງ
fee-per-day = ຕໍ່ມື້
fee-per-page = ຕໍ່ໜ້າ
fee-per-item = ຕໍ່ລາຍການ
fee-in-force-current = ມີຜົນບັງຄັບໃຊ້
fee-in-force-since = ມີຜົນບັງຄັບໃຊ້ຕັ້ງແຕ່ວັນທີ { $date }
fee-amount-from = { $amount } ແຕ່ວັນທີ { $date }
fee-changes-on = ຈຳນວນເງິນປ່ຽນແປງໃນວັນທີ { $date }
fee-not-yet = ຍັງບໍ່ທັນມີຜົນບັງຄັບໃຊ້: ຄ່າທຳນຽມນີ້ຈະເກັບແຕ່ວັນທີ { $date }.
fee-ended = ໝົດຜົນບັງຄັບໃຊ້ແລ້ວ: ຄ່າທຳນຽມນີ້ເກັບຄັ້ງສຸດທ້າຍໃນວັນທີ { $date }.
fee-state-not-yet = ຍັງບໍ່ທັນມີຜົນບັງຄັບໃຊ້
fee-state-ended = ໝົດຜົນບັງຄັບໃຊ້ແລ້ວ
fee-timeline = ຈຳນວນເງິນຕາມໄລຍະເວລາ
fee-timeline-tier = ກໍລະນີ
fee-timeline-from = ວັນທີເລີ່ມ
fee-timeline-to = ວັນສຸດທ້າຍ
fee-timeline-state = ສະຖານະ
fee-value-past = ໝົດຜົນແລ້ວ
fee-value-in_force = ມີຜົນບັງຄັບໃຊ້
fee-value-scheduled = ກຳນົດໄວ້

## WCO tools

tools-by-category = ຂົງເຂດ
tool-category-conventions = ສົນທິສັນຍາ ແລະ ສັນຍາ
tool-category-facilitation = ການອຳນວຍຄວາມສະດວກທາງການຄ້າ
tool-category-security = ຄວາມປອດໄພຂອງລະບົບຕ່ອງໂສ້ການສະໜອງ
tool-category-nomenclature = ການຈັດພິກັດ
tool-category-valuation = ການຕີລາຄາພາສີ
tool-category-origin = ແຫຼ່ງກຳເນີດສິນຄ້າ
tool-category-enforcement = ການບັງຄັບໃຊ້ກົດໝາຍ ແລະ ການປະຕິບັດຕາມ
tool-category-capacity-building = ການເສີມສ້າງຄວາມສາມາດ
tool-category-data = ຂໍ້ມູນ ແລະ ເຕັກໂນໂລຊີ
tool-category-revenue = ລາຍຮັບ
tool-status-contracting-party = ພາຄີສັນຍາ
tool-status-applied = ນຳໃຊ້ແລ້ວ
tool-status-in-progress = ກຳລັງຈັດຕັ້ງປະຕິບັດ
tool-status-not-applied = ຍັງບໍ່ໄດ້ນຳໃຊ້
tool-status-reference = ເອກະສານອ້າງອີງ

## Measures, legal texts, notices

measure-type-prohibition = ການຫ້າມ
measure-type-restriction = ການຈຳກັດ
measure-type-licence = ໃບອະນຸຍາດ
measure-type-sps = ສຸຂານາໄມ ແລະ ສຸຂານາໄມພືດ
measure-type-tbt = ຂໍ້ກຳນົດທາງເຕັກນິກ
measure-type-quota = ໂກຕາ
measure-type-other = ມາດຕະການອື່ນ
legal-type-law = ກົດໝາຍ
legal-type-decree = ດຳລັດ
legal-type-circular = ໜັງສືແຈ້ງການ
legal-type-ruling = ຄຳຕັດສິນ
legal-type-agreement = ສັນຍາສາກົນ
notice-status-draft-for-comment = ເປີດຮັບຄຳເຫັນ
notice-status-adopted = ຮັບຮອງແລ້ວ
notice-status-in-force = ມີຜົນບັງຄັບໃຊ້
notice-status-repealed = ຍົກເລີກແລ້ວ
notice-consultation-open = ຮ່າງນີ້ເປີດຮັບຄຳເຫັນຮອດວັນທີ { $date }. ກະລຸນາສົ່ງຄຳເຫັນຂອງທ່ານໄປທີ່

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
   *[other] ມີ { $count } ລາຍການທີ່ຍັງບໍ່ທັນໄດ້ເຜີຍແຜ່ໃນເວັບໄຊນີ້.
}
tfa-not-covered = ຍັງບໍ່ທັນເຜີຍແຜ່
tfa-1-1-a = ຂັ້ນຕອນການນຳເຂົ້າ, ສົ່ງອອກ ແລະ ຜ່ານແດນ, ພ້ອມທັງແບບຟອມ ແລະ ເອກະສານທີ່ກຳນົດ
tfa-1-1-b = ອັດຕາພາສີ ແລະ ອາກອນທີ່ນຳໃຊ້
tfa-1-1-c = ຄ່າທຳນຽມ ແລະ ຄ່າບໍລິການ
tfa-1-1-d = ລະບຽບການຈັດພິກັດ ຫຼື ການຕີລາຄາພາສີຂອງສິນຄ້າ
tfa-1-1-e = ກົດໝາຍ, ລະບຽບການ ແລະ ຄຳຕັດສິນກ່ຽວກັບກົດລະບຽບແຫຼ່ງກຳເນີດສິນຄ້າ
tfa-1-1-f = ການຈຳກັດ ຫຼື ການຫ້າມນຳເຂົ້າ, ສົ່ງອອກ ຫຼື ຜ່ານແດນ
tfa-1-1-g = ບົດບັນຍັດກ່ຽວກັບການລົງໂທດ
tfa-1-1-h = ຂັ້ນຕອນການອຸທອນ ຫຼື ການທົບທວນ
tfa-1-1-i = ສັນຍາກັບປະເທດອື່ນກ່ຽວກັບການນຳເຂົ້າ, ສົ່ງອອກ ຫຼື ຜ່ານແດນ
tfa-1-1-j = ຂັ້ນຕອນການຄຸ້ມຄອງໂກຕາພາສີ
tfa-1-2 = ຂໍ້ມູນທີ່ມີຢູ່ທາງອິນເຕີເນັດ
tfa-1-3 = ຈຸດບໍລິການຂໍ້ມູນ

filter-all = ທັງໝົດ
tools-filter-status = ສະແດງເອກະສານຕາມສະຖານະການນຳໃຊ້ຂອງອົງການນີ້

## Search

search-title = ຄົ້ນຫາ
search-label = ຄົ້ນຫາໃນເວັບໄຊ
search-placeholder = ສິນຄ້າ, ລະຫັດ, ຂັ້ນຕອນ, ຄ່າທຳນຽມ…
search-button = ຄົ້ນຫາ
search-kind = ສະແດງ
search-kind-all = ທັງໝົດ
search-kind-tariff = ລະຫັດພິກັດ
search-kind-page = ໜ້າອື່ນໆ
search-hint = ພິມຄຳໃນຮູບແບບໃດກໍໄດ້ ຫຼື ລະຫັດພິກັດທີ່ມີ ຫຼື ບໍ່ມີຈຸດ ({ $code }).
search-needs-script = ການຄົ້ນຫາຕ້ອງໃຊ້ JavaScript. ທ່ານສາມາດເບິ່ງພິກັດຕາມພາກ ແລະ ໝວດແທນໄດ້.
search-count = ຜົນການຄົ້ນຫາ:
search-chapter = ໝວດຂອງພິກັດ
search-none = ບໍ່ພົບຜົນໄດ້ຮັບສຳລັບ “{ $query }”
search-note-code = ບໍ່ມີລະຫັດ { $asked }. ສະແດງ { $found }.
search-note-typo = ບໍ່ພົບຜົນໄດ້ຮັບສຳລັບ “{ $asked }”. ສະແດງຜົນໄດ້ຮັບສຳລັບ “{ $found }”.
search-result-tariff = ລະຫັດພາສີ
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = ພາສີ ອັດຕາພາສີ ພິກັດ ອັດຕາ ອາກອນ ອາກອນຂາເຂົ້າ
search-previous = ກ່ອນໜ້າ
search-next = ຕໍ່ໄປ

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
