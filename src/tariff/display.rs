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
/// Each rate is formatted once per language (`Locales::remember`): a
/// tariff shows a few hundred rates on tens of thousands of lines.
pub fn rate_text(locales: &Locales, lang: &str, written: &str, rate: Option<&DutyRate>) -> String {
    match rate {
        None => written.to_string(),
        Some(rate) => locales.remember(lang, &rate_key(rate), || {
            formatted_rate(locales, lang, rate)
        }),
    }
}

/// Everything a rate's text depends on, as one key.
fn rate_key(rate: &DutyRate) -> String {
    let specific_key = |kind: &str, percent: &str, s: &SpecificDuty| {
        format!(
            "rate\u{1f}{kind}\u{1f}{percent}\u{1f}{}\u{1f}{}\u{1f}{}",
            s.amount, s.currency, s.unit
        )
    };
    match rate {
        DutyRate::Free => "rate\u{1f}free".to_string(),
        DutyRate::AdValorem { percent } => format!("rate\u{1f}ad_valorem\u{1f}{percent}"),
        DutyRate::Specific { specific } => specific_key("specific", "", specific),
        DutyRate::Compound { percent, specific } => specific_key("compound", percent, specific),
        DutyRate::Minimum { percent, specific } => specific_key("minimum", percent, specific),
        DutyRate::Maximum { percent, specific } => specific_key("maximum", percent, specific),
    }
}

/// `text` without the isolation Fluent puts around a number in a
/// right-to-left language (`FSI 11 PDI %`): isolated, the number no longer holds
/// its percent sign, which is drawn on its other side (`%11`), where the
/// same rate inside another message is drawn `11%`. A placeable with a
/// letter (`VND/kg`) stays isolated.
fn numbers_unisolated(text: String) -> String {
    if !text.contains('\u{2068}') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(start) = rest.find('\u{2068}') {
        out.push_str(&rest[..start]);
        let inner = &rest[start + '\u{2068}'.len_utf8()..];
        match inner.find('\u{2069}') {
            Some(end)
                if !inner[..end]
                    .chars()
                    .any(|c| c.is_alphabetic() || c == '\u{2068}') =>
            {
                out.push_str(&inner[..end]);
                rest = &inner[end + '\u{2069}'.len_utf8()..];
            }
            _ => {
                out.push('\u{2068}');
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

fn formatted_rate(locales: &Locales, lang: &str, rate: &DutyRate) -> String {
    numbers_unisolated(formatted_rate_isolated(locales, lang, rate))
}

fn formatted_rate_isolated(locales: &Locales, lang: &str, rate: &DutyRate) -> String {
    match rate {
        DutyRate::Free => message(locales, lang, "rate-free", None),
        DutyRate::AdValorem { percent } => {
            let mut args = FluentArgs::new();
            args.set("percent", FluentValue::try_number(percent));
            message(locales, lang, "rate-ad-valorem", Some(&args))
        }
        DutyRate::Specific { specific } => {
            specific_text(locales, lang, "rate-specific", None, specific)
        }
        DutyRate::Compound { percent, specific } => {
            specific_text(locales, lang, "rate-compound", Some(percent), specific)
        }
        DutyRate::Minimum { percent, specific } => {
            specific_text(locales, lang, "rate-minimum", Some(percent), specific)
        }
        DutyRate::Maximum { percent, specific } => {
            specific_text(locales, lang, "rate-maximum", Some(percent), specific)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tariff::rate::parse_rate;

    #[test]
    fn a_remembered_rate_is_the_rate_of_its_own_language_and_kind() {
        let config = crate::config::Config::parse(
            std::path::Path::new("."),
            "title = \"T\"\nbase_url = \"https://x.example\"\n\
             [languages.en]\nname = \"English\"\n[languages.fr]\nname = \"Français\"\n\
             [languages.ur]\nname = \"اردو\"\n",
        )
        .expect("config");
        let (files, _) = crate::theme::load_locale_files(&config);
        let (locales, _) = Locales::load(&config, &files);
        let text = |lang: &str, written: &str| {
            let rate = parse_rate(written).expect("a rate");
            rate_text(&locales, lang, written, rate.as_ref())
        };
        // Asked twice in each order: the second answer is the remembered one.
        for _ in 0..2 {
            assert_eq!(text("en", "20%"), "20%");
            assert_eq!(text("fr", "20%"), "20\u{a0}%");
            assert_ne!(text("en", "2000 VND/kg"), text("en", "5% + 2000 VND/kg"));
            assert_ne!(text("en", "2000 VND/kg"), text("en", "2000 VND/l"));
            assert_eq!(text("en", "-"), "-");
            // In a right-to-left language the number keeps its sign: the
            // rate reads `11%` alone as inside another message.
            assert_eq!(text("ur", "11%"), "11%");
            assert!(text("ur", "5% + 50 PKR/kg").contains("\u{2068}PKR/kg\u{2069}"));
            assert!(text("ur", "5% + 50 PKR/kg").starts_with("5% + 50"));
        }
    }
}
