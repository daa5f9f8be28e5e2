//! Issue 12: the law as a timeline. Rates carry their scheduled values;
//! every page, table and open data file shows what is in force on the
//! reference date, and what comes next beside it.

use crate::harness::{assert_contains, assert_lacks, kb_ok, SiteTest};

/// The tariff fixture with a scheduled MFN cut on 0901.11.10, an ATIGA
/// staging on 0901.11.90, and 0901.12 split into two lines on 2027-07-01.
fn scheduled_site() -> SiteTest {
    let site = SiteTest::new("tariff");
    let path = site.root().join("content/tariff/09.md");
    let chapter = std::fs::read_to_string(&path).unwrap();
    let chapter = chapter
        .replace(
            "| kg | 20% | 0% | Licence needed |",
            "| kg | 20%; 10% from 2027-01-01 | 0% | Licence needed |",
        )
        .replace(
            "| 0901.11.90 | - - - Other | kg | 2.5% | free | |",
            "| 0901.11.90 | - - - Other | kg | 2.5% | 8%; 6%, 4%, free yearly from 2027-01-01 | |",
        )
        .replace(
            "| 0901.12 | - - Decaffeinated | kg | 3000 VND/kg | 0% | |",
            "| 0901.12 | - - Decaffeinated | | | | |\n\
| 0901.12.10 until 2027-06-30 | - - - Decaffeinated | kg | 3000 VND/kg | 0% | |\n\
| 0901.12.20 from 2027-07-01 | - - - Decaffeinated, in capsules | kg | 4000 VND/kg | 0% | |",
        );
    std::fs::write(path, chapter).unwrap();
    site
}

fn rate_now(page: &str) -> &str {
    let after = page.split("<span class=\"rate-now\">").nth(1).unwrap_or("");
    &after[..after.find('<').unwrap_or(0)]
}

#[test]
fn a_code_page_shows_the_rate_in_force_and_the_next_one_beside_it() {
    let built = scheduled_site().build();
    built.assert_ok();
    let en = built.page("en/tariff/09011110/");
    assert_eq!(rate_now(&en), "20%");
    // No value in force has a known first day (the site is not in git).
    assert_contains(&en, "<h2 id=\"rates-title\">Duty rates in force</h2>");
    assert_contains(
        &en,
        "<span class=\"rate-next\"><time datetime=\"2027-01-01\">10% from January 1, 2027</time></span>",
    );
    assert_contains(&en, "Rates over time");
    let fr = built.page("fr/tariff/09011110/");
    assert_eq!(rate_now(&fr), "20\u{a0}%");
    assert_contains(&fr, "10\u{a0}% à partir du 1er janvier 2027");
    // The chapter table agrees.
    let chapter = built.page("en/tariff/09/");
    let row = chapter.split("/en/tariff/09011110/").nth(1).unwrap();
    let row = &row[..row.find("</tr>").unwrap()];
    assert_contains(row, "<span title=\"20%\">20%</span>");
    assert_contains(row, "10% from January 1, 2027");
}

#[test]
fn built_after_the_date_the_scheduled_rate_is_the_one_in_force() {
    let built = scheduled_site().build_with(&["--date", "2027-01-02"]);
    built.assert_ok();
    let en = built.page("en/tariff/09011110/");
    assert_eq!(rate_now(&en), "10%");
    assert_contains(&en, "Duty rates in force since January 1, 2027");
    assert_lacks(&en, "class=\"rate-next\"");
    // A staging schedule: one value a year.
    let staged = built.page("en/tariff/09011190/");
    let atiga = staged.split("<dt>ATIGA</dt>").nth(1).unwrap();
    assert_eq!(rate_now(atiga), "6%");
    assert_contains(atiga, "4% from January 1, 2028");
    let json: serde_json::Value = serde_json::from_str(&built.page("data/tariff.json")).unwrap();
    let line = json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == "09011190")
        .unwrap();
    let timeline = line["rates"]["atiga"]["timeline"].as_array().unwrap();
    assert_eq!(timeline.len(), 4);
    assert_eq!(timeline[0]["to"], "2026-12-31");
    assert_eq!(timeline[3]["from"], "2029-01-01");
    assert_eq!(line["rates"]["atiga"]["in_force"]["text"], "6%");
    let csv = built.page("data/tariff-en.csv");
    let row = csv.lines().find(|l| l.starts_with("09011190,")).unwrap();
    assert!(row.contains(",6%,4%,2028-01-01,"), "{row}");
}

