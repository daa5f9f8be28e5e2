//! A specific duty is levied per a unit of quantity (`10 MAD/l`), and the
//! duty calculator asks the reader for the quantity in the line's unit
//! (the `unit` column) and in each other unit a duty is per (a car's
//! excise per `cm3` on a line counted in `u`), converting those of the
//! same measure ([`super::measures`]). A duty per the line's unit written
//! in another case (`KG` for `kg`) is a warning, and so is one whose unit
//! or whose line's unit kb does not know, unless both are written alike:
//! the calculator would ask for the quantity twice and levy the duty on
//! the second, 1 by default (`0.2 EUR/kg` on a line in an unknown `кг`
//! was levied on one kilogram of 2,000).

use std::ops::Range;

use super::measures::{is_known_unit, line_quantity_in};
use super::TariffCode;
use crate::content::ContentFile;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Warns of each rate cell of `rate_cells` (line index, column key, cell)
/// whose specific duty is per its line's unit (the `unit_key` column)
/// written in another case, and of the first of a file's specific duties
/// on a line with no unit: the calculator would levy it on a quantity in
/// no unit, whatever the trader meant (10 kg of cigarettes taken for 10
/// cigarettes).
pub(super) fn check_duty_units(
    codes: &[TariffCode],
    rate_cells: &[(usize, String, Range<usize>)],
    unit_key: &str,
    file: &ContentFile,
    problems: &mut Diagnostics,
) {
    let unitless: Vec<_> = rate_cells
        .iter()
        .filter(|(index, key, _)| {
            let code = &codes[*index];
            code.data.get(unit_key).is_none_or(|u| u.trim().is_empty())
                && code.specific_duties(key).next().is_some()
        })
        .collect();
    let count = unitless.len();
    if let Some((index, key, range)) = unitless.first() {
        problems.push(
            Diagnostic::warning(
                "tariff",
                format!(
                    "{key} rate of `{}` is per a unit, and the line has no `{unit_key}`{}",
                    codes[*index].display,
                    match count {
                        1 => String::new(),
                        n => format!(" ({n} such cells in this file)"),
                    }
                ),
            )
            .at(&file.source, range.start, range.end)
            .hint(format!(
                "the calculator asks for the quantity in the line's unit: give each line its unit in the `{unit_key}` column, or set [tariff] unit_column to the key of the column that holds units"
            )),
        );
    }
    check_units_written_otherwise(codes, rate_cells, unit_key, file, problems);
    check_units_unknown(codes, rate_cells, unit_key, file, problems);
}

/// The line's unit (the `unit_key` column) of `code`, if it has one.
fn line_unit<'c>(code: &'c TariffCode, unit_key: &str) -> Option<&'c str> {
    code.data
        .get(unit_key)
        .map(|u| u.trim())
        .filter(|u| !u.is_empty())
}

/// Warns of each rate cell whose duty is per its line's unit written in
/// another case (`Kg` on a line in `kg`).
fn check_units_written_otherwise(
    codes: &[TariffCode],
    rate_cells: &[(usize, String, Range<usize>)],
    unit_key: &str,
    file: &ContentFile,
    problems: &mut Diagnostics,
) {
    for (index, key, range) in rate_cells {
        let code = &codes[*index];
        let Some(unit) = line_unit(code, unit_key) else {
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
                "write the unit one way: `{}/{unit}`",
                specific.currency
            )),
        );
    }
}

/// A duty per a unit kb cannot convert to its line's: where in the file
/// it is first met, and how many cells have it.
struct UnknownUnit<'a> {
    /// The unit the duty is per (`carton`).
    per: String,
    /// The line's unit (`u`).
    unit: String,
    /// The first such cell's line index, column key and range.
    first: (usize, &'a str, &'a Range<usize>),
    /// The duty's currency, for the hint.
    currency: String,
    /// How many cells of the file have this pair of units.
    cells: usize,
}

/// Warns, once per file for each pair of units, with the number of such
/// cells, of a duty per a unit that is not its line's and that kb cannot
/// convert because it does not know one of the two (`carton` on a line in
/// `u`, `kg` on a line in `ኪ.ግ`): the calculator asks for a second
/// quantity, 1 by default, and levies the duty on it.
fn check_units_unknown(
    codes: &[TariffCode],
    rate_cells: &[(usize, String, Range<usize>)],
    unit_key: &str,
    file: &ContentFile,
    problems: &mut Diagnostics,
) {
    // In the order met.
    let mut found: Vec<UnknownUnit> = Vec::new();
    for (index, key, range) in rate_cells {
        let code = &codes[*index];
        let Some(unit) = line_unit(code, unit_key) else {
            continue;
        };
        let unknown = code.specific_duties(key).find(|s| {
            s.unit.to_lowercase() != unit.to_lowercase()
                && line_quantity_in(unit, &s.unit).is_none()
                && !(is_known_unit(unit) && is_known_unit(&s.unit))
        });
        let Some(specific) = unknown else {
            continue;
        };
        match found
            .iter_mut()
            .find(|f| f.per == specific.unit && f.unit == unit)
        {
            Some(pair) => pair.cells += 1,
            None => found.push(UnknownUnit {
                per: specific.unit.clone(),
                unit: unit.to_string(),
                first: (*index, key, range),
                currency: specific.currency.clone(),
                cells: 1,
            }),
        }
    }
    for UnknownUnit {
        per,
        unit,
        first: (index, key, range),
        currency,
        cells: count,
    } in found
    {
        let unknown = match is_known_unit(&unit) {
            true => per.clone(),
            false => unit.clone(),
        };
        let cells = match count {
            1 => String::new(),
            n => format!(" ({n} such cells in this file)"),
        };
        problems.push(
            Diagnostic::warning(
                "tariff",
                format!(
                    "{key} rate of `{}` is per `{per}`, and its line's unit is `{unit}`: kb does not know `{unknown}` as a unit, so the calculator asks for the quantity in each{cells}",
                    codes[index].display
                ),
            )
            .at(&file.source, range.start, range.end)
            .hint(format!(
                "if they are one unit, write the duty per the line's unit, `{currency}/{}`; kb converts kg, l, u, t and their names in Latin, Cyrillic, Thai, Persian and Arabic writing (docs/tariff.md), and asks for a duty per another quantity (`lpa`, `cm3` of a car) on its own",
                unit.split_whitespace().collect::<String>()
            )),
        );
    }
}
