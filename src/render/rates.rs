//! Dated values as a reader sees them on the reference date: a rate cell's
//! value in force, the next one with its date, its whole timeline, and why
//! a line is not in force. Tariff pages and tables show these.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::changelog::{Change, RateValue, Step};
use crate::tariff::row::Validity;
use crate::tariff::{DutyRate, LineStatus, RateCell, TariffCode};
use crate::timeline::Dated;

use super::context::Frame;

/// A rate cell on the reference date, as templates show it.
#[derive(Serialize)]
pub(super) struct RateView {
    key: String,
    /// The rate in force, the reader's way; empty when none is in force.
    text: String,
    /// The rate in force as written.
    original: String,
    /// The next scheduled rate, if any: shown beside the one in force.
    next: Option<ScheduledView>,
    /// Every value of the cell with its days: the timeline table.
    timeline: Vec<TimelineView>,
    /// Whether any value has a date (only those cells are in the table).
    dated: bool,
    /// The day the value in force began (its own date, or the commit that
    /// wrote it), when that is known and not after the reference date.
    #[serde(skip)]
    since: Option<jiff::civil::Date>,
}

impl RateView {
    /// The day the value in force began, if known.
    pub(super) fn since(&self) -> Option<jiff::civil::Date> {
        self.since
    }

    /// Every value of the cell with its days (empty in a table's rows).
    pub(super) fn timeline(&self) -> &[TimelineView] {
        &self.timeline
    }

    /// Whether the cell has dated values: it is in the timeline table.
    pub(super) fn dated(&self) -> bool {
        self.dated
    }

    /// The column's key.
    pub(super) fn key(&self) -> &str {
        &self.key
    }

    /// The rate in force the reader's way, and as written.
    pub(super) fn in_force(&self) -> (&str, &str) {
        (&self.text, &self.original)
    }

    /// The next scheduled rate, if any: its day as `YYYY-MM-DD` and what
    /// to tell the reader ("10% from 1 January 2027").
    pub(super) fn next(&self) -> Option<(&str, &str)> {
        self.next
            .as_ref()
            .map(|n| (n.iso.as_str(), n.text.as_str()))
    }
}

/// A value that takes effect after the reference date.
#[derive(Serialize)]
struct ScheduledView {
    /// "10% from 1 January 2027", the reader's way.
    text: String,
    /// The rate alone.
    rate: String,
    /// The date, the reader's way.
    date: String,
    /// The date as `YYYY-MM-DD`, for `<time datetime>`.
    iso: String,
}

/// One value of a timeline with the days it is in force.
#[derive(Serialize)]
pub(super) struct TimelineView {
    pub(super) rate: String,
    pub(super) original: String,
    /// First day, the reader's way; `None` for a value in force since
    /// before any date the tariff gives.
    pub(super) from: Option<String>,
    pub(super) from_iso: Option<String>,
    /// Last day, the reader's way; `None` while no later value is set.
    pub(super) to: Option<String>,
    pub(super) to_iso: Option<String>,
    /// `past`, `in_force` or `scheduled`.
    pub(super) state: &'static str,
}

/// Why a line is not in force on the reference date.
#[derive(Serialize)]
pub(super) struct StatusView {
    /// `not_yet`, `ending` (in force, with a last day) or `ended`.
    pub(super) state: &'static str,
    /// What to tell the reader, in their language.
    pub(super) text: String,
}

/// A rate the reader's way: `20 %` in French, `2 000 VND/kg`, `Exempt`.
pub(super) fn rate_text(frame: &Frame<'_>, value: &Dated<Option<DutyRate>>) -> String {
    crate::tariff::display::rate_text(
        &frame.site.locales,
        frame.lang.code(),
        &value.text,
        value.value.as_ref(),
    )
}

/// Whether a [`RateView`] carries the cell's whole timeline, which only
/// a code's own page shows: a table row shows the rate in force and the
/// next one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Timeline {
    Whole,
    Skipped,
}

/// A rate cell as the reader sees it on the reference date: the value in
/// force, the next scheduled one with its date, and the whole timeline
/// (or none, [`Timeline::Skipped`]).
/// `validity` gives the line's first and last days, if it has them:
/// nothing outside them is shown, in the timeline or as the next rate,
/// since it never applies.
pub(super) fn rate_view(
    frame: &Frame<'_>,
    digits: &str,
    key: &str,
    cell: &RateCell,
    (shown, validity): (Timeline, Validity),
) -> RateView {
    let date = frame.site.reference_date;
    let changes = rate_changes(frame, digits, key);
    // A table's row needs only the day the value in force began.
    let (timeline, since) = match shown {
        Timeline::Whole => {
            let (mut past, since) = past_rates(frame, &changes);
            past.extend(cell_timeline(frame, cell, since, validity));
            (past, since)
        }
        Timeline::Skipped => (Vec::new(), changes.last().map(|(date, _)| *date)),
    };
    let now = cell.at(date);
    let next = cell.timeline.next_after(date).and_then(|next| {
        let from = next
            .from
            .filter(|d| validity.until.is_none_or(|u| *d <= u))?;
        let rate = rate_text(frame, next);
        let when = frame.date(from);
        let mut args = FluentArgs::new();
        args.set("rate", rate.clone());
        args.set("date", when.clone());
        Some(ScheduledView {
            text: frame.text("tariff-rate-from", Some(&args)),
            rate,
            date: when,
            iso: from.to_string(),
        })
    });
    // Only the first value may be undated: it began with its commit.
    let began = now.and_then(|v| v.from.or(since));
    RateView {
        key: key.to_string(),
        text: now.map(|v| rate_text(frame, v)).unwrap_or_default(),
        original: now.map(|v| v.text.clone()).unwrap_or_default(),
        next,
        timeline,
        dated: cell.timeline.is_dated() || since.is_some(),
        since: began.filter(|d| *d <= date),
    }
}

