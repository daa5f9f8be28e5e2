//! A rate written as a country's gazette prints it, with its currency's
//! name or sign and the amount on either side (`Rs.50/kg`, `Rs 50 per
//! kg`, `PKR 50/kg`, `50 rupees per kg`, `10% or Rs.50/kg whichever is
//! higher`, `500 ກີບ/ກ້ານ`, `1.430 TL/lt`), the percent sign first as
//! Turkish writes it (`%8`), its floor in words (`%63 asgari 1.390,00
//! TL/1000 adet`, `94% หรือ 2.83 บาท/กก. แล้วแต่อัตราใดจะสูงกว่า`), or
//! a word for free (`Muaf`, `ยกเว้น`, `معاف`, kb's own `rate-free` in
//! any of its languages): what to write kb's way, when the site's
//! national currency tells which currency the name means.

use super::rate::{is_decimal, is_unit_char, parse_rate};

/// Names and signs of currencies, with the ISO codes each may mean: a
/// name is read as the national currency when it is one of them.
const NAMES: &[(&str, &[&str])] = &[
    ("rs", &["PKR", "INR", "LKR", "NPR", "MUR", "SCR"]),
    ("rupee", &["PKR", "INR", "LKR", "NPR", "MUR", "SCR"]),
    ("rupees", &["PKR", "INR", "LKR", "NPR", "MUR", "SCR"]),
    ("روپے", &["PKR"]),
    ("₹", &["INR"]),
    ("kip", &["LAK"]),
    ("ກີບ", &["LAK"]),
    ("₭", &["LAK"]),
    ("dong", &["VND"]),
    ("đồng", &["VND"]),
    ("đ", &["VND"]),
    ("₫", &["VND"]),
    ("baht", &["THB"]),
    ("บาท", &["THB"]),
    ("riel", &["KHR"]),
    ("kyat", &["MMK"]),
    ("taka", &["BDT"]),
    ("dh", &["MAD", "AED"]),
    ("dhs", &["MAD", "AED"]),
    ("dirham", &["MAD", "AED"]),
    ("dirhams", &["MAD", "AED"]),
    ("tenge", &["KZT"]),
    ("сом", &["KGS"]),
    ("so'm", &["UZS"]),
    ("টাকা", &["BDT"]),
    ("រៀល", &["KHR"]),
    ("円", &["JPY"]),
    ("бат", &["THB"]),
    ("lira", &["TRY"]),
    // The rial and the riyal, in Persian (with its own yeh, as CLDR's fa
    // symbol for IRR) and in Arabic letters.
    ("ریال", &["IRR"]),
    ("ريال", &["IRR", "SAR", "QAR", "OMR", "YER"]),
    ("rial", &["IRR", "OMR", "YER"]),
    ("riyal", &["SAR", "QAR"]),
    // National abbreviations that CLDR does not give (its signs are read
    // in [`national_signs`]): Bangladesh's customs tariff (NBR) writes
    // `Tk.`, Kenya's Finance Acts and KRA excise schedules `KSh`, `Kshs.`,
    // Nepal's customs tariff `NRs.`, Uganda's and Tanzania's Finance Acts
    // `Shs.`, `USh`, `TSh`; Türkiye's invoices and laws `TL` (Türk
    // lirası); Kazakhstan `тг`, and `теңге` (Kazakh), `тенге` (Russian).
    ("tk", &["BDT"]),
    ("ksh", &["KES"]),
    ("kshs", &["KES"]),
    ("nrs", &["NPR"]),
    ("shs", &["UGX", "TZS", "KES"]),
    ("ush", &["UGX"]),
    ("tsh", &["TZS"]),
    ("tl", &["TRY"]),
    ("тг", &["KZT"]),
    ("теңге", &["KZT"]),
    ("тенге", &["KZT"]),
];

/// Units counted in a multiple of a currency, which a reader may type
/// instead of it, with how many of the currency one of them is: Iranians
/// quote prices in toman, ten rials, but duties are assessed in rials. The
/// calculator refuses an amount in one, saying why, rather than read it as
/// the currency (ten times too small).
const MULTIPLES: &[(&str, &str, &str)] = &[("تومان", "IRR", "10"), ("toman", "IRR", "10")];

