# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = ຊອກຫາອາກອນສຳລັບສິນຄ້າຂອງທ່ານ
home-lookup-label = ລະຫັດສິນຄ້າ ຫຼື ຄຳອະທິບາຍສິນຄ້າ
home-lookup-hint = ຕົວຢ່າງ { $code } ຫຼື ກາເຟຂົ້ວ.
home-upcoming-title = ມີຜົນບັງຄັບໃຊ້ພາຍໃນ { $days } ວັນຂ້າງໜ້າ
home-upcoming-none = ບໍ່ມີຫຍັງກຳນົດໃຫ້ມີຜົນບັງຄັບໃຊ້ພາຍໃນ { $days } ວັນຂ້າງໜ້າ.
home-upcoming-more = { $count ->
   *[other] ໃນໄລຍະນີ້ ຍັງມີການປ່ຽນແປງອີກ { $count } ລາຍການ ທີ່ກຳນົດໄວ້.
}
home-all-changes = ການປ່ຽນແປງທັງໝົດ ທີ່ຜ່ານມາ ແລະ ທີ່ກຳນົດໄວ້
home-consultations-title = ການປຶກສາຫາລືທີ່ເປີດຢູ່
home-consultation-until = ສະເໜີຄຳເຫັນໄດ້ຮອດ { $date }
home-consultations-none = ປັດຈຸບັນບໍ່ມີການປຶກສາຫາລືທີ່ເປີດຢູ່.
home-recent-title = ການປ່ຽນແປງຫຼ້າສຸດ
home-enquiry-title = ມີຄຳຖາມບໍ?
home-enquiry-text = ຈຸດສອບຖາມແຫ່ງຊາດຕອບຄຳຖາມຂອງຜູ້ປະກອບການກ່ຽວກັບອັດຕາພາສີ, ຂັ້ນຕອນ ແລະ ຄ່າທຳນຽມ.
home-browse-title = ເບິ່ງເວັບໄຊ
tariff-headings-index = ຫົວຂໍ້ໃນໝວດນີ້
tariff-columns-title = ຄວາມໝາຍຂອງແຕ່ລະຖັນ
tariff-index-about = ກ່ຽວກັບອັດຕາພາສີ
procedure-fee-if = ຖ້າມີ
procedure-fees-conditional = ເກັບສະເພາະບາງກໍລະນີ
