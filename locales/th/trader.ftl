# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = อัตราแลกเปลี่ยน
kind-plural-exchange-rate = อัตราแลกเปลี่ยนสำหรับการประเมินราคาศุลกากร
tariff-col-excise = ภาษีสรรพสามิต
tariff-col-vat = ภาษีมูลค่าเพิ่ม
xrate-currency = สกุลเงิน
xrate-rate = { $currency } ต่อหนึ่งหน่วย
xrate-in-force-current = อัตราที่ใช้บังคับ
xrate-in-force-since = อัตราที่ใช้บังคับตั้งแต่วันที่ { $date }
xrate-next = อัตราถัดไป
xrate-history = อัตราตามช่วงเวลา
xrate-state-past = สิ้นผลแล้ว
xrate-state-in_force = ใช้บังคับอยู่
xrate-state-scheduled = กำหนดไว้ล่วงหน้า
calc-title = ประมาณการอากรและภาษี
calc-estimate = นี่เป็นการประมาณการ ไม่ใช่การประเมิน ศุลกากรประเมินอากรและภาษีตามใบขนสินค้า การประมาณการนี้ไม่รวมอากรตอบโต้การทุ่มตลาดและอากรปกป้อง ค่าธรรมเนียม และการลดหย่อนใดๆ ที่สินค้าอาจได้รับ
calc-value = ราคาศุลกากร
calc-currency = สกุลเงิน
calc-quantity = ปริมาณ ({ $unit })
calc-regime = อัตราอากร
calc-submit = คำนวณ
calc-col-step = ขั้นตอน
calc-col-formula = วิธีคำนวณ
calc-col-amount = จำนวนเงิน
calc-step-value = ราคาศุลกากรเป็น { $currency }
calc-step-duty = อากร ({ $regime })
calc-step-total = อากรและภาษีรวม
calc-example = ตัวอย่าง: ราคาศุลกากร { $value } { $currency } และ { $quantity } { $unit } ตามอัตรา { $regime }
calc-yours = สินค้าของคุณ: ราคาศุลกากร { $value } { $currency } และ { $quantity } { $unit } ตามอัตรา { $regime }
calc-total = อากรและภาษีโดยประมาณ: { $amount }
calc-at-least = อย่างน้อย
calc-at-most = ไม่เกิน
calc-invalid = กรุณากรอกราคาศุลกากรและปริมาณเป็นตัวเลข
calc-no-rate = ไม่มีอัตราแลกเปลี่ยนสำหรับ { $currency } ในวันนี้
tariff-tax-waived = ไม่เรียกเก็บตามอัตรา { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: กรุณากรอกราคาศุลกากรเป็น { $currency }
calc-rates-link = อัตราแลกเปลี่ยนที่ใช้ประเมินราคาศุลกากร

change-exchange-rate = { $when ->
    [dated] { $title }: อัตราเปลี่ยนจาก { $old } เป็น { $new } ในวันที่ { $date }
   *[other] { $title }: อัตราเปลี่ยนจาก { $old } เป็น { $new }
}
change-exchange-rate-revised = { $title }: อัตราตั้งแต่ { $date } เป็น { $new } แล้ว ไม่ใช่ { $old }
change-exchange-rate-moved = { $title }: อัตรา { $new } ใช้บังคับตั้งแต่ { $date } แล้ว ไม่ใช่ { $was }
change-exchange-rate-withdrawn = { $title }: ยกเลิกการเปลี่ยนอัตราเป็น { $new } ในวันที่ { $date }

kind-origin = กฎว่าด้วยถิ่นกำเนิดสินค้า
kind-plural-origin = กฎว่าด้วยถิ่นกำเนิดสินค้า
origin-rule = กฎถิ่นกำเนิดสินค้า
origin-rules = กฎเฉพาะรายสินค้า
origin-proof = หลักฐานแสดงถิ่นกำเนิดสินค้า
origin-agreement = ความตกลง
origin-column = อัตราสิทธิพิเศษ
origin-or = หรือ
origin-and = และ
origin-term-wo = ได้มาทั้งหมด
origin-term-pe = ผลิตจากวัตถุดิบที่มีถิ่นกำเนิดทั้งหมด
origin-term-cc = การเปลี่ยนตอน
origin-term-cth = การเปลี่ยนประเภทพิกัด
origin-term-ctsh = การเปลี่ยนประเภทย่อย
origin-term-rvc = สัดส่วนมูลค่าการผลิตในภูมิภาคไม่น้อยกว่าร้อยละ { $percent }

kind-quota = โควตาภาษี
kind-plural-quota = โควตาภาษี
quota-order = เลขที่โควตา
quota-balance = คงเหลือ ณ { $date }
quota-volume = ปริมาณ
quota-in = อัตราในโควตา
quota-out = อัตรานอกโควตา
quota-period = ช่วงเวลาโควตา
quota-period-dates = { $from } ถึง { $to }
quota-allocation = การจัดสรร
quota-allocation-first-come-first-served = มาก่อนได้ก่อน
quota-allocation-licence = ใบอนุญาตนำเข้า
quota-allocation-historical = ตามสัดส่วนการนำเข้าในอดีต
quota-allocation-auction = ประมูล
quota-state-open = เปิด
quota-state-exhausted = หมดแล้ว
quota-state-closed = ปิด
quota-history = ยอดคงเหลือตามช่วงเวลา
change-quota-balance = { $when ->
    [dated] { $title }: ยอดคงเหลือเปลี่ยนจาก { $old } เป็น { $new } ในวันที่ { $date }
   *[other] { $title }: ยอดคงเหลือเปลี่ยนจาก { $old } เป็น { $new }
}
change-quota-balance-revised = { $title }: ยอดคงเหลือตั้งแต่ { $date } เป็น { $new } แล้ว ไม่ใช่ { $old }
change-quota-balance-moved = { $title }: ยอดคงเหลือ { $new } ใช้ตั้งแต่ { $date } แล้ว ไม่ใช่ { $was }
change-quota-balance-withdrawn = { $title }: ยกเลิกยอดคงเหลือ { $new } ตั้งแต่ { $date }

kind-ruling = คำวินิจฉัยล่วงหน้า
kind-plural-ruling = คำวินิจฉัยล่วงหน้าที่มีผลผูกพัน
ruling-number = เลขที่คำวินิจฉัย
ruling-issued = ออกเมื่อ
ruling-goods = สินค้า
ruling-type-classification = การจำแนกพิกัด
ruling-type-origin = ถิ่นกำเนิด
ruling-type-valuation = ราคาศุลกากร
ruling-valid = มีผลใช้
ruling-valid-until = มีผลถึง { $date }
ruling-expired = หมดอายุเมื่อ { $date }
