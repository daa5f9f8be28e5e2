//! Numbers, dates, amounts and lists written the way each language writes
//! them, with ICU4X's CLDR data: grouping and decimal signs, the month
//! names, the word between the last two items of a list, the digits, and
//! the currency's symbol with its place and spacing (`1 234,50 €`,
//! `€1,234.50`, `400.000 ₫`).
//!
//! Digits follow the language's CLDR default numbering system (Arabic-Indic
//! `٠١٢` for `ar`, Extended Arabic-Indic `۰۱۲` for `fa` and `ps`, Myanmar
//! `၀၁၂` for `my`, Latin for most others). A site chooses others per
//! language in `kb.toml` (`[languages.ar] digits = "latn"`, as in the
//! Maghreb and the Gulf), and Fluent's numbers (`{ $count } pages`) follow
//! the same choice: [`fluent_formatter`] gives the bundle a formatter made
//! for it.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::FluentValue;
use icu::calendar::{Date, Gregorian};
use icu::datetime::fieldsets::YMD;
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::decimal::input::Decimal;
use icu::decimal::DecimalFormatter;
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::list::ListFormatter;
use icu::locale::preferences::extensions::unicode::keywords::CurrencyType;
use icu::locale::Locale;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// The numbering systems a site may choose with `digits` (CLDR names of
/// the decimal systems ICU4X has symbols for), the language's default
/// first as the empty name.
pub const NUMBERING_SYSTEMS: [&str; 12] = [
    "", "latn", "arab", "arabext", "beng", "deva", "khmr", "laoo", "mymr", "thai", "tamldec",
    "mong",
];

/// The locale of `code` with numbering system `digits` (a name of
/// [`NUMBERING_SYSTEMS`]; empty for the language's default).
fn icu_locale(code: &str, digits: &str) -> Locale {
    let tagged = if digits.is_empty() {
        code.to_string()
    } else {
        format!("{code}-u-nu-{digits}")
    };
    Locale::try_from_str(&tagged)
        .or_else(|_| Locale::try_from_str(code))
        .unwrap_or(Locale::UNKNOWN)
}

/// A currency's pattern in one language: the text before and after the
/// number (`$`, ``; ``, ` ₫`).
type CurrencyPattern = (String, String);

/// Patterns made so far, by ISO code and width (narrow or not); `None`
/// for a code ICU4X cannot format.
type CurrencyPatterns = BTreeMap<(String, bool), Option<Arc<CurrencyPattern>>>;

/// How a language writes numbers (see [`Formats::number_signs`]).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NumberSigns {
    /// The ten digits, zero first (`0123456789`, `໐໑໒໓໔໕໖໗໘໙`).
    pub digits: String,
    /// The decimal sign.
    pub decimal: String,
    /// The sign that groups digits; empty if the language groups none.
    pub group: String,
    /// Digits in each group after the first three (2 in India's lakhs).
    pub secondary: usize,
    /// Digits before the first group sign for a number to be grouped at
    /// all: 1 for `1,234`, 2 where `1234` is written whole.
    pub min_grouping: usize,
}

/// Number, date, amount and list formatting for one language.
pub struct Formats {
    locale: Locale,
    decimal: DecimalFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    and_list: ListFormatter,
    /// CLDR's currency pattern per ISO code and width (narrow or not),
    /// the text before and after the number, made when first asked for;
    /// `None` for a code ICU4X cannot format (written `amount CODE`).
    currencies: Mutex<CurrencyPatterns>,
    /// Each date written once: a site's pages name few dates (the day it
    /// describes above all), each on thousands of pages.
    dates: Mutex<BTreeMap<Date<Gregorian>, String>>,
    /// [`Formats::number_signs`], found once: every calculator asks.
    signs: OnceLock<NumberSigns>,
}

impl std::fmt::Debug for Formats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Formats")
    }
}

impl Formats {
    /// Formatters for the language `code` with its default digits; the
    /// root locale's where ICU4X has no data for it.
    pub fn new(code: &str) -> Arc<Formats> {
        Formats::with_digits(code, "")
    }

