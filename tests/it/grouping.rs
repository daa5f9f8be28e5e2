//! Grouping lines reach the lines under them (testers in Cambodia and
//! Brazil): a row with no code, `- Roasted:`, applies by depth to the rows
//! after it, and tells roasted coffee (35%) from green (7%) where the
//! lines' own words are the same. The line's page (title, lineage), its
//! search document, its feed entries and the open data carry it.

use crate::feeds::{commit, edit, git};
use crate::harness::{assert_contains, assert_lacks, kb_ok, title_of, SiteTest};

/// Chapter 09 as AHTN prints it: grouping lines at two depths.
const COFFEE: &str = "+++\ntitle = \"Coffee, tea, maté and spices\"\nsection = \"II\"\n+++\n\n\
| Code | Description | Unit | MFN | ATIGA | Note |\n\
|---|---|---|---|---|---|\n\
| 09.01 | Coffee, whether or not roasted or decaffeinated | | | | |\n\
| | - Not roasted: | | | | |\n\
| 0901.11 | - - Not decaffeinated: | | | | |\n\
| 0901.11.10 | - - - Arabica WIB or Robusta OIB | kg | 7% | 0% | |\n\
| 0901.11.90 | - - - Other | kg | 7% | 0% | |\n\
| 0901.12 | - - Decaffeinated | kg | 7% | 0% | |\n\
| | - Roasted: | | | | |\n\
| 0901.21 | - - Not decaffeinated: | | | | |\n\
| | - - - Unground: | | | | |\n\
| 0901.21.11 | - - - - In packages | kg | 35% | 0% | |\n\
| 0901.21.19 | - - - - Other | kg | 35% | 0% | |\n\
| 0901.21.20 | - - - Ground | kg | 35% | 0% | |\n\
| 09.02 | Tea, whether or not flavoured | kg | 30% | 0% | |\n";

/// Its French translation: the first grouping line translated, the
/// second not.
const COFFEE_FR: &str = "+++\ntitle = \"Café, thé, maté et épices\"\n+++\n\n\
| Code | Description | Note |\n\
|---|---|---|\n\
| 09.01 | Café, même torréfié ou décaféiné | |\n\
| | - Café non torréfié : | |\n\
| 0901.11 | - - Non décaféiné : | |\n\
| 0901.11.10 | - - - Arabica WIB ou Robusta OIB | |\n\
| 0901.12 | - - Décaféiné | |\n\
| 0901.21 | - - Non décaféiné : | |\n\
| 0901.21.11 | - - - - En emballages | |\n";

fn coffee_site() -> SiteTest {
    let site = SiteTest::new("tariff");
    site.write("content/tariff/09.md", COFFEE)
        .write("content/tariff/09.fr.md", COFFEE_FR);
    site
}

#[test]
fn a_line_page_names_the_grouping_lines_above_it() {
    let built = coffee_site().build();
    built.assert_ok();
    let roasted = built.page("en/tariff/09012111/");
    assert_contains(
        title_of(&roasted),
        "0901.21.11 In packages – Unground: – Not decaffeinated: – Roasted: – Coffee, whether or not roasted or decaffeinated",
    );
    let green = built.page("en/tariff/09011110/");
    assert_contains(
        title_of(&green),
        "0901.11.10 Arabica WIB or Robusta OIB – Not decaffeinated: – Not roasted: – Coffee",
    );
    // The two subheadings worded alike are told apart.
    assert_contains(
        title_of(&built.page("en/tariff/090121/")),
        "0901.21 Not decaffeinated: – Roasted: – Coffee",
    );
    assert_contains(
        title_of(&built.page("en/tariff/090111/")),
        "0901.11 Not decaffeinated: – Not roasted: – Coffee",
    );
    // The lineage holds them in table order, as text between the codes.
    let lineage = &roasted[roasted.find("class=\"lineage\"").unwrap()..];
    let lineage = &lineage[..lineage.find("</ol>").unwrap()];
    let at = |text: &str| {
        lineage
            .find(text)
            .unwrap_or_else(|| panic!("{text} in {lineage}"))
    };
    assert!(at(">09.01<") < at(">Roasted:<"));
    assert!(at(">Roasted:<") < at(">0901.21<"));
    assert!(at(">0901.21<") < at(">Unground:<"));
    assert_contains(
        lineage,
        "<li class=\"lineage-group\"><span>Roasted:</span></li>",
    );
    assert_lacks(lineage, "Not roasted:");
    // The heading, with its own words.
    assert_contains(
        &roasted,
        "<span class=\"code-number\">0901.21.11</span>\n    <span>In packages</span></h1>",
    );
    // A translated grouping line is the translation's; an untranslated
    // one the original's, marked as English.
    let fr = built.page("fr/tariff/09011110/");
    assert_contains(
        title_of(&fr),
        "0901.11.10 Arabica WIB ou Robusta OIB – Non décaféiné : – Café non torréfié : – Café, même torréfié ou décaféiné",
    );
    let fr = built.page("fr/tariff/09012111/");
    assert_contains(
        title_of(&fr),
        "En emballages – Unground: – Non décaféiné : – Roasted: – Café",
    );
    assert_contains(
        &fr,
        "<li class=\"lineage-group\"><span lang=\"en\" dir=\"auto\">Roasted:</span></li>",
    );
}

