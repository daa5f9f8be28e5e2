# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = 一句話，用於搜尋結果及連結預覽。
archetype-agency-body = 本機關在邊境的職掌，以及貿易商在哪些情況下須與其聯繫。
archetype-agency-address = ○○市○○路○○號
archetype-agency-hours = 週一至週五 08:00–17:00
archetype-exchange-rate-body = 本匯率適用於哪些貨物及報單，以及匯率的來源。
archetype-fee-reason = 本項收費所對應的服務（《貿易便捷化協定》第6.1.2條）。
archetype-fee-payment = 繳費方式及時間。
archetype-fee-body = 由誰繳納、免徵情形及範例。
archetype-form-body = 由誰填寫、何時填寫、向何處遞交。
archetype-legal-body = 本文件規範的事項、適用對象及主要條文。
archetype-measure-body = 涉及哪些貨物、貿易商應辦理哪些事項、向何處申請。
archetype-notice-body = 變更內容、涉及對象及生效日期。
archetype-origin-proof = 協定要求的原產地證明（如 Form D、原產地聲明）。
archetype-origin-body = 協定原產地規則的公布處，以及未列明號列適用的一般規則。
archetype-page-body = 在此以 Markdown 撰寫頁面內容。
archetype-procedure-summary = 以一句話說明貿易商需辦理什麼、可取得什麼。
archetype-procedure-step = 第一步：貿易商或關員的作業
archetype-procedure-document = 商業發票
archetype-procedure-body = 本程序的適用對象、應備文件、常見錯誤及問題。所有欄位請見 docs/content-kinds.md#procedures。
archetype-quota-body = 哪些人可於配額內進口，以及如何申請。
archetype-ruling-goods = 預先審核中所描述的貨物。
archetype-ruling-body = 審核理由：據以作成決定的規則及註釋。
archetype-tool-body = 該文書的內容，以及本關如何實施。
archetype-translation-body = 在此翻譯 { $original } 的文字：標題、描述、文字欄位及內文。資料（代碼、金額、日期、參照）取自原文，無須填寫。
