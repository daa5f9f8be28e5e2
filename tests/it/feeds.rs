//! Issue 6: change feeds from the git history of `content/`. The test makes
//! a repository of the customs fixture with the `git` binary (kb itself
//! reads it with gix), commits a rate change, a fee change, a procedure
//! change, a tool status change, a rename and a notice, and reads the feeds,
//! the changes page and each page's history in two languages.
//!
//! Issue 12: dated values in the feeds. A scheduled rate is an entry with
//! its own date, added, revised and withdrawn; an edit of the rate in force
//! is dated by its commit alone, whatever the chapter's `effective` says;
//! lines start and end on dates; rates are compared parsed.

use std::path::Path;
use std::process::Command;

use crate::entities::customs_site;
use crate::harness::{assert_contains, assert_lacks, SiteTest};

pub(crate) fn git(root: &Path, args: &[&str], date: &str) {
    let status = Command::new("git")
        .current_dir(root)
        .args([
            "-c",
            "user.name=Editor",
            "-c",
            "user.email=editor@customs.test",
        ])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

pub(crate) fn commit(site: &SiteTest, message: &str, date: &str) {
    git(site.root(), &["add", "-A"], date);
    git(site.root(), &["commit", "-q", "-m", message], date);
}

pub(crate) fn edit(site: &SiteTest, path: &str, from: &str, to: &str) {
    let full = site.root().join(path);
    let text = std::fs::read_to_string(&full).unwrap();
    assert!(text.contains(from), "{path} lacks {from}");
    std::fs::write(full, text.replacen(from, to, 1)).unwrap();
}

/// The customs fixture with five commits of history.
fn site_with_history() -> SiteTest {
    let site = customs_site();
    git(site.root(), &["init", "-q"], "2026-09-01T08:00:00Z");
    commit(&site, "Initial content", "2026-09-01T08:00:00Z");
    edit(
        &site,
        "content/tariff/09.md",
        "section = \"II\"",
        "section = \"II\"\neffective = 2027-01-01",
    );
    edit(
        &site,
        "content/tariff/09.md",
        "| kg | 20% | 0% | Licence needed |",
        "| kg | 20%; 15% from 2027-01-01 | 0% | Licence needed |",
    );
    commit(&site, "Coffee: MFN 15% from 2027", "2026-10-01T09:30:00Z");
    edit(
        &site,
        "content/fees/declaration.md",
        "amount = \"20000\"",
        "amount = \"25000\"",
    );
    edit(
        &site,
        "content/fees/declaration.md",
        "published = 2024-11-15\neffective = 2025-01-01",
        "published = 2026-10-15\neffective = 2027-02-01",
    );
    commit(&site, "Declaration fee revised", "2026-10-15T10:00:00Z");
    edit(
        &site,
        "content/procedures/import.md",
        "documents = [\"Commercial invoice\", \"Bill of lading\"]",
        "documents = [\"Commercial invoice\", \"Bill of lading\", \"Packing list\"]",
    );
    // A translation names the same documents (issue 17).
    edit(
        &site,
        "content/procedures/import.fr.md",
        "documents = [\"Facture commerciale\", \"Connaissement\"]",
        "documents = [\"Facture commerciale\", \"Connaissement\", \"Liste de colisage\"]",
    );
    edit(
        &site,
        "content/tools/ecosse.md",
        "status = \"reference\"",
        "status = \"applied\"",
    );
    commit(
        &site,
        "Import: packing list; Zeta applied",
        "2026-11-01T11:00:00Z",
    );
    git(
        site.root(),
        &["mv", "content/tools/ecosse.md", "content/tools/zeta.md"],
        "2026-11-05T12:00:00Z",
    );
    git(
        site.root(),
        &[
            "mv",
            "content/tools/ecosse.fr.md",
            "content/tools/zeta.fr.md",
        ],
        "2026-11-05T12:00:00Z",
    );
    commit(&site, "Rename a tool", "2026-11-05T12:00:00Z");
    site
}

#[test]
fn history_becomes_feed_entries_in_every_format_and_language() {
    let site = site_with_history();
    let built = site.build();
    built.assert_ok();

    let en = built.page("en/feeds/all.xml");
    assert_contains(
        &en,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">",
    );
    assert_contains(
        &en,
        "MFN rate of 0901.11.10 changes from 20% to 15% on January 1, 2027",
    );
    assert_contains(
        &en,
        "Declaration processing fee: amount changes from ₫20,000 to ₫25,000 on February 1, 2027",
    );
    // The amount and its date were edited together: one entry, not two.
    assert_lacks(&en, "Declaration processing fee: takes effect");
    assert_contains(&en, "Import for home use: documents required changed");
    assert_contains(&en, "Added: Packing list.");
    assert_contains(
        &en,
        "Zeta guidelines: status changed from Reference to Applied",
    );
    assert_contains(&en, "Consultation open for comment until December 31, 2026: Draft revision of the declaration fee");
    assert_contains(&en, "<updated>2026-10-01T09:30:00Z</updated>");
    assert_contains(
        &en,
        "<link rel=\"alternate\" type=\"text/html\" href=\"https://customs.test/en/tariff/09011110/\"/>",
    );

    let fr = built.page("fr/feeds/all.xml");
    assert_contains(&fr, "xml:lang=\"fr\"");
    assert_contains(
        &fr,
        "Le taux NPF du 0901.11.10 passe de 20\u{a0}% à 15\u{a0}% le 1er janvier 2027",
    );
    assert_contains(
        &fr,
        "le montant passe de 20\u{202f}000\u{a0}₫ à 25\u{202f}000\u{a0}₫ le 1er février 2027",
    );

    // Each kind and each chapter has its own feed, holding only its own.
    let tariff = built.page("en/feeds/tariff.xml");
    assert_contains(&tariff, "0901.11.10");
    assert!(!tariff.contains("Declaration processing fee"));
    let fees = built.page("en/feeds/fees.xml");
    assert_contains(&fees, "₫25,000");
    assert!(!fees.contains("0901.11.10"));
    assert_contains(&built.page("en/feeds/procedures.xml"), "Packing list");
    assert_contains(&built.page("en/feeds/tools.xml"), "status changed");
    assert_contains(&built.page("en/feeds/notices.xml"), "Draft revision");
    assert_contains(
        &built.page("en/feeds/tariff/09.xml"),
        "changes from 20% to 15%",
    );
    assert!(!built.page("en/feeds/tariff/85.xml").contains("0901"));

    // JSON Feed 1.1 carries the same entries.
    let json: serde_json::Value = serde_json::from_str(&built.page("fr/feeds/all.json")).unwrap();
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(json["language"], "fr");
    let items = json["items"].as_array().unwrap();
    let rate = items
        .iter()
        .find(|i| i["_kb"]["code"] == "09011110")
        .expect("an item about 0901.11.10");
    assert_eq!(rate["_kb"]["effective"], "2027-01-01");
    assert_eq!(rate["date_published"], "2026-10-01T09:30:00Z");
    assert_eq!(rate["url"], "https://customs.test/fr/tariff/09011110/");
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "entry ids are unique");
}

