//! The change log's types: what changed ([`Change`]), one entry of it in
//! every language's feeds ([`ChangeEntry`]), and the log the [`Site`] holds
//! ([`ChangeLog`]). They sit below the model, which holds the log, so that
//! `changes`, which builds the log from the model and the git history, can
//! read the model without a loop.
//!
//! [`Site`]: crate::model::Site

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::entities::EntityKind;
use crate::tariff::DutyRate;

/// What an entry is about, for feeds and filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Tariff lines and rates.
    Tariff,
    /// Procedures.
    Procedure,
    /// Fees and charges.
    Fee,
    /// Measures.
    Measure,
    /// WCO tools.
    Tool,
    /// Notices.
    Notice,
    /// Any other page.
    Page,
}

/// Kinds that have a feed of their own, with the feed's file name.
pub const FEED_KINDS: [(ChangeKind, &str); 6] = [
    (ChangeKind::Tariff, "tariff"),
    (ChangeKind::Procedure, "procedures"),
    (ChangeKind::Fee, "fees"),
    (ChangeKind::Measure, "measures"),
    (ChangeKind::Tool, "tools"),
    (ChangeKind::Notice, "notices"),
];

impl ChangeKind {
    /// The kind of changes to the page with this key.
    pub fn of_key(key: &str) -> ChangeKind {
        match EntityKind::of_key(key) {
            Some(EntityKind::Procedure) => ChangeKind::Procedure,
            Some(EntityKind::Fee) => ChangeKind::Fee,
            Some(EntityKind::Measure) => ChangeKind::Measure,
            Some(EntityKind::Tool) => ChangeKind::Tool,
            Some(EntityKind::Notice) => ChangeKind::Notice,
            _ if key.starts_with("tariff/") => ChangeKind::Tariff,
            _ => ChangeKind::Page,
        }
    }

    /// Name used in URLs, filters and Fluent ids (`tariff`, `procedures`).
    pub fn slug(self) -> &'static str {
        match self {
            ChangeKind::Page => "pages",
            other => FEED_KINDS
                .iter()
                .find(|(k, _)| *k == other)
                .map_or("pages", |(_, s)| s),
        }
    }
}

/// A duty rate as an entry shows it: as written, and parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateValue {
    /// As written (`20%`; empty or `-` for none; a cell the reader refused,
    /// whole).
    pub written: String,
    /// The parsed rate; `None` for none or a cell that was not read.
    pub rate: Option<DutyRate>,
}

impl RateValue {
    /// No rate.
    pub fn none() -> RateValue {
        RateValue {
            written: String::new(),
            rate: None,
        }
    }
}

/// How a value over time (a rate cell, a fee amount) changed, seen on the
/// day of the commit. The date a step is about is the entry's `effective`
/// date; a change of the value in force has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step<T> {
    /// The value in force on the commit's day changed.
    Now {
        /// Before.
        old: T,
        /// After.
        new: T,
    },
    /// A value was scheduled: on the entry's date, `old` gives way to `new`.
    Scheduled {
        /// The value it replaces.
        old: T,
        /// The value from the date.
        new: T,
    },
    /// A scheduled value was changed (same date, other value).
    Revised {
        /// The value scheduled before.
        old: T,
        /// The value scheduled now.
        new: T,
    },
    /// A scheduled value was moved to the entry's date.
    Moved {
        /// The value.
        value: T,
        /// The date it was scheduled for before.
        from: Date,
    },
    /// A value scheduled for the entry's date was withdrawn.
    Withdrawn {
        /// The value that will not apply.
        value: T,
    },
}

