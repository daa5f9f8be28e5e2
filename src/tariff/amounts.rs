//! A specific duty's amount is written with `.` for decimals, and most of
//! the world groups thousands with `.` (Lao, Vietnamese, Indonesian,
//! German…): `1.000 LAK/l`, meant as a thousand kip, reads as one. An
//! amount with three decimals in a currency that counts fewer is almost
//! always such a thousand: each is a warning, since a duty per unit may
//! legally go below the currency's smallest coin (`0.044 USD/kg`).

use std::ops::Range;

use super::TariffCode;
use crate::content::ContentFile;
use crate::currency::minor_units;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Warns of each rate cell of `rate_cells` (line index, column key, cell)
/// with a specific amount that reads as a number of thousands written
/// with `.` (`1.000`, `2.500`), in a currency of fewer decimals.
pub(super) fn check_duty_amounts(
    codes: &[TariffCode],
    rate_cells: &[(usize, String, Range<usize>)],
    file: &ContentFile,
    problems: &mut Diagnostics,
) {
    for (index, key, range) in rate_cells {
        let code = &codes[*index];
        let grouped = code
            .specific_duties(key)
            .find(|s| looks_grouped(&s.amount, &s.currency));
        let Some(specific) = grouped else {
            continue;
        };
        let (amount, currency, unit) = (&specific.amount, &specific.currency, &specific.unit);
        let read = amount.trim_end_matches('0').trim_end_matches('.');
        problems.push(
            Diagnostic::warning(
                "tariff",
                format!(
                    "{key} rate of `{}`: `{amount} {currency}/{unit}` reads as {read} {currency} per {unit}, with more decimals than {currency} has ({})",
                    code.display,
                    minor_units(currency)
                ),
            )
            .at(&file.source, range.start, range.end)
            .hint(format!(
                "if the `.` groups thousands, write `{} {currency}/{unit}`; kb writes amounts without grouping",
                amount.replace('.', "")
            )),
        );
    }
}

/// `1.000` or `25.500` in a currency of 0 to 2 decimals: a whole part
/// that is not 0, and exactly three decimals.
fn looks_grouped(amount: &str, currency: &str) -> bool {
    let Some((whole, fraction)) = amount.split_once('.') else {
        return false;
    };
    whole != "0" && !whole.is_empty() && fraction.len() == 3 && minor_units(currency) < 3
}

#[cfg(test)]
mod tests {
    use super::looks_grouped;

    #[test]
    fn three_decimals_beyond_the_currency_s_read_as_grouped_thousands() {
        assert!(looks_grouped("1.000", "LAK"));
        assert!(looks_grouped("25.500", "VND"));
        assert!(looks_grouped("1.555", "EUR"));
        for (amount, currency) in [
            ("0.044", "USD"),
            ("1000", "LAK"),
            ("1.5", "EUR"),
            ("1.000", "KWD"),
            ("1.0000", "LAK"),
        ] {
            assert!(!looks_grouped(amount, currency), "{amount} {currency}");
        }
    }
}
