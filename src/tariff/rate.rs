//! Duty rates as written in tariff tables: `free`, `20%`, `2000 VND/kg`,
//! `10% + 500 VND/kg`, `30% min 5000 VND/kg`, `15% max 2000000 VND/u`.
//! The original text is kept; the parsed form feeds localised display and
//! open data.

use std::fmt;

use serde::Serialize;

use super::numbers::with_amounts_ungrouped;
pub use super::numbers::{amount_written_otherwise, is_decimal};

/// A specific duty: an amount of a currency per unit of quantity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpecificDuty {
    /// Decimal amount as written (`2000`, `0.5`).
    pub amount: String,
    /// ISO 4217 currency code.
    pub currency: String,
    /// Unit of quantity (`kg`, `l`, `u`, `m2`).
    pub unit: String,
}

/// A parsed duty rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DutyRate {
    /// No duty.
    Free,
    /// A percentage of the customs value.
    AdValorem {
        /// Percentage as written (`20`, `2.5`).
        percent: String,
    },
    /// An amount per unit.
    Specific {
        /// The specific duty.
        specific: SpecificDuty,
    },
    /// Ad valorem plus specific.
    Compound {
        /// Percentage.
        percent: String,
        /// Added specific duty.
        specific: SpecificDuty,
    },
    /// Ad valorem, but at least the specific amount.
    Minimum {
        /// Percentage.
        percent: String,
        /// The floor.
        specific: SpecificDuty,
    },
    /// Ad valorem, but at most the specific amount.
    Maximum {
        /// Percentage.
        percent: String,
        /// The ceiling.
        specific: SpecificDuty,
    },
}

/// Why a rate could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateError {
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for RateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// The forms a rate may take, for hints, in `currency`: the site's own,
/// so that an example is one the editor could write.
pub fn rate_forms(currency: &str) -> String {
    format!(
        "write `free`, `20%`, `2000 {currency}/kg`, `10% + 500 {currency}/kg`, `30% min 5000 {currency}/kg`, `15% max 2000000 {currency}/u`, or `-` for none"
    )
}

/// Parses a rate cell. `Ok(None)` for an empty cell or `-`.
pub fn parse_rate(text: &str) -> Result<Option<DutyRate>, RateError> {
    let text = text.trim();
    if text.is_empty() || text == "-" || text == "–" {
        return Ok(None);
    }
    if text.eq_ignore_ascii_case("free") {
        return Ok(Some(DutyRate::Free));
    }
    // Before the words are split: `1 500 GEL/l` read word by word was
    // `1` and an error whose suggestion, `1 GEL/l`, published a duty a
    // thousand times too small.
    if let Some((how, written)) = with_amounts_ungrouped(text) {
        return Err(error(format!("`{text}` {how}; write `{written}`")));
    }
    for (word, make) in [
        (
            " min ",
            DutyRate::min as fn(String, SpecificDuty) -> DutyRate,
        ),
        (" max ", DutyRate::max),
        (" + ", DutyRate::compound),
        ("+", DutyRate::compound),
    ] {
        if let Some((left, right)) = text.split_once(word) {
            let percent = parse_percent(left.trim())?;
            let specific = parse_specific(right.trim())?;
            return Ok(Some(make(percent, specific)));
        }
    }
    if let Some(written) = rate_in_words(text) {
        return Err(error(format!("`{text}` is not a rate; write `{written}`")));
    }
    if text.ends_with('%') {
        return Ok(Some(DutyRate::AdValorem {
            percent: parse_percent(text)?,
        }));
    }
    Ok(Some(DutyRate::Specific {
        specific: parse_specific(text)?,
    }))
}

