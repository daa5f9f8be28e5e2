# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = تلاش کے نتائج اور لنک کے پیش منظر کے لیے ایک جملہ۔
archetype-agency-body = یہ ادارہ سرحد پر کیا کرتا ہے اور تاجروں کو اس سے کب واسطہ پڑتا ہے۔
archetype-agency-address = سڑک، شہر
archetype-agency-hours = پیر تا جمعہ، 08:00 تا 17:00
archetype-exchange-rate-body = یہ شرح کن اشیا اور گوشواروں پر لاگو ہوتی ہے، اور کہاں سے لی گئی ہے۔
archetype-fee-reason = وہ خدمت جس کے عوض یہ فیس لی جاتی ہے (تجارتی سہولت کاری کے معاہدے کا آرٹیکل 6.1.2)۔
archetype-fee-payment = ادائیگی کا طریقہ اور وقت۔
archetype-fee-body = کون ادا کرتا ہے، استثنیات اور مثالیں۔
archetype-form-body = اسے کون پُر کرتا ہے، کب، اور کہاں جمع کرانا ہے۔
archetype-legal-body = یہ متن کن امور کو منضبط کرتا ہے، کن پر لاگو ہوتا ہے، اور اس کی اہم دفعات۔
archetype-measure-body = یہ کن اشیا پر لاگو ہوتا ہے، تاجر کو کیا کرنا ہے، اور درخواست کہاں دینی ہے۔
archetype-notice-body = کیا تبدیل ہو رہا ہے، کن کے لیے، اور کب سے۔
archetype-origin-proof = معاہدے کے تحت مطلوب مبدا کا ثبوت (Form D، مبدا کا اعلامیہ)۔
archetype-origin-body = معاہدے کے قواعدِ مبدا کہاں شائع ہوتے ہیں، اور فہرست میں شامل نہ کیے گئے کوڈز کے لیے عمومی قاعدہ۔
archetype-page-body = صفحے کا متن یہاں Markdown میں لکھیں۔
archetype-procedure-summary = تاجر کیا کرتا ہے اور اسے کیا ملتا ہے، ایک جملے میں۔
archetype-procedure-step = پہلا مرحلہ: تاجر یا افسر کیا کرتا ہے
archetype-procedure-document = کمرشل انوائس
archetype-procedure-body = یہ طریقۂ کار کن پر لاگو ہوتا ہے، کیا تیار کرنا ہے، عام غلطیاں اور سوالات۔ تمام کلیدوں کے لیے docs/content-kinds.md#procedures دیکھیں۔
archetype-quota-body = کوٹے کے تحت کون درآمد کر سکتا ہے، اور درخواست کیسے دی جائے۔
archetype-ruling-goods = سامان، جیسا کہ فیصلے میں بیان کیا گیا ہے۔
archetype-ruling-body = استدلال: وہ قواعد اور نوٹس جن کی بنیاد پر فیصلہ ہوتا ہے۔
archetype-tool-body = یہ دستاویز کیا ہے اور یہ ادارہ اسے کیسے نافذ کرتا ہے۔
archetype-translation-body = { $original } کے متن کا یہاں ترجمہ کریں: اس کا عنوان، تفصیل، متنی خانے اور مرکزی متن۔ ڈیٹا (کوڈ، رقوم، تاریخیں، حوالہ جات) اصل فائل سے لیا جاتا ہے؛ اسے شامل نہ کریں۔
