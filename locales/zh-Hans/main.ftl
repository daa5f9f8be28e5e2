# UI strings of the default theme, Chinese (Simplified).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = 跳转到主要内容
language-switcher = 语言
main-navigation = 主菜单
breadcrumb = 当前位置
footer-navigation = 关于本网站
footer-published-by = 本网站由{ $site }发布。

## Dates

last-updated = 最后更新：
published = 发布日期：

## Translations

notice-untranslated = 本页尚未翻译，现以原文（{ $original }）显示。
notice-stale = 本译文可能不是最新版本：原文（{ $original }）已于{ $date }更新。
notice-read-original = 阅读原文（{ $original }）。

## Sections and pages

on-this-page = 本页内容
in-this-section = { $count ->
   *[other] 本栏目共有{ $count }个页面
}
home-explore = 浏览本网站

## Errors and redirects

not-found-title = 页面未找到
not-found-text = 您访问的页面不存在或已迁移。请检查网址，或返回首页重新查找。
not-found-home = 返回首页
redirect-title = 本页已迁移
redirect-link = 前往本页的新地址

## Language chooser

chooser-intro = 请选择语言。

## Tariff

tariff-sections = 类
tariff-section = 第{ $number }类
tariff-other-chapters = 其他章
tariff-chapter = 第{ $number }章
tariff-chapter-notes-of = 第{ $number }章注释
tariff-see-chapter = 查看第{ $number }章全部内容
tariff-lines = 税则号列
tariff-lines-under = { $code }项下的税则号列
tariff-table-hint = 选择商品编码，查看其税率及适用的规定。
tariff-no-rate = 无
tariff-rates-current = 现行税率
tariff-rates-since = 自 { $date } 起适用的税率
tariff-rates-from = 自 { $date } 起适用的税率
tariff-rates-until = 适用至 { $date } 的税率
tariff-rate-from = 自{ $date }起为{ $rate }
tariff-line-not-yet = 本税则号列尚未生效：自{ $date }起适用。
tariff-line-ended = 本税则号列已失效：最后有效日期为{ $date }。
tariff-line-ending = 本税则号列现行有效：最后有效日期为{ $date }。
tariff-replaced-by = 自{ $date }起，本税则号列由以下税则号列取代：
tariff-replaces = 自{ $date }起，本税则号列取代以下税则号列：
tariff-timeline = 税率变化
tariff-timeline-column = 栏目
tariff-timeline-rate = 税率
tariff-timeline-from = 起始日期
tariff-timeline-to = 截止日期
tariff-timeline-state = 状态
tariff-state-past = 已失效
tariff-state-in_force = 现行
tariff-state-scheduled = 待生效
tariff-level-heading = 品目
tariff-level-subheading = 子目
tariff-level-national_line = 本国税则号列
tariff-col-code = 商品编码
tariff-col-description = 货品名称
tariff-col-unit = 计量单位
tariff-col-mfn = 最惠国
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = 备注

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = 免税
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%，最低 { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%，最高 { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = 程序
kind-fee = 规费或费用
kind-measure = 措施
kind-tool = 世界海关组织文书或工具
kind-legal = 法律文件
kind-form = 表格
kind-agency = 主管部门
kind-notice = 公告
kind-plural-procedure = 程序
kind-plural-fee = 规费和费用
kind-plural-measure = 措施：禁止、限制和许可
kind-plural-tool = 世界海关组织文书和工具
kind-plural-legal = 法律文件
kind-plural-form = 表格
kind-plural-agency = 主管部门
kind-plural-notice = 公告
backlinks-title = 引用本页的内容
tariff-what-applies = 适用于该商品的规定
footer-enquiry-point = 如有疑问，请联系国家咨询点

field-legal-basis = 法律依据
field-hs = 涉及商品（税则编码）
field-direction = 业务类型
field-agencies = 相关部门
field-agency = 主管部门
field-tools = 采用的国际标准
field-duration = 通常办理时限
field-amount = 金额
field-per = 计费单位
field-reason = 收费事由
field-authority = 收费单位
field-payment = 缴费方式
field-published = 发布日期
field-effective = 施行日期
field-effective-proposed = 拟生效日期
field-until = 最后收费日期
field-acronym = 简称
field-category = 领域
field-status = 状态
field-issuer = 发布机关
field-adopted = 通过日期
field-url = 官方网页
field-related = 相关文书
field-type = 类型
field-number = 编号
field-signed = 签署日期
field-official-text = 正式文本
field-download = 下载
field-email = 电子邮箱
field-phone = 电话
field-address = 地址
field-hours = 办公时间
field-comment-until = 意见征集截止日期
field-affects = 涉及

direction-import = 进口
direction-export = 出口
direction-transit = 过境
direction-both = 进出口
direction-other = 其他程序
filter-by-direction = 按业务类型显示程序

## Procedures

procedure-summary = 概览
procedure-steps-count = 步骤数
procedure-total-time = 通常总时限
procedure-total-fees = 费用
procedure-fees-more = { $count ->
   *[other] 另加{ $count }项视具体情况而定的费用
}
procedure-fees-varying = { $count ->
   *[other] { $count }项视具体情况而定的费用
}
procedure-documents = 需准备的单证
procedure-steps = 办理步骤
procedure-steps-n = { $count ->
   *[other] 共{ $count }个步骤
}
duration-days = { $count ->
   *[other] { $count }天
}
duration-hours = { $count ->
   *[other] { $count }小时
}
duration-minutes = { $count ->
   *[other] { $count }分钟
}
duration-range = { $min }至{ $max }
duration-join = { $first }{ $rest }

## Fees

money = { $money }
fee-schedule = 规费和费用一览表
fee-tiers = 收费标准
fee-see-tiers = 查看收费标准
fee-per-declaration = 每份报关单
fee-per-consignment = 每批货物
fee-per-container = 每个集装箱
fee-per-certificate = 每份证书
fee-per-hour = 每小时
fee-per-application = 每份申请
fee-per-day = 每天
fee-per-page = 每页
fee-per-item = 每件
fee-in-force-current = 现行
fee-in-force-since = 自 { $date } 起适用
fee-amount-from = 自{ $date }起为{ $amount }
fee-changes-on = 收费标准自{ $date }起调整
fee-not-yet = 尚未施行：本项收费自{ $date }起征收。
fee-ended = 已停止施行：本项收费最后征收日期为{ $date }。
fee-state-not-yet = 尚未施行
fee-state-ended = 已停止施行
fee-timeline = 金额变化
fee-timeline-tier = 情形
fee-timeline-from = 起始日期
fee-timeline-to = 截止日期
fee-timeline-state = 状态
fee-value-past = 已失效
fee-value-in_force = 现行
fee-value-scheduled = 待生效

## WCO tools

tools-by-category = 领域
tool-category-conventions = 公约和协定
tool-category-facilitation = 贸易便利化
tool-category-security = 供应链安全
tool-category-nomenclature = 商品归类
tool-category-valuation = 海关估价
tool-category-origin = 原产地
tool-category-enforcement = 执法与合规
tool-category-capacity-building = 能力建设
tool-category-data = 数据与技术
tool-category-revenue = 税收征管
tool-status-contracting-party = 缔约方
tool-status-applied = 已实施
tool-status-in-progress = 正在实施
tool-status-not-applied = 未实施
tool-status-reference = 参考

## Measures, legal texts, notices

measure-type-prohibition = 禁止
measure-type-restriction = 限制
measure-type-licence = 许可证或许可
measure-type-sps = 卫生与植物卫生措施
measure-type-tbt = 技术要求
measure-type-quota = 配额
measure-type-other = 其他措施
legal-type-law = 法律
legal-type-decree = 法令
legal-type-circular = 通知
legal-type-ruling = 裁定
legal-type-agreement = 国际协定
notice-status-draft-for-comment = 征求意见中
notice-status-adopted = 已通过
notice-status-in-force = 现行有效
notice-status-repealed = 已废止
notice-consultation-open = 本草案公开征求意见，截止日期为{ $date }。请将意见发送至

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
   *[other] 尚有{ $count }项信息未在本网站公布。
}
tfa-not-covered = 尚未公布
tfa-1-1-a = 进口、出口和过境程序及所需表格和单证
tfa-1-1-b = 关税和国内税的适用税率
tfa-1-1-c = 规费和费用
tfa-1-1-d = 用于海关目的的产品归类或估价规定
tfa-1-1-e = 与原产地规则相关的法律、法规及行政裁决
tfa-1-1-f = 进口、出口或过境的限制或禁止
tfa-1-1-g = 处罚规定
tfa-1-1-h = 申诉或审查程序
tfa-1-1-i = 与其他国家缔结的与进口、出口或过境相关的协定
tfa-1-1-j = 关税配额管理程序
tfa-1-2 = 通过互联网提供的信息
tfa-1-3 = 咨询点

filter-all = 全部
tools-filter-status = 按本海关的实施状态显示文书

## Search

search-title = 搜索
search-label = 站内搜索
search-placeholder = 商品、编码、程序、费用…
search-button = 搜索
search-kind = 显示
search-kind-all = 全部
search-kind-tariff = 税则编码
search-kind-page = 其他页面
search-hint = 可输入任意形式的词语，或带点、不带点的税则编码（如 { $code }）。
search-needs-script = 搜索功能需要启用 JavaScript。您也可以按类和章浏览税则。
search-count = 搜索结果：
search-chapter = 税则章
search-none = 没有找到“{ $query }”的结果。
search-note-code = 没有编码 { $asked }。显示 { $found }。
search-note-typo = 没有找到“{ $asked }”的结果。显示“{ $found }”的结果。
search-result-tariff = 税则号列
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = 关税 税率 税则
search-previous = 上一页
search-next = 下一页

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }：{ $value }
