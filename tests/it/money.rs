//! Money as each country counts and writes it (tester-ir 2 and 6,
//! tester-kh 4, tester-tr 5, tester-th 5, tester-kz 9): the rial and the
//! riel counted whole, in fees and in the calculator, with
//! `[currencies.XXX] places` where CLDR's count is not the law's; the
//! calculator's amounts written as the rest of the page writes money; the
//! words each country writes its currency with given to the calculator,
//! which reads them back.

use crate::entities::customs_site;
use crate::harness::{assert_contains, assert_lacks, SiteTest};

/// A chapter with one line at 26% duty, a levy of 1% of the duty and VAT
/// on value + duty: Iran's coffee (tester-ir 2).
const CHAPTER_09: &str = "+++\ntitle = \"Coffee, tea, maté and spices\"\nsection = \"II\"\n+++\n\n\
| Code | Description | Unit | MFN | RC | VAT |\n|---|---|---|---|---|---|\n\
| 09.01 | Coffee | | | | |\n\
| 0901.11 | - Not roasted | | | | |\n\
| 0901.11.10 | - - Arabica | kg | 26% | 1% | 10% |\n\
| 09.02 | Tea | kg | 10% | | 10% |\n";

const COLUMNS: &str = "[[tariff.columns]]\nkey = \"unit\"\n\
[[tariff.columns]]\nkey = \"mfn\"\nkind = \"rate\"\n\
[[tariff.columns]]\nkey = \"rc\"\nkind = \"tax\"\nbase = \"duty\"\n\
[[tariff.columns]]\nkey = \"vat\"\nkind = \"tax\"\nbase = \"value + duty\"\n";

/// The tariff fixture in English and Persian, with `currency` as the
/// national currency and `extra` appended to kb.toml.
fn site_in(currency: &str, extra: &str) -> SiteTest {
    let site = customs_site();
    site.edit("kb.toml", |config| {
        let config = config.replace(
            "[languages.ar]",
            "[languages.fa]\nname = \"فارسی\"\n[languages.ar]",
        );
        let (head, _) = config.split_once("[[tariff.columns]]").unwrap();
        format!("{}currency = \"{currency}\"\n{COLUMNS}{extra}", head)
    })
    .write("content/tariff/09.md", CHAPTER_09);
    // The fixture's other chapters have columns this site does not.
    for other in ["09.fr.md", "85.md"] {
        std::fs::remove_file(site.root().join("content/tariff").join(other)).unwrap();
    }
    site
}

/// The calculator's section of a page.
fn calculator(html: &str) -> &str {
    let start = html
        .find("<section class=\"calculator\"")
        .unwrap_or_else(|| panic!("no calculator in:\n{html}"));
    let end = html[start..].find("</section>").unwrap() + start;
    &html[start..end]
}

/// The amount cell of the step row `step` (`data-step`).
fn amount(section: &str, step: &str) -> String {
    let row = section
        .find(&format!("data-step=\"{step}\""))
        .unwrap_or_else(|| panic!("no step {step}"));
    let start = section[row..].find("calc-amount").unwrap() + row;
    let start = section[start..].find('>').unwrap() + start + 1;
    let end = section[start..].find("</td>").unwrap() + start;
    section[start..end].to_string()
}

#[test]
fn rials_are_counted_whole_as_cldr_counts_them_not_iso() {
    let site = site_in("IRR", "");
    let built = site.build();
    built.assert_ok();
    let en = built.page("en/tariff/09011110/");
    let calc = calculator(&en);
    // 1,000 × 26% = 260; 1% of it 2.60, a whole rial: 3; 10% of 1,260.
    assert_eq!(amount(calc, "duty"), "IRR\u{a0}260");
    assert_eq!(amount(calc, "tax\" data-key=\"rc"), "IRR\u{a0}3");
    assert_eq!(amount(calc, "total"), "IRR\u{a0}389");
    assert_contains(calc, "&quot;places&quot;:0");
    // Written as the page writes money: CLDR's Persian symbol, and the
    // calculator reads back the rial as the page writes it.
    let fa = built.page("fa/tariff/09011110/");
    let calc = calculator(&fa);
    assert_eq!(amount(calc, "total"), "\u{200e}ریال\u{a0}۳۸۹");
    assert_contains(calc, "&quot;ریال&quot;");
    assert_lacks(calc, "IRR\u{a0}");
    // The toman, ten rials, is refused, with why.
    assert_contains(calc, "&quot;تومان&quot;:&quot;10&quot;");
    assert_contains(calc, "{times}\u{2069} \u{2068}{currency}");
}

