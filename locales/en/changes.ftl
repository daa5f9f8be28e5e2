# Review: reference locale.

# Change feeds and the changes page.
footer-changes = What changed, and what will change
changes-title = Changes
changes-intro = What changed on this site and what will change: tariff lines and rates, fees, procedures, measures, tools and notices. Subscribe to a feed to learn of changes as they are published.
changes-upcoming = Coming into effect
changes-recent = Recent changes
changes-none = No changes recorded yet.
changes-from-notices = This list shows the notices and the dates pages were last updated; it does not list each change of a rate or a tariff line.
changes-feeds = Subscribe
changes-feed-atom = Atom feed
changes-feed-json = JSON Feed
changes-feed-chapter = Chapter { $number }: { $title }
changes-kind-tariff = Tariff
changes-kind-procedures = Procedures
changes-kind-fees = Fees and charges
changes-kind-measures = Measures
changes-kind-tools = WCO tools
changes-kind-notices = Notices
changes-kind-pages = Other pages
changes-filter-kind = Show
changes-filter-chapter = Tariff chapter
changes-all-chapters = All chapters
changes-effective = In effect from { $date }
# Under a line or fee that ends: its last day in force.
changes-last-day = Last day in force: { $date }
changes-history = History of changes
changes-history-none = No change recorded for this page.
changes-recorded = Recorded on { $date }
change-none = none
change-line-added = { $when ->
    [dated] New tariff line { $code } from { $date }: { $description }
   *[other] New tariff line { $code }: { $description }
}
change-lines-added = { $count } tariff lines added to chapter { $chapter }
change-column-added = { $column } column added to chapter { $chapter }
change-column-removed = { $column } column removed from chapter { $chapter }
change-line-removed = Tariff line { $code } removed ({ $description })
change-rate = { $when ->
    [dated] { $column } rate of { $code } changes from { $old } to { $new } on { $date }
   *[other] { $column } rate of { $code } changed from { $old } to { $new }
}
change-column = { $column } of { $code } changed from { $old } to { $new }
change-description = Description of { $code } revised: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: amount changes from { $old } to { $new } on { $date }
   *[other] { $title }: amount changed from { $old } to { $new }
}
change-fee-currency = { $title }: currency changed from { $old } to { $new }
change-fee-effective = { $title }: takes effect on { $date }
change-steps = { $title }: steps revised, now { $new ->
    [one] one step
   *[other] { $new } steps
} (before: { $old })
change-documents = { $title }: documents required changed
change-agencies = { $title }: agencies involved changed
change-fees = { $title }: fees charged changed
change-hs = { $title }: goods covered changed
change-items-added = Added: { $items }.
change-items-removed = Removed: { $items }.
change-tool-status = { $title }: status changed from { $old } to { $new }
change-page-added = New: { $title }
change-page-removed = Withdrawn: { $title }
change-text = Revised: { $title }
change-notice = Notice: { $title }
change-updated = Updated: { $title }
change-effective = Takes effect on { $date }.

## Dated values: a line's first and last day, a scheduled rate or amount.
## $date is the day the entry is about; $was the day it was before.
change-line-starts = { $moved ->
    [yes] Tariff line { $code } now starts on { $date }, not { $was } ({ $description })
   *[other] Tariff line { $code } starts on { $date } ({ $description })
}
change-line-start-withdrawn = Tariff line { $code } applies now, no longer from { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Tariff line { $code } now ends on { $date }, not { $was } ({ $description })
   *[other] Tariff line { $code } ends on { $date } ({ $description })
}
change-line-end-withdrawn = Tariff line { $code } no longer ends on { $date } ({ $description })
change-rate-revised = { $column } rate of { $code }: the change on { $date } is now to { $new }, not { $old }
change-rate-moved = { $column } rate of { $code }: the change to { $new } now takes effect on { $date }, not { $was }
change-rate-withdrawn = The change of { $column } rate of { $code } to { $new } on { $date } is withdrawn
change-fee-amount-revised = { $title }: the amount from { $date } is now { $new }, not { $old }
change-fee-amount-moved = { $title }: the amount of { $new } now applies from { $date }, not { $was }
change-fee-amount-withdrawn = { $title }: the change of the amount to { $new } on { $date } is withdrawn
change-fee-ends = { $moved ->
    [yes] { $title }: now last charged on { $date }, not { $was }
   *[other] { $title }: last charged on { $date }
}
change-fee-end-withdrawn = { $title }: no longer ends on { $date }
