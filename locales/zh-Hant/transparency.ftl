# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = 進口、出口及過境程序（包括申訴或覆議程序）的具體步驟
tfa-1-2-1-b = 所需表格及文件
tfa-1-2-1-c = 諮詢點的聯絡資料
tfa-2-1 = 新訂或修訂的法律法規於生效前徵詢意見
tfa-2-2 = 邊境機關與貿易商之間的定期諮商
tfa-6-1 = 規費及費用：收費理由、收費機關及繳納方式，於實施前公布
notice-status-comment-closed = 意見徵詢期已結束
notice-status-withdrawn = 已撤回
change-consultation-open = 徵詢意見至 { $date }：{ $title }
change-consultation-closed = 意見徵詢已於 { $date } 結束：{ $title }
changes-follow-feed = 在「{ $feed }」訂閱源中追蹤這些變更：
