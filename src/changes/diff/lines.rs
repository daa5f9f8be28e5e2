//! A chapter's tariff table compared line by line: lines added (one entry
//! for a bulk import), removed, starting or ending on a date, and each
//! line's rates over time, other columns and description.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use crate::changes::records::{FileRecords, LineRecord};
use crate::changes::steps::{rate_steps, step_detail};
use crate::changes::{Change, Step};
use crate::tariff::row::Validity;

use super::Found;

/// Makes the entry of a change to a line (`None`: to the whole table).
type LineFound<'a> = dyn Fn(Option<&str>, Change, Option<Date>, &str) -> Found + 'a;

/// The line-by-line differences of chapter `chapter`'s table.
pub(super) fn compare_chapter(
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

/// Every difference between the lines of a table before and after, seen
/// on `on`: the lines added first, then each old line removed or changed.
fn lines(
    old: &BTreeMap<String, LineRecord>,
    new: &BTreeMap<String, LineRecord>,
    on: Date,
    bulk_lines: usize,
    found: &LineFound<'_>,
    out: &mut Vec<Found>,
) {
    let start = out.len();
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
        for code in added {
            added_line(code, &new[code.as_str()], on, found, out);
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
        changed_line(code, line, now, on, found, out);
    }
    rate_columns(old, new, found, out, start);
}

/// The rate columns of any line of `lines`.
fn columns(lines: &BTreeMap<String, LineRecord>) -> BTreeSet<&String> {
    lines
        .values()
        .flat_map(|l| l.rates.keys().chain(l.unreadable.keys()))
        .collect()
}

/// A rate column added to the table (or taken out) is one entry for the
/// chapter, not "from none to 5%" on every line, which would fill a feed:
/// each line's entries since `start` about the column's value now are
/// dropped. A value it schedules for later is still news of its own.
fn rate_columns(
    old: &BTreeMap<String, LineRecord>,
    new: &BTreeMap<String, LineRecord>,
    found: &LineFound<'_>,
    out: &mut Vec<Found>,
    start: usize,
) {
    if old.is_empty() || new.is_empty() {
        return;
    }
    let (before, after) = (columns(old), columns(new));
    let changed: Vec<(&String, bool)> = after
        .difference(&before)
        .map(|c| (*c, true))
        .chain(before.difference(&after).map(|c| (*c, false)))
        .collect();
    if changed.is_empty() {
        return;
    }
    let mut index = 0;
    out.retain(|f| {
        index += 1;
        let now_in = |column: &String| changed.iter().any(|(c, _)| *c == column);
        index <= start
            || !matches!(&f.change, Change::Rate { column, step: Step::Now { .. } } if now_in(column))
    });
    for (column, added) in changed {
        let detail = format!("column:{column}:{added}");
        let change = Change::RateColumn {
            column: column.clone(),
            added,
        };
        out.push(found(None, change, None, &detail));
    }
}

/// The entries of a line added to the table: the line (on the day it
/// starts, if later), its end if it has one, and its rates scheduled after
/// its first day.
fn added_line(
    code: &str,
    line: &LineRecord,
    on: Date,
    found: &LineFound<'_>,
    out: &mut Vec<Found>,
) {
    let blank = LineRecord {
        description: String::new(),
        validity: Validity::default(),
        data: BTreeMap::new(),
        rates: BTreeMap::new(),
        unreadable: BTreeMap::new(),
    };
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

/// The entries of a line that is in both versions and changed: its dates,
/// its rates over time, its other columns, its description.
fn changed_line(
    code: &str,
    line: &LineRecord,
    now: &LineRecord,
    on: Date,
    found: &LineFound<'_>,
    out: &mut Vec<Found>,
) {
    for (change, date, detail) in validity_changes(line.validity, now.validity, on) {
        out.push(found(Some(code), change, date, detail));
    }
    rate_changes(code, line, now, on, found, out);
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

/// The steps of each rate column of a changed line (readable or not in
/// either version), but none from a day the line no longer exists.
fn rate_changes(
    code: &str,
    line: &LineRecord,
    now: &LineRecord,
    on: Date,
    found: &LineFound<'_>,
    out: &mut Vec<Found>,
) {
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
            if date
                .is_some_and(|d| !not_ended_on(now.validity, d) && !not_ended_on(line.validity, d))
            {
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
}

#[cfg(test)]
mod tests {
    use super::super::compare;
    use super::super::tests::{config, d};
    use super::*;
    use crate::changes::records::read_records;
    use crate::changes::RateValue;
    use crate::config::Config;

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

    /// An English site whose tariff has the columns `columns` (TOML).
    fn config_with(columns: &str) -> Config {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("kb.toml"),
            format!(
                "title = \"T\"\nbase_url = \"https://t.test\"\n[languages.en]\nname = \"English\"\n\
                 [tariff]\nnational_digits = 8\n{columns}"
            ),
        )
        .unwrap();
        Config::load(dir.path()).unwrap()
    }

    #[test]
    fn a_column_configured_in_capitals_is_still_compared() {
        let c = config_with(
            "[[tariff.columns]]\nkey = \"Unit\"\n[[tariff.columns]]\nkey = \"MFN\"\nkind = \"rate\"\n",
        );
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
    fn a_rate_column_added_to_the_table_is_one_entry_not_one_per_line() {
        let c = config_with(
            "[[tariff.columns]]\nkey = \"unit\"\n[[tariff.columns]]\nkey = \"mfn\"\nkind = \"rate\"\n\
             [[tariff.columns]]\nkey = \"vat\"\nkind = \"rate\"\n",
        );
        let before = chapter("20%", "15%");
        let after = before
            .replace(
                "| Unit | MFN |\n|---|---|---|---|",
                "| Unit | MFN | VAT |\n|---|---|---|---|---|",
            )
            .replace("| Coffee | | |", "| Coffee | | | |")
            .replace("| Pepper | | |", "| Pepper | | | |")
            .replace("| kg | 20% |", "| kg | 20% | 5% |")
            .replace("| kg | 15% |", "| kg | 15% | 5%; 10% from 2027-07-01 |");
        let a = read_records(&c, "tariff/09.md", &before).unwrap();
        let b = read_records(&c, "tariff/09.md", &after).unwrap();
        let found = compare(Some(&a), Some(&b), d("2026-11-01"), 20);
        let changes: Vec<(&Option<String>, &Change)> =
            found.iter().map(|f| (&f.code, &f.change)).collect();
        let column = Change::RateColumn {
            column: "vat".into(),
            added: true,
        };
        assert!(changes.contains(&(&None, &column)), "{changes:?}");
        // Pepper's scheduled VAT is news; no line's VAT "from none" is.
        assert_eq!(found.len(), 2, "{changes:?}");
        assert!(found.iter().any(|f| f.effective == Some(d("2027-07-01"))));
        // Taken out again: one entry too.
        let back = compare(Some(&b), Some(&a), d("2026-11-02"), 20);
        assert!(back.iter().any(|f| f.change
            == Change::RateColumn {
                column: "vat".into(),
                added: false,
            }));
        assert!(
            back.iter()
                .all(|f| f.code.is_none() || f.effective.is_some()),
            "{back:?}"
        );
    }
}
