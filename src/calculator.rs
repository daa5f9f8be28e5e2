//! What a trader pays on a shipment, estimated: the customs value in the
//! national currency, the duty from a rate of the tariff's grammar (ad
//! valorem, specific, compound, with a minimum or a maximum), then each
//! tax the site configures (`kind = "tax"` columns, levied on their base,
//! save those the duty regime chosen waives).
//!
//! This is the one definition of the arithmetic. The browser runtime
//! (`themes/default/static/kb-calc.js`) does the same steps with the same
//! rounding, and both are tested against `tests/calc/cases.json`. The rules:
//! amounts are exact decimals ([`Amount`]); every amount shown is rounded
//! half up to the decimals the site counts the national currency in
//! ([`ExchangeRates::places`]: CLDR's, or `[currencies.XXX] places`) when
//! it is computed, and later steps use the rounded amount, as an
//! assessment does; an exchange rate is the national currency for one
//! unit of the other.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::config::BaseTerm;
use crate::entities::money::Amount;
use crate::tariff::rate::{DutyRate, SpecificDuty};

/// What the trader declares.
#[derive(Debug, Clone)]
pub struct Shipment {
    /// Customs value in `currency`.
    pub value: Amount,
    /// Currency of the value (ISO 4217).
    pub currency: String,
    /// Quantity in the line's unit (kg, l, u).
    pub quantity: Amount,
    /// Quantities in other units a specific duty of the line is levied per,
    /// by unit: the cm³ of a car whose line counts pieces, the litres of
    /// pure alcohol of a spirit measured in litres.
    pub quantities: BTreeMap<String, Amount>,
}

impl Shipment {
    /// The quantity a duty per `unit` is levied on: the one declared in
    /// that unit, else the line's.
    pub fn quantity_in(&self, unit: &str) -> &Amount {
        self.quantities.get(unit).unwrap_or(&self.quantity)
    }
}

/// Exchange rates for customs valuation on one day: the national currency
/// and, for each other currency, how much of the national currency one
/// unit is worth.
#[derive(Debug, Clone, Default)]
pub struct ExchangeRates {
    /// The national currency.
    pub national: String,
    /// Decimals of the national currency, as the site counts it
    /// ([`crate::currency::Currencies`]): every amount is rounded to them.
    pub places: usize,
    /// Currency → national currency per unit.
    pub rates: BTreeMap<String, Amount>,
}

impl ExchangeRates {
    /// National currency per unit of `currency` (one for the national).
    pub fn rate(&self, currency: &str) -> Option<Amount> {
        if currency == self.national {
            return Some(Amount::parse_decimal("1").unwrap_or_else(|_| Amount::zero()));
        }
        self.rates.get(currency).cloned()
    }

    /// Decimals of the national currency: every amount is rounded to them.
    pub fn places(&self) -> usize {
        self.places
    }
}

/// The duty regime the trader declares under: a rate column and the
/// line's rate in it.
#[derive(Debug, Clone, Copy)]
pub struct Regime<'a> {
    /// The rate column's key (`mfn`, `ab`).
    pub key: &'a str,
    /// The duty rate in force in it.
    pub rate: &'a DutyRate,
}

/// A tax column's rate for the line and what it is levied on.
#[derive(Debug, Clone)]
pub struct TaxRate<'a> {
    /// The column's key (`vat`).
    pub key: &'a str,
    /// The rate in force.
    pub rate: &'a DutyRate,
    /// What it is levied on.
    pub base: &'a [BaseTerm],
    /// The regimes it is not levied under (`waived_by`: Türkiye's İGV
    /// under the EU and FTA preferences).
    pub waived_by: &'a [String],
}

/// The customs value converted into the national currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueStep {
    /// As declared.
    pub declared: Amount,
    /// Currency declared.
    pub currency: String,
    /// National currency per unit; `None` when declared in it.
    pub exchange_rate: Option<Amount>,
    /// In the national currency, rounded.
    pub national: Amount,
}

/// The ad valorem part of a levy: base × percent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdValoremPart {
    /// Percentage as written.
    pub percent: Amount,
    /// The amount, rounded.
    pub amount: Amount,
}

