//! Exchange rates for customs valuation: one file per foreign currency in
//! `content/exchange-rates/`, its rate (national currency for one unit) a
//! dated value in the grammar of [`crate::timeline`]:
//!
//! ```toml
//! currency = "USD"
//! rate = "25350 from 2026-10-01; 25400 from 2026-11-01"
//! ```
//!
//! The rate in force on the reference date converts a customs value in the
//! duty calculator; the rates page lists them all with their history.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use super::kinds::{EntityData, EntityKind};
use super::money::Amount;
use super::Entities;
use crate::config::Config;
use crate::content::{ContentFile, Corpus};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::tariff::{Tariff, TariffCode};
use crate::timeline::{parse_timeline_in_any_digits, Timeline, TimelineError};

/// How dated decimals are written, for hints.
pub const DATED_DECIMALS: &str = "write the value, then each later value with its date: \"25350 from 2026-10-01; 25400 from 2026-11-01\"";

/// Reads a dated exchange rate; errors point into `text`.
pub fn read_exchange_rate(text: &str) -> Result<Timeline<Amount>, Vec<TimelineError>> {
    parse_timeline_in_any_digits(text, |value| {
        let rate = Amount::parse_decimal(value)?;
        if rate == Amount::zero() {
            return Err(format!(
                "`{value}` is no rate: a currency is worth more than 0"
            ));
        }
        Ok(rate)
    })
}

/// Reads the dated decimals `text` of the front matter key `key` with
/// `read`, each problem reported at its place in the string.
pub(super) fn read_dated(
    file: &ContentFile,
    key: &str,
    text: &str,
    read: impl Fn(&str) -> Result<Timeline<Amount>, Vec<TimelineError>>,
    problems: &mut Diagnostics,
) -> Option<Timeline<Amount>> {
    let errors = match read(text) {
        Ok(timeline) => return Some(timeline),
        Err(errors) => errors,
    };
    let spans = toml::de::DeTable::parse(file.front_text()).ok();
    let value = spans.as_ref().and_then(|t| {
        t.get_ref()
            .get(key)
            .map(|v| super::string_content_span(file, v))
    });
    for e in errors {
        let (start, end) = match &value {
            Some((_, Some(content))) => (content + e.range.start, content + e.range.end),
            Some((whole, None)) => (whole.start, whole.end),
            None => {
                let (s, e) = crate::front::front_key_span(file, key);
                (s - file.front.start, e - file.front.start)
            }
        };
        let hint = if e.hint.is_empty() {
            DATED_DECIMALS.to_string()
        } else {
            e.hint
        };
        problems.push(
            Diagnostic::error("front-matter", format!("{key}: {}", e.message))
                .at(
                    &file.source,
                    file.front.start + start,
                    file.front.start + end,
                )
                .hint(hint),
        );
    }
    None
}

/// Each currency has one file, an ISO 4217 code, and is not the national
/// currency (which needs no rate).
pub(super) fn check_currencies(
    config: &Config,
    corpus: &Corpus,
    entities: &Entities,
    problems: &mut Diagnostics,
) {
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for entity in entities.of_kind(EntityKind::ExchangeRate) {
        let EntityData::ExchangeRate(data) = entity.original() else {
            continue;
        };
        let file = &corpus.files[entity.file];
        let (start, end) = crate::front::front_key_span(file, "currency");
        let currency = data.currency.as_str();
        let problem = if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
            Some((
                format!("`{currency}` is not an ISO 4217 currency code"),
                "write three capital letters, such as USD or EUR".to_string(),
            ))
        } else if config.tariff.currency.as_deref() == Some(currency) {
            Some((
                format!("{currency} is the national currency ([tariff] currency in kb.toml): it has no exchange rate"),
                "remove this file, or write the rate of a foreign currency".to_string(),
            ))
        } else {
            seen.insert(currency, &entity.page_key).map(|other| {
                (
                    format!("{currency} has a rate in `{other}` already"),
                    "keep one file per currency, with every dated rate in its `rate`".to_string(),
                )
            })
        };
        if let Some((message, hint)) = problem {
            problems.push(
                Diagnostic::error("front-matter", message)
                    .at(&file.source, start, end)
                    .hint(hint),
            );
        }
    }
}

