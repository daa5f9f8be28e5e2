//! A fee's amounts over time. `amount` and each tier's `amount` are dated
//! values in the grammar of [`crate::timeline`], with exact [`Amount`]s:
//!
//! ```toml
//! amount = "400000; 450000 from 2027-01-01"
//! effective = 2025-04-01   # the first amount is charged from this day
//! until = 2027-06-30       # optional: the last day the fee is charged
//! ```
//!
//! An undated first amount is charged from `effective`. What a fee charges
//! on a day, and whether it is in force at all, is asked here, so that the
//! fee page, the fees index and procedure totals agree.

use std::ops::Range;

use jiff::civil::Date;

use super::kinds::FeeData;
use super::money::{Amount, Currencies, AMOUNT_FORMS};
use crate::timeline::{civil_date, parse_timeline_in_any_digits, Dated, Timeline, DATED_FORMS};

/// A fee's amounts, read and checked against its dates.
#[derive(Debug, Clone)]
pub struct FeeAmounts {
    /// The amounts of a single-amount fee.
    pub single: Option<Timeline<Amount>>,
    /// One timeline per `[[rates]]` tier, in the file's order.
    pub tiers: Vec<Timeline<Amount>>,
    /// `effective`: the first day the fee is charged.
    pub effective: Option<Date>,
    /// `until`: the last day the fee is charged.
    pub until: Option<Date>,
}

/// Where a fee stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeStatus {
    /// It is charged.
    InForce,
    /// It is charged from this day on.
    NotYet(Date),
    /// It was last charged on this day.
    Ended(Date),
}

/// One amount of a timeline with the days it is charged.
#[derive(Debug, Clone, Copy)]
pub struct Period<'a> {
    /// The amount as written and read.
    pub value: &'a Dated<Amount>,
    /// First day: its own date, or `effective` for an undated first
    /// amount; `None` when neither is known.
    pub from: Option<Date>,
    /// Last day: the day before the next amount, or `until` for the last.
    pub to: Option<Date>,
}

/// Which amount of a fee a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountField {
    /// The top-level `amount`.
    Amount,
    /// `amount` of `[[rates]]` number `n` (from 0).
    Tier(usize),
}

/// An amount that cannot be read, or that contradicts the fee's dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountProblem {
    /// The key it is in.
    pub field: AmountField,
    /// What is wrong.
    pub message: String,
    /// What would fix it.
    pub hint: String,
    /// Byte range in the amount's text (the string's content).
    pub range: Range<usize>,
}

/// How dated amounts are written, for hints.
pub const DATED_AMOUNT_FORMS: &str = "write the amount charged, then each later amount with its date: \"400000; 450000 from 2027-01-01\", or a yearly staging \"400000; 420000, 440000 yearly from 2027-01-01\"";

/// Hint for a value that cannot be read: how amounts and dated amounts
/// are written.
fn amount_hint() -> String {
    format!("{AMOUNT_FORMS}; {DATED_AMOUNT_FORMS}")
}

/// Reads one dated amount in `currency`, counted as `currencies` count
/// it; errors point into `text`.
pub fn read_amount(
    text: &str,
    currency: &str,
    currencies: &Currencies,
) -> Result<Timeline<Amount>, Vec<AmountProblem>> {
    let read = |value: &str| Amount::parse(value, currency, currencies);
    parse_timeline_in_any_digits(text, read).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| AmountProblem {
                field: AmountField::Amount,
                message: e.message,
                // The grammar's own examples are rates; a fee's are amounts.
                hint: if e.hint.is_empty() || e.hint == DATED_FORMS {
                    amount_hint()
                } else {
                    e.hint
                },
                range: e.range,
            })
            .collect()
    })
}

