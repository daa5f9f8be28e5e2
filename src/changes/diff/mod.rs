//! Compares two versions of one file's records and says what changed, on
//! the day of the commit: values over time are compared value by value
//! ([`timeline_steps`](super::steps::timeline_steps)), parsed values by
//! what they mean (`20 %` is `20%`). A chapter's table is compared line by
//! line in [`lines`].

mod lines;

use jiff::civil::Date;

use super::records::{AmountRecord, EntitySnapshot, FileRecords};
use super::steps::amount_steps;
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
    let mut out = Vec::new();
    let chapter = chapter_of(&now.key)
        .filter(|_| !now.lines.is_empty() || before.is_some_and(|b| !b.lines.is_empty()));
    if let Some(chapter) = chapter {
        lines::compare_chapter((before, after, now), &chapter, on, bulk_lines, &mut out);
        // A chapter's notes are page text; its table is reported line by line.
        return out;
    }
    let found = |change: Change, detail: &str| Found {
        page_key: now.key.clone(),
        title: now.title.clone(),
        code: None,
        chapter: None,
        effective: after.and_then(|a| a.effective),
        change,
        detail: detail.to_string(),
    };
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
        if let Some(new) = after {
            later_values_of_new(new, on, &found, &mut out);
        }
        return out;
    };
    if matches!(old.entity, Some(EntitySnapshot::Notice)) {
        return out;
    }
    compare_entity((&old.entity, &new.entity), on, &found, &mut out);
    // Text edits matter when nothing structured says more.
    if out.is_empty() && (old.body != new.body || old.title != new.title) {
        out.push(found(Change::TextChanged, "text"));
    }
    out
}

/// What changed in the fields of a page of one kind (a procedure, a fee,
/// a measure, a tool, an exchange rate, a quota), compared by what they
/// mean.
fn compare_entity(
    (old, new): (&Option<EntitySnapshot>, &Option<EntitySnapshot>),
    on: Date,
    found: &dyn Fn(Change, &str) -> Found,
    out: &mut Vec<Found>,
) {
    match (old, new) {
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
        ) => compare_procedure([(s0, s1), (d0, d1), (a0, a1), (f0, f1)], found, out),
        (Some(EntitySnapshot::Fee { .. }), Some(EntitySnapshot::Fee { .. })) => {
            compare_fee((old, new), on, found, out)
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
        ) => exchange_rate_steps(Some(r0), r1, on, found, out),
        (
            Some(EntitySnapshot::Quota { balance: b0, .. }),
            Some(EntitySnapshot::Quota { balance: b1, unit }),
        ) => quota_steps(Some(b0), b1, unit, on, found, out),
        _ => {}
    }
}

/// How an exchange rate changed over time.
fn exchange_rate_steps(
    old: Option<&AmountRecord>,
    new: &AmountRecord,
    on: Date,
    found: &dyn Fn(Change, &str) -> Found,
    out: &mut Vec<Found>,
) {
    for (date, step) in amount_steps(old, None, Some(new), None, on) {
        let detail = date.map_or_else(|| "rate".to_string(), |d| format!("rate@{d}"));
        let mut f = found(Change::ExchangeRate { step }, &detail);
        f.effective = date;
        out.push(f);
    }
}

/// How a quota's balance changed over time.
fn quota_steps(
    old: Option<&AmountRecord>,
    new: &AmountRecord,
    unit: &str,
    on: Date,
    found: &dyn Fn(Change, &str) -> Found,
    out: &mut Vec<Found>,
) {
    for (date, step) in amount_steps(old, None, Some(new), None, on) {
        let detail = date.map_or_else(|| "balance".to_string(), |d| format!("balance@{d}"));
        let mut f = found(
            Change::QuotaBalance {
                step,
                unit: unit.to_string(),
            },
            &detail,
        );
        f.effective = date;
        out.push(f);
    }
}

