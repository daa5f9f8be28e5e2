# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

archetype-description = جملة واحدة لنتائج البحث ومعاينات الروابط.
archetype-agency-body = ما تقوم به الجهة على الحدود ومتى يتعامل معها المتعاملون.
archetype-agency-address = الشارع، المدينة
archetype-agency-hours = من الاثنين إلى الجمعة، 08:00–17:00
archetype-exchange-rate-body = البضائع والبيانات التي ينطبق عليها السعر، ومصدره.
archetype-fee-reason = الخدمة التي يُدفع هذا الرسم مقابلها (اتفاقية تيسير التجارة، المادة 6.1.2).
archetype-fee-payment = كيف ومتى يُدفع.
archetype-fee-body = من يدفع، والإعفاءات، وأمثلة.
archetype-form-body = من يملؤه، ومتى، وأين يُقدَّم.
archetype-legal-body = ما ينظّمه النص، ولمن، وأهم أحكامه.
archetype-measure-body = البضائع التي يشملها، وما يجب على المتعامل فعله، وأين يُقدَّم الطلب.
archetype-notice-body = ما الذي يتغيّر، ولمن، ومتى.
archetype-origin-proof = إثبات المنشأ الذي يطلبه الاتفاق (Form D، أو إقرار بالمنشأ).
archetype-origin-body = أين تُنشر قواعد الاتفاق، والقاعدة العامة للرموز غير المدرجة.
archetype-page-body = اكتب الصفحة هنا، بصيغة Markdown.
archetype-procedure-summary = ما يفعله المتعامل وما يحصل عليه، في جملة واحدة.
archetype-procedure-step = الخطوة الأولى: ما يفعله المتعامل أو الموظف
archetype-procedure-document = الفاتورة التجارية
archetype-procedure-body = على من ينطبق هذا الإجراء، وما يجب تحضيره، والأخطاء والأسئلة الشائعة. انظر docs/content-kinds.md#procedures لكل المفاتيح.
archetype-quota-body = من يحق له الاستيراد ضمن الحصة، وكيف يُقدَّم الطلب.
archetype-ruling-goods = البضائع كما يصفها القرار.
archetype-ruling-body = التعليل: القواعد والملاحظات التي تحسم المسألة.
archetype-tool-body = ما هي الأداة وكيف تطبّقها هذه الإدارة.
archetype-translation-body = ترجم هنا نص { $original }: عنوانه ووصفه وحقوله النصية ومتنه. البيانات (الرموز والمبالغ والتواريخ والمراجع) تؤخذ من الأصل؛ لا تكررها.
