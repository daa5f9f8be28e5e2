//! Fee amounts as a reader sees them on the reference date: the amount
//! charged where the eye goes first, each later amount beside it with its
//! date, and the whole timeline in a table; the same on the fees index and
//! in procedure totals. A future amount is never shown as if it applied.

use fluent_bundle::FluentArgs;
use jiff::civil::Date;
use serde::Serialize;

use crate::entities::fees::{FeeAmounts, FeeStatus};
use crate::entities::kinds::FeeData;
use crate::entities::money::Amount;
use crate::entities::{Entity, EntityKind};
use crate::timeline::Timeline;

use super::context::Frame;

/// `20000` → `₫20,000` (`20 000 ₫` in French, `20.000 ₫` in Vietnamese),
/// exactly: the digits go to the language's currency formatter as text,
/// never through a float. An amount with decimals shows as many as the
/// currency counts (`$12.50`).
pub(crate) fn money(frame: &Frame<'_>, amount: &Amount, currency: &str) -> String {
    let digits = amount
        .shown_in(currency, &frame.site.config.currencies)
        .to_string();
    let formats = frame.site.locales.formats(frame.lang.code());
    let mut args = FluentArgs::new();
    args.set("money", formats.money(&digits, currency));
    args.set("amount", formats.number(&digits));
    args.set("currency", currency.to_string());
    frame.text("money", Some(&args))
}

/// An amount that takes effect after the reference date.
#[derive(Serialize)]
pub(crate) struct ScheduledView {
    /// "₫450,000 from January 1, 2027", the reader's way.
    text: String,
    /// The amount alone.
    amount: String,
    /// The date, the reader's way.
    date: String,
    /// The date as `YYYY-MM-DD`, for `<time datetime>`.
    iso: String,
}

fn scheduled_view(frame: &Frame<'_>, amount: String, date: Date) -> ScheduledView {
    let when = frame.date(date);
    let mut args = FluentArgs::new();
    args.set("amount", amount.clone());
    args.set("date", when.clone());
    ScheduledView {
        text: frame.text("fee-amount-from", Some(&args)),
        amount,
        date: when,
        iso: date.to_string(),
    }
}

/// Why a fee is not charged on the reference date.
#[derive(Serialize)]
pub(crate) struct StatusView {
    /// `not_yet` or `ended`.
    state: &'static str,
    /// The sentence for the fee page.
    text: String,
    /// The short mark for lists.
    label: String,
    /// The first or last day, the reader's way.
    date: String,
    /// The same as `YYYY-MM-DD`.
    iso: String,
}

fn status_view(frame: &Frame<'_>, amounts: &FeeAmounts) -> Option<StatusView> {
    let (state, text_id, label_id, date) = match amounts.status(frame.site.reference_date) {
        FeeStatus::InForce => return None,
        FeeStatus::NotYet(d) => ("not_yet", "fee-not-yet", "fee-state-not-yet", d),
        FeeStatus::Ended(d) => ("ended", "fee-ended", "fee-state-ended", d),
    };
    let when = frame.date(date);
    let mut args = FluentArgs::new();
    args.set("date", when.clone());
    Some(StatusView {
        state,
        text: frame.text(text_id, Some(&args)),
        label: frame.text(label_id, None),
        date: when,
        iso: date.to_string(),
    })
}

/// One amount (or tier) on the reference date.
struct AmountNow {
    now: Option<String>,
    scheduled: Vec<ScheduledView>,
}

fn amount_now(
    frame: &Frame<'_>,
    amounts: &FeeAmounts,
    timeline: &Timeline<Amount>,
    currency: &str,
) -> AmountNow {
    let date = frame.site.reference_date;
    AmountNow {
        now: amounts
            .at(timeline, date)
            .map(|v| money(frame, &v.value, currency)),
        scheduled: amounts
            .scheduled(timeline, date)
            .into_iter()
            .map(|(from, v)| scheduled_view(frame, money(frame, &v.value, currency), from))
            .collect(),
    }
}

/// A tier on the reference date.
#[derive(Serialize)]
struct TierView {
    label: String,
    /// The amount charged, the reader's way; null when none is.
    amount: Option<String>,
    scheduled: Vec<ScheduledView>,
}

/// The rows of the "Amounts over time" table for one amount or tier.
#[derive(Serialize)]
struct TimelineGroup {
    /// The tier's label; null for a single-amount fee.
    tier: Option<String>,
    periods: Vec<PeriodView>,
}

