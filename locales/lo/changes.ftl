# UI strings of the default theme, Lao: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = ສິ່ງທີ່ໄດ້ປ່ຽນແປງ ແລະ ສິ່ງທີ່ຈະປ່ຽນແປງ
changes-title = ການປ່ຽນແປງ
changes-intro = ສິ່ງທີ່ໄດ້ປ່ຽນແປງໃນເວັບໄຊນີ້ ແລະ ສິ່ງທີ່ຈະປ່ຽນແປງ: ລາຍການພິກັດ ແລະ ອັດຕາພາສີ, ຄ່າທຳນຽມ, ຂັ້ນຕອນ, ມາດຕະການ, ເຄື່ອງມື ແລະ ແຈ້ງການ. ລົງທະບຽນຮັບຟີດ ເພື່ອຮັບຮູ້ການປ່ຽນແປງທັນທີທີ່ມີການເຜີຍແຜ່.
changes-upcoming = ຈະມີຜົນບັງຄັບໃຊ້
changes-recent = ການປ່ຽນແປງຫຼ້າສຸດ
changes-none = ຍັງບໍ່ມີການບັນທຶກການປ່ຽນແປງ.
changes-from-notices = ລາຍການນີ້ສະແດງແຈ້ງການ ແລະ ວັນທີປັບປຸງຫຼ້າສຸດຂອງໜ້າຕ່າງໆ, ແຕ່ບໍ່ໄດ້ລະບຸການປ່ຽນແປງແຕ່ລະຄັ້ງຂອງອັດຕາພາສີ ຫຼື ລາຍການພິກັດ.
changes-feeds = ລົງທະບຽນຮັບ
changes-feed-atom = ຟີດ Atom
changes-feed-json = ຟີດ JSON
changes-feed-chapter = ໝວດ { $number }: { $title }
changes-kind-tariff = ພິກັດອັດຕາພາສີ
changes-kind-procedures = ຂັ້ນຕອນ
changes-kind-fees = ຄ່າທຳນຽມ ແລະ ຄ່າບໍລິການ
changes-kind-measures = ມາດຕະການ
changes-kind-tools = ເຄື່ອງມືຂອງອົງການພາສີໂລກ
changes-kind-notices = ແຈ້ງການ
changes-kind-pages = ໜ້າອື່ນໆ
changes-filter-kind = ສະແດງ
changes-filter-chapter = ໝວດຂອງພິກັດ
changes-all-chapters = ທຸກໝວດ
changes-effective = ມີຜົນບັງຄັບໃຊ້ແຕ່ວັນທີ { $date }
changes-last-day = ວັນສຸດທ້າຍທີ່ມີຜົນບັງຄັບໃຊ້: { $date }
changes-history = ປະຫວັດການປ່ຽນແປງ
changes-history-none = ບໍ່ມີການບັນທຶກການປ່ຽນແປງສຳລັບໜ້ານີ້.
changes-recorded = ບັນທຶກໃນວັນທີ { $date }
change-none = ບໍ່ມີ
change-line-added = { $when ->
    [dated] ລາຍການພິກັດໃໝ່ { $code } ນັບແຕ່ວັນທີ { $date }: { $description }
   *[other] ລາຍການພິກັດໃໝ່ { $code }: { $description }
}
change-lines-added = ເພີ່ມລາຍການພິກັດ { $count } ລາຍການໃນໝວດ { $chapter }
change-column-added = ເພີ່ມຖັນ { $column } ໃນໝວດ { $chapter }
change-column-removed = ລຶບຖັນ { $column } ອອກຈາກໝວດ { $chapter }
change-line-removed = ລຶບລາຍການພິກັດ { $code } ({ $description })
change-rate = { $when ->
    [dated] ອັດຕາ { $column } ຂອງ { $code } ຈະປ່ຽນຈາກ { $old } ເປັນ { $new } ໃນວັນທີ { $date }
   *[other] ອັດຕາ { $column } ຂອງ { $code } ໄດ້ປ່ຽນຈາກ { $old } ເປັນ { $new }
}
change-column = { $column } ຂອງ { $code } ໄດ້ປ່ຽນຈາກ { $old } ເປັນ { $new }
change-description = ປັບປຸງລາຍລະອຽດຂອງ { $code }: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: ຈຳນວນເງິນຈະປ່ຽນຈາກ { $old } ເປັນ { $new } ໃນວັນທີ { $date }
   *[other] { $title }: ຈຳນວນເງິນໄດ້ປ່ຽນຈາກ { $old } ເປັນ { $new }
}
change-fee-currency = { $title }: ສະກຸນເງິນໄດ້ປ່ຽນຈາກ { $old } ເປັນ { $new }
change-fee-effective = { $title }: ມີຜົນບັງຄັບໃຊ້ໃນວັນທີ { $date }
change-steps = { $title }: ປັບປຸງຂັ້ນຕອນ, ປັດຈຸບັນມີ { $new ->
   *[other] { $new } ຂັ້ນຕອນ
} (ເດີມ: { $old })
change-documents = { $title }: ເອກະສານທີ່ຕ້ອງການໄດ້ປ່ຽນແປງ
change-agencies = { $title }: ໜ່ວຍງານທີ່ກ່ຽວຂ້ອງໄດ້ປ່ຽນແປງ
change-fees = { $title }: ຄ່າທຳນຽມທີ່ເກັບໄດ້ປ່ຽນແປງ
change-hs = { $title }: ສິນຄ້າທີ່ກວມເອົາໄດ້ປ່ຽນແປງ
change-items-added = ເພີ່ມ: { $items }.
change-items-removed = ລຶບ: { $items }.
change-tool-status = { $title }: ສະຖານະໄດ້ປ່ຽນຈາກ “{ $old }” ເປັນ “{ $new }”
change-page-added = ໃໝ່: { $title }
change-page-removed = ຖອນອອກ: { $title }
change-text = ປັບປຸງ: { $title }
change-notice = ແຈ້ງການ: { $title }
change-updated = ອັບເດດ: { $title }
change-effective = ມີຜົນບັງຄັບໃຊ້ໃນວັນທີ { $date }.

