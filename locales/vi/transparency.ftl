# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Thủ tục nhập khẩu, xuất khẩu và quá cảnh, kể cả thủ tục khiếu nại hoặc xem xét lại, từng bước
tfa-1-2-1-b = Mẫu đơn và chứng từ cần thiết
tfa-1-2-1-c = Thông tin liên hệ của các điểm hỏi đáp
tfa-2-1 = Lấy ý kiến về luật và quy định mới hoặc sửa đổi trước khi có hiệu lực
tfa-2-2 = Tham vấn định kỳ giữa các cơ quan quản lý biên giới và doanh nghiệp
tfa-6-1 = Phí và lệ phí: lý do, cơ quan thu và cách nộp, được công bố trước khi áp dụng
notice-status-comment-closed = Đã hết thời hạn lấy ý kiến
notice-status-withdrawn = Đã rút lại
change-consultation-open = Lấy ý kiến đến hết ngày { $date }: { $title }
change-consultation-closed = Đã kết thúc lấy ý kiến ngày { $date }: { $title }
changes-follow-feed = Theo dõi các thay đổi này trong nguồn tin “{ $feed }”:
