//! Issue 20, what traders compute: the duty and tax calculator of a line's
//! page (tax columns with their base, the worked example without
//! JavaScript, the rates the runtime reads), exchange rates for customs
//! valuation (the rates page, a currency's page, their errors at their
//! place, feed entries when a rate changes) and `kb new exchange-rate`.

use crate::feeds::git;
use crate::harness::{assert_contains, assert_lacks, kb, kb_ok, kb_stderr, SiteTest};

const CONFIG: &str = r#"title = "Trader Test Customs"
base_url = "https://customs.test"

[languages.en]
name = "English"
[languages.fr]
name = "Français"

[tariff]
national_digits = 8
currency = "VND"
[[tariff.columns]]
key = "unit"
[[tariff.columns]]
key = "mfn"
kind = "rate"
[[tariff.columns]]
key = "atiga"
kind = "rate"
[[tariff.columns]]
key = "excise"
kind = "tax"
base = "value + duty"
[[tariff.columns]]
key = "vat"
kind = "tax"
base = "value + duty + excise"
[[tariff.columns]]
key = "note"
kind = "text"
"#;

const CHAPTER_09: &str = "+++\ntitle = \"Coffee, tea, maté and spices\"\nsection = \"II\"\n+++\n\n\
| Code | Description | Unit | MFN | ATIGA | VAT | Note |\n|---|---|---|---|---|---|---|\n\
| 09.01 | Coffee | | | | | |\n\
| | - Coffee, not roasted: | | | | | |\n\
| 0901.11 | - - Not decaffeinated | | | | | |\n\
| 0901.11.10 | - - - Arabica | kg | 20% | 0% | 10% | Licence needed |\n\
| 0901.11.90 | - - - Other | kg | 2.5% | free | | |\n\
| 0901.12 | - - Decaffeinated | kg | 3000 VND/kg | 0% | 10% | |\n\
| 0901.21 | - - Roasted | kg | 10% + 500 VND/kg | 5% | 10% | |\n\
| 09.02 | Tea | kg | 30% min 5000 VND/kg | 0% | 10% | |\n";

const CHAPTER_22: &str = "+++\ntitle = \"Beverages\"\nsection = \"IV\"\n+++\n\n\
| Code | Description | Unit | MFN | Excise | VAT |\n|---|---|---|---|---|---|\n\
| 22.03 | Beer made from malt | | | | |\n\
| 2203.00 | - Beer made from malt | | | | |\n\
| 2203.00.10 | - - Beer | l | 35% | 65% | 10% |\n";

const USD: &str = "+++\ntitle = \"US dollar (USD)\"\ncurrency = \"USD\"\n\
rate = \"25350 from 2026-10-01; 25400 from 2026-11-01; 25420 from 2026-12-07\"\n+++\n\
Dong for one US dollar.\n";

/// The tariff fixture with a national currency, VAT and excise columns,
/// and the US dollar's rates.
fn trader_site() -> SiteTest {
    let site = SiteTest::new("tariff");
    site.write("kb.toml", CONFIG)
        .write("content/tariff/09.md", CHAPTER_09)
        .write("content/tariff/22.md", CHAPTER_22)
        .write(
            "content/exchange-rates/_index.md",
            "+++\ntitle = \"Exchange rates\"\n+++\nRates for customs valuation.\n",
        )
        .write("content/exchange-rates/usd.md", USD);
    // Section IV for chapter 22.
    site.edit("content/tariff/_index.md", |index| {
        index.replace("XVI = ", "IV = \"Prepared foodstuffs; beverages\"\nXVI = ")
    });
    site
}

/// Commits the whole site, on `date`.
fn commit(site: &SiteTest, message: &str, date: &str) {
    git(site.root(), &["add", "-A"], date);
    git(site.root(), &["commit", "-q", "-m", message], date);
}

