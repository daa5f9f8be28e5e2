# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: drafted by the kb team, not yet reviewed by a native speaker.

kind-exchange-rate = Tỷ giá
kind-plural-exchange-rate = Tỷ giá tính trị giá hải quan
tariff-col-excise = Thuế tiêu thụ đặc biệt
tariff-col-vat = Thuế GTGT
xrate-currency = Loại tiền
xrate-rate = { $currency } cho một đơn vị
xrate-in-force-current = Tỷ giá có hiệu lực
xrate-in-force-since = Tỷ giá có hiệu lực từ ngày { $date }
xrate-next = Tỷ giá tiếp theo
xrate-history = Tỷ giá theo thời gian
xrate-state-past = Đã hết hiệu lực
xrate-state-in_force = Đang có hiệu lực
xrate-state-scheduled = Dự kiến
calc-title = Ước tính thuế nhập khẩu và các loại thuế
calc-estimate = Đây là số ước tính, không phải số thuế được ấn định: cơ quan hải quan tính thuế trên tờ khai. Số này chưa gồm thuế chống bán phá giá, thuế tự vệ, phí và lệ phí, cũng như các khoản giảm mà hàng hóa có thể được hưởng.
calc-value = Trị giá hải quan
calc-currency = Loại tiền
calc-quantity = Số lượng ({ $unit })
calc-regime = Thuế suất
calc-submit = Tính
calc-col-step = Bước
calc-col-formula = Cách tính
calc-col-amount = Số tiền
calc-step-value = Trị giá hải quan bằng { $currency }
calc-step-duty = Thuế nhập khẩu ({ $regime })
calc-step-total = Tổng thuế
calc-example = Ví dụ: trị giá hải quan { $value } { $currency } và { $quantity } { $unit }, theo thuế suất { $regime }
calc-yours = Hàng hóa của bạn: trị giá hải quan { $value } { $currency } và { $quantity } { $unit }, theo thuế suất { $regime }
calc-total = Tổng thuế ước tính: { $amount }
calc-at-least = tối thiểu
calc-at-most = tối đa
calc-invalid = Hãy nhập trị giá hải quan và số lượng bằng số.
calc-no-rate = Không có tỷ giá cho { $currency } vào ngày này.
tariff-tax-waived = Không thu khi áp dụng thuế suất { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: hãy nhập trị giá hải quan bằng { $currency }.
calc-rates-link = Tỷ giá dùng để tính trị giá hải quan

change-exchange-rate = { $when ->
    [dated] { $title }: tỷ giá thay đổi từ { $old } thành { $new } vào ngày { $date }
   *[other] { $title }: tỷ giá đã thay đổi từ { $old } thành { $new }
}
change-exchange-rate-revised = { $title }: tỷ giá từ ngày { $date } nay là { $new }, không phải { $old }
change-exchange-rate-moved = { $title }: tỷ giá { $new } nay áp dụng từ ngày { $date }, không phải { $was }
change-exchange-rate-withdrawn = { $title }: việc thay đổi tỷ giá thành { $new } vào ngày { $date } đã bị hủy

kind-origin = Quy tắc xuất xứ
kind-plural-origin = Quy tắc xuất xứ
origin-rule = Quy tắc xuất xứ
origin-rules = Quy tắc cụ thể mặt hàng
origin-proof = Chứng từ chứng nhận xuất xứ
origin-agreement = Hiệp định
origin-column = Thuế suất ưu đãi
origin-or = hoặc
origin-and = và
origin-term-wo = xuất xứ thuần túy
origin-term-pe = được sản xuất toàn bộ từ nguyên liệu có xuất xứ
origin-term-cc = chuyển đổi Chương
origin-term-cth = chuyển đổi nhóm
origin-term-ctsh = chuyển đổi phân nhóm
origin-term-rvc = hàm lượng giá trị khu vực ít nhất { $percent }%

kind-quota = Hạn ngạch thuế quan
kind-plural-quota = Hạn ngạch thuế quan
quota-order = Số hiệu
quota-balance = Lượng còn lại ngày { $date }
quota-volume = Lượng hạn ngạch
quota-in = Thuế suất trong hạn ngạch
quota-out = Thuế suất ngoài hạn ngạch
quota-period = Kỳ hạn ngạch
quota-period-dates = từ { $from } đến { $to }
quota-allocation = Cách phân giao
quota-allocation-first-come-first-served = Ai đến trước được trước
quota-allocation-licence = Giấy phép nhập khẩu
quota-allocation-historical = Theo lượng nhập khẩu trước đây
quota-allocation-auction = Đấu giá
quota-state-open = Đang mở
quota-state-exhausted = Đã hết
quota-state-closed = Đã đóng
quota-history = Lượng còn lại theo thời gian
change-quota-balance = { $when ->
    [dated] { $title }: lượng còn lại thay đổi từ { $old } thành { $new } vào ngày { $date }
   *[other] { $title }: lượng còn lại đã thay đổi từ { $old } thành { $new }
}
change-quota-balance-revised = { $title }: lượng còn lại từ ngày { $date } nay là { $new }, không phải { $old }
change-quota-balance-moved = { $title }: lượng còn lại { $new } nay áp dụng từ ngày { $date }, không phải { $was }
change-quota-balance-withdrawn = { $title }: lượng còn lại { $new } từ ngày { $date } đã bị hủy

kind-ruling = Xác định trước
kind-plural-ruling = Xác định trước có tính ràng buộc
ruling-number = Số văn bản
ruling-issued = Ngày ban hành
ruling-goods = Hàng hóa
ruling-type-classification = Phân loại
ruling-type-origin = Xuất xứ
ruling-type-valuation = Trị giá
ruling-valid = Còn hiệu lực
ruling-valid-until = Hiệu lực đến ngày { $date }
ruling-expired = Hết hiệu lực ngày { $date }