    /// Formatters for `code` writing the digits of numbering system
    /// `digits` (empty: the language's default).
    pub fn with_digits(code: &str, digits: &str) -> Arc<Formats> {
        let locale = icu_locale(code, digits);
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default())
            .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
            .expect("ICU4X compiled data has the root locale");
        let date = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
            .or_else(|_| FixedCalendarDateTimeFormatter::try_new(Default::default(), YMD::long()))
            .expect("ICU4X compiled data has the root locale");
        let options = ListFormatterOptions::default().with_length(ListLength::Wide);
        let and_list = ListFormatter::try_new_and((&locale).into(), options)
            .or_else(|_| ListFormatter::try_new_and(Default::default(), options))
            .expect("ICU4X compiled data has the root locale");
        Arc::new(Formats {
            locale,
            decimal,
            date,
            and_list,
            currencies: Mutex::new(BTreeMap::new()),
            dates: Mutex::new(BTreeMap::new()),
            signs: OnceLock::new(),
        })
    }

    /// A decimal number written as `1234.5` (digits, optional `-` and `.`),
    /// in this language's style; the text unchanged if it is not a number.
    pub fn number(&self, text: &str) -> String {
        match text.parse::<Decimal>() {
            Ok(d) => self.decimal.format(&d).to_string(),
            Err(_) => text.to_string(),
        }
    }

    /// How this language writes numbers, for the calculator's script to
    /// read and write them as the page does: browsers lack CLDR's data
    /// for some languages (Chromium has no Lao), and write those the
    /// English way.
    pub fn number_signs(&self) -> &NumberSigns {
        self.signs.get_or_init(|| self.find_number_signs())
    }

    fn find_number_signs(&self) -> NumberSigns {
        let digits: String = (0..10)
            .filter_map(|d| self.number(&d.to_string()).chars().last())
            .collect();
        let ascii = |text: String| -> String {
            text.chars()
                .map(|c| match digits.chars().position(|d| d == c) {
                    Some(i) => char::from(b'0' + i as u8),
                    None => c,
                })
                .collect()
        };
        // `1,234,567.5`: the last sign is the decimal one, the others group.
        let signs: Vec<(usize, char)> = ascii(self.number("1234567.5"))
            .chars()
            .enumerate()
            .filter(|(_, c)| !c.is_ascii_digit())
            .collect();
        let (decimal, groups) = match signs.split_last() {
            Some((&(_, decimal), groups)) => (decimal, groups),
            None => ('.', &[][..]),
        };
        // `12,34,567.5`: two digits between the first two signs.
        let secondary = match groups {
            [(first, _), (second, _), ..] => second - first - 1,
            _ => 3,
        };
        NumberSigns {
            digits: digits.clone(),
            decimal: decimal.to_string(),
            group: groups
                .first()
                .map(|&(_, c)| c.to_string())
                .unwrap_or_default(),
            secondary,
            // Spanish writes `1234` and `12.345`.
            min_grouping: match ascii(self.number("1234")).chars().count() {
                4 => 2,
                _ => 1,
            },
        }
    }

    /// An amount of money: `amount` a decimal written `1234.5`, `currency`
    /// an ISO 4217 code (`VND`, `USD`). Written with CLDR's currency
    /// pattern for this language: its symbol for the currency, before or
    /// after the number, with its spacing (`₫400,000`, `400.000 ₫`,
    /// `1 234,50 $US`), and with exactly the digits it is given: the law's
    /// amount is never rounded to CLDR's digits for the currency (none for
    /// LAK or IQD, which a site may count in 2 and 3 with
    /// `[currencies.XXX] places`) nor padded to them (`$20,000` stays
    /// whole). A code CLDR has no symbol for is written as
    /// its letters, in the same place (`XBT 1,234.50`); text that is not a
    /// number is written as it is, beside the code.
    pub fn money(&self, amount: &str, currency: &str) -> String {
        let Ok(decimal) = amount.parse::<Decimal>() else {
            return format!("{amount}\u{a0}{currency}");
        };
        let number = self.decimal.format(&decimal).to_string();
        match self.currency(currency, false) {
            Some(pattern) => format!("{}{number}{}", pattern.0, pattern.1),
            None => format!("{number}\u{a0}{currency}"),
        }
    }

    /// CLDR's pattern for `code` in this language, as [`Formats::money`]
    /// writes it: the text before and after the number (`("₫", "")`,
    /// `("", "\u{a0}₫")`); `None` where it writes the code after the
    /// number. The calculator's script writes amounts with it.
    pub fn money_pattern(&self, code: &str) -> Option<(String, String)> {
        self.currency(code, false).map(|pattern| (*pattern).clone())
    }

    /// The signs CLDR writes `code` with in this language, its symbol and
    /// its narrow symbol (`KZT` and `₸` in Russian, `ریال` in Persian),
    /// without spacing or direction marks: what a reader who copies an
    /// amount from the page types with it.
    pub fn currency_signs(&self, code: &str) -> Vec<String> {
        let mut signs: Vec<String> = [false, true]
            .into_iter()
            .filter_map(|narrow| self.currency(code, narrow))
            .map(|pattern| {
                format!("{}{}", pattern.0, pattern.1)
                    .chars()
                    .filter(|c| {
                        !c.is_whitespace() && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}')
                    })
                    .collect::<String>()
            })
            .filter(|sign| !sign.is_empty())
            .collect();
        signs.dedup();
        signs
    }

    /// CLDR's pattern for `code` in this language, its symbol or its
    /// `narrow` symbol, as the text before and after the number; made once
    /// per code. ICU4X's currency formatter rounds to CLDR's digits for
    /// the currency, so it formats a probe (9) and the number is cut out
    /// of what it wrote. `None` for a code it cannot format.
    fn currency(&self, code: &str, narrow: bool) -> Option<Arc<CurrencyPattern>> {
        let mut cache = self.currencies.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry((code.to_string(), narrow))
            .or_insert_with(|| {
                if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                    return None;
                }
                let currency = CurrencyType::try_from_str(code).ok()?;
                let formatter = match narrow {
                    true => CurrencyFormatter::<DecimalFormatter>::try_new_symbol_narrow(
                        (&self.locale).into(),
                        currency,
                        Default::default(),
                    ),
                    false => CurrencyFormatter::<DecimalFormatter>::try_new_symbol(
                        (&self.locale).into(),
                        currency,
                        Default::default(),
                    ),
                }
                .ok()?;
                let probe = Decimal::from(9);
                let written = formatter.format_fixed_decimal(&probe).to_string();
                // The longest padding of the probe that the pattern holds:
                // `9.00` in `$9.00`, not its `9`.
                (0..=4i16).rev().find_map(|places| {
                    let mut padded = probe.clone();
                    padded.pad_end(-places);
                    let number = self.decimal.format(&padded).to_string();
                    let (before, after) = written.split_once(&number)?;
                    Some(Arc::new((before.to_string(), after.to_string())))
                })
            })
            .clone()
    }

    /// A date written `YYYY-MM-DD`, in this language's long style
    /// (`1 January 2027`, `1er janvier 2027`); unchanged if it is not a date.
    pub fn date(&self, iso: &str) -> String {
        let Some(date) = parse_iso_date(iso) else {
            return iso.to_string();
        };
        let mut written = self.dates.lock().unwrap_or_else(|e| e.into_inner());
        written
            .entry(date)
            .or_insert_with(|| {
                let text = self.date.format(&date).to_string();
                match self.locale.id.language.as_str() {
                    "ga" => irish_day_first(text),
                    "fr" if iso.get(8..10) == Some("01") => french_first_of_month(text),
                    "vi" => vietnamese_year(text),
                    _ => text,
                }
            })
            .clone()
    }

    /// Items joined as this language joins a list of things that all
    /// apply (`A, B and C`, `A, B et C`, `A، B و C`).
    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.and_list
            .format_to_string(items.iter().map(|s| s.as_ref()))
    }
}

