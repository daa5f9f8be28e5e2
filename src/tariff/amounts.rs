//! A specific duty's amount is written with `.` for decimals, and much of
//! the world groups thousands with `.` (Turkish, Lao, Vietnamese,
//! Indonesian, German…): `1.430 TRY/lsa`, meant as 1,430 lira, reads as
//! 1.43. An amount with one to three digits, `.` and exactly three
//! decimals, in a currency that counts fewer, may be either:
//!
//! - ending in `0` (`1.430`, `2.500`, `1.000`), it is an error that names
//!   both readings: no one writes a trailing zero in a duty per unit, so
//!   as a decimal it was not written as meant, and it was published a
//!   thousand times too small;
//! - ending in another digit (`2.625 EUR/1000u`, 75% of 3.5), it is read
//!   as the decimal it is (a duty per unit may go below the smallest
//!   coin), and warned of, with both readings, only on a site where a
//!   thousand may be written so: one of its languages, or the country of
//!   its currency, groups thousands with `.`.
//!
//! `0.044 USD/kg` is never either: no thousand starts with 0.

use std::ops::Range;

use super::TariffCode;
use crate::config::Config;
use crate::content::ContentFile;
use crate::currency::Currencies;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// How an amount with three decimals may be read.
#[derive(Debug, PartialEq, Eq)]
enum Reading {
    /// `1.430`: a decimal with a trailing zero, or a thousand grouped.
    Either,
    /// `2.625`: a decimal, or a thousand grouped where `.` groups.
    DecimalOrGrouped,
}

/// Reports each rate cell of `rate_cells` (line index, column key, cell)
/// with a specific amount that may be a number of thousands written with
/// `.`: an error when it ends in `0`, a warning otherwise on a site that
/// groups thousands with `.` (see the module's doc).
pub(super) fn check_duty_amounts(
    codes: &[TariffCode],
    rate_cells: &[(usize, String, Range<usize>)],
    config: &Config,
    (file, currencies): (&ContentFile, &Currencies),
    problems: &mut Diagnostics,
) {
    let dot_groups = std::cell::OnceCell::new();
    for (index, key, range) in rate_cells {
        let code = &codes[*index];
        let found = code.specific_duties(key).find_map(|s| {
            let reading = reading(&s.amount, currencies.places(&s.currency))?;
            let grouping = *dot_groups.get_or_init(|| site_groups_with_dot(config));
            (reading == Reading::Either || grouping).then_some((s, reading))
        });
        let Some((specific, reading)) = found else {
            continue;
        };
        let (amount, currency, unit) = (&specific.amount, &specific.currency, &specific.unit);
        let decimal = amount.trim_end_matches('0').trim_end_matches('.');
        let thousands = amount.replace('.', "");
        let problem = match reading {
            Reading::Either => Diagnostic::error(
                "tariff",
                format!(
                    "{key} rate of `{}`: `{amount} {currency}/{unit}` may be {thousands} or {decimal} {currency} per {unit}",
                    code.display
                ),
            )
            .hint(format!(
                "write `{thousands} {currency}/{unit}` if the `.` groups thousands, or `{decimal} {currency}/{unit}` if it is a decimal point; a duty is not written with a trailing zero"
            )),
            Reading::DecimalOrGrouped => Diagnostic::warning(
                "tariff",
                format!(
                    "{key} rate of `{}`: `{amount} {currency}/{unit}` reads as {amount} {currency} per {unit}, with more decimals than {currency} has ({}), and `.` groups thousands on this site",
                    code.display,
                    currencies.places(currency)
                ),
            )
            .hint(format!(
                "if {thousands} {currency} is meant, write `{thousands} {currency}/{unit}`; kb reads `.` only as a decimal point"
            )),
        };
        problems.push(problem.at(&file.source, range.start, range.end));
    }
}

/// How `amount` in `currency` may be read, if it may be a thousand
/// grouped with `.`: one to three digits, not starting with 0, a `.` and
/// exactly three decimals, in a currency of 0 to 2 decimals (`places`).
fn reading(amount: &str, places: usize) -> Option<Reading> {
    let (whole, fraction) = amount.split_once('.')?;
    let grouped = (1..=3).contains(&whole.len())
        && !whole.starts_with('0')
        && fraction.len() == 3
        && places < 3;
    match grouped {
        false => None,
        true if fraction.ends_with('0') => Some(Reading::Either),
        true => Some(Reading::DecimalOrGrouped),
    }
}

/// Whether a language of the site, or the country of its currency (`tr`
/// for TRY, `lo` for LAK), groups thousands with `.`, as CLDR writes
/// numbers.
fn site_groups_with_dot(config: &Config) -> bool {
    let home = config
        .tariff
        .currency
        .as_deref()
        .and_then(super::rate_words::home_formats);
    config
        .languages
        .iter()
        .map(|language| crate::formats::Formats::new(&language.code))
        .chain(home)
        .any(|formats| formats.number_signs().group == ".")
}

#[cfg(test)]
mod tests {
    use super::Reading;
    use crate::currency::minor_units;

    fn reading(amount: &str, currency: &str) -> Option<Reading> {
        super::reading(amount, minor_units(currency))
    }

    #[test]
    fn three_decimals_ending_in_zero_may_be_either_reading() {
        assert_eq!(reading("1.430", "TRY"), Some(Reading::Either));
        assert_eq!(reading("1.000", "LAK"), Some(Reading::Either));
        assert_eq!(reading("25.500", "VND"), Some(Reading::Either));
        assert_eq!(reading("2.500", "EUR"), Some(Reading::Either));
        assert_eq!(reading("2.625", "EUR"), Some(Reading::DecimalOrGrouped));
        assert_eq!(reading("1.555", "TRY"), Some(Reading::DecimalOrGrouped));
        for (amount, currency) in [
            ("0.044", "USD"),
            ("0.440", "USD"),
            ("1000", "LAK"),
            ("1.5", "EUR"),
            ("1.000", "KWD"),
            ("1.0000", "LAK"),
            ("1234.500", "EUR"),
        ] {
            assert_eq!(reading(amount, currency), None, "{amount} {currency}");
        }
    }
}
