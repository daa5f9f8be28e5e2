# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = ຂັ້ນຕອນການນຳເຂົ້າ, ສົ່ງອອກ ແລະ ຜ່ານແດນ, ລວມທັງການອຸທອນ ຫຼື ການທົບທວນ, ເປັນແຕ່ລະຂັ້ນຕອນ
tfa-1-2-1-b = ແບບຟອມ ແລະ ເອກະສານທີ່ກຳນົດ
tfa-1-2-1-c = ຂໍ້ມູນການຕິດຕໍ່ຂອງຈຸດບໍລິການຂໍ້ມູນ
tfa-2-1 = ການສະເໜີຄຳເຫັນຕໍ່ກົດໝາຍ ແລະ ລະບຽບການໃໝ່ ຫຼື ທີ່ປັບປຸງ ກ່ອນມີຜົນບັງຄັບໃຊ້
tfa-2-2 = ການປຶກສາຫາລືເປັນປະຈຳລະຫວ່າງອົງການຊາຍແດນ ແລະ ຜູ້ປະກອບການ
tfa-6-1 = ຄ່າທຳນຽມ ແລະ ຄ່າບໍລິການ: ເຫດຜົນ, ອົງການທີ່ເກັບ ແລະ ວິທີຊຳລະ, ປະກາດກ່ອນນຳໃຊ້
notice-status-comment-closed = ໝົດເວລາຮັບຄຳເຫັນແລ້ວ
notice-status-withdrawn = ຖອນຄືນແລ້ວ
change-consultation-open = ການປຶກສາຫາລື ເປີດຮັບຄຳເຫັນຮອດ { $date }: { $title }
change-consultation-closed = ປິດການປຶກສາຫາລືໃນວັນທີ { $date }: { $title }
changes-follow-feed = ຕິດຕາມການປ່ຽນແປງເຫຼົ່ານີ້ໃນຟີດ “{ $feed }”:
