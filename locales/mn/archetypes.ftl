# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Хайлтын үр дүн болон холбоосын урьдчилсан харагдацад зориулсан нэг өгүүлбэр.
archetype-agency-body = Байгууллага хил дээр юу хийдэг, худалдаачид түүнд хэзээ ханддаг.
archetype-agency-address = Гудамж, хот
archetype-agency-hours = Даваа – Баасан, 08:00–17:00
archetype-exchange-rate-body = Ханшийг ямар бараа, мэдүүлэгт хэрэглэдэг, хаанаас авдаг.
archetype-fee-reason = Энэ хураамжийг ямар үйлчилгээний төлөө авдаг (ДХБ-ын Худалдааг хөнгөвчлөх тухай хэлэлцээрийн 6.1.2 дугаар зүйл).
archetype-fee-payment = Хэрхэн, хэзээ төлөх.
archetype-fee-body = Хэн төлөх, төлбөрөөс чөлөөлөх тохиолдол, жишээ.
archetype-form-body = Маягтыг хэн бөглөх, хэзээ, хаана өгөх.
archetype-legal-body = Акт юуг зохицуулдаг, хэнд хамаарах, гол заалтууд.
archetype-measure-body = Арга хэмжээ ямар бараанд хамаарах, худалдаачин юу хийх ёстой, хаана хандах.
archetype-notice-body = Юу өөрчлөгдөх, хэнд хамаатай, хэзээнээс эхлэх.
archetype-origin-proof = Хэлэлцээрт шаардсан гарал үүслийн нотолгоо (Form D, гарал үүслийн мэдүүлэг).
archetype-origin-body = Хэлэлцээрийн дүрэм хаана нийтлэгдсэн, жагсаалтад ороогүй кодод мөрдөх ерөнхий дүрэм.
archetype-page-body = Хуудасны текстийг энд Markdown форматаар бичнэ үү.
archetype-procedure-summary = Худалдаачин юу хийж, юу авах — нэг өгүүлбэрээр.
archetype-procedure-step = Эхний алхам: худалдаачин эсвэл албан хаагч юу хийх
archetype-procedure-document = Худалдааны нэхэмжлэх (инвойс)
archetype-procedure-body = Энэ журам хэнд хамаарах, юу бэлтгэх, түгээмэл алдаа ба асуулт. Бүх талбарын тайлбар: docs/content-kinds.md#procedures.
archetype-quota-body = Квотын хүрээнд хэн импортлох боломжтой, хэрхэн хүсэлт гаргах.
archetype-ruling-goods = Шийдвэрт тодорхойлсон байдлаарх бараа.
archetype-ruling-body = Үндэслэл: шийдвэрийг тодорхойлсон дүрэм ба тайлбар.
archetype-tool-body = Энэ баримт бичиг юу болох, энэ байгууллага үүнийг хэрхэн мөрддөг.
archetype-translation-body = { $original } файлын текстийг энд орчуулна уу: гарчиг, тайлбар, текст талбарууд, үндсэн текст. Өгөгдөл (код, дүн, огноо, холбоос) эх хувилбараас авагдана; тэдгээрийг бичих шаардлагагүй.
