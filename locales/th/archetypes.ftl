# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = ประโยคเดียวสำหรับผลการค้นหาและตัวอย่างลิงก์
archetype-agency-body = หน้าที่ของหน่วยงาน ณ ชายแดน และกรณีที่ผู้ประกอบการต้องติดต่อกับหน่วยงานนี้
archetype-agency-address = ถนน เขต/อำเภอ จังหวัด
archetype-agency-hours = วันจันทร์ถึงวันศุกร์ 08.00–17.00 น.
archetype-exchange-rate-body = สินค้าและใบขนสินค้าที่ใช้อัตรานี้ และแหล่งที่มาของอัตรา
archetype-fee-reason = บริการที่เรียกเก็บค่าธรรมเนียมนี้ (TFA ข้อ 6.1.2)
archetype-fee-payment = วิธีและกำหนดเวลาชำระเงิน
archetype-fee-body = ผู้มีหน้าที่ชำระ ข้อยกเว้น และตัวอย่าง
archetype-form-body = ผู้กรอกแบบฟอร์ม กรอกเมื่อใด และยื่นที่ใด
archetype-legal-body = เรื่องที่กฎหมายนี้ใช้บังคับ ผู้ที่อยู่ในบังคับ และบทบัญญัติหลัก
archetype-measure-body = สินค้าที่อยู่ในขอบเขต สิ่งที่ผู้ประกอบการต้องปฏิบัติ และสถานที่ยื่นคำขอ
archetype-notice-body = สิ่งที่เปลี่ยนแปลง ผู้ที่ได้รับผลกระทบ และวันที่มีผลใช้บังคับ
archetype-origin-proof = หลักฐานแสดงถิ่นกำเนิดสินค้าที่ความตกลงกำหนด (เช่น Form D หรือคำรับรองถิ่นกำเนิดสินค้า)
archetype-origin-body = แหล่งที่เผยแพร่กฎว่าด้วยถิ่นกำเนิดสินค้าของความตกลง และกฎทั่วไปสำหรับรหัสพิกัดที่ไม่ได้ระบุไว้
archetype-page-body = เขียนเนื้อหาของหน้านี้ที่นี่ในรูปแบบ Markdown
archetype-procedure-summary = สิ่งที่ผู้ประกอบการต้องทำและสิ่งที่จะได้รับ สรุปในหนึ่งประโยค
archetype-procedure-step = ขั้นตอนแรก: สิ่งที่ผู้ประกอบการหรือเจ้าหน้าที่ศุลกากรต้องทำ
archetype-procedure-document = บัญชีราคาสินค้า (Invoice)
archetype-procedure-body = ขั้นตอนพิธีการนี้ใช้กับใคร ต้องเตรียมอะไร ข้อผิดพลาดและคำถามที่พบบ่อย ดูคีย์ทั้งหมดได้ที่ docs/content-kinds.md#procedures
archetype-quota-body = ผู้มีสิทธิ์นำเข้าภายใต้โควตาภาษี และวิธียื่นคำขอ
archetype-ruling-goods = สินค้าตามที่ระบุไว้ในคำวินิจฉัย
archetype-ruling-body = เหตุผลของคำวินิจฉัย: หลักเกณฑ์และหมายเหตุที่ใช้ในการวินิจฉัย
archetype-tool-body = ตราสารนี้คืออะไร และหน่วยงานนี้นำมาใช้อย่างไร
archetype-translation-body = แปลข้อความของ { $original } ที่นี่ ได้แก่ ชื่อเรื่อง คำอธิบาย ช่องข้อความ และเนื้อหา ส่วนข้อมูล (รหัส จำนวนเงิน วันที่ การอ้างอิง) ใช้จากต้นฉบับ ไม่ต้องใส่
