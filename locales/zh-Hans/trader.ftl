# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = 汇率
kind-plural-exchange-rate = 海关估价汇率
tariff-col-excise = 消费税
tariff-col-vat = 增值税
xrate-currency = 货币
xrate-rate = 每单位 { $currency }
xrate-in-force-current = 现行汇率
xrate-in-force-since = 自 { $date } 起适用的汇率
xrate-next = 下一汇率
xrate-history = 历次汇率
xrate-state-past = 已失效
xrate-state-in_force = 现行
xrate-state-scheduled = 待生效
calc-title = 估算关税和税款
calc-estimate = 这只是估算，不是核定：海关根据报关单核定关税和税款。估算不包括反倾销税和保障措施税、规费，也不包括货物可能享有的减免。
calc-value = 完税价格
calc-currency = 货币
calc-quantity = 数量（{ $unit }）
calc-regime = 税率
calc-submit = 计算
calc-col-step = 步骤
calc-col-formula = 计算方法
calc-col-amount = 金额
calc-step-value = 以 { $currency } 计的完税价格
calc-step-duty = 关税（{ $regime }）
calc-step-total = 关税和税款合计
calc-example = 示例：完税价格 { $value } { $currency }，数量 { $quantity } { $unit }，适用 { $regime } 税率
calc-yours = 您的货物：完税价格 { $value } { $currency }，数量 { $quantity } { $unit }，适用 { $regime } 税率
calc-total = 估算的关税和税款：{ $amount }
calc-at-least = 最低
calc-at-most = 最高
calc-invalid = 请用数字输入完税价格和数量。
calc-no-rate = 该日期没有 { $currency } 的汇率。
tariff-tax-waived = 适用 { $regimes } 税率时不征收
calc-multiple = { $one } { $word } = { $times } { $currency }：请以 { $currency } 输入完税价格。
calc-rates-link = 海关估价所用汇率

change-exchange-rate = { $when ->
    [dated] { $title }：汇率将于 { $date } 从 { $old } 调整为 { $new }
   *[other] { $title }：汇率已从 { $old } 调整为 { $new }
}
change-exchange-rate-revised = { $title }：自 { $date } 起的汇率现为 { $new }，而非 { $old }
change-exchange-rate-moved = { $title }：汇率 { $new } 现自 { $date } 起适用，而非 { $was }
change-exchange-rate-withdrawn = { $title }：于 { $date } 将汇率调整为 { $new } 的变更已撤销

kind-origin = 原产地规则
kind-plural-origin = 原产地规则
origin-rule = 原产地规则
origin-rules = 产品特定规则
origin-proof = 原产地证明
origin-agreement = 协定
origin-column = 优惠税率
origin-or = 或
origin-and = 且
origin-term-wo = 完全获得
origin-term-pe = 完全由原产材料生产
origin-term-cc = 章改变
origin-term-cth = 品目改变
origin-term-ctsh = 子目改变
origin-term-rvc = 区域价值成分不低于 { $percent }%

kind-quota = 关税配额
kind-plural-quota = 关税配额
quota-order = 配额编号
quota-balance = { $date } 的余额
quota-volume = 数量
quota-in = 配额内税率
quota-out = 配额外税率
quota-period = 配额期
quota-period-dates = { $from } 至 { $to }
quota-allocation = 分配方式
quota-allocation-first-come-first-served = 先到先得
quota-allocation-licence = 进口许可证
quota-allocation-historical = 按以往进口量分配
quota-allocation-auction = 拍卖
quota-state-open = 开放
quota-state-exhausted = 已用完
quota-state-closed = 已关闭
quota-history = 历次余额
change-quota-balance = { $when ->
    [dated] { $title }：余额将于 { $date } 从 { $old } 变为 { $new }
   *[other] { $title }：余额已从 { $old } 变为 { $new }
}
change-quota-balance-revised = { $title }：自 { $date } 起的余额现为 { $new }，而非 { $old }
change-quota-balance-moved = { $title }：余额 { $new } 现自 { $date } 起适用，而非 { $was }
change-quota-balance-withdrawn = { $title }：自 { $date } 起的余额 { $new } 已撤销

kind-ruling = 预裁定
kind-plural-ruling = 具有约束力的预裁定
ruling-number = 裁定编号
ruling-issued = 签发日期
ruling-goods = 货物
ruling-type-classification = 归类
ruling-type-origin = 原产地
ruling-type-valuation = 估价
ruling-valid = 有效
ruling-valid-until = 有效期至 { $date }
ruling-expired = 已于 { $date } 失效