/// The specific part of a levy: quantity × amount per unit (converted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpecificPart {
    /// Amount per unit as written.
    pub per_unit: Amount,
    /// Its currency.
    pub currency: String,
    /// Unit of quantity.
    pub unit: String,
    /// National currency per unit of `currency`, when it is another.
    pub exchange_rate: Option<Amount>,
    /// The amount in the national currency, rounded.
    pub amount: Amount,
}

/// How the two parts of a levy make its amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Combination {
    /// Nothing to pay.
    Free,
    /// The ad valorem part alone.
    AdValorem,
    /// The specific part alone.
    Specific,
    /// Both added.
    Sum,
    /// The larger (ad valorem with a minimum).
    AtLeast,
    /// The smaller (ad valorem with a maximum).
    AtMost,
    /// A tax the regime chosen waives: nothing is levied, and taxes on a
    /// base that names it count it as nothing.
    Waived,
}

/// A duty or a tax: its base and how its amount came.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Levy {
    /// `duty`, or the tax column's key.
    pub key: String,
    /// What it is levied on (the customs value for the duty).
    pub base: Amount,
    /// The terms of the base, with their amounts (taxes only).
    pub base_terms: Vec<(String, Amount)>,
    /// For a tax levied on a base that includes itself (Brazil's ICMS
    /// "por dentro"): `1 − rate` (`0.82` for 18%), the terms' sum being
    /// divided by it to make the base.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_left: Option<Amount>,
    /// The ad valorem part, if the rate has one.
    pub ad_valorem: Option<AdValoremPart>,
    /// The specific part, if the rate has one.
    pub specific: Option<SpecificPart>,
    /// How the parts combine.
    pub combination: Combination,
    /// What is due, in the national currency.
    pub amount: Amount,
}

/// The whole estimate, step by step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Estimate {
    /// The customs value.
    pub value: ValueStep,
    /// The duty.
    pub duty: Levy,
    /// Each tax, in the configuration's order.
    pub taxes: Vec<Levy>,
    /// Duty and taxes.
    pub total: Amount,
}

/// Why an estimate cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalcError {
    /// No exchange rate for this currency on the day.
    NoExchangeRate(String),
    /// A tax levied on a base that includes itself at 100% or more: no
    /// base can hold it (`kb check` refuses such a rate).
    WholeRate(String),
}

