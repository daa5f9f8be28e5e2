# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: reference locale.

home-lookup-title = Find the duty on your goods
home-lookup-label = Commodity code or description of the goods
home-lookup-hint = For example { $code } or roasted coffee.
home-upcoming-title = Coming into force in the next { $days } days
home-upcoming-none = Nothing is scheduled to come into force in the next { $days } days.
home-upcoming-more = { $count ->
    [one] One more change is scheduled in this period.
   *[other] { $count } more changes are scheduled in this period.
}
home-all-changes = All changes, past and scheduled
home-consultations-title = Open consultations
home-consultation-until = Comments until { $date }
home-consultations-none = No consultation is open for comment at the moment.
home-recent-title = Latest changes
home-enquiry-title = Questions?
home-enquiry-text = The national enquiry point answers questions from traders about tariffs, procedures and fees.
home-browse-title = Browse the site
tariff-headings-index = Headings in this chapter
tariff-columns-title = What the columns mean
tariff-index-about = About the tariff
procedure-fee-if = if applicable
procedure-fees-conditional = Charged only in some cases