/// The words and signs a reader may type beside an amount in `code`,
/// lower case: the names above that may mean it, and the signs CLDR writes
/// it with in every language kb reads and in its own country's, symbol
/// and narrow symbol, with their dots (`ر.ع.`, `kshs.`): kb writes them on
/// its pages, so it reads them back. Longest first, so that `kshs` is
/// taken whole before `ksh`.
pub(crate) fn currency_words(code: &str) -> Vec<String> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    // Every calculator asks, on every line's page.
    static WORDS: OnceLock<Mutex<HashMap<String, Vec<String>>>> = OnceLock::new();
    let words = WORDS.get_or_init(Mutex::default);
    let mut words = words.lock().unwrap_or_else(|e| e.into_inner());
    words
        .entry(code.to_string())
        .or_insert_with(|| find_currency_words(code))
        .clone()
}

fn find_currency_words(code: &str) -> Vec<String> {
    let home = home_formats(code);
    let mut words: Vec<String> = NAMES
        .iter()
        .filter(|(_, codes)| codes.contains(&code))
        .map(|(name, _)| name.to_string())
        .chain(
            crate::formats::read_languages()
                .iter()
                .chain(home.as_ref())
                .flat_map(|formats| formats.currency_signs(code))
                .map(|sign| sign.to_lowercase()),
        )
        .filter(|word| !word.chars().any(|c| c.is_numeric()))
        .collect();
    words.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    words.dedup();
    words
}

/// The multiples of `code` a reader may type instead of it ([`MULTIPLES`]):
/// each word with how many of `code` one is.
pub(crate) fn currency_multiples(code: &str) -> Vec<(&'static str, &'static str)> {
    MULTIPLES
        .iter()
        .filter(|(_, of, _)| *of == code)
        .map(|(word, _, times)| (*word, *times))
        .collect()
}

/// The words before a unit: `per kg`, Spanish and Portuguese `por litro`,
/// French `par kg`, German `pro kg`.
const PER_WORDS: &[&str] = &["per", "por", "par", "pro"];

/// Words tariffs print for a duty-free line where kb writes `free`: read
/// only to suggest `free`, never as a rate. Lower case, without a final
/// `.`. (`NT`, Brazil's TIPI "não tributado", is left out: it says a good
/// is outside the tax, not that its rate is nil.)
const FREE_WORDS: &[&str] = &[
    // Mexico's TIGIE (LIGIE, DOF) prints `Ex.` in its rate columns;
    // `exento`, `exenta` are the words it abbreviates.
    "ex",
    "exento",
    "exenta",
    // The EU Combined Nomenclature (Regulation (EEC) 2658/87, Annex I),
    // its duty column in French, German, Spanish, Italian, Portuguese.
    "exemption",
    "frei",
    "libre",
    "esenzione",
    "isenção",
    // Brazil's and Portugal's tax laws: `isento`, `isenta`.
    "isento",
    "isenta",
    // Kenya's VAT Act (First Schedule) and EAC schedules: `Exempt`;
    // India's customs and GST schedules: `Nil`.
    "exempt",
    "nil",
    // Japan Customs' tariff schedule (実行関税率表): `無税`.
    "無税",
    // Viet Nam's schedules: `miễn thuế` (exempt from tax), `miễn`.
    "miễn",
    "miễn thuế",
    // Türkiye's tariff and its decisions: `Muaf` (exempt).
    "muaf",
    // Thailand's tariff: `ยกเว้น` (exempt), `ยกเว้นอากร` (exempt from duty).
    "ยกเว้น",
    "ยกเว้นอากร",
    // Iran's and Afghanistan's tariff books: `معاف` (exempt).
    "معاف",
    // The Arab tariffs: `معفى`, `معفاة` (exempt).
    "معفى",
    "معفاة",
    // The EAEU's Customs Tariff and decisions in Russian and Kazakh:
    // `освобождено`, `освобождается` (exempted), `беспошлинно` (duty-free),
    // `босатылған` (exempted), `баж салынбайды` (no duty is levied).
    "освобождено",
    "освобождается",
    "беспошлинно",
    "босатылған",
    "баж салынбайды",
];

/// Whether `text` is a word a tariff prints for a free line
/// ([`FREE_WORDS`]), or kb's own word for it in one of its languages.
fn is_free_word(text: &str) -> bool {
    let word = text.trim().trim_end_matches('.').to_lowercase();
    let word = crate::names::nfc(&word);
    FREE_WORDS.contains(&word.as_ref()) || kb_free_words().iter().any(|w| *w == word)
}