/// Reads every amount of `fee` and checks them against `effective` and
/// `until`. Every problem comes back, each in its key and text.
pub fn read_fee_amounts(
    fee: &FeeData,
    currencies: &Currencies,
) -> Result<FeeAmounts, Vec<AmountProblem>> {
    let mut problems = Vec::new();
    let effective = civil_date(&fee.effective);
    let until = civil_date(&fee.until);
    let mut read =
        |field: AmountField, text: &str| match read_amount(text, &fee.currency, currencies) {
            Ok(timeline) => {
                problems.extend(check_dates(field, text, &timeline, effective, until));
                Some(timeline)
            }
            Err(found) => {
                problems.extend(found.into_iter().map(|p| AmountProblem { field, ..p }));
                None
            }
        };
    let single = fee
        .amount
        .as_deref()
        .and_then(|text| read(AmountField::Amount, text));
    let tiers: Vec<Option<Timeline<Amount>>> = fee
        .rates
        .iter()
        .enumerate()
        .map(|(i, rate)| read(AmountField::Tier(i), &rate.amount))
        .collect();
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(FeeAmounts {
        single,
        tiers: tiers.into_iter().flatten().collect(),
        effective,
        until,
    })
}

/// Where the value from `date` is written in `text`: its date, or the
/// value itself for a yearly staging (whose later dates are not written),
/// or the whole text.
fn locate(text: &str, value: &Dated<Amount>) -> Range<usize> {
    let whole = 0..text.len();
    let Some(from) = value.from else {
        return whole;
    };
    let date = from.to_string();
    text.find(&date)
        .map(|at| at..at + date.len())
        .or_else(|| text.find(&value.text).map(|at| at..at + value.text.len()))
        .unwrap_or(whole)
}

/// Amounts whose dates contradict the fee's: dated before it is charged,
/// or after it ends, so that they would never apply.
fn check_dates(
    field: AmountField,
    text: &str,
    timeline: &Timeline<Amount>,
    effective: Option<Date>,
    until: Option<Date>,
) -> Vec<AmountProblem> {
    let mut out = Vec::new();
    let mut problem = |value: &Dated<Amount>, message: String, hint: &str| {
        out.push(AmountProblem {
            field,
            message,
            hint: hint.to_string(),
            range: locate(text, value),
        })
    };
    for (i, value) in timeline.values().iter().enumerate() {
        let Some(from) = value.from else {
            continue;
        };
        match effective {
            Some(e) if i == 0 && from != e => problem(
                value,
                format!("the first amount is dated {from}, but the fee is charged from {e} (`effective`)"),
                "leave the first amount undated: it is charged from `effective`",
            ),
            Some(e) if i > 0 && from <= e => problem(
                value,
                format!("an amount from {from}, not after the fee's `effective` date {e}: the amount before it would never be charged"),
                "date each later amount after `effective`, or move `effective`",
            ),
            _ => {}
        }
        if let Some(u) = until.filter(|u| from > *u) {
            problem(
                value,
                format!("an amount from {from}, after the fee's last day {u} (`until`): it would never be charged"),
                "remove the amount, or move `until`",
            );
        }
    }
    out
}

impl FeeAmounts {
    /// Every timeline: the single amount's, or each tier's.
    pub fn timelines(&self) -> impl Iterator<Item = &Timeline<Amount>> {
        self.single.iter().chain(&self.tiers)
    }

    /// Where the fee stands on `date`: not yet charged (before `effective`
    /// or, without it, before its first amount), no longer charged (after
    /// `until`), or in force.
    pub fn status(&self, date: Date) -> FeeStatus {
        if let Some(e) = self.effective.filter(|e| *e > date) {
            return FeeStatus::NotYet(e);
        }
        if let Some(u) = self.until.filter(|u| *u < date) {
            return FeeStatus::Ended(u);
        }
        let any_now = self.timelines().any(|t| t.at(date).is_some());
        let first = self
            .timelines()
            .filter_map(|t| t.values().first().and_then(|v| v.from))
            .min();
        match first {
            Some(first) if !any_now && first > date => FeeStatus::NotYet(first),
            _ => FeeStatus::InForce,
        }
    }