/// Estimates duty and taxes on `shipment` declared under `regime` for a
/// line whose taxes are `taxes`.
pub fn estimate(
    shipment: &Shipment,
    regime: Regime<'_>,
    taxes: &[TaxRate<'_>],
    exchange: &ExchangeRates,
) -> Result<Estimate, CalcError> {
    let places = exchange.places();
    let rate = exchange
        .rate(&shipment.currency)
        .ok_or_else(|| CalcError::NoExchangeRate(shipment.currency.clone()))?;
    let converted = shipment.currency != exchange.national;
    let value = ValueStep {
        declared: shipment.value.clone(),
        currency: shipment.currency.clone(),
        national: shipment.value.mul(&rate).round(places),
        exchange_rate: converted.then_some(rate),
    };
    let duty = levy("duty", regime.rate, &value.national, shipment, exchange)?;
    let mut levied: Vec<Levy> = Vec::new();
    for tax in taxes {
        if tax
            .waived_by
            .iter()
            .any(|k| k.eq_ignore_ascii_case(regime.key))
        {
            levied.push(waived(tax.key, places));
            continue;
        }
        // A tax the line does not levy, or the regime waives, adds nothing
        // to the base: it is left out of the terms, so the formula shows
        // what is added.
        let base_terms: Vec<(String, Amount)> = tax
            .base
            .iter()
            .filter_map(|term| match term {
                BaseTerm::Value => Some(("value".to_string(), value.national.clone())),
                BaseTerm::Duty => Some(("duty".to_string(), duty.amount.clone())),
                BaseTerm::Tax(key) => levied
                    .iter()
                    .find(|l| &l.key == key && l.combination != Combination::Waived)
                    .map(|l| (key.clone(), l.amount.clone())),
            })
            .collect();
        let sum = Amount::sum(base_terms.iter().map(|(_, a)| a)).unwrap_or_else(Amount::zero);
        let share_left = share_left(tax)?;
        let base = match &share_left {
            Some(left) => sum
                .div_rounded(left, places)
                .ok_or_else(|| CalcError::WholeRate(tax.key.to_string()))?,
            None => sum,
        };
        let mut tax_levy = levy(tax.key, tax.rate, &base, shipment, exchange)?;
        tax_levy.base_terms = base_terms;
        tax_levy.share_left = share_left;
        levied.push(tax_levy);
    }
    let total = Amount::sum(std::iter::once(&duty.amount).chain(levied.iter().map(|l| &l.amount)))
        .unwrap_or_else(Amount::zero)
        .round(places);
    Ok(Estimate {
        value,
        duty,
        taxes: levied,
        total,
    })
}

/// A tax the regime chosen waives: nothing on nothing.
fn waived(key: &str, places: usize) -> Levy {
    let zero = Amount::zero().round(places);
    Levy {
        key: key.to_string(),
        base: zero.clone(),
        base_terms: Vec::new(),
        share_left: None,
        ad_valorem: None,
        specific: None,
        combination: Combination::Waived,
        amount: zero,
    }
}

/// For a tax whose base names the tax itself, `1 − rate`: the base is
/// then the other terms' sum divided by it, so that the tax is `rate` of a
/// base that includes it. `None` for other taxes and rates with no
/// percentage.
fn share_left(tax: &TaxRate<'_>) -> Result<Option<Amount>, CalcError> {
    let percent = tax
        .rate
        .percent()
        .and_then(|p| Amount::parse_decimal(p).ok());
    match percent {
        Some(percent) if BaseTerm::include_tax(tax.base, tax.key) => percent
            .shift_down(2)
            .complement()
            .filter(|left| *left != Amount::zero())
            .map(Some)
            .ok_or_else(|| CalcError::WholeRate(tax.key.to_string())),
        _ => Ok(None),
    }
}

/// The specific part of a levy: the shipment's quantity in the duty's
/// unit × the amount per unit, converted into the national currency.
fn specific_part(
    s: &SpecificDuty,
    shipment: &Shipment,
    exchange: &ExchangeRates,
) -> Result<SpecificPart, CalcError> {
    let per_unit = Amount::parse_decimal(&s.amount).unwrap_or_else(|_| Amount::zero());
    let rate = exchange
        .rate(&s.currency)
        .ok_or_else(|| CalcError::NoExchangeRate(s.currency.clone()))?;
    Ok(SpecificPart {
        amount: shipment
            .quantity_in(&s.unit)
            .mul(&per_unit)
            .mul(&rate)
            .round(exchange.places()),
        per_unit,
        currency: s.currency.clone(),
        unit: s.unit.clone(),
        exchange_rate: (s.currency != exchange.national).then_some(rate),
    })
}

/// One levy at `rate` on `base` (national currency) for the shipment's
/// quantity.
fn levy(
    key: &str,
    rate: &DutyRate,
    base: &Amount,
    shipment: &Shipment,
    exchange: &ExchangeRates,
) -> Result<Levy, CalcError> {
    let places = exchange.places();
    let ad_valorem = |percent: &str| -> AdValoremPart {
        let percent = Amount::parse_decimal(percent).unwrap_or_else(|_| Amount::zero());
        AdValoremPart {
            amount: base.mul(&percent.shift_down(2)).round(places),
            percent,
        }
    };
    let specific = |s: &SpecificDuty| specific_part(s, shipment, exchange);
    let (ad_valorem, specific, combination) = match rate {
        DutyRate::Free => (None, None, Combination::Free),
        DutyRate::AdValorem { percent } => {
            (Some(ad_valorem(percent)), None, Combination::AdValorem)
        }
        DutyRate::Specific { specific: s } => (None, Some(specific(s)?), Combination::Specific),
        DutyRate::Compound {
            percent,
            specific: s,
        } => (
            Some(ad_valorem(percent)),
            Some(specific(s)?),
            Combination::Sum,
        ),
        DutyRate::Minimum {
            percent,
            specific: s,
        } => (
            Some(ad_valorem(percent)),
            Some(specific(s)?),
            Combination::AtLeast,
        ),
        DutyRate::Maximum {
            percent,
            specific: s,
        } => (
            Some(ad_valorem(percent)),
            Some(specific(s)?),
            Combination::AtMost,
        ),
    };
    let zero = Amount::zero().round(places);
    let a = ad_valorem.as_ref().map_or(&zero, |p| &p.amount);
    let s = specific.as_ref().map_or(&zero, |p| &p.amount);
    let amount = match combination {
        Combination::Free | Combination::Waived => zero.clone(),
        Combination::AdValorem => a.clone(),
        Combination::Specific => s.clone(),
        Combination::Sum => a.add(s),
        Combination::AtLeast => a.max(s).clone(),
        Combination::AtMost => a.min(s).clone(),
    };
    Ok(Levy {
        key: key.to_string(),
        base: base.clone(),
        base_terms: Vec::new(),
        share_left: None,
        ad_valorem,
        specific,
        combination,
        amount: amount.round(places),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::TariffColumn;
    use crate::currency::minor_units;
    use crate::tariff::rate::parse_rate;

    /// The table of cases the browser runtime is tested against too.
    const CASES: &str = include_str!("../tests/calc/cases.json");

    fn text<'a>(v: &'a serde_json::Value, key: &str) -> &'a str {
        v[key].as_str().unwrap_or_else(|| panic!("{key} in {v}"))
    }

    #[test]
    fn rust_and_the_browser_agree_on_every_case() {
        let cases: serde_json::Value = serde_json::from_str(CASES).unwrap();
        for case in cases["cases"].as_array().unwrap() {
            let name = text(case, "name");
            // The site's count of the national currency, or CLDR's.
            let national = text(case, "national");
            let mut exchange = ExchangeRates {
                national: national.into(),
                places: case["places"]
                    .as_u64()
                    .map_or_else(|| minor_units(national), |p| p as usize),
                ..ExchangeRates::default()
            };
            for (currency, rate) in case["exchange"].as_object().unwrap() {
                let rate = Amount::parse_decimal(rate.as_str().unwrap()).unwrap();
                exchange.rates.insert(currency.clone(), rate);
            }
            let shipment = Shipment {
                value: Amount::parse_decimal(text(case, "value")).unwrap(),
                currency: text(case, "currency").into(),
                quantity: Amount::parse_decimal(text(case, "quantity")).unwrap(),
                quantities: case["quantities"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(unit, q)| {
                        (
                            unit.clone(),
                            Amount::parse_decimal(q.as_str().unwrap()).unwrap(),
                        )
                    })
                    .collect(),
            };
            let duty = parse_rate(text(case, "duty")).unwrap().unwrap();
            // The page carries the parsed rate: the runtime reads this form.
            assert_eq!(
                serde_json::to_value(&duty).unwrap(),
                case["duty_parsed"],
                "{name}"
            );
            let columns: Vec<(TariffColumn, DutyRate)> = case["taxes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| {
                    let column = TariffColumn {
                        key: text(t, "key").into(),
                        kind: crate::config::ColumnKind::Tax,
                        base: Some(text(t, "base").into()),
                        waived_by: t["waived_by"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .map(|k| k.as_str().unwrap().to_string())
                            .collect(),
                        description: None,
                    };
                    (column, parse_rate(text(t, "rate")).unwrap().unwrap())
                })
                .collect();
            let bases: Vec<Vec<BaseTerm>> = columns.iter().map(|(c, _)| c.base_terms()).collect();
            let taxes: Vec<TaxRate<'_>> = columns
                .iter()
                .zip(&bases)
                .map(|((c, r), b)| TaxRate {
                    key: &c.key,
                    rate: r,
                    base: b,
                    waived_by: &c.waived_by,
                })
                .collect();
            // The regime chosen: the first rate column unless the case says.
            let regime = Regime {
                key: case["regime"].as_str().unwrap_or("mfn"),
                rate: &duty,
            };
            let expect = &case["expect"];
            match estimate(&shipment, regime, &taxes, &exchange) {
                Ok(e) => {
                    assert_eq!(
                        e.value.national.to_string(),
                        text(expect, "value"),
                        "{name}"
                    );
                    assert_eq!(e.duty.amount.to_string(), text(expect, "duty"), "{name}");
                    for tax in &e.taxes {
                        assert_eq!(
                            tax.amount.to_string(),
                            text(&expect["taxes"], &tax.key),
                            "{name}: {}",
                            tax.key
                        );
                    }
                    assert_eq!(e.total.to_string(), text(expect, "total"), "{name}");
                }
                Err(CalcError::NoExchangeRate(c)) => {
                    assert_eq!(expect["error"], "no-exchange-rate", "{name}");
                    assert_eq!(text(expect, "currency"), c, "{name}");
                }
                Err(CalcError::WholeRate(key)) => panic!("{name}: {key} at 100%"),
            }
        }
    }
}
