//! A tax that some duty regimes waive (`waived_by`): Türkiye's additional
//! customs duty (İGV) is levied on goods of non-preferential origin (the
//! GV rate) and not on goods that claim the EU (AB) or an FTA (STA)
//! preference. The calculator charged it under every regime: 5,412,000 TL
//! on a car declared at the AB rate, where 4,260,000 is due
//! (/work/tester-tr/REPORT.md, defect 1).

use crate::harness::{assert_contains, assert_lacks, SiteTest};

const CONFIG: &str = r#"title = "Regimes Test Customs"
base_url = "https://customs.test"

[languages.en]
name = "English"
[languages.fr]
name = "Français"

[tariff]
national_digits = 12
currency = "TRY"
[[tariff.columns]]
key = "unit"
[[tariff.columns]]
key = "gv"
kind = "rate"
[[tariff.columns]]
key = "ab"
kind = "rate"
[[tariff.columns]]
key = "sta"
kind = "rate"
[[tariff.columns]]
key = "igv"
kind = "tax"
base = "value"
waived_by = ["ab", "sta"]
[[tariff.columns]]
key = "otv"
kind = "tax"
base = "value + duty + igv"
[[tariff.columns]]
key = "kdv"
kind = "tax"
base = "value + duty + igv + otv"
"#;

/// Cars: one line with every regime, and one with no GV rate in force, so
/// that its worked example is at the AB rate.
const CHAPTER_87: &str = "+++\ntitle = \"Vehicles\"\nsection = \"XVII\"\n+++\n\n\
| Code | Description | Unit | GV | AB | STA | IGV | OTV | KDV |\n\
|---|---|---|---|---|---|---|---|---|\n\
| 8703 | Motor cars | | | | | | | |\n\
| 8703.23 | - Of a cylinder capacity over 1,500 cm3 but not over 3,000 cm3 | | | | | | | |\n\
| 8703.23.19.00.00 | - - Other | u | 10% | free | free | 20% | 220% | 20% |\n\
| 8703.23.90.00.00 | - - Used | u | | free | free | 20% | 220% | 20% |\n";

