# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = یک جمله برای نتایج جستجو و پیش‌نمایش پیوندها.
archetype-agency-body = این دستگاه در مرز چه کاری انجام می‌دهد و بازرگانان چه زمانی با آن سروکار دارند.
archetype-agency-address = خیابان، شهر
archetype-agency-hours = دوشنبه تا جمعه، ساعت ۸:۰۰ تا ۱۷:۰۰
archetype-exchange-rate-body = این نرخ برای کدام کالاها و اظهارنامه‌ها اعمال می‌شود و منبع آن کجاست.
archetype-fee-reason = خدمتی که این هزینه بابت آن دریافت می‌شود (موافقت‌نامه تسهیل تجارت، ماده ۶.۱.۲).
archetype-fee-payment = نحوه و زمان پرداخت.
archetype-fee-body = چه کسی می‌پردازد، معافیت‌ها و نمونه‌ها.
archetype-form-body = چه کسی این فرم را پر می‌کند، چه زمانی، و کجا باید آن را تسلیم کرد.
archetype-legal-body = موضوع این متن، اشخاص مشمول آن و مقررات اصلی آن.
archetype-measure-body = کالاهای مشمول، آنچه بازرگان باید انجام دهد و محل ارائه درخواست.
archetype-notice-body = چه چیزی تغییر می‌کند، برای چه کسانی و از چه تاریخی.
archetype-origin-proof = گواهی مبدأ مورد نیاز موافقت‌نامه (Form D، اظهارنامه مبدأ).
archetype-origin-body = محل انتشار قواعد مبدأ موافقت‌نامه، و قاعده عمومی برای کدهایی که در فهرست نیامده‌اند.
archetype-page-body = متن صفحه را اینجا با Markdown بنویسید.
archetype-procedure-summary = آنچه بازرگان انجام می‌دهد و به دست می‌آورد، در یک جمله.
archetype-procedure-step = مرحله اول: آنچه بازرگان یا مأمور انجام می‌دهد
archetype-procedure-document = سیاهه تجاری
archetype-procedure-body = این رویه شامل چه کسانی می‌شود، چه مدارکی باید آماده کرد، اشتباه‌ها و پرسش‌های رایج. برای همه کلیدها به docs/content-kinds.md#procedures مراجعه کنید.
archetype-quota-body = چه کسانی می‌توانند در چارچوب این سهمیه واردات انجام دهند و نحوه درخواست.
archetype-ruling-goods = کالا، به همان شرحی که در رأی آمده است.
archetype-ruling-body = استدلال رأی: قواعد و یادداشت‌هایی که مبنای تصمیم هستند.
archetype-tool-body = این سند چیست و این اداره چگونه آن را اجرا می‌کند.
archetype-translation-body = متن { $original } را اینجا ترجمه کنید: عنوان، توضیح، فیلدهای متنی و بدنه آن. داده‌ها (کدها، مبالغ، تاریخ‌ها، ارجاع‌ها) از فایل اصلی گرفته می‌شوند؛ آن‌ها را وارد نکنید.