#[test]
fn a_fee_in_a_fraction_of_a_rial_is_an_error_that_names_the_setting() {
    let site = site_in("IRR", "");
    site.write(
        "content/fees/declaration.md",
        "+++\ntitle = \"Declaration fee\"\namount = \"1500000.50\"\ncurrency = \"IRR\"\nper = \"declaration\"\n+++\n",
    );
    let built = site.build();
    built.assert_fails();
    assert_contains(
        &built.stderr(),
        "`1500000.50` has decimals, but IRR has no smaller unit",
    );
    assert_contains(&built.stderr(), "`[currencies.IRR] places = 2` in kb.toml");
}

#[test]
fn a_site_counts_whole_riel_with_its_places_setting() {
    // CLDR gives the riel 2 decimals: 1,000.00 and 2.60 KHR.
    let cldr = site_in("KHR", "").build();
    cldr.assert_ok();
    let calc = calculator(&cldr.page("en/tariff/09011110/")).to_string();
    assert_eq!(amount(&calc, "tax\" data-key=\"rc"), "KHR\u{a0}2.60");
    // Cambodia counts whole riel, in the calculator and in fees.
    let site = site_in("KHR", "\n[currencies.KHR]\nplaces = 0\n");
    site.write(
        "content/fees/inspection.md",
        "+++\ntitle = \"Inspection fee\"\namount = \"25000\"\ncurrency = \"KHR\"\nper = \"declaration\"\n+++\n",
    );
    let built = site.build();
    built.assert_ok();
    let en = built.page("en/tariff/09011110/");
    let calc = calculator(&en);
    assert_eq!(amount(calc, "value"), "KHR\u{a0}1,000");
    assert_eq!(amount(calc, "tax\" data-key=\"rc"), "KHR\u{a0}3");
    assert_eq!(amount(calc, "total"), "KHR\u{a0}389");
    assert_contains(calc, "&quot;places&quot;:0");
    site.write(
        "content/fees/inspection.md",
        "+++\ntitle = \"Inspection fee\"\namount = \"25000.50\"\ncurrency = \"KHR\"\nper = \"declaration\"\n+++\n",
    );
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "amounts in KHR are whole");
}

#[test]
fn a_currency_setting_that_names_no_currency_or_too_many_places_is_an_error() {
    let site = site_in("KHR", "\n[currencies.riel]\nplaces = 0\n");
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "`riel` is not an ISO 4217 currency code");
    assert_contains(&built.stderr(), "kb.toml");
    let site = site_in("KHR", "\n[currencies.KHR]\nplaces = 9\n");
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "no currency counts more than 4 decimals");
}

#[test]
fn the_calculator_is_given_the_words_each_country_writes_its_money_with() {
    for (currency, words) in [
        ("TRY", &["&quot;tl&quot;", "&quot;₺&quot;"][..]),
        ("THB", &["&quot;บาท&quot;", "&quot;฿&quot;"]),
        (
            "KZT",
            &[
                "&quot;тг&quot;",
                "&quot;теңге&quot;",
                "&quot;тенге&quot;",
                "&quot;₸&quot;",
            ],
        ),
    ] {
        let built = site_in(currency, "").build();
        built.assert_ok();
        let calc = calculator(&built.page("en/tariff/09011110/")).to_string();
        for word in words {
            assert_contains(&calc, word);
        }
        // A multiple of another currency is not this one's.
        assert_lacks(&calc, "تومان");
    }
}