/// The tariff fixture made a Turkish-shaped tariff: three regimes, İGV
/// waived by two of them, ÖTV and KDV on bases that name İGV.
fn regimes_site(config: &str) -> SiteTest {
    let site = SiteTest::new("tariff");
    for chapter in ["09.md", "09.fr.md", "85.md"] {
        std::fs::remove_file(site.root().join("content/tariff").join(chapter)).unwrap();
    }
    site.write("kb.toml", config)
        .write("content/tariff/87.md", CHAPTER_87)
        .write(
            "content/_index.md",
            "+++\ntitle = \"Home\"\n+++\nLook up [cars](hs:8703.23.19.00.00) in the tariff.\n",
        )
        .edit("content/tariff/_index.md", |index| {
            index.replace("XVI = ", "XVII = \"Vehicles\"\nXVI = ")
        });
    site
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
fn a_tax_a_preference_waives_says_so_and_the_runtime_and_open_data_know() {
    let built = regimes_site(CONFIG).build();
    built.assert_ok();
    let car = built.page("en/tariff/870323190000/");
    // Under the İGV rate, the regimes that waive it, in the reader's words.
    assert_contains(
        &car,
        "<dd class=\"rate-about tax-waived\">Not levied at the AB or STA rate</dd>",
    );
    assert_contains(
        &built.page("fr/tariff/870323190000/"),
        "Non perçue au taux AB ou STA",
    );
    // The chapter's table links İGV's header to what its column means.
    let chapter = built.page("en/tariff/87/");
    assert_contains(&chapter, "<a href=\"#col-igv\">IGV</a>");
    assert_contains(
        &chapter,
        "<dd class=\"tax-waived\">Not levied at the AB or STA rate</dd>",
    );
    // The runtime learns which regimes waive it, and how to say so.
    let calc = calculator(&car);
    assert_contains(
        calc,
        "&quot;waived_by&quot;:[&quot;ab&quot;,&quot;sta&quot;]",
    );
    assert_contains(calc, "Not levied at the {regimes} rate");
    // The worked example is at GV, which levies İGV: 10% + 20%, ÖTV on
    // 1,000 + 100 + 200, KDV on that and ÖTV's 2,860.
    assert_eq!(
        step(calc, "tax\" data-key=\"igv"),
        ("1,000.00 × 20%".into(), "TRY\u{a0}200.00".into())
    );
    assert_eq!(
        step(calc, "tax\" data-key=\"kdv").0,
        "(1,000.00 + 100.00 + 200.00 + 2,860.00) × 20%"
    );
    // Open data says it too, so that a re-user computes as the site does.
    let json: serde_json::Value = serde_json::from_str(&built.page("data/tariff.json")).unwrap();
    let columns = json["columns"].as_array().unwrap();
    assert_eq!(
        columns[4],
        serde_json::json!({"key": "igv", "kind": "tax", "base": ["value"], "waived_by": ["ab", "sta"]})
    );
    assert_eq!(
        columns[5],
        serde_json::json!({"key": "otv", "kind": "tax", "base": ["value", "duty", "igv"]})
    );
}

#[test]
fn at_a_regime_that_waives_a_tax_none_is_levied_and_later_bases_count_it_as_nothing() {
    let built = regimes_site(CONFIG).build();
    built.assert_ok();
    // No GV rate: the worked example is at AB, under which İGV is waived.
    let used = built.page("en/tariff/870323900000/");
    let calc = calculator(&used);
    assert_contains(calc, "at the AB rate");
    assert_eq!(
        step(calc, "tax\" data-key=\"igv"),
        ("Not levied at the AB rate".into(), "TRY\u{a0}0.00".into())
    );
    // ÖTV 220% of 1,000 + 0 (no İGV in its base), KDV 20% of 3,200.
    assert_eq!(
        step(calc, "tax\" data-key=\"otv"),
        (
            "(1,000.00 + 0.00) × 220%".into(),
            "TRY\u{a0}2,200.00".into()
        )
    );
    assert_eq!(
        step(calc, "tax\" data-key=\"kdv"),
        (
            "(1,000.00 + 0.00 + 2,200.00) × 20%".into(),
            "TRY\u{a0}640.00".into()
        )
    );
    assert_eq!(step(calc, "total").1, "TRY\u{a0}2,840.00");
    assert_lacks(calc, ">TRY\u{a0}200.00</td>");
}

#[test]
fn waived_by_that_names_no_rate_column_is_an_error_at_its_place() {
    let misspelt = CONFIG.replace("[\"ab\", \"sta\"]", "[\"ab\", \"fta\"]");
    let built = regimes_site(&misspelt).build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(
        &err,
        "the tax `igv` is waived by `fta`, which is not a rate column",
    );
    assert_contains(&err, "kb.toml:27:");
    assert_contains(
        &err,
        "did you mean \"sta\"? waived_by names rate columns (duty regimes): gv, ab, sta",
    );
    // Only a tax is waived; a tax waived under every regime is never levied.
    let on_a_rate = CONFIG.replace(
        "key = \"ab\"\nkind = \"rate\"\n",
        "key = \"ab\"\nkind = \"rate\"\nwaived_by = [\"gv\"]\n",
    );
    let err = regimes_site(&on_a_rate).build().stderr();
    assert_contains(&err, "`ab` is not a tax column, so no regime waives it");
    let everywhere = CONFIG.replace("[\"ab\", \"sta\"]", "[\"AB\", \"sta\", \"gv\"]");
    let built = regimes_site(&everywhere).build();
    built.assert_fails();
    assert_contains(
        &built.stderr(),
        "the tax `igv` is waived under every rate column, so it is never levied",
    );
}