/// What a page added on `on` schedules for later: a new fee's later
/// amounts and its last day, a new exchange rate's or quota's later values.
/// Each is an entry of its own, as for a page that was already there; the
/// value in force is the page itself.
fn later_values_of_new(
    new: &FileRecords,
    on: Date,
    found: &dyn Fn(Change, &str) -> Found,
    out: &mut Vec<Found>,
) {
    let mut all = Vec::new();
    match &new.entity {
        Some(EntitySnapshot::Fee {
            amounts,
            currency,
            effective,
            until,
        }) => {
            for (label, date, step) in fee_amount_steps((&[], None), (amounts, *effective), on) {
                all.push(fee_amount_entry(label, date, step, currency, found));
            }
            all.extend(fee_end_change(None, *until, on, found));
        }
        Some(EntitySnapshot::ExchangeRate { rate }) => {
            exchange_rate_steps(None, rate, on, found, &mut all)
        }
        Some(EntitySnapshot::Quota { balance, unit }) => {
            quota_steps(None, balance, unit, on, found, &mut all)
        }
        _ => {}
    }
    // The first value (of a page that starts later, too) is the page's own
    // entry; a later one replaces a value.
    out.extend(all.into_iter().filter(|f| is_later_value(&f.change)));
}

/// Whether a change against nothing is a value to come that replaces
/// another (a rate or amount from a later day), or an end: what a page or
/// line brings with it beyond its own first values.
pub(super) fn is_later_value(change: &Change) -> bool {
    match change {
        Change::Rate { step, .. } => {
            matches!(step, Step::Scheduled { old, .. } if old.rate.is_some())
        }
        Change::FeeAmount { step, .. }
        | Change::ExchangeRate { step }
        | Change::QuotaBalance { step, .. } => {
            matches!(step, Step::Scheduled { old, .. } if !old.is_empty())
        }
        Change::LineEnds { .. } | Change::FeeEnds { .. } => true,
        _ => false,
    }
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
    let steps = fee_amount_steps((m0, *e0), (m1, *e1), on);
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
            out.push(fee_amount_entry(label, date, step, c1, found));
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
    if let Some(f) = fee_end_change(*u0, *u1, on, found) {
        out.push(f);
    }
    if e0 != e1 && e1.is_some() && out.len() == before_count {
        let mut f = found(Change::FeeEffective { old: *e0 }, "effective");
        f.effective = *e1;
        out.push(f);
    }
}

/// The steps of each tier of a fee (by label, in order of first mention,
/// each once) between its amounts and first day before and after.
fn fee_amount_steps<'a>(
    (m0, e0): (&'a [(String, AmountRecord)], Option<Date>),
    (m1, e1): (&'a [(String, AmountRecord)], Option<Date>),
    on: Date,
) -> Vec<(&'a String, Option<Date>, Step<String>)> {
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
        for (date, step) in amount_steps(a, e0, b, e1, on) {
            steps.push((label, date, step));
        }
    }
    steps
}

/// The entry of one step of a fee tier's amount, on its date.
fn fee_amount_entry(
    label: &str,
    date: Option<Date>,
    step: Step<String>,
    currency: &str,
    found: &dyn Fn(Change, &str) -> Found,
) -> Found {
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
            label: label.to_string(),
            step,
            currency: currency.to_string(),
        },
        &detail,
    );
    f.effective = date;
    f
}

/// The entry of a fee's last day set, moved or withdrawn, if that day is
/// not past.
fn fee_end_change(
    old: Option<Date>,
    new: Option<Date>,
    on: Date,
    found: &dyn Fn(Change, &str) -> Found,
) -> Option<Found> {
    if old == new {
        return None;
    }
    let (change, until) = match (old, new) {
        (_, Some(until)) if until >= on => (Change::FeeEnds { old }, until),
        (Some(until), None) if until >= on => (Change::FeeEndWithdrawn, until),
        _ => return None,
    };
    let mut f = found(change, "until");
    f.effective = Some(until);
    Some(f)
}

/// The entries added to and removed from a list field (`documents`), if any.
fn list_change(field: &'static str, old: &[String], new: &[String]) -> Option<Change> {
    let added: Vec<String> = new.iter().filter(|x| !old.contains(x)).cloned().collect();
    let removed: Vec<String> = old.iter().filter(|x| !new.contains(x)).cloned().collect();
    (!added.is_empty() || !removed.is_empty()).then_some(Change::List {
        field,
        added,
        removed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::changes::records::read_records;
    use crate::config::Config;

    pub(super) fn config() -> Config {
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

    pub(super) fn d(text: &str) -> Date {
        text.parse().unwrap()
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
