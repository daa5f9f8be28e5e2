//! Money as the law writes it: exact decimal amounts, never floats. A fee
//! of thirty 9s is thirty 9s on the page and in every total; an amount finer
//! than its currency's smallest unit (`0.000000001` VND) is an error, since
//! no one can pay it.

use std::fmt;

use serde::{Serialize, Serializer};

/// An exact non-negative decimal amount: `400000`, `12.50`. Its digits are
/// kept as written, so its size has no limit and its decimals are those
/// the text gives.
#[derive(Debug, Clone, Eq)]
pub struct Amount {
    /// The whole part without leading zeros; `0` for less than one.
    whole: String,
    /// The decimals as written (`50` for `12.50`); empty for none.
    fraction: String,
}

/// How an amount is written, for hints.
pub const AMOUNT_FORMS: &str = "write digits with an optional `.`, no grouping: \"20000\"";

pub use crate::currency::{minor_units, Currencies};

impl Amount {
    /// Nothing to pay.
    pub fn zero() -> Amount {
        Amount {
            whole: "0".into(),
            fraction: String::new(),
        }
    }

    /// Reads an amount in `currency`: digits, an optional `.` and decimals,
    /// no more decimals than the site counts the currency in
    /// (`currencies`). The error says what is wrong, for a diagnostic.
    pub fn parse(text: &str, currency: &str, currencies: &Currencies) -> Result<Amount, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("no amount".into());
        }
        let (whole, fraction) = match text.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (text, None),
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || fraction.is_some_and(|f| !digits(f)) {
            return Err(crate::tariff::rate::amount_written_otherwise(text)
                .unwrap_or_else(|| format!("`{text}` is not an amount")));
        }
        let fraction = fraction.unwrap_or("");
        let places = currencies.places(currency);
        if fraction.len() > places {
            let why = match places {
                0 => format!(
                    "`{text}` has decimals, but {currency} has no smaller unit: amounts in {currency} are whole"
                ),
                _ => format!(
                    "`{text}` has {} decimals, but {currency} counts only {places}: no one can pay a smaller part",
                    fraction.len()
                ),
            };
            // CLDR's count may not be the law's: say where the site sets it
            // (no currency counts more than 4 decimals).
            return Err(match currencies.set_by_site(currency) {
                true => format!("{why} (`[currencies.{currency}] places` in kb.toml)"),
                false if fraction.len() > 4 => why,
                false => format!(
                    "{why} (CLDR's count; if the law counts {} decimals, set `[currencies.{currency}] places = {}` in kb.toml)",
                    fraction.len(),
                    fraction.len()
                ),
            });
        }
        let whole = whole.trim_start_matches('0');
        Ok(Amount {
            whole: if whole.is_empty() { "0" } else { whole }.to_string(),
            fraction: fraction.to_string(),
        })
    }

    /// Decimals as written.
    pub fn scale(&self) -> usize {
        self.fraction.len()
    }

    /// The amount with at least `places` decimals (`12.5` → `12.50`), so
    /// that a total or a currency with cents shows them all.
    pub fn with_scale(&self, places: usize) -> Amount {
        let mut fraction = self.fraction.clone();
        while fraction.len() < places {
            fraction.push('0');
        }
        Amount {
            whole: self.whole.clone(),
            fraction,
        }
    }

    /// The amount as a fee schedule shows it in `currency`: whole if it
    /// is written whole (`20000`), else with every decimal the site counts
    /// the currency in (`12.5` USD → `12.50`, `12.5` KWD → `12.500`).
    pub fn shown_in(&self, currency: &str, currencies: &Currencies) -> Amount {
        if self.fraction.is_empty() {
            self.clone()
        } else {
            self.with_scale(currencies.places(currency))
        }
    }

    /// The exact sum, with the larger number of decimals.
    pub fn add(&self, other: &Amount) -> Amount {
        let places = self.scale().max(other.scale());
        let (a, b) = (self.with_scale(places), other.with_scale(places));
        let (a, b) = (
            format!("{}{}", a.whole, a.fraction),
            format!("{}{}", b.whole, b.fraction),
        );
        // Schoolbook addition from the last digit: no size limit.
        let mut out = Vec::with_capacity(a.len().max(b.len()) + 1);
        let (mut a, mut b) = (a.bytes().rev(), b.bytes().rev());
        let mut carry = 0;
        loop {
            let (x, y) = (a.next(), b.next());
            if x.is_none() && y.is_none() {
                break;
            }
            let sum = x.map_or(0, |d| d - b'0') + y.map_or(0, |d| d - b'0') + carry;
            out.push(b'0' + sum % 10);
            carry = sum / 10;
        }
        if carry > 0 {
            out.push(b'0' + carry);
        }
        out.reverse();
        let digits = String::from_utf8(out).unwrap_or_default();
        let (whole, fraction) = digits.split_at(digits.len() - places);
        let whole = whole.trim_start_matches('0');
        Amount {
            whole: if whole.is_empty() { "0" } else { whole }.to_string(),
            fraction: fraction.to_string(),
        }
    }

    /// The sum of `amounts`; `None` for none.
    pub fn sum<'a>(amounts: impl IntoIterator<Item = &'a Amount>) -> Option<Amount> {
        amounts.into_iter().fold(None, |total, a| {
            Some(match total {
                None => a.clone(),
                Some(t) => t.add(a),
            })
        })
    }

    /// Reads a decimal that is not money in a currency (an exchange rate,
    /// a percentage, a quantity): digits and an optional `.`, any number
    /// of decimals.
    pub fn parse_decimal(text: &str) -> Result<Amount, String> {
        let text = text.trim();
        let places = text.split_once('.').map_or(0, |(_, f)| f.len());
        // A currency-free parse is one whose minor unit allows them all.
        Amount::parse_places(text, places)
    }

    fn parse_places(text: &str, places: usize) -> Result<Amount, String> {
        if text.is_empty() {
            return Err("no amount".into());
        }
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || (text.contains('.') && !digits(fraction)) || fraction.len() > places {
            return Err(crate::tariff::rate::amount_written_otherwise(text)
                .unwrap_or_else(|| format!("`{text}` is not an amount")));
        }
        Ok(Amount::from_digits(
            format!("{whole}{fraction}"),
            fraction.len(),
        ))
    }

    /// The amount whose digits are `digits` with the last `scale` of them
    /// decimals.
    fn from_digits(digits: String, scale: usize) -> Amount {
        let digits = format!(
            "{}{digits}",
            "0".repeat((scale + 1).saturating_sub(digits.len()))
        );
        let (whole, fraction) = digits.split_at(digits.len() - scale);
        let whole = whole.trim_start_matches('0');
        Amount {
            whole: if whole.is_empty() { "0" } else { whole }.to_string(),
            fraction: fraction.to_string(),
        }
    }

    /// All the digits, whole and decimals, without the point.
    fn digits(&self) -> String {
        format!("{}{}", self.whole, self.fraction)
    }

    /// The exact product: duty is a rate times a value, a specific duty an
    /// amount times a quantity.
    pub fn mul(&self, other: &Amount) -> Amount {
        let (a, b) = (self.digits(), other.digits());
        let (a, b): (Vec<u32>, Vec<u32>) = (
            a.bytes().rev().map(|d| u32::from(d - b'0')).collect(),
            b.bytes().rev().map(|d| u32::from(d - b'0')).collect(),
        );
        // Schoolbook multiplication, least significant digit first.
        let mut out = vec![0u32; a.len() + b.len()];
        for (i, x) in a.iter().enumerate() {
            let mut carry = 0;
            for (j, y) in b.iter().enumerate() {
                let cell = out[i + j] + x * y + carry;
                out[i + j] = cell % 10;
                carry = cell / 10;
            }
            let mut k = i + b.len();
            while carry > 0 {
                let cell = out[k] + carry;
                out[k] = cell % 10;
                carry = cell / 10;
                k += 1;
            }
        }
        let digits: String = out
            .iter()
            .rev()
            .map(|d| char::from(b'0' + *d as u8))
            .collect();
        Amount::from_digits(digits, self.scale() + other.scale())
    }

    /// The amount divided by `10^places`: a percentage as a fraction
    /// (`15` → `0.15` with `places` 2).
    pub fn shift_down(&self, places: usize) -> Amount {
        Amount::from_digits(self.digits(), self.scale() + places)
    }

    /// Rounded to `places` decimals, half away from zero (the only
    /// direction: amounts are never negative), as customs rounds each
    /// amount it assesses. Always has exactly `places` decimals.
    pub fn round(&self, places: usize) -> Amount {
        if self.scale() <= places {
            return self.with_scale(places);
        }
        let digits = self.digits();
        let cut = digits.len() - (self.scale() - places);
        let kept = Amount::from_digits(digits[..cut].to_string(), places);
        if digits.as_bytes()[cut] >= b'5' {
            let unit = Amount::from_digits("1".into(), places);
            kept.add(&unit)
        } else {
            kept
        }
    }

    /// The quotient rounded half up to `places` decimals, as `round`
    /// rounds; `None` for a zero divisor or one too long for the long
    /// division (over 36 digits: no rate is written so).
    pub fn div_rounded(&self, divisor: &Amount, places: usize) -> Option<Amount> {
        // self = A / 10^sa and divisor = B / 10^sb, so the quotient at
        // `places` decimals is A · 10^(sb + places) / (B · 10^sa).
        let b: u128 = divisor.digits().parse().ok()?;
        let d = b.checked_mul(10u128.checked_pow(u32::try_from(self.scale()).ok()?)?)?;
        if d == 0 || d > 10u128.pow(36) {
            return None;
        }
        let zeros = std::iter::repeat_n(0, divisor.scale() + places);
        let mut quotient = String::new();
        let mut rest: u128 = 0;
        for digit in self
            .digits()
            .bytes()
            .map(|c| u128::from(c - b'0'))
            .chain(zeros)
        {
            rest = rest * 10 + digit;
            quotient.push(char::from(b'0' + (rest / d) as u8));
            rest %= d;
        }
        let quotient = Amount::from_digits(quotient, places);
        Some(match rest * 2 >= d {
            true => quotient.add(&Amount::from_digits("1".into(), places)),
            false => quotient,
        })
    }

    /// `1 − self` for an amount under one (`0.82` for `0.18`): what is
    /// left of a whole when this share is taken; `None` from one up.
    pub fn complement(&self) -> Option<Amount> {
        if self.whole != "0" || self.fraction.len() > 36 {
            return None;
        }
        let fraction: u128 = format!("0{}", self.fraction).parse().ok()?;
        let one = 10u128.pow(self.fraction.len() as u32);
        let left = Amount::from_digits((one - fraction).to_string(), self.scale());
        // As short as its value: `0.9`, not `0.90`, in a formula.
        (fraction < one).then(|| Amount {
            fraction: left.significant_fraction().to_string(),
            ..left
        })
    }

    /// The fraction without its trailing zeros: what the value is.
    fn significant_fraction(&self) -> &str {
        self.fraction.trim_end_matches('0')
    }
}

