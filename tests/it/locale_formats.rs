//! Issue 16: numbers, dates, amounts, plurals and lists in each embedded
//! UI language, with its CLDR digits (ICU4X and Fluent), pinned. A change
//! of ICU4X data or of a locale file shows here as a diff to review.

use std::path::Path;

use fluent_bundle::FluentArgs;
use kb::config::Config;
use kb::i18n::Locales;

/// Language → "date | amounts | 3 steps / 21 steps | list", as a page shows
/// them: 2027-01-01 in the long style, 1234567.50 USD and 400000 VND
/// through the `money` message (CLDR's currency pattern: the symbol, its
/// place and spacing), `procedure-steps-n` for 3 and 21, and three names
/// joined. The site gives no `direction`: each right-to-left language is
/// so by its script, and Fluent isolates its numbers (FSI 3 PDI).
const PINNED: &[(&str, &str)] = &[
    ("ar", "1 يناير 2027 | \u{200f}1,234,567.50\u{a0}US$ ; \u{200f}400,000\u{a0}₫ | \u{2068}3\u{2069} خطوات / \u{2068}21\u{2069} خطوة | Viet Nam وLao PDR وCambodia"),
    ("az", "1 yanvar 2027 | 1.234.567,50\u{a0}US$ ; 400.000\u{a0}₫ | 3 mərhələ / 21 mərhələ | Viet Nam, Lao PDR və Cambodia"),
    ("bg", "1 януари 2027\u{202f}г. | 1\u{a0}234\u{a0}567,50\u{a0}щ.д. ; 400\u{a0}000\u{a0}₫ | 3 стъпки / 21 стъпки | Viet Nam, Lao PDR и Cambodia"),
    ("cs", "1. ledna 2027 | 1\u{a0}234\u{a0}567,50\u{a0}US$ ; 400\u{a0}000\u{a0}₫ | 3 kroky / 21 kroků | Viet Nam, Lao PDR a\u{a0}Cambodia"),
    ("da", "1. januar 2027 | 1.234.567,50\u{a0}US$ ; 400.000\u{a0}₫ | 3 trin / 21 trin | Viet Nam, Lao PDR og Cambodia"),
    ("de", "1. Januar 2027 | 1.234.567,50\u{a0}$ ; 400.000\u{a0}₫ | 3 Schritte / 21 Schritte | Viet Nam, Lao PDR und Cambodia"),
    ("el", "1 Ιανουαρίου 2027 | 1.234.567,50\u{a0}$ ; 400.000\u{a0}₫ | 3 βήματα / 21 βήματα | Viet Nam, Lao PDR και Cambodia"),
    ("en", "January 1, 2027 | $1,234,567.50 ; ₫400,000 | 3 steps / 21 steps | Viet Nam, Lao PDR, and Cambodia"),
    ("es", "1 de enero de 2027 | 1.234.567,50\u{a0}US$ ; 400.000\u{a0}₫ | 3 etapas / 21 etapas | Viet Nam, Lao PDR y Cambodia"),
    ("et", "1 jaanuar 2027 | 1\u{a0}234\u{a0}567,50\u{a0}$ ; 400\u{a0}000\u{a0}₫ | 3 etappi / 21 etappi | Viet Nam, Lao PDR ja Cambodia"),
    ("fa", "۱ ژانویه ۲۰۲۷ | \u{200e}$۱٬۲۳۴٬۵۶۷٫۵۰ ; \u{200e}₫۴۰۰٬۰۰۰ | \u{2068}۳\u{2069} مرحله / \u{2068}۲۱\u{2069} مرحله | Viet Nam،\u{200f} Lao PDR، و Cambodia"),
    ("fi", "1. tammikuuta 2027 | 1\u{a0}234\u{a0}567,50\u{a0}$ ; 400\u{a0}000\u{a0}₫ | 3 vaihetta / 21 vaihetta | Viet Nam, Lao PDR ja Cambodia"),
    ("fil", "Enero 1, 2027 | $1,234,567.50 ; ₫400,000 | 3 hakbang / 21 hakbang | Viet Nam, Lao PDR, at Cambodia"),
    ("fr", "1er janvier 2027 | 1\u{202f}234\u{202f}567,50\u{a0}$US ; 400\u{202f}000\u{a0}₫ | 3 étapes / 21 étapes | Viet Nam, Lao PDR et Cambodia"),
    ("ga", "1 Eanáir 2027 | $1,234,567.50 ; ₫400,000 | 3 chéim / 21 céim | Viet Nam, Lao PDR agus Cambodia"),
    ("hr", "1. siječnja 2027. | 1.234.567,50\u{a0}US$ ; 400.000\u{a0}₫ | 3 koraka / 21 korak | Viet Nam, Lao PDR i Cambodia"),
    ("hu", "2027. január 1. | 1\u{a0}234\u{a0}567,50\u{a0}US$ ; 400\u{a0}000\u{a0}₫ | 3 lépés / 21 lépés | Viet Nam, Lao PDR és Cambodia"),
    ("id", "1 Januari 2027 | US$1.234.567,50 ; ₫400.000 | 3 langkah / 21 langkah | Viet Nam, Lao PDR, dan Cambodia"),
    ("it", "1 gennaio 2027 | 1.234.567,50\u{a0}US$ ; 400.000\u{a0}₫ | 3 fasi / 21 fasi | Viet Nam, Lao PDR e Cambodia"),
    ("ka", "1 იანვარი, 2027 | 1\u{a0}234\u{a0}567,50\u{a0}US$ ; 400\u{a0}000\u{a0}₫ | 3 ეტაპი / 21 ეტაპი | Viet Nam, Lao PDR და Cambodia"),
    ("kk", "2027\u{202f}ж. 1 қаңтар | 1\u{a0}234\u{a0}567,50\u{a0}$ ; 400\u{a0}000\u{a0}₫ | 3 кезең / 21 кезең | Viet Nam, Lao PDR, Cambodia"),
    ("km", "1 មករា 2027 | 1,234,567.50$ ; 400,000₫ | 3 ជ\u{17c6}ហាន / 21 ជ\u{17c6}ហាន | Viet Nam, Lao PDR ន\u{17b7}ង Cambodia"),
    ("ky", "2027-ж. 1-январь | 1\u{a0}234\u{a0}567,50\u{a0}US$ ; 400\u{a0}000\u{a0}₫ | 3 баскыч / 21 баскыч | Viet Nam, Lao PDR жана Cambodia"),
    ("lo", "1 ມ\u{eb1}ງກອນ 2027 | US$1.234.567,50 ; ₫400.000 | 3 ຂ\u{eb1}\u{ec9}ນຕອນ / 21 ຂ\u{eb1}\u{ec9}ນຕອນ | Viet Nam, Lao PDR, Cambodia"),
    ("lt", "2027 m. sausio 1 d. | 1\u{a0}234\u{a0}567,50\u{a0}US$ ; 400\u{a0}000\u{a0}₫ | 3 etapai / 21 etapas | Viet Nam, Lao PDR ir Cambodia"),
    ("lv", "2027. gada 1. janvāris | 1\u{a0}234\u{a0}567,50\u{a0}$ ; 400\u{a0}000\u{a0}₫ | 3 posmi / 21 posms | Viet Nam, Lao PDR un Cambodia"),
    ("mn", "2027\u{202f}оны нэгдүгээр сарын 1 | $\u{a0}1,234,567.50 ; ₫\u{a0}400,000 | 3 алхам / 21 алхам | Viet Nam, Lao PDR, Cambodia"),
    ("ms", "1 Januari 2027 | US$1,234,567.50 ; ₫400,000 | 3 langkah / 21 langkah | Viet Nam, Lao PDR dan Cambodia"),
    ("mt", "1 ta’ Jannar, 2027 | US$1,234,567.50 ; ₫400,000 | 3 passi / 21 pass | Viet Nam, Lao PDR, u Cambodia"),
    ("my", "၂၀၂၇ ဇန\u{103a}နဝါရ\u{102e} ၁ | ၁,၂၃၄,၅၆၇.၅၀\u{a0}US$ ; ၄၀၀,၀၀၀\u{a0}₫ | အဆင\u{1037}\u{103a} ၃ ဆင\u{1037}\u{103a} / အဆင\u{1037}\u{103a} ၂၁ ဆင\u{1037}\u{103a} | Viet Nam၊ Lao PDR န\u{103e}င\u{1037}\u{103a} Cambodia"),
    ("nl", "1 januari 2027 | US$\u{a0}1.234.567,50 ; ₫\u{a0}400.000 | 3 stappen / 21 stappen | Viet Nam, Lao PDR en Cambodia"),
    ("pl", "1 stycznia 2027 | 1\u{a0}234\u{a0}567,50\u{a0}US$ ; 400\u{a0}000\u{a0}₫ | 3 kroki / 21 kroków | Viet Nam, Lao PDR i Cambodia"),
    ("ps", "۱ جنوري ۲۰۲۷ | $\u{a0}۱٬۲۳۴٬۵۶۷٫۵۰ ; ₫\u{a0}۴۰۰٬۰۰۰ | \u{2068}۳\u{2069} پړاوونه / \u{2068}۲۱\u{2069} پړاوونه | Viet Nam، Lao PDR، او Cambodia"),
    ("pt", "1 de janeiro de 2027 | US$\u{a0}1.234.567,50 ; ₫\u{a0}400.000 | 3 etapas / 21 etapas | Viet Nam, Lao PDR e Cambodia"),
    ("ro", "1 ianuarie 2027 | 1.234.567,50\u{a0}US$ ; 400.000\u{a0}₫ | 3 etape / 21 de etape | Viet Nam, Lao PDR și Cambodia"),
    ("ru", "1 января 2027\u{202f}г. | 1\u{a0}234\u{a0}567,50\u{a0}$ ; 400\u{a0}000\u{a0}₫ | 3 этапа / 21 этап | Viet Nam, Lao PDR и Cambodia"),
    ("sk", "1. januára 2027 | 1\u{a0}234\u{a0}567,50\u{a0}US$ ; 400\u{a0}000\u{a0}₫ | 3 kroky / 21 krokov | Viet Nam, Lao PDR a Cambodia"),
    ("sl", "01. januar 2027 | 1.234.567,50\u{a0}$ ; 400.000\u{a0}₫ | 3 koraki / 21 korakov | Viet Nam, Lao PDR in Cambodia"),
    ("sv", "1 januari 2027 | 1\u{a0}234\u{a0}567,50\u{a0}US$ ; 400\u{a0}000\u{a0}₫ | 3 steg / 21 steg | Viet Nam, Lao PDR och Cambodia"),
    ("ta", "1 ஜனவரி 2027 | $\u{a0}12,34,567.50 ; ₫\u{a0}4,00,000 | 3 படிநிலைகள\u{bcd} / 21 படிநிலைகள\u{bcd} | Viet Nam, Lao PDR மற\u{bcd}றும\u{bcd} Cambodia"),
    ("tg", "01 Январ 2027 | 1\u{a0}234\u{a0}567,50\u{a0}$ ; 400\u{a0}000\u{a0}₫ | 3 марҳила / 21 марҳила | Viet Nam, Lao PDR, Cambodia"),
    ("th", "1 มกราคม ค.ศ. 2027 | US$1,234,567.50 ; ₫400,000 | 3 ข\u{e31}\u{e49}นตอน / 21 ข\u{e31}\u{e49}นตอน | Viet Nam Lao PDR และCambodia"),
    ("tk", "1 ýanwar 2027 | 1\u{a0}234\u{a0}567,50\u{a0}US$ ; 400\u{a0}000\u{a0}₫ | 3 tapgyr / 21 tapgyr | Viet Nam, Lao PDR we Cambodia"),
    ("ur", "1 جنوری، 2027 | $1,234,567.50 ; ₫400,000 | \u{2068}3\u{2069} مراحل / \u{2068}21\u{2069} مراحل | Viet Nam، Lao PDR، اور Cambodia"),
    ("uz", "1-yanvar, 2027 | 1\u{a0}234\u{a0}567,50\u{a0}US$ ; 400\u{a0}000\u{a0}₫ | 3 ta bosqich / 21 ta bosqich | Viet Nam, Lao PDR va Cambodia"),
    ("vi", "1 tháng 1 năm 2027 | 1.234.567,50\u{a0}US$ ; 400.000\u{a0}₫ | 3 bước / 21 bước | Viet Nam, Lao PDR và Cambodia"),
    ("zh-Hans", "2027年1月1日 | US$1,234,567.50 ; ₫400,000 | 共3个步骤 / 共21个步骤 | Viet Nam、Lao PDR和Cambodia"),
    ("zh-Hant", "2027年1月1日 | US$1,234,567.50 ; ₫400,000 | 共3個步驟 / 共21個步驟 | Viet Nam、Lao PDR和Cambodia"),
];