/// One row of the "Amounts over time" table.
#[derive(Serialize)]
struct PeriodView {
    amount: String,
    /// The amount as written.
    original: String,
    /// First day, the reader's way; null when unknown.
    from: Option<String>,
    from_iso: Option<String>,
    /// Last day, the reader's way; null while no end is set.
    to: Option<String>,
    to_iso: Option<String>,
    /// `past`, `in_force` or `scheduled`.
    state: &'static str,
}

fn timeline_group(
    frame: &Frame<'_>,
    amounts: &FeeAmounts,
    timeline: &Timeline<Amount>,
    tier: Option<&str>,
    currency: &str,
) -> TimelineGroup {
    let date = frame.site.reference_date;
    let periods = amounts
        .periods(timeline)
        .into_iter()
        .map(|p| PeriodView {
            amount: money(frame, &p.value.value, currency),
            original: p.value.text.clone(),
            from: p.from.map(|d| frame.date(d)),
            from_iso: p.from.map(|d| d.to_string()),
            to: p.to.map(|d| frame.date(d)),
            to_iso: p.to.map(|d| d.to_string()),
            state: match (p.from, p.to) {
                (Some(from), _) if from > date => "scheduled",
                (_, Some(to)) if to < date => "past",
                _ => "in_force",
            },
        })
        .collect();
    TimelineGroup {
        tier: tier.map(str::to_string),
        periods,
    }
}

/// The latest first day, on or before the reference date, of an amount the
/// fee charges on it (of any tier): the page says the amounts are "in force
/// since" that day, not on the day of the build, so that a daily build
/// leaves the page as it is until an amount changes
/// (docs/output.md#what-a-new-day-changes).
fn amounts_since(amounts: &FeeAmounts, date: Date) -> Option<Date> {
    amounts
        .timelines()
        .filter_map(|t| amounts.since(t, date))
        .max()
}

/// Adds a fee page's amounts to its context: `amount` and `scheduled`
/// (single amount), `tiers` and whether any has a later amount
/// (`tiers_scheduled`), `fee_status`, `timeline` (one group of periods per
/// amount or tier) and whether to show it (`dated`), `amounts_since` and
/// `in_force_on`.
pub(crate) fn add_fee_context(
    frame: &Frame<'_>,
    entity: &Entity,
    fee: &FeeData,
    context: &mut tera::Context,
) {
    // Every key is set, so a template reads them even for a fee whose
    // amounts have errors (`kb check` renders every page).
    context.insert("amount", &None::<String>);
    context.insert("scheduled", &Vec::<ScheduledView>::new());
    context.insert("tiers", &Vec::<TierView>::new());
    context.insert("tiers_scheduled", &false);
    context.insert("fee_status", &None::<StatusView>);
    context.insert("timeline", &Vec::<TimelineGroup>::new());
    context.insert("dated", &false);
    context.insert("in_force_on", &frame.date(frame.site.reference_date));
    context.insert("amounts_since", &None::<String>);
    let Some(amounts) = &entity.fee else {
        return;
    };
    let since = amounts_since(amounts, frame.site.reference_date);
    context.insert("amounts_since", &since.map(|d| frame.date(d)));
    let currency = fee.currency.as_str();
    let mut timeline = Vec::new();
    if let Some(single) = &amounts.single {
        let now = amount_now(frame, amounts, single, currency);
        context.insert("amount", &now.now);
        context.insert("scheduled", &now.scheduled);
        timeline.push(timeline_group(frame, amounts, single, None, currency));
    }
    let tiers: Vec<TierView> = fee
        .rates
        .iter()
        .zip(&amounts.tiers)
        .map(|(rate, t)| {
            timeline.push(timeline_group(
                frame,
                amounts,
                t,
                Some(&rate.label),
                currency,
            ));
            let now = amount_now(frame, amounts, t, currency);
            TierView {
                label: rate.label.clone(),
                amount: now.now,
                scheduled: now.scheduled,
            }
        })
        .collect();
    // The table earns its place when an amount changes or the fee ends.
    let dated = amounts.timelines().any(|t| t.values().len() > 1) || amounts.until.is_some();
    context.insert("tiers", &tiers);
    context.insert(
        "tiers_scheduled",
        &tiers.iter().any(|t| !t.scheduled.is_empty()),
    );
    context.insert("fee_status", &status_view(frame, amounts));
    context.insert("timeline", &timeline);
    context.insert("dated", &dated);
}

