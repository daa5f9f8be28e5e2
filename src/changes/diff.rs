//! Compares two versions of one file's records and says what changed, on
//! the day of the commit: values over time are compared value by value
//! ([`timeline_steps`]), parsed values by what they mean (`20 %` is `20%`).

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use crate::tariff::row::Validity;

use super::records::{AmountRecord, EntitySnapshot, FileRecords, LineRecord};
use super::steps::*;
use super::{Change, Step};

/// One difference, before it gets its commit's id and date.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub page_key: String,
    pub title: String,
    pub code: Option<String>,
    pub chapter: Option<String>,
    pub effective: Option<Date>,
    pub change: Change,
    /// Tells apart two changes of one record in one commit (for the id).
    pub detail: String,
}

fn chapter_of(key: &str) -> Option<String> {
    key.strip_prefix("tariff/").map(str::to_string)
}

/// Every difference between `before` and `after` (either may be missing:
/// a file added, removed, or a version that did not parse), seen on `on`,
/// the day of the commit.
pub(super) fn compare(
    before: Option<&FileRecords>,
    after: Option<&FileRecords>,
    on: Date,
    bulk_lines: usize,
) -> Vec<Found> {
    let Some(now) = after.or(before) else {
        return Vec::new();
    };
    let found = |change: Change, detail: &str| Found {
        page_key: now.key.clone(),
        title: now.title.clone(),
        code: None,
        chapter: None,
        effective: after.and_then(|a| a.effective),
        change,
        detail: detail.to_string(),
    };
    let mut out = Vec::new();
    let chapter = chapter_of(&now.key)
        .filter(|_| !now.lines.is_empty() || before.is_some_and(|b| !b.lines.is_empty()));
    if let Some(chapter) = chapter {
        compare_chapter((before, after, now), &chapter, on, bulk_lines, &mut out);
        // A chapter's notes are page text; its table is reported line by line.
        return out;
    }
    let (Some(old), Some(new)) = (before, after) else {
        // A page that appears or goes away.
        if matches!(now.entity, Some(EntitySnapshot::Notice)) {
            return out;
        }
        let change = if after.is_some() {
            Change::PageAdded
        } else {
            Change::PageRemoved
        };
        out.push(found(change, "page"));
        return out;
    };
    let before_count = out.len();
    match (&old.entity, &new.entity) {
        (
            Some(EntitySnapshot::Procedure {
                steps: s0,
                documents: d0,
                agencies: a0,
                fees: f0,
            }),
            Some(EntitySnapshot::Procedure {
                steps: s1,
                documents: d1,
                agencies: a1,
                fees: f1,
            }),
        ) => compare_procedure([(s0, s1), (d0, d1), (a0, a1), (f0, f1)], &found, &mut out),
        (Some(EntitySnapshot::Fee { .. }), Some(EntitySnapshot::Fee { .. })) => {
            compare_fee((&old.entity, &new.entity), on, &found, &mut out)
        }
        (Some(EntitySnapshot::Measure { hs: h0 }), Some(EntitySnapshot::Measure { hs: h1 })) => {
            if let Some(change) = list_change("hs", h0, h1) {
                out.push(found(change, "hs"));
            }
        }
        (Some(EntitySnapshot::Tool { status: t0 }), Some(EntitySnapshot::Tool { status: t1 }))
            if t0 != t1 =>
        {
            out.push(found(
                Change::ToolStatus {
                    old: t0.clone(),
                    new: t1.clone(),
                },
                "status",
            ));
        }
        (
            Some(EntitySnapshot::ExchangeRate { rate: r0 }),
            Some(EntitySnapshot::ExchangeRate { rate: r1 }),
        ) => {
            for (date, step) in amount_steps(Some(r0), None, Some(r1), None, on) {
                let detail = date.map_or_else(|| "rate".to_string(), |d| format!("rate@{d}"));
                let mut f = found(Change::ExchangeRate { step }, &detail);
                f.effective = date;
                out.push(f);
            }
        }
        (
            Some(EntitySnapshot::Quota { balance: b0, .. }),
            Some(EntitySnapshot::Quota { balance: b1, unit }),
        ) => {
            for (date, step) in amount_steps(Some(b0), None, Some(b1), None, on) {
                let detail = date.map_or_else(|| "balance".to_string(), |d| format!("balance@{d}"));
                let mut f = found(
                    Change::QuotaBalance {
                        step,
                        unit: unit.clone(),
                    },
                    &detail,
                );
                f.effective = date;
                out.push(f);
            }
        }
        (Some(EntitySnapshot::Notice), _) => return out,
        _ => {}
    }
    // Text edits matter when nothing structured says more.
    if out.len() == before_count && (old.body != new.body || old.title != new.title) {
        out.push(found(Change::TextChanged, "text"));
    }
    out
}

