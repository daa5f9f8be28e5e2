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
    for (index, key, range) in rate_cells {
        let code = &codes[*index];
        let Some(unit) = code
            .data
            .get(unit_key)
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

/// Units of mass, volume and number, with the names tariffs write them by
/// (`MT`, the metric ton of the EAC's and South Asia's tariffs; `litre`;
/// UN/ECE Recommendation 20's codes `KGM`, `TNE`, `LTR`, `MTQ`, `NAR`,
/// `NMB`, `PCE`): each one's measure and size in that measure's smallest
/// unit (grams, millilitres, one).
const MEASURES: &[(&str, &str, u64)] = &[
    ("g", "mass", 1),
    ("gram", "mass", 1),
    ("grams", "mass", 1),
    ("grm", "mass", 1),
    ("kg", "mass", 1_000),
    ("kgs", "mass", 1_000),
    ("kgm", "mass", 1_000),
    ("kilogram", "mass", 1_000),
    ("kilograms", "mass", 1_000),
    ("t", "mass", 1_000_000),
    ("mt", "mass", 1_000_000),
    ("tne", "mass", 1_000_000),
    ("tonne", "mass", 1_000_000),
    ("tonnes", "mass", 1_000_000),
    ("ml", "volume", 1),
    ("mlt", "volume", 1),
    ("cl", "volume", 10),
    ("dl", "volume", 100),
    ("l", "volume", 1_000),
    ("lt", "volume", 1_000),
    ("ltr", "volume", 1_000),
    ("ltrs", "volume", 1_000),
    ("litre", "volume", 1_000),
    ("litres", "volume", 1_000),
    ("liter", "volume", 1_000),
    ("liters", "volume", 1_000),
    ("hl", "volume", 100_000),
    ("hlt", "volume", 100_000),
    ("kl", "volume", 1_000_000),
    ("m3", "volume", 1_000_000),
    ("m³", "volume", 1_000_000),
    ("mtq", "volume", 1_000_000),
    ("u", "number", 1),
    ("unit", "number", 1),
    ("units", "number", 1),
    ("pc", "number", 1),
    ("pcs", "number", 1),
    ("pce", "number", 1),
    ("piece", "number", 1),
    ("pieces", "number", 1),
    ("no", "number", 1),
    ("nos", "number", 1),
    ("nar", "number", 1),
    ("nmb", "number", 1),
];

/// The size of `unit` (a count before it multiplies it: `1000u`, `100kg`)
/// in the smallest unit of what it measures, and what that is: a unit of
/// [`MEASURES`], else its own name.
fn size(unit: &str) -> (u64, String) {
    let digits = unit.chars().take_while(|c| c.is_ascii_digit()).count();
    let count = unit[..digits].parse().unwrap_or(1u64).max(1);
    let name = unit[digits..].to_lowercase();
    match MEASURES.iter().find(|(n, _, _)| *n == name) {
        Some((_, measure, small)) => (count * small, measure.to_string()),
        None => (count, name),
    }
}

/// How many `per` one `line` unit is, as a decimal (`0.001` for a duty per
/// `kl` on a line in `l`, per `1000u` on a line in `u`, per `t` on a line
/// in `kg`; `1` for `KG` and `kg`), when both measure one thing and the
/// ratio is a finite decimal: the calculator converts the line's quantity,
/// where it would otherwise ask for one in `per`. `None` for units of
/// different things (`cm3` of a car counted in `u`, `lpa` of whisky in `l`).
pub fn line_quantity_in(line: &str, per: &str) -> Option<String> {
    let (line_size, line_dimension) = size(line);
    let (per_size, per_dimension) = size(per);
    if line_dimension != per_dimension {
        return None;
    }
    // line_size / per_size, written with as many decimals as it needs.
    let mut places = 0;
    let mut numerator = line_size as u128;
    while !numerator.is_multiple_of(per_size as u128) {
        numerator *= 10;
        places += 1;
        if places > 9 {
            return None;
        }
    }
    let digits = (numerator / per_size as u128).to_string();
    if places == 0 {
        return Some(digits);
    }
    let digits = format!("{digits:0>width$}", width = places + 1);
    let (whole, fraction) = digits.split_at(digits.len() - places);
    Some(format!("{whole}.{fraction}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quantity_converts_between_units_of_one_measure() {
        for (line, per, factor) in [
            ("l", "kl", Some("0.001")),
            ("L", "kl", Some("0.001")),
            ("l", "hl", Some("0.01")),
            ("kg", "t", Some("0.001")),
            ("kg", "g", Some("1000")),
            ("KG", "kg", Some("1")),
            ("u", "1000u", Some("0.001")),
            ("NO", "1000no", Some("0.001")),
            ("kg", "100kg", Some("0.01")),
            ("l", "m3", Some("0.001")),
            ("u", "cm3", None),
            ("l", "lpa", None),
            ("kg", "l", None),
            ("u", "3u", None),
            ("kg", "MT", Some("0.001")),
            ("kg", "mt", Some("0.001")),
            ("KGM", "TNE", Some("0.001")),
            ("l", "litre", Some("1")),
            ("L", "liter", Some("1")),
            ("litres", "hl", Some("0.01")),
            ("pcs", "1000u", Some("0.001")),
            ("u", "1000 pieces", None),
            ("Kg", "cigarro", None),
        ] {
            assert_eq!(
                line_quantity_in(line, per).as_deref(),
                factor,
                "{line} → {per}"
            );
        }
    }
}