/// Amounts are equal when their values are: `12.5` is `12.50`.
impl PartialEq for Amount {
    fn eq(&self, other: &Amount) -> bool {
        self.whole == other.whole && self.significant_fraction() == other.significant_fraction()
    }
}

impl PartialOrd for Amount {
    fn partial_cmp(&self, other: &Amount) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// By value: `9.5` < `10`, `12.5` = `12.50`.
impl Ord for Amount {
    fn cmp(&self, other: &Amount) -> std::cmp::Ordering {
        let places = self.scale().max(other.scale());
        let (a, b) = (self.with_scale(places), other.with_scale(places));
        a.whole
            .len()
            .cmp(&b.whole.len())
            .then_with(|| a.whole.cmp(&b.whole))
            .then_with(|| a.fraction.cmp(&b.fraction))
    }
}

/// `12.50`: digits and a `.`, as [`crate::i18n::Formats::number`] reads
/// them, exactly.
impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.fraction.is_empty() {
            f.write_str(&self.whole)
        } else {
            write!(f, "{}.{}", self.whole, self.fraction)
        }
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str, currency: &str) -> Result<Amount, String> {
        Amount::parse(text, currency, &Currencies::default())
    }

    fn a(text: &str) -> Amount {
        parse(text, "USD").unwrap()
    }

    #[test]
    fn amounts_are_read_exactly() {
        let nines = "9".repeat(30);
        assert_eq!(parse(&nines, "VND").unwrap().to_string(), nines);
        assert_eq!(a("0012.50").to_string(), "12.50");
        assert_eq!(a("0").to_string(), "0");
        assert_eq!(a("0.05").to_string(), "0.05");
    }

    #[test]
    fn what_is_not_an_amount_says_so() {
        for text in ["$20", "-5", "1.", ".5", "1.2.3", "1e6", "twenty"] {
            let e = parse(text, "USD").unwrap_err();
            assert!(e.contains("is not an amount"), "{text}: {e}");
        }
        // Written the way most of the world writes amounts: what to write.
        let e = parse("598,45", "USD").unwrap_err();
        assert_eq!(e, "`598,45` uses a decimal comma; write `598.45`");
        assert_eq!(parse(" ", "USD").unwrap_err(), "no amount");
    }

    #[test]
    fn decimals_follow_the_currency() {
        let e = parse("0.000000001", "VND").unwrap_err();
        assert!(e.contains("VND has no smaller unit"), "{e}");
        assert!(parse("400000.00", "VND").is_err());
        assert!(parse("5", "JPY").is_ok());
        assert!(parse("12.50", "USD").is_ok());
        let e = parse("12.505", "EUR").unwrap_err();
        assert!(e.contains("3 decimals, but EUR counts only 2"), "{e}");
        assert!(parse("1.250", "KWD").is_ok());
        assert!(parse("1.2505", "OMR").is_err());
        assert!(parse("1.25", "XYZ").is_ok());
        assert_eq!(minor_units("KRW"), 0);
        // No one pays a fraction of a rial, whatever ISO 4217 says.
        let e = parse("1500000.50", "IRR").unwrap_err();
        assert!(e.contains("IRR has no smaller unit"), "{e}");
        assert!(
            e.contains("set `[currencies.IRR] places = 2` in kb.toml"),
            "{e}"
        );
        assert_eq!(minor_units("GBP"), 2);
        assert_eq!(minor_units("JOD"), 3);
    }

    #[test]
    fn a_site_counts_its_currency_its_own_way() {
        let whole_riel = Currencies::with_places([("KHR".to_string(), 0)].into());
        let e = Amount::parse("25000.50", "KHR", &whole_riel).unwrap_err();
        assert!(e.contains("amounts in KHR are whole"), "{e}");
        assert!(e.contains("`[currencies.KHR] places` in kb.toml"), "{e}");
        assert!(parse("25000.50", "KHR").is_ok());
        let fils = Currencies::with_places([("IQD".to_string(), 3)].into());
        let dinar = Amount::parse("12.5", "IQD", &fils).unwrap();
        assert_eq!(dinar.shown_in("IQD", &fils).to_string(), "12.500");
    }

    #[test]
    fn sums_are_exact_and_unbounded() {
        assert_eq!(a("0.1").add(&a("0.2")).to_string(), "0.3");
        assert_eq!(a("10.50").add(&a("20000.5")).to_string(), "20011.00");
        assert_eq!(a("99.99").add(&a("0.01")).to_string(), "100.00");
        let nines = parse(&"9".repeat(30), "VND").unwrap();
        let one = parse("1", "VND").unwrap();
        assert_eq!(nines.add(&one).to_string(), format!("1{}", "0".repeat(30)));
        let total = Amount::sum([&a("1"), &a("2.5"), &a("3")]).unwrap();
        assert_eq!(total.to_string(), "6.5");
        assert!(Amount::sum([]).is_none());
    }

    #[test]
    fn products_and_rounding_are_exact() {
        let d = |t: &str| Amount::parse_decimal(t).unwrap();
        assert_eq!(d("1000").mul(&d("25400")).to_string(), "25400000");
        assert_eq!(
            d("25400000").mul(&d("15").shift_down(2)).to_string(),
            "3810000.00"
        );
        assert_eq!(d("0.1").mul(&d("0.2")).to_string(), "0.02");
        assert_eq!(d("0").mul(&d("12.5")).to_string(), "0.0");
        assert_eq!(d("2.5").shift_down(2).to_string(), "0.025");
        assert_eq!(d("1234.5").round(0).to_string(), "1235");
        assert_eq!(d("1234.49").round(0).to_string(), "1234");
        assert_eq!(d("0.005").round(2).to_string(), "0.01");
        assert_eq!(d("9.995").round(2).to_string(), "10.00");
        assert_eq!(d("7").round(2).to_string(), "7.00");
        assert!(d("9.5") < d("10"));
        assert!(d("10.01") > d("10.001"));
        assert_eq!(d("12.5").cmp(&d("12.50")), std::cmp::Ordering::Equal);
        assert!(Amount::parse_decimal("1,5").is_err());
    }

    #[test]
    fn equal_values_are_equal_amounts() {
        assert_eq!(a("12.5"), a("12.50"));
        assert_eq!(a("007"), a("7"));
        assert_ne!(a("12.5"), a("12.05"));
        assert_eq!(a("12.5").with_scale(2).to_string(), "12.50");
    }

    #[test]
    fn divides_rounding_half_up_and_takes_complements() {
        let a = |t: &str| Amount::parse_decimal(t).unwrap();
        let base = a("1796.29").div_rounded(&a("0.82"), 2).unwrap();
        assert_eq!(base.to_string(), "2190.60");
        assert_eq!(a("1").div_rounded(&a("3"), 2).unwrap().to_string(), "0.33");
        assert_eq!(a("2").div_rounded(&a("3"), 0).unwrap().to_string(), "1");
        assert_eq!(a("10").div_rounded(&a("0.5"), 0).unwrap().to_string(), "20");
        assert!(a("10").div_rounded(&a("0"), 2).is_none());
        assert_eq!(a("0.18").complement().unwrap().to_string(), "0.82");
        assert_eq!(a("0.10").complement().unwrap().to_string(), "0.9");
        assert_eq!(a("0.175").complement().unwrap().to_string(), "0.825");
        assert_eq!(a("0").complement().unwrap(), a("1"));
        assert!(a("1").complement().is_none());
        assert!(a("1.5").complement().is_none());
    }
}