#[test]
fn pages_show_their_history_and_link_their_feeds() {
    let built = site_with_history().build();
    built.assert_ok();
    let code = built.page("en/tariff/09011110/");
    assert_contains(&code, "<h2 id=\"history-title\">History of changes</h2>");
    assert_contains(
        &code,
        "MFN rate of 0901.11.10 changes from 20% to 15% on January 1, 2027",
    );
    assert_contains(
        &code,
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Chapter 09: Coffee, tea, maté and spices\" href=\"/en/feeds/tariff/09.xml\">",
    );
    let fee = built.page("fr/fees/declaration/");
    assert_contains(&fee, "Historique des modifications");
    assert_contains(&fee, "le montant passe de");
    assert_contains(&fee, "href=\"/fr/feeds/fees.xml\"");
    // The Arabic page of a tool without an Arabic version names it in
    // English inside Arabic sentences, marked so (WCAG 3.1.2).
    let arabic = built.page("ar/changes/");
    let history = arabic.split("id=\"recent-title\"").nth(1).unwrap();
    assert_contains(history, "<span lang=\"en\" dir=\"auto\">");
    // A renamed page keeps its history.
    let tool = built.page("en/tools/zeta/");
    assert_contains(&tool, "status changed from Reference to Applied");
    // The home page links the feed of everything.
    assert_contains(
        &built.page("en/"),
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Changes\" href=\"/en/feeds/all.xml\">",
    );
}

