//! Model stage: the change log. Between consecutive commits of `content/`
//! the structured records of each changed file are compared, and every
//! difference a trader cares about becomes a [`ChangeEntry`]: a tariff line
//! added, removed, starting or ending on a date, a rate or description
//! changed, a fee's amount, currency or effective date, a procedure's steps,
//! documents, agencies or fees, a measure's codes, a tool's status, a page's
//! text. Notices are entries of their own. Outputs (feeds, the changes page,
//! each page's history) read the log and never the history.
//!
//! Dated values are compared on the day of the commit ([`Step`]): a change
//! of the value in force then is dated by the commit alone; each scheduled
//! value added, changed, moved or withdrawn is an entry of its own, effective
//! on its own date. No entry about a line takes a date from its chapter.

mod describe;
mod diff;
pub mod records;
mod scheduled;
pub mod scope;
mod steps;
mod translate;

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::entities::EntityKind;
use crate::history::{ContentCommit, ContentHistory, FileChange};
use crate::model::Site;
use jiff::civil::Date;
use rayon::prelude::*;

pub use crate::changelog::{
    Change, ChangeEntry, ChangeKind, ChangeLog, RateValue, Step, FEED_KINDS,
};
pub use describe::{describe, EntryText};

/// Above this many new lines of one chapter in one commit, one entry says
/// how many: an import is one event, not thousands.
const BULK_LINES: usize = 20;

