# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = ขั้นตอนการนำเข้า การส่งออก และการผ่านแดน รวมถึงการอุทธรณ์หรือการทบทวน ทีละขั้นตอน
tfa-1-2-1-b = แบบฟอร์มและเอกสารที่กำหนด
tfa-1-2-1-c = ข้อมูลติดต่อของจุดสอบถามข้อมูล
tfa-2-1 = การรับฟังความคิดเห็นต่อกฎหมายและระเบียบใหม่หรือที่แก้ไขก่อนมีผลใช้บังคับ
tfa-2-2 = การหารือเป็นประจำระหว่างหน่วยงานชายแดนกับผู้ประกอบการ
tfa-6-1 = ค่าธรรมเนียมและค่าภาระ: เหตุผล หน่วยงานที่เรียกเก็บ และวิธีชำระ ประกาศก่อนบังคับใช้
notice-status-comment-closed = ปิดรับฟังความคิดเห็นแล้ว
notice-status-withdrawn = ถอนแล้ว
change-consultation-open = การรับฟังความคิดเห็น เปิดถึง { $date }: { $title }
change-consultation-closed = ปิดการรับฟังความคิดเห็นเมื่อ { $date }: { $title }
changes-follow-feed = ติดตามการเปลี่ยนแปลงเหล่านี้ในฟีด “{ $feed }”:
