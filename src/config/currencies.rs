//! `[currencies.XXX]`: what a site says of a currency that CLDR says
//! otherwise. So far its decimals: `[currencies.KHR] places = 0` where the
//! law counts whole riel (CLDR gives the riel 2 decimals), or
//! `[currencies.IQD] places = 3` for a site that still counts fils.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::currency::Currencies;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// The most decimals a currency is counted in (CLF and UYW, units of
/// account, count 4).
const MAX_PLACES: usize = 4;

/// One `[currencies.XXX]` table as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCurrency {
    /// Decimals amounts in the currency may have, and the calculator
    /// rounds to.
    places: Option<usize>,
}

/// The site's currencies, each `[currencies.XXX]` checked: an ISO 4217
/// code, and no more than [`MAX_PLACES`] decimals.
pub(super) fn read_currencies(
    raw: &BTreeMap<String, RawCurrency>,
    at: &dyn Fn(&[&str], String) -> Diagnostic,
    problems: &mut Diagnostics,
) -> Currencies {
    let mut places = BTreeMap::new();
    for (code, currency) in raw {
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            problems.push(
                at(
                    &["currencies", code],
                    format!("`[currencies.{code}]`: `{code}` is not an ISO 4217 currency code"),
                )
                .hint("name the currency in three capital letters: [currencies.KHR]"),
            );
            continue;
        }
        match currency.places {
            Some(n) if n > MAX_PLACES => problems.push(
                at(
                    &["currencies", code, "places"],
                    format!("`[currencies.{code}] places = {n}`: no currency counts more than {MAX_PLACES} decimals"),
                )
                .hint("write the decimals the law counts amounts in: 0 for whole units, 2 for cents"),
            ),
            Some(n) => {
                places.insert(code.clone(), n);
            }
            None => {}
        }
    }
    Currencies::with_places(places)
}