/// A specific duty in a foreign currency is converted at that currency's
/// exchange rate; without a file for it the duty calculator of every line
/// that levies it is left out. One warning per currency, at the first
/// cell that names it, with the count of lines.
pub(super) fn check_duty_currencies(
    config: &Config,
    corpus: &Corpus,
    tariff: &Tariff,
    entities: &Entities,
    problems: &mut Diagnostics,
) {
    let Some(national) = config.tariff.currency.as_deref() else {
        return;
    };
    let known: Vec<&str> = entities
        .of_kind(EntityKind::ExchangeRate)
        .filter_map(|e| match e.original() {
            EntityData::ExchangeRate(data) => Some(data.currency.as_str()),
            _ => None,
        })
        .collect();
    // Currency → (its first line, how many lines levy it).
    let mut missing: BTreeMap<&str, (&TariffCode, usize)> = BTreeMap::new();
    for code in &tariff.codes {
        let currencies: BTreeSet<&str> = code
            .rates
            .values()
            .flat_map(|cell| cell.timeline.values())
            .filter_map(|dated| dated.value.as_ref()?.specific())
            .map(|specific| specific.currency.as_str())
            .filter(|c| *c != national && !known.contains(c))
            .collect();
        for currency in currencies {
            missing.entry(currency).or_insert((code, 0)).1 += 1;
        }
    }
    for (currency, (first, lines)) in missing {
        let mut warning = Diagnostic::warning(
            "exchange-rate",
            match lines {
                1 => format!(
                    "{currency} has no exchange rate: the duty calculator of {} is left out",
                    first.display
                ),
                n => format!(
                    "{currency} has no exchange rate: the duty calculator of {n} lines with a duty in {currency} is left out, the first {}",
                    first.display
                ),
            },
        )
        .hint(format!(
            "add its rate for customs valuation: kb new exchange-rate {}",
            currency.to_ascii_lowercase()
        ));
        warning = match corpus.files.iter().find(|f| f.source.path == first.source) {
            Some(file) => {
                let source = &file.source;
                let line = source.line_text(first.line);
                let at =
                    source.line_start(first.line) + line.find(&format!("{currency}/")).unwrap_or(0);
                warning.at(source, at, at + currency.len())
            }
            None => warning.in_file(&first.source),
        };
        problems.push(warning);
    }
}

/// An exchange rate whose first value takes effect after `date`, the day
/// the site describes, leaves its currency without a rate that day: the
/// duty calculator leaves out every line levied in it, and the rates page
/// shows none in force. Allowed (a currency may come into use), but said.
pub fn check_rates_in_force(
    corpus: &Corpus,
    entities: &Entities,
    date: Date,
    problems: &mut Diagnostics,
) {
    for entity in entities.of_kind(EntityKind::ExchangeRate) {
        let (EntityData::ExchangeRate(data), Some(amounts)) = (entity.original(), &entity.amounts)
        else {
            continue;
        };
        let Some(first) = amounts.values().first().and_then(|v| v.from) else {
            continue;
        };
        if amounts.at(date).is_some() {
            continue;
        }
        let file = &corpus.files[entity.file];
        let (start, end) = crate::front::front_key_span(file, "rate");
        let currency = &data.currency;
        problems.push(
            Diagnostic::warning(
                "exchange-rate",
                format!(
                    "{currency} has no rate in force on {date}, the day the site describes: its first is from {first}; until then the duty calculator leaves out lines levied in {currency}"
                ),
            )
            .at(&file.source, start, end)
            .hint(format!(
                "write the rate in force now first (`rate = \"25400; 25500 from {first}\"`), or check the site as of that day with --date {first}"
            )),
        );
    }
}

/// The rate of each currency in force on `date` (currencies without one on
/// that day are left out), by currency code.
pub fn rates_on(entities: &Entities, date: Date) -> BTreeMap<String, Amount> {
    entities
        .of_kind(EntityKind::ExchangeRate)
        .filter_map(|e| {
            let EntityData::ExchangeRate(data) = e.original() else {
                return None;
            };
            let rate = e.amounts.as_ref()?.at(date)?;
            Some((data.currency.clone(), rate.value.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_dated_decimals() {
        let t = read_exchange_rate("25350 from 2026-10-01; 25400.5 from 2026-11-01").unwrap();
        let on = |d: &str| t.at(d.parse().unwrap()).map(|v| v.value.to_string());
        assert_eq!(on("2026-09-30"), None);
        assert_eq!(on("2026-10-15").as_deref(), Some("25350"));
        assert_eq!(on("2026-12-02").as_deref(), Some("25400.5"));
        let errors = read_exchange_rate("25350; 25,400 from 2026-11-01").unwrap_err();
        assert_eq!(errors[0].range, 7..13, "{errors:?}");
        assert!(read_exchange_rate("0").unwrap_err()[0]
            .message
            .contains("no rate"));
    }
}
