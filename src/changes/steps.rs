//! Values over time compared on a commit's day: the steps (a change in
//! force, a value scheduled, revised, moved or withdrawn) between two
//! timelines of rates or fee amounts, with rates and amounts compared by
//! what they charge, not by how they are written. `diff` calls these for
//! each rate cell and each fee amount.

use jiff::civil::Date;

use crate::entities::money::Amount;
use crate::tariff::{DutyRate, RateCell, SpecificDuty};
use crate::timeline::{Dated, Timeline};

use super::records::{AmountRecord, LineRecord};
use super::{RateValue, Step};

/// A decimal as a number means it: `020.50` → `20.5`. Anything else is
/// left as it is.
pub(super) fn canonical_decimal(text: &str) -> String {
    let text = text.trim();
    if !crate::tariff::rate::is_decimal(text) {
        return text.to_string();
    }
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let whole = whole.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    if fraction.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{fraction}")
    }
}

/// How one amount of a fee (`None`: a tier that is not there) changed.
/// An undated first amount counts from the fee's `effective` date, so a
/// fee's amounts are compared on the days they are charged.
pub(super) fn amount_steps(
    old: Option<&AmountRecord>,
    old_effective: Option<Date>,
    new: Option<&AmountRecord>,
    new_effective: Option<Date>,
    on: Date,
) -> Vec<(Option<Date>, Step<String>)> {
    let written = |r: Option<&AmountRecord>| r.map(|r| r.written.clone()).unwrap_or_default();
    let unread = |r: Option<&AmountRecord>| r.is_some_and(|r| r.timeline.is_none());
    if unread(old) || unread(new) {
        // An amount the reader refused is compared as written.
        let (a, b) = (written(old), written(new));
        return if a == b {
            Vec::new()
        } else {
            vec![(None, Step::Now { old: a, new: b })]
        };
    }
    let values = |r: Option<&AmountRecord>, effective: Option<Date>| -> Vec<Dated<Amount>> {
        let mut values: Vec<Dated<Amount>> = r
            .and_then(|r| r.timeline.as_ref())
            .map(|t| t.values().to_vec())
            .unwrap_or_default();
        if let Some(first) = values.first_mut() {
            first.from = first.from.or(effective);
        }
        values
    };
    let (a, b) = (values(old, old_effective), values(new, new_effective));
    let same = |x: Option<&Amount>, y: Option<&Amount>| x == y;
    let view = |v: Option<&Dated<Amount>>| v.map(|v| v.value.to_string()).unwrap_or_default();
    let mut steps = timeline_steps(&a, &b, on, same, view);
    // An amount edited together with a later `effective` date (a change
    // to come, written the old way: one amount and its first day) is one
    // change on that day, not "none now" and "from none later".
    let dropped = steps.iter().position(
        |(_, s)| matches!(s, Step::Now { old, new } if !old.is_empty() && new.is_empty()),
    );
    let raised = steps.iter().position(|(d, s)| {
        *d == new_effective && matches!(s, Step::Scheduled { old, .. } if old.is_empty())
    });
    if let (Some(now), Some(later)) = (dropped, raised) {
        let before = match &steps[now].1 {
            Step::Now { old, .. } => old.clone(),
            _ => String::new(),
        };
        let unchanged = matches!(
            &steps[later].1,
            Step::Scheduled { new, .. } if same_decimal(&before, new)
        );
        if unchanged {
            // Only the first day moved: the fee's own entry says so.
            steps.remove(now.max(later));
            steps.remove(now.min(later));
        } else {
            if let Step::Scheduled { old, .. } = &mut steps[later].1 {
                *old = before;
            }
            steps.remove(now);
        }
    }
    steps
}

/// Whether two amounts as written are the same number.
pub(super) fn same_decimal(a: &str, b: &str) -> bool {
    canonical_decimal(a) == canonical_decimal(b)
}

