# Review: drafted by the kb team, not yet reviewed by a native speaker.

# Nguồn tin thay đổi và trang thay đổi.
footer-changes = Những gì đã và sẽ thay đổi
changes-title = Thay đổi
changes-intro = Những gì đã thay đổi trên trang này và những gì sẽ thay đổi: dòng thuế và thuế suất, phí, thủ tục, biện pháp, công cụ và thông báo. Đăng ký một nguồn tin để biết thay đổi ngay khi được công bố.
changes-upcoming = Sắp có hiệu lực
changes-recent = Thay đổi gần đây
changes-none = Chưa ghi nhận thay đổi nào.
changes-from-notices = Danh sách này nêu các thông báo và ngày cập nhật lần cuối của các trang; danh sách không liệt kê từng thay đổi về thuế suất hay dòng thuế.
changes-feeds = Đăng ký
changes-feed-atom = Nguồn tin Atom
changes-feed-json = Nguồn tin JSON
changes-feed-chapter = Chương { $number }: { $title }
changes-kind-tariff = Biểu thuế
changes-kind-procedures = Thủ tục
changes-kind-fees = Phí và lệ phí
changes-kind-measures = Biện pháp
changes-kind-tools = Công cụ của WCO
changes-kind-notices = Thông báo
changes-kind-pages = Trang khác
changes-filter-kind = Hiển thị
changes-filter-chapter = Chương biểu thuế
changes-all-chapters = Tất cả các chương
changes-effective = Có hiệu lực từ { $date }
changes-last-day = Ngày cuối cùng có hiệu lực: { $date }
changes-history = Lịch sử thay đổi
changes-history-none = Chưa ghi nhận thay đổi nào cho trang này.
changes-recorded = Ghi nhận ngày { $date }
change-none = không có
change-line-added = { $when ->
    [dated] Dòng thuế mới { $code } từ { $date }: { $description }
   *[other] Dòng thuế mới { $code }: { $description }
}
change-lines-added = Đã thêm { $count } dòng thuế vào chương { $chapter }
change-column-added = Đã thêm cột { $column } vào chương { $chapter }
change-column-removed = Đã bỏ cột { $column } khỏi chương { $chapter }
change-line-removed = Đã bỏ dòng thuế { $code } ({ $description })
change-rate = { $when ->
    [dated] Thuế suất { $column } của { $code } thay đổi từ { $old } thành { $new } vào { $date }
   *[other] Thuế suất { $column } của { $code } đã thay đổi từ { $old } thành { $new }
}
change-column = { $column } của { $code }: từ { $old } thành { $new }
change-description = Đã sửa mô tả của { $code }: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: mức thu thay đổi từ { $old } thành { $new } vào { $date }
   *[other] { $title }: mức thu đã thay đổi từ { $old } thành { $new }
}
change-fee-currency = { $title }: đơn vị tiền tệ đổi từ { $old } thành { $new }
change-fee-effective = { $title }: có hiệu lực vào { $date }
change-steps = { $title }: đã sửa các bước, nay còn { $new } bước (trước đây: { $old })
change-documents = { $title }: thay đổi chứng từ cần nộp
change-agencies = { $title }: thay đổi cơ quan liên quan
change-fees = { $title }: thay đổi các khoản phí
change-hs = { $title }: thay đổi hàng hóa áp dụng
change-items-added = Thêm: { $items }.
change-items-removed = Bỏ: { $items }.
change-tool-status = { $title }: tình trạng đổi từ “{ $old }” thành “{ $new }”
change-page-added = Mới: { $title }
change-page-removed = Đã rút: { $title }
change-text = Đã sửa: { $title }
change-notice = Thông báo: { $title }
change-updated = Đã cập nhật: { $title }
change-effective = Có hiệu lực vào { $date }.

## Giá trị có ngày: ngày đầu và ngày cuối của dòng thuế, thuế suất hoặc mức thu đã định.
## $date là ngày liên quan; $was là ngày đã định trước đó.
change-line-starts = { $moved ->
    [yes] Dòng thuế { $code } nay bắt đầu áp dụng từ { $date }, thay vì { $was } ({ $description })
   *[other] Dòng thuế { $code } bắt đầu áp dụng từ { $date } ({ $description })
}
change-line-start-withdrawn = Dòng thuế { $code } áp dụng ngay, không còn chờ đến { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Dòng thuế { $code } nay chỉ áp dụng đến hết { $date }, thay vì { $was } ({ $description })
   *[other] Dòng thuế { $code } chỉ áp dụng đến hết { $date } ({ $description })
}
change-line-end-withdrawn = Dòng thuế { $code } không còn kết thúc vào { $date } ({ $description })
change-rate-revised = Thuế suất { $column } của { $code }: thay đổi vào { $date } nay là { $new }, thay vì { $old }
change-rate-moved = Thuế suất { $column } của { $code }: việc chuyển sang { $new } nay có hiệu lực vào { $date }, thay vì { $was }
change-rate-withdrawn = Đã hủy việc thay đổi thuế suất { $column } của { $code } thành { $new } vào { $date }
change-fee-amount-revised = { $title }: mức thu từ { $date } nay là { $new }, thay vì { $old }
change-fee-amount-moved = { $title }: mức thu { $new } nay áp dụng từ { $date }, thay vì { $was }
change-fee-amount-withdrawn = { $title }: đã hủy việc thay đổi mức thu thành { $new } vào { $date }
change-fee-ends = { $moved ->
    [yes] { $title }: nay chỉ thu đến hết { $date }, thay vì { $was }
   *[other] { $title }: chỉ thu đến hết { $date }
}
change-fee-end-withdrawn = { $title }: không còn kết thúc vào { $date }
