# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Qidiruv natijalari va havolalarni oldindan koʻrish uchun bitta gap.
archetype-agency-body = Idora chegarada qanday vazifalarni bajaradi va savdogarlar unga qachon murojaat qiladi.
archetype-agency-address = Koʻcha, shahar
archetype-agency-hours = Dushanba – juma, 08:00–17:00
archetype-exchange-rate-body = Kurs qaysi tovarlar va deklaratsiyalarga qoʻllaniladi va u qayerdan olinadi.
archetype-fee-reason = Ushbu yigʻim undiriladigan xizmat (JSTning Savdoni soddalashtirish toʻgʻrisidagi bitimi, 6.1.2-modda).
archetype-fee-payment = Qanday va qachon toʻlash kerak.
archetype-fee-body = Kim toʻlaydi, toʻlovdan ozod qilish holatlari va misollar.
archetype-form-body = Shaklni kim toʻldiradi, qachon va qayerga topshirish kerak.
archetype-legal-body = Hujjat nimani tartibga soladi, kimga taalluqli va uning asosiy qoidalari.
archetype-measure-body = Chora qaysi tovarlarga tatbiq etiladi, savdogar nima qilishi kerak va qayerga murojaat qilish kerak.
archetype-notice-body = Nima oʻzgaradi, kim uchun va qaysi sanadan boshlab.
archetype-origin-proof = Bitim talab qiladigan kelib chiqish dalili (Form D, kelib chiqish deklaratsiyasi).
archetype-origin-body = Bitim qoidalari qayerda eʼlon qilingan va roʻyxatda yoʻq kodlar uchun umumiy qoida.
archetype-page-body = Sahifa matnini shu yerga Markdown formatida yozing.
archetype-procedure-summary = Savdogar nima qiladi va nima oladi — bitta gapda.
archetype-procedure-step = Birinchi bosqich: savdogar yoki mansabdor shaxs nima qiladi
archetype-procedure-document = Hisob-faktura (invoys)
archetype-procedure-body = Ushbu tartib-taomil kimga tatbiq etiladi, nimalarni tayyorlash kerak, koʻp uchraydigan xatolar va savollar. Barcha maydonlar tavsifi: docs/content-kinds.md#procedures.
archetype-quota-body = Kvota doirasida kim import qilishi mumkin va ariza qanday beriladi.
archetype-ruling-goods = Qarorda tavsiflanganidek tovarlar.
archetype-ruling-body = Asoslash: qarorni belgilaydigan qoidalar va izohlar.
archetype-tool-body = Bu hujjat nima va ushbu maʼmuriyat uni qanday qoʻllaydi.
archetype-translation-body = { $original } faylining matnini shu yerda tarjima qiling: sarlavhasi, tavsifi, matn maydonlari va asosiy matni. Maʼlumotlar (kodlar, summalar, sanalar, havolalar) asl nusxadan olinadi; ularni yozmang.