/// The line-by-line differences of chapter `chapter`'s table.
fn compare_chapter(
    (before, after, now): (Option<&FileRecords>, Option<&FileRecords>, &FileRecords),
    chapter: &str,
    on: Date,
    bulk_lines: usize,
    out: &mut Vec<Found>,
) {
    let empty = BTreeMap::new();
    let old = before.map_or(&empty, |b| &b.lines);
    let new = after.map_or(&empty, |a| &a.lines);
    let line_found =
        |code: Option<&str>, change: Change, effective: Option<Date>, detail: &str| Found {
            page_key: now.key.clone(),
            title: match code {
                Some(code) => new
                    .get(code)
                    .or_else(|| old.get(code))
                    .map(|l| l.description.clone())
                    .unwrap_or_default(),
                None => now.title.clone(),
            },
            code: code.map(str::to_string),
            chapter: Some(chapter.to_string()),
            // A line's entry has its own date or none: the chapter's
            // `effective` says nothing about this line.
            effective,
            change,
            detail: match code {
                Some(code) => format!("{code}:{detail}"),
                None => detail.to_string(),
            },
        };
    lines(old, new, on, bulk_lines, &line_found, out);
}

/// What changed in a procedure: its steps, documents, agencies and fees.
fn compare_procedure(
    [(s0, s1), (d0, d1), (a0, a1), (f0, f1)]: [(&Vec<String>, &Vec<String>); 4],
    found: &dyn Fn(Change, &str) -> Found,
    out: &mut Vec<Found>,
) {
    if s0 != s1 {
        out.push(found(
            Change::Steps {
                old: s0.len(),
                new: s1.len(),
            },
            "steps",
        ));
    }
    for (field, x, y) in [
        ("documents", d0, d1),
        ("agencies", a0, a1),
        ("fees", f0, f1),
    ] {
        if let Some(change) = list_change(field, x, y) {
            out.push(found(change, field));
        }
    }
}

/// What changed in a fee: each tier's amounts over time, its currency, its
/// first and last day.
fn compare_fee(
    (old, new): (&Option<EntitySnapshot>, &Option<EntitySnapshot>),
    on: Date,
    found: &dyn Fn(Change, &str) -> Found,
    out: &mut Vec<Found>,
) {
    let (
        Some(EntitySnapshot::Fee {
            amounts: m0,
            currency: c0,
            effective: e0,
            until: u0,
        }),
        Some(EntitySnapshot::Fee {
            amounts: m1,
            currency: c1,
            effective: e1,
            until: u1,
        }),
    ) = (old, new)
    else {
        return;
    };
    let before_count = out.len();
    // Tiers by label, in order of first mention, each once.
    let mut labels: Vec<&String> = Vec::new();
    for (label, _) in m0.iter().chain(m1) {
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    fn find<'a>(list: &'a [(String, AmountRecord)], label: &str) -> Option<&'a AmountRecord> {
        list.iter().find(|(l, _)| l == label).map(|(_, a)| a)
    }
    let mut steps: Vec<(&String, Option<Date>, Step<String>)> = Vec::new();
    for label in labels {
        let (a, b) = (find(m0, label), find(m1, label));
        for (date, step) in amount_steps(a, *e0, b, *e1, on) {
            steps.push((label, date, step));
        }
    }
    // A fee whose first day moved, and nothing more, is one entry
    // for the fee, not one per tier.
    let only_moved = e0 != e1
        && steps.iter().all(|(_, date, step)| {
            *date == *e1 && matches!(step, Step::Moved { from, .. } if Some(*from) == *e0)
        });
    if only_moved && e1.is_some() {
        let mut f = found(Change::FeeEffective { old: *e0 }, "effective");
        f.effective = *e1;
        out.push(f);
    } else {
        for (label, date, step) in steps {
            let detail = match date {
                Some(d) => format!("amount:{label}@{d}"),
                None => format!("amount:{label}"),
            };
            let detail = match step {
                Step::Withdrawn { .. } => format!("{detail}:withdrawn"),
                _ => detail,
            };
            let mut f = found(
                Change::FeeAmount {
                    label: label.clone(),
                    step,
                    currency: c1.clone(),
                },
                &detail,
            );
            f.effective = date;
            out.push(f);
        }
    }
    if c0 != c1 {
        let mut f = found(
            Change::FeeCurrency {
                old: c0.clone(),
                new: c1.clone(),
            },
            "currency",
        );
        // Nothing is charged before the fee's first day.
        f.effective = e1.filter(|d| *d > on);
        out.push(f);
    }
    if u0 != u1 {
        match (*u0, *u1) {
            (_, Some(until)) if until >= on => {
                let mut f = found(Change::FeeEnds { old: *u0 }, "until");
                f.effective = Some(until);
                out.push(f);
            }
            (Some(until), None) if until >= on => {
                let mut f = found(Change::FeeEndWithdrawn, "until");
                f.effective = Some(until);
                out.push(f);
            }
            _ => {}
        }
    }
    if e0 != e1 && e1.is_some() && out.len() == before_count {
        let mut f = found(Change::FeeEffective { old: *e0 }, "effective");
        f.effective = *e1;
        out.push(f);
    }
}

