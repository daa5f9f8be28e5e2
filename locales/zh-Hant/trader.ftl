# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = 匯率
kind-plural-exchange-rate = 海關估價匯率
tariff-col-excise = 貨物稅
tariff-col-vat = 加值型營業稅
xrate-currency = 貨幣
xrate-rate = 每單位 { $currency }
xrate-in-force-current = 現行匯率
xrate-in-force-since = 自 { $date } 起適用的匯率
xrate-next = 下一匯率
xrate-history = 歷次匯率
xrate-state-past = 已失效
xrate-state-in_force = 現行
xrate-state-scheduled = 待生效
calc-title = 估算關稅及稅款
calc-estimate = 這只是估算，不是核定：海關依報單核定關稅及稅款。估算不包括反傾銷稅及防衛措施稅、規費，也不包括貨物可能享有的減免。
calc-value = 完稅價格
calc-currency = 貨幣
calc-quantity = 數量（{ $unit }）
calc-regime = 稅率
calc-submit = 計算
calc-col-step = 步驟
calc-col-formula = 計算方式
calc-col-amount = 金額
calc-step-value = 以 { $currency } 計的完稅價格
calc-step-duty = 關稅（{ $regime }）
calc-step-total = 關稅及稅款合計
calc-example = 範例：完稅價格 { $value } { $currency }，數量 { $quantity } { $unit }，適用 { $regime } 稅率
calc-yours = 您的貨物：完稅價格 { $value } { $currency }，數量 { $quantity } { $unit }，適用 { $regime } 稅率
calc-total = 估算的關稅及稅款：{ $amount }
calc-at-least = 最低
calc-at-most = 最高
calc-invalid = 請以數字輸入完稅價格及數量。
calc-no-rate = 該日期沒有 { $currency } 的匯率。
tariff-tax-waived = 適用 { $regimes } 稅率時不徵收
calc-multiple = { $one } { $word } = { $times } { $currency }：請以 { $currency } 輸入完稅價格。
calc-rates-link = 海關估價所用匯率

change-exchange-rate = { $when ->
    [dated] { $title }：匯率將於 { $date } 由 { $old } 調整為 { $new }
   *[other] { $title }：匯率已由 { $old } 調整為 { $new }
}
change-exchange-rate-revised = { $title }：自 { $date } 起的匯率現為 { $new }，而非 { $old }
change-exchange-rate-moved = { $title }：匯率 { $new } 現自 { $date } 起適用，而非 { $was }
change-exchange-rate-withdrawn = { $title }：於 { $date } 將匯率調整為 { $new } 的變更已撤銷

kind-origin = 原產地規則
kind-plural-origin = 原產地規則
origin-rule = 原產地規則
origin-rules = 產品特定規則
origin-proof = 原產地證明
origin-agreement = 協定
origin-column = 優惠稅率
origin-or = 或
origin-and = 且
origin-term-wo = 完全取得
origin-term-pe = 完全由原產材料生產
origin-term-cc = 章改變
origin-term-cth = 稅號改變
origin-term-ctsh = 子目改變
origin-term-rvc = 區域價值含量不低於 { $percent }%

kind-quota = 關稅配額
kind-plural-quota = 關稅配額
quota-order = 配額編號
quota-balance = { $date } 的餘額
quota-volume = 數量
quota-in = 配額內稅率
quota-out = 配額外稅率
quota-period = 配額期間
quota-period-dates = { $from } 至 { $to }
quota-allocation = 分配方式
quota-allocation-first-come-first-served = 先到先得
quota-allocation-licence = 進口許可證
quota-allocation-historical = 依過去進口量分配
quota-allocation-auction = 拍賣
quota-state-open = 開放
quota-state-exhausted = 已用罄
quota-state-closed = 已關閉
quota-history = 歷次餘額
change-quota-balance = { $when ->
    [dated] { $title }：餘額將於 { $date } 由 { $old } 變為 { $new }
   *[other] { $title }：餘額已由 { $old } 變為 { $new }
}
change-quota-balance-revised = { $title }：自 { $date } 起的餘額現為 { $new }，而非 { $old }
change-quota-balance-moved = { $title }：餘額 { $new } 現自 { $date } 起適用，而非 { $was }
change-quota-balance-withdrawn = { $title }：自 { $date } 起的餘額 { $new } 已撤銷

kind-ruling = 預先審核
kind-plural-ruling = 具拘束力的預先審核
ruling-number = 審核編號
ruling-issued = 核發日期
ruling-goods = 貨物
ruling-type-classification = 歸類
ruling-type-origin = 原產地
ruling-type-valuation = 估價
ruling-valid = 有效
ruling-valid-until = 有效期限至 { $date }
ruling-expired = 已於 { $date } 失效