/// A specific duty written in words, as tariffs print it (`0,5 евро за
/// 1 кг`, `0.5 EUR per kg`), written kb's way with its unit as written
/// (`0.5 EUR/кг`, `0.5 EUR/kg`), if its amount, currency and unit (one
/// kb knows, [`super::measures`]) are all recognised.
fn specific_in_words(text: &str) -> Option<String> {
    const CURRENCIES: [(&str, &str); 9] = [
        ("евро", "EUR"),
        ("euro", "EUR"),
        ("долл", "USD"),
        ("dollar", "USD"),
        ("руб", "RUB"),
        ("rouble", "RUB"),
        ("ruble", "RUB"),
        ("сом", "KGS"),
        ("тенге", "KZT"),
    ];
    let words: Vec<String> = text.split_whitespace().map(|w| w.to_lowercase()).collect();
    let amount = words.first()?.replace(',', ".");
    if !is_decimal(&amount) {
        return None;
    }
    let rest = &words[1..];
    let currency = rest.iter().find_map(|w| {
        // A code CLDR knows: `per` is no currency.
        let upper = w.to_uppercase();
        if crate::formats::currency_name("en", &upper).is_some() {
            return Some(upper);
        }
        CURRENCIES
            .iter()
            .find(|(name, _)| w.starts_with(name))
            .map(|(_, code)| code.to_string())
    })?;
    // The unit as the tariff writes it (`кг`, `шт`): the line's unit
    // column writes it so too, and kb reads both alike. Written `kg`, it
    // was a second quantity the calculator asked for beside the line's
    // `кг`, and levied the duty on it, 1 by default.
    let unit = rest.last().map(|w| w.trim_end_matches('.'))?;
    super::measures::is_known_unit(unit).then_some(())?;
    // `за 1000 шт.`: a duty per a number of units keeps the number.
    let per = rest
        .iter()
        .rev()
        .nth(1)
        .filter(|w| w.chars().all(|c| c.is_ascii_digit()) && w.as_str() != "1")
        .map_or("", |w| w.as_str());
    Some(format!("{amount} {currency}/{per}{unit}"))
}

/// A compound, minimum or maximum rate written as tariffs print it
/// (`12,5%, но не менее 0,4 евро за 1 л`, `10% but not less than 2 EUR
/// per kg`, `5% plus 0.2 EUR/kg`), written kb's way (`12.5% min 0.4
/// EUR/l`), if each part is recognised. `None` for a rate that needs no
/// rewriting or cannot be read.
fn rate_in_words(text: &str) -> Option<String> {
    // Longer phrases first: `не менее` is the end of `но не менее`.
    const JOINS: [(&str, &str); 22] = [
        ("но не менее", "min"),
        ("не менее", "min"),
        ("but not less than", "min"),
        ("not less than", "min"),
        ("but at least", "min"),
        ("at least", "min"),
        ("mais au moins", "min"),
        ("au moins", "min"),
        ("minimum", "min"),
        ("min.", "min"),
        ("min", "min"),
        ("но не более", "max"),
        ("не более", "max"),
        ("but not more than", "max"),
        ("not more than", "max"),
        ("at most", "max"),
        ("au plus", "max"),
        ("maximum", "max"),
        ("max.", "max"),
        ("max", "max"),
        ("плюс", "+"),
        ("plus", "+"),
    ];
    let lower = text.to_lowercase();
    let (percent, rest) = lower.split_once('%')?;
    let percent = percent.trim().replace(',', ".");
    if !is_decimal(&percent) {
        return None;
    }
    let rest = rest.trim_start_matches(|c: char| c == ',' || c == ';' || c.is_whitespace());
    let (join, specific) = JOINS
        .iter()
        .find_map(|(words, join)| Some((*join, rest.strip_prefix(words)?.trim())))?;
    let specific = specific_in_words(specific).or_else(|| {
        let (amount, per) = specific.split_once(' ')?;
        let written = format!("{} {}", amount.replace(',', "."), per.to_uppercase());
        let (currency, unit) = parse_specific(&written)
            .ok()
            .map(|s| (s.currency, s.unit))?;
        let original_unit = per.split_once('/')?.1;
        (unit.to_lowercase() == original_unit)
            .then(|| format!("{} {currency}/{original_unit}", amount.replace(',', ".")))
    })?;
    let written = format!("{percent}% {join} {specific}");
    (written != text).then_some(written)
}

impl DutyRate {
    /// The percentage this rate levies, as written, if any.
    pub fn percent(&self) -> Option<&str> {
        match self {
            DutyRate::Free | DutyRate::Specific { .. } => None,
            DutyRate::AdValorem { percent }
            | DutyRate::Compound { percent, .. }
            | DutyRate::Minimum { percent, .. }
            | DutyRate::Maximum { percent, .. } => Some(percent),
        }
    }

    /// The amount per unit this rate levies, if any.
    pub fn specific(&self) -> Option<&SpecificDuty> {
        match self {
            DutyRate::Free | DutyRate::AdValorem { .. } => None,
            DutyRate::Specific { specific }
            | DutyRate::Compound { specific, .. }
            | DutyRate::Minimum { specific, .. }
            | DutyRate::Maximum { specific, .. } => Some(specific),
        }
    }

    fn min(percent: String, specific: SpecificDuty) -> Self {
        DutyRate::Minimum { percent, specific }
    }
    fn max(percent: String, specific: SpecificDuty) -> Self {
        DutyRate::Maximum { percent, specific }
    }
    fn compound(percent: String, specific: SpecificDuty) -> Self {
        DutyRate::Compound { percent, specific }
    }
}