pub(super) fn canonical_specific(s: &SpecificDuty) -> SpecificDuty {
    SpecificDuty {
        amount: canonical_decimal(&s.amount),
        currency: s.currency.clone(),
        unit: s.unit.clone(),
    }
}

/// A rate with its numbers in one spelling, so that rates are compared by
/// what they charge.
pub(super) fn canonical_rate(rate: &DutyRate) -> DutyRate {
    let percent = |p: &String| canonical_decimal(p);
    match rate {
        DutyRate::Free => DutyRate::Free,
        DutyRate::AdValorem { percent: p } => DutyRate::AdValorem {
            percent: percent(p),
        },
        DutyRate::Specific { specific } => DutyRate::Specific {
            specific: canonical_specific(specific),
        },
        DutyRate::Compound {
            percent: p,
            specific,
        } => DutyRate::Compound {
            percent: percent(p),
            specific: canonical_specific(specific),
        },
        DutyRate::Minimum {
            percent: p,
            specific,
        } => DutyRate::Minimum {
            percent: percent(p),
            specific: canonical_specific(specific),
        },
        DutyRate::Maximum {
            percent: p,
            specific,
        } => DutyRate::Maximum {
            percent: percent(p),
            specific: canonical_specific(specific),
        },
    }
}

/// Whether two values of rate timelines charge the same; no value (before
/// a timeline's first date) is no rate.
pub(super) fn same_rate(a: Option<&Option<DutyRate>>, b: Option<&Option<DutyRate>>) -> bool {
    let a = a.and_then(Option::as_ref).map(canonical_rate);
    let b = b.and_then(Option::as_ref).map(canonical_rate);
    a == b
}

pub(super) fn rate_view(value: Option<&Dated<Option<DutyRate>>>) -> RateValue {
    match value {
        Some(d) => RateValue {
            written: d.text.clone(),
            rate: d.value.clone(),
        },
        None => RateValue::none(),
    }
}

/// The value of `values` (in date order) in force on `date`, as
/// [`Timeline::at`] says.
pub(super) fn value_at<X>(values: &[Dated<X>], date: Date) -> Option<&Dated<X>> {
    values
        .iter()
        .rev()
        .find(|v| v.from.is_none_or(|from| from <= date))
}

/// How `old` became `new` (values over time, in date order), seen on `on`:
/// the value in force that day, then each value scheduled after it, by
/// date. `same` says whether two values (either possibly absent: before a
/// first dated value) mean the same; `view` turns a value into what an
/// entry shows. Each step comes with the date it is about (`None` for the
/// value in force).
pub(super) fn timeline_steps<X, T>(
    old: &[Dated<X>],
    new: &[Dated<X>],
    on: Date,
    same: impl Fn(Option<&X>, Option<&X>) -> bool,
    view: impl Fn(Option<&Dated<X>>) -> T,
) -> Vec<(Option<Date>, Step<T>)> {
    let mut out = Vec::new();
    let (a, b) = (value_at(old, on), value_at(new, on));
    if !same(a.map(|d| &d.value), b.map(|d| &d.value)) {
        out.push((
            None,
            Step::Now {
                old: view(a),
                new: view(b),
            },
        ));
    }
    let mut dated_steps = scheduled_steps(old, new, on, &same, &view);
    dated_steps.sort_by_key(|(date, _)| *date);
    out.extend(dated_steps.into_iter().map(|(d, s)| (Some(d), s)));
    out
}

/// The values of `values` that take effect after `on`: their date and
/// position.
fn dated_after<X>(values: &[Dated<X>], on: Date) -> Vec<(Date, usize)> {
    values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.from.filter(|d| *d > on).map(|d| (d, i)))
        .collect()
}