#[test]
fn roasted_coffee_finds_the_lines_under_roasted_first() {
    let site = coffee_site();
    let out = kb_ok(
        site.root(),
        &[
            "search",
            "roasted coffee",
            "--lang",
            "en",
            "--limit",
            "20",
            "--format",
            "json",
        ],
    );
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = answer["hits"].as_array().unwrap();
    let codes: Vec<&str> = hits
        .iter()
        .filter_map(|h| h["path"].as_str()?.strip_prefix("en/tariff/"))
        .map(|p| p.trim_end_matches('/'))
        .collect();
    let place = |code: &str| codes.iter().position(|c| *c == code);
    let roasted = ["090121", "09012111", "09012119", "09012120"];
    let not_roasted = ["090111", "09011110", "09011190", "090112"];
    for code in roasted {
        let found = place(code).unwrap_or_else(|| panic!("{code} found: {codes:?}"));
        for other in not_roasted {
            assert!(
                place(other).is_none_or(|o| found < o),
                "{code} before {other}: {codes:?}"
            );
        }
    }
    // A result says where the line sits, grouping line included.
    let line = hits
        .iter()
        .find(|h| h["path"] == "en/tariff/09012120/")
        .unwrap();
    assert_contains(
        line["title"].as_str().unwrap(),
        "Ground – Not decaffeinated: – Roasted: – Coffee",
    );
}

#[test]
fn open_data_gives_each_line_the_grouping_lines_above_it() {
    let built = coffee_site().build();
    built.assert_ok();
    let json: serde_json::Value = serde_json::from_str(&built.page("data/tariff.json")).unwrap();
    let line = |code: &str| {
        json["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["code"] == code)
            .unwrap()
            .clone()
    };
    assert_eq!(
        line("090121")["groups"],
        serde_json::json!([{"en": "Roasted:"}])
    );
    assert_eq!(
        line("090111")["groups"],
        serde_json::json!([{"en": "Not roasted:", "fr": "Café non torréfié :"}])
    );
    assert_eq!(
        line("09012111")["groups"],
        serde_json::json!([{"en": "Unground:"}])
    );
    assert_eq!(line("09012120")["groups"], serde_json::json!([]));
    let csv = built.page("data/tariff-fr.csv");
    assert_contains(
        &csv,
        "code,display,level,chapter,parent,declarable,description,description_language,groups,in_force,",
    );
    assert_contains(
        &csv,
        "090111,0901.11,subheading,09,0901,false,Non décaféiné :,fr,Café non torréfié :,true,",
    );
    assert_contains(
        &csv,
        "090121,0901.21,subheading,09,0901,false,Non décaféiné :,fr,Roasted:,true,",
    );
}

#[test]
fn a_feed_entry_tells_a_line_by_its_grouping_lines() {
    let site = coffee_site();
    git(site.root(), &["init", "-q"], "2026-09-01T08:00:00Z");
    commit(&site, "Initial content", "2026-09-01T08:00:00Z");
    edit(
        &site,
        "content/tariff/09.md",
        "| 09.02 |",
        "| 0901.21.30 | - - - Other | kg | 35% | 0% | |\n| 09.02 |",
    );
    commit(&site, "New roasted line", "2026-11-10T09:00:00Z");
    let built = site.build();
    built.assert_ok();
    assert_contains(
        &built.page("en/feeds/tariff.xml"),
        "New tariff line 0901.21.30: Other – Not decaffeinated: – Roasted: – Coffee",
    );
}
