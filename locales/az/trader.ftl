# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Valyuta məzənnəsi
kind-plural-exchange-rate = Gömrük qiymətləndirməsi üçün valyuta məzənnələri
tariff-col-excise = Aksiz
tariff-col-vat = ƏDV
xrate-currency = Valyuta
xrate-rate = Bir vahid üçün { $currency }
xrate-in-force-current = Qüvvədə olan məzənnələr
xrate-in-force-since = Qüvvədə olan məzənnələr ({ $date } tarixindən)
xrate-next = Növbəti məzənnə
xrate-history = Zaman üzrə məzənnələr
xrate-state-past = Keçmiş
xrate-state-in_force = Qüvvədədir
xrate-state-scheduled = Planlaşdırılıb
calc-title = Gömrük rüsumu və vergiləri hesablayın
calc-estimate = Bu, hesablamanın təxminidir, tutulma deyil: gömrük rüsum və vergiləri bəyannamə üzrə hesablayır. Antidempinq və mühafizə rüsumları, yığımlar və malların ola bilsin malik olduğu güzəştlər nəzərə alınmır.
calc-value = Gömrük dəyəri
calc-currency = Valyuta
calc-quantity = Miqdar ({ $unit })
calc-regime = Rüsum dərəcəsi
calc-submit = Hesabla
calc-col-step = Addım
calc-col-formula = Hesablama
calc-col-amount = Məbləğ
calc-step-value = { $currency } ilə gömrük dəyəri
calc-step-duty = Rüsum ({ $regime })
calc-step-total = Rüsum və vergilər
calc-example = Nümunə: { $value } { $currency } gömrük dəyəri və { $quantity } { $unit }, { $regime } dərəcəsi ilə
calc-yours = Malınız: { $value } { $currency } gömrük dəyəri və { $quantity } { $unit }, { $regime } dərəcəsi ilə
calc-total = Təxmini rüsum və vergilər: { $amount }
calc-at-least = ən azı
calc-at-most = ən çoxu
calc-invalid = Gömrük dəyərini və miqdarı rəqəmlə daxil edin.
calc-no-rate = Bu tarixdə { $currency } üçün valyuta məzənnəsi yoxdur.
tariff-tax-waived = { $regimes } dərəcəsi ilə tutulmur
calc-multiple = { $one } { $word } = { $times } { $currency }: gömrük dəyərini { $currency } ilə daxil edin.
calc-rates-link = Gömrük qiymətləndirməsində istifadə olunan valyuta məzənnələri

change-exchange-rate = { $when ->
    [dated] { $title }: məzənnə { $date } tarixində { $old } əvəzinə { $new } olur
   *[other] { $title }: məzənnə { $old } əvəzinə { $new } oldu
}
change-exchange-rate-revised = { $title }: { $date } tarixindən məzənnə indi { $new }-dir, { $old } deyil
change-exchange-rate-moved = { $title }: { $new } məzənnəsi indi { $date } tarixindən tətbiq olunur, { $was } deyil
change-exchange-rate-withdrawn = { $title }: { $date } tarixində məzənnənin { $new } olması ləğv edildi

kind-origin = Mənşə qaydaları
kind-plural-origin = Mənşə qaydaları
origin-rule = Mənşə qaydası
origin-rules = Məhsul üzrə qaydalar
origin-proof = Mənşə sübutu
origin-agreement = Saziş
origin-column = Güzəştli dərəcə
origin-or = və ya
origin-and = və
origin-term-wo = tamamilə əldə edilmiş
origin-term-pe = tamamilə mənşəli materiallardan istehsal edilmiş
origin-term-cc = fəslin dəyişməsi
origin-term-cth = tarif mövqeyinin dəyişməsi
origin-term-ctsh = tarif submövqeyinin dəyişməsi
origin-term-rvc = ən azı { $percent }% regional dəyər payı

kind-quota = Tarif kvotası
kind-plural-quota = Tarif kvotaları
quota-order = Sifariş nömrəsi
quota-balance = { $date } tarixinə qalıq
quota-volume = Həcm
quota-in = Kvota daxilində dərəcə
quota-out = Kvotadan kənar dərəcə
quota-period = Kvota dövrü
quota-period-dates = { $from } – { $to }
quota-allocation = Bölüşdürmə
quota-allocation-first-come-first-served = Növbə ilə
quota-allocation-licence = İdxal lisenziyaları
quota-allocation-historical = Keçmiş idxala görə paylar
quota-allocation-auction = Hərrac
quota-state-open = Açıq
quota-state-exhausted = Tükənib
quota-state-closed = Bağlı
quota-history = Zaman üzrə qalıq
change-quota-balance = { $when ->
    [dated] { $title }: qalıq { $date } tarixində { $old } əvəzinə { $new } olur
   *[other] { $title }: qalıq { $old } əvəzinə { $new } oldu
}
change-quota-balance-revised = { $title }: { $date } tarixindən qalıq indi { $new }-dir, { $old } deyil
change-quota-balance-moved = { $title }: { $new } qalığı indi { $date } tarixindən tətbiq olunur, { $was } deyil
change-quota-balance-withdrawn = { $title }: { $date } tarixindən { $new } qalığı geri götürüldü

kind-ruling = İlkin qərar
kind-plural-ruling = Məcburi ilkin qərarlar
ruling-number = Qərarın nömrəsi
ruling-issued = Verilib
ruling-goods = Mallar
ruling-type-classification = Təsnifat
ruling-type-origin = Mənşə
ruling-type-valuation = Dəyər
ruling-valid = Qüvvədədir
ruling-valid-until = { $date } tarixinədək qüvvədədir
ruling-expired = { $date } tarixində müddəti bitib
