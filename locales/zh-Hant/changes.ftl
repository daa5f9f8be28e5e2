# UI strings of the default theme, Chinese (Traditional): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = 已變更及即將變更的內容
changes-title = 變更
changes-intro = 本網站已變更及即將變更的內容：稅則號列及稅率、費用、程序、措施、工具及公告。訂閱資訊來源，即可在變更發布後第一時間得知。
changes-upcoming = 即將生效
changes-recent = 近期變更
changes-none = 尚無變更紀錄。
changes-from-notices = 本列表顯示公告及各頁面的最後更新日期，不逐一列出每項稅率或稅則號列的變更。
changes-feeds = 訂閱
changes-feed-atom = Atom 資訊來源
changes-feed-json = JSON 資訊來源
changes-feed-chapter = 第{ $number }章：{ $title }
changes-kind-tariff = 稅則
changes-kind-procedures = 程序
changes-kind-fees = 規費及費用
changes-kind-measures = 措施
changes-kind-tools = 世界關務組織工具
changes-kind-notices = 公告
changes-kind-pages = 其他頁面
changes-filter-kind = 顯示
changes-filter-chapter = 稅則章
changes-all-chapters = 全部章
changes-effective = 自{ $date }起生效
changes-last-day = 最後有效日期：{ $date }
changes-history = 變更紀錄
changes-history-none = 本頁尚無變更紀錄。
changes-recorded = 記錄於{ $date }
change-none = 無
change-line-added = { $when ->
    [dated] 自{ $date }起新增稅則號列{ $code }：{ $description }
   *[other] 新增稅則號列{ $code }：{ $description }
}
change-lines-added = 第{ $chapter }章新增{ $count }個稅則號列
change-column-added = 第{ $chapter }章新增{ $column }欄
change-column-removed = 第{ $chapter }章刪除{ $column }欄
change-line-removed = 刪除稅則號列{ $code }（{ $description }）
change-rate = { $when ->
    [dated] { $code }的{ $column }稅率將於{ $date }由{ $old }調整為{ $new }
   *[other] { $code }的{ $column }稅率已由{ $old }調整為{ $new }
}
change-column = { $code }的{ $column }已由{ $old }變更為{ $new }
change-description = { $code }的貨名已修訂：{ $description }
change-fee-amount = { $when ->
    [dated] { $title }：金額將於{ $date }由{ $old }調整為{ $new }
   *[other] { $title }：金額已由{ $old }調整為{ $new }
}
change-fee-currency = { $title }：幣別已由{ $old }變更為{ $new }
change-fee-effective = { $title }：自{ $date }起生效
change-steps = { $title }：辦理步驟已修訂，現為{ $new ->
   *[other] { $new }個步驟
}（原為：{ $old }）
change-documents = { $title }：應備文件已變更
change-agencies = { $title }：相關機關已變更
change-fees = { $title }：收取的費用已變更
change-hs = { $title }：涉及貨品已變更
change-items-added = 新增：{ $items }。
change-items-removed = 刪除：{ $items }。
change-tool-status = { $title }：狀態已由「{ $old }」變更為「{ $new }」
change-page-added = 新增：{ $title }
change-page-removed = 撤除：{ $title }
change-text = 修訂：{ $title }
change-notice = 公告：{ $title }
change-updated = 更新：{ $title }
change-effective = 自{ $date }起生效。

## 帶日期的值：稅則號列的首日和末日、預定的稅率或金額。$date 為所涉日期；$was 為此前預定的日期。
change-line-starts = { $moved ->
    [yes] 稅則號列{ $code }改為自{ $date }起適用，而非{ $was }（{ $description }）
   *[other] 稅則號列{ $code }自{ $date }起適用（{ $description }）
}
change-line-start-withdrawn = 稅則號列{ $code }即日起適用，不再自{ $date }起（{ $description }）
change-line-ends = { $moved ->
    [yes] 稅則號列{ $code }改為適用至{ $date }，而非{ $was }（{ $description }）
   *[other] 稅則號列{ $code }適用至{ $date }（{ $description }）
}
change-line-end-withdrawn = 稅則號列{ $code }不再於{ $date }終止（{ $description }）
change-rate-revised = { $code }的{ $column }稅率：{ $date }的調整改為{ $new }，而非{ $old }
change-rate-moved = { $code }的{ $column }稅率：調整為{ $new }改於{ $date }生效，而非{ $was }
change-rate-withdrawn = 撤銷{ $code }的{ $column }稅率於{ $date }調整為{ $new }
change-fee-amount-revised = { $title }：自{ $date }起的金額改為{ $new }，而非{ $old }
change-fee-amount-moved = { $title }：金額{ $new }改為自{ $date }起適用，而非{ $was }
change-fee-amount-withdrawn = { $title }：撤銷於{ $date }將金額調整為{ $new }
change-fee-ends = { $moved ->
    [yes] { $title }：最後收取日改為{ $date }，而非{ $was }
   *[other] { $title }：最後收取日為{ $date }
}
change-fee-end-withdrawn = { $title }：不再於{ $date }終止
