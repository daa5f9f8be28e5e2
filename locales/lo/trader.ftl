# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = ອັດຕາແລກປ່ຽນ
kind-plural-exchange-rate = ອັດຕາແລກປ່ຽນສຳລັບການກຳນົດມູນຄ່າພາສີ
tariff-col-excise = ອາກອນຊົມໃຊ້
tariff-col-vat = ອາກອນມູນຄ່າເພີ່ມ
xrate-currency = ສະກຸນເງິນ
xrate-rate = { $currency } ຕໍ່ໜຶ່ງຫົວໜ່ວຍ
xrate-in-force-current = ອັດຕາທີ່ມີຜົນບັງຄັບໃຊ້
xrate-in-force-since = ອັດຕາທີ່ມີຜົນບັງຄັບໃຊ້ຕັ້ງແຕ່ວັນທີ { $date }
xrate-next = ອັດຕາຕໍ່ໄປ
xrate-history = ອັດຕາຕາມໄລຍະເວລາ
xrate-state-past = ໝົດຜົນແລ້ວ
xrate-state-in_force = ມີຜົນບັງຄັບໃຊ້
xrate-state-scheduled = ກຳນົດໄວ້
calc-title = ຄາດຄະເນອາກອນຂາເຂົ້າ ແລະ ອາກອນອື່ນ
calc-estimate = ນີ້ແມ່ນການຄາດຄະເນ ບໍ່ແມ່ນການກຳນົດອາກອນ: ພາສີກຳນົດອາກອນຕາມໃບແຈ້ງພາສີ. ການຄາດຄະເນນີ້ບໍ່ລວມອາກອນຕ້ານການທຸ່ມຕະຫຼາດ ອາກອນປົກປ້ອງ ຄ່າທຳນຽມ ແລະ ການຫຼຸດຜ່ອນໃດໆທີ່ສິນຄ້າອາດໄດ້ຮັບ.
calc-value = ມູນຄ່າພາສີ
calc-currency = ສະກຸນເງິນ
calc-quantity = ປະລິມານ ({ $unit })
calc-regime = ອັດຕາອາກອນ
calc-submit = ຄິດໄລ່
calc-col-step = ຂັ້ນຕອນ
calc-col-formula = ວິທີຄິດໄລ່
calc-col-amount = ຈຳນວນເງິນ
calc-step-value = ມູນຄ່າພາສີເປັນ { $currency }
calc-step-duty = ອາກອນຂາເຂົ້າ ({ $regime })
calc-step-total = ອາກອນທັງໝົດ
calc-example = ຕົວຢ່າງ: ມູນຄ່າພາສີ { $value } { $currency } ແລະ { $quantity } { $unit } ຕາມອັດຕາ { $regime }
calc-yours = ສິນຄ້າຂອງທ່ານ: ມູນຄ່າພາສີ { $value } { $currency } ແລະ { $quantity } { $unit } ຕາມອັດຕາ { $regime }
calc-total = ອາກອນທີ່ຄາດຄະເນ: { $amount }
calc-at-least = ຢ່າງໜ້ອຍ
calc-at-most = ບໍ່ເກີນ
calc-invalid = ກະລຸນາປ້ອນມູນຄ່າພາສີ ແລະ ປະລິມານເປັນຕົວເລກ.
calc-no-rate = ບໍ່ມີອັດຕາແລກປ່ຽນສຳລັບ { $currency } ໃນວັນທີນີ້.
tariff-tax-waived = ບໍ່ເກັບຕາມອັດຕາ { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: ກະລຸນາປ້ອນມູນຄ່າພາສີເປັນ { $currency }.
calc-rates-link = ອັດຕາແລກປ່ຽນທີ່ໃຊ້ໃນການກຳນົດມູນຄ່າພາສີ

change-exchange-rate = { $when ->
    [dated] { $title }: ອັດຕາປ່ຽນຈາກ { $old } ເປັນ { $new } ວັນທີ { $date }
   *[other] { $title }: ອັດຕາໄດ້ປ່ຽນຈາກ { $old } ເປັນ { $new }
}
change-exchange-rate-revised = { $title }: ອັດຕາແຕ່ວັນທີ { $date } ປະຈຸບັນແມ່ນ { $new } ບໍ່ແມ່ນ { $old }
change-exchange-rate-moved = { $title }: ອັດຕາ { $new } ປະຈຸບັນໃຊ້ແຕ່ວັນທີ { $date } ບໍ່ແມ່ນ { $was }
change-exchange-rate-withdrawn = { $title }: ການປ່ຽນອັດຕາເປັນ { $new } ວັນທີ { $date } ຖືກຍົກເລີກ

kind-origin = ກົດລະບຽບແຫຼ່ງກຳເນີດ
kind-plural-origin = ກົດລະບຽບແຫຼ່ງກຳເນີດ
origin-rule = ກົດລະບຽບແຫຼ່ງກຳເນີດ
origin-rules = ກົດລະບຽບສະເພາະສິນຄ້າ
origin-proof = ຫຼັກຖານແຫຼ່ງກຳເນີດ
origin-agreement = ສັນຍາ
origin-column = ອັດຕາພິເສດ
origin-or = ຫຼື
origin-and = ແລະ
origin-term-wo = ໄດ້ມາທັງໝົດ
origin-term-pe = ຜະລິດທັງໝົດຈາກວັດຖຸທີ່ມີແຫຼ່ງກຳເນີດ
origin-term-cc = ການປ່ຽນໝວດ
origin-term-cth = ການປ່ຽນຫົວຂໍ້
origin-term-ctsh = ການປ່ຽນຫົວຂໍ້ຍ່ອຍ
origin-term-rvc = ມູນຄ່າພາຍໃນພາກພື້ນຢ່າງໜ້ອຍ { $percent }%

kind-quota = ໂກຕາພາສີ
kind-plural-quota = ໂກຕາພາສີ
quota-order = ເລກທີໂກຕາ
quota-balance = ຍອດຄົງເຫຼືອວັນທີ { $date }
quota-volume = ປະລິມານ
quota-in = ອັດຕາໃນໂກຕາ
quota-out = ອັດຕານອກໂກຕາ
quota-period = ໄລຍະໂກຕາ
quota-period-dates = ແຕ່ { $from } ຫາ { $to }
quota-allocation = ການແບ່ງປັນ
quota-allocation-first-come-first-served = ມາກ່ອນໄດ້ກ່ອນ
quota-allocation-licence = ໃບອະນຸຍາດນຳເຂົ້າ
quota-allocation-historical = ຕາມສ່ວນການນຳເຂົ້າທີ່ຜ່ານມາ
quota-allocation-auction = ການປະມູນ
quota-state-open = ເປີດ
quota-state-exhausted = ໝົດແລ້ວ
quota-state-closed = ປິດ
quota-history = ຍອດຄົງເຫຼືອຕາມໄລຍະເວລາ
change-quota-balance = { $when ->
    [dated] { $title }: ຍອດຄົງເຫຼືອປ່ຽນຈາກ { $old } ເປັນ { $new } ວັນທີ { $date }
   *[other] { $title }: ຍອດຄົງເຫຼືອໄດ້ປ່ຽນຈາກ { $old } ເປັນ { $new }
}
change-quota-balance-revised = { $title }: ຍອດຄົງເຫຼືອແຕ່ວັນທີ { $date } ປະຈຸບັນແມ່ນ { $new } ບໍ່ແມ່ນ { $old }
change-quota-balance-moved = { $title }: ຍອດຄົງເຫຼືອ { $new } ປະຈຸບັນໃຊ້ແຕ່ວັນທີ { $date } ບໍ່ແມ່ນ { $was }
change-quota-balance-withdrawn = { $title }: ຍອດຄົງເຫຼືອ { $new } ແຕ່ວັນທີ { $date } ຖືກຖອນ

kind-ruling = ການຕັດສິນລ່ວງໜ້າ
kind-plural-ruling = ການຕັດສິນລ່ວງໜ້າທີ່ມີຜົນຜູກມັດ
ruling-number = ເລກທີການຕັດສິນ
ruling-issued = ອອກວັນທີ
ruling-goods = ສິນຄ້າ
ruling-type-classification = ການຈັດປະເພດ
ruling-type-origin = ແຫຼ່ງກຳເນີດ
ruling-type-valuation = ມູນຄ່າ
ruling-valid = ມີຜົນ
ruling-valid-until = ມີຜົນຮອດວັນທີ { $date }
ruling-expired = ໝົດອາຍຸວັນທີ { $date }
