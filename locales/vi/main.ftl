# UI strings of the default theme, Vietnamese.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Bỏ qua để đến nội dung chính
language-switcher = Ngôn ngữ
main-navigation = Menu chính
breadcrumb = Bạn đang ở đây
footer-navigation = Về trang thông tin này
footer-published-by = Trang thông tin do { $site } phát hành.

## Dates

last-updated = Cập nhật lần cuối:
published = Ngày đăng:

## Translations

notice-untranslated = Trang này chưa được dịch. Nội dung đang được hiển thị bằng ngôn ngữ gốc ({ $original }).
notice-stale = Bản dịch này có thể chưa được cập nhật: bản gốc ({ $original }) đã được cập nhật ngày { $date }.
notice-read-original = Xem bản gốc ({ $original }).

## Sections and pages

on-this-page = Trong trang này
in-this-section = { $count } trang trong chuyên mục này
home-explore = Khám phá trang thông tin

## Errors and redirects

not-found-title = Không tìm thấy trang
not-found-text = Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác. Vui lòng kiểm tra lại địa chỉ hoặc quay về trang chủ.
not-found-home = Về trang chủ
redirect-title = Trang này đã được chuyển
redirect-link = Đến địa chỉ mới của trang này

## Language chooser

chooser-intro = Vui lòng chọn ngôn ngữ.

## Biểu thuế

tariff-sections = Các phần
tariff-section = Phần { $number }
tariff-other-chapters = Các chương khác
tariff-chapter = Chương { $number }
tariff-chapter-notes-of = Chú giải chương { $number }
tariff-see-chapter = Xem toàn bộ chương { $number }
tariff-lines = Các dòng thuế
tariff-lines-under = Các dòng thuộc { $code }
tariff-table-hint = Chọn một mã để xem thuế suất và các quy định áp dụng.
tariff-no-rate = Không có
tariff-rates-current = Thuế suất có hiệu lực
tariff-rates-since = Thuế suất có hiệu lực từ ngày { $date }
tariff-rates-from = Thuế suất áp dụng từ ngày { $date }
tariff-rates-until = Thuế suất áp dụng đến hết ngày { $date }
tariff-rate-from = { $rate } từ { $date }
tariff-line-not-yet = Dòng thuế này chưa có hiệu lực: áp dụng từ { $date }.
tariff-line-ended = Dòng thuế này không còn hiệu lực: ngày cuối cùng là { $date }.
tariff-line-ending = Dòng thuế này có hiệu lực đến hết ngày { $date }, là ngày cuối cùng áp dụng.
tariff-replaced-by = Từ { $date }, dòng thuế này được thay thế bằng:
tariff-replaces = Từ { $date }, dòng thuế này thay thế cho:
tariff-timeline = Thuế suất theo thời gian
tariff-timeline-column = Cột
tariff-timeline-rate = Thuế suất
tariff-timeline-from = Từ
tariff-timeline-to = Đến
tariff-timeline-state = Trạng thái
tariff-state-past = Đã hết hiệu lực
tariff-state-in_force = Đang có hiệu lực
tariff-state-scheduled = Dự kiến
tariff-level-heading = Nhóm
tariff-level-subheading = Phân nhóm
tariff-level-national_line = Dòng thuế quốc gia
tariff-col-code = Mã hàng
tariff-col-description = Mô tả hàng hóa
tariff-col-unit = Đơn vị tính
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Ghi chú

## Thuế suất