fn list_change(field: &'static str, old: &[String], new: &[String]) -> Option<Change> {
    let added: Vec<String> = new.iter().filter(|x| !old.contains(x)).cloned().collect();
    let removed: Vec<String> = old.iter().filter(|x| !new.contains(x)).cloned().collect();
    (!added.is_empty() || !removed.is_empty()).then_some(Change::List {
        field,
        added,
        removed,
    })
}

/// Whether a line with `validity` has not ended by `date` (whether it has
/// started is another matter: its rates before its first day are its
/// first rates).
fn not_ended_on(validity: Validity, date: Date) -> bool {
    validity.until.is_none_or(|until| date <= until)
}

/// What happened to a line's dates: the day it starts, the day it ends.
fn validity_changes(
    old: Validity,
    new: Validity,
    on: Date,
) -> Vec<(Change, Option<Date>, &'static str)> {
    let mut out = Vec::new();
    if old.from != new.from {
        match (old.from, new.from) {
            (_, Some(date)) if date > on => {
                out.push((Change::LineStarts { old: old.from }, Some(date), "from"))
            }
            (Some(date), _) if date > on => {
                out.push((Change::LineStartWithdrawn { date }, None, "from"))
            }
            _ => {}
        }
    }
    if old.until != new.until {
        match (old.until, new.until) {
            (_, Some(date)) if date >= on => {
                out.push((Change::LineEnds { old: old.until }, Some(date), "until"))
            }
            (Some(date), None) if date >= on => {
                out.push((Change::LineEndWithdrawn, Some(date), "until"))
            }
            _ => {}
        }
    }
    out
}

/// Makes the entry of a change to a line (`None`: to the whole table).
type LineFound<'a> = dyn Fn(Option<&str>, Change, Option<Date>, &str) -> Found + 'a;