/// kb's word for a free rate in each of its languages, the message
/// `rate-free` of its locales (`ยกเว้นอากร`, `معاف`, `Беспошлинно`),
/// lower case: what its own pages show for `free` reads back as it.
fn kb_free_words() -> &'static [String] {
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<String> = crate::theme::DEFAULT_LOCALES
            .dirs()
            .flat_map(|lang| lang.files())
            .filter_map(|file| file.contents_utf8())
            .flat_map(str::lines)
            .filter_map(|line| line.strip_prefix("rate-free")?.trim().strip_prefix('='))
            .map(|word| crate::names::nfc(&word.trim().to_lowercase()).into_owned())
            .filter(|word| !word.is_empty())
            .collect();
        words.sort();
        words.dedup();
        words
    })
}

/// The words that make a choice of two rates a floor (`whichever is
/// higher`: the higher of the two is levied, the specific one a
/// minimum) or a ceiling, and the join kb writes: English, and Thai
/// `แล้วแต่อัตราใดจะสูงกว่า` (whichever rate is higher).
const WHICHEVER: &[(&str, &str)] = &[
    ("whichever is higher", "min"),
    ("whichever is greater", "min"),
    ("แล้วแต่อัตราใดจะสูงกว่า", "min"),
    ("แล้วแต่อย่างใดจะสูงกว่า", "min"),
    ("whichever is lower", "max"),
    ("whichever is less", "max"),
    ("แล้วแต่อัตราใดจะต่ำกว่า", "max"),
    ("แล้วแต่อย่างใดจะต่ำกว่า", "max"),
];

/// The words for "or" between the two rates of a [`WHICHEVER`] choice.
const OR_WORDS: &[&str] = &["or ", "หรือ "];

/// The words that join an amount to a percentage: `plus`, and Turkish
/// `asgari` (minimum), `azami` (maximum), `en az` (at least), `en çok`,
/// `en fazla` (at most), as the Special Consumption Tax Law's lists
/// write a floor (`%63 asgari 1.390,00 TL`).
const JOINS: &[(&str, &str)] = &[
    ("and ", "+"),
    ("plus ", "+"),
    ("+ ", "+"),
    ("+", "+"),
    ("asgari ", "min"),
    ("en az ", "min"),
    ("azami ", "max"),
    ("en çok ", "max"),
    ("en fazla ", "max"),
];

/// `%8` → `8%`, `%63 asgari` → `63% asgari`: the percent sign before
/// the number, as CLDR's Turkish (and Azerbaijani, Basque…) percent
/// pattern writes it, moved after it.
fn percent_sign_after(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let in_number = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',');
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let before_number = chars[i] == '%'
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            && (i == 0 || !chars[i - 1].is_ascii_digit());
        if !before_number {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let end = i + 1 + chars[i + 1..].iter().take_while(|c| in_number(**c)).count();
        // `%8,` before a word: the comma ends the number.
        let number: String = chars[i + 1..end].iter().collect();
        let number = number.trim_end_matches([',', '.']);
        out.push_str(number);
        out.push('%');
        i += 1 + number.chars().count();
    }
    out
}

/// What `text` means written kb's way, if it is a specific or combined
/// rate with a currency named as above (`national` the site's currency),
/// an ISO code on the amount's other side, `per` or `/` before the unit,
/// and `whichever is higher` or `lower` for a floor or a ceiling; `free`
/// for a national word for it (`Ex.`, `Exento`, `無税`).
pub fn rate_written_otherwise(text: &str, national: &str) -> Option<String> {
    if is_free_word(text) {
        return Some("free".to_string());
    }
    let moved = percent_sign_after(text);
    if moved != text && parse_rate(&moved).is_ok_and(|r| r.is_some()) {
        return Some(moved);
    }
    let lower = moved.to_lowercase();
    let whichever = WHICHEVER.iter().find(|(w, _)| lower.contains(*w));
    let lower = match whichever {
        Some((w, _)) => lower.replace(w, ""),
        None => lower,
    };
    let written = match lower.split_once('%') {
        Some((percent, rest)) => {
            let percent = percent.trim().replace(',', ".");
            let rest = rest.trim_start_matches([',', ' ']);
            // `or` joins a floor or a ceiling only with `whichever`.
            let (join, rest) = match whichever {
                Some((_, join)) => (*join, OR_WORDS.iter().find_map(|w| rest.strip_prefix(w))?),
                None => JOINS
                    .iter()
                    .find_map(|(w, join)| Some((*join, rest.strip_prefix(w)?)))?,
            };
            is_decimal(&percent).then_some(())?;
            format!("{percent}% {join} {}", specific(rest, national)?)
        }
        None => specific(&lower, national)?,
    };
    let reads = parse_rate(&written).is_ok_and(|r| r.is_some());
    (reads && written != text).then_some(written)
}

