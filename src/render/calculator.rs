//! The duty and tax calculator of a national line's page: the rates in
//! force on the reference date as data the browser runtime reads
//! (`data-calc`, one JSON attribute: the CSP allows no inline script), and
//! the same steps worked out on the server for a customs value of 1,000
//! in the national currency, so that a reader without JavaScript sees how
//! the figure is made. The arithmetic is [`crate::calculator`]'s.

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::calculator::{
    estimate, Combination, Estimate, ExchangeRates, Levy, Regime, Shipment, TaxRate,
};
use crate::config::{BaseTerm, ColumnKind};
use crate::entities::money::Amount;
use crate::i18n::MissingMessage;
use crate::tariff::{DutyRate, TariffCode};

use super::calculator_money::{currencies_data, CurrencyData};
use super::calculator_units::{LineQuantities, QuantityField};
use super::context::Frame;
use super::theme_html::ThemeHtml;

/// Value of the worked example, in the national currency.
const EXAMPLE_VALUE: &str = "1000";
/// Quantity of the worked example, in the line's unit.
const EXAMPLE_QUANTITY: &str = "1";

/// A duty regime or a tax as the runtime reads it: the parsed rate and
/// its pieces already written the reader's way.
#[derive(Serialize)]
struct LevyData {
    key: String,
    label: String,
    /// The whole rate, the reader's way (`15 %`).
    text: String,
    /// The ad valorem part (`15 %`), for formulas.
    percent: Option<String>,
    /// The specific part (`5 000 VND/kg`), for formulas.
    specific: Option<String>,
    rate: DutyRate,
    /// Taxes: `value`, `duty` or a tax key, for each term of the base.
    base: Vec<String>,
    /// Taxes: the keys of the rate columns that waive it, as configured.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    waived_by: Vec<String>,
}

/// Words the runtime puts in formulas and messages, with `{name}` slots.
#[derive(Serialize)]
struct Words {
    duty: String,
    caption: String,
    total: String,
    at_least: String,
    at_most: String,
    invalid: String,
    no_rate: String,
    /// A tax the regime chosen waives, in place of its calculation.
    waived: String,
    /// An amount typed in a multiple of the currency (the toman).
    multiple: String,
}

#[derive(Serialize)]
struct CalcData<'a> {
    national: &'a str,
    /// The national currency and each with an exchange rate, with the
    /// decimals amounts are rounded to.
    currencies: std::collections::BTreeMap<String, CurrencyData>,
    /// How the page writes numbers, which the script reads and writes.
    number: &'a crate::formats::NumberSigns,
    exchange: std::collections::BTreeMap<String, String>,
    unit: String,
    /// For a duty per a multiple of the line's unit (`kl` on `l`), what one
    /// of the line's units is in it (`0.001`): the script converts.
    convert: &'a std::collections::BTreeMap<String, String>,
    regimes: &'a [LevyData],
    taxes: &'a [LevyData],
    words: Words,
}

/// One row of the steps table.
#[derive(Serialize)]
struct StepView {
    /// `value`, `duty`, `tax` or `total`.
    step: &'static str,
    /// The tax's column key.
    key: String,
    label: String,
    formula: String,
    amount: String,
}

/// What `calculator.html` shows.
#[derive(Serialize)]
pub(super) struct CalculatorView {
    /// The JSON the runtime reads.
    data: String,
    /// Currencies a value may be declared in, national first.
    currencies: Vec<String>,
    national: String,
    unit: String,
    regimes: Vec<(String, String)>,
    caption: String,
    steps: Vec<StepView>,
    total: String,
    example_value: String,
    /// A field for each other unit a duty of the line is levied per.
    quantities: Vec<QuantityField>,
    /// The exchange rates page, when the site has one.
    rates_href: Option<String>,
}

