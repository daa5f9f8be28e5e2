# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = ค้นหาอัตราอากรสำหรับสินค้าของคุณ
home-lookup-label = พิกัดศุลกากรหรือคำอธิบายสินค้า
home-lookup-hint = เช่น { $code } หรือ กาแฟคั่ว
home-upcoming-title = มีผลบังคับใช้ภายใน { $days } วันข้างหน้า
home-upcoming-none = ไม่มีสิ่งใดกำหนดให้มีผลบังคับใช้ภายใน { $days } วันข้างหน้า
home-upcoming-more = { $count ->
   *[other] ยังมีการเปลี่ยนแปลงอีก { $count } รายการที่กำหนดไว้ในช่วงเวลานี้
}
home-all-changes = การเปลี่ยนแปลงทั้งหมด ทั้งที่ผ่านมาและที่กำหนดไว้
home-consultations-title = การรับฟังความคิดเห็นที่เปิดอยู่
home-consultation-until = รับความคิดเห็นถึง { $date }
home-consultations-none = ขณะนี้ไม่มีการรับฟังความคิดเห็นที่เปิดอยู่
home-recent-title = การเปลี่ยนแปลงล่าสุด
home-enquiry-title = มีคำถามหรือไม่
home-enquiry-text = จุดสอบถามแห่งชาติตอบคำถามของผู้ประกอบการเกี่ยวกับพิกัดอัตราศุลกากร พิธีการ และค่าธรรมเนียม
home-browse-title = เลือกดูเว็บไซต์
tariff-headings-index = ประเภทในตอนนี้
tariff-columns-title = ความหมายของแต่ละคอลัมน์
tariff-index-about = เกี่ยวกับพิกัดอัตราศุลกากร
procedure-fee-if = ถ้ามี
procedure-fees-conditional = เรียกเก็บเฉพาะบางกรณี
