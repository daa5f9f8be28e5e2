# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Таны барааны татварыг олох
home-lookup-label = Барааны код эсвэл барааны тодорхойлолт
home-lookup-hint = Жишээ нь { $code } эсвэл шарсан кофе.
home-upcoming-title = Ойрын { $days } хоногт хүчин төгөлдөр болох
home-upcoming-none = Ойрын { $days } хоногт хүчин төгөлдөр болохоор төлөвлөсөн зүйл алга.
home-upcoming-more = { $count ->
    [one] Энэ хугацаанд хүчин төгөлдөр болохоор төлөвлөсөн өөр нэг өөрчлөлт байна.
   *[other] Энэ хугацаанд хүчин төгөлдөр болохоор төлөвлөсөн өөр { $count } өөрчлөлт байна.
}
home-all-changes = Бүх өөрчлөлт, өнгөрсөн болон төлөвлөсөн
home-consultations-title = Нээлттэй хэлэлцүүлэг
home-consultation-until = Санал { $date } хүртэл
home-consultations-none = Одоогоор санал авч буй нээлттэй хэлэлцүүлэг алга.
home-recent-title = Сүүлийн өөрчлөлтүүд
home-enquiry-title = Асуулт байна уу?
home-enquiry-text = Үндэсний лавлагааны төв худалдаачдын тариф, журам, хураамжийн талаарх асуултад хариулна.
home-browse-title = Сайтыг үзэх
tariff-headings-index = Энэ бүлгийн барааны зүйлүүд
tariff-columns-title = Баганын утга
tariff-index-about = Тарифын тухай
procedure-fee-if = шаардлагатай бол
procedure-fees-conditional = Зөвхөн зарим тохиолдолд авна