/// The calculator of `code`, or `None` when the site names no national
/// currency or the line has no duty rate in force.
pub(super) fn calculator_view(
    frame: &Frame<'_>,
    from: &str,
    code: &TariffCode,
) -> Option<CalculatorView> {
    let site = frame.site;
    let national = site.config.tariff.currency.clone()?;
    let date = site.reference_date;
    // A line not in force on the day cannot be declared under.
    (code.validity.status(date) == crate::tariff::LineStatus::InForce).then_some(())?;
    let (regimes, taxes) = levies_in_force(frame, code);
    let first = regimes.first()?;
    let exchange = ExchangeRates {
        national: national.clone(),
        places: site.config.currencies.places(&national),
        rates: crate::entities::exchange::rates_on(&site.entities, date),
    };
    let unit = (code.data.get(site.config.tariff.unit_key()).cloned()).unwrap_or_default();
    let quantities = LineQuantities::of(&unit, regimes.iter().chain(&taxes).map(|l| &l.rate));
    let shipment = quantities.example(&national, EXAMPLE_VALUE, EXAMPLE_QUANTITY)?;
    let worked = work_example(frame, &shipment, first, &taxes, &exchange)?;
    let formats = site.locales.formats(frame.lang.code());
    let number = |a: &Amount| formats.number(&a.to_string());
    let example = Example {
        frame,
        national: &national,
        number: &number,
        money: &|a, currency| formats.money(&a.to_string(), currency),
        first,
        taxes: &taxes,
        shipment: &shipment,
        unit: &unit,
        converted: &quantities.convert,
    };
    let steps = example.steps(&worked);
    let total = example.money(&worked.total);
    let currencies: Vec<String> = std::iter::once(national.clone())
        .chain(exchange.rates.keys().cloned())
        .collect();
    let data = CalcData {
        national: &national,
        currencies: currencies_data(frame, &currencies),
        number: formats.number_signs(),
        exchange: exchange
            .rates
            .iter()
            .map(|(c, r)| (c.clone(), r.to_string()))
            .collect(),
        unit: unit.clone(),
        convert: &quantities.convert,
        regimes: &regimes,
        taxes: &taxes,
        words: script_words(frame, &unit),
    };
    let example_value = number(&shipment.value);
    let quantity = number(&shipment.quantity);
    let caption = caption_args(&example_value, &national, &quantity, &unit, &first.label);
    Some(CalculatorView {
        data: serde_json::to_string(&data).ok()?,
        currencies,
        caption: frame.text("calc-example", Some(&caption)),
        national,
        unit,
        regimes: regimes
            .iter()
            .map(|r| (r.key.clone(), r.label.clone()))
            .collect(),
        steps,
        total: frame.text("calc-total", Some(&args(&[("amount", &total)]))),
        example_value,
        quantities: quantities
            .fields(|unit| frame.text("calc-quantity", Some(&args(&[("unit", unit)])))),
        rates_href: site
            .entities
            .of_kind(crate::entities::EntityKind::ExchangeRate)
            .next()
            .map(|_| frame.href(from, &frame.path("exchange-rates/"))),
    })
}

/// The example shipment's duty and taxes under the `first` regime.
fn work_example(
    frame: &Frame<'_>,
    shipment: &Shipment,
    first: &LevyData,
    taxes: &[LevyData],
    exchange: &ExchangeRates,
) -> Option<Estimate> {
    let tax_bases: Vec<Vec<BaseTerm>> = frame
        .site
        .tariff
        .columns
        .iter()
        .filter(|c| taxes.iter().any(|t: &LevyData| t.key == c.key))
        .map(|c| c.base_terms())
        .collect();
    let tax_rates: Vec<TaxRate<'_>> = taxes
        .iter()
        .zip(&tax_bases)
        .map(|(t, base)| TaxRate {
            key: &t.key,
            rate: &t.rate,
            base,
            waived_by: &t.waived_by,
        })
        .collect();
    let regime = Regime {
        key: &first.key,
        rate: &first.rate,
    };
    estimate(shipment, regime, &tax_rates, exchange).ok()
}

/// The duty regimes and the taxes of `code` with a rate in force on the
/// reference date, in the order of `kb.toml`.
fn levies_in_force(frame: &Frame<'_>, code: &TariffCode) -> (Vec<LevyData>, Vec<LevyData>) {
    let date = frame.site.reference_date;
    let in_force = |key: &str| -> Option<DutyRate> { code.rates.get(key)?.at(date)?.value.clone() };
    let mut regimes = Vec::new();
    let mut taxes = Vec::new();
    for column in &frame.site.tariff.columns {
        let Some(rate) = in_force(&column.key) else {
            continue;
        };
        let base = column.base_terms();
        let mut data = levy_data(frame, &column.key, rate, &base);
        let columns = &frame.site.tariff.columns;
        data.waived_by = column.waiving(columns).map(|c| c.key.clone()).collect();
        match column.kind {
            ColumnKind::Rate => regimes.push(data),
            ColumnKind::Tax => taxes.push(data),
            _ => {}
        }
    }
    (regimes, taxes)
}