/// The calculator's section of a page.
fn calculator(html: &str) -> &str {
    let start = html
        .find("<section class=\"calculator\"")
        .unwrap_or_else(|| panic!("no calculator in:\n{html}"));
    let end = html[start..]
        .find("</section>")
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

/// The calculation and amount of the step row `step` (`data-step`).
fn step(section: &str, step: &str) -> (String, String) {
    let at = section
        .find(&format!("data-step=\"{step}\""))
        .unwrap_or_else(|| panic!("no step {step} in:\n{section}"));
    let cell = |class: &str| -> String {
        let open = format!("<td class=\"{class}\" dir=\"ltr\">");
        let start = section[at..]
            .find(&open)
            .map(|s| at + s + open.len())
            .unwrap();
        let end = section[start..].find("</td>").map(|e| start + e).unwrap();
        section[start..end].to_string()
    };
    (cell("calc-formula"), cell("calc-amount"))
}

#[test]
fn a_line_page_works_out_duty_and_taxes_for_1000_without_javascript() {
    let built = trader_site().build();
    built.assert_ok();
    let page = built.page("en/tariff/09011110/");
    let calc = calculator(&page);
    assert_contains(calc, "This is an estimate, not an assessment");
    assert_contains(
        calc,
        "Worked example: a customs value of 1,000 VND and 1 kg, at the MFN rate",
    );
    // 1,000 × 20% = 200; VAT 10% on value + duty (no excise on this line).
    assert_eq!(step(calc, "value").1, "₫1,000");
    assert_eq!(step(calc, "duty"), ("1,000 × 20%".into(), "₫200".into()));
    assert_eq!(
        step(calc, "tax\" data-key=\"vat"),
        ("(1,000 + 200) × 10%".into(), "₫120".into())
    );
    assert_eq!(step(calc, "total"), ("200 + 120".into(), "₫320".into()));
    assert_contains(calc, "Estimated duty and taxes: ₫320");
    // The form is there for the runtime, hidden until it runs.
    assert_contains(calc, "<form class=\"calc-form\" hidden data-calc=\"");
    assert_contains(&page, "/assets/kb-calc.");
    // The rates in force on the reference date, for the runtime.
    assert_contains(calc, "&quot;USD&quot;:&quot;25400&quot;");
    assert_contains(
        calc,
        "&quot;base&quot;:[&quot;value&quot;,&quot;duty&quot;,&quot;excise&quot;]",
    );
    // Tax columns show on the pages of chapters that levy them only.
    assert_contains(&page, "<dt>VAT</dt>");
    assert_lacks(&page, "<dt>Excise tax</dt>");
    assert_lacks(&built.page("en/tariff/09/"), "Excise tax");
    assert_contains(&built.page("en/tariff/22/"), "Excise tax");
}

#[test]
fn a_minimum_specific_duty_and_excise_then_vat_are_worked_out() {
    let built = trader_site().build();
    built.assert_ok();
    // 30% of 1,000 is 300; at least 1 kg × 5,000 VND/kg = 5,000 is due.
    let tea = built.page("en/tariff/0902/");
    let (formula, amount) = step(calculator(&tea), "duty");
    assert_eq!(amount, "₫5,000");
    assert_eq!(
        formula,
        "1,000 × 30% = 300; at least 1\u{a0}kg × 5,000 VND/kg = 5,000"
    );
    // Specific: 1 kg × 3,000 VND/kg.
    let decaf = built.page("en/tariff/090112/");
    assert_eq!(step(calculator(&decaf), "duty").1, "₫3,000");
    // Beer: duty 350; excise 65% of 1,350 = 877.5 → 878; VAT 10% of
    // 1,000 + 350 + 878 = 222.8 → 223.
    let beer = built.page("en/tariff/22030010/");
    let calc = calculator(&beer);
    assert_eq!(step(calc, "tax\" data-key=\"excise").1, "₫878");
    assert_eq!(
        step(calc, "tax\" data-key=\"vat"),
        ("(1,000 + 350 + 878) × 10%".into(), "₫223".into())
    );
    assert_eq!(step(calc, "total").1, "₫1,451");
}

#[test]
fn a_tax_on_a_base_that_includes_itself_divides_the_base_by_what_it_leaves() {
    let site = trader_site();
    site.write(
        "kb.toml",
        &CONFIG.replace(
            "base = \"value + duty + excise\"\n",
            "base = \"value + duty + excise + vat\"\n",
        ),
    );
    let built = site.build();
    built.assert_ok();
    // Beer: 1,000 + 350 + 878 = 2,228; ÷ 0.9 = 2,475.6 → 2,476; VAT 10%
    // of it 247.6 → 248, where 10% of 2,228 would be 223.
    let beer = built.page("en/tariff/22030010/");
    let calc = calculator(&beer);
    assert_eq!(
        step(calc, "tax\" data-key=\"vat"),
        ("(1,000 + 350 + 878) \u{f7} 0.9 × 10%".into(), "₫248".into())
    );
    assert_eq!(step(calc, "total").1, "₫1,476");
    // The runtime reads the same base, its own key included.
    assert_contains(
        calc,
        "&quot;base&quot;:[&quot;value&quot;,&quot;duty&quot;,&quot;excise&quot;,&quot;vat&quot;]",
    );
    // No base can include a tax of 100%: an error at its cell.
    site.edit("content/tariff/22.md", |t| {
        t.replace("| 65% | 10% |", "| 65% | 100% |")
    });
    let built = site.build();
    built.assert_fails();
    assert_contains(
        &built.stderr(),
        "`vat` is levied on a base that includes itself, so its rate must be under 100%, not 100%",
    );
}

#[test]
fn a_duty_per_metric_ton_or_litre_is_levied_on_the_line_s_quantity_converted() {
    let site = trader_site();
    // The EAC's `USD 345/MT` and Kenya's `KES 134.82 per litre`, as kb's
    // own hints write them: `MT` was a unit of nothing, asked for apart
    // with 1 filled in, so 1 kg of rice paid the duty on a ton.
    site.write(
        "content/tariff/10.md",
        "+++\ntitle = \"Cereals\"\nsection = \"II\"\n+++\n\n\
         | Code | Description | Unit | MFN |\n|---|---|---|---|\n\
         | 10.06 | Rice | | |\n\
         | 1006.30 | - Semi-milled or wholly milled rice | | |\n\
         | 1006.30.30 | - - Glutinous rice | kg | 35% min 500000 VND/mt |\n\
         | 1006.30.40 | - - Other | KGM | 35% min 500000 VND/TNE |\n",
    );
    site.edit("content/tariff/22.md", |t| {
        t.replace("| l | 35% | 65% |", "| l | 35% | 2000 VND/litre |")
    });
    let built = site.build();
    built.assert_ok();
    for path in ["en/tariff/10063030/", "en/tariff/10063040/"] {
        let page = built.page(path);
        let calc = calculator(&page);
        // 1,000 × 35% = 350; at least 1 kg, 0.001 t, × 500,000 VND/t = 500.
        assert_eq!(step(calc, "duty").1, "₫500", "{path}");
        assert_lacks(calc, "calc-quantity-");
    }
    // 1 l × 2,000 VND/litre, on the litres of the line.
    let beer = built.page("en/tariff/22030010/");
    assert_eq!(
        step(calculator(&beer), "tax\" data-key=\"excise").1,
        "₫2,000"
    );
    assert_lacks(calculator(&beer), "calc-quantity-");
}

#[test]
fn a_unit_column_of_another_key_is_named_in_kb_toml_and_a_line_without_unit_warns() {
    let site = trader_site();
    let umt = CONFIG.replace("key = \"unit\"", "key = \"umt\"");
    site.write("kb.toml", &umt);
    site.edit("content/tariff/09.md", |t| t.replace("| Unit |", "| UMT |"));
    site.edit("content/tariff/22.md", |t| t.replace("| Unit |", "| UMT |"));
    site.edit("content/tariff/85.md", |t| t.replace("| Unit |", "| UMT |"));
    let built = site.build();
    built.assert_ok();
    // The decaffeinated coffee's `3000 VND/kg`: no unit to ask the
    // quantity in, and nothing said so.
    assert_contains(
        &built.stderr(),
        "mfn rate of `0901.12` is per a unit, and the line has no `unit` (3 such cells in this file)",
    );
    site.write(
        "kb.toml",
        &umt.replace(
            "currency = \"VND\"",
            "currency = \"VND\"\nunit_column = \"umt\"",
        ),
    );
    let built = site.build();
    built.assert_ok();
    assert_lacks(&built.stderr(), "the line has no");
    let decaf = built.page("en/tariff/090112/");
    assert_contains(calculator(&decaf), "Quantity (kg)");
    site.write(
        "kb.toml",
        &umt.replace(
            "currency = \"VND\"",
            "currency = \"VND\"\nunit_column = \"unt\"",
        ),
    );
    let built = site.build();
    built.assert_fails();
    assert_contains(
        &built.stderr(),
        "unit_column = \"unt\" names no data column",
    );
    assert_contains(&built.stderr(), "did you mean \"umt\"?");
}

#[test]
fn the_calculator_speaks_the_pages_language_and_skips_headings() {
    let built = trader_site().build();
    built.assert_ok();
    let fr = built.page("fr/tariff/09011110/");
    let calc = calculator(&fr);
    assert_contains(calc, "Estimer les droits et taxes");
    assert_eq!(step(calc, "value").1, "1\u{202f}000\u{a0}₫");
    assert_eq!(step(calc, "duty").0, "1\u{202f}000 × 20\u{a0}%");
    // A heading with lines below it has no calculator.
    assert_lacks(&built.page("en/tariff/0901/"), "class=\"calculator\"");
}

#[test]
fn without_a_national_currency_there_is_no_calculator() {
    let site = trader_site();
    site.write("kb.toml", &CONFIG.replace("currency = \"VND\"\n", ""));
    site.write("content/exchange-rates/usd.md", USD);
    let built = site.build();
    built.assert_ok();
    assert_lacks(&built.page("en/tariff/09011110/"), "class=\"calculator\"");
}

#[test]
fn a_tax_base_that_names_a_later_column_is_an_error_in_kb_toml() {
    let site = trader_site();
    site.write(
        "kb.toml",
        &CONFIG.replace(
            "base = \"value + duty\"\n",
            "base = \"value + duty + vat\"\n",
        ),
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(
        &err,
        "the base names `vat`, which is not a tax column above this one",
    );
    assert_contains(&err, "kb.toml:23:");
}

#[test]
fn the_rates_page_lists_rates_in_force_and_their_history() {
    let built = trader_site().build();
    built.assert_ok();
    let page = built.page("en/exchange-rates/");
    // Since the latest first day of a rate in force, not the build's day.
    assert_contains(&page, "Rates in force since November 1, 2026");
    // In force on 2026-12-02: 25,400 since 1 November; 25,420 next.
    assert_contains(&page, "<td class=\"num\">25,400</td>");
    assert_contains(
        &page,
        "25,420 (<time datetime=\"2026-12-07\">December 7, 2026</time>)",
    );
    assert_contains(&page, "<tr class=\"state-past\">");
    assert_contains(&page, "<tr class=\"state-scheduled\">");
    let usd = built.page("en/exchange-rates/usd/");
    assert_contains(&usd, "<strong dir=\"ltr\">25,400 VND</strong> = 1 USD");
    assert_contains(&usd, "<dt>Rates in force since November 1, 2026</dt>");
    assert_contains(&usd, "Exchange rate");
    // On the day the next rate applies, it is the one in force.
    let later = trader_site().build_with(&["--date", "2026-12-07"]);
    later.assert_ok();
    assert_contains(
        &later.page("en/tariff/09011110/"),
        "&quot;USD&quot;:&quot;25420&quot;",
    );
}

#[test]
fn mistakes_in_exchange_rates_are_errors_at_their_place() {
    let site = trader_site();
    site.write(
        "content/exchange-rates/usd.md",
        "+++\ntitle = \"US dollar\"\ncurrency = \"USD\"\nrate = \"25350 from 2026-10-01; 25,400 from 2026-11-01\"\n+++\n",
    )
    .write(
        "content/exchange-rates/dollar.md",
        "+++\ntitle = \"Dollar\"\ncurrency = \"USD\"\nrate = \"25400\"\n+++\n",
    )
    .write(
        "content/exchange-rates/dong.md",
        "+++\ntitle = \"Dong\"\ncurrency = \"VND\"\nrate = \"1\"\n+++\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    // The comma, in its column of line 4.
    assert_contains(&err, "content/exchange-rates/usd.md:4:32");
    assert_contains(&err, "`25,400` groups thousands; write `25400`");
    assert_contains(&err, "USD has a rate in `exchange-rates/dollar` already");
    assert_contains(&err, "VND is the national currency");
}

#[test]
fn a_rate_change_in_the_history_is_a_feed_entry() {
    let site = trader_site();
    git(site.root(), &["init", "-q"], "2026-10-01T08:00:00Z");
    commit(&site, "Initial", "2026-10-01T08:00:00Z");
    site.write(
        "content/exchange-rates/usd.md",
        &USD.replace(
            "25420 from 2026-12-07",
            "25420 from 2026-12-07; 25450 from 2026-12-14",
        ),
    );
    commit(&site, "USD from 14 December", "2026-11-28T08:00:00Z");
    let built = site.build();
    built.assert_ok();
    assert_contains(
        &built.page("en/feeds/all.xml"),
        "US dollar (USD): rate changes from ₫25,420 to ₫25,450 on December 14, 2026",
    );
}

#[test]
fn kb_new_writes_an_exchange_rate_of_its_id_s_currency_that_builds() {
    // A tester's report: `kb new exchange-rate eur` wrote `currency =
    // "USD"`, `rate = "25400 from 2026-11-01"` (a dong figure for a dollar)
    // and `title = "Eur"`, and did not build until the currency was fixed.
    let site = trader_site();
    let new = |id: &str| {
        kb().arg("--root")
            .arg(site.root())
            .args(["new", "exchange-rate", id])
            .output()
            .unwrap()
    };
    let out = new("eur");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(site.root().join("content/exchange-rates/eur.md")).unwrap();
    assert_contains(&text, "title = \"Euro (EUR)\"\n");
    assert_contains(&text, "\ncurrency = \"EUR\" ");
    assert_contains(&text, "\nrate = \"1\" ");
    assert_lacks(&text, "USD");
    assert_lacks(&text, "25400");
    let built = site.build();
    built.assert_ok();
    assert_contains(&built.page("en/exchange-rates/eur/"), "Euro (EUR)");
    // The national currency has no rate; an id that is no code is refused.
    let out = new("vnd");
    assert_eq!(out.status.code(), Some(1));
    assert_contains(
        &String::from_utf8_lossy(&out.stderr),
        "VND is the national currency",
    );
    let out = new("us-dollar");
    assert_eq!(out.status.code(), Some(2));
    assert_contains(
        &String::from_utf8_lossy(&out.stderr),
        "an exchange rate's id is its currency's ISO 4217 code in lower case",
    );
    assert!(!site.root().join("content/exchange-rates/vnd.md").exists());
    assert!(!site
        .root()
        .join("content/exchange-rates/us-dollar.md")
        .exists());
}

#[test]
fn a_duty_in_a_currency_without_an_exchange_rate_is_a_warning_and_its_placeholder_too() {
    // A tester's report: a line with a specific duty in euros lost its
    // calculator, with no word to the editor, because no rate converted it.
    let site = trader_site();
    site.edit("content/tariff/22.md", |chapter| {
        chapter.replace("| l | 35% |", "| l | 35%; 2 EUR/l from 2027-01-01 |")
    });
    let built = site.build();
    built.assert_ok();
    let err = built.stderr();
    assert_contains(&err, "EUR has no exchange rate: the duty calculator of");
    assert_contains(&err, "2203.00.10 is left out");
    assert_contains(&err, "content/tariff/22.md:10:");
    assert_contains(&err, "kb new exchange-rate eur");

    // The file `kb new` writes ends the warning, and `kb check` warns about
    // its placeholder rate until a figure replaces it.
    kb_ok(site.root(), &["new", "exchange-rate", "eur"]);
    let check = || kb_stderr(site.root(), &["check"]);
    let report = check();
    assert_lacks(&report, "EUR has no exchange rate");
    assert_contains(&report, "this exchange rate is 1, as `kb new` wrote it");
    assert_contains(&report, "content/exchange-rates/eur.md:4:");
    site.edit("content/exchange-rates/eur.md", |text| {
        text.replace("rate = \"1\"", "rate = \"27400\"")
    });
    assert_lacks(&check(), "this exchange rate is 1");
}

#[test]
fn a_semicolon_import_writes_every_rate_with_a_point_tax_and_scheduled_too() {
    // A tester's report: decimal commas became points in rate columns
    // only; a tax column kept `5,5%`, which the build then refused.
    let site = trader_site();
    site.write(
        "vat.csv",
        "code;description;unit;mfn;mfn 2027-01-01;excise;vat\n\
         22;Boissons;;;;;\n22.04;Vins;;;;;\n2204.10;- Mousseux;;;;;\n\
         2204.10.10;- - Champagne;l;\"7,5%\";\"5,5%\";\"2,5%\";\"8,5%\"\n",
    );
    let csv = site.root().join("vat.csv");
    kb_ok(site.root(), &["import", "tariff", csv.to_str().unwrap()]);
    let chapter = std::fs::read_to_string(site.root().join("content/tariff/22.md")).unwrap();
    assert_contains(
        &chapter,
        "| 2204.10.10 | - - Champagne | l | 7.5%; 5.5% from 2027-01-01 | 2.5% | 8.5% |",
    );
}

/// A tester's report: a dated column headed the country's way (`mfn
/// 01/01/2027`) was ignored with a note, and the scheduled rates lost.
/// `kb import tariff` of one coffee line with an MFN rate and a second
/// MFN column headed `header`.
fn import_with_dated_header(header: &str) -> std::process::Output {
    let site = trader_site();
    site.write(
        "dated.csv",
        &format!(
            "code,description,unit,mfn,{header}\n09,Coffee,,,\n09.01,Coffee,,,\n\
             0901.11,- Not roasted,,,\n0901.11.10,- - Arabica,kg,10%,5%\n"
        ),
    );
    let csv = site.root().join("dated.csv");
    kb().arg("--root")
        .arg(site.root())
        .args(["import", "tariff", csv.to_str().unwrap()])
        .output()
        .unwrap()
}

#[test]
fn an_empty_rate_with_a_dated_one_is_imported_as_no_rate_until_then() {
    // Kenya: an empty `mfn` and `mfn 2027-07-01` = 35% was written
    // `; 35% from 2027-07-01`, which the import's own check refused.
    let site = trader_site();
    site.write(
        "beer.csv",
        "code,description,unit,mfn,mfn 2027-07-01,vat,vat from 2027-07-01
         22,Beverages,,,,,
22.03,Beer,,,,,
2203.00,- Beer,,,,,
         2203.00.10,- - Lager,l,,35%,,16%
         2203.00.20,- - Stout,l,25%,,16%,
         2203.00.30,- - Ale,l,,,,
         2203.00.90,- - Other,l,-,35%,16%,18%
",
    );
    let csv = site.root().join("beer.csv");
    kb_ok(site.root(), &["import", "tariff", csv.to_str().unwrap()]);
    let chapter = std::fs::read_to_string(site.root().join("content/tariff/22.md")).unwrap();
    for row in [
        "| 2203.00.10 | - - Lager | l | -; 35% from 2027-07-01 | -; 16% from 2027-07-01 |",
        "| 2203.00.20 | - - Stout | l | 25% | 16% |",
        "| 2203.00.30 | - - Ale | l |  |  |",
        "| 2203.00.90 | - - Other | l | -; 35% from 2027-07-01 | 16%; 18% from 2027-07-01 |",
    ] {
        assert_contains(&chapter, row);
    }
    // The form `kb check` offers for an empty value between `;`.
    site.edit("content/tariff/22.md", |t| {
        t.replace("-; 35% from 2027-07-01 | -;", "; 35% from 2027-07-01 | -;")
    });
    let said = kb_stderr(site.root(), &["check"]);
    assert_contains(&said, "an empty value between `;`");
    assert_contains(&said, "`-; 5% from 2027-01-01`");
}

#[test]
fn an_import_s_dated_column_with_a_date_written_another_way_is_an_error() {
    let out = import_with_dated_header("mfn 01/07/2027");
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert_contains(&said, "column `mfn 01/07/2027`: `01/07/2027` is not a date");
    assert_contains(&said, "`mfn 2027-07-01` if 01/07/2027 is day first");
}

#[test]
fn an_import_s_dated_column_with_an_era_or_full_width_date_is_an_error() {
    // A Japanese editor's `mfn 令和9年4月1日`, `mfn R9.4.1`, full-width
    // digits and brackets were ignored with a note, exit 0, and the
    // scheduled rate of 1 April 2027 was lost.
    for (header, said, hint) in [
        (
            "mfn 令和9年4月1日",
            "`令和9年4月1日` is not a date",
            "`mfn 2027-04-01`",
        ),
        ("mfn R9.4.1", "`r9.4.1` is not a date", "`mfn 2027-04-01`"),
        (
            "mfn ２０２７-０４-０１",
            "is not a date",
            "`mfn 2027-04-01`",
        ),
        (
            "mfn（2027-04-01）",
            "a dated column is `mfn YYYY-MM-DD`",
            "`mfn 2027-04-01`",
        ),
        ("mfn 2027年4月1日", "is not a date", "`mfn 2027-04-01`"),
    ] {
        let out = import_with_dated_header(header);
        assert_eq!(out.status.code(), Some(1), "{header}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_contains(&stderr, said);
        assert_contains(&stderr, hint);
    }
}

const ATIGA_RULES: &str =
    "+++\ntitle = \"ATIGA rules of origin\"\ncolumn = \"atiga\"\nproof = \"Form D\"\n\n\
[[rules]]\nhs = [\"09\"]\nrule = \"WO or RVC 40\"\n\n\
[[rules]]\nhs = [\"0901.11-0901.12\"]\nrule = \"RVC 40 and CTSH\"\n+++\nAnnex 3.\n";

#[test]
fn a_line_shows_the_rule_of_origin_under_the_rate_it_governs() {
    let site = trader_site();
    site.write("content/origin/atiga.md", ATIGA_RULES);
    let built = site.build();
    built.assert_ok();
    // The most specific rule: 0901.11.10 is in the range 0901.11-0901.12.
    let page = built.page("en/tariff/09011110/");
    let atiga = &page[page.find("<dt>ATIGA</dt>").unwrap()..];
    let atiga = &atiga[..atiga.find("</dd>").unwrap()];
    assert_contains(atiga, "Rule of origin: <abbr");
    assert_contains(
        atiga,
        ">RVC 40 and CTSH</abbr> (regional value content of at least 40% and change of tariff subheading). Proof of origin: Form D.",
    );
    assert_contains(atiga, "href=\"/en/origin/atiga/\"");
    // Tea has the chapter's rule; MFN has none.
    let tea = built.page("en/tariff/0902/");
    assert_contains(
        &tea,
        ">WO or RVC 40</abbr> (wholly obtained or regional value content of at least 40%)",
    );
    let mfn = &tea[tea.find("<dt>MFN</dt>").unwrap()..];
    assert_lacks(&mfn[..mfn.find("</dd>").unwrap()], "Rule of origin");
    // In French: the label before its value the French way, and the
    // proof, which the agreement's page gives only in English, marked so.
    let page = built.page("fr/tariff/09011110/");
    let atiga = &page[page.find("<dt>ATIGA</dt>").unwrap()..];
    let atiga = &atiga[..atiga.find("</dd>").unwrap()];
    assert_contains(atiga, "Règle d’origine\u{a0}: <abbr");
    // The rule's notation is English, marked so; its words French.
    assert_contains(
        atiga,
        "\"><span lang=\"en\" dir=\"ltr\">RVC 40 and CTSH</span></abbr> (",
    );
    assert_contains(
        atiga,
        "Preuve de l’origine\u{a0}: <span lang=\"en\" dir=\"auto\">Form D</span>.",
    );
    // The agreement's page lists its rules, explained.
    let rules = built.page("en/origin/atiga/");
    assert_contains(&rules, "<td>0901.11-0901.12</td>");
    assert_contains(&rules, "change of tariff subheading");
}

#[test]
fn a_rule_that_is_not_one_and_an_unknown_column_are_errors_at_their_place() {
    let site = trader_site();
    site.write(
        "content/origin/atiga.md",
        &ATIGA_RULES
            .replace(
                "rule = \"RVC 40 and CTSH\"",
                "rule = \"RVC 40 or made here\"",
            )
            .replace("column = \"atiga\"", "column = \"vat\""),
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(
        &err,
        "[[rules]] number 2: `made here` is not a rule of origin",
    );
    assert_contains(&err, "content/origin/atiga.md:12:");
    assert_contains(&err, "`vat` is not a rate column of the tariff");
}

const SUGAR_CHAPTER: &str = "+++\ntitle = \"Sugars\"\nsection = \"II\"\n+++\n\n\
| Code | Description | Unit | MFN | ATIGA |\n|---|---|---|---|---|\n\
| 17.01 | Cane or beet sugar | | | |\n\
| 1701.14 | - Cane sugar, raw | kg | 25% | 5% |\n";

const SUGAR_QUOTA: &str = "+++\ntitle = \"Cane or beet sugar, 2026\"\norder_number = \"TQ-1701-2026\"\n\
hs = [\"1701\"]\nopens = 2026-01-01\ncloses = 2026-12-31\nvolume = \"95000\"\nunit = \"t\"\n\
in_quota = \"5%\"\nout_quota = \"80%\"\nallocation = \"licence\"\n\
balance = \"95000 from 2026-01-01; 61250 from 2026-06-30; 38400 from 2026-11-16\"\n+++\nLicences.\n";

const RULING: &str = "+++\ntitle = \"Roasted arabica beans\"\nnumber = \"BTI-2026-0007\"\n\
type = \"classification\"\nhs = [\"0901.21\"]\ngoods = \"Roasted arabica beans in 1 kg bags\"\n\
date = 2026-01-12\nvalid_until = 2029-01-11\n+++\nGIR 1 and 6.\n";

fn quota_site() -> SiteTest {
    let site = trader_site();
    site.write("content/tariff/17.md", SUGAR_CHAPTER)
        .write("content/quotas/sugar.md", SUGAR_QUOTA)
        .write("content/rulings/bti-2026-0007.md", RULING)
        .write(
            "content/rulings/bti-2023-0112.md",
            &RULING
                .replace("BTI-2026-0007", "BTI-2023-0112")
                .replace("Roasted arabica beans\"", "Old roasted beans\"")
                .replace(
                    "date = 2026-01-12\nvalid_until = 2029-01-11",
                    "date = 2023-04-20\nvalid_until = 2026-04-19",
                ),
        );
    site
}

#[test]
fn a_code_page_shows_its_quota_balance_in_force_on_the_reference_date() {
    let built = quota_site().build();
    built.assert_ok();
    let page = built.page("en/tariff/170114/");
    let quotas = &page[page.find("class=\"quotas\"").expect("a quota section")..];
    assert_contains(
        quotas,
        "Cane or beet sugar, 2026</a> <span class=\"badge\">Open</span>",
    );
    // The balance with its own date, not the reference date: the page
    // stays the same from day to day until the next balance.
    assert_contains(quotas, "<dt>Balance on November 16, 2026</dt><dd><strong>38,400\u{a0}t</strong> / 95,000\u{a0}t</dd>");
    assert_contains(quotas, "<dt>In-quota rate</dt><dd>5%</dd>");
    // The order number is an identifier, isolated as on the quota's page.
    assert_contains(quotas, "<dd><bdi>TQ-1701-2026</bdi></dd>");
    assert_contains(quotas, "<dt>Out-of-quota rate</dt><dd>80%</dd>");
    assert_contains(quotas, "Import licences");
    // Before the November allocation, the June balance.
    let june = quota_site().build_with(&["--date", "2026-07-01"]);
    assert_contains(
        &june.page("en/tariff/170114/"),
        "<strong>61,250\u{a0}t</strong>",
    );
    // After the period, closed.
    let next_year = quota_site().build_with(&["--date", "2027-01-02"]);
    assert_contains(
        &next_year.page("en/tariff/170114/"),
        "<span class=\"badge\">Closed</span>",
    );
    // Its own page lists the balances over time.
    let own = built.page("en/quotas/sugar/");
    assert_contains(&own, "TQ-1701-2026");
    assert_contains(
        &own,
        "<time datetime=\"2026-11-16\">November 16, 2026</time>",
    );
}

#[test]
fn a_balance_in_the_history_reaches_the_feeds() {
    let site = quota_site();
    git(site.root(), &["init", "-q"], "2026-10-01T08:00:00Z");
    commit(&site, "Initial", "2026-10-01T08:00:00Z");
    site.write(
        "content/quotas/sugar.md",
        &SUGAR_QUOTA.replace(
            "38400 from 2026-11-16",
            "38400 from 2026-11-16; 20150 from 2026-12-01",
        ),
    );
    commit(&site, "Sugar balance", "2026-12-01T08:00:00Z");
    let built = site.build();
    built.assert_ok();
    assert_contains(
        &built.page("en/feeds/all.xml"),
        "Cane or beet sugar, 2026: balance changed from 38,400\u{a0}t to 20,150\u{a0}t",
    );
}

#[test]
fn rulings_are_listed_on_the_code_they_classify_into_with_their_validity() {
    let built = quota_site().build();
    built.assert_ok();
    let page = built.page("en/tariff/090121/");
    let rulings = &page[page.find("class=\"rulings\"").expect("a rulings section")..];
    // Newest first; validity against the reference date.
    let new = rulings.find("BTI-2026-0007").unwrap();
    let old = rulings.find("BTI-2023-0112").unwrap();
    assert!(new < old);
    assert_contains(rulings, "Valid until January 11, 2029");
    assert_contains(rulings, "Expired on April 19, 2026");
    // Not under "What applies" as well; not on the heading's page.
    assert_lacks(&page, "<h3>Binding rulings</h3>");
    assert_lacks(&built.page("en/tariff/0901/"), "class=\"rulings\"");
    let own = built.page("en/rulings/bti-2026-0007/");
    assert_contains(&own, "Roasted arabica beans in 1 kg bags");
    assert_contains(&own, "GIR 1 and 6.");
    // Searchable: the ruling is a document of its kind.
    let site = quota_site();
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .args([
            "search",
            "BTI-2026-0007",
            "--kind",
            "ruling",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_contains(&text, "en/rulings/bti-2026-0007/");
}

#[test]
fn a_quota_or_ruling_that_contradicts_itself_is_an_error_at_its_place() {
    let site = quota_site();
    site.write(
        "content/quotas/sugar.md",
        &SUGAR_QUOTA
            .replace("closes = 2026-12-31", "closes = 2025-12-31")
            .replace("61250 from", "61,250 from")
            .replace("in_quota = \"5%\"", "in_quota = \"5 percent\""),
    )
    .write(
        "content/rulings/bti-2026-0007.md",
        &RULING.replace("valid_until = 2029-01-11", "valid_until = 2025-01-11"),
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(
        &err,
        "the quota closes on 2025-12-31, before it opens on 2026-01-01",
    );
    assert_contains(&err, "`61,250` groups thousands; write `61250`");
    assert_contains(&err, "content/quotas/sugar.md:12:35");
    assert_contains(&err, "in_quota:");
    assert_contains(
        &err,
        "the ruling binds until 2025-01-11, before it was issued",
    );
}
