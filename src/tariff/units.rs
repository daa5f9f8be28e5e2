//! A specific duty is levied per a unit of quantity (`10 MAD/l`), and the
//! duty calculator asks the reader for the quantity in the line's unit
//! (the `unit` column): a duty per litre on a line measured in kilograms
//! would multiply kilograms by an amount per litre. Each such cell is a
//! warning; a legal duty on a second quantity (litres of pure alcohol on
//! a line in litres) is still one the calculator cannot compute.

use std::ops::Range;

use super::TariffCode;
use crate::content::ContentFile;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Warns of each rate cell of `rate_cells` (line index, column key, cell)
/// whose specific duty is per another unit than its line's `unit`.
pub(super) fn check_duty_units(
    codes: &[TariffCode],
    rate_cells: &[(usize, String, Range<usize>)],
    file: &ContentFile,
    problems: &mut Diagnostics,
) {
    for (index, key, range) in rate_cells {
        let code = &codes[*index];
        let Some(unit) = code
            .data
            .get("unit")
            .map(|u| u.trim())
            .filter(|u| !u.is_empty())
        else {
            continue;
        };
        let other = code.specific_duties(key).find(|s| s.unit != unit);
        let Some(specific) = other else {
            continue;
        };
        let per = &specific.unit;
        let (message, hint) = if per.eq_ignore_ascii_case(unit) {
            (
                format!(
                    "{key} rate of `{}` is per `{per}`, and its unit is written `{unit}`",
                    code.display
                ),
                format!("write the unit one way: `{}/{unit}`", specific.currency),
            )
        } else {
            (
                format!("{key} rate of `{}` is per {per}, and the line's unit is {unit}: the calculator would levy it on a quantity in {unit}", code.display),
                format!("write the duty per {unit} (`… {}/{unit}`), or the line's unit as {per}", specific.currency),
            )
        };
        problems.push(
            Diagnostic::warning("tariff", message)
                .at(&file.source, range.start, range.end)
                .hint(hint),
        );
    }
}