/// The name of the currency `code` (ISO 4217: `EUR`) in the language
/// `lang`, as CLDR gives it (`Euro`, `dollar des États-Unis`, `Đô la Mỹ`),
/// or `None` where CLDR has none: the title of a new exchange rate.
/// (`icu_experimental` has the data but no API for it yet: its baked
/// provider is read directly.)
pub fn currency_name(lang: &str, code: &str) -> Option<String> {
    use icu_experimental::dimension::provider::currency::displayname::CurrencyDisplaynameV1;
    use icu_provider::prelude::*;
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let attributes = DataMarkerAttributes::try_from_str(code).ok()?;
    let locale = DataLocale::from(&icu_locale(lang, ""));
    let mut metadata = DataRequestMetadata::default();
    // A code CLDR does not know is no error to print: the title is the code.
    metadata.silent = true;
    let request = DataRequest {
        id: DataIdentifierBorrowed::for_marker_attributes_and_locale(attributes, &locale),
        metadata,
    };
    let response: DataResponse<CurrencyDisplaynameV1> =
        icu_experimental::provider::Baked.load(request).ok()?;
    // CLDR's Lao names start with a zero width space.
    let name = response.payload.get().trim_matches(['\u{200b}', ' ']);
    // The root locale, where the language has no name, gives the code.
    (name != code && !name.is_empty()).then(|| name.to_string())
}

