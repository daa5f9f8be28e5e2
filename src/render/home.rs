//! The home page built around a trader's tasks (issue 15): the search and
//! a commodity-code lookup come first (in the template), then what comes
//! into force in the next 90 days, the consultations open for comment
//! with their deadlines, the latest changes and the enquiry point, then an
//! index of every kind of page the site has. Everything is generated from
//! the content and the change log, in the reader's language.

use serde::Serialize;

use crate::entities::kinds::date_string;
use crate::entities::{EntityData, EntityKind, ALL_KINDS};
use crate::timeline::parse_date;

use super::changes::{entry_view, EntryView};
use super::context::Frame;
use super::links::Link;

/// How far ahead the home page looks for what comes into force.
pub(crate) const HORIZON_DAYS: i64 = 90;
/// How many scheduled changes the home page lists before "all changes".
const UPCOMING_ON_HOME: usize = 6;
/// How many past changes the home page lists.
const RECENT_ON_HOME: usize = 5;

/// A consultation open for comment on the reference date.
#[derive(Serialize)]
pub(crate) struct Consultation {
    #[serde(flatten)]
    link: Link,
    /// The last day for comments, the reader's way.
    deadline: String,
    /// The same day, `YYYY-MM-DD`, for `<time datetime>`.
    iso: String,
}

/// A kind's index page and how many pages it lists.
#[derive(Serialize)]
pub(crate) struct KindIndex {
    #[serde(flatten)]
    link: Link,
    /// `tariff`, `procedure`, `fee`…
    kind: String,
    /// Chapters of the tariff, or pages of the kind.
    count: usize,
}

/// What the home page template receives as `tasks`.
#[derive(Serialize)]
pub(crate) struct HomeTasks {
    /// Changes taking effect after the reference date and within
    /// [`HORIZON_DAYS`], soonest first.
    upcoming: Vec<EntryView>,
    /// How many more are scheduled in that window than listed.
    upcoming_more: usize,
    /// The newest changes already in effect.
    recent: Vec<EntryView>,
    /// Consultations open on the reference date, closing soonest first.
    consultations: Vec<Consultation>,
    /// The index page of every kind that has pages.
    kinds: Vec<KindIndex>,
    /// The window, in days.
    horizon_days: i64,
}

/// The home page's task lists in `frame`'s language.
pub(crate) fn home_tasks(frame: &Frame<'_>, from: &str) -> HomeTasks {
    let site = frame.site;
    let formats = site.locales.formats(frame.lang.code());
    let today = site.reference_date;
    let horizon = today
        .checked_add(jiff::Span::new().days(HORIZON_DAYS))
        .unwrap_or(today);
    // What was announced, and what the content schedules unannounced.
    let mut upcoming: Vec<_> = site
        .changes
        .entries
        .iter()
        .chain(&site.changes.scheduled)
        .filter(|e| e.effective.is_some_and(|d| d > today && d <= horizon))
        .collect();
    upcoming.sort_by(|a, b| {
        (a.effective, &a.timestamp, &a.page_key, &a.code, &a.id).cmp(&(
            b.effective,
            &b.timestamp,
            &b.page_key,
            &b.code,
            &b.id,
        ))
    });
    let upcoming_more = upcoming.len().saturating_sub(UPCOMING_ON_HOME);
    let recent = site
        .changes
        .entries
        .iter()
        .filter(|e| e.effective.is_none_or(|d| d <= today))
        .take(RECENT_ON_HOME);
    HomeTasks {
        upcoming: upcoming
            .into_iter()
            .take(UPCOMING_ON_HOME)
            .map(|e| entry_view(frame, &formats, from, e))
            .collect(),
        upcoming_more,
        recent: recent
            .map(|e| entry_view(frame, &formats, from, e))
            .collect(),
        consultations: open_consultations(frame, from),
        kinds: kind_indexes(frame, from),
        horizon_days: HORIZON_DAYS,
    }
}

/// Consultations open for comment on the reference date.
fn open_consultations(frame: &Frame<'_>, from: &str) -> Vec<Consultation> {
    let site = frame.site;
    let mut open: Vec<(jiff::civil::Date, Consultation)> = site
        .entities
        .of_kind(EntityKind::Notice)
        .filter_map(|entity| {
            let EntityData::Notice(notice) = entity.original() else {
                return None;
            };
            // Open means what the notices model says (issue 17): a
            // consultation still in its comment period on the reference date.
            let page = site.page(&entity.page_key)?;
            let open = notice.is_consultation()
                && notice.phase_on(page.effective, site.reference_date)
                    == crate::entities::kinds::NoticePhase::DraftForComment;
            if !open {
                return None;
            }
            let until = date_string(&notice.comment_until).and_then(|d| parse_date(&d))?;
            Some((
                until,
                Consultation {
                    link: frame.link_to(from, page),
                    deadline: frame.date(until),
                    iso: until.to_string(),
                },
            ))
        })
        .collect();
    open.sort_by(|a, b| (a.0, &a.1.iso, &a.1.link.href).cmp(&(b.0, &b.1.iso, &b.1.link.href)));
    open.into_iter().map(|(_, c)| c).collect()
}

/// The tariff index and each kind's index, where there are pages.
fn kind_indexes(frame: &Frame<'_>, from: &str) -> Vec<KindIndex> {
    let site = frame.site;
    let mut kinds = Vec::new();
    if let Some(page) = site.page("tariff/_index") {
        let chapters = site.tariff.chapters.len();
        if chapters > 0 {
            kinds.push(KindIndex {
                link: frame.link_to(from, page),
                kind: "tariff".into(),
                count: chapters,
            });
        }
    }
    for kind in ALL_KINDS {
        let count = site.entities.of_kind(kind).count();
        let index = site.page(&format!("{}/_index", kind.folder()));
        if let (Some(page), true) = (index, count > 0) {
            kinds.push(KindIndex {
                link: frame.link_to(from, page),
                kind: kind.scheme().into(),
                count,
            });
        }
    }
    kinds
}
