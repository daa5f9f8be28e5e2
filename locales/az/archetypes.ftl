# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Axtarış nəticələri və keçidlərin önizləməsi üçün bir cümlə.
archetype-agency-body = Qurum sərhəddə nə ilə məşğul olur və tacirlər ona nə vaxt müraciət edir.
archetype-agency-address = Küçə, şəhər
archetype-agency-hours = Bazar ertəsi – cümə, 08:00–17:00
archetype-exchange-rate-body = Məzənnə hansı mallara və bəyannamələrə tətbiq olunur və haradan götürülür.
archetype-fee-reason = Bu rüsumun müqabilində göstərilən xidmət (ÜTT-nin Ticarətin Asanlaşdırılması haqqında Sazişi, maddə 6.1.2).
archetype-fee-payment = Necə və nə vaxt ödəmək lazımdır.
archetype-fee-body = Kim ödəyir, ödənişdən azadolma halları və nümunələr.
archetype-form-body = Formanı kim doldurur, nə vaxt və hara təqdim etmək lazımdır.
archetype-legal-body = Akt nəyi tənzimləyir, kimə şamil olunur və onun əsas müddəaları.
archetype-measure-body = Tədbir hansı mallara aiddir, tacir nə etməlidir və hara müraciət etmək lazımdır.
archetype-notice-body = Nə dəyişir, kim üçün və hansı tarixdən.
archetype-origin-proof = Sazişin tələb etdiyi mənşə sübutu (Form D, mənşə bəyannaməsi).
archetype-origin-body = Sazişin qaydaları harada dərc olunub və siyahıda olmayan kodlar üçün ümumi qayda.
archetype-page-body = Səhifənin mətnini burada Markdown formatında yazın.
archetype-procedure-summary = Tacir nə edir və nə əldə edir — bir cümlə ilə.
archetype-procedure-step = Birinci mərhələ: tacir və ya vəzifəli şəxs nə edir
archetype-procedure-document = Hesab-faktura (invoys)
archetype-procedure-body = Bu prosedur kimə şamil olunur, nə hazırlamaq lazımdır, tez-tez rast gəlinən səhvlər və suallar. Bütün sahələrin təsviri: docs/content-kinds.md#procedures.
archetype-quota-body = Kvota çərçivəsində kim idxal edə bilər və müraciət necə edilir.
archetype-ruling-goods = Qərarda təsvir olunduğu kimi mallar.
archetype-ruling-body = Əsaslandırma: qərarı müəyyən edən qaydalar və qeydlər.
archetype-tool-body = Bu sənəd nədir və bu administrasiya onu necə tətbiq edir.
archetype-translation-body = { $original } faylının mətnini burada tərcümə edin: başlığını, təsvirini, mətn sahələrini və əsas mətnini. Məlumatlar (kodlar, məbləğlər, tarixlər, istinadlar) orijinaldan götürülür; onları yazmayın.
