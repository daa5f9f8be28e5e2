# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = 查詢您的貨物適用的關稅
home-lookup-label = 商品編碼或貨物描述
home-lookup-hint = 例如 { $code } 或 焙炒咖啡。
home-upcoming-title = 未來 { $days } 天內生效
home-upcoming-none = 未來 { $days } 天內沒有計畫生效的變更。
home-upcoming-more = { $count ->
   *[other] 該期間內另有 { $count } 項變更計畫生效。
}
home-all-changes = 所有變更（已發生和計畫中）
home-consultations-title = 正在徵求意見
home-consultation-until = 意見截止日期：{ $date }
home-consultations-none = 目前沒有正在徵求意見的事項。
home-recent-title = 最新變更
home-enquiry-title = 有疑問？
home-enquiry-text = 國家諮詢點解答貿易商關於關稅、程序和費用的問題。
home-browse-title = 瀏覽本網站
tariff-headings-index = 本章品目
tariff-columns-title = 各欄含義
tariff-index-about = 關於稅則
procedure-fee-if = 如適用
procedure-fees-conditional = 僅在部分情況下收取