fn error(message: String) -> RateError {
    RateError { message }
}

/// A character of a unit of quantity: a word's (a letter, a digit or a
/// mark: Lao `ກ້ານ`, stick, carries a tone mark) or `.` (`kg.net`).
pub fn is_unit_char(c: char) -> bool {
    c == '.' || crate::words::is_word_char(c)
}

fn parse_percent(text: &str) -> Result<String, RateError> {
    let Some(number) = text.strip_suffix('%') else {
        return Err(error(format!("`{text}` is not a percentage")));
    };
    let number = number.trim();
    if number.contains(',') {
        let point = number.replace(',', ".");
        return Err(error(format!(
            "`{text}` uses a decimal comma; write `{point}%`"
        )));
    }
    if !is_decimal(number) {
        return Err(error(format!("`{text}` is not a percentage")));
    }
    if number.parse::<f64>().is_ok_and(|p| p > 1000.0) {
        return Err(error(format!("`{text}` is over 1000%")));
    }
    Ok(number.to_string())
}

fn parse_specific(text: &str) -> Result<SpecificDuty, RateError> {
    let mut words = text.split_whitespace();
    let (Some(amount), Some(per), None) = (words.next(), words.next(), words.next()) else {
        if is_decimal(text) {
            return Err(error(format!(
                "`{text}` is not an amount with a unit: add `%` or CURRENCY/UNIT"
            )));
        }
        if let Some(written) = specific_in_words(text) {
            return Err(error(format!("`{text}` is not a rate; write `{written}`")));
        }
        return Err(error(format!("`{text}` is not a rate")));
    };
    if let Some(message) = amount_written_otherwise(amount) {
        return Err(error(message));
    }
    if !is_decimal(amount) {
        return Err(error(format!("`{amount}` is not an amount")));
    }
    let Some((currency, unit)) = per.split_once('/') else {
        let example = match per.len() == 3 && per.chars().all(|c| c.is_ascii_uppercase()) {
            true => per,
            false => "USD",
        };
        return Err(error(format!(
            "`{per}` should be CURRENCY/UNIT, such as {example}/kg"
        )));
    };
    if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(error(format!(
            "`{currency}` is not an ISO 4217 currency code (three capital letters)"
        )));
    }
    if unit.is_empty() || !unit.chars().all(is_unit_char) {
        return Err(error(format!("`{unit}` is not a unit of quantity")));
    }
    Ok(SpecificDuty {
        amount: amount.to_string(),
        currency: currency.to_string(),
        unit: unit.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn specific(amount: &str, currency: &str, unit: &str) -> SpecificDuty {
        SpecificDuty {
            amount: amount.into(),
            currency: currency.into(),
            unit: unit.into(),
        }
    }

    #[test]
    fn every_rate_form_parses() {
        assert_eq!(parse_rate("free"), Ok(Some(DutyRate::Free)));
        assert_eq!(parse_rate("Free"), Ok(Some(DutyRate::Free)));
        assert_eq!(
            parse_rate("20%"),
            Ok(Some(DutyRate::AdValorem {
                percent: "20".into()
            }))
        );
        assert_eq!(
            parse_rate("2.5 %"),
            Ok(Some(DutyRate::AdValorem {
                percent: "2.5".into()
            }))
        );
        assert_eq!(
            parse_rate("2000 VND/kg"),
            Ok(Some(DutyRate::Specific {
                specific: specific("2000", "VND", "kg")
            }))
        );
        assert_eq!(
            parse_rate("10% + 500 VND/kg"),
            Ok(Some(DutyRate::Compound {
                percent: "10".into(),
                specific: specific("500", "VND", "kg")
            }))
        );
        assert_eq!(
            parse_rate("30% min 5000 VND/kg"),
            Ok(Some(DutyRate::Minimum {
                percent: "30".into(),
                specific: specific("5000", "VND", "kg")
            }))
        );
        assert_eq!(
            parse_rate("15% max 2000000 VND/u"),
            Ok(Some(DutyRate::Maximum {
                percent: "15".into(),
                specific: specific("2000000", "VND", "u")
            }))
        );
        assert_eq!(parse_rate("-"), Ok(None));
        assert_eq!(parse_rate(""), Ok(None));
    }

    #[test]
    fn amounts_written_with_grouping_or_a_decimal_comma_are_written_back() {
        for (text, said) in [
            ("2,000", "`2,000` groups thousands; write `2000`"),
            ("0,1", "`0,1` uses a decimal comma; write `0.1`"),
            ("598,45", "`598,45` uses a decimal comma; write `598.45`"),
            (
                "1 234,50",
                "`1 234,50` groups thousands and uses a decimal comma; write `1234.50`",
            ),
            (
                "1.234,50",
                "`1.234,50` groups thousands and uses a decimal comma; write `1234.50`",
            ),
            ("1,234.50", "`1,234.50` groups thousands; write `1234.50`"),
            ("1.234.567", "`1.234.567` groups thousands; write `1234567`"),
            ("20 000", "`20 000` groups thousands; write `20000`"),
            ("1,00,000", "`1,00,000` groups thousands; write `100000`"),
            ("25,00,000", "`25,00,000` groups thousands; write `2500000`"),
            (
                "1,00,000.50",
                "`1,00,000.50` groups thousands; write `100000.50`",
            ),
        ] {
            assert_eq!(
                amount_written_otherwise(text).as_deref(),
                Some(said),
                "{text}"
            );
        }
        for none in ["2000", "0.5", "abc", "1,2,3", "1.2.3", "", ","] {
            assert_eq!(amount_written_otherwise(none), None, "{none}");
        }
    }

    #[test]
    fn amounts_grouped_by_spaces_are_written_back_whole() {
        // A Georgian editor's `1 500 GEL/l` was told to write `1 GEL/l`.
        for (text, said) in [
            ("1 500 GEL/l", "`1 500 GEL/l` groups thousands with spaces; write `1500 GEL/l`"),
            (
                "12 000 000 GEL/l",
                "groups thousands with spaces; write `12000000 GEL/l`",
            ),
            (
                "12% min 1 234,50 GEL/l",
                "groups thousands with spaces and uses a decimal comma; write `12% min 1234.50 GEL/l`",
            ),
            ("5% + 1\u{a0}500 GEL/kg", "write `5% + 1500 GEL/kg`"),
            ("1\u{202f}500 GEL/u", "write `1500 GEL/u`"),
            ("2 000 EUR/1000u", "write `2000 EUR/1000u`"),
        ] {
            let message = parse_rate(text).unwrap_err().message;
            assert!(message.contains(said), "{text}: {message}");
        }
        for fine in [
            "10% + 500 GEL/kg",
            "20 %",
            "1500 GEL/l",
            "15% max 2000000 VND/u",
        ] {
            assert!(parse_rate(fine).is_ok(), "{fine}");
        }
        // Not groups of three: left to the other readers.
        assert!(!parse_rate("1 50 GEL/l")
            .unwrap_err()
            .message
            .contains("groups"));
    }

    #[test]
    fn malformed_rates_say_why() {
        for (text, why) in [
            ("20", "add `%`"),
            ("abc%", "not a percentage"),
            ("2,5%", "decimal comma"),
            ("2000 vnd/kg", "ISO 4217"),
            ("2000 VND", "CURRENCY/UNIT"),
            ("2,000 VND/kg", "`2,000` groups thousands; write `2000`"),
            ("0,1 EUR/kg", "`0,1` uses a decimal comma; write `0.1`"),
            ("2,5%", "write `2.5%`"),
            ("0,5 евро за 1 кг", "is not a rate; write `0.5 EUR/кг`"),
            ("0.5 EUR per kg", "is not a rate; write `0.5 EUR/kg`"),
            ("5 долл. США за 1 шт.", "is not a rate; write `5 USD/шт`"),
            ("5 USD per pcs", "is not a rate; write `5 USD/pcs`"),
            ("20% + 5", "CURRENCY/UNIT"),
            (
                "12,5%, но не менее 0,4 евро за 1 л",
                "is not a rate; write `12.5% min 0.4 EUR/л`",
            ),
            (
                "15% но не более 2 евро за 1000 шт.",
                "is not a rate; write `15% max 2 EUR/1000шт`",
            ),
            (
                "5%, но не менее 0,2 евро за 1 кг",
                "is not a rate; write `5% min 0.2 EUR/кг`",
            ),
            (
                "10% but not less than 0.5 EUR per kg",
                "write `10% min 0.5 EUR/kg`",
            ),
            ("5 % plus 0,2 EUR/kg", "write `5% + 0.2 EUR/kg`"),
            ("5% min. 0,2 eur/kg", "write `5% min 0.2 EUR/kg`"),
            ("5000%", "over 1000%"),
            ("1.2.3%", "not a percentage"),
        ] {
            let e = parse_rate(text).expect_err(text);
            assert!(e.message.contains(why), "{text}: {}", e.message);
        }
    }
}
