//! Exchange rates as a reader sees them on the reference date: the rate in
//! force of each currency, the next one published, and every rate with its
//! days. The rates page (`exchange-rates/`) lists them all; each
//! currency's page shows its own.

use serde::Serialize;

use crate::entities::kinds::EntityData;
use crate::entities::money::Amount;
use crate::entities::{Entity, EntityKind};
use crate::timeline::Timeline;

use super::context::Frame;

/// One rate of a currency with the days it applies.
#[derive(Clone, Serialize)]
struct RatePeriod {
    rate: String,
    from: Option<String>,
    from_iso: Option<String>,
    to: Option<String>,
    to_iso: Option<String>,
    /// `past`, `in_force` or `scheduled`, as in the tariff's timelines.
    state: &'static str,
}

/// A currency's rates, the reader's way.
#[derive(Serialize)]
pub(super) struct CurrencyRates {
    currency: String,
    title: String,
    lang: Option<String>,
    href: String,
    /// The rate in force, or `None` before the first.
    now: Option<RatePeriod>,
    /// The next rate published, if any.
    next: Option<RatePeriod>,
    /// Every rate, oldest first.
    periods: Vec<RatePeriod>,
    /// The first day of the rate in force, when it has one.
    #[serde(skip)]
    since: Option<jiff::civil::Date>,
}

fn periods(frame: &Frame<'_>, timeline: &Timeline<Amount>) -> Vec<RatePeriod> {
    let date = frame.site.reference_date;
    let formats = frame.site.locales.formats(frame.lang.code());
    // The value `at` finds: the last that started on or before the day.
    let current = timeline
        .values()
        .iter()
        .rposition(|v| v.from.is_none_or(|from| from <= date));
    timeline
        .values()
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let to = timeline.until(i);
            RatePeriod {
                rate: formats.number(&v.value.to_string()),
                from: v.from.map(|d| frame.date(d)),
                from_iso: v.from.map(|d| d.to_string()),
                to: to.map(|d| frame.date(d)),
                to_iso: to.map(|d| d.to_string()),
                state: if current == Some(i) {
                    "in_force"
                } else if v.from.is_some_and(|f| f > date) {
                    "scheduled"
                } else {
                    "past"
                },
            }
        })
        .collect()
}

/// The rates of one currency's entity; `None` for rates with errors.
fn currency_rates(frame: &Frame<'_>, from: &str, entity: &Entity) -> Option<CurrencyRates> {
    let EntityData::ExchangeRate(data) = entity.data(frame.lang) else {
        return None;
    };
    let timeline = entity.amounts.as_ref()?;
    let page = frame.site.page(&entity.page_key)?;
    let link = frame.link_to(from, page);
    let periods = periods(frame, timeline);
    let find = |state: &str| periods.iter().find(|p| p.state == state).cloned();
    let date = frame.site.reference_date;
    Some(CurrencyRates {
        since: timeline.at(date).and_then(|v| v.from),
        currency: data.currency.clone(),
        title: link.title,
        lang: link.lang,
        href: link.href,
        now: find("in_force"),
        next: find("scheduled"),
        periods,
    })
}

/// Adds a currency's rates to its page's context: `rates`,
/// `national_currency`, `rates_since` (the first day of the rate in force,
/// which the page names rather than the reference date, so that it stays
/// the same until the rate changes: docs/output.md#what-a-new-day-changes)
/// and `in_force_on` (the reference date).
pub(super) fn add_rate_context(
    frame: &Frame<'_>,
    entity: &Entity,
    from: &str,
    context: &mut tera::Context,
) {
    let rates = currency_rates(frame, from, entity);
    let since = rates.as_ref().and_then(|r| r.since);
    context.insert("rates", &rates);
    context.insert("national_currency", &frame.site.config.tariff.currency);
    context.insert("rates_since", &since.map(|d| frame.date(d)));
    context.insert("in_force_on", &frame.date(frame.site.reference_date));
}

/// Adds every currency's rates, by currency code, to the rates page, with
/// `rates_since` the latest first day of a rate in force.
pub(super) fn add_rates_index_context(frame: &Frame<'_>, from: &str, context: &mut tera::Context) {
    let mut all: Vec<CurrencyRates> = frame
        .site
        .entities
        .of_kind(EntityKind::ExchangeRate)
        .filter_map(|e| currency_rates(frame, from, e))
        .collect();
    all.sort_by(|a, b| a.currency.cmp(&b.currency));
    let since = all.iter().filter_map(|c| c.since).max();
    context.insert("currencies", &all);
    context.insert("national_currency", &frame.site.config.tariff.currency);
    context.insert("rates_since", &since.map(|d| frame.date(d)));
    context.insert("in_force_on", &frame.date(frame.site.reference_date));
}
