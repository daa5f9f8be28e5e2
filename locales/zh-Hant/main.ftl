# UI strings of the default theme, Chinese (Traditional).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = 跳至主要內容
language-switcher = 語言
main-navigation = 主選單
breadcrumb = 目前位置
footer-navigation = 關於本網站
footer-published-by = 本網站由{ $site }發布。

## Dates

last-updated = 最後更新：
published = 發布日期：

## Translations

notice-untranslated = 本頁尚未翻譯，現以原文（{ $original }）顯示。
notice-stale = 本譯文可能並非最新版本：原文（{ $original }）已於{ $date }更新。
notice-read-original = 閱讀原文（{ $original }）。

## Sections and pages

on-this-page = 本頁內容
in-this-section = { $count ->
   *[other] 本單元共有{ $count }個頁面
}
home-explore = 瀏覽本網站

## Errors and redirects

not-found-title = 找不到網頁
not-found-text = 您所要求的網頁不存在或已移至其他位置。請檢查網址，或返回首頁重新查詢。
not-found-home = 返回首頁
redirect-title = 本頁已移至新位置
redirect-link = 前往本頁的新網址

## Language chooser

chooser-intro = 請選擇語言。

## Tariff

tariff-sections = 類
tariff-section = 第{ $number }類
tariff-other-chapters = 其他章
tariff-chapter = 第{ $number }章
tariff-chapter-notes-of = 第{ $number }章註釋
tariff-see-chapter = 查看第{ $number }章全部內容
tariff-lines = 稅則號列
tariff-lines-under = { $code }項下的稅則號列
tariff-table-hint = 選擇貨品號列，查看其稅率及適用的規定。
tariff-no-rate = 無
tariff-rates-current = 現行稅率
tariff-rates-since = 自 { $date } 起適用的稅率
tariff-rates-from = 自 { $date } 起適用的稅率
tariff-rates-until = 適用至 { $date } 的稅率
tariff-rate-from = 自{ $date }起為{ $rate }
tariff-line-not-yet = 本稅則號列尚未生效：自{ $date }起適用。
tariff-line-ended = 本稅則號列已失效：最後有效日期為{ $date }。
tariff-line-ending = 本稅則號列現行有效：最後有效日期為{ $date }。
tariff-replaced-by = 自{ $date }起，本稅則號列由以下稅則號列取代：
tariff-replaces = 自{ $date }起，本稅則號列取代以下稅則號列：
tariff-timeline = 稅率沿革
tariff-timeline-column = 欄位
tariff-timeline-rate = 稅率
tariff-timeline-from = 起始日期
tariff-timeline-to = 截止日期
tariff-timeline-state = 狀態
tariff-state-past = 已失效
tariff-state-in_force = 現行
tariff-state-scheduled = 待生效
tariff-level-heading = 品目
tariff-level-subheading = 子目
tariff-level-national_line = 本國稅則號列
tariff-col-code = 貨品號列
tariff-col-description = 貨名
tariff-col-unit = 計量單位
tariff-col-mfn = 最惠國
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = 備註

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = 免稅
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%，最低 { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%，最高 { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = 程序
kind-fee = 規費或費用
kind-measure = 措施
kind-tool = 世界關務組織文書或工具
kind-legal = 法規文件
kind-form = 表格
kind-agency = 主管機關
kind-notice = 公告
kind-plural-procedure = 程序
kind-plural-fee = 規費及費用
kind-plural-measure = 措施：禁止、限制及許可
kind-plural-tool = 世界關務組織文書及工具
kind-plural-legal = 法規文件
kind-plural-form = 表格
kind-plural-agency = 主管機關
kind-plural-notice = 公告
backlinks-title = 引用本頁的內容
tariff-what-applies = 適用於此貨品的規定
footer-enquiry-point = 如有疑問，請洽國家諮詢點

field-legal-basis = 法律依據
field-hs = 涉及貨品（稅則號列）
field-direction = 業務類別
field-agencies = 相關機關
field-agency = 主管機關
field-tools = 採用的國際標準
field-duration = 通常辦理時間
field-amount = 金額
field-per = 計費單位
field-reason = 收費事由
field-authority = 收費機關
field-payment = 繳費方式
field-published = 發布日期
field-effective = 施行日期
field-effective-proposed = 擬生效日期
field-until = 最後收費日期
field-acronym = 簡稱
field-category = 領域
field-status = 狀態
field-issuer = 發布機關
field-adopted = 通過日期
field-url = 官方網頁
field-related = 相關文書
field-type = 類型
field-number = 編號
field-signed = 簽署日期
field-official-text = 正式文本
field-download = 下載
field-email = 電子郵件
field-phone = 電話
field-address = 地址
field-hours = 辦公時間
field-comment-until = 意見徵詢截止日期
field-affects = 涉及

direction-import = 進口
direction-export = 出口
direction-transit = 過境
direction-both = 進出口
direction-other = 其他程序
filter-by-direction = 依業務類別顯示程序

## Procedures

procedure-summary = 概覽
procedure-steps-count = 步驟數
procedure-total-time = 通常總辦理時間
procedure-total-fees = 費用
procedure-fees-more = { $count ->
   *[other] 另加{ $count }項視個案而定的費用
}
procedure-fees-varying = { $count ->
   *[other] { $count }項視個案而定的費用
}
procedure-documents = 應備文件
procedure-steps = 辦理步驟
procedure-steps-n = { $count ->
   *[other] 共{ $count }個步驟
}
duration-days = { $count ->
   *[other] { $count }天
}
duration-hours = { $count ->
   *[other] { $count }小時
}
duration-minutes = { $count ->
   *[other] { $count }分鐘
}
duration-range = { $min }至{ $max }
duration-join = { $first }{ $rest }

## Fees

money = { $money }
fee-schedule = 規費及費用一覽表
fee-tiers = 收費標準
fee-see-tiers = 查看收費標準
fee-per-declaration = 每份報單
fee-per-consignment = 每批貨物
fee-per-container = 每個貨櫃
fee-per-certificate = 每份證書
fee-per-hour = 每小時
fee-per-application = 每件申請
fee-per-day = 每日
fee-per-page = 每頁
fee-per-item = 每件
fee-in-force-current = 現行
fee-in-force-since = 自 { $date } 起適用
fee-amount-from = 自{ $date }起為{ $amount }
fee-changes-on = 收費標準自{ $date }起調整
fee-not-yet = 尚未施行：本項收費自{ $date }起徵收。
fee-ended = 已停止施行：本項收費最後徵收日期為{ $date }。
fee-state-not-yet = 尚未施行
fee-state-ended = 已停止施行
fee-timeline = 金額沿革
fee-timeline-tier = 情形
fee-timeline-from = 起始日期
fee-timeline-to = 截止日期
fee-timeline-state = 狀態
fee-value-past = 已失效
fee-value-in_force = 現行
fee-value-scheduled = 待生效

## WCO tools

tools-by-category = 領域
tool-category-conventions = 公約及協定
tool-category-facilitation = 貿易便捷化
tool-category-security = 供應鏈安全
tool-category-nomenclature = 貨品分類
tool-category-valuation = 關稅估價
tool-category-origin = 原產地
tool-category-enforcement = 查緝與遵法
tool-category-capacity-building = 能力建構
tool-category-data = 資料與科技
tool-category-revenue = 稅收
tool-status-contracting-party = 締約方
tool-status-applied = 已實施
tool-status-in-progress = 推動實施中
tool-status-not-applied = 未實施
tool-status-reference = 參考

## Measures, legal texts, notices

measure-type-prohibition = 禁止
measure-type-restriction = 限制
measure-type-licence = 許可證或許可
measure-type-sps = 衛生及植物檢疫措施
measure-type-tbt = 技術性規定
measure-type-quota = 配額
measure-type-other = 其他措施
legal-type-law = 法律
legal-type-decree = 法令
legal-type-circular = 通函
legal-type-ruling = 裁定
legal-type-agreement = 國際協定
notice-status-draft-for-comment = 意見徵詢中
notice-status-adopted = 已通過
notice-status-in-force = 現行有效
notice-status-repealed = 已廢止
notice-consultation-open = 本草案公開徵詢意見，截止日期為{ $date }。請將意見寄至

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
   *[other] 尚有{ $count }項資訊未在本網站公布。
}
tfa-not-covered = 尚未公布
tfa-1-1-a = 進口、出口及過境程序，以及所需表格及文件
tfa-1-1-b = 關稅及其他稅捐的適用稅率
tfa-1-1-c = 規費及費用
tfa-1-1-d = 海關目的之貨品分類或估價規定
tfa-1-1-e = 有關原產地規則的法律、規章及行政決定
tfa-1-1-f = 進口、出口或過境的限制或禁止
tfa-1-1-g = 罰則規定
tfa-1-1-h = 申訴或複查程序
tfa-1-1-i = 與其他國家簽訂之有關進口、出口或過境的協定
tfa-1-1-j = 關稅配額管理程序
tfa-1-2 = 透過網際網路提供的資訊
tfa-1-3 = 諮詢點

filter-all = 全部
tools-filter-status = 依本關實施狀態顯示文書

## Search

search-title = 搜尋
search-label = 站內搜尋
search-placeholder = 貨品、號列、程序、費用…
search-button = 搜尋
search-kind = 顯示
search-kind-all = 全部
search-kind-tariff = 稅則號列
search-kind-page = 其他頁面
search-hint = 可輸入任何形式的詞語，或帶點、不帶點的稅則號列（如 { $code }）。
search-needs-script = 搜尋功能需要啟用 JavaScript。您也可以依類及章瀏覽稅則。
search-count = 搜尋結果：
search-chapter = 稅則章
search-none = 找不到「{ $query }」的結果。
search-note-code = 沒有編碼 { $asked }。顯示 { $found }。
search-note-typo = 找不到「{ $asked }」的結果。顯示「{ $found }」的結果。
search-result-tariff = 稅則號列
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = 關稅 稅率 稅則
search-previous = 上一頁
search-next = 下一頁

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }：{ $value }