/// `2026-11-20T09:15:00Z` and its day (UTC) from seconds since the epoch.
fn timestamps(seconds: i64) -> (String, Date) {
    let stamp = jiff::Timestamp::from_second(seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let text = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    (text, stamp.to_zoned(jiff::tz::TimeZone::UTC).date())
}

/// The day (UTC) of a commit time.
pub fn commit_date(seconds: i64) -> Date {
    timestamps(seconds).1
}

fn entry_id(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for p in parts {
        hasher.update(p.as_bytes());
        hasher.update([0]);
    }
    hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What the git history says changed: entries of every commit, compared.
/// It depends on the history and the configuration only, so `kb serve`
/// keeps it while the editor works.
#[derive(Debug, Clone, Default)]
pub struct HistoryChanges {
    /// Entries from commits, in no particular order.
    pub entries: Vec<ChangeEntry>,
    /// Whether the site is in a git repository.
    pub tracked: bool,
    /// Whether any commit changed `content/`.
    pub has_commits: bool,
    /// Date of the newest commit of `content/`.
    newest: Option<Date>,
    /// Time of the last commit of each file, by its path under `content/`
    /// (`fees/x.fr.md`): what makes a translation stale without `updated`.
    pub last_commits: BTreeMap<String, i64>,
}

impl HistoryChanges {
    /// The day of the newest commit that changed `content/`.
    pub fn newest_date(&self) -> Option<Date> {
        self.newest
    }
}

/// Compares every commit of `history` with its parent.
pub fn from_history(config: &Config, history: &ContentHistory) -> HistoryChanges {
    // Each file version of each commit is compared on its own, in parallel;
    // the sort below fixes the order.
    let jobs: Vec<(&ContentCommit, &FileChange)> = history
        .commits
        .iter()
        .flat_map(|c| c.files.iter().map(move |f| (c, f)))
        .collect();
    let mut entries: Vec<ChangeEntry> = jobs
        .par_iter()
        .flat_map_iter(|&(commit, file)| {
            let (timestamp, date) = timestamps(commit.seconds);
            let read = |path: &Option<String>, text: &Option<String>| {
                path.as_deref()
                    .zip(text.as_deref())
                    .and_then(|(p, t)| records::read_records(config, p, t))
            };
            let before = read(&file.old_path, &file.before);
            let after = read(&file.new_path, &file.after);
            diff::compare(before.as_ref(), after.as_ref(), date, BULK_LINES)
                .into_iter()
                .map(move |found| ChangeEntry {
                    id: entry_id(&[
                        &commit.id,
                        &found.page_key,
                        found.code.as_deref().unwrap_or_default(),
                        &found.detail,
                    ]),
                    date,
                    timestamp: timestamp.clone(),
                    effective: found.effective,
                    kind: ChangeKind::of_key(&found.page_key),
                    chapter: found.chapter,
                    code: found.code,
                    page_key: found.page_key,
                    title: found.title,
                    change: found.change,
                })
        })
        .collect();
    follow_renames(&mut entries, history, config);
    let mut last_commits = BTreeMap::new();
    for commit in &history.commits {
        for path in commit.files.iter().filter_map(|f| f.new_path.as_ref()) {
            last_commits.insert(path.clone(), commit.seconds);
        }
    }
    HistoryChanges {
        entries,
        tracked: history.tracked,
        has_commits: !history.commits.is_empty(),
        newest: history.newest_seconds().map(commit_date),
        last_commits,
    }
}

/// The change log of `site`: what its history says, its notices, and
/// (outside git) its `updated` dates; and apart, what its content
/// schedules that none of these announces.
pub fn build(site: &Site, history: &HistoryChanges) -> ChangeLog {
    let mut entries = history.entries.clone();
    entries.retain(|e| !outside_its_line(site, e));
    entries.extend(notices(site));
    if !history.tracked {
        entries.extend(updates(site));
    }
    // Entries about pages that no longer exist keep their own key: their
    // link goes to the changes page.
    // Newest first; within one commit and one line or page, the change now
    // before those to come, and those in date order.
    entries.sort_by(|a, b| {
        (
            &b.timestamp,
            &a.kind,
            &a.page_key,
            &a.code,
            a.effective,
            &a.id,
        )
            .cmp(&(
                &a.timestamp,
                &b.kind,
                &b.page_key,
                &b.code,
                b.effective,
                &b.id,
            ))
    });
    entries.dedup_by(|a, b| a.id == b.id);
    let mut log = ChangeLog::new(entries, history.has_commits);
    log.scheduled = scheduled::unannounced(site, &log.entries);
    log
}

/// Whether `entry` is a rate of a line dated outside the days the line
/// is in force now: announced while the line had no end (an ACFTA
/// staging to 2031), it never applies once the line ends in 2027, and
/// the entry that says the line ends is the news.
fn outside_its_line(site: &Site, entry: &ChangeEntry) -> bool {
    let (Change::Rate { .. }, Some(code), Some(day)) =
        (&entry.change, &entry.code, entry.effective)
    else {
        return false;
    };
    site.tariff
        .code(code)
        .is_some_and(|line| line.validity.status(day) != crate::tariff::LineStatus::InForce)
}

/// Earlier entries of a page that was later moved take its new key, so
/// its history stays with it.
fn follow_renames(entries: &mut [ChangeEntry], history: &ContentHistory, config: &Config) {
    let key_of = |rel: &str| crate::content::key_of(config, rel).map(|(key, _)| key);
    let mut moved: BTreeMap<String, String> = BTreeMap::new();
    for commit in &history.commits {
        for file in &commit.files {
            if let (Some(old), Some(new)) = (&file.old_path, &file.new_path) {
                if let (Some(a), Some(b)) = (key_of(old), key_of(new)) {
                    if a != b {
                        moved.insert(a, b);
                    }
                }
            }
        }
    }
    for entry in entries.iter_mut() {
        let mut seen = 0;
        while let Some(next) = moved.get(&entry.page_key) {
            entry.page_key = next.clone();
            seen += 1;
            if seen > moved.len() {
                break;
            }
        }
    }
}

fn notices(site: &Site) -> Vec<ChangeEntry> {
    site.entities
        .of_kind(EntityKind::Notice)
        .filter_map(|notice| {
            let page = site.page(&notice.page_key)?;
            let date = page.date?;
            let data = match notice.original() {
                crate::entities::EntityData::Notice(n) => Some(n),
                _ => None,
            };
            // A consultation is open for comment until a day, and is not
            // law: it has no effective date. Nor has a withdrawn draft.
            let until = data
                .filter(|n| n.is_consultation())
                .and_then(|n| crate::timeline::civil_date(&n.comment_until));
            let withdrawn =
                data.is_some_and(|n| n.status == crate::entities::kinds::NoticeStatus::Withdrawn);
            let (change, effective) = match until {
                Some(until) => (Change::Consultation { until }, None),
                None if withdrawn => (Change::Notice, None),
                None => (Change::Notice, page.effective),
            };
            Some(ChangeEntry {
                id: entry_id(&["notice", &notice.page_key]),
                timestamp: format!("{date}T00:00:00Z"),
                date,
                effective,
                kind: ChangeKind::Notice,
                chapter: None,
                code: None,
                page_key: notice.page_key.clone(),
                title: page.versions.first()?.title.clone(),
                change,
            })
        })
        .collect()
}

fn updates(site: &Site) -> Vec<ChangeEntry> {
    site.pages
        .iter()
        .filter(|p| ChangeKind::of_key(&p.key) != ChangeKind::Notice)
        .filter_map(|page| {
            let original = page.versions.first()?;
            let date = original.updated?;
            Some(ChangeEntry {
                id: entry_id(&["updated", &page.key, &date.to_string()]),
                timestamp: format!("{date}T00:00:00Z"),
                date,
                effective: page.effective,
                kind: ChangeKind::of_key(&page.key),
                chapter: None,
                code: None,
                page_key: page.key.clone(),
                title: original.title.clone(),
                change: Change::Updated,
            })
        })
        .collect()
}