/// The worked example a page shows without JavaScript.
struct Example<'a> {
    frame: &'a Frame<'a>,
    national: &'a str,
    number: &'a dyn Fn(&Amount) -> String,
    /// An amount in a currency, written as the page writes money (`₫1,000`).
    money: &'a dyn Fn(&Amount, &str) -> String,
    /// The first duty regime, the one the example uses.
    first: &'a LevyData,
    taxes: &'a [LevyData],
    shipment: &'a Shipment,
    /// The line's unit.
    unit: &'a str,
    /// The multiples of it whose duties are levied on it converted.
    converted: &'a std::collections::BTreeMap<String, String>,
}

impl Example<'_> {
    /// An amount in the national currency, as the page writes money.
    fn money(&self, a: &Amount) -> String {
        (self.money)(a, self.national)
    }

    /// Each step of the computation: the value in the national currency,
    /// the duty, each tax on its base, the total.
    fn steps(&self, worked: &Estimate) -> Vec<StepView> {
        let (frame, number, national) = (self.frame, self.number, self.national);
        // A quantity converted (`kl` on a line in `l`) is shown as typed,
        // in the line's unit: `1 l × 370,000 JPY/kl`.
        let quantity = |per: &str| match self.converted.contains_key(per) {
            true => format!("{}\u{a0}{}", number(&self.shipment.quantity), self.unit),
            false => format!("{}\u{a0}{per}", number(self.shipment.quantity_in(per))),
        };
        let quantity: &dyn Fn(&str) -> String = &quantity;
        let mut steps = vec![StepView {
            step: "value",
            key: String::new(),
            label: frame.text("calc-step-value", Some(&args(&[("currency", national)]))),
            formula: (self.money)(&worked.value.declared, national),
            amount: self.money(&worked.value.national),
        }];
        let regime = args(&[("regime", &self.first.label)]);
        steps.push(StepView {
            step: "duty",
            key: String::new(),
            label: frame.text("calc-step-duty", Some(&regime)),
            formula: formula(
                frame,
                &worked.duty,
                self.first,
                &number(&worked.value.national),
                quantity,
            ),
            amount: self.money(&worked.duty.amount),
        });
        for (levy, data) in worked.taxes.iter().zip(self.taxes) {
            let sum = match levy.base_terms.as_slice() {
                [_, _, ..] => {
                    let terms: Vec<String> =
                        levy.base_terms.iter().map(|(_, a)| number(a)).collect();
                    format!("({})", terms.join(" + "))
                }
                [(_, only)] => number(only),
                [] => number(&levy.base),
            };
            // A base that includes the tax: the sum ÷ (1 − rate).
            let base = match &levy.share_left {
                Some(left) => format!("{sum} \u{f7} {}", number(left)),
                None => sum,
            };
            let calculation = match levy.combination {
                Combination::Waived => waived_text(frame, &self.first.label),
                _ => formula(frame, levy, data, &base, quantity),
            };
            steps.push(StepView {
                step: "tax",
                key: data.key.clone(),
                label: data.label.clone(),
                formula: calculation,
                amount: self.money(&levy.amount),
            });
        }
        let total_formula: Vec<String> = std::iter::once(&worked.duty)
            .chain(&worked.taxes)
            .map(|l| number(&l.amount))
            .collect();
        steps.push(StepView {
            step: "total",
            key: String::new(),
            label: frame.text("calc-step-total", None),
            formula: total_formula.join(" + "),
            amount: self.money(&worked.total),
        });
        steps
    }
}

/// The caption's arguments: the declared value, its currency, the
/// quantity in `unit`, the duty regime.
fn caption_args<'a>(
    value: &str,
    currency: &str,
    quantity: &str,
    unit: &str,
    regime: &str,
) -> FluentArgs<'a> {
    args(&[
        ("value", value),
        ("currency", currency),
        ("quantity", quantity),
        ("unit", unit),
        ("regime", regime),
    ])
}

