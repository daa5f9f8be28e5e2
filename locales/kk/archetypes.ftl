# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Іздеу нәтижелері мен сілтемелерді алдын ала қарауға арналған бір сөйлем.
archetype-agency-body = Органның шекарада не істейтіні және саудагерлер оған қашан жүгінетіні.
archetype-agency-address = Көше, қала
archetype-agency-hours = Дүйсенбі – жұма, 08:00–17:00
archetype-exchange-rate-body = Бағам қандай тауарлар мен декларацияларға қолданылатыны және оның қайдан алынатыны.
archetype-fee-reason = Осы алым алынатын қызмет (ДСҰ-ның Сауданы оңайлату туралы келісімі, 6.1.2-бап).
archetype-fee-payment = Қалай және қашан төлеу керек.
archetype-fee-body = Кім төлейді, төлеуден босату жағдайлары және мысалдар.
archetype-form-body = Нысанды кім толтырады, қашан және қайда тапсыру керек.
archetype-legal-body = Акт нені реттейді, кімге қолданылады және оның негізгі ережелері.
archetype-measure-body = Шара қандай тауарларға қолданылады, саудагер не істеуі керек және қайда жүгіну керек.
archetype-notice-body = Не өзгереді, кім үшін және қай күннен бастап.
archetype-origin-proof = Келісім талап ететін шығу тегінің дәлелі (Form D, шығу тегі туралы декларация).
archetype-origin-body = Келісімнің ережелері қайда жарияланғаны және тізімде жоқ кодтарға қолданылатын жалпы ереже.
archetype-page-body = Бет мәтінін осында Markdown пішімінде жазыңыз.
archetype-procedure-summary = Саудагер не істейді және не алады — бір сөйлеммен.
archetype-procedure-step = Бірінші кезең: саудагер немесе лауазымды адам не істейді
archetype-procedure-document = Шот-фактура (инвойс)
archetype-procedure-body = Бұл рәсім кімге қолданылады, не дайындау керек, жиі кездесетін қателер мен сұрақтар. Барлық өрістердің сипаттамасы: docs/content-kinds.md#procedures.
archetype-quota-body = Квота шеңберінде кім импорттай алады және өтінімді қалай беру керек.
archetype-ruling-goods = Шешімде сипатталғандай тауарлар.
archetype-ruling-body = Негіздеме: шешімді айқындайтын қағидалар мен ескертпелер.
archetype-tool-body = Бұл құжат не екені және осы әкімшілік оны қалай қолданатыны.
archetype-translation-body = { $original } файлының мәтінін осында аударыңыз: тақырыбын, сипаттамасын, мәтіндік өрістерін және негізгі мәтінін. Деректер (кодтар, сомалар, күндер, сілтемелер) түпнұсқадан алынады; оларды жазбаңыз.
