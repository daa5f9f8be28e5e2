//! A specific duty is levied per a unit of quantity (`10 MAD/l`), and the
//! duty calculator asks the reader for the quantity in the line's unit
//! (the `unit` column) and in each other unit a duty is per (a car's
//! excise per `cm3` on a line counted in `u`). A duty per the line's unit
//! written in another case (`KG` for `kg`) would be asked for twice: each
//! such cell is a warning.

use std::ops::Range;

use super::TariffCode;
use crate::content::ContentFile;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Warns of each rate cell of `rate_cells` (line index, column key, cell)
/// whose specific duty is per its line's `unit` written in another case.
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
        let other = code
            .specific_duties(key)
            .find(|s| s.unit != unit && s.unit.to_lowercase() == unit.to_lowercase());
        let Some(specific) = other else {
            continue;
        };
        let per = &specific.unit;
        problems.push(
            Diagnostic::warning(
                "tariff",
                format!(
                    "{key} rate of `{}` is per `{per}`, and its unit is written `{unit}`",
                    code.display
                ),
            )
            .at(&file.source, range.start, range.end)
            .hint(format!(
                "write the unit one way: `{}/{unit}`; the calculator would ask for the quantity twice",
                specific.currency
            )),
        );
    }
}
