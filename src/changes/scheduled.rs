//! What the content schedules that no commit announced: every value the
//! model holds for a day after the reference date (a rate, a line that
//! starts or ends, a fee's amount, start or end, an exchange rate, a quota
//! balance) becomes an entry, unless the history already has one for it.
//!
//! The history announces a value when a commit adds it to a page that was
//! there. A value that came in a bulk import of a chapter (one entry for
//! all its lines), on a site outside git, or in a history the comparison
//! could not read has no such entry, yet a trader must see
//! it among what comes into force: the home page and the changes page list
//! what is scheduled, not only what was announced. These entries stay out
//! of feeds and page histories, whose entries are dated by the commit that
//! made them.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use crate::model::Site;

use super::diff::{compare, is_later_value};
use super::records::{snapshot_of, FileRecords, LineRecord};
use super::{entry_id, Change, ChangeEntry, ChangeKind};

/// The entries of values scheduled after the reference date that no entry
/// of `announced` (the history's) is about.
pub(super) fn unannounced(site: &Site, announced: &[ChangeEntry]) -> Vec<ChangeEntry> {
    let today = site.reference_date;
    let known: BTreeSet<Announcement> = announced.iter().map(Announcement::of).collect();
    let mut out = Vec::new();
    for records in scheduled_records(site) {
        for found in compare(None, Some(&records), today, usize::MAX) {
            if found.effective.is_none_or(|d| d <= today) || !is_scheduled(&found.change) {
                continue;
            }
            let entry = ChangeEntry {
                id: entry_id(&[
                    "scheduled",
                    &found.page_key,
                    found.code.as_deref().unwrap_or_default(),
                    &found.detail,
                ]),
                // No one knows when it was decided: no date of its own.
                date: today,
                timestamp: String::new(),
                effective: found.effective,
                kind: ChangeKind::of_key(&found.page_key),
                chapter: found.chapter.clone(),
                code: found.code.clone(),
                page_key: found.page_key.clone(),
                title: found.title.clone(),
                change: found.change,
            };
            if !known.contains(&Announcement::of(&entry)) {
                out.push(entry);
            }
        }
    }
    out.sort_by(|a, b| {
        (a.effective, &a.page_key, &a.code, &a.id).cmp(&(b.effective, &b.page_key, &b.code, &b.id))
    });
    out
}

/// Whether a difference against nothing is a value to come, not the page
/// or line itself (unless it starts later, which its entry's date says).
fn is_scheduled(change: &Change) -> bool {
    matches!(change, Change::LineAdded | Change::PageAdded) || is_later_value(change)
}

/// What an entry announces: a value of a column or tier of a page or line
/// on a day. Two entries about the same one are the same news, whatever
/// the value (a revision is an entry of its own).
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Announcement {
    page_key: String,
    code: Option<String>,
    effective: Option<Date>,
    what: String,
}

impl Announcement {
    fn of(entry: &ChangeEntry) -> Announcement {
        let what = match &entry.change {
            Change::Rate { column, .. } => format!("rate:{column}"),
            Change::FeeAmount { label, .. } => format!("amount:{label}"),
            Change::LineAdded | Change::LineStarts { .. } | Change::PageAdded => "start".into(),
            Change::FeeEffective { .. } => "start".into(),
            Change::LineEnds { .. } | Change::FeeEnds { .. } => "end".into(),
            Change::ExchangeRate { .. } => "exchange-rate".into(),
            Change::QuotaBalance { .. } => "balance".into(),
            _ => "other".into(),
        };
        Announcement {
            page_key: entry.page_key.clone(),
            code: entry.code.clone(),
            effective: entry.effective,
            what,
        }
    }
}

/// The records of what has a date after the reference date: each chapter's
/// lines that do, and each fee, exchange rate and quota that does.
fn scheduled_records(site: &Site) -> Vec<FileRecords> {
    let today = site.reference_date;
    let mut chapters: BTreeMap<String, BTreeMap<String, LineRecord>> = BTreeMap::new();
    for code in &site.tariff.codes {
        let mut dates = [code.validity.from, code.validity.until]
            .into_iter()
            .flatten()
            .chain(code.rates.values().flat_map(|cell| cell.timeline.dates()));
        let dated = dates.any(|d| d > today);
        if dated {
            chapters
                .entry(format!("tariff/{}", code.chapter))
                .or_default()
                .insert(code.digits.clone(), LineRecord::of_code(code));
        }
    }
    let mut records: Vec<FileRecords> = chapters
        .into_iter()
        .map(|(key, lines)| FileRecords {
            title: title_of(site, &key),
            key,
            effective: None,
            body: String::new(),
            lines,
            entity: None,
        })
        .collect();
    for entity in site.entities.by_key.values() {
        let Some(page) = site.page(&entity.page_key) else {
            continue;
        };
        let dated = match &entity.fee {
            Some(amounts) => !amounts.changes_after(today).is_empty(),
            None => matches!(
                entity.kind,
                crate::entities::EntityKind::ExchangeRate | crate::entities::EntityKind::Quota
            ),
        };
        if dated {
            records.push(FileRecords {
                key: entity.page_key.clone(),
                title: title_of(site, &entity.page_key),
                effective: page.effective,
                body: String::new(),
                lines: BTreeMap::new(),
                entity: Some(snapshot_of(entity.original(), &site.config.currencies)),
            });
        }
    }
    records
}

fn title_of(site: &Site, key: &str) -> String {
    site.page(key)
        .and_then(|p| p.versions.first())
        .map(|v| v.title.clone())
        .unwrap_or_default()
}
