# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

archetype-description = Một câu cho kết quả tìm kiếm và bản xem trước liên kết.
archetype-agency-body = Cơ quan làm gì tại biên giới và khi nào doanh nghiệp làm việc với cơ quan.
archetype-agency-address = Đường, thành phố
archetype-agency-hours = Thứ Hai đến thứ Sáu, 08:00–17:00
archetype-exchange-rate-body = Tỷ giá áp dụng cho hàng hóa và tờ khai nào, và lấy từ nguồn nào.
archetype-fee-reason = Dịch vụ mà khoản phí này chi trả (Hiệp định TFA, Điều 6.1.2).
archetype-fee-payment = Nộp như thế nào và khi nào.
archetype-fee-body = Ai nộp, các trường hợp miễn và ví dụ.
archetype-form-body = Ai điền, khi nào và nộp ở đâu.
archetype-legal-body = Văn bản điều chỉnh vấn đề gì, đối với ai, và các quy định chính.
archetype-measure-body = Biện pháp áp dụng cho hàng hóa nào, doanh nghiệp phải làm gì và nộp hồ sơ ở đâu.
archetype-notice-body = Điều gì thay đổi, đối với ai và từ khi nào.
archetype-origin-proof = Chứng từ chứng nhận xuất xứ mà hiệp định yêu cầu (Form D, tự chứng nhận xuất xứ).
archetype-origin-body = Quy tắc của hiệp định được công bố ở đâu, và quy tắc chung cho các mã không được liệt kê.
archetype-page-body = Viết nội dung trang tại đây, bằng Markdown.
archetype-procedure-summary = Doanh nghiệp làm gì và nhận được gì, trong một câu.
archetype-procedure-step = Bước đầu tiên: doanh nghiệp hoặc công chức hải quan làm gì
archetype-procedure-document = Hóa đơn thương mại
archetype-procedure-body = Thủ tục này áp dụng cho ai, cần chuẩn bị gì, các lỗi và câu hỏi thường gặp. Xem docs/content-kinds.md#procedures để biết mọi khóa.
archetype-quota-body = Ai được nhập khẩu trong hạn ngạch, và cách đăng ký.
archetype-ruling-goods = Hàng hóa, như được mô tả trong quyết định.
archetype-ruling-body = Lập luận: các quy tắc và chú giải làm căn cứ cho quyết định.
archetype-tool-body = Công cụ này là gì và cơ quan hải quan áp dụng như thế nào.
archetype-translation-body = Dịch tại đây nội dung của { $original }: tiêu đề, mô tả, các trường văn bản và phần thân. Dữ liệu (mã, số tiền, ngày tháng, tham chiếu) lấy từ bản gốc; không chép lại.
