# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Gözleg netijeleri we salgylanmalaryň deslapky görnüşi üçin bir sözlem.
archetype-agency-body = Edara serhetde näme iş edýär we söwdagärler oňa haçan ýüz tutýar.
archetype-agency-address = Köçe, şäher
archetype-agency-hours = Duşenbe – anna, 08:00–17:00
archetype-exchange-rate-body = Hümmet haýsy harytlara we deklarasiýalara ulanylýar we ol nireden alynýar.
archetype-fee-reason = Bu ýygym haýsy hyzmat üçin alynýar (BSG-nyň Söwdany ýeňilleşdirmek hakynda ylalaşygy, 6.1.2-nji madda).
archetype-fee-payment = Nähili we haçan tölemeli.
archetype-fee-body = Kim töleýär, tölegden boşatmak ýagdaýlary we mysallar.
archetype-form-body = Görnüşi kim doldurýar, haçan we nirä tabşyrmaly.
archetype-legal-body = Nama nämäni düzgünleşdirýär, kime degişli we onuň esasy düzgünleri.
archetype-measure-body = Çäre haýsy harytlara degişli, söwdagär näme etmeli we nirä ýüz tutmaly.
archetype-notice-body = Näme üýtgeýär, kim üçin we haýsy seneden başlap.
archetype-origin-proof = Ylalaşygyň talap edýän gelip çykyşyň subutnamasy (Form D, gelip çykyş baradaky deklarasiýa).
archetype-origin-body = Ylalaşygyň düzgünleriniň neşir edilen ýeri we sanawda görkezilmedik kodlar üçin umumy düzgün.
archetype-page-body = Sahypanyň tekstini şu ýerde Markdown formatynda ýazyň.
archetype-procedure-summary = Söwdagär näme edýär we näme alýar — bir sözlemde.
archetype-procedure-step = Birinji tapgyr: söwdagär ýa-da wezipeli adam näme edýär
archetype-procedure-document = Hasap-faktura (inwoýs)
archetype-procedure-body = Bu tertip kime degişli, näme taýýarlamaly, köp goýberilýän ýalňyşlyklar we soraglar. Ähli meýdanlaryň beýany: docs/content-kinds.md#procedures.
archetype-quota-body = Kwotanyň çäginde kim import edip biler we arzany nähili bermeli.
archetype-ruling-goods = Kararda beýan edilişi ýaly harytlar.
archetype-ruling-body = Esaslandyrma: karary kesgitleýän düzgünler we bellikler.
archetype-tool-body = Bu resminama näme we bu edara ony nähili ulanýar.
archetype-translation-body = { $original } faýlynyň tekstini şu ýerde terjime ediň: adyny, beýanyny, tekst meýdanlaryny we esasy tekstini. Maglumatlar (kodlar, mukdarlar, seneler, salgylanmalar) asyl nusgadan alynýar; olary ýazmaň.
