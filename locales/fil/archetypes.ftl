# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Isang pangungusap para sa mga resulta ng paghahanap at preview ng link.
archetype-agency-body = Ano ang ginagawa ng ahensiya sa hangganan at kailan nakikipag-ugnayan dito ang mga mangangalakal.
archetype-agency-address = Kalye, Lungsod
archetype-agency-hours = Lunes hanggang Biyernes, 8:00 n.u. hanggang 5:00 n.h.
archetype-exchange-rate-body = Aling mga kalakal at deklarasyon ang saklaw ng palitang ito, at saan ito nagmumula.
archetype-fee-reason = Ang serbisyong binabayaran ng bayaring ito (Artikulo 6.1.2 ng TFA).
archetype-fee-payment = Paano at kailan magbabayad.
archetype-fee-body = Sino ang nagbabayad, mga eksempsiyon at mga halimbawa.
archetype-form-body = Sino ang pumupuno nito, kailan, at saan ito isusumite.
archetype-legal-body = Ano ang sinasaklaw ng teksto, para kanino, at ang mga pangunahing probisyon nito.
archetype-measure-body = Aling mga kalakal ang saklaw nito, ano ang dapat gawin ng mangangalakal, at saan mag-aplay.
archetype-notice-body = Ano ang nagbabago, para kanino, at mula kailan.
archetype-origin-proof = Ang patunay ng pinagmulan na hinihingi ng kasunduan (Form D, deklarasyon ng pinagmulan).
archetype-origin-body = Saan inilalathala ang mga tuntunin ng pinagmulan ng kasunduan, at ang pangkalahatang tuntunin para sa mga code na wala sa listahan.
archetype-page-body = Isulat dito ang pahina, sa Markdown.
archetype-procedure-summary = Ang ginagawa at natatanggap ng mangangalakal, sa isang pangungusap.
archetype-procedure-step = Unang hakbang: ang ginagawa ng mangangalakal o ng opisyal
archetype-procedure-document = Commercial invoice
archetype-procedure-body = Para kanino ang pamamaraang ito, ano ang ihahanda, mga karaniwang pagkakamali at tanong. Tingnan ang docs/content-kinds.md#procedures para sa bawat key.
archetype-quota-body = Sino ang maaaring mag-angkat sa ilalim ng quota, at paano mag-aplay.
archetype-ruling-goods = Ang mga kalakal, ayon sa paglalarawan ng ruling.
archetype-ruling-body = Ang pangangatwiran: ang mga tuntunin at tala na nagpapasya rito.
archetype-tool-body = Ano ang instrumento at paano ito ipinatutupad ng administrasyong ito.
archetype-translation-body = Isalin dito ang teksto ng { $original }: ang pamagat, paglalarawan, mga text field at katawan nito. Ang datos (mga code, halaga, petsa, sanggunian) ay kinukuha mula sa orihinal; huwag na itong isama.