/// Every value of `cell` with its days and state on the reference date;
/// the first, undated in the content, from `since` (the commit that wrote
/// it) if the history says so; all within the line's `validity`.
fn cell_timeline(
    frame: &Frame<'_>,
    cell: &RateCell,
    since: Option<jiff::civil::Date>,
    validity: Validity,
) -> Vec<TimelineView> {
    let date = frame.site.reference_date;
    cell.timeline
        .values()
        .iter()
        .enumerate()
        .filter_map(|(i, value)| {
            let from = value.from.or(if i == 0 { since } else { None });
            // The line's first and last days bound its values.
            let (from, to) = validity.bound(from, cell.timeline.until(i))?;
            let state = match (from, to) {
                (Some(from), _) if from > date => "scheduled",
                (_, Some(to)) if to < date => "past",
                _ => "in_force",
            };
            Some(TimelineView {
                rate: rate_text(frame, value),
                original: value.text.clone(),
                from: from.map(|d| frame.date(d)),
                from_iso: from.map(|d| d.to_string()),
                to: to.map(|d| frame.date(d)),
                to_iso: to.map(|d| d.to_string()),
                state,
            })
        })
        .collect()
}

/// The changes of the rate in force of column `key` of code `digits` in
/// the git history, oldest first: each with its day and the value before.
fn rate_changes<'a>(
    frame: &Frame<'a>,
    digits: &str,
    key: &str,
) -> Vec<(jiff::civil::Date, &'a RateValue)> {
    let mut changes: Vec<(jiff::civil::Date, &RateValue)> = frame
        .site
        .changes
        .for_code(digits)
        .into_iter()
        .filter_map(|entry| match &entry.change {
            Change::Rate {
                column,
                step: Step::Now { old, .. },
            } if column == key && entry.code.as_deref() == Some(digits) => Some((entry.date, old)),
            _ => None,
        })
        .collect();
    changes.sort_by_key(|(date, _)| *date);
    changes
}

/// The values a column had before, from its `changes` (`rate_changes`):
/// each change of the rate in force ends the value before it the day
/// before its commit. Also the day the value in force now was written, if
/// the history has it.
fn past_rates(
    frame: &Frame<'_>,
    changes: &[(jiff::civil::Date, &RateValue)],
) -> (Vec<TimelineView>, Option<jiff::civil::Date>) {
    let mut rows = Vec::new();
    let mut start = None;
    for (date, old) in changes {
        let to = date.yesterday().ok();
        rows.push(TimelineView {
            rate: crate::tariff::display::rate_text(
                &frame.site.locales,
                frame.lang.code(),
                &old.written,
                old.rate.as_ref(),
            ),
            original: old.written.clone(),
            from: start.map(|d| frame.date(d)),
            from_iso: start.map(|d: jiff::civil::Date| d.to_string()),
            to: to.map(|d| frame.date(d)),
            to_iso: to.map(|d| d.to_string()),
            state: "past",
        });
        start = Some(*date);
    }
    (rows, start)
}

/// The day what a code's page shows of its rates began: the latest day, on
/// or before the reference date, on which one of its rates' values in force
/// began or the line itself began or ended. Pages say "in force since" that
/// day rather than naming the reference date, so that a page changes only
/// when what is in force changes (docs/output.md#what-an-edit-changes).
pub(super) fn code_since(
    frame: &Frame<'_>,
    code: &TariffCode,
    rates: &[RateView],
) -> Option<jiff::civil::Date> {
    let date = frame.site.reference_date;
    let ended = code.validity.until.and_then(|d| d.tomorrow().ok());
    rates
        .iter()
        .filter_map(RateView::since)
        .chain(code.validity.from)
        .chain(ended)
        .filter(|d| *d <= date)
        .max()
}

/// What to say of a line that is not in force on the reference date, or
/// that is and has a last day: a trader declaring under it needs to know.
pub(super) fn status_view(frame: &Frame<'_>, code: &TariffCode) -> Option<StatusView> {
    let (state, id, date) = match code.validity.status(frame.site.reference_date) {
        LineStatus::InForce => ("ending", "tariff-line-ending", code.validity.until?),
        LineStatus::NotYet(date) => ("not_yet", "tariff-line-not-yet", date),
        LineStatus::Ended(date) => ("ended", "tariff-line-ended", date),
    };
    let mut args = FluentArgs::new();
    args.set("date", frame.date(date));
    Some(StatusView {
        state,
        text: frame.text(id, Some(&args)),
    })
}