/// The sentences the script fills in as the reader types, with `{slot}`
/// where a value goes.
fn script_words(frame: &Frame<'_>, unit: &str) -> Words {
    let slot = |name: &str| format!("{{{name}}}");
    let caption = caption_args(
        &slot("value"),
        &slot("currency"),
        &slot("quantity"),
        unit,
        &slot("regime"),
    );
    Words {
        duty: frame.text(
            "calc-step-duty",
            Some(&args(&[("regime", &slot("regime"))])),
        ),
        caption: frame.text("calc-yours", Some(&caption)),
        total: frame.text("calc-total", Some(&args(&[("amount", &slot("amount"))]))),
        at_least: frame.text("calc-at-least", None),
        at_most: frame.text("calc-at-most", None),
        invalid: frame.text("calc-invalid", None),
        no_rate: frame.text(
            "calc-no-rate",
            Some(&args(&[("currency", &slot("currency"))])),
        ),
        waived: waived_text(frame, &slot("regimes")),
        multiple: frame.text(
            "calc-multiple",
            Some(&args(&[
                ("one", &slot("one")),
                ("word", &slot("word")),
                ("times", &slot("times")),
                ("currency", &slot("currency")),
            ])),
        ),
    }
}

/// That a tax is not levied under `regimes` (one regime's label, or
/// several joined by "or"): Fluent `tariff-tax-waived`.
pub(super) fn waived_text(frame: &Frame<'_>, regimes: &str) -> String {
    frame.text("tariff-tax-waived", Some(&args(&[("regimes", regimes)])))
}

fn args<'a>(pairs: &[(&'a str, &str)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, FluentValue::from(value.to_string()));
    }
    args
}

/// A column's rate with its pieces the reader's way.
fn levy_data(frame: &Frame<'_>, key: &str, rate: DutyRate, base: &[BaseTerm]) -> LevyData {
    let locales = &frame.site.locales;
    let lang = frame.lang.code();
    let show = |r: &DutyRate| crate::tariff::display::rate_text(locales, lang, "", Some(r));
    let (percent, specific) = (rate.percent().map(str::to_string), rate.specific().cloned());
    LevyData {
        key: key.to_string(),
        label: locales
            .format(lang, &format!("tariff-col-{key}"), None)
            .unwrap_or_else(|_| key.to_uppercase()),
        text: show(&rate),
        percent: percent.map(|percent| show(&DutyRate::AdValorem { percent })),
        specific: specific.map(|specific| show(&DutyRate::Specific { specific })),
        base: base.iter().map(|t| t.name().to_string()).collect(),
        waived_by: Vec::new(),
        rate,
    }
}

/// How a levy's amount is made, as the runtime writes it: `base × 15 %`,
/// `quantity unit × 5 000 VND/kg`, or both with how they combine.
fn formula(
    frame: &Frame<'_>,
    levy: &Levy,
    data: &LevyData,
    base: &str,
    quantity: &dyn Fn(&str) -> String,
) -> String {
    let formats = frame.site.locales.formats(frame.lang.code());
    let number = |a: &Amount| formats.number(&a.to_string());
    let ad_valorem = format!("{base} × {}", data.percent.clone().unwrap_or_default());
    let specific = levy.specific.as_ref().map(|s| {
        let converted = s
            .exchange_rate
            .as_ref()
            .map(|r| format!(" × {}", number(r)))
            .unwrap_or_default();
        format!(
            "{} × {}{converted}",
            quantity(&s.unit),
            data.specific.clone().unwrap_or_default()
        )
    });
    let a_amount = levy
        .ad_valorem
        .as_ref()
        .map(|a| number(&a.amount))
        .unwrap_or_default();
    let s_amount = levy
        .specific
        .as_ref()
        .map(|s| number(&s.amount))
        .unwrap_or_default();
    let specific = specific.unwrap_or_default();
    match levy.combination {
        Combination::Free | Combination::Waived => data.text.clone(),
        Combination::AdValorem => ad_valorem,
        Combination::Specific => specific,
        Combination::Sum => format!("{ad_valorem} + {specific}"),
        Combination::AtLeast => format!(
            "{ad_valorem} = {a_amount}; {} {specific} = {s_amount}",
            frame.text("calc-at-least", None)
        ),
        Combination::AtMost => format!(
            "{ad_valorem} = {a_amount}; {} {specific} = {s_amount}",
            frame.text("calc-at-most", None)
        ),
    }
}

