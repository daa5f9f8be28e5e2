//! The quantities a line's calculator asks for and converts: the line's
//! own (its `unit` column), one in each other unit a duty of the line is
//! levied per (a car's excise per `cm3` on a line counted in `u`), and a
//! duty per a multiple of the line's unit (`kl` on `l`, `1000u` on `u`)
//! levied on the line's quantity converted.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::calculator::Shipment;
use crate::entities::money::Amount;
use crate::tariff::DutyRate;

/// What the form asks for and converts beyond the line's quantity.
pub(super) struct LineQuantities {
    /// Units a quantity is asked for in, in the order met.
    pub(super) asked: Vec<String>,
    /// Multiples of the line's unit, each with what one of the line's
    /// units is in it (`kl` → `0.001`): the script converts.
    pub(super) convert: BTreeMap<String, String>,
}

/// A quantity the form asks for in another unit than the line's.
#[derive(Serialize)]
pub(super) struct QuantityField {
    /// The unit (`cm3`), which the script reads as `data-unit`.
    pub(super) unit: String,
    /// "Quantity (cm3)".
    pub(super) label: String,
}

impl LineQuantities {
    /// The quantities of `rates` for a line in `unit`: none for a line
    /// without a unit, whose one quantity is in whatever its duties are
    /// per.
    pub(super) fn of<'a>(unit: &str, rates: impl Iterator<Item = &'a DutyRate>) -> Self {
        let mut quantities = LineQuantities {
            asked: Vec::new(),
            convert: BTreeMap::new(),
        };
        for rate in rates {
            let per = rate.specific().map(|s| s.unit.as_str());
            let Some(per) = per.filter(|p| !unit.is_empty() && *p != unit) else {
                continue;
            };
            match crate::tariff::line_quantity_in(unit, per) {
                Some(factor) => {
                    quantities.convert.insert(per.to_string(), factor);
                }
                None if !quantities.asked.iter().any(|u| u == per) => {
                    quantities.asked.push(per.to_string());
                }
                None => {}
            }
        }
        quantities
    }

    /// The worked example's shipment: `value` in `national`, `quantity`
    /// in the line's unit and as many of each unit asked for.
    pub(super) fn example(&self, national: &str, value: &str, quantity: &str) -> Option<Shipment> {
        let quantity = Amount::parse_decimal(quantity).ok()?;
        let asked = self.asked.iter().map(|u| (u.clone(), quantity.clone()));
        let converted = self.convert.iter().filter_map(|(per, factor)| {
            Some((
                per.clone(),
                quantity.mul(&Amount::parse_decimal(factor).ok()?),
            ))
        });
        Some(Shipment {
            value: Amount::parse_decimal(value).ok()?,
            currency: national.to_string(),
            quantities: asked.chain(converted).collect(),
            quantity,
        })
    }

    /// A field for each unit asked for, labelled by `label`.
    pub(super) fn fields(&self, label: impl Fn(&str) -> String) -> Vec<QuantityField> {
        self.asked
            .iter()
            .map(|unit| QuantityField {
                label: label(unit),
                unit: unit.clone(),
            })
            .collect()
    }
}
