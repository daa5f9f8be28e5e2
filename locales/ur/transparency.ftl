# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = درآمد، برآمد اور ٹرانزٹ کے طریقہ ہائے کار، بشمول اپیل یا نظرِ ثانی، مرحلہ وار
tfa-1-2-1-b = مطلوبہ فارم اور دستاویزات
tfa-1-2-1-c = معلوماتی مراکز سے رابطے کی تفصیلات
tfa-2-1 = نئے یا ترمیم شدہ قوانین و ضوابط پر نافذ ہونے سے پہلے آرا کا موقع
tfa-2-2 = سرحدی اداروں اور تاجروں کے درمیان باقاعدہ مشاورت
tfa-6-1 = فیس اور محصولات: وجہ، وصول کرنے والا ادارہ اور ادائیگی کا طریقہ، نفاذ سے پہلے شائع شدہ
notice-status-comment-closed = آرا کی مدت ختم ہو چکی
notice-status-withdrawn = واپس لیا گیا
change-consultation-open = مشاورت { $date } تک آرا کے لیے کھلی ہے: { $title }
change-consultation-closed = مشاورت { $date } کو بند ہوئی: { $title }
changes-follow-feed = ان تبدیلیوں کو فیڈ «{ $feed }» میں دیکھتے رہیں:
