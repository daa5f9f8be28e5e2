# UI strings of the default theme, Thai.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = ข้ามไปยังเนื้อหาหลัก
language-switcher = ภาษา
main-navigation = เมนูหลัก
breadcrumb = ตำแหน่งปัจจุบัน
footer-navigation = เกี่ยวกับเว็บไซต์นี้
footer-published-by = เผยแพร่โดย { $site }

## Dates

last-updated = ปรับปรุงล่าสุด:
published = วันที่เผยแพร่:

## Translations

notice-untranslated = หน้านี้ยังไม่ได้รับการแปล จึงแสดงเป็นภาษาต้นฉบับ ({ $original })
notice-stale = คำแปลนี้อาจไม่เป็นปัจจุบัน เนื่องจากฉบับภาษาต้นฉบับ ({ $original }) ได้รับการปรับปรุงเมื่อ { $date }
notice-read-original = อ่านฉบับภาษาต้นฉบับ ({ $original })

## Sections and pages

on-this-page = ในหน้านี้
in-this-section = { $count ->
   *[other] หมวดนี้มี { $count } หน้า
}
home-explore = สำรวจเว็บไซต์

## Errors and redirects

not-found-title = ไม่พบหน้าที่ต้องการ
not-found-text = หน้าที่ท่านเรียกไม่มีอยู่หรือถูกย้ายแล้ว โปรดตรวจสอบที่อยู่ หรือเริ่มต้นใหม่จากหน้าแรก
not-found-home = ไปยังหน้าแรก
redirect-title = หน้านี้ถูกย้ายแล้ว
redirect-link = ไปยังที่อยู่ใหม่ของหน้านี้

## Language chooser

chooser-intro = โปรดเลือกภาษา

## Tariff

tariff-sections = หมวด
tariff-section = หมวด { $number }
tariff-other-chapters = ตอนอื่น ๆ
tariff-chapter = ตอนที่ { $number }
tariff-chapter-notes-of = หมายเหตุตอนที่ { $number }
tariff-see-chapter = ดูตอนที่ { $number } ทั้งตอน
tariff-lines = รายการพิกัด
tariff-lines-under = รายการพิกัดภายใต้ { $code }
tariff-table-hint = เลือกรหัสเพื่อดูอัตราอากรและกฎระเบียบที่ใช้บังคับ
tariff-no-rate = ไม่มี
tariff-rates-current = อัตราอากรที่ใช้บังคับ
tariff-rates-since = อัตราอากรที่ใช้บังคับตั้งแต่วันที่ { $date }
tariff-rates-from = อัตราอากรตั้งแต่วันที่ { $date }
tariff-rates-until = อัตราอากรจนถึงวันที่ { $date }
tariff-rate-from = { $rate } ตั้งแต่วันที่ { $date }
tariff-line-not-yet = รายการพิกัดนี้ยังไม่มีผลใช้บังคับ โดยจะใช้บังคับตั้งแต่วันที่ { $date }
tariff-line-ended = รายการพิกัดนี้สิ้นผลใช้บังคับแล้ว วันสุดท้ายที่ใช้บังคับคือ { $date }
tariff-line-ending = รายการพิกัดนี้มีผลใช้บังคับจนถึงวันที่ { $date } ซึ่งเป็นวันสุดท้ายที่ใช้บังคับ
tariff-replaced-by = ตั้งแต่วันที่ { $date } ให้ใช้รายการพิกัดต่อไปนี้แทนรายการพิกัดนี้:
tariff-replaces = ตั้งแต่วันที่ { $date } รายการพิกัดนี้ใช้แทนรายการพิกัดต่อไปนี้:
tariff-timeline = อัตราตามช่วงเวลา
tariff-timeline-column = คอลัมน์
tariff-timeline-rate = อัตรา
tariff-timeline-from = ตั้งแต่วันที่
tariff-timeline-to = ถึงวันที่
tariff-timeline-state = สถานะ
tariff-state-past = สิ้นผลแล้ว
tariff-state-in_force = ใช้บังคับอยู่
tariff-state-scheduled = กำหนดไว้ล่วงหน้า
tariff-level-heading = ประเภท
tariff-level-subheading = ประเภทย่อย
tariff-level-national_line = ประเภทย่อยระดับประเทศ
tariff-col-code = รหัส
tariff-col-description = รายการสินค้า
tariff-col-unit = หน่วย
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = หมายเหตุ

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = ยกเว้นอากร
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }% ขั้นต่ำ { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }% สูงสุด { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = ขั้นตอนพิธีการ
kind-fee = ค่าธรรมเนียมหรือค่าภาระ
kind-measure = มาตรการ
kind-tool = ตราสารหรือเครื่องมือขององค์การศุลกากรโลก
kind-legal = กฎหมาย
kind-form = แบบฟอร์ม
kind-agency = หน่วยงาน
kind-notice = ประกาศ
kind-plural-procedure = ขั้นตอนพิธีการ
kind-plural-fee = ค่าธรรมเนียมและค่าภาระ
kind-plural-measure = มาตรการ: การห้าม การจำกัด และการอนุญาต
kind-plural-tool = ตราสารและเครื่องมือขององค์การศุลกากรโลก
kind-plural-legal = กฎหมาย
kind-plural-form = แบบฟอร์ม
kind-plural-agency = หน่วยงาน
kind-plural-notice = ประกาศ
backlinks-title = อ้างถึงโดย
tariff-what-applies = ข้อกำหนดที่ใช้กับสินค้านี้
footer-enquiry-point = มีข้อสงสัย? สอบถามได้ที่จุดสอบถามข้อมูลแห่งชาติ

field-legal-basis = ฐานทางกฎหมาย
field-hs = สินค้าที่เกี่ยวข้อง (รหัสพิกัด)
field-direction = ประเภทการค้า
field-agencies = หน่วยงานที่เกี่ยวข้อง
field-agency = หน่วยงาน
field-tools = มาตรฐานสากลที่ใช้
field-duration = ระยะเวลาโดยปกติ
field-amount = จำนวนเงิน
field-per = หน่วยการเรียกเก็บ
field-reason = เหตุผลในการเรียกเก็บ
field-authority = หน่วยงานที่เรียกเก็บ
field-payment = วิธีชำระเงิน
field-published = วันที่เผยแพร่
field-effective = มีผลใช้บังคับตั้งแต่
field-effective-proposed = วันที่เสนอให้มีผลใช้บังคับ
field-until = วันสุดท้ายที่เรียกเก็บ
field-acronym = อักษรย่อ
field-category = ด้าน
field-status = สถานะ
field-issuer = ออกโดย
field-adopted = วันที่รับรอง
field-url = หน้าเว็บทางการ
field-related = ตราสารที่เกี่ยวข้อง
field-type = ประเภท
field-number = เลขที่
field-signed = วันที่ลงนาม
field-official-text = ฉบับทางการ
field-download = ดาวน์โหลด
field-email = อีเมล
field-phone = โทรศัพท์
field-address = ที่อยู่
field-hours = เวลาทำการ
field-comment-until = รับฟังความคิดเห็นถึง
field-affects = เกี่ยวข้องกับ

direction-import = การนำเข้า
direction-export = การส่งออก
direction-transit = การผ่านแดน
direction-both = การนำเข้าและส่งออก
direction-other = ขั้นตอนพิธีการอื่น ๆ
filter-by-direction = แสดงขั้นตอนพิธีการสำหรับ

## Procedures

procedure-summary = สรุปโดยย่อ
procedure-steps-count = จำนวนขั้นตอน
procedure-total-time = ระยะเวลารวมโดยปกติ
procedure-total-fees = ค่าธรรมเนียม
procedure-fees-more = { $count ->
   *[other] และค่าธรรมเนียมอีก { $count } รายการซึ่งขึ้นอยู่กับแต่ละกรณี
}
procedure-fees-varying = { $count ->
   *[other] ค่าธรรมเนียม { $count } รายการซึ่งขึ้นอยู่กับแต่ละกรณี
}
procedure-documents = เอกสารที่ต้องจัดเตรียม
procedure-steps = ทีละขั้นตอน
procedure-steps-n = { $count ->
   *[other] { $count } ขั้นตอน
}
duration-days = { $count ->
   *[other] { $count } วัน
}
duration-hours = { $count ->
   *[other] { $count } ชั่วโมง
}
duration-minutes = { $count ->
   *[other] { $count } นาที
}
duration-range = { $min } ถึง { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = อัตราค่าธรรมเนียมและค่าภาระ
fee-tiers = จำนวนเงิน
fee-see-tiers = ดูจำนวนเงิน
fee-per-declaration = ต่อใบขนสินค้า
fee-per-consignment = ต่อการขนส่งหนึ่งครั้ง
fee-per-container = ต่อตู้คอนเทนเนอร์
fee-per-certificate = ต่อใบรับรอง
fee-per-hour = ต่อชั่วโมง
fee-per-application = ต่อคำขอ
fee-per-day = ต่อวัน
fee-per-page = ต่อหน้า
fee-per-item = ต่อรายการ
fee-in-force-current = ใช้บังคับอยู่
fee-in-force-since = ใช้บังคับตั้งแต่วันที่ { $date }
fee-amount-from = { $amount } ตั้งแต่วันที่ { $date }
fee-changes-on = จำนวนเงินเปลี่ยนแปลงตั้งแต่วันที่ { $date }
fee-not-yet = ยังไม่มีผลใช้บังคับ ค่าธรรมเนียมนี้จะเรียกเก็บตั้งแต่วันที่ { $date }
fee-ended = สิ้นผลใช้บังคับแล้ว ค่าธรรมเนียมนี้เรียกเก็บครั้งสุดท้ายเมื่อวันที่ { $date }
fee-state-not-yet = ยังไม่มีผลใช้บังคับ
fee-state-ended = สิ้นผลใช้บังคับแล้ว
fee-timeline = จำนวนเงินตามช่วงเวลา
fee-timeline-tier = กรณี
fee-timeline-from = ตั้งแต่วันที่
fee-timeline-to = วันสุดท้าย
fee-timeline-state = สถานะ
fee-value-past = สิ้นผลแล้ว
fee-value-in_force = ใช้บังคับอยู่
fee-value-scheduled = กำหนดไว้ล่วงหน้า

## WCO tools

tools-by-category = ด้านต่าง ๆ
tool-category-conventions = อนุสัญญาและความตกลง
tool-category-facilitation = การอำนวยความสะดวกทางการค้า
tool-category-security = ความปลอดภัยของห่วงโซ่อุปทาน
tool-category-nomenclature = การจำแนกพิกัด
tool-category-valuation = ราคาศุลกากร
tool-category-origin = ถิ่นกำเนิดสินค้า
tool-category-enforcement = การบังคับใช้กฎหมายและการปฏิบัติตาม
tool-category-capacity-building = การเสริมสร้างขีดความสามารถ
tool-category-data = ข้อมูลและเทคโนโลยี
tool-category-revenue = การจัดเก็บรายได้
tool-status-contracting-party = ภาคีคู่สัญญา
tool-status-applied = นำมาใช้แล้ว
tool-status-in-progress = อยู่ระหว่างการนำมาใช้
tool-status-not-applied = ยังไม่นำมาใช้
tool-status-reference = เอกสารอ้างอิง

## Measures, legal texts, notices

measure-type-prohibition = การห้าม
measure-type-restriction = การจำกัด
measure-type-licence = ใบอนุญาต
measure-type-sps = สุขอนามัยและสุขอนามัยพืช
measure-type-tbt = ข้อกำหนดทางเทคนิค
measure-type-quota = โควตา
measure-type-other = มาตรการอื่น
legal-type-law = พระราชบัญญัติ
legal-type-decree = พระราชกฤษฎีกา
legal-type-circular = หนังสือเวียน
legal-type-ruling = คำวินิจฉัย
legal-type-agreement = ความตกลงระหว่างประเทศ
notice-status-draft-for-comment = เปิดรับฟังความคิดเห็น
notice-status-adopted = ประกาศใช้แล้ว
notice-status-in-force = มีผลใช้บังคับ
notice-status-repealed = ยกเลิกแล้ว
notice-consultation-open = ร่างนี้เปิดรับฟังความคิดเห็นจนถึง { $date } โปรดส่งความคิดเห็นไปที่

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
   *[other] มี { $count } รายการที่ยังไม่ได้เผยแพร่บนเว็บไซต์นี้
}
tfa-not-covered = ยังไม่ได้เผยแพร่
tfa-1-1-a = ขั้นตอนการนำเข้า การส่งออก และการผ่านแดน รวมทั้งแบบฟอร์มและเอกสารที่กำหนด
tfa-1-1-b = อัตราอากรและภาษีที่ใช้บังคับ
tfa-1-1-c = ค่าธรรมเนียมและค่าภาระ
tfa-1-1-d = หลักเกณฑ์การจำแนกพิกัดหรือการกำหนดราคาศุลกากรของสินค้า
tfa-1-1-e = กฎหมาย ระเบียบ และคำวินิจฉัยเกี่ยวกับกฎว่าด้วยถิ่นกำเนิดสินค้า
tfa-1-1-f = ข้อจำกัดหรือข้อห้ามในการนำเข้า การส่งออก หรือการผ่านแดน
tfa-1-1-g = บทบัญญัติว่าด้วยบทลงโทษ
tfa-1-1-h = ขั้นตอนการอุทธรณ์หรือการทบทวน
tfa-1-1-i = ความตกลงกับประเทศอื่นที่เกี่ยวกับการนำเข้า การส่งออก หรือการผ่านแดน
tfa-1-1-j = ขั้นตอนการบริหารโควตาภาษี
tfa-1-2 = ข้อมูลที่เผยแพร่ทางอินเทอร์เน็ต
tfa-1-3 = จุดสอบถามข้อมูล

filter-all = ทั้งหมด
tools-filter-status = แสดงตราสารตามสถานะของหน่วยงานนี้

## Search

search-title = ค้นหา
search-label = ค้นหาในเว็บไซต์
search-placeholder = สินค้า รหัส ขั้นตอน ค่าธรรมเนียม…
search-button = ค้นหา
search-kind = แสดง
search-kind-all = ทั้งหมด
search-kind-tariff = รหัสพิกัด
search-kind-page = หน้าอื่น ๆ
search-hint = พิมพ์คำในรูปแบบใดก็ได้ หรือรหัสพิกัดที่มีหรือไม่มีจุดก็ได้ ({ $code })
search-needs-script = การค้นหาต้องใช้ JavaScript ท่านสามารถเรียกดูพิกัดตามหมวดและตอนแทนได้
search-count = ผลการค้นหา:
search-chapter = ตอนของพิกัด
search-none = ไม่พบผลลัพธ์สำหรับ “{ $query }”
search-note-code = ไม่มีพิกัด { $asked } แสดง { $found } แทน
search-note-typo = ไม่พบผลลัพธ์สำหรับ “{ $asked }” แสดงผลลัพธ์สำหรับ “{ $found }”
search-result-tariff = พิกัดศุลกากร
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = อากร อัตราอากร พิกัด ภาษี นำเข้า ขาเข้า อากรขาเข้า
search-previous = ก่อนหน้า
search-next = ถัดไป

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