/// Languages whose CLDR words kb reads back from what editors write (month
/// names in dates, currency signs in rates): kb's UI languages and those
/// of administrations that may start in another (Amharic, Hebrew,
/// Swahili, Hindi, Japanese, Portuguese as Brazil writes it…).
pub const READ_LANGUAGES: [&str; 62] = [
    "ar", "az", "bg", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fil", "fr", "ga",
    "hr", "hu", "id", "it", "ka", "kk", "km", "ky", "lo", "lt", "lv", "mn", "ms", "mt", "my", "nl",
    "pl", "ps", "pt", "ro", "ru", "sk", "sl", "sv", "ta", "tg", "th", "tk", "ur", "uz", "vi", "am",
    "he", "sw", "hi", "bn", "ne", "si", "uk", "sq", "mk", "sr", "hy", "tr", "so", "ja", "pt-BR",
];

/// The formatters of [`READ_LANGUAGES`], made once: month names and
/// currency signs are both read back from them.
pub fn read_languages() -> &'static [Arc<Formats>] {
    static FORMATS: std::sync::OnceLock<Vec<Arc<Formats>>> = std::sync::OnceLock::new();
    FORMATS.get_or_init(|| {
        READ_LANGUAGES
            .iter()
            .map(|lang| Formats::new(lang))
            .collect()
    })
}

/// `text` begun as a title in `lang` begins: its first letter in title
/// case (`euro` → `Euro`), the rest as it is. Title case, not upper case:
/// Georgian has no capitals in running text (`ევრო` stays), and Dutch
/// `ij` begins `IJ`.
pub fn capitalised(lang: &str, text: &str) -> String {
    use icu::casemap::options::{TitlecaseOptions, TrailingCase};
    use icu::casemap::TitlecaseMapper;
    let langid = icu::locale::LanguageIdentifier::try_from_str(lang)
        .unwrap_or(icu::locale::LanguageIdentifier::UNKNOWN);
    let mut options = TitlecaseOptions::default();
    options.trailing_case = Some(TrailingCase::Unchanged);
    TitlecaseMapper::new()
        .titlecase_segment_to_string(text, &langid, options)
        .into_owned()
}

/// `Eanáir 1, 2027` → `1 Eanáir 2027`. ICU4X 2.4's long Irish date puts
/// the month first; Irish puts the day first, as CLDR's older long pattern
/// (`d MMMM y`) and ICU4X's own medium one (`1 Ean 2027`) do.
fn irish_day_first(text: String) -> String {
    let Some((month_day, year)) = text.rsplit_once(", ") else {
        return text;
    };
    match month_day.rsplit_once(' ') {
        Some((month, day)) if !day.is_empty() && day.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{day} {month} {year}")
        }
        _ => text,
    }
}