#[test]
fn changes_page_lists_upcoming_and_recent_changes_with_filters() {
    let built = site_with_history().build();
    built.assert_ok();
    let page = built.page("en/changes/");
    let upcoming = page
        .find("id=\"upcoming-title\"")
        .expect("an upcoming section");
    let recent = page.find("id=\"recent-title\"").expect("a recent section");
    // The rate (2027-01-01) and the fee (2027-02-01) apply after the
    // reference date (2026-12-02): upcoming, soonest first.
    let rate = page.find("changes from 20% to 15%").unwrap();
    let fee = page.find("amount changes from ₫20,000").unwrap();
    assert!(upcoming < rate && rate < fee && fee < recent);
    assert_contains(&page, "class=\"change kind-tariff chapter-09\"");
    assert_contains(
        &page,
        "<input type=\"radio\" name=\"kind\" id=\"kind-fees\" value=\"fees\">",
    );
    assert_contains(&page, "<option value=\"09\">09</option>");
    assert_contains(&page, "In effect from January 1, 2027");
}

#[test]
fn feeds_repeat_exactly_and_a_site_outside_git_has_notices_only() {
    let site = site_with_history();
    let first = site.build();
    first.assert_ok();
    let feeds = |b: &crate::harness::Built| {
        b.files()
            .into_iter()
            .filter(|(p, _)| p.contains("feeds") || p.contains("changes"))
            .collect::<Vec<_>>()
    };
    let a = feeds(&first);
    let second = site.build();
    assert_eq!(
        a,
        feeds(&second),
        "the same repository gives the same feeds"
    );

    let plain = customs_site().build();
    plain.assert_ok();
    let page = plain.page("en/changes/");
    assert_contains(
        &page,
        "This list shows the notices and the dates pages were last updated",
    );
    assert_contains(
        &plain.page("en/feeds/notices.xml"),
        "Consultation open for comment until December 31, 2026: Draft revision",
    );
    assert!(!plain.page("en/feeds/tariff.xml").contains("<entry>"));
}

/// Black pepper, in chapter 09 after tea.
const PEPPER: &str = "| 09.04 | Pepper | | | | |\n\
    | 0904.11 | - Neither crushed nor ground | | | | |\n\
    | 0904.11.10 | - - Black pepper | kg | 20% | 0% | |\n";

/// The customs fixture with black pepper, committed on 2026-09-01.
fn site_with_pepper() -> SiteTest {
    let site = customs_site();
    let path = site.root().join("content/tariff/09.md");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(PEPPER);
    std::fs::write(&path, text).unwrap();
    git(site.root(), &["init", "-q"], "2026-09-01T08:00:00Z");
    commit(&site, "Initial content", "2026-09-01T08:00:00Z");
    site
}

fn json_items(built: &crate::harness::Built, path: &str) -> Vec<serde_json::Value> {
    let json: serde_json::Value = serde_json::from_str(&built.page(path)).unwrap();
    json["items"].as_array().unwrap().clone()
}

#[test]
fn an_edit_of_another_line_is_dated_by_its_own_commit() {
    // The chapter says `effective = 2027-01-01` and coffee is scheduled to
    // 15% on that day; black pepper goes from 20% to 18% now.
    let site = site_with_pepper();
    edit(
        &site,
        "content/tariff/09.md",
        "section = \"II\"",
        "section = \"II\"\neffective = 2027-01-01",
    );
    edit(
        &site,
        "content/tariff/09.md",
        "| kg | 20% | 0% | Licence needed |",
        "| kg | 20%; 15% from 2027-01-01 | 0% | Licence needed |",
    );
    commit(&site, "Coffee: MFN 15% from 2027", "2026-10-01T09:30:00Z");
    edit(
        &site,
        "content/tariff/09.md",
        "| - - Black pepper | kg | 20% |",
        "| - - Black pepper | kg | 18% |",
    );
    commit(&site, "Black pepper: MFN 18%", "2026-11-20T10:00:00Z");
    let built = site.build();
    built.assert_ok();

    let en = built.page("en/feeds/tariff/09.xml");
    assert_contains(&en, "MFN rate of 0904.11.10 changed from 20% to 18%");
    assert_lacks(&en, "0904.11.10 changes from 20% to 18% on");
    let items = json_items(&built, "en/feeds/all.json");
    let pepper: Vec<&serde_json::Value> = items
        .iter()
        .filter(|i| i["_kb"]["code"] == "09041110")
        .collect();
    let pepper = pepper
        .iter()
        .find(|i| i["title"].as_str().unwrap().contains("18%"))
        .expect("an entry for the pepper edit");
    assert_eq!(pepper["date_published"], "2026-11-20T10:00:00Z");
    assert!(
        pepper["_kb"].get("effective").is_none(),
        "no effective date: {pepper}"
    );
    let coffee = items
        .iter()
        .find(|i| i["_kb"]["code"] == "09011110" && i["title"].as_str().unwrap().contains("15%"))
        .expect("an entry for coffee");
    assert_eq!(coffee["_kb"]["effective"], "2027-01-01");

    // On the changes page pepper is a recent change, coffee upcoming.
    let page = built.page("en/changes/");
    let recent = page.find("id=\"recent-title\"").unwrap();
    let pepper_at = page.find("changed from 20% to 18%").unwrap();
    let coffee_at = page
        .find("changes from 20% to 15% on January 1, 2027")
        .unwrap();
    assert!(coffee_at < recent && recent < pepper_at);
}