fn lines(
    old: &BTreeMap<String, LineRecord>,
    new: &BTreeMap<String, LineRecord>,
    on: Date,
    bulk_lines: usize,
    found: &LineFound<'_>,
    out: &mut Vec<Found>,
) {
    let added: Vec<&String> = new.keys().filter(|c| !old.contains_key(*c)).collect();
    if added.len() > bulk_lines {
        // An import is one event; its lines' dates show on their pages.
        out.push(found(
            None,
            Change::LinesAdded { count: added.len() },
            None,
            "lines-added",
        ));
    } else {
        let blank = LineRecord {
            description: String::new(),
            validity: Validity::default(),
            data: BTreeMap::new(),
            rates: BTreeMap::new(),
            unreadable: BTreeMap::new(),
        };
        for code in added {
            let line = &new[code.as_str()];
            let starts = line.validity.from.filter(|d| *d > on);
            out.push(found(Some(code), Change::LineAdded, starts, "added"));
            if let Some(until) = line.validity.until.filter(|d| *d >= on) {
                out.push(found(
                    Some(code),
                    Change::LineEnds { old: None },
                    Some(until),
                    "until",
                ));
            }
            // A new line's rates are news only where they change later;
            // its first value is the line itself.
            for key in line.rates.keys() {
                for (date, step) in rate_steps(&blank, line, key, on) {
                    if let (Some(d), Step::Scheduled { old, .. }) = (date, &step) {
                        if old.rate.is_some()
                            && starts.is_none_or(|s| d > s)
                            && not_ended_on(line.validity, d)
                        {
                            let detail = step_detail(key, date, &step);
                            out.push(found(
                                Some(code),
                                Change::Rate {
                                    column: key.clone(),
                                    step,
                                },
                                date,
                                &detail,
                            ));
                        }
                    }
                }
            }
        }
    }
    for (code, line) in old {
        let Some(now) = new.get(code) else {
            out.push(found(
                Some(code),
                Change::LineRemoved {
                    description: line.description.clone(),
                },
                None,
                "removed",
            ));
            continue;
        };
        if line == now {
            // Most lines of a changed chapter are as they were.
            continue;
        }
        for (change, date, detail) in validity_changes(line.validity, now.validity, on) {
            out.push(found(Some(code), change, date, detail));
        }
        let rate_keys: BTreeSet<&String> = line
            .rates
            .keys()
            .chain(line.unreadable.keys())
            .chain(now.rates.keys())
            .chain(now.unreadable.keys())
            .collect();
        for key in rate_keys {
            for (date, step) in rate_steps(line, now, key, on) {
                // A rate from a day the line no longer exists never applies.
                if date.is_some_and(|d| {
                    !not_ended_on(now.validity, d) && !not_ended_on(line.validity, d)
                }) {
                    continue;
                }
                let detail = step_detail(key, date, &step);
                out.push(found(
                    Some(code),
                    Change::Rate {
                        column: key.clone(),
                        step,
                    },
                    date,
                    &detail,
                ));
            }
        }
        let data_keys: BTreeSet<&String> = line.data.keys().chain(now.data.keys()).collect();
        for key in data_keys {
            let a = line.data.get(key).cloned().unwrap_or_default();
            let b = now.data.get(key).cloned().unwrap_or_default();
            if a != b {
                out.push(found(
                    Some(code),
                    Change::ColumnChanged {
                        column: key.clone(),
                        old: a,
                        new: b,
                    },
                    None,
                    key,
                ));
            }
        }
        if line.description != now.description {
            out.push(found(
                Some(code),
                Change::DescriptionChanged {
                    old: line.description.clone(),
                },
                None,
                "description",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::changes::records::read_records;
    use crate::changes::RateValue;
    use crate::config::Config;

    fn config() -> Config {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("kb.toml"),
            "title = \"T\"\nbase_url = \"https://t.test\"\n[languages.en]\nname = \"English\"\n\
             [languages.fr]\nname = \"Français\"\n[tariff]\nnational_digits = 8\n\
             [[tariff.columns]]\nkey = \"unit\"\n[[tariff.columns]]\nkey = \"mfn\"\nkind = \"rate\"\n",
        )
        .unwrap();
        Config::load(dir.path()).unwrap()
    }

    fn d(text: &str) -> Date {
        text.parse().unwrap()
    }

    /// Chapter 09 with coffee at `coffee` and black pepper at `pepper`,
    /// and a chapter-wide `effective` date that no line entry may take.
    fn chapter(coffee: &str, pepper: &str) -> String {
        format!(
            "+++\ntitle = \"Coffee\"\neffective = 2027-01-01\n+++\n\n| Code | Description | Unit | MFN |\n\
             |---|---|---|---|\n| 09.01 | Coffee | | |\n| 0901.11.10 | - - Arabica | kg | {coffee} |\n\
             | 09.04 | Pepper | | |\n| 0904.11.10 | - - Black pepper | kg | {pepper} |\n"
        )
    }

    /// What a commit on `on` changed between two versions of chapter 09.
    fn changes(before: &str, after: &str, on: &str) -> Vec<Found> {
        let c = config();
        let a = read_records(&c, "tariff/09.md", before).unwrap();
        let b = read_records(&c, "tariff/09.md", after).unwrap();
        compare(Some(&a), Some(&b), d(on), 20)
    }

    fn rate(written: &str) -> RateValue {
        RateValue {
            written: written.into(),
            rate: crate::tariff::rate::parse_rate(written).unwrap(),
        }
    }

    fn mfn(step: Step<RateValue>) -> Change {
        Change::Rate {
            column: "mfn".into(),
            step,
        }
    }

    #[test]
    fn an_edit_of_the_rate_in_force_has_no_date_but_its_commit() {
        // The black-pepper case: another line is scheduled, the chapter
        // says `effective = 2027-01-01`; pepper's edit is dated by itself.
        let found = changes(
            &chapter("15%; 10% from 2027-01-01", "20%"),
            &chapter("15%; 10% from 2027-01-01", "18%"),
            "2026-11-10",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].code.as_deref(), Some("09041110"));
        assert_eq!(found[0].effective, None);
        assert_eq!(
            found[0].change,
            mfn(Step::Now {
                old: rate("20%"),
                new: rate("18%")
            })
        );
        assert_eq!(found[0].detail, "09041110:mfn");
    }

    #[test]
    fn a_scheduled_value_added_changed_moved_and_withdrawn_is_an_entry_each_time() {
        let on = "2026-10-01";
        let added = changes(
            &chapter("15%", "20%"),
            &chapter("15%; 10% from 2027-01-01", "20%"),
            on,
        );
        assert_eq!(added.len(), 1, "{added:?}");
        assert_eq!(added[0].effective, Some(d("2027-01-01")));
        assert_eq!(
            added[0].change,
            mfn(Step::Scheduled {
                old: rate("15%"),
                new: rate("10%")
            })
        );
        let revised = changes(
            &chapter("15%; 10% from 2027-01-01", "20%"),
            &chapter("15%; 12% from 2027-01-01", "20%"),
            on,
        );
        assert_eq!(
            revised[0].change,
            mfn(Step::Revised {
                old: rate("10%"),
                new: rate("12%")
            })
        );
        assert_eq!(revised[0].effective, Some(d("2027-01-01")));
        let moved = changes(
            &chapter("15%; 12% from 2027-01-01", "20%"),
            &chapter("15%; 12% from 2027-07-01", "20%"),
            on,
        );
        assert_eq!(moved.len(), 1, "{moved:?}");
        assert_eq!(
            moved[0].change,
            mfn(Step::Moved {
                value: rate("12%"),
                from: d("2027-01-01")
            })
        );
        assert_eq!(moved[0].effective, Some(d("2027-07-01")));
        let withdrawn = changes(
            &chapter("15%; 12% from 2027-07-01", "20%"),
            &chapter("15%", "20%"),
            on,
        );
        assert_eq!(
            withdrawn[0].change,
            mfn(Step::Withdrawn { value: rate("12%") })
        );
        assert_eq!(withdrawn[0].effective, Some(d("2027-07-01")));
        // In one commit, the steps of one column are told apart by their
        // date, and a withdrawal from what it withdraws (across commits,
        // the commit tells them apart).
        let details: BTreeSet<&str> = [&added, &revised, &moved, &withdrawn]
            .iter()
            .map(|f| f[0].detail.as_str())
            .collect();
        assert_eq!(details.len(), 3, "a withdrawal is told apart: {details:?}");
    }

    #[test]
    fn a_staging_gives_one_entry_a_year_and_a_new_value_now_one_more() {
        let found = changes(
            &chapter("20%", "20%"),
            &chapter("15%; 10%, 5% yearly from 2027-01-01", "20%"),
            "2026-10-01",
        );
        let dates: Vec<Option<Date>> = found.iter().map(|f| f.effective).collect();
        assert_eq!(
            dates,
            [None, Some(d("2027-01-01")), Some(d("2028-01-01"))],
            "{found:?}"
        );
        assert_eq!(
            found[2].change,
            mfn(Step::Scheduled {
                old: rate("10%"),
                new: rate("5%")
            })
        );
    }

    #[test]
    fn rates_are_compared_by_what_they_charge() {
        for (a, b) in [
            ("20 %", "20%"),
            ("20.0%", "20%"),
            ("Free", "free"),
            ("15%; 10% from 2027-01-01", "15 %;10.00% from 2027-01-01"),
            ("-", ""),
        ] {
            let found = changes(&chapter(a, "20%"), &chapter(b, "20%"), "2026-10-01");
            assert!(found.is_empty(), "{a} → {b}: {found:?}");
        }
    }

    #[test]
    fn a_value_that_came_into_force_and_past_values_are_not_news() {
        // Tidying a cell once its date has passed changes nothing in force.
        let found = changes(
            &chapter("15%; 10% from 2027-01-01", "20%"),
            &chapter("10%", "20%"),
            "2027-01-05",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn lines_that_start_or_end_on_a_date_say_so() {
        let before = chapter("15%", "20%");
        let after = before
            .replace("| 0901.11.10 |", "| 0901.11.10 until 2026-12-31 |")
            .replace(
                "| 09.04 |",
                "| 0901.11.11 from 2027-01-01 | - - Arabica, washed | kg | 10% |\n| 09.04 |",
            );
        let found = changes(&before, &after, "2026-11-10");
        let got: Vec<(Option<&str>, &Change, Option<Date>)> = found
            .iter()
            .map(|f| (f.code.as_deref(), &f.change, f.effective))
            .collect();
        assert_eq!(
            got,
            [
                (Some("09011111"), &Change::LineAdded, Some(d("2027-01-01"))),
                (
                    Some("09011110"),
                    &Change::LineEnds { old: None },
                    Some(d("2026-12-31"))
                ),
            ]
        );
        // Withdrawing the end is an entry too.
        let back = changes(
            &after,
            &after.replace(" until 2026-12-31", ""),
            "2026-11-20",
        );
        assert_eq!(back[0].change, Change::LineEndWithdrawn);
        assert_eq!(back[0].effective, Some(d("2026-12-31")));
    }

    #[test]
    fn a_rate_from_after_the_line_ends_is_not_news() {
        let ending = |rate: &str| {
            chapter(rate, "20%").replace("| 0901.11.10 |", "| 0901.11.10 until 2027-06-30 |")
        };
        let found = changes(
            &ending("15%; 10% from 2027-01-01"),
            &ending("15%; 10%, 5% yearly from 2027-01-01"),
            "2026-11-10",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_new_line_reports_its_scheduled_rates_not_its_first_one() {
        let before = chapter("15%", "20%");
        let after = before.replace(
            "| 09.04 |",
            "| 0901.11.20 | - - Robusta | kg | 15%; 10% from 2027-01-01 |\n| 09.04 |",
        );
        let found = changes(&before, &after, "2026-11-10");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].change, Change::LineAdded);
        assert_eq!(found[0].effective, None);
        assert_eq!(found[1].effective, Some(d("2027-01-01")));
    }

    #[test]
    fn a_column_configured_in_capitals_is_still_compared() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("kb.toml"),
            "title = \"T\"\nbase_url = \"https://t.test\"\n[languages.en]\nname = \"English\"\n\
             [tariff]\nnational_digits = 8\n[[tariff.columns]]\nkey = \"Unit\"\n\
             [[tariff.columns]]\nkey = \"MFN\"\nkind = \"rate\"\n",
        )
        .unwrap();
        let c = Config::load(dir.path()).unwrap();
        let a = read_records(&c, "tariff/09.md", &chapter("20%", "20%")).unwrap();
        let b = read_records(&c, "tariff/09.md", &chapter("20%", "18%")).unwrap();
        let found = compare(Some(&a), Some(&b), d("2026-11-10"), 20);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            matches!(&found[0].change, Change::Rate { column, .. } if column == "MFN"),
            "{found:?}"
        );
    }

    #[test]
    fn fee_tiers_are_compared_by_label() {
        let c = config();
        let fee = |a: &str| {
            format!(
                "+++\ntitle = \"Scan\"\ncurrency = \"VND\"\nper = \"container\"\neffective = 2027-01-01\n\
                 [[rates]]\nlabel = \"20-foot\"\namount = \"{a}\"\n[[rates]]\nlabel = \"40-foot\"\namount = \"800\"\n+++\n"
            )
        };
        let a = read_records(&c, "fees/scan.md", &fee("500")).unwrap();
        let b = read_records(&c, "fees/scan.md", &fee("550")).unwrap();
        let found = compare(Some(&a), Some(&b), d("2026-11-10"), 20);
        assert_eq!(found.len(), 1);
        // The fee is charged from 2027: its first amount is revised.
        assert_eq!(
            found[0].change,
            Change::FeeAmount {
                label: "20-foot".into(),
                step: Step::Revised {
                    old: "500".into(),
                    new: "550".into()
                },
                currency: "VND".into()
            }
        );
        assert_eq!(found[0].effective, Some(d("2027-01-01")));
    }

    fn fee(amount: &str, extra: &str) -> FileRecords {
        let text = format!(
            "+++\ntitle = \"Inspection\"\ncurrency = \"VND\"\nper = \"container\"\n\
             effective = 2025-01-01\n{extra}amount = \"{amount}\"\n+++\n"
        );
        read_records(&config(), "fees/inspection.md", &text).unwrap()
    }

    fn amount(step: Step<String>) -> Change {
        Change::FeeAmount {
            label: String::new(),
            step,
            currency: "VND".into(),
        }
    }

    #[test]
    fn a_scheduled_amount_is_an_entry_with_its_date() {
        let on = d("2026-10-01");
        let now = fee("400000", "");
        let scheduled = fee("400000; 450000 from 2027-01-01", "");
        let found = compare(Some(&now), Some(&scheduled), on, 20);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].change,
            amount(Step::Scheduled {
                old: "400000".into(),
                new: "450000".into()
            })
        );
        assert_eq!(found[0].effective, Some(d("2027-01-01")));
        // Rewritten with the same value: no change.
        let same = fee("400000 ;  450000 from 2027-01-01", "");
        assert!(compare(Some(&scheduled), Some(&same), on, 20).is_empty());
        // Withdrawn: an entry on the date it would have applied.
        let found = compare(Some(&scheduled), Some(&now), on, 20);
        assert_eq!(
            found[0].change,
            amount(Step::Withdrawn {
                value: "450000".into()
            })
        );
        assert_eq!(found[0].effective, Some(d("2027-01-01")));
        // The amount charged now: dated by the commit alone.
        let found = compare(Some(&now), Some(&fee("420000", "")), on, 20);
        assert_eq!(found[0].effective, None);
        assert_eq!(
            found[0].change,
            amount(Step::Now {
                old: "400000".into(),
                new: "420000".into()
            })
        );
    }

    #[test]
    fn a_fee_that_ends_on_a_date_says_so() {
        let on = d("2026-10-01");
        let found = compare(
            Some(&fee("400000", "")),
            Some(&fee("400000", "until = 2027-06-30\n")),
            on,
            20,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].change, Change::FeeEnds { old: None });
        assert_eq!(found[0].effective, Some(d("2027-06-30")));
    }

    #[test]
    fn an_amount_and_its_date_edited_together_are_one_entry() {
        let c = config();
        let fee = |amount: &str, effective: &str| {
            format!(
                "+++\ntitle = \"Declaration\"\ncurrency = \"VND\"\nper = \"declaration\"\n\
                 effective = {effective}\namount = \"{amount}\"\n+++\n"
            )
        };
        let a = read_records(&c, "fees/declaration.md", &fee("20000", "2025-01-01")).unwrap();
        let b = read_records(&c, "fees/declaration.md", &fee("25000", "2027-02-01")).unwrap();
        let found = compare(Some(&a), Some(&b), d("2026-10-15"), 20);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].effective, Some(d("2027-02-01")));
        // A date moved alone is still reported.
        let c2 = read_records(&c, "fees/declaration.md", &fee("25000", "2027-03-01")).unwrap();
        let found = compare(Some(&b), Some(&c2), d("2026-10-20"), 20);
        assert_eq!(
            found[0].change,
            Change::FeeEffective {
                old: Some(d("2027-02-01"))
            }
        );
    }
}