/// `1 juillet 2027` → `1er juillet 2027`: French writes the first of a
/// month as an ordinal (CLDR's patterns have no such field), and most
/// changes of a tariff take effect on a first.
fn french_first_of_month(text: String) -> String {
    match text.strip_prefix("1 ") {
        Some(rest) => format!("1er {rest}"),
        None => text,
    }
}

/// `1 tháng 7 2027` → `1 tháng 7 năm 2027`: Vietnamese names the year, as
/// its official writing does (`ngày 1 tháng 7 năm 2027`; the messages say
/// `ngày` where the sentence needs it).
fn vietnamese_year(text: String) -> String {
    match text.rsplit_once(' ') {
        Some((day_month, year)) if !year.is_empty() && year.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{} năm {year}", day_month.trim_end_matches(','))
        }
        _ => text,
    }
}

fn parse_iso_date(iso: &str) -> Option<Date<Gregorian>> {
    let iso = iso.get(..10)?;
    let mut parts = iso.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Date::try_new_gregorian(year, month, day).ok()
}

/// A Fluent number formatter: Fluent's own display has no grouping and
/// only Latin digits; ICU4X's decimal formatter gives `31,842`, `31 842`
/// or `٣١٬٨٤٢` as each language writes it.
pub type FluentFormatter = fn(&FluentValue, &IntlLangMemoizer) -> Option<String>;

/// The formatter for Fluent numbers in numbering system `digits` (a name
/// of [`NUMBERING_SYSTEMS`]; empty for the language's default). Fluent
/// takes a function, not a closure, so there is one per system.
pub fn fluent_formatter(digits: &str) -> FluentFormatter {
    match NUMBERING_SYSTEMS.iter().position(|d| *d == digits) {
        Some(1) => format_number::<1>,
        Some(2) => format_number::<2>,
        Some(3) => format_number::<3>,
        Some(4) => format_number::<4>,
        Some(5) => format_number::<5>,
        Some(6) => format_number::<6>,
        Some(7) => format_number::<7>,
        Some(8) => format_number::<8>,
        Some(9) => format_number::<9>,
        Some(10) => format_number::<10>,
        Some(11) => format_number::<11>,
        _ => format_number::<0>,
    }
}

fn format_number<const SYSTEM: usize>(
    value: &FluentValue,
    memoizer: &IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let text = number.as_string();
    memoizer
        .with_try_get::<IcuDecimal, _, _>(NUMBERING_SYSTEMS[SYSTEM], |f| f.format_str(&text))
        .ok()
        .flatten()
}

struct IcuDecimal(DecimalFormatter);

impl IcuDecimal {
    fn format_str(&self, text: &str) -> Option<String> {
        let decimal: Decimal = text.parse().ok()?;
        Some(self.0.format(&decimal).to_string())
    }
}