#[test]
fn a_line_split_on_a_date_says_which_line_is_in_force() {
    let site = scheduled_site();
    let before = site.build();
    before.assert_ok();
    assert_contains(
        &before.page("en/tariff/09011220/"),
        "This line is not yet in force: it applies from July 1, 2027.",
    );
    // In force until its last day, and saying so.
    assert_contains(
        &before.page("en/tariff/09011210/"),
        "<p class=\"line-status line-ending\" role=\"note\">This line is in force until June 30, 2027, its last day.</p>",
    );
    let after = site.build_with(&["--date", "2027-07-01"]);
    assert_contains(
        &after.page("en/tariff/09011210/"),
        "This line is no longer in force: its last day was June 30, 2027.",
    );
    assert_lacks(&after.page("en/tariff/09011220/"), "line-status");
    let json: serde_json::Value = serde_json::from_str(&after.page("data/tariff.json")).unwrap();
    let old = json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == "09011210")
        .unwrap();
    assert_eq!(old["status"]["state"], "ended");
    assert_eq!(old["validity"]["until"], "2027-06-30");
    // Its rate ends with it, as its page says; nothing is in force after.
    assert_eq!(old["rates"]["mfn"]["timeline"][0]["to"], "2027-06-30");
    assert_eq!(old["rates"]["mfn"]["in_force"], serde_json::Value::Null);
    // The line that starts has its rate from its first day.
    let new = json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == "09011220")
        .unwrap();
    assert_eq!(new["rates"]["mfn"]["timeline"][0]["from"], "2027-07-01");
}

#[test]
fn a_line_shows_no_rate_outside_its_first_and_last_days() {
    let site = scheduled_site();
    site.edit("content/tariff/09.md", |text| {
        text.replace(
            "| 0901.12.10 until 2027-06-30 | - - - Decaffeinated | kg | 3000 VND/kg | 0% |",
            "| 0901.12.10 until 2027-06-30 | - - - Decaffeinated | kg | 3000 VND/kg | 8%; 6%, 4% yearly from 2027-01-01 |",
        )
        .replace(
            "| 0901.12.20 from 2027-07-01 | - - - Decaffeinated, in capsules | kg | 4000 VND/kg | 0% |",
            "| 0901.12.20 from 2027-07-01 | - - - Decaffeinated, in capsules | kg | 4000 VND/kg | 6%; 4% from 2028-01-01 |",
        )
    });
    let built = site.build();
    built.assert_ok();
    // The line that ends: 6% on 2027-01-01 is its last change; 4% on
    // 2028-01-01 would come after its last day and never applies.
    let ending = built.page("en/tariff/09011210/");
    assert_contains(&ending, "<h2 id=\"rates-title\">Duty rates in force");
    assert_contains(
        &ending,
        "<time datetime=\"2027-06-30\">June 30, 2027</time></td>",
    );
    assert_lacks(&ending, "2028-01-01");
    // The line that starts later: its rates are "from" its first day, and
    // none of its values is in force yet.
    let starting = built.page("en/tariff/09011220/");
    assert_contains(
        &starting,
        "<h2 id=\"rates-title\">Duty rates from July 1, 2027</h2>",
    );
    assert_lacks(&starting, "Duty rates in force");
    assert_lacks(&starting, "state-in_force");
    assert_contains(
        &starting,
        "<time datetime=\"2027-07-01\">July 1, 2027</time>",
    );
    // Built after its last day, the ended line says until when.
    let later = site.build_with(&["--date", "2027-07-02"]);
    later.assert_ok();
    assert_contains(
        &later.page("en/tariff/09011210/"),
        "<h2 id=\"rates-title\">Duty rates until June 30, 2027</h2>",
    );
}

/// A tester's report: the page of a line that ends did not say which
/// lines take over, nor a new line which it replaces. A line that ends is
/// replaced by the lines under the same code that start the next day.
#[test]
fn a_line_that_ends_links_the_lines_that_replace_it_and_back() {
    let site = scheduled_site();
    // Another line starting that day under another code replaces nothing.
    site.edit("content/tariff/09.md", |text| {
        text.replace(
            "| 0901.21 | - - Roasted, not decaffeinated |",
            "| 0901.21 from 2027-07-01 | - - Roasted, not decaffeinated |",
        )
    });
    let built = site.build();
    built.assert_ok();
    let ending = built.page("en/tariff/09011210/");
    // In force, with a last day: the page and the chapter's table say so.
    let note = "This line is in force until June 30, 2027, its last day.";
    assert_contains(
        &ending,
        &format!("<p class=\"line-status line-ending\" role=\"note\">{note}</p>"),
    );
    assert_contains(&built.page("en/tariff/09/"), note);
    assert_contains(
        &ending,
        "<div class=\"line-replacement line-replaced-by\">\n    <p>From July 1, 2027, this line is replaced by:</p>",
    );
    assert_contains(&ending, "<li><a href=\"/en/tariff/09011220/\"><span class=\"code-number\">0901.12.20</span> <span>Decaffeinated, in capsules</span></a></li>");
    assert_lacks(&ending, "/en/tariff/090121/");
    assert_lacks(&ending, "this line replaces:");
    let starting = built.page("en/tariff/09011220/");
    assert_contains(&starting, "<p>From July 1, 2027, this line replaces:</p>");
    assert_contains(&starting, "<a href=\"/en/tariff/09011210/\">");
    // In French, with the description in French where it has one.
    let fr = built.page("fr/tariff/09011210/");
    assert_contains(
        &fr,
        "À partir du 1er juillet 2027, cette ligne est remplacée par\u{a0}:",
    );
    // A line without dates has neither.
    assert_lacks(&built.page("en/tariff/09011110/"), "line-replacement");
}