/// The signs CLDR writes the national currency with in any language kb
/// reads (`R$`, `₾`, `￥`, `ብር`) and in the currency's own country (`$`
/// for MXN in es-MX, `Ksh` for KES in sw-KE), lower case: read as the
/// national currency. Worked out once per currency.
fn national_signs(national: &str) -> Vec<String> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static SIGNS: OnceLock<Mutex<HashMap<String, Vec<String>>>> = OnceLock::new();
    let signs = SIGNS.get_or_init(Mutex::default);
    let mut signs = signs.lock().unwrap_or_else(|e| e.into_inner());
    signs
        .entry(national.to_string())
        .or_insert_with(|| {
            let home = home_formats(national);
            let mut found: Vec<String> = crate::formats::read_languages()
                .iter()
                .chain(home.as_ref())
                .map(|formats| {
                    formats
                        .money("1", national)
                        .chars()
                        .filter(|c| {
                            !c.is_numeric()
                                && !c.is_whitespace()
                                && !matches!(c, '.' | ',' | '\u{200e}' | '\u{200f}' | '\u{61c}')
                        })
                        .collect::<String>()
                        .to_lowercase()
                })
                .filter(|sign| !sign.is_empty() && *sign != national.to_lowercase())
                .collect();
            found.sort();
            found.dedup();
            found
        })
        .clone()
}

/// The formats of the language most spoken in the country of `national`
/// (an ISO 4217 code begins with its country's code: MX for MXN), by
/// CLDR's likely subtags: `es-MX` for MXN, `sw-KE` for KES. `None` for a
/// code of no country (`EUR`, `XOF`).
pub(super) fn home_formats(national: &str) -> Option<std::sync::Arc<crate::formats::Formats>> {
    let region = national.get(..2)?;
    let mut locale: icu::locale::LanguageIdentifier = format!("und-{region}").parse().ok()?;
    icu::locale::LocaleExpander::new_common().maximize(&mut locale);
    let language = locale.language;
    (!language.is_unknown()).then(|| crate::formats::Formats::new(&format!("{language}-{region}")))
}

/// `Rs.50/kg`, `50 rupees per kg`, `PKR 50/kg` as `50 PKR/kg`.
fn specific(text: &str, national: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    // Apart: the amount from a name written onto it (`rs.50`, `50rs`),
    // and the unit from `/`.
    let mut word = String::new();
    let mut last_digit: Option<bool> = None;
    for c in text.chars() {
        let digit = c.is_ascii_digit() || (matches!(c, '.' | ',') && last_digit == Some(true));
        let boundary = c.is_whitespace() || c == '/' || last_digit.is_some_and(|d| d != digit);
        if boundary && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if c == '/' {
            words.push("/".into());
        } else if !c.is_whitespace() {
            word.push(c);
        }
        last_digit = (!c.is_whitespace() && c != '/').then_some(digit);
    }
    if !word.is_empty() {
        words.push(word);
    }
    let amount_at = words
        .iter()
        .position(|w| w.starts_with(|c: char| c.is_ascii_digit()))?;
    let amount = words[amount_at].trim_end_matches(['.', ',']);
    // `1,00,000` (lakhs), `1.234,56`, `1,50`: as kb writes amounts.
    let amount =
        super::numbers::amount_rewritten(amount).map_or_else(|| amount.to_string(), |(_, a)| a);
    is_decimal(&amount).then_some(())?;
    let currency = words.iter().enumerate().find_map(|(i, w)| {
        let w = w.trim_end_matches('.');
        if i == amount_at || w.is_empty() {
            return None;
        }
        let named = NAMES
            .iter()
            .find(|(name, _)| *name == w)
            .filter(|(_, codes)| codes.contains(&national))
            .map(|_| national.to_string())
            .or_else(|| {
                national_signs(national)
                    .iter()
                    .any(|s| s == w)
                    .then(|| national.to_string())
            });
        let upper = w.to_uppercase();
        named.or_else(|| crate::formats::currency_name("en", &upper).map(|_| upper))
    })?;
    let unit_at = words
        .iter()
        .rposition(|w| w == "/" || PER_WORDS.contains(&w.as_str()))
        .map(|i| i + 1)?;
    let unit = words.get(unit_at)?.trim_end_matches('.').to_string();
    // `TL/1000 adet`: a count before the unit is part of it, `1000adet`.
    let unit = match words.get(unit_at + 1) {
        Some(next) if unit.chars().all(|c| c.is_ascii_digit()) => {
            format!("{unit}{}", next.trim_end_matches('.'))
        }
        _ => unit,
    };
    (unit.chars().all(is_unit_char) && !unit.is_empty()).then_some(())?;
    Some(format!("{amount} {currency}/{unit}"))
}

