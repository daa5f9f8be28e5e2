//! A tariff laid out as national tariffs print it: an undivided
//! subheading only as its national line, and national subdivisions
//! between the subheading and the line (the EAEU's 9-digit rows).

use crate::harness::{assert_contains, assert_lacks, kb_ok, SiteTest};
use crate::search::{node, paths_of};

/// The EAEU's way: 10-digit lines, `0901 11 000` grouping the lines of
/// subheading 0901 11 (which has no row), and `0901 12 000 0` straight
/// under its heading.
const EAEU_CHAPTER: &str = "+++\ntitle = \"Coffee\"\nsection = \"II\"\n+++\n\n\
| Code | Description | Unit | MFN | ATIGA | Note |\n\
|---|---|---|---|---|---|\n\
| 0901 | Coffee, whether or not roasted | | | | |\n\
| | - Coffee, not roasted: | | | | |\n\
| 0901 11 000 | - - Not decaffeinated: | | | | |\n\
| 0901 11 000 1 | - - - For industrial processing | kg | 0% | | |\n\
| 0901 11 000 9 | - - - Other | kg | 5% | | |\n\
| 0901 12 000 0 | - - Decaffeinated | kg | 5% | | |\n\
| 0902 | Tea | | | | |\n\
| 0902 10 | - Green tea in packings of 3 kg or less | | | | |\n\
| 0902 10 000 1 | - - Flavoured | kg | 10% | | |\n\
| 0902 10 000 9 | - - Other | kg | 10% | | |\n";

fn eaeu_site() -> SiteTest {
    let site = SiteTest::new("tariff");
    site.edit("kb.toml", |config| {
        config.replace(
            "national_digits = 8",
            "national_digits = 10\ncode_format = \"#### ## ### #\"",
        )
    });
    site.write("content/tariff/09.md", EAEU_CHAPTER);
    site.write(
        "content/tariff/09.fr.md",
        "+++\ntitle = \"Café\"\n+++\n\n| Code | Description |\n|---|---|\n\
| 0901 | Café, même torréfié |\n| | - Café non torréfié : |\n\
| 0901 12 000 0 | - - Décaféiné |\n",
    );
    // A notice about a subheading that has no row: it names the line
    // that begins with it.
    site.write(
        "content/notices/decaf.md",
        "+++\ntitle = \"Decaffeinated coffee\"\nstatus = \"in-force\"\ndate = 2026-11-02\naffects = [\"hs:0901.12\"]\n+++\nText.\n",
    );
    // A code linked as the EAEU writes it, spaces and all, in angle
    // brackets (Markdown makes no link of an address with spaces).
    site.edit("content/_index.md", |home| {
        home.replace("(hs:0901.11.10)", "(<hs:0901 11 000 1>)")
    });
    site
}

#[test]
fn a_line_without_its_subheading_row_and_a_nine_digit_subdivision_build() {
    let site = eaeu_site();
    let built = site.build();
    built.assert_ok();
    assert_contains(
        &built.page("en/index.html"),
        "<a href=\"/en/tariff/0901110001/\">arabica coffee</a>",
    );

    // A line straight under its heading: its page names the heading as
    // what it belongs to, and its rate.
    let line = built.page("en/tariff/0901120000/");
    assert_contains(&line, "<span class=\"code-number\">0901 12 000 0</span>");
    assert_contains(
        &line,
        "<li><a href=\"/en/tariff/0901/\"><span class=\"code-number\">0901</span>",
    );
    assert_contains(&line, "5%");
    // The 9-digit subdivision has a page that lists its two lines.
    let group = built.page("en/tariff/090111000/");
    assert_contains(&group, "<span class=\"code-number\">0901 11 000</span>");
    assert_contains(&group, "0901 11 000 1");
    assert_contains(&group, "0901 11 000 9");
    let notice = built.page("en/notices/decaf/");
    assert_contains(
        &notice,
        "<a href=\"/en/tariff/0901120000/\"><span class=\"code-number\">0901 12 000 0</span>",
    );
    assert_lacks(&notice, "/en/tariff/090112/");
    // And the line's page lists the notice.
    assert_contains(&built.page("en/tariff/0901120000/"), "/en/notices/decaf/");
    // The French chapter shows the translated line under the heading.
    assert_contains(&built.page("fr/tariff/09/"), "Décaféiné");
    // Open data names each code's parent as it is.
    let csv = built.page("data/tariff-en.csv");
    assert_contains(&csv, "\n0901120000,0901 12 000 0,national_line,09,0901,");
    assert_contains(
        &csv,
        "\n0901110001,0901 11 000 1,national_line,09,090111000,",
    );
    assert_contains(&csv, "\n090111000,0901 11 000,subheading,09,0901,");

    // A trader types the subheading, which has no row, or a line that
    // does not exist: found alike by `kb search` and in the browser.
    let file = built.out.with_file_name("eaeu-queries.tsv");
    std::fs::write(&file, "en\t0901 12\nen\t0901 11 000 5\nen\t090111\n").unwrap();
    let out = kb_ok(site.root(), &["search", "--batch", file.to_str().unwrap()]);
    let answers: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["answer"].clone())
        .collect();
    assert_eq!(answers[0]["hits"][0]["path"], "en/tariff/0901120000/");
    // The nearest code above a missing one may have an odd length.
    assert_eq!(answers[1]["note"]["found"], "090111000", "{}", answers[1]);
    assert_eq!(answers[1]["hits"][0]["path"], "en/tariff/090111000/");
    assert_eq!(answers[2]["hits"][0]["path"], "en/tariff/090111000/");
    let runtime = node(
        &[
            "tests/search/query.js",
            built.out.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        &[],
    );
    for (browser, cli) in runtime.lines().zip(&answers) {
        let browser: serde_json::Value = serde_json::from_str(browser).unwrap();
        let (got, paths) = paths_of(&browser, cli);
        assert_eq!(got, paths, "{browser}");
        assert_eq!(
            browser["note"],
            cli.get("note").cloned().unwrap_or_default()
        );
    }
}

#[test]
fn a_code_cut_short_or_with_no_heading_is_still_an_error() {
    let site = eaeu_site();
    site.edit("content/tariff/09.md", |chapter| {
        chapter
            // A line whose last digit was lost: a subdivision with no line.
            .replace("| 0901 12 000 0 |", "| 0901 12 000 |")
            // A line whose heading row is missing.
            .replace("| 0902 | Tea | | | | |\n", "")
    });
    // Without the angle brackets, no link: an error, not text published.
    site.edit("content/_index.md", |home| {
        home.replace("(<hs:0901 11 000 1>)", "(hs:0901 11 000 1)")
    });
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "`0901 12 000` has 9 digits and no line below it");
    assert_contains(
        &err,
        "a national line has 10 digits: write the code in full",
    );
    assert_contains(&err, "`0902 10` has no heading `0902` in the table");
    assert_contains(&err, "add a row for 0902 above it");
    assert_contains(&err, "`hs:0901 11 000 1` is not a link");
    assert_contains(&err, "`(hs:0901110001)`");
    assert_lacks(&err, "panicked");
}