fn line(locales: &Locales, lang: &str) -> String {
    let formats = locales.formats(lang);
    let money = |amount: &str, currency: &str| {
        let mut args = FluentArgs::new();
        args.set("money", formats.money(amount, currency));
        args.set("amount", formats.number(amount));
        args.set("currency", currency.to_string());
        locales.text(lang, "money", Some(&args))
    };
    let steps = |n: i64| {
        let mut args = FluentArgs::new();
        args.set("count", n);
        locales.text(lang, "procedure-steps-n", Some(&args))
    };
    format!(
        "{} | {} ; {} | {} / {} | {}",
        formats.date("2027-01-01"),
        money("1234567.50", "USD"),
        money("400000", "VND"),
        steps(3),
        steps(21),
        formats.list(&["Viet Nam", "Lao PDR", "Cambodia"]),
    )
}

/// Locales of a site in `languages`, with `digits` chosen for some.
fn site_in(languages: &[String], digits: &[(&str, &str)]) -> Locales {
    let mut toml = String::from(
        "title = \"T\"\nbase_url = \"https://t.example\"\ndefault_language = \"en\"\n",
    );
    for lang in languages {
        toml.push_str(&format!("[languages.{lang}]\nname = \"{lang}\"\n"));
        if let Some((_, d)) = digits.iter().find(|(l, _)| l == lang) {
            toml.push_str(&format!("digits = \"{d}\"\n"));
        }
    }
    let config = Config::parse(Path::new("/nonexistent"), &toml).unwrap();
    let (files, _) = kb::theme::load_locale_files(&config);
    let (locales, problems) = Locales::load(&config, &files);
    assert!(problems.is_empty(), "{problems:?}");
    locales
}

