//! Duty rates the reader's way, through Fluent: `20 %` in French,
//! `2 000 VND/kg`, `Exempt`. Tariff pages and change feeds both show rates
//! with these.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::i18n::Locales;

use super::{DutyRate, SpecificDuty};

fn message(locales: &Locales, lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
    locales.text(lang, id, args)
}

fn specific_text(
    locales: &Locales,
    lang: &str,
    id: &str,
    percent: Option<&str>,
    specific: &SpecificDuty,
) -> String {
    let mut args = FluentArgs::new();
    if let Some(p) = percent {
        args.set("percent", FluentValue::try_number(p));
    }
    args.set("amount", FluentValue::try_number(&specific.amount));
    args.set("currency", specific.currency.clone());
    args.set("unit", specific.unit.clone());
    // `VND/kg` as one isolated piece: right-to-left text would otherwise
    // show the two halves swapped (`kg/VND`).
    args.set("per", format!("{}/{}", specific.currency, specific.unit));
    message(locales, lang, id, Some(&args))
}

/// A rate in language `lang`; `written` (as written) if there is none.
pub fn rate_text(locales: &Locales, lang: &str, written: &str, rate: Option<&DutyRate>) -> String {
    match rate {
        None => written.to_string(),
        Some(DutyRate::Free) => message(locales, lang, "rate-free", None),
        Some(DutyRate::AdValorem { percent }) => {
            let mut args = FluentArgs::new();
            args.set("percent", FluentValue::try_number(percent));
            message(locales, lang, "rate-ad-valorem", Some(&args))
        }
        Some(DutyRate::Specific { specific }) => {
            specific_text(locales, lang, "rate-specific", None, specific)
        }
        Some(DutyRate::Compound { percent, specific }) => {
            specific_text(locales, lang, "rate-compound", Some(percent), specific)
        }
        Some(DutyRate::Minimum { percent, specific }) => {
            specific_text(locales, lang, "rate-minimum", Some(percent), specific)
        }
        Some(DutyRate::Maximum { percent, specific }) => {
            specific_text(locales, lang, "rate-maximum", Some(percent), specific)
        }
    }
}
