# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = 进口、出口和过境程序（包括申诉或复议程序）的具体步骤
tfa-1-2-1-b = 所需表格和单证
tfa-1-2-1-c = 咨询点的联系方式
tfa-2-1 = 新订或修订的法律法规在生效前征求意见
tfa-2-2 = 边境机构与贸易商之间的定期磋商
tfa-6-1 = 规费和费用：收费理由、收费机关及缴纳方式，在实施前公布
notice-status-comment-closed = 意见征求期已结束
notice-status-withdrawn = 已撤回
change-consultation-open = 征求意见至 { $date }：{ $title }
change-consultation-closed = 意见征求已于 { $date } 结束：{ $title }
changes-follow-feed = 在“{ $feed }”订阅源中关注这些变更：
