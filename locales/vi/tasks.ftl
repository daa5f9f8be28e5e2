# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

home-lookup-title = Tra cứu thuế đối với hàng hóa của bạn
home-lookup-label = Mã hàng hóa hoặc mô tả hàng hóa
home-lookup-hint = Ví dụ { $code } hoặc cà phê rang.
home-upcoming-title = Có hiệu lực trong { $days } ngày tới
home-upcoming-none = Không có thay đổi nào dự kiến có hiệu lực trong { $days } ngày tới.
home-upcoming-more = { $count ->
   *[other] Trong thời gian này còn { $count } thay đổi khác dự kiến có hiệu lực.
}
home-all-changes = Tất cả thay đổi, đã qua và sắp tới
home-consultations-title = Lấy ý kiến đang mở
home-consultation-until = Góp ý đến hết { $date }
home-consultations-none = Hiện không có đợt lấy ý kiến nào đang mở.
home-recent-title = Thay đổi mới nhất
home-enquiry-title = Bạn có câu hỏi?
home-enquiry-text = Điểm hỏi đáp quốc gia trả lời câu hỏi của doanh nghiệp về biểu thuế, thủ tục và phí.
home-browse-title = Xem các mục của trang
tariff-headings-index = Các nhóm trong chương này
tariff-columns-title = Ý nghĩa các cột
tariff-index-about = Giới thiệu biểu thuế
procedure-fee-if = nếu có
procedure-fees-conditional = Chỉ thu trong một số trường hợp