/// A fee in a list (the fees index, backlinks): what it charges on the
/// reference date.
#[derive(Serialize, Default)]
pub(crate) struct FeeSummary {
    /// The single amount charged, the reader's way; null for tiers or when
    /// none is charged.
    pub(crate) amount: Option<String>,
    /// Later single amounts, each with its date.
    pub(crate) scheduled: Vec<ScheduledView>,
    /// For tiers: the first later day an amount changes, the reader's way
    /// ("Changes on January 1, 2027").
    pub(crate) changes_on: Option<String>,
    /// Set when the fee is not charged on the reference date.
    pub(crate) status: Option<StatusView>,
}

/// What a fee charges on the reference date, for lists.
pub(crate) fn fee_summary(frame: &Frame<'_>, entity: &Entity, fee: &FeeData) -> FeeSummary {
    let Some(amounts) = &entity.fee else {
        return FeeSummary::default();
    };
    let date = frame.site.reference_date;
    let mut summary = FeeSummary {
        status: status_view(frame, amounts),
        ..FeeSummary::default()
    };
    if let Some(single) = &amounts.single {
        let now = amount_now(frame, amounts, single, &fee.currency);
        summary.amount = now.now;
        summary.scheduled = now.scheduled;
    } else if let Some(first) = amounts
        .tiers
        .iter()
        .flat_map(|t| amounts.scheduled(t, date))
        .map(|(from, _)| from)
        .min()
    {
        let mut args = FluentArgs::new();
        args.set("date", frame.date(first));
        summary.changes_on = Some(frame.text("fee-changes-on", Some(&args)));
    }
    summary
}

/// The total of a procedure's fees on the reference date.
pub(crate) struct FeesTotal {
    /// The sum of the single amounts charged, the reader's way.
    pub(crate) now: Option<String>,
    /// The total from each later day it changes.
    pub(crate) scheduled: Vec<ScheduledView>,
    /// Fees that cannot be added: tiers, unknown fees, or every fee when
    /// they are in more than one currency.
    pub(crate) unknown: usize,
}

/// Adds up the single amounts of the fees `ids` charged on the reference
/// date, and again on each later day one of them changes, so that the
/// total never counts an amount that does not apply yet.
pub(crate) fn fees_total(frame: &Frame<'_>, ids: &[&String]) -> FeesTotal {
    let entities = &frame.site.entities;
    let mut singles: Vec<(&FeeAmounts, &Timeline<Amount>, &str)> = Vec::new();
    let mut unknown = 0;
    for id in ids {
        let entity = entities.get(EntityKind::Fee, id);
        let fee = entity.and_then(|e| match e.original() {
            crate::entities::EntityData::Fee(f) => Some(f),
            _ => None,
        });
        match (entity.and_then(|e| e.fee.as_ref()), fee) {
            (Some(amounts), Some(fee)) => match &amounts.single {
                Some(single) => singles.push((amounts, single, fee.currency.as_str())),
                None => unknown += 1,
            },
            _ => unknown += 1,
        }
    }
    let mut currencies: Vec<&str> = singles.iter().map(|(_, _, c)| *c).collect();
    currencies.sort_unstable();
    currencies.dedup();
    let [currency] = currencies[..] else {
        return FeesTotal {
            now: None,
            scheduled: Vec::new(),
            unknown: if currencies.len() > 1 {
                ids.len()
            } else {
                unknown
            },
        };
    };
    let total_at = |day: Date| {
        Amount::sum(
            singles
                .iter()
                .filter_map(|(amounts, t, _)| amounts.at(t, day).map(|v| &v.value)),
        )
    };
    let date = frame.site.reference_date;
    let now = total_at(date);
    let mut days: Vec<Date> = singles
        .iter()
        .flat_map(|(amounts, _, _)| amounts.changes_after(date))
        .collect();
    days.sort();
    days.dedup();
    let mut scheduled = Vec::new();
    let mut last = now.clone();
    for day in days {
        let total = total_at(day);
        if total != last {
            let shown = total.clone().unwrap_or_else(Amount::zero);
            scheduled.push(scheduled_view(frame, money(frame, &shown, currency), day));
            last = total;
        }
    }
    FeesTotal {
        now: now.map(|t| money(frame, &t, currency)),
        scheduled,
        unknown,
    }
}