    /// Each amount of `timeline` with its first and last day.
    pub fn periods<'a>(&self, timeline: &'a Timeline<Amount>) -> Vec<Period<'a>> {
        let values = timeline.values();
        values
            .iter()
            .enumerate()
            .map(|(i, value)| Period {
                value,
                from: value.from.or(if i == 0 { self.effective } else { None }),
                to: if i + 1 == values.len() {
                    self.until
                } else {
                    timeline.until(i)
                },
            })
            .collect()
    }

    /// The amount of `timeline` charged on `date`; `None` when the fee is
    /// not in force then, so a future amount never passes for a current one.
    pub fn at<'a>(&self, timeline: &'a Timeline<Amount>, date: Date) -> Option<&'a Dated<Amount>> {
        if self.status(date) != FeeStatus::InForce {
            return None;
        }
        timeline.at(date)
    }

    /// The first day of the amount of `timeline` charged on `date` (its
    /// own date, or `effective` for an undated first amount); `None` when
    /// nothing is charged then or that day is not known. A page names this
    /// day rather than `date`, so it stays the same until the amount
    /// changes (docs/output.md#what-a-new-day-changes).
    pub fn since(&self, timeline: &Timeline<Amount>, date: Date) -> Option<Date> {
        self.at(timeline, date)?;
        self.periods(timeline)
            .into_iter()
            .take_while(|p| p.from.is_none_or(|from| from <= date))
            .last()?
            .from
    }

    /// The amounts of `timeline` that start after `date`, each with its
    /// first day, in date order.
    pub fn scheduled<'a>(
        &self,
        timeline: &'a Timeline<Amount>,
        date: Date,
    ) -> Vec<(Date, &'a Dated<Amount>)> {
        self.periods(timeline)
            .into_iter()
            .filter_map(|p| Some((p.from.filter(|f| *f > date)?, p.value)))
            .collect()
    }

    /// The days after `date` on which what the fee charges changes: a new
    /// amount, the first day, the day after the last.
    pub fn changes_after(&self, date: Date) -> Vec<Date> {
        let mut days: Vec<Date> = self
            .timelines()
            .flat_map(|t| t.dates())
            .chain(self.effective)
            .chain(self.until.and_then(|u| u.tomorrow().ok()))
            .filter(|d| *d > date)
            .collect();
        days.sort();
        days.dedup();
        days
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::kinds::FeeRate;

    fn d(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn fee(amount: Option<&str>, tiers: &[&str], extra: &str) -> FeeData {
        let mut text = String::from("currency = \"VND\"\nper = \"container\"\n");
        if let Some(a) = amount {
            text.push_str(&format!("amount = \"{a}\"\n"));
        }
        text.push_str(extra);
        let mut data: FeeData = toml::from_str(&text).unwrap();
        data.rates = tiers
            .iter()
            .map(|a| FeeRate {
                label: "tier".into(),
                amount: a.to_string(),
            })
            .collect();
        data
    }

    #[test]
    fn the_amount_charged_follows_the_date() {
        let f = fee(
            Some("400000; 450000 from 2027-01-01"),
            &[],
            "effective = 2025-04-01\n",
        );
        let a = read_fee_amounts(&f, &Currencies::default()).unwrap();
        let t = a.single.as_ref().unwrap();
        assert_eq!(a.at(t, d("2026-12-02")).unwrap().text, "400000");
        assert_eq!(a.at(t, d("2027-01-02")).unwrap().text, "450000");
        let next = a.scheduled(t, d("2026-12-02"));
        assert_eq!(next.len(), 1);
        assert_eq!(next[0].0, d("2027-01-01"));
        assert_eq!(next[0].1.value.to_string(), "450000");
        let periods = a.periods(t);
        assert_eq!(periods[0].from, Some(d("2025-04-01")));
        assert_eq!(periods[0].to, Some(d("2026-12-31")));
        assert_eq!(periods[1].to, None);
        assert_eq!(a.changes_after(d("2026-12-02")), [d("2027-01-01")]);
        // Since when the amount charged is charged: `effective`, then the
        // later amount's own date; nothing before the fee starts.
        assert_eq!(a.since(t, d("2026-12-02")), Some(d("2025-04-01")));
        assert_eq!(a.since(t, d("2027-01-01")), Some(d("2027-01-01")));
        assert_eq!(a.since(t, d("2025-03-31")), None);
        // An undated first amount without `effective`: since an unknown day.
        let f = fee(Some("400000; 450000 from 2027-01-01"), &[], "");
        let a = read_fee_amounts(&f, &Currencies::default()).unwrap();
        let t = a.single.as_ref().unwrap();
        assert_eq!(a.since(t, d("2026-12-02")), None);
        assert_eq!(a.since(t, d("2027-03-02")), Some(d("2027-01-01")));
    }

    #[test]
    fn a_fee_not_yet_or_no_longer_charged_has_no_amount_in_force() {
        let f = fee(
            Some("500"),
            &[],
            "effective = 2027-03-01\nuntil = 2027-06-30\n",
        );
        let a = read_fee_amounts(&f, &Currencies::default()).unwrap();
        let t = a.single.as_ref().unwrap();
        assert_eq!(
            a.status(d("2026-12-02")),
            FeeStatus::NotYet(d("2027-03-01"))
        );
        assert!(a.at(t, d("2026-12-02")).is_none());
        assert_eq!(a.scheduled(t, d("2026-12-02"))[0].0, d("2027-03-01"));
        assert_eq!(a.status(d("2027-06-30")), FeeStatus::InForce);
        assert_eq!(a.at(t, d("2027-06-30")).unwrap().text, "500");
        assert_eq!(a.status(d("2027-07-01")), FeeStatus::Ended(d("2027-06-30")));
        assert!(a.at(t, d("2027-07-01")).is_none());
        assert_eq!(
            a.changes_after(d("2026-12-02")),
            [d("2027-03-01"), d("2027-07-01")]
        );
        // Without `effective`, a first dated amount decides.
        let f = fee(Some("500 from 2027-03-01"), &[], "");
        let a = read_fee_amounts(&f, &Currencies::default()).unwrap();
        assert_eq!(
            a.status(d("2027-02-28")),
            FeeStatus::NotYet(d("2027-03-01"))
        );
        assert_eq!(a.status(d("2027-03-01")), FeeStatus::InForce);
    }

    #[test]
    fn tiers_have_a_timeline_each() {
        let f = fee(
            None,
            &["400000; 450000 from 2027-01-01", "750000"],
            "effective = 2025-04-01\n",
        );
        let a = read_fee_amounts(&f, &Currencies::default()).unwrap();
        assert_eq!(a.tiers.len(), 2);
        assert_eq!(a.at(&a.tiers[1], d("2030-01-01")).unwrap().text, "750000");
    }

    #[test]
    fn problems_name_their_key_and_place() {
        let text = "400000; 450000 from 2026-01-01; 500000 from 2025-06-01";
        let f = fee(None, &["1", text], "");
        let e = read_fee_amounts(&f, &Currencies::default()).unwrap_err();
        assert_eq!(e[0].field, AmountField::Tier(1));
        assert!(e[0].message.contains("comes before"), "{e:?}");
        assert_eq!(&text[e[0].range.clone()], "500000");

        let f = fee(Some("0.000000001"), &[], "");
        let e = read_fee_amounts(&f, &Currencies::default()).unwrap_err();
        assert_eq!(e[0].field, AmountField::Amount);
        assert!(e[0].message.contains("VND has no smaller unit"), "{e:?}");
        assert!(e[0].hint.contains(DATED_AMOUNT_FORMS), "{e:?}");

        let f = fee(Some("20,000"), &[], "");
        let e = read_fee_amounts(&f, &Currencies::default()).unwrap_err();
        assert_eq!(e[0].message, "`20,000` groups thousands; write `20000`");
    }

    #[test]
    fn amounts_that_would_never_be_charged_are_errors() {
        let text = "400000; 450000 from 2025-01-01";
        let f = fee(Some(text), &[], "effective = 2025-04-01\n");
        let e = read_fee_amounts(&f, &Currencies::default()).unwrap_err();
        assert!(
            e[0].message.contains("not after the fee's `effective`"),
            "{e:?}"
        );
        assert_eq!(&text[e[0].range.clone()], "2025-01-01");

        let f = fee(
            Some("400000 from 2025-01-01"),
            &[],
            "effective = 2025-04-01\n",
        );
        let e = read_fee_amounts(&f, &Currencies::default()).unwrap_err();
        assert!(e[0].message.contains("the first amount is dated"), "{e:?}");

        let text = "400000; 450000 from 2028-01-01";
        let f = fee(Some(text), &[], "until = 2027-06-30\n");
        let e = read_fee_amounts(&f, &Currencies::default()).unwrap_err();
        assert!(e[0].message.contains("after the fee's last day"), "{e:?}");
    }
}