#[cfg(test)]
mod tests {
    use super::{currency_multiples, currency_words, rate_written_otherwise};

    #[test]
    fn a_currency_is_known_by_the_words_its_country_types() {
        let has = |code: &str, word: &str| currency_words(code).iter().any(|w| w == word);
        for (code, word) in [
            ("TRY", "tl"),
            ("TRY", "₺"),
            ("THB", "บาท"),
            ("THB", "฿"),
            ("KZT", "тг"),
            ("KZT", "теңге"),
            ("KZT", "тенге"),
            ("KZT", "₸"),
            // CLDR's Persian symbol, which kb writes on Persian pages.
            ("IRR", "ریال"),
            ("OMR", "ر.ع."),
            ("KES", "ksh"),
            ("BRL", "r$"),
            ("KHR", "៛"),
        ] {
            assert!(has(code, word), "{code} {word}: {:?}", currency_words(code));
        }
        // A word of another currency is not read as this one.
        assert!(!has("IRR", "tl"));
        assert!(!has("IRR", "تومان"));
        assert_eq!(
            currency_multiples("IRR"),
            [("تومان", "10"), ("toman", "10")]
        );
        assert!(currency_multiples("USD").is_empty());
    }

    #[test]
    fn a_rate_written_with_a_currency_s_name_is_given_back_kb_s_way() {
        for (text, national, written) in [
            ("Rs.50/kg", "PKR", "50 PKR/kg"),
            ("Rs 50 per kg", "PKR", "50 PKR/kg"),
            ("Rs. 50 per Kg", "PKR", "50 PKR/kg"),
            ("Rs.3000/U", "PKR", "3000 PKR/u"),
            ("50 rupees per kg", "PKR", "50 PKR/kg"),
            ("PKR 50/kg", "PKR", "50 PKR/kg"),
            ("50 Rs/kg", "PKR", "50 PKR/kg"),
            (
                "10% or Rs.50/kg whichever is higher",
                "PKR",
                "10% min 50 PKR/kg",
            ),
            ("500 ກີບ/ກ້ານ", "LAK", "500 LAK/ກ້ານ"),
            ("Rs.1,00,000/u", "PKR", "100000 PKR/u"),
            // The national currency's CLDR sign in any language.
            ("R$ 1,50/kg", "BRL", "1.50 BRL/kg"),
            ("1.5 ₾/kg", "GEL", "1.5 GEL/kg"),
            ("12 ￥/kg", "JPY", "12 JPY/kg"),
            ("300 ብር/u", "ETB", "300 ETB/u"),
            // National abbreviations, and `per` in other languages.
            ("Tk 3000/MT", "BDT", "3000 BDT/mt"),
            ("Tk.3000/MT", "BDT", "3000 BDT/mt"),
            ("Ksh 134.82/l", "KES", "134.82 KES/l"),
            ("KSh 134.82 per litre", "KES", "134.82 KES/litre"),
            ("Kshs. 20/kg", "KES", "20 KES/kg"),
            // The sign of the currency's own country: `$` in es-MX.
            ("$3.0818/l", "MXN", "3.0818 MXN/l"),
            ("$3.0818 por litro", "MXN", "3.0818 MXN/litro"),
        ] {
            assert_eq!(
                rate_written_otherwise(text, national).as_deref(),
                Some(written),
                "{text}"
            );
        }
        // A name of another country's currency is not guessed.
        assert_eq!(rate_written_otherwise("Rs.50/kg", "VND"), None);
        assert_eq!(rate_written_otherwise("Tk 3000/MT", "KES"), None);
        assert_eq!(rate_written_otherwise("$3.0818/l", "EUR"), None);
        // `per` is no currency.
        assert_eq!(rate_written_otherwise("50 per kg", "PKR"), None);
        assert_eq!(rate_written_otherwise("20%", "PKR"), None);
        // `or` alone says neither a floor nor a ceiling.
        assert_eq!(rate_written_otherwise("10% or Rs.50/kg", "PKR"), None);
        assert_eq!(
            rate_written_otherwise("5% plus Rs.2/kg", "PKR").as_deref(),
            Some("5% + 2 PKR/kg")
        );
    }

