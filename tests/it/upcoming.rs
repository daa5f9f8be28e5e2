//! What comes into force is what the content schedules, whether or not a
//! commit announced it: a chapter committed with its schedule, a new fee
//! with its later amounts, a site outside git. The home page lists the
//! first six and says how many more there are.

use crate::entities::customs_site;
use crate::feeds::{commit, edit, git};
use crate::harness::{assert_contains, assert_lacks, SiteTest};

/// The home page's "coming into force" panel.
fn upcoming_panel(home: &str) -> &str {
    let start = home
        .find("id=\"upcoming-title\"")
        .expect("an upcoming panel");
    let end = start + home[start..].find("</section>").unwrap();
    &home[start..end]
}

/// Coffee's MFN rate scheduled to fall on 2027-01-01.
fn schedule_coffee(site: &SiteTest) {
    edit(
        site,
        "content/tariff/09.md",
        "| kg | 20% | 0% | Licence needed |",
        "| kg | 20%; 15% from 2027-01-01 | 0% | Licence needed |",
    );
}

const COFFEE_CUT: &str = "MFN rate of 0901.11.10 changes from 20% to 15% on January 1, 2027";

#[test]
fn a_site_outside_git_lists_what_its_content_schedules() {
    let site = customs_site();
    schedule_coffee(&site);
    site.write(
        "content/fees/scan.md",
        "+++\ntitle = \"Container scan\"\namount = \"20000; 25000 from 2027-02-01\"\ncurrency = \"VND\"\nper = \"container\"\n+++\n",
    );
    let built = site.build();
    built.assert_ok();
    let home = built.page("en/index.html");
    let panel = upcoming_panel(&home);
    assert_contains(panel, COFFEE_CUT);
    assert_contains(
        panel,
        "Container scan: amount changes from ₫20,000 to ₫25,000 on February 1, 2027",
    );
    assert_lacks(panel, "Nothing is scheduled");
    // On the changes page, with no day it was recorded: no commit made it.
    let changes = built.page("en/changes/");
    let at = changes
        .find(COFFEE_CUT)
        .expect("the cut among upcoming changes");
    let item = &changes[at..at + changes[at..].find("</li>").unwrap()];
    assert_lacks(item, "Recorded on");
    assert_contains(item, "In effect from January 1, 2027");
    // Feeds hold what commits changed, dated by them.
    assert_lacks(&built.page("en/feeds/tariff.xml"), "<entry>");
}

#[test]
fn a_chapter_imported_with_its_schedule_is_upcoming() {
    let site = customs_site();
    schedule_coffee(&site);
    // Tea's lines, imported with the chapter: more than twenty new lines
    // in one commit are one entry ("25 lines added"), not one each.
    let tea: String = (10..35)
        .map(|i| format!("| 0902.10.{i} | - - - Green tea {i} | kg | 30% | 0% | |\n"))
        .collect();
    edit(
        &site,
        "content/tariff/09.md",
        "| 09.02 | Tea, whether or not flavoured | kg | 30% min 5000 VND/kg | 0% | |\n",
        &format!("| 09.02 | Tea, whether or not flavoured | | | | |\n| 0902.10 | - Green tea | | | | |\n{tea}"),
    );
    git(site.root(), &["init", "-q"], "2026-09-01T08:00:00Z");
    commit(&site, "Initial content", "2026-09-01T08:00:00Z");
    let built = site.build();
    built.assert_ok();
    assert_contains(upcoming_panel(&built.page("en/index.html")), COFFEE_CUT);
    // In French too, in French.
    assert_contains(upcoming_panel(&built.page("fr/index.html")), "0901.11.10");
}

#[test]
fn a_new_fee_committed_with_later_amounts_announces_them() {
    let site = customs_site();
    git(site.root(), &["init", "-q"], "2026-09-01T08:00:00Z");
    commit(&site, "Initial content", "2026-09-01T08:00:00Z");
    site.write(
        "content/fees/scan.md",
        "+++\ntitle = \"Container scan\"\namount = \"20000; 25000 from 2027-02-01\"\ncurrency = \"VND\"\nper = \"container\"\nuntil = 2027-12-31\n+++\n",
    );
    commit(&site, "New fee: container scan", "2026-11-01T09:00:00Z");
    let built = site.build();
    built.assert_ok();
    let feed = built.page("en/feeds/fees.xml");
    assert_contains(&feed, "New: Container scan");
    assert_contains(
        &feed,
        "Container scan: amount changes from ₫20,000 to ₫25,000 on February 1, 2027",
    );
    assert_contains(&feed, "Container scan");
    assert_contains(&feed, "December 31, 2027");
}

#[test]
fn the_home_page_says_how_many_more_are_scheduled() {
    let site = customs_site();
    for i in 0..8 {
        site.write(
            &format!("content/fees/scan-{i}.md"),
            &format!(
                "+++\ntitle = \"Scan {i}\"\namount = \"20000; 2500{i} from 2027-01-0{}\"\ncurrency = \"VND\"\nper = \"container\"\n+++\n",
                i + 1
            ),
        );
    }
    let built = site.build();
    built.assert_ok();
    let home = built.page("en/index.html");
    let panel = upcoming_panel(&home);
    assert_eq!(panel.matches("<li>").count(), 6, "{panel}");
    assert_contains(panel, "2 more changes are scheduled in this period.");
}
