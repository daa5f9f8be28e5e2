# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Товарларыңызга салынуучу бажыны билиңиз
home-lookup-label = Товардын коду же товардын сүрөттөмөсү
home-lookup-hint = Мисалы, { $code } же куурулган кофе.
home-upcoming-title = Кийинки { $days } күндө күчүнө кирет
home-upcoming-none = Кийинки { $days } күндө күчүнө кириши пландалган эч нерсе жок.
home-upcoming-more = { $count ->
    [one] Ушул мөөнөттө дагы бир өзгөрүү пландалган.
   *[other] Ушул мөөнөттө дагы { $count } өзгөрүү пландалган.
}
home-all-changes = Бардык өзгөрүүлөр, өткөн жана пландалган
home-consultations-title = Ачык талкуулар
home-consultation-until = Сын-пикирлер { $date } чейин
home-consultations-none = Азыр сын-пикир кабыл алган ачык талкуу жок.
home-recent-title = Акыркы өзгөрүүлөр
home-enquiry-title = Суроолоруңуз барбы?
home-enquiry-text = Улуттук маалымат борбору ишкерлердин тариф, жол-жоболор жана жыйымдар боюнча суроолоруна жооп берет.
home-browse-title = Сайтты карап чыгуу
tariff-headings-index = Бул топтун товардык позициялары
tariff-columns-title = Мамычалардын мааниси
tariff-index-about = Тариф жөнүндө
procedure-fee-if = зарыл болсо
procedure-fees-conditional = Айрым учурларда гана алынат
