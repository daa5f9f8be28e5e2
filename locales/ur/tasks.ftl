# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = اپنے سامان پر محصول معلوم کریں
home-lookup-label = اشیا کا کوڈ یا سامان کی تفصیل
home-lookup-hint = مثلاً { $code } یا بھنی ہوئی کافی۔
home-upcoming-title = اگلے { $days } دنوں میں نافذ ہونے والی تبدیلیاں
home-upcoming-none = اگلے { $days } دنوں میں کچھ بھی نافذ ہونے کے لیے طے نہیں۔
home-upcoming-more = { $count ->
    [one] اس مدت میں ایک اور تبدیلی طے شدہ ہے۔
   *[other] اس مدت میں مزید { $count } تبدیلیاں طے شدہ ہیں۔
}
home-all-changes = تمام تبدیلیاں، گزشتہ اور طے شدہ
home-consultations-title = جاری مشاورتیں
home-consultation-until = { $date } تک آرا
home-consultations-none = اس وقت کوئی مشاورت آرا کے لیے کھلی نہیں۔
home-recent-title = تازہ ترین تبدیلیاں
home-enquiry-title = سوالات ہیں؟
home-enquiry-text = قومی معلوماتی مرکز تاجروں کے ٹیرف، طریقۂ کار اور فیسوں سے متعلق سوالات کے جواب دیتا ہے۔
home-browse-title = ویب سائٹ دیکھیں
tariff-headings-index = اس باب کی سرخیاں
tariff-columns-title = کالموں کا مطلب
tariff-index-about = ٹیرف کے بارے میں
procedure-fee-if = اگر لاگو ہو
procedure-fees-conditional = صرف بعض صورتوں میں وصول کی جاتی ہے
