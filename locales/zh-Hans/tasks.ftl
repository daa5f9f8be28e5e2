# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = 查询您的货物适用的关税
home-lookup-label = 商品编码或货物描述
home-lookup-hint = 例如 { $code } 或 焙炒咖啡。
home-upcoming-title = 未来 { $days } 天内生效
home-upcoming-none = 未来 { $days } 天内没有计划生效的变更。
home-upcoming-more = { $count ->
   *[other] 该期间内另有 { $count } 项变更计划生效。
}
home-all-changes = 所有变更（已发生和计划中）
home-consultations-title = 正在征求意见
home-consultation-until = 意见截止日期：{ $date }
home-consultations-none = 目前没有正在征求意见的事项。
home-recent-title = 最新变更
home-enquiry-title = 有疑问？
home-enquiry-text = 国家咨询点解答贸易商关于关税、程序和费用的问题。
home-browse-title = 浏览本网站
tariff-headings-index = 本章品目
tariff-columns-title = 各栏含义
tariff-index-about = 关于税则
procedure-fee-if = 如适用
procedure-fees-conditional = 仅在部分情况下收取
