//! Issue 13, items 12 to 14: names and paths that would surprise at write
//! time, values that parsed but made no sense, and one broken file
//! reported as many. Each is one error, at load or model time, at the file
//! and line that causes it.

use crate::harness::{assert_contains, assert_lacks, SiteTest};

/// The summary line's count of errors, from a failed build's output.
fn error_count(stderr: &str) -> usize {
    let at = stderr
        .rfind(" error(s)")
        .unwrap_or_else(|| panic!("no summary line in:\n{stderr}"));
    let digits: String = stderr[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.chars().rev().collect::<String>().parse().unwrap()
}

/// The report with each message on one line: miette wraps long ones at
/// 100 columns.
fn unwrapped(stderr: &str) -> String {
    stderr.replace("\n  │ ", " ").replace("\n        ", " ")
}

// Item 14: one broken file, one error.

#[test]
fn a_broken_page_linked_translated_and_in_the_menu_is_one_error() {
    // The basic site's about.md is linked from the home page in three
    // languages (and at #team), translated into French and Arabic, and in
    // the main menu.
    for (broken, position) in [
        (
            "+++\ntitle = \"About us\nupdated = 2026-10-01\n+++\nWe collect duties.\n",
            "content/about.md:2:18",
        ),
        (
            "+++\ntitle = \"About us\"\nWe collect duties.\n",
            "content/about.md:1:1",
        ),
        (
            "+++\ntitle = \"About us\"\nweight = \"heavy\"\n+++\n",
            "content/about.md:3:10",
        ),
    ] {
        let site = SiteTest::new("basic");
        site.write("content/about.md", broken);
        let built = site.build();
        built.assert_fails();
        let err = unwrapped(&built.stderr());
        assert_contains(&err, position);
        assert_lacks(&err, "no page `content/about.md`");
        assert_lacks(&err, "a translation without an original");
        assert_lacks(&err, "which is no page");
        assert_eq!(error_count(&err), 1, "{err}");
        assert_contains(&err, "1 error(s), 0 warning(s)");
    }
}

#[test]
fn a_page_that_is_not_utf8_is_one_error() {
    let site = SiteTest::new("basic");
    std::fs::write(
        site.root().join("content/about.md"),
        b"+++\ntitle = \"About \xff\"\n+++\n",
    )
    .unwrap();
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert_contains(&err, "not valid UTF-8");
    assert_eq!(error_count(&err), 1, "{err}");
}

#[test]
fn a_broken_fee_or_chapter_is_one_error_not_one_per_reference() {
    let site = crate::entities::customs_site();
    // Typed fields that do not read: the page is there, the fee is not.
    let fee = std::fs::read_to_string(site.root().join("content/fees/declaration.md")).unwrap();
    site.write(
        "content/fees/declaration.md",
        &fee.replace("per = \"declaration\"", "per = 5"),
    );
    // A chapter whose front matter does not read: codes 0901 and 0902,
    // named by a procedure, a measure, a notice and a link, are missing
    // because of it.
    let chapter = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    site.write(
        "content/tariff/09.md",
        &chapter.replacen("section = \"II\"", "section = II", 1),
    );
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert_contains(&err, "content/fees/declaration.md:");
    assert_contains(&err, "content/tariff/09.md:3:");
    assert_lacks(&err, "no fee with the id");
    assert_lacks(&err, "the tariff has no code");
    assert_lacks(&err, "no tariff code");
    assert_eq!(error_count(&err), 2, "{err}");
}