/// The steps between the values `old` and `new` schedule after `on`, not
/// yet in date order: a value revised on its date, moved to another date,
/// newly scheduled, or withdrawn.
fn scheduled_steps<X, T>(
    old: &[Dated<X>],
    new: &[Dated<X>],
    on: Date,
    same: &impl Fn(Option<&X>, Option<&X>) -> bool,
    view: &impl Fn(Option<&Dated<X>>) -> T,
) -> Vec<(Date, Step<T>)> {
    let (sa, sb) = (dated_after(old, on), dated_after(new, on));
    let (va, vb) = (old, new);
    let mut dated_steps: Vec<(Date, Step<T>)> = Vec::new();
    let mut removed: Vec<(Date, usize)> = Vec::new();
    for &(date, i) in &sa {
        match sb.iter().find(|(d, _)| *d == date) {
            Some(&(_, j)) => {
                if !same(Some(&va[i].value), Some(&vb[j].value)) {
                    dated_steps.push((
                        date,
                        Step::Revised {
                            old: view(Some(&va[i])),
                            new: view(Some(&vb[j])),
                        },
                    ));
                }
            }
            None => removed.push((date, i)),
        }
    }
    let mut added: Vec<(Date, usize)> = sb
        .iter()
        .filter(|(d, _)| !sa.iter().any(|(e, _)| e == d))
        .copied()
        .collect();
    // A value withdrawn from one date and added on another is a move.
    removed.retain(|&(from, i)| {
        let Some(at) = added
            .iter()
            .position(|&(_, j)| same(Some(&va[i].value), Some(&vb[j].value)))
        else {
            return true;
        };
        let (date, j) = added.remove(at);
        dated_steps.push((
            date,
            Step::Moved {
                value: view(Some(&vb[j])),
                from,
            },
        ));
        false
    });
    for (date, j) in added {
        let before = date.yesterday().ok().and_then(|d| value_at(new, d));
        if same(before.map(|d| &d.value), Some(&vb[j].value)) {
            continue; // the same value again: nothing happens that day
        }
        dated_steps.push((
            date,
            Step::Scheduled {
                old: view(before),
                new: view(Some(&vb[j])),
            },
        ));
    }
    for (date, i) in removed {
        dated_steps.push((
            date,
            Step::Withdrawn {
                value: view(Some(&va[i])),
            },
        ));
    }
    dated_steps
}

/// How one line's rate column changed.
pub(super) fn rate_steps(
    old: &LineRecord,
    new: &LineRecord,
    key: &str,
    on: Date,
) -> Vec<(Option<Date>, Step<RateValue>)> {
    let none = || RateCell {
        text: String::new(),
        timeline: Timeline::single("", None),
    };
    let (a, b) = (old.unreadable.get(key), new.unreadable.get(key));
    if a.is_some() || b.is_some() {
        // A cell the reader refused is compared as written.
        let shown = |line: &LineRecord, raw: Option<&String>| match raw {
            Some(text) => RateValue {
                written: text.clone(),
                rate: None,
            },
            None => rate_view(line.rates.get(key).and_then(|c| c.at(on))),
        };
        let text = |line: &LineRecord, raw: Option<&String>| match raw {
            Some(text) => text.clone(),
            None => line
                .rates
                .get(key)
                .map(|c| c.text.clone())
                .unwrap_or_default(),
        };
        if text(old, a) == text(new, b) {
            return Vec::new();
        }
        return vec![(
            None,
            Step::Now {
                old: shown(old, a),
                new: shown(new, b),
            },
        )];
    }
    let (a, b) = (
        old.rates.get(key).cloned().unwrap_or_else(none),
        new.rates.get(key).cloned().unwrap_or_else(none),
    );
    timeline_steps(
        a.timeline.values(),
        b.timeline.values(),
        on,
        same_rate,
        rate_view,
    )
}

/// The date a step is about, as part of an entry's id: the first change
/// of a column in a commit keeps the id it always had.
pub(super) fn step_detail(key: &str, date: Option<Date>, step: &Step<RateValue>) -> String {
    match (date, step) {
        (None, _) => key.to_string(),
        (Some(d), Step::Withdrawn { .. }) => format!("{key}@{d}:withdrawn"),
        (Some(d), _) => format!("{key}@{d}"),
    }
}