rate-free = Miễn thuế
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, tối thiểu { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, tối đa { $amount } { $currency }/{ $unit }

## Nội dung hải quan: loại, trường thông tin và giá trị

kind-procedure = Thủ tục
kind-fee = Phí, lệ phí
kind-measure = Biện pháp
kind-tool = Văn kiện hoặc công cụ của Tổ chức Hải quan Thế giới
kind-legal = Văn bản pháp lý
kind-form = Biểu mẫu
kind-agency = Cơ quan
kind-notice = Thông báo
kind-plural-procedure = Thủ tục
kind-plural-fee = Phí và lệ phí
kind-plural-measure = Biện pháp: cấm, hạn chế và giấy phép
kind-plural-tool = Văn kiện và công cụ của Tổ chức Hải quan Thế giới
kind-plural-legal = Văn bản pháp lý
kind-plural-form = Biểu mẫu
kind-plural-agency = Cơ quan
kind-plural-notice = Thông báo
backlinks-title = Được dẫn chiếu tại
tariff-what-applies = Quy định áp dụng đối với hàng hóa này
footer-enquiry-point = Có câu hỏi? Hãy liên hệ Điểm hỏi đáp quốc gia

field-legal-basis = Căn cứ pháp lý
field-hs = Hàng hóa liên quan (mã số HS)
field-direction = Loại hình
field-agencies = Các cơ quan liên quan
field-agency = Cơ quan
field-tools = Chuẩn mực quốc tế được áp dụng
field-duration = Thời gian thông thường
field-amount = Mức thu
field-per = Đơn vị tính thu
field-reason = Lý do thu
field-authority = Cơ quan thu
field-payment = Phương thức nộp
field-published = Ngày đăng
field-effective = Có hiệu lực từ
field-effective-proposed = Ngày hiệu lực dự kiến
field-until = Ngày cuối cùng thu phí
field-acronym = Tên viết tắt
field-category = Lĩnh vực
field-status = Tình trạng
field-issuer = Cơ quan ban hành
field-adopted = Ngày thông qua
field-url = Trang chính thức
field-related = Văn kiện liên quan
field-type = Loại
field-number = Số hiệu
field-signed = Ngày ký
field-official-text = Văn bản chính thức
field-download = Tải về
field-email = Thư điện tử
field-phone = Điện thoại
field-address = Địa chỉ
field-hours = Giờ làm việc
field-comment-until = Hạn góp ý
field-affects = Liên quan đến

direction-import = Nhập khẩu
direction-export = Xuất khẩu
direction-transit = Quá cảnh
direction-both = Nhập khẩu và xuất khẩu
direction-other = Thủ tục khác
filter-by-direction = Xem thủ tục theo loại hình

## Thủ tục

procedure-summary = Tóm tắt
procedure-steps-count = Số bước
procedure-total-time = Tổng thời gian thông thường
procedure-total-fees = Phí, lệ phí
procedure-fees-more = { $count ->
   *[other] và { $count } khoản phí khác tùy theo từng trường hợp
}
procedure-fees-varying = { $count ->
   *[other] { $count } khoản phí tùy theo từng trường hợp
}
procedure-documents = Hồ sơ cần chuẩn bị
procedure-steps = Trình tự thực hiện
procedure-steps-n = { $count ->
   *[other] { $count } bước
}
duration-days = { $count ->
   *[other] { $count } ngày
}
duration-hours = { $count ->
   *[other] { $count } giờ
}
duration-minutes = { $count ->
   *[other] { $count } phút
}
duration-range = từ { $min } đến { $max }
duration-join = { $first } { $rest }

## Phí và lệ phí

money = { $money }
fee-schedule = Biểu phí và lệ phí
fee-tiers = Mức thu
fee-see-tiers = Xem mức thu
fee-per-declaration = mỗi tờ khai
fee-per-consignment = mỗi lô hàng
fee-per-container = mỗi container
fee-per-certificate = mỗi giấy chứng nhận
fee-per-hour = mỗi giờ
fee-per-application = mỗi hồ sơ
fee-per-day = mỗi ngày
fee-per-page = mỗi trang
fee-per-item = mỗi mặt hàng
fee-in-force-current = đang áp dụng
fee-in-force-since = áp dụng từ ngày { $date }
# $amount là số tiền đã định dạng kèm đơn vị tiền tệ, $date là ngày đã định dạng.
fee-amount-from = { $amount } từ ngày { $date }
fee-changes-on = Mức thu thay đổi từ ngày { $date }
fee-not-yet = Chưa có hiệu lực: phí này được thu từ ngày { $date }.
fee-ended = Không còn hiệu lực: phí này được thu lần cuối vào ngày { $date }.
fee-state-not-yet = Chưa có hiệu lực
fee-state-ended = Hết hiệu lực
fee-timeline = Mức thu qua các thời kỳ
fee-timeline-tier = Trường hợp
fee-timeline-from = Từ ngày
fee-timeline-to = Đến hết ngày
fee-timeline-state = Tình trạng
fee-value-past = Đã hết áp dụng
fee-value-in_force = Đang áp dụng
fee-value-scheduled = Sắp áp dụng

## Công cụ của Tổ chức Hải quan Thế giới

tools-by-category = Lĩnh vực
tool-category-conventions = Công ước và hiệp định
tool-category-facilitation = Tạo thuận lợi thương mại
tool-category-security = An ninh chuỗi cung ứng
tool-category-nomenclature = Phân loại hàng hóa
tool-category-valuation = Trị giá hải quan
tool-category-origin = Xuất xứ
tool-category-enforcement = Kiểm soát và tuân thủ
tool-category-capacity-building = Nâng cao năng lực
tool-category-data = Dữ liệu và công nghệ
tool-category-revenue = Thu ngân sách
tool-status-contracting-party = Bên ký kết
tool-status-applied = Đã áp dụng
tool-status-in-progress = Đang triển khai
tool-status-not-applied = Chưa áp dụng
tool-status-reference = Tham khảo

## Biện pháp, văn bản pháp lý, thông báo

measure-type-prohibition = Cấm
measure-type-restriction = Hạn chế
measure-type-licence = Giấy phép hoặc văn bản cho phép
measure-type-sps = Vệ sinh dịch tễ và kiểm dịch động thực vật
measure-type-tbt = Yêu cầu kỹ thuật
measure-type-quota = Hạn ngạch
measure-type-other = Biện pháp khác
legal-type-law = Luật
legal-type-decree = Nghị định
legal-type-circular = Thông tư
legal-type-ruling = Quyết định
legal-type-agreement = Điều ước quốc tế
notice-status-draft-for-comment = Đang lấy ý kiến
notice-status-adopted = Đã thông qua
notice-status-in-force = Đang có hiệu lực
notice-status-repealed = Đã bãi bỏ
notice-consultation-open = Dự thảo này đang được lấy ý kiến đến hết ngày { $date }. Ý kiến góp ý xin gửi về

## Minh bạch (Hiệp định Tạo thuận lợi Thương mại của WTO, Điều 1)

tfa-missing = { $count ->
   *[other] Còn { $count } nội dung chưa được đăng tải trên trang thông tin này.
}
tfa-not-covered = Chưa đăng tải
tfa-1-1-a = Thủ tục nhập khẩu, xuất khẩu và quá cảnh, các mẫu đơn và chứng từ cần thiết
tfa-1-1-b = Mức thuế hải quan và các loại thuế được áp dụng
tfa-1-1-c = Phí và lệ phí
tfa-1-1-d = Quy định về phân loại hoặc xác định trị giá hải quan của hàng hóa
tfa-1-1-e = Luật, quy định và quyết định hành chính liên quan đến quy tắc xuất xứ
tfa-1-1-f = Các biện pháp hạn chế hoặc cấm nhập khẩu, xuất khẩu hoặc quá cảnh
tfa-1-1-g = Quy định về xử phạt
tfa-1-1-h = Thủ tục khiếu nại hoặc xem xét lại
tfa-1-1-i = Các hiệp định với nước khác liên quan đến nhập khẩu, xuất khẩu hoặc quá cảnh
tfa-1-1-j = Thủ tục quản lý hạn ngạch thuế quan
tfa-1-2 = Thông tin được cung cấp trên Internet
tfa-1-3 = Điểm hỏi đáp

filter-all = Tất cả
tools-filter-status = Xem công cụ theo tình trạng áp dụng của cơ quan hải quan

## Tìm kiếm

search-title = Tìm kiếm
search-label = Tìm kiếm trên trang
search-placeholder = Hàng hóa, mã số, thủ tục, phí…
search-button = Tìm
search-kind = Hiển thị
search-kind-all = Tất cả
search-kind-tariff = Mã số hàng hóa
search-kind-page = Trang khác
search-hint = Nhập từ khóa có dấu hoặc không dấu, hoặc mã số hàng hóa có hoặc không có dấu chấm ({ $code }).
search-needs-script = Chức năng tìm kiếm cần JavaScript. Bạn có thể tra cứu biểu thuế theo phần và chương.
search-count = Kết quả:
search-chapter = Chương biểu thuế
search-none = Không có kết quả cho “{ $query }”.
search-note-code = Không có mã { $asked }. Hiển thị { $found }.
search-note-typo = Không có kết quả cho “{ $asked }”. Hiển thị kết quả cho “{ $found }”.
search-result-tariff = Mã số hàng hóa
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = thuế suất biểu thuế nhập khẩu
search-previous = Trước
search-next = Tiếp

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
