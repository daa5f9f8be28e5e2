# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = ໜຶ່ງປະໂຫຍກສຳລັບຜົນການຄົ້ນຫາ ແລະ ການສະແດງຕົວຢ່າງລິ້ງ.
archetype-agency-body = ໜ້າທີ່ຂອງໜ່ວຍງານຢູ່ຊາຍແດນ ແລະ ກໍລະນີທີ່ຜູ້ປະກອບການຕ້ອງຕິດຕໍ່ກັບໜ່ວຍງານນີ້.
archetype-agency-address = ຖະໜົນ, ບ້ານ, ເມືອງ, ແຂວງ
archetype-agency-hours = ວັນຈັນ ຫາ ວັນສຸກ, 08:00–17:00 ໂມງ
archetype-exchange-rate-body = ສິນຄ້າ ແລະ ໃບແຈ້ງພາສີທີ່ນຳໃຊ້ອັດຕານີ້, ແລະ ແຫຼ່ງທີ່ມາຂອງອັດຕາ.
archetype-fee-reason = ການບໍລິການທີ່ເກັບຄ່າທຳນຽມນີ້ (TFA ມາດຕາ 6.1.2).
archetype-fee-payment = ວິທີ ແລະ ກຳນົດເວລາຊຳລະ.
archetype-fee-body = ຜູ້ທີ່ຕ້ອງຊຳລະ, ການຍົກເວັ້ນ ແລະ ຕົວຢ່າງ.
archetype-form-body = ຜູ້ທີ່ຕື່ມແບບຟອມ, ຕື່ມເມື່ອໃດ ແລະ ຍື່ນຢູ່ໃສ.
archetype-legal-body = ເລື່ອງທີ່ນິຕິກຳນີ້ຄຸ້ມຄອງ, ນຳໃຊ້ກັບໃຜ ແລະ ບົດບັນຍັດຫຼັກ.
archetype-measure-body = ສິນຄ້າທີ່ກ່ຽວຂ້ອງ, ສິ່ງທີ່ຜູ້ປະກອບການຕ້ອງປະຕິບັດ ແລະ ບ່ອນຍື່ນຄຳຮ້ອງ.
archetype-notice-body = ສິ່ງທີ່ປ່ຽນແປງ, ກ່ຽວຂ້ອງກັບໃຜ ແລະ ມີຜົນແຕ່ວັນທີໃດ.
archetype-origin-proof = ຫຼັກຖານແຫຼ່ງກຳເນີດທີ່ສັນຍາກຳນົດ (ເຊັ່ນ: Form D ຫຼື ຄຳຢັ້ງຢືນແຫຼ່ງກຳເນີດ).
archetype-origin-body = ບ່ອນເຜີຍແຜ່ກົດລະບຽບແຫຼ່ງກຳເນີດຂອງສັນຍາ, ແລະ ກົດລະບຽບທົ່ວໄປສຳລັບລະຫັດທີ່ບໍ່ມີໃນລາຍການ.
archetype-page-body = ຂຽນເນື້ອໃນຂອງໜ້ານີ້ຢູ່ບ່ອນນີ້, ເປັນ Markdown.
archetype-procedure-summary = ສິ່ງທີ່ຜູ້ປະກອບການຕ້ອງເຮັດ ແລະ ສິ່ງທີ່ຈະໄດ້ຮັບ, ໃນໜຶ່ງປະໂຫຍກ.
archetype-procedure-step = ຂັ້ນຕອນທຳອິດ: ສິ່ງທີ່ຜູ້ປະກອບການ ຫຼື ພະນັກງານພາສີເຮັດ
archetype-procedure-document = ໃບເກັບເງິນ (Invoice)
archetype-procedure-body = ຂັ້ນຕອນນີ້ນຳໃຊ້ກັບໃຜ, ຕ້ອງກະກຽມຫຍັງ, ຂໍ້ຜິດພາດ ແລະ ຄຳຖາມທີ່ພົບເລື້ອຍ. ເບິ່ງ docs/content-kinds.md#procedures ສຳລັບທຸກຊ່ອງຂໍ້ມູນ.
archetype-quota-body = ຜູ້ທີ່ມີສິດນຳເຂົ້າພາຍໃຕ້ໂກຕາພາສີ ແລະ ວິທີຍື່ນຄຳຮ້ອງ.
archetype-ruling-goods = ສິນຄ້າ ຕາມທີ່ລະບຸໄວ້ໃນການຕັດສິນ.
archetype-ruling-body = ເຫດຜົນ: ລະບຽບການ ແລະ ໝາຍເຫດທີ່ເປັນພື້ນຖານຂອງການຕັດສິນ.
archetype-tool-body = ເອກະສານນີ້ແມ່ນຫຍັງ ແລະ ອົງການນີ້ນຳໃຊ້ແນວໃດ.
archetype-translation-body = ແປເນື້ອໃນຂອງ { $original } ຢູ່ບ່ອນນີ້: ຫົວຂໍ້, ຄຳອະທິບາຍ, ຊ່ອງຂໍ້ຄວາມ ແລະ ເນື້ອໃນ. ຂໍ້ມູນ (ລະຫັດ, ຈຳນວນເງິນ, ວັນທີ, ເອກະສານອ້າງອີງ) ເອົາມາຈາກຕົ້ນສະບັບ, ຈຶ່ງບໍ່ຕ້ອງໃສ່.
