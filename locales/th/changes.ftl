# UI strings of the default theme, Thai: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = สิ่งที่เปลี่ยนแปลงแล้วและที่จะเปลี่ยนแปลง
changes-title = การเปลี่ยนแปลง
changes-intro = สิ่งที่เปลี่ยนแปลงแล้วและที่จะเปลี่ยนแปลงบนเว็บไซต์นี้ ได้แก่ รายการพิกัดและอัตราอากร ค่าธรรมเนียม ขั้นตอนพิธีการ มาตรการ เครื่องมือ และประกาศ สมัครรับฟีดเพื่อทราบการเปลี่ยนแปลงทันทีที่มีการเผยแพร่
changes-upcoming = กำลังจะมีผลใช้บังคับ
changes-recent = การเปลี่ยนแปลงล่าสุด
changes-none = ยังไม่มีการบันทึกการเปลี่ยนแปลง
changes-from-notices = รายการนี้แสดงประกาศและวันที่ปรับปรุงหน้าเว็บครั้งล่าสุด แต่ไม่ได้แสดงการเปลี่ยนแปลงอัตราอากรหรือรายการพิกัดในแต่ละครั้ง
changes-feeds = สมัครรับข้อมูล
changes-feed-atom = ฟีด Atom
changes-feed-json = ฟีด JSON
changes-feed-chapter = ตอนที่ { $number }: { $title }
changes-kind-tariff = พิกัดอัตราศุลกากร
changes-kind-procedures = ขั้นตอนพิธีการ
changes-kind-fees = ค่าธรรมเนียมและค่าภาระ
changes-kind-measures = มาตรการ
changes-kind-tools = เครื่องมือขององค์การศุลกากรโลก
changes-kind-notices = ประกาศ
changes-kind-pages = หน้าอื่น ๆ
changes-filter-kind = แสดง
changes-filter-chapter = ตอนของพิกัด
changes-all-chapters = ทุกตอน
changes-effective = มีผลใช้บังคับตั้งแต่ { $date }
changes-last-day = วันสุดท้ายที่มีผลใช้บังคับ: { $date }
changes-history = ประวัติการเปลี่ยนแปลง
changes-history-none = ยังไม่มีการบันทึกการเปลี่ยนแปลงของหน้านี้
changes-recorded = บันทึกเมื่อ { $date }
change-none = ไม่มี
change-line-added = { $when ->
    [dated] รายการพิกัดใหม่ { $code } ตั้งแต่วันที่ { $date }: { $description }
   *[other] รายการพิกัดใหม่ { $code }: { $description }
}
change-lines-added = เพิ่มรายการพิกัด { $count } รายการในตอนที่ { $chapter }
change-column-added = เพิ่มคอลัมน์ { $column } ในตอนที่ { $chapter }
change-column-removed = ยกเลิกคอลัมน์ { $column } ในตอนที่ { $chapter }
change-line-removed = ยกเลิกรายการพิกัด { $code } ({ $description })
change-rate = { $when ->
    [dated] อัตรา { $column } ของ { $code } จะเปลี่ยนจาก { $old } เป็น { $new } ในวันที่ { $date }
   *[other] อัตรา { $column } ของ { $code } เปลี่ยนจาก { $old } เป็น { $new }
}
change-column = { $column } ของ { $code } เปลี่ยนจาก { $old } เป็น { $new }
change-description = ปรับปรุงรายการสินค้าของ { $code }: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: จำนวนเงินจะเปลี่ยนจาก { $old } เป็น { $new } ในวันที่ { $date }
   *[other] { $title }: จำนวนเงินเปลี่ยนจาก { $old } เป็น { $new }
}
change-fee-currency = { $title }: สกุลเงินเปลี่ยนจาก { $old } เป็น { $new }
change-fee-effective = { $title }: มีผลใช้บังคับในวันที่ { $date }
change-steps = { $title }: ปรับปรุงขั้นตอน ปัจจุบันมี { $new ->
   *[other] { $new } ขั้นตอน
} (เดิม: { $old })
change-documents = { $title }: เปลี่ยนแปลงเอกสารที่ต้องใช้
change-agencies = { $title }: เปลี่ยนแปลงหน่วยงานที่เกี่ยวข้อง
change-fees = { $title }: เปลี่ยนแปลงค่าธรรมเนียมที่เรียกเก็บ
change-hs = { $title }: เปลี่ยนแปลงสินค้าที่ครอบคลุม
change-items-added = เพิ่ม: { $items }
change-items-removed = ยกเลิก: { $items }
change-tool-status = { $title }: สถานะเปลี่ยนจาก “{ $old }” เป็น “{ $new }”
change-page-added = ใหม่: { $title }
change-page-removed = ถอนออก: { $title }
change-text = ปรับปรุง: { $title }
change-notice = ประกาศ: { $title }
change-updated = อัปเดต: { $title }
change-effective = มีผลใช้บังคับในวันที่ { $date }

## ค่าที่มีวันที่: วันแรกและวันสุดท้ายของรายการพิกัด อัตราหรือจำนวนเงินที่กำหนดไว้ $date คือวันที่เกี่ยวข้อง $was คือวันที่กำหนดไว้เดิม
change-line-starts = { $moved ->
    [yes] รายการพิกัด { $code } เปลี่ยนเป็นมีผลตั้งแต่วันที่ { $date } แทน { $was } ({ $description })
   *[other] รายการพิกัด { $code } มีผลตั้งแต่วันที่ { $date } ({ $description })
}
change-line-start-withdrawn = รายการพิกัด { $code } มีผลทันที ไม่ใช่ตั้งแต่วันที่ { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] รายการพิกัด { $code } เปลี่ยนเป็นใช้ได้ถึงวันที่ { $date } แทน { $was } ({ $description })
   *[other] รายการพิกัด { $code } ใช้ได้ถึงวันที่ { $date } ({ $description })
}
change-line-end-withdrawn = รายการพิกัด { $code } ไม่สิ้นสุดในวันที่ { $date } อีกต่อไป ({ $description })
change-rate-revised = อัตรา { $column } ของ { $code }: การเปลี่ยนแปลงในวันที่ { $date } เปลี่ยนเป็น { $new } แทน { $old }
change-rate-moved = อัตรา { $column } ของ { $code }: การเปลี่ยนเป็น { $new } มีผลในวันที่ { $date } แทน { $was }
change-rate-withdrawn = ยกเลิกการเปลี่ยนอัตรา { $column } ของ { $code } เป็น { $new } ในวันที่ { $date }
change-fee-amount-revised = { $title }: จำนวนเงินตั้งแต่วันที่ { $date } เปลี่ยนเป็น { $new } แทน { $old }
change-fee-amount-moved = { $title }: จำนวนเงิน { $new } มีผลตั้งแต่วันที่ { $date } แทน { $was }
change-fee-amount-withdrawn = { $title }: ยกเลิกการเปลี่ยนจำนวนเงินเป็น { $new } ในวันที่ { $date }
change-fee-ends = { $moved ->
    [yes] { $title }: เรียกเก็บครั้งสุดท้ายในวันที่ { $date } แทน { $was }
   *[other] { $title }: เรียกเก็บครั้งสุดท้ายในวันที่ { $date }
}
change-fee-end-withdrawn = { $title }: ไม่สิ้นสุดในวันที่ { $date } อีกต่อไป
