# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = 一句话，用于搜索结果和链接预览。
archetype-agency-body = 该部门在边境的职责，以及贸易商在哪些情况下需要与其联系。
archetype-agency-address = ××市××路××号
archetype-agency-hours = 周一至周五 08:00–17:00
archetype-exchange-rate-body = 该汇率适用于哪些货物和报关单，以及汇率的来源。
archetype-fee-reason = 本项收费所对应的服务（《贸易便利化协定》第6.1.2条）。
archetype-fee-payment = 缴费方式和时间。
archetype-fee-body = 由谁缴纳、免征情形及示例。
archetype-form-body = 由谁填写、何时填写、向何处提交。
archetype-legal-body = 本文件调整的事项、适用对象及主要条款。
archetype-measure-body = 涉及哪些货物、贸易商须办理哪些事项、向何处申请。
archetype-notice-body = 变更内容、涉及对象及生效时间。
archetype-origin-proof = 协定要求的原产地证明（如 Form D、原产地声明）。
archetype-origin-body = 协定原产地规则的公布位置，以及未列明编码适用的一般规则。
archetype-page-body = 在此用 Markdown 撰写页面内容。
archetype-procedure-summary = 用一句话说明贸易商需办理什么、可获得什么。
archetype-procedure-step = 第一步：贸易商或海关关员的操作
archetype-procedure-document = 商业发票
archetype-procedure-body = 本程序的适用对象、需准备的材料、常见错误和问题。所有字段见 docs/content-kinds.md#procedures。
archetype-quota-body = 哪些人可在配额内进口，以及如何申请。
archetype-ruling-goods = 裁定中所描述的货物。
archetype-ruling-body = 裁定理由：据以作出裁定的规则和注释。
archetype-tool-body = 该文书的内容，以及本海关如何实施。
archetype-translation-body = 在此翻译 { $original } 的文本：标题、描述、文本字段和正文。数据（编码、金额、日期、引用）取自原文，无需填写。
