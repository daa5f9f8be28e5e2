# UI strings of the default theme, Chinese (Simplified): change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = 已发生和即将发生的变更
changes-title = 变更
changes-intro = 本网站已发生和即将发生的变更：税则号列和税率、费用、程序、措施、工具和公告。订阅信息源，即可在变更发布后第一时间获知。
changes-upcoming = 即将生效
changes-recent = 近期变更
changes-none = 暂无变更记录。
changes-from-notices = 本列表显示公告及各页面的最后更新日期，不逐一列出每项税率或税则号列的变更。
changes-feeds = 订阅
changes-feed-atom = Atom 信息源
changes-feed-json = JSON 信息源
changes-feed-chapter = 第{ $number }章：{ $title }
changes-kind-tariff = 税则
changes-kind-procedures = 程序
changes-kind-fees = 规费和费用
changes-kind-measures = 措施
changes-kind-tools = 世界海关组织工具
changes-kind-notices = 公告
changes-kind-pages = 其他页面
changes-filter-kind = 显示
changes-filter-chapter = 税则章
changes-all-chapters = 全部章
changes-effective = 自{ $date }起生效
changes-last-day = 最后有效日期：{ $date }
changes-history = 变更历史
changes-history-none = 本页暂无变更记录。
changes-recorded = 记录于{ $date }
change-none = 无
change-line-added = { $when ->
    [dated] 自{ $date }起新增税则号列{ $code }：{ $description }
   *[other] 新增税则号列{ $code }：{ $description }
}
change-lines-added = 第{ $chapter }章新增{ $count }个税则号列
change-column-added = 第{ $chapter }章新增{ $column }栏
change-column-removed = 第{ $chapter }章删除{ $column }栏
change-line-removed = 删除税则号列{ $code }（{ $description }）
change-rate = { $when ->
    [dated] { $code }的{ $column }税率将于{ $date }由{ $old }调整为{ $new }
   *[other] { $code }的{ $column }税率已由{ $old }调整为{ $new }
}
change-column = { $code }的{ $column }已由{ $old }变更为{ $new }
change-description = { $code }的货品名称已修订：{ $description }
change-fee-amount = { $when ->
    [dated] { $title }：金额将于{ $date }由{ $old }调整为{ $new }
   *[other] { $title }：金额已由{ $old }调整为{ $new }
}
change-fee-currency = { $title }：币种已由{ $old }变更为{ $new }
change-fee-effective = { $title }：自{ $date }起生效
change-steps = { $title }：办理步骤已修订，现为{ $new ->
   *[other] { $new }个步骤
}（原为：{ $old }）
change-documents = { $title }：所需单证已变更
change-agencies = { $title }：相关部门已变更
change-fees = { $title }：所收费用已变更
change-hs = { $title }：涉及商品已变更
change-items-added = 新增：{ $items }。
change-items-removed = 删除：{ $items }。
change-tool-status = { $title }：状态已由“{ $old }”变更为“{ $new }”
change-page-added = 新增：{ $title }
change-page-removed = 撤下：{ $title }
change-text = 修订：{ $title }
change-notice = 公告：{ $title }
change-updated = 更新：{ $title }
change-effective = 自{ $date }起生效。

## 带日期的值：税则号列的首日和末日、预定的税率或金额。$date 为所涉日期；$was 为此前预定的日期。
change-line-starts = { $moved ->
    [yes] 税则号列{ $code }改为自{ $date }起适用，而非{ $was }（{ $description }）
   *[other] 税则号列{ $code }自{ $date }起适用（{ $description }）
}
change-line-start-withdrawn = 税则号列{ $code }即日起适用，不再自{ $date }起（{ $description }）
change-line-ends = { $moved ->
    [yes] 税则号列{ $code }改为适用至{ $date }，而非{ $was }（{ $description }）
   *[other] 税则号列{ $code }适用至{ $date }（{ $description }）
}
change-line-end-withdrawn = 税则号列{ $code }不再于{ $date }终止（{ $description }）
change-rate-revised = { $code }的{ $column }税率：{ $date }的调整改为{ $new }，而非{ $old }
change-rate-moved = { $code }的{ $column }税率：调整为{ $new }改于{ $date }生效，而非{ $was }
change-rate-withdrawn = 撤销{ $code }的{ $column }税率于{ $date }调整为{ $new }
change-fee-amount-revised = { $title }：自{ $date }起的金额改为{ $new }，而非{ $old }
change-fee-amount-moved = { $title }：金额{ $new }改为自{ $date }起适用，而非{ $was }
change-fee-amount-withdrawn = { $title }：撤销于{ $date }将金额调整为{ $new }
change-fee-ends = { $moved ->
    [yes] { $title }：最后收取日改为{ $date }，而非{ $was }
   *[other] { $title }：最后收取日为{ $date }
}
change-fee-end-withdrawn = { $title }：不再于{ $date }终止
