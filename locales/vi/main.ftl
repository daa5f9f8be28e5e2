# UI strings of the default theme, Vietnamese.
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.

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
tariff-rates = Thuế suất
tariff-no-rate = Không có
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