#[test]
fn a_scheduled_value_added_revised_and_withdrawn_gives_three_entries() {
    let site = site_with_pepper();
    let cell = |rate: &str| format!("| - - - Arabica WIB or Robusta OIB | kg | {rate} |");
    let mut was = cell("20%");
    for (rate, date) in [
        ("20%; 15% from 2027-07-01", "2026-10-01T09:00:00Z"),
        ("20%; 12% from 2027-07-01", "2026-10-15T09:00:00Z"),
        ("20%", "2026-11-01T09:00:00Z"),
    ] {
        edit(&site, "content/tariff/09.md", &was, &cell(rate));
        was = cell(rate);
        commit(&site, &format!("Coffee: {rate}"), date);
    }
    // Another line, scheduled sooner, for the order of the upcoming list.
    edit(
        &site,
        "content/tariff/09.md",
        "| - - - Other | kg | 2.5% |",
        "| - - - Other | kg | 2.5%; 2% from 2027-01-01 |",
    );
    commit(&site, "Other coffee: 2% from 2027", "2026-11-10T09:00:00Z");
    let built = site.build();
    built.assert_ok();

    let added = "MFN rate of 0901.11.10 changes from 20% to 15% on July 1, 2027";
    let revised = "MFN rate of 0901.11.10: the change on July 1, 2027 is now to 12%, not 15%";
    let withdrawn = "The change of MFN rate of 0901.11.10 to 12% on July 1, 2027 is withdrawn";
    let en = built.page("en/feeds/all.xml");
    for text in [added, revised, withdrawn] {
        assert_contains(&en, text);
    }
    let fr = built.page("fr/feeds/all.xml");
    for text in [
        "Le taux NPF du 0901.11.10 passe de 20\u{a0}% à 15\u{a0}% le 1er juillet 2027",
        "Taux NPF du 0901.11.10 : le 1er juillet 2027, il passera à 12\u{a0}% et non plus à 15\u{a0}%",
        "Le passage du taux NPF du 0901.11.10 à 12\u{a0}% le 1er juillet 2027 est annulé",
    ] {
        assert_contains(&fr, text);
    }
    for lang in ["en", "fr"] {
        let items = json_items(&built, &format!("{lang}/feeds/tariff.json"));
        let coffee: Vec<(&str, &str)> = items
            .iter()
            .filter(|i| i["_kb"]["code"] == "09011110" && i["_kb"]["effective"] == "2027-07-01")
            .map(|i| {
                (
                    i["date_published"].as_str().unwrap(),
                    i["_kb"]["effective"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            coffee,
            [
                ("2026-11-01T09:00:00Z", "2027-07-01"),
                ("2026-10-15T09:00:00Z", "2027-07-01"),
                ("2026-10-01T09:00:00Z", "2027-07-01"),
            ],
            "{lang}: newest first, each with the date it is about"
        );
    }
    let fr_titles: Vec<String> = json_items(&built, "fr/feeds/all.json")
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_string())
        .collect();
    assert!(
        fr_titles.iter().any(|t| t
            == "Le passage du taux NPF du 0901.11.10 à 12\u{a0}% le 1er juillet 2027 est annulé"),
        "{fr_titles:?}"
    );

    // Upcoming, soonest first; on one day in the order decided.
    let page = built.page("en/changes/");
    let recent = page.find("id=\"recent-title\"").unwrap();
    let at = |text: &str| {
        page.find(text)
            .unwrap_or_else(|| panic!("{text} on the changes page"))
    };
    let other = at("MFN rate of 0901.11.90 changes from 2.5% to 2% on January 1, 2027");
    let upcoming = page.find("id=\"upcoming-title\"").unwrap();
    assert!(upcoming < other);
    assert!(other < at(added) && at(added) < at(revised));
    assert!(at(revised) < at(withdrawn) && at(withdrawn) < recent);
}

#[test]
fn lines_that_start_or_end_on_a_date_are_announced_with_that_date() {
    let site = site_with_pepper();
    edit(
        &site,
        "content/tariff/09.md",
        "| 0901.11.10 |",
        "| 0901.11.10 until 2026-12-31 |",
    );
    edit(
        &site,
        "content/tariff/09.md",
        "| 0901.11.90 |",
        "| 0901.11.11 from 2027-01-01 | - - - Arabica, washed | kg | 10% | 0% | |\n| 0901.11.90 |",
    );
    commit(&site, "Split arabica", "2026-11-10T09:00:00Z");
    let built = site.build();
    built.assert_ok();
    let en = built.page("en/feeds/tariff.xml");
    assert_contains(
        &en,
        "Tariff line 0901.11.10 ends on December 31, 2026 (Arabica WIB or Robusta OIB – \
         Not decaffeinated – Coffee, not roasted: – Coffee, whether or not roasted or decaffeinated)",
    );
    assert_contains(
        &en,
        "New tariff line 0901.11.11 from January 1, 2027: Arabica, washed – Not decaffeinated – \
         Coffee, not roasted: – Coffee, whether or not roasted or decaffeinated",
    );
    let items = json_items(&built, "en/feeds/tariff.json");
    let effective = |code: &str| {
        items
            .iter()
            .find(|i| i["_kb"]["code"] == code)
            .map(|i| i["_kb"]["effective"].clone())
    };
    assert_eq!(effective("09011110"), Some("2026-12-31".into()));
    assert_eq!(effective("09011111"), Some("2027-01-01".into()));
    // The changes page gives an ending's date as its last day, a start's
    // as the day it takes effect.
    let page = built.page("en/changes/");
    let ends = page.find("ends on December 31, 2026").unwrap();
    let ends = &page[ends..ends + page[ends..].find("</li>").unwrap()];
    assert_contains(ends, "Last day in force: December 31, 2026");
    assert_lacks(ends, "In effect from");
    let starts = page.find("New tariff line 0901.11.11").unwrap();
    let starts = &page[starts..starts + page[starts..].find("</li>").unwrap()];
    assert_contains(starts, "In effect from January 1, 2027");
}

/// A tester's report: a staging announced while the line had no end was
/// still listed as coming (changes page, the line's history, feeds) after
/// a later commit ended the line before those dates.
#[test]
fn a_rate_announced_for_after_a_line_later_ends_is_no_longer_listed() {
    let site = site_with_pepper();
    let cell = |code: &str, rate: &str| {
        format!("| {code} | - - - Arabica WIB or Robusta OIB | kg | {rate} |")
    };
    let staging = "20%; 15%, 10% yearly from 2027-01-01";
    edit(
        &site,
        "content/tariff/09.md",
        &cell("0901.11.10", "20%"),
        &cell("0901.11.10", staging),
    );
    commit(&site, "Arabica: staging to 2028", "2026-10-01T09:00:00Z");
    edit(
        &site,
        "content/tariff/09.md",
        &cell("0901.11.10", staging),
        &cell("0901.11.10 until 2027-06-30", staging),
    );
    commit(&site, "Arabica line ends mid-2027", "2026-11-01T09:00:00Z");
    let built = site.build();
    built.assert_ok();
    let in_force = "MFN rate of 0901.11.10 changes from 20% to 15% on January 1, 2027";
    let never = "changes from 15% to 10% on January 1, 2028";
    for page in [
        "en/changes/",
        "en/tariff/09011110/",
        "en/feeds/all.xml",
        "en/feeds/tariff/09.xml",
    ] {
        let text = built.page(page);
        assert_contains(&text, in_force);
        assert_lacks(&text, never);
    }
    assert_contains(
        &built.page("en/feeds/all.xml"),
        "Tariff line 0901.11.10 ends on June 30, 2027",
    );
}

#[test]
fn a_column_configured_in_capitals_is_reported_and_a_rewrite_is_not() {
    let site = customs_site();
    let toml = site.root().join("kb.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(&toml, text.replace("key = \"mfn\"", "key = \"MFN\"")).unwrap();
    git(site.root(), &["init", "-q"], "2026-09-01T08:00:00Z");
    commit(&site, "Initial content", "2026-09-01T08:00:00Z");
    // The same rates, written otherwise: no change.
    edit(
        &site,
        "content/tariff/09.md",
        "| kg | 20% | 0% |",
        "| kg | 20 % | 0% |",
    );
    edit(
        &site,
        "content/tariff/09.md",
        "| kg | 2.5% | free |",
        "| kg | 2.50% | Free |",
    );
    commit(&site, "Spacing", "2026-10-01T09:00:00Z");
    edit(
        &site,
        "content/tariff/09.md",
        "| kg | 20 % | 0% |",
        "| kg | 18% | 0% |",
    );
    commit(&site, "Coffee: 18%", "2026-11-01T09:00:00Z");
    let built = site.build();
    built.assert_ok();
    let en = built.page("en/feeds/tariff.xml");
    assert_contains(&en, "rate of 0901.11.10 changed from 20% to 18%");
    let items = json_items(&built, "en/feeds/tariff.json");
    assert!(
        items
            .iter()
            .all(|i| i["date_published"] != "2026-10-01T09:00:00Z"),
        "a rewrite of the same rates is no change: {items:?}"
    );
}

#[test]
fn arabic_feeds_carry_no_isolation_marks() {
    let site = site_with_pepper();
    edit(
        &site,
        "content/tariff/09.md",
        "| kg | 20% | 0% | Licence needed |",
        "| kg | 20%; 15% from 2027-01-01 | 0% | Licence needed |",
    );
    commit(&site, "Coffee: MFN 15% from 2027", "2026-10-01T09:30:00Z");
    let built = site.build();
    built.assert_ok();
    for path in [
        "ar/feeds/all.xml",
        "ar/feeds/all.json",
        "ar/feeds/tariff/09.xml",
    ] {
        let feed = built.page(path);
        assert_contains(&feed, "0901.11.10");
        assert!(
            !feed.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
            "{path} has isolation marks"
        );
    }
}

#[test]
fn a_scheduled_fee_amount_is_one_upcoming_entry_with_its_date() {
    let site = site_with_pepper();
    edit(
        &site,
        "content/fees/scanning.md",
        "amount = \"500000\"",
        "amount = \"500000; 550000 from 2027-01-01\"",
    );
    commit(&site, "Scanning: 550,000 from 2027", "2026-11-15T09:00:00Z");
    let built = site.build();
    built.assert_ok();
    let text = "Container scanning (20-foot container): amount changes from ₫500,000 to ₫550,000 on January 1, 2027";
    assert_contains(&built.page("en/feeds/fees.xml"), text);
    let items: Vec<serde_json::Value> = json_items(&built, "en/feeds/fees.json")
        .into_iter()
        .filter(|i| i["date_published"] == "2026-11-15T09:00:00Z")
        .collect();
    assert_eq!(items.len(), 1, "one entry: {items:?}");
    assert_eq!(items[0]["_kb"]["effective"], "2027-01-01");
    let page = built.page("en/changes/");
    let upcoming = page.find("id=\"upcoming-title\"").unwrap();
    let recent = page.find("id=\"recent-title\"").unwrap();
    let at = page.find(text).unwrap();
    assert!(upcoming < at && at < recent);
}

#[test]
fn a_code_pages_timeline_shows_past_rates_from_the_history() {
    // Issue 12, item 3: past values come from git, with their dates.
    let site = site_with_history();
    edit(
        &site,
        "content/tariff/09.md",
        "| kg | 20%; 15% from 2027-01-01 |",
        "| kg | 18%; 15% from 2027-01-01 |",
    );
    commit(&site, "Coffee: MFN 18% now", "2026-11-10T09:00:00Z");
    let built = site.build();
    built.assert_ok();
    let code = built.page("en/tariff/09011110/");
    let table = code.split("Rates over time").nth(1).unwrap();
    let table = &table[..table.find("</table>").unwrap()];
    let rows: Vec<&str> = table.split("<tr class=\"state-").skip(1).collect();
    assert_eq!(rows.len(), 3, "{table}");
    assert!(rows[0].starts_with("past"), "{}", rows[0]);
    assert_contains(rows[0], "20%");
    assert_contains(rows[0], "November 9, 2026");
    assert!(rows[1].starts_with("in_force"), "{}", rows[1]);
    assert_contains(rows[1], "18%");
    assert_contains(rows[1], "November 10, 2026");
    assert!(rows[2].starts_with("scheduled"), "{}", rows[2]);
}
