//! Issue 19: `kb build --incremental` gives, after every kind of edit,
//! the same output folder as a whole build, byte for byte, and changes
//! only the files the edit reaches.

use std::collections::BTreeMap;
use std::path::Path;

use crate::entities::customs_site;
use crate::harness::{Built, SiteTest};

/// Every file under `dir` (the build cache aside) with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// Asserts that `built` succeeded as a whole build: its report does not
/// say it built incrementally.
fn assert_whole(built: &Built) {
    built.assert_ok();
    assert!(
        !built.stdout().contains("incrementally"),
        "{}",
        built.stdout()
    );
}

/// Builds incrementally into `public/` and whole into `whole/`, asserts
/// both trees are equal, and returns how many files the incremental
/// build said it changed.
fn same_as_whole(site: &SiteTest, after: &str, extra: &[&str]) -> usize {
    let incremental = site.build_with(&[&["--incremental"], extra].concat());
    incremental.assert_ok();
    // Absolute: a relative --output is taken from the current folder.
    let whole_dir = site.root().join("whole");
    let whole_dir = whole_dir.to_str().unwrap();
    let whole = site.build_with(&[&["--output", whole_dir], extra].concat());
    whole.assert_ok();
    let (a, b) = (
        tree(&site.root().join("public")),
        tree(&site.root().join("whole")),
    );
    let differing: Vec<&String> = a
        .keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .collect();
    assert!(
        differing.is_empty(),
        "after {after}, the incremental build differs from a whole one in {} files, first {:?}\n{}",
        differing.len(),
        &differing[..differing.len().min(10)],
        incremental.stderr()
    );
    let report = incremental.stdout() + &incremental.stderr();
    let changed = report
        .split("incrementally:")
        .nth(1)
        .and_then(|rest| rest.split(" files changed").next())
        .and_then(|n| n.rsplit(' ').next().map(|n| n.replace(',', "")))
        .and_then(|n| n.parse().ok());
    eprintln!("{after}: {changed:?} files changed");
    changed.unwrap_or_else(|| panic!("after {after}: no incremental summary in\n{report}"))
}

fn edit(site: &SiteTest, path: &str, from: &str, to: &str) {
    let full = site.root().join(path);
    let text = std::fs::read_to_string(&full).unwrap();
    assert!(text.contains(from), "{path} lacks `{from}`");
    site.write(path, &text.replacen(from, to, 1));
}

