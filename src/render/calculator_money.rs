//! Money in the calculator as the page writes it and as its readers type
//! it, for each currency a value may be declared in: the decimals the
//! site counts it in, CLDR's pattern in the page's language (`₫1,000`,
//! `6 000 ₸`), the words a reader may type with an amount (`TL`, `บาท`,
//! `тг`, `ریال`), and the multiples refused (the toman, ten rials).

use std::collections::BTreeMap;

use serde::Serialize;

use super::context::Frame;

/// A currency the value may be declared in, as the runtime reads and
/// writes amounts in it.
#[derive(Serialize)]
pub(super) struct CurrencyData {
    /// Decimals the site counts it in.
    places: usize,
    /// CLDR's pattern in the page's language, the text before and after
    /// the number (`["₫", ""]`); `None` for `1,000 CODE`.
    money: Option<(String, String)>,
    /// What a reader may type beside an amount in it, lower case (`tl`,
    /// `₺`, `ریال`), longest first.
    words: Vec<String>,
    /// Multiples a reader may type instead of it, refused with why: the
    /// toman, 10 rials.
    multiples: BTreeMap<&'static str, &'static str>,
}

/// How the runtime reads and writes amounts in each of `codes` on this
/// page.
pub(super) fn currencies_data(
    frame: &Frame<'_>,
    codes: &[String],
) -> BTreeMap<String, CurrencyData> {
    codes
        .iter()
        .map(|code| (code.clone(), currency_data(frame, code)))
        .collect()
}

/// How the runtime reads and writes amounts in `code` on this page.
fn currency_data(frame: &Frame<'_>, code: &str) -> CurrencyData {
    let formats = frame.site.locales.formats(frame.lang.code());
    CurrencyData {
        places: frame.site.config.currencies.places(code),
        money: formats.money_pattern(code),
        words: crate::tariff::currency_words(code),
        multiples: crate::tariff::currency_multiples(code)
            .into_iter()
            .collect(),
    }
}
