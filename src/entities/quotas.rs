//! Tariff quotas: one file per quota in `content/quotas/`, with its order
//! number, the codes it covers, its period and volume, the in-quota and
//! out-of-quota rates, how it is allocated, and its balance as a dated
//! value the editor updates (TFA Art. 1.1 (j)):
//!
//! ```toml
//! order_number = "TQ-1701-2026"
//! hs = ["1701"]
//! opens = 2026-01-01
//! closes = 2026-12-31
//! volume = "95000"
//! unit = "t"
//! in_quota = "5%"
//! out_quota = "80%"
//! allocation = "licence"
//! balance = "95000 from 2026-01-01; 61250 from 2026-06-30"
//! ```
//!
//! Code pages show whether a quota applies and its balance on the
//! reference date; a change of balance in the history is a feed entry.

use jiff::civil::Date;
use serde::Serialize;

pub use super::trade_kinds::{Allocation, QuotaData};

use super::money::Amount;
use super::Entity;
use crate::content::ContentFile;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::tariff::rate::{parse_rate, rate_forms};
use crate::timeline::civil_date;
use crate::timeline::{parse_timeline, Timeline, TimelineError};

/// Where a quota stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuotaState {
    /// Within its period, with volume left.
    Open,
    /// Within its period, nothing left: the out-of-quota rate applies.
    Exhausted,
    /// Outside its period.
    Closed,
}

impl QuotaData {
    /// Where it stands on `date` with `balance` left.
    pub fn state(&self, date: Date, balance: Option<&Amount>) -> QuotaState {
        let before = civil_date(&self.opens).is_some_and(|o| date < o);
        let after = civil_date(&self.closes).is_some_and(|c| date > c);
        if before || after {
            QuotaState::Closed
        } else if balance.is_some_and(|b| *b == Amount::zero()) {
            QuotaState::Exhausted
        } else {
            QuotaState::Open
        }
    }
}

/// Reads a dated balance; errors point into `text`.
pub fn read_balance(text: &str) -> Result<Timeline<Amount>, Vec<TimelineError>> {
    parse_timeline(text, Amount::parse_decimal)
}

/// Reads the balance with positioned errors, and checks the volume, the
/// rates (with examples in `currency`, the site's) and the period.
pub(super) fn read_and_check(
    file: &ContentFile,
    data: &QuotaData,
    currency: &str,
    problems: &mut Diagnostics,
) -> Option<Timeline<Amount>> {
    let mut report = |key: &str, message: String, hint: &str| {
        let (start, end) = crate::front::front_key_span(file, key);
        problems.push(
            Diagnostic::error("front-matter", message)
                .at(&file.source, start, end)
                .hint(hint),
        );
    };
    if let Err(e) = Amount::parse_decimal(&data.volume) {
        report(
            "volume",
            format!("volume: {e}"),
            "write the volume as digits: volume = \"95000\"",
        );
    }
    for (key, text) in [("in_quota", &data.in_quota), ("out_quota", &data.out_quota)] {
        match parse_rate(text) {
            Ok(Some(_)) => {}
            Ok(None) => report(key, format!("{key} has no rate"), &rate_forms(currency)),
            Err(e) => report(key, format!("{key}: {e}"), &rate_forms(currency)),
        }
    }
    if let (Some(opens), Some(closes)) = (civil_date(&data.opens), civil_date(&data.closes)) {
        if closes < opens {
            report(
                "closes",
                format!("the quota closes on {closes}, before it opens on {opens}"),
                "closes is the period's last day, after opens",
            );
        }
    }
    super::exchange::read_dated(file, "balance", &data.balance, read_balance, problems)
}

/// The quota entity's balance in force on `date`.
pub fn balance_on(entity: &Entity, date: Date) -> Option<&Amount> {
    Some(&entity.amounts.as_ref()?.at(date)?.value)
}
