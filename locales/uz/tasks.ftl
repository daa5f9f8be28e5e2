# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Tovarlaringizga bojni bilib oling
home-lookup-label = Tovar kodi yoki tovar tavsifi
home-lookup-hint = Masalan, { $code } yoki qovurilgan qahva.
home-upcoming-title = Keyingi { $days } kunda kuchga kiradi
home-upcoming-none = Keyingi { $days } kunda kuchga kirishi rejalashtirilgan narsa yoʻq.
home-upcoming-more = { $count ->
    [one] Shu davrda yana bitta oʻzgarish rejalashtirilgan.
   *[other] Shu davrda yana { $count } ta oʻzgarish rejalashtirilgan.
}
home-all-changes = Barcha oʻzgarishlar, oʻtgan va rejalashtirilgan
home-consultations-title = Ochiq muhokamalar
home-consultation-until = Takliflar { $date } gacha
home-consultations-none = Hozircha taklif qabul qilinayotgan ochiq muhokama yoʻq.
home-recent-title = Soʻnggi oʻzgarishlar
home-enquiry-title = Savollaringiz bormi?
home-enquiry-text = Milliy axborot markazi tadbirkorlarning tarif, tartib-taomillar va yigʻimlar haqidagi savollariga javob beradi.
home-browse-title = Saytni koʻrib chiqish
tariff-headings-index = Ushbu guruhning tovar pozitsiyalari
tariff-columns-title = Ustunlarning maʼnosi
tariff-index-about = Tarif haqida
procedure-fee-if = zarur boʻlsa
procedure-fees-conditional = Faqat ayrim hollarda undiriladi