## ຄ່າທີ່ມີວັນທີ: ວັນທຳອິດ ແລະ ວັນສຸດທ້າຍຂອງລາຍການພິກັດ, ອັດຕາ ຫຼື ຈຳນວນເງິນທີ່ກຳນົດໄວ້. $date ແມ່ນວັນທີທີ່ກ່ຽວຂ້ອງ; $was ແມ່ນວັນທີທີ່ກຳນົດໄວ້ກ່ອນ.
change-line-starts = { $moved ->
    [yes] ລາຍການພິກັດ { $code } ປ່ຽນເປັນມີຜົນນັບແຕ່ວັນທີ { $date } ແທນ { $was } ({ $description })
   *[other] ລາຍການພິກັດ { $code } ມີຜົນນັບແຕ່ວັນທີ { $date } ({ $description })
}
change-line-start-withdrawn = ລາຍການພິກັດ { $code } ມີຜົນທັນທີ, ບໍ່ແມ່ນນັບແຕ່ວັນທີ { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] ລາຍການພິກັດ { $code } ປ່ຽນເປັນໃຊ້ໄດ້ຮອດວັນທີ { $date } ແທນ { $was } ({ $description })
   *[other] ລາຍການພິກັດ { $code } ໃຊ້ໄດ້ຮອດວັນທີ { $date } ({ $description })
}
change-line-end-withdrawn = ລາຍການພິກັດ { $code } ບໍ່ສິ້ນສຸດໃນວັນທີ { $date } ອີກຕໍ່ໄປ ({ $description })
change-rate-revised = ອັດຕາ { $column } ຂອງ { $code }: ການປ່ຽນແປງໃນວັນທີ { $date } ປ່ຽນເປັນ { $new } ແທນ { $old }
change-rate-moved = ອັດຕາ { $column } ຂອງ { $code }: ການປ່ຽນເປັນ { $new } ມີຜົນໃນວັນທີ { $date } ແທນ { $was }
change-rate-withdrawn = ຍົກເລີກການປ່ຽນອັດຕາ { $column } ຂອງ { $code } ເປັນ { $new } ໃນວັນທີ { $date }
change-fee-amount-revised = { $title }: ຈຳນວນເງິນນັບແຕ່ວັນທີ { $date } ປ່ຽນເປັນ { $new } ແທນ { $old }
change-fee-amount-moved = { $title }: ຈຳນວນເງິນ { $new } ມີຜົນນັບແຕ່ວັນທີ { $date } ແທນ { $was }
change-fee-amount-withdrawn = { $title }: ຍົກເລີກການປ່ຽນຈຳນວນເງິນເປັນ { $new } ໃນວັນທີ { $date }
change-fee-ends = { $moved ->
    [yes] { $title }: ເກັບຄັ້ງສຸດທ້າຍໃນວັນທີ { $date } ແທນ { $was }
   *[other] { $title }: ເກັບຄັ້ງສຸດທ້າຍໃນວັນທີ { $date }
}
change-fee-end-withdrawn = { $title }: ບໍ່ສິ້ນສຸດໃນວັນທີ { $date } ອີກຕໍ່ໄປ