#[test]
fn an_incremental_build_equals_a_whole_one_after_every_kind_of_edit() {
    let site = customs_site();
    let first = site.build_with(&["--incremental"]);
    first.assert_ok();
    assert!(site.root().join(".kb-cache/build.json").is_file());

    assert_eq!(same_as_whole(&site, "no edit", &[]), 0);

    edit(
        &site,
        "content/fees/declaration.md",
        "amount = \"20000\"",
        "amount = \"25000\"",
    );
    let fee = same_as_whole(&site, "a fee's amount", &[]);
    assert!(fee > 0 && fee < 40, "a fee edit changed {fee} files");

    edit(
        &site,
        "content/procedures/import.md",
        "Lodge the declaration",
        "Lodge the customs declaration",
    );
    same_as_whole(&site, "a procedure's step", &[]);
    edit(
        &site,
        "content/procedures/import.fr.md",
        "Payer les droits",
        "Acquitter les droits",
    );
    same_as_whole(&site, "a translation", &[]);

    edit(
        &site,
        "content/tariff/09.md",
        "| kg | 2.5% |",
        "| kg | 3% |",
    );
    let rate = same_as_whole(&site, "a tariff rate", &[]);
    assert!(rate > 0, "a rate edit changed nothing");
    edit(&site, "content/tariff/09.fr.md", "Café", "Cafés");
    same_as_whole(&site, "a chapter's translation", &[]);

    // The measure moves from coffee and tea to chapter 85 (8517): the code pages
    // of both must change.
    edit(
        &site,
        "content/measures/coffee-sps.md",
        "hs = [\"0901-0902\"]",
        "hs = [\"8517\"]",
    );
    same_as_whole(&site, "a measure's codes", &[]);

    site.write(
        "content/procedures/export.md",
        "+++\ntitle = \"Export\"\ndirection = \"export\"\nhs = [\"0902\"]\n+++\nSee [tea](hs:0902).\n",
    );
    same_as_whole(&site, "a new procedure", &[]);
    std::fs::remove_file(site.root().join("content/procedures/export.md")).unwrap();
    same_as_whole(&site, "a procedure removed", &[]);

    edit(
        &site,
        "content/tools/rkc.md",
        "Revised Kyoto Convention",
        "Kyoto Convention (revised)",
    );
    same_as_whole(&site, "a tool's title", &[]);
    // Without a main menu, the top sections' titles are in every header.
    edit(
        &site,
        "content/fees/_index.md",
        "title = \"fees\"",
        "title = \"Fees and charges\"",
    );
    same_as_whole(&site, "a top section's title", &[]);
    edit(
        &site,
        "content/_index.md",
        "+++",
        "+++\ndescription = \"Customs of the test\"",
    );
    same_as_whole(&site, "the home page", &[]);

    site.write("static/robots-note.txt", "kept\n");
    same_as_whole(&site, "a static file added", &[]);
    std::fs::remove_file(site.root().join("static/robots-note.txt")).unwrap();
    same_as_whole(&site, "a static file removed", &[]);

    edit(
        &site,
        "kb.toml",
        "Tariff Test Customs",
        "Tariff Test Customs Service",
    );
    same_as_whole(&site, "kb.toml", &[]);
    site.write("locales/en/site.ftl", "site-search-label = Find\n");
    same_as_whole(&site, "a UI string", &[]);
    // A message the search runtime shows, which travels in the language's
    // search entry rather than in the pages.
    site.write(
        "locales/en/site.ftl",
        "site-search-label = Find\nsearch-none = Nothing matches “{ $query }”.\n",
    );
    same_as_whole(&site, "a search message", &[]);
    same_as_whole(&site, "another day", &["--date", "2027-06-01"]);
}

#[test]
fn a_whole_build_in_between_is_never_mistaken_for_the_cached_one() {
    let site = customs_site();
    site.build_with(&["--incremental"]).assert_ok();
    // A plain build replaces the folder the cache describes: the cache
    // goes, and the next incremental build is a whole one.
    edit(
        &site,
        "content/fees/declaration.md",
        "amount = \"20000\"",
        "amount = \"30000\"",
    );
    site.build().assert_ok();
    assert!(!site.root().join(".kb-cache/build.json").exists());
    edit(
        &site,
        "content/fees/declaration.md",
        "amount = \"30000\"",
        "amount = \"20000\"",
    );
    assert_whole(&site.build_with(&["--incremental"]));
    assert!(site
        .root()
        .join("public/en/fees/declaration/index.html")
        .is_file());
}

/// A kb built from other code may render the same content differently, and
/// its version number need not differ (two builds of one release, or of
/// the repository between releases): the cache names the code it was made
/// with, and a cache of other code gives a whole build, not the old pages.
#[test]
fn a_cache_of_a_kb_built_from_other_code_is_not_used() {
    let site = customs_site();
    site.build_with(&["--incremental"]).assert_ok();
    let cache = site.root().join(".kb-cache/build.json");
    let text = std::fs::read_to_string(&cache).unwrap();
    let written: serde_json::Value = serde_json::from_str(&text).unwrap();
    let format = written["format"].as_str().unwrap();
    let (name, id) = format.rsplit_once(' ').unwrap();
    assert!(name.contains(env!("CARGO_PKG_VERSION")), "{format}");
    assert_eq!(id.len(), 16, "{format}");
    // The same version, from other code.
    let other = format!("{name} 0123456789abcdef");
    std::fs::write(&cache, text.replace(format, &other)).unwrap();
    // A page the older kb would have left as it was.
    let page = site.root().join("public/en/fees/declaration/index.html");
    std::fs::write(&page, "rendered by another kb").unwrap();
    assert_whole(&site.build_with(&["--incremental"]));
    assert_ne!(
        std::fs::read_to_string(&page).unwrap(),
        "rendered by another kb"
    );
}