impl CalculatorView {
    /// The calculator as `calculator.html` writes it, with the runtime at
    /// `script` (`assets.calc`).
    pub(super) fn write(&self, w: &mut ThemeHtml<'_>, script: &str) -> Result<(), MissingMessage> {
        w.raw("\n<section class=\"calculator\" aria-labelledby=\"calc-title\">\n  <h2 id=\"calc-title\">");
        w.message("calc-title")?;
        w.raw("</h2>\n  <p class=\"calc-estimate\" role=\"note\">");
        w.message("calc-estimate")?;
        w.raw("</p>\n  <form class=\"calc-form\" hidden data-calc=\"");
        w.text(&self.data);
        w.raw("\">\n    <div class=\"calc-field\">\n      <label for=\"calc-value\">");
        w.message("calc-value")?;
        w.raw("</label>\n      <input id=\"calc-value\" name=\"value\" type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" value=\"");
        w.text(&self.example_value);
        w.raw("\" required>\n    </div>\n    <div class=\"calc-field\">\n      <label for=\"calc-currency\">");
        w.message("calc-currency")?;
        w.raw("</label>\n      <select id=\"calc-currency\" name=\"currency\">");
        for (i, currency) in self.currencies.iter().enumerate() {
            w.raw("\n        <option value=\"");
            w.text(currency);
            w.raw(if i == 0 { "\" selected>" } else { "\">" });
            w.text(currency);
            w.raw("</option>");
        }
        w.raw("\n      </select>\n    </div>\n    <div class=\"calc-field\">\n      <label for=\"calc-quantity\">");
        w.message_with("calc-quantity", "unit", &self.unit)?;
        w.raw("</label>\n      <input id=\"calc-quantity\" name=\"quantity\" type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" value=\"1\">\n    </div>");
        for (i, field) in self.quantities.iter().enumerate() {
            let n = (i + 1).to_string();
            w.raw("\n    <div class=\"calc-field\">\n      <label for=\"calc-quantity-");
            w.raw(&n);
            w.raw("\">");
            w.text(&field.label);
            w.raw("</label>\n      <input id=\"calc-quantity-");
            w.raw(&n);
            w.raw("\" name=\"quantity-");
            w.raw(&n);
            w.raw("\" data-unit=\"");
            w.text(&field.unit);
            w.raw("\" type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" value=\"1\">\n    </div>");
        }
        w.raw("\n    <div class=\"calc-field\">\n      <label for=\"calc-regime\">");
        w.message("calc-regime")?;
        w.raw("</label>\n      <select id=\"calc-regime\" name=\"regime\">");
        for (value, label) in &self.regimes {
            w.raw("\n        <option value=\"");
            w.text(value);
            w.raw("\">");
            w.text(label);
            w.raw("</option>");
        }
        w.raw("\n      </select>\n    </div>\n    <button type=\"submit\">");
        w.message("calc-submit")?;
        w.raw("</button>\n  </form>\n  <p class=\"calc-status\" role=\"status\"></p>\n  <div class=\"table-scroll\" role=\"region\" aria-labelledby=\"calc-caption\" tabindex=\"0\">\n  <table class=\"calc-table\">\n    <caption id=\"calc-caption\">");
        w.text(&self.caption);
        w.raw("</caption>\n    <thead>\n      <tr>");
        for key in ["calc-col-step", "calc-col-formula", "calc-col-amount"] {
            w.raw("<th scope=\"col\">");
            w.message(key)?;
            w.raw("</th>");
        }
        w.raw("</tr>\n    </thead>\n    <tbody>");
        for step in &self.steps {
            step.write(w);
        }
        w.raw(
            "\n    </tbody>\n  </table>\n  </div>\n  <p class=\"calc-total\" aria-live=\"polite\">",
        );
        w.text(&self.total);
        w.raw("</p>");
        if let Some(href) = self.rates_href.as_deref().filter(|h| !h.is_empty()) {
            w.raw("\n  <p><a href=\"");
            w.text(href);
            w.raw("\">");
            w.message("calc-rates-link")?;
            w.raw("</a></p>");
        }
        w.raw("\n</section>\n<script src=\"");
        w.text(script);
        w.raw("\" defer></script>\n");
        Ok(())
    }
}

impl StepView {
    /// The step's row of the worked example.
    fn write(&self, w: &mut ThemeHtml<'_>) {
        w.raw("\n      <tr data-step=\"");
        w.text(self.step);
        w.raw("\"");
        w.attribute("data-key", Some(&self.key));
        if self.step == "total" {
            w.raw(" class=\"calc-total-row\"");
        }
        w.raw(">\n        <th scope=\"row\">");
        w.text(&self.label);
        w.raw("</th>\n        <td class=\"calc-formula\" dir=\"ltr\">");
        w.text(&self.formula);
        w.raw("</td>\n        <td class=\"calc-amount\" dir=\"ltr\">");
        w.text(&self.amount);
        w.raw("</td>\n      </tr>");
    }
}