    #[test]
    fn a_rate_written_the_turkish_or_thai_way_is_given_back_kb_s_way() {
        for (text, national, written) in [
            // CLDR's Turkish percent pattern puts the sign first.
            ("%8", "TRY", "8%"),
            ("%11.5", "TRY", "11.5%"),
            ("%10 + 500 TRY/kg", "TRY", "10% + 500 TRY/kg"),
            // `asgari`, `azami`: Turkish minimum and maximum; `TL`, the
            // lira as Turkish law writes it; a count before the unit.
            (
                "%63 asgari 1.390,00 TL/1000 adet",
                "TRY",
                "63% min 1390.00 TRY/1000adet",
            ),
            ("%20, azami 5 TL/kg", "TRY", "20% max 5 TRY/kg"),
            ("1430 TL/lt", "TRY", "1430 TRY/lt"),
            ("₺1.430,50/lt", "TRY", "1430.50 TRY/lt"),
            // Thai "94% or 2.83 baht/kg, whichever rate is higher".
            (
                "94% หรือ 2.83 บาท/กก. แล้วแต่อัตราใดจะสูงกว่า",
                "THB",
                "94% min 2.83 THB/กก",
            ),
            (
                "30% หรือ 10 บาท/ลิตร แล้วแต่อัตราใดจะต่ำกว่า",
                "THB",
                "30% max 10 THB/ลิตร",
            ),
        ] {
            assert_eq!(
                rate_written_otherwise(text, national).as_deref(),
                Some(written),
                "{text}"
            );
        }
        // `TL` is the Turkish lira only on a TRY site.
        assert_eq!(rate_written_otherwise("1430 TL/lt", "EUR"), None);
        // A sign after a number is kb's way already.
        assert_eq!(rate_written_otherwise("8%", "TRY"), None);
        assert_eq!(rate_written_otherwise("%abc", "TRY"), None);
    }

    #[test]
    fn a_national_word_for_free_is_given_back_as_free() {
        for word in [
            "Ex.", "Exento", "exenta", "Isento", "Exempt", "NIL", "無税", "miễn", "Libre",
        ] {
            assert_eq!(
                rate_written_otherwise(word, "MXN").as_deref(),
                Some("free"),
                "{word}"
            );
        }
        // Türkiye's, Thailand's, Iran's, the EAEU's and the Arab tariffs'
        // words, and kb's own `rate-free` in its languages (Thai
        // `ยกเว้นอากร`, Persian `معاف`, Lao `ຍົກເວັ້ນພາສີ`, Azerbaijani
        // `Rüsumdan azaddır`): each was only "not a rate".
        for word in [
            "Muaf",
            "MUAF",
            "ยกเว้น",
            "ยกเว้นอากร",
            "معاف",
            "معفى",
            "Освобождено",
            "Беспошлинно",
            "босатылған",
            "Баж салынбайды",
            "ຍົກເວັ້ນພາສີ",
            "Rüsumdan azaddır",
            "Wolne od cła",
        ] {
            assert_eq!(
                rate_written_otherwise(word, "TRY").as_deref(),
                Some("free"),
                "{word}"
            );
        }
        // Only the word alone: a rate is not changed.
        assert_eq!(rate_written_otherwise("Ex. 5%", "MXN"), None);
        assert_eq!(rate_written_otherwise("Muaf %5", "TRY"), None);
        assert_eq!(rate_written_otherwise("NT", "BRL"), None);
    }
}
