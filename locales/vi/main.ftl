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