#[test]
fn each_language_writes_dates_amounts_plurals_and_lists_its_way() {
    let languages = kb::init::ui_languages();
    assert_eq!(languages.len(), 48);
    let locales = site_in(&languages, &[]);
    let actual: Vec<(String, String)> = languages
        .iter()
        .map(|l| (l.clone(), line(&locales, l)))
        .collect();
    let pinned: Vec<(String, String)> = PINNED
        .iter()
        .map(|(l, t)| (l.to_string(), t.to_string()))
        .collect();
    if actual != pinned {
        let table: String = actual
            .iter()
            .map(|(l, t)| format!("    ({l:?}, {t:?}),\n"))
            .collect();
        panic!("locale formats changed; now:\n{table}");
    }
}

/// Whether `text` has a digit of the Arabic-Indic or Extended
/// Arabic-Indic systems.
fn arabic_digits(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c))
}

#[test]
fn a_site_chooses_the_digits_of_a_language() {
    // CLDR writes Persian and Pashto with Extended Arabic-Indic digits and
    // Arabic (`ar`) with Latin ones; a site may choose either way, and
    // Fluent's numbers (`3 steps`) follow with ICU4X's dates and amounts.
    let languages: Vec<String> = ["en", "ar", "fa", "ps"].map(String::from).to_vec();
    let cldr = site_in(&languages, &[]);
    let chosen = site_in(
        &languages,
        &[("ar", "arab"), ("fa", "latn"), ("ps", "latn")],
    );
    assert!(!arabic_digits(&line(&cldr, "ar")));
    let ar = line(&chosen, "ar");
    assert!(
        arabic_digits(&ar) && !ar.contains(|c: char| c.is_ascii_digit()),
        "{ar}"
    );
    for lang in ["fa", "ps"] {
        assert!(arabic_digits(&line(&cldr, lang)), "{lang}");
        let latin = line(&chosen, lang);
        assert!(!arabic_digits(&latin), "{lang}: {latin}");
        assert!(
            latin.contains("2027") && latin.contains("21"),
            "{lang}: {latin}"
        );
    }
}

#[test]
fn an_unknown_numbering_system_is_a_configuration_error() {
    let toml = "title = \"T\"\nbase_url = \"https://t.example\"\n[languages.en]\nname = \"English\"\ndigits = \"roman\"\n";
    let error = Config::parse(Path::new("/nonexistent"), toml).unwrap_err();
    let text = format!("{error:?}");
    assert!(text.contains("roman") && text.contains("arabext"), "{text}");
}