/// `until` is the last day in force. A replacement written from that
/// same day leaves a day with both lines, one written a day late a day
/// with neither: each is a warning at the ending line, with the days to
/// write. The scheduled site's split (the day after) is not.
#[test]
fn a_replacement_a_day_off_its_line_s_last_day_is_a_warning() {
    let site = scheduled_site();
    let built = site.build();
    built.assert_ok();
    assert_lacks(&built.stderr(), "neither is in force");
    for (starts, message, hint) in [
        (
            "2027-06-30",
            "`0901.12.10` is in force until 2027-06-30, its last day, and `0901.12.20` from 2027-06-30: on that day both are",
            "end `0901.12.10` on 2027-06-29, or start `0901.12.20` on 2027-07-01",
        ),
        (
            "2027-07-02",
            "`0901.12.10` ends on 2027-06-30 and `0901.12.20` starts on 2027-07-02: on 2027-07-01 neither is in force",
            "start `0901.12.20` on 2027-07-01, the day after `0901.12.10`'s last",
        ),
    ] {
        site.edit("content/tariff/09.md", |text| {
            let at = text.find("| 0901.12.20 from ").unwrap() + "| 0901.12.20 from ".len();
            format!("{}{starts}{}", &text[..at], &text[at + 10..])
        });
        site.build().assert_ok();
        let out = kb_ok(site.root(), &["check", "--format", "json"]);
        let json = String::from_utf8_lossy(&out.stdout);
        assert_contains(&json, message);
        assert_contains(&json, hint);
    }
}

#[test]
fn the_build_says_when_to_build_again() {
    let built = scheduled_site().build();
    built.assert_ok();
    assert_contains(&built.stdout(), "next scheduled change on 2027-01-01");
    let schedule: serde_json::Value =
        serde_json::from_str(&built.page("data/schedule.json")).unwrap();
    assert_eq!(schedule["reference_date"], "2026-12-02");
    assert_eq!(schedule["next_change"], "2027-01-01");
    let later = scheduled_site().build_with(&["--date", "2028-03-01"]);
    let schedule: serde_json::Value =
        serde_json::from_str(&later.page("data/schedule.json")).unwrap();
    assert_eq!(schedule["next_change"], "2029-01-01");
}

#[test]
fn dated_values_that_do_not_read_are_errors_at_their_place() {
    let site = SiteTest::new("tariff");
    let path = site.root().join("content/tariff/09.md");
    let chapter = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        chapter
            .replace("| kg | 20% | 0% |", "| kg | 20%; 10% from 2027-13-01 | 0% |")
            .replace(
                "| 0901.11.90 | - - - Other | kg | 2.5% | free |",
                "| 0901.11.90 | - - - Other | kg | 2.5%; 2% from 2028-01-01; 1% from 2027-01-01 | free |",
            )
            .replace(
                "| 0901.12 | - - Decaffeinated | kg | 3000 VND/kg | 0% |",
                "| 0901.12 from 2027-02-30 | - - Decaffeinated | kg | 3000 VND/kg; 2000 VND/kg | 0% |",
            ),
    )
    .unwrap();
    let built = site.build();
    built.assert_fails();
    let stderr = built.stderr();
    assert_contains(&stderr, "`2027-13-01` is not a date");
    assert_contains(&stderr, "2027-01-01 comes before 2028-01-01");
    assert_contains(&stderr, "`2027-02-30` is not a date");
    assert_contains(&stderr, "`2000 VND/kg` has no date");
    assert_contains(&stderr, "09.md:15");
}

#[test]
fn a_translation_may_not_change_a_dated_rate() {
    let site = scheduled_site();
    site.write(
        "content/tariff/09.fr.md",
        "+++\ntitle = \"Café\"\n+++\n\n| Code | Description | MFN |\n|---|---|---|\n| 0901.11.10 | Arabica | 20%; 10% from 2027-02-01 |\n",
    );
    let built = site.build();
    built.assert_fails();
    assert_contains(
        &built.stderr(),
        "this translation changes the mfn of `0901.11.10`",
    );
}

#[test]
fn import_reads_one_column_per_date_and_line_validity() {
    let site = SiteTest::new("tariff");
    std::fs::remove_dir_all(site.root().join("content/tariff")).unwrap();
    site.write(
        "export.csv",
        "Code,Description,Unit,MFN,MFN 2027-01-01,MFN from 2028-01-01,ATIGA,From,Until\n\
09,Coffee and tea,,,,,,,\n\
0901,Coffee,,,,,,,\n\
090111,Not decaffeinated,kg,15%,10%,5%,0%,,2027-06-30\n\
090112,Decaffeinated,kg,20%,,,0%,2027-07-01,\n",
    );
    let out = crate::harness::kb()
        .arg("--root")
        .arg(site.root())
        .args(["import", "tariff"])
        .arg(site.root().join("export.csv"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let chapter = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    assert_contains(&chapter, "| 0901.11 until 2027-06-30 | Not decaffeinated | kg | 15%; 10% from 2027-01-01; 5% from 2028-01-01 | 0% |");
    assert_contains(
        &chapter,
        "| 0901.12 from 2027-07-01 | Decaffeinated | kg | 20% | 0% |",
    );
}