/// What changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A tariff line appeared (from the entry's date, if it has one).
    LineAdded,
    /// Many lines of one chapter appeared in one commit (an import).
    LinesAdded {
        /// How many.
        count: usize,
    },
    /// A rate column appeared in a chapter's table (`added`), or went
    /// away: one event for the chapter, not one change per line.
    RateColumn {
        /// Column key as configured (`vat`).
        column: String,
        /// Added, or removed.
        added: bool,
    },
    /// A tariff line was removed.
    LineRemoved {
        /// Its description before.
        description: String,
    },
    /// A line now starts on the entry's date.
    LineStarts {
        /// The day it was to start before, if any.
        old: Option<Date>,
    },
    /// A line that was to start on a date is in force now.
    LineStartWithdrawn {
        /// The day it was to start.
        date: Date,
    },
    /// A line now ends on the entry's date (its last day in force).
    LineEnds {
        /// The day it was to end before, if any.
        old: Option<Date>,
    },
    /// A line that was to end on the entry's date stays.
    LineEndWithdrawn,
    /// A rate column of a line: the rate in force or a scheduled one.
    Rate {
        /// Column key as configured (`mfn`).
        column: String,
        /// What happened to the rate.
        step: Step<RateValue>,
    },
    /// A data column of a line changed (a rate, a unit).
    ColumnChanged {
        /// Column key (`mfn`).
        column: String,
        /// Text as written before (`20%`; empty for none).
        old: String,
        /// Text as written after.
        new: String,
    },
    /// A line's description changed.
    DescriptionChanged {
        /// Before.
        old: String,
    },
    /// A fee's amount (or a tier's) changed: the amount in force or a
    /// scheduled one. An amount is a decimal as written; empty for none
    /// (a tier added or dropped).
    FeeAmount {
        /// The tier's label, empty for a single amount.
        label: String,
        /// What happened to the amount.
        step: Step<String>,
        /// Currency after.
        currency: String,
    },
    /// An exchange rate for customs valuation: the rate in force or a
    /// published one (a decimal as written: national currency per unit).
    ExchangeRate {
        /// What happened to the rate.
        step: Step<String>,
    },
    /// A tariff quota's balance: the one on a day, or one added for a
    /// later day (a decimal as written, in `unit`).
    QuotaBalance {
        /// What happened to the balance.
        step: Step<String>,
        /// Unit of the balance (`t`).
        unit: String,
    },
    /// A fee now ends on the entry's date (its last day charged).
    FeeEnds {
        /// The last day before, if any.
        old: Option<Date>,
    },
    /// A fee that was to end on the entry's date stays.
    FeeEndWithdrawn,
    /// A fee's currency changed.
    FeeCurrency {
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// A fee's effective date changed, and nothing else that would say so.
    FeeEffective {
        /// Before.
        old: Option<Date>,
    },
    /// A procedure's steps changed.
    Steps {
        /// Number of steps before.
        old: usize,
        /// After.
        new: usize,
    },
    /// A list of a procedure or measure changed: `documents`, `agencies`,
    /// `fees`, `hs`.
    List {
        /// Which list.
        field: &'static str,
        /// Items added.
        added: Vec<String>,
        /// Items removed.
        removed: Vec<String>,
    },
    /// A tool's status changed.
    ToolStatus {
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// A page appeared.
    PageAdded,
    /// A page was removed.
    PageRemoved,
    /// A page's text or title changed.
    TextChanged,
    /// A notice, as its editors wrote it.
    Notice,
    /// A consultation (TFA Art. 2): a draft open for comment until a day,
    /// never worded as law; it has no effective date.
    Consultation {
        /// The last day for comments.
        until: Date,
    },
    /// A page's `updated` date (sites outside git).
    Updated,
}

/// One change, in every language.
#[derive(Debug, Clone)]
pub struct ChangeEntry {
    /// Stable id: the same commit and change give the same id.
    pub id: String,
    /// Commit (or notice, or update) date, in UTC.
    pub date: Date,
    /// Commit time as RFC 3339 (`2026-11-20T09:15:00Z`).
    pub timestamp: String,
    /// When it takes effect, if not on its own date: the date of a
    /// scheduled value, of a line's start or end, of a fee, of a notice.
    pub effective: Option<Date>,
    /// Feed it belongs to.
    pub kind: ChangeKind,
    /// Tariff chapter (`09`), for tariff changes.
    pub chapter: Option<String>,
    /// Tariff code digits, for changes to a line.
    pub code: Option<String>,
    /// Key of the page it concerns (for a line: its chapter's page).
    pub page_key: String,
    /// The page's title in the default language at the time of the change.
    pub title: String,
    /// What changed.
    pub change: Change,
}

impl ChangeEntry {
    /// The day that puts the entry among upcoming changes: its effective
    /// date, or a consultation's last day for comments.
    pub fn upcoming_date(&self) -> Option<Date> {
        match self.change {
            Change::Consultation { until } => Some(until),
            _ => self.effective,
        }
    }
}

/// Every change the site knows of, newest first.
#[derive(Debug, Clone, Default)]
pub struct ChangeLog {
    /// The entries, newest first (then by id).
    pub entries: Vec<ChangeEntry>,
    /// Whether they come from git history (else notices and `updated` only).
    pub from_history: bool,
    /// Values the content schedules after the reference date that no
    /// entry announces (a chapter imported with its schedule, a site
    /// outside git), soonest first: listed among what comes into force,
    /// never in feeds or histories, since no one knows when they were
    /// decided. Their `timestamp` is empty.
    pub scheduled: Vec<ChangeEntry>,
    /// Entries by tariff code, and chapter-wide ones by chapter.
    by_code: BTreeMap<String, Vec<usize>>,
    /// Entries by page key (not those about a line).
    by_page: BTreeMap<String, Vec<usize>>,
}

impl ChangeLog {
    /// A log of `entries` (newest first), indexed for lookups.
    pub fn new(entries: Vec<ChangeEntry>, from_history: bool) -> ChangeLog {
        let mut by_code: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut by_page: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, e) in entries.iter().enumerate() {
            match (&e.code, &e.change) {
                (Some(code), _) => by_code.entry(code.clone()).or_default().push(i),
                (None, Change::LinesAdded { .. }) => {
                    if let Some(c) = &e.chapter {
                        by_code.entry(format!("chapter:{c}")).or_default().push(i);
                    }
                }
                (None, _) => by_page.entry(e.page_key.clone()).or_default().push(i),
            }
        }
        ChangeLog {
            entries,
            from_history,
            scheduled: Vec::new(),
            by_code,
            by_page,
        }
    }

    /// Entries about tariff code `digits` (and imports of its chapter),
    /// newest first.
    pub fn for_code(&self, digits: &str) -> Vec<&ChangeEntry> {
        let chapter = format!("chapter:{}", digits.get(..2).unwrap_or(digits));
        let mut found: Vec<usize> = [digits, chapter.as_str()]
            .iter()
            .filter_map(|k| self.by_code.get(*k))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.iter().map(|&i| &self.entries[i]).collect()
    }

    /// Entries about tariff chapter `number` (`09`): its lines, imports
    /// and the chapter page, newest first.
    pub fn for_chapter(&self, number: &str) -> Vec<&ChangeEntry> {
        self.entries
            .iter()
            .filter(|e| e.chapter.as_deref() == Some(number))
            .collect()
    }

    /// Entries about the page with `key` (not its tariff lines), newest first.
    pub fn for_page(&self, key: &str) -> Vec<&ChangeEntry> {
        self.by_page
            .get(key)
            .into_iter()
            .flatten()
            .map(|&i| &self.entries[i])
            .collect()
    }
}