impl intl_memoizer::Memoizable for IcuDecimal {
    type Args = &'static str;
    type Error = ();
    fn construct(lang: LanguageIdentifier, digits: &'static str) -> Result<Self, ()> {
        let locale = icu_locale(&lang.to_string(), digits);
        DecimalFormatter::try_new((&locale).into(), Default::default())
            .map(IcuDecimal)
            .map_err(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_signs_are_the_language_s() {
        let signs = |code: &str, digits: &str| {
            let s = Formats::with_digits(code, digits).number_signs().clone();
            (s.digits, s.decimal, s.group, s.secondary, s.min_grouping)
        };
        let latin = "0123456789".to_string();
        assert_eq!(
            signs("en", ""),
            (latin.clone(), ".".into(), ",".into(), 3, 1)
        );
        assert_eq!(
            signs("en-IN", ""),
            (latin.clone(), ".".into(), ",".into(), 2, 1)
        );
        assert_eq!(
            signs("lo", ""),
            (latin.clone(), ",".into(), ".".into(), 3, 1)
        );
        assert_eq!(
            signs("es", ""),
            (latin.clone(), ",".into(), ".".into(), 3, 2)
        );
        assert_eq!(signs("fr", "").2, "\u{202f}");
        assert_eq!(signs("lo", "laoo").0, "໐໑໒໓໔໕໖໗໘໙");
        assert_eq!(signs("ar", "arab").0, "٠١٢٣٤٥٦٧٨٩");
    }

    #[test]
    fn irish_dates_put_the_day_first() {
        assert_eq!(Formats::new("ga").date("2027-01-01"), "1 Eanáir 2027");
        assert_eq!(irish_day_first("Eanáir 1, 2027".into()), "1 Eanáir 2027");
        assert_eq!(irish_day_first("1 Eanáir 2027".into()), "1 Eanáir 2027");
    }

    #[test]
    fn dates_numbers_and_lists_are_localised() {
        let fr = Formats::new("fr");
        assert_eq!(fr.date("2027-01-01"), "1er janvier 2027");
        assert_eq!(fr.number("20000"), "20\u{202f}000");
        assert_eq!(fr.list(&["A", "B", "C"]), "A, B et C");
        assert_eq!(Formats::new("en").date("2027-01-01"), "January 1, 2027");
        assert_eq!(Formats::new("en").list(&["A", "B"]), "A and B");
    }

    #[test]
    fn amounts_keep_the_digits_the_law_gives() {
        let en = Formats::new("en");
        // CLDR counts no decimals for LAK and IQD (ISO: 2 and 3), and two
        // for USD: neither rounds nor pads the amount.
        assert_eq!(en.money("20000.50", "LAK"), "LAK\u{a0}20,000.50");
        assert_eq!(en.money("12.505", "IQD"), "IQD\u{a0}12.505");
        assert_eq!(en.money("0.40", "LAK"), "LAK\u{a0}0.40");
        assert_eq!(en.money("20000", "USD"), "$20,000");
        assert_eq!(en.money("12.50", "USD"), "$12.50");
        assert_eq!(en.money("400000", "VND"), "₫400,000");
        let fr = Formats::new("fr");
        assert_eq!(fr.money("20000.50", "USD"), "20\u{202f}000,50\u{a0}$US");
        assert_eq!(Formats::new("vi").money("400000", "VND"), "400.000\u{a0}₫");
        // A code CLDR has no symbol for is written as its letters.
        assert_eq!(en.money("1234.50", "XBT"), "XBT\u{a0}1,234.50");
    }

    #[test]
    fn currencies_are_named_in_each_language() {
        for (lang, code, name) in [
            ("en", "EUR", "Euro"),
            ("en", "USD", "US Dollar"),
            ("fr", "USD", "dollar des États-Unis"),
            ("vi", "USD", "Đô la Mỹ"),
        ] {
            assert_eq!(
                currency_name(lang, code).as_deref(),
                Some(name),
                "{lang} {code}"
            );
        }
        assert_eq!(currency_name("en", "XBT"), None);
        assert_eq!(currency_name("en", "eur"), None);
        assert_eq!(currency_name("lo", "EUR").as_deref(), Some("ຢູ\u{200b}ໂຣ"));
    }

    #[test]
    fn a_title_begins_with_a_title_case_letter_where_the_script_has_one() {
        assert_eq!(
            capitalised("fr", "dollar des États-Unis"),
            "Dollar des États-Unis"
        );
        assert_eq!(capitalised("ka", "ევრო"), "ევრო");
        assert_eq!(capitalised("nl", "ijzer"), "IJzer");
        assert_eq!(capitalised("de", "US-Dollar"), "US-Dollar");
        assert_eq!(capitalised("th", "ยูโร"), "ยูโร");
    }

    #[test]
    fn digits_follow_cldr_unless_the_site_chooses() {
        assert_eq!(Formats::new("fa").number("12"), "۱۲");
        assert_eq!(Formats::with_digits("fa", "latn").number("12"), "12");
        assert_eq!(Formats::new("ar").number("12"), "12");
        assert_eq!(Formats::with_digits("ar", "arab").number("12"), "١٢");
        assert_eq!(Formats::with_digits("th", "thai").number("12"), "๑๒");
        assert_eq!(
            Formats::with_digits("th", "latn").date("2027-01-01"),
            Formats::new("th").date("2027-01-01")
        );
        // An unknown language or system falls back rather than failing.
        assert_eq!(Formats::with_digits("xx", "latn").number("5"), "5");
    }
}
