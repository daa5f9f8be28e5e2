//! Issue 6: change feeds from the git history of `content/`. The test makes
//! a repository of the customs fixture with the `git` binary (kb itself
//! reads it with gix), commits a rate change, a fee change, a procedure
//! change, a tool status change, a rename and a notice, and reads the feeds,
//! the changes page and each page's history in two languages.

use std::path::Path;
use std::process::Command;

use crate::entities::customs_site;
use crate::harness::{assert_contains, SiteTest};

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

fn commit(site: &SiteTest, message: &str, date: &str) {
    git(site.root(), &["add", "-A"], date);
    git(site.root(), &["commit", "-q", "-m", message], date);
}

fn edit(site: &SiteTest, path: &str, from: &str, to: &str) {
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
        "| kg | 15% | 0% | Licence needed |",
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
        "Declaration processing fee: amount changes from 20,000 VND to 25,000 VND on February 1, 2027",
    );
    assert_contains(&en, "Import for home use: documents required changed");
    assert_contains(&en, "Added: Packing list.");
    assert_contains(
        &en,
        "Zeta guidelines: status changed from Reference to Applied",
    );
    assert_contains(&en, "Notice: Draft revision of the declaration fee");
    assert_contains(&en, "<updated>2026-10-01T09:30:00Z</updated>");
    assert_contains(
        &en,
        "<link rel=\"alternate\" type=\"text/html\" href=\"https://customs.test/en/tariff/09011110/\"/>",
    );

    let fr = built.page("fr/feeds/all.xml");
    assert_contains(&fr, "xml:lang=\"fr\"");
    assert_contains(
        &fr,
        "Le taux NPF du 0901.11.10 passe de 20\u{a0}% à 15\u{a0}% le 1 janvier 2027",
    );
    assert_contains(
        &fr,
        "le montant passe de 20\u{202f}000 VND à 25\u{202f}000 VND le 1 février 2027",
    );

    // Each kind and each chapter has its own feed, holding only its own.
    let tariff = built.page("en/feeds/tariff.xml");
    assert_contains(&tariff, "0901.11.10");
    assert!(!tariff.contains("Declaration processing fee"));
    let fees = built.page("en/feeds/fees.xml");
    assert_contains(&fees, "25,000 VND");
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
    // reference date, the newest commit (2026-11-05): upcoming, soonest first.
    let rate = page.find("changes from 20% to 15%").unwrap();
    let fee = page.find("amount changes from 20,000 VND").unwrap();
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
    assert_contains(&page, "This site is not kept in git");
    assert_contains(
        &plain.page("en/feeds/notices.xml"),
        "Notice: Draft revision",
    );
    assert!(!plain.page("en/feeds/tariff.xml").contains("<entry>"));
}
