//! Issue 19: output that changes only where the content changed, and
//! `kb build --precompress`.

use std::collections::BTreeMap;
use std::io::Read;

use crate::entities::customs_site;
use crate::harness::{assert_contains, Built, SiteTest};

/// The output as path → bytes.
fn tree(built: &Built) -> BTreeMap<String, Vec<u8>> {
    built.assert_ok();
    built.files().into_iter().collect()
}

/// Paths added, removed or changed between two outputs, sorted.
fn changed(before: &BTreeMap<String, Vec<u8>>, after: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let mut paths: Vec<String> = before
        .iter()
        .filter(|(path, bytes)| after.get(*path) != Some(bytes))
        .map(|(path, _)| path.clone())
        .collect();
    paths.extend(
        after
            .keys()
            .filter(|path| !before.contains_key(*path))
            .cloned(),
    );
    paths.sort();
    paths.dedup();
    paths
}

/// Edits the file at `path` of the site, replacing `from` by `to`.
fn edit(site: &SiteTest, path: &str, from: &str, to: &str) {
    let full = site.root().join(path);
    let text = std::fs::read_to_string(&full).unwrap();
    assert!(text.contains(from), "`{from}` in {path}");
    std::fs::write(full, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_one_word_edit_changes_only_the_pages_that_show_it_and_its_search_files() {
    let site = customs_site();
    let before = tree(&site.build());
    let search_files = before.keys().filter(|p| p.starts_with("search/")).count();
    // A word replaced: the page keeps its length, so the shards of its
    // other words keep their bytes (an added word may move it into
    // another length class, which renames them too: docs/output.md).
    edit(
        &site,
        "content/procedures/import.md",
        "Read about",
        "Learn about",
    );
    let after = tree(&site.build());
    let changed = changed(&before, &after);
    // The page itself, in English and in the languages that show the
    // English text for want of a translation (not French, which has one).
    let pages: Vec<&String> = changed.iter().filter(|p| p.ends_with(".html")).collect();
    assert_eq!(
        pages,
        [
            "ar/procedures/import/index.html",
            "en/procedures/import/index.html"
        ],
        "{changed:#?}"
    );
    // No asset is renamed, so no other page changes.
    assert!(
        !changed.iter().any(|p| p.starts_with("assets/")),
        "{changed:#?}"
    );
    // In the search index: each entry, the shards of the words added and
    // the chunk that holds the page; the other parts keep their names.
    let search: Vec<&String> = changed
        .iter()
        .filter(|p| p.starts_with("search/"))
        .collect();
    assert!(
        search.contains(&&"search/en/index.js".to_string()),
        "{search:#?}"
    );
    assert!(
        !search.iter().any(|p| p.starts_with("search/fr/")),
        "{search:#?}"
    );
    assert!(
        search.len() * 5 < search_files,
        "{} of {search_files}: {search:#?}",
        search.len()
    );
    let others: Vec<&String> = changed
        .iter()
        .filter(|p| !p.ends_with(".html") && !p.starts_with("search/"))
        .collect();
    assert!(others.is_empty(), "{others:#?}");
}

#[test]
fn pages_show_what_a_fee_edit_changes_and_nothing_else() {
    let site = customs_site();
    let before = tree(&site.build());
    edit(
        &site,
        "content/fees/declaration.md",
        "Declaration",
        "Customs declaration",
    );
    let after = tree(&site.build());
    let changed = changed(&before, &after);
    let pages: Vec<&String> = changed.iter().filter(|p| p.ends_with(".html")).collect();
    // The fee's own pages, and the pages that name it (the procedure that
    // charges it, the fees index).
    assert!(
        pages.iter().any(|p| p.starts_with("en/fees/declaration/")),
        "{pages:#?}"
    );
    assert!(
        pages.iter().any(|p| p.starts_with("en/procedures/import/")),
        "{pages:#?}"
    );
    assert!(
        !pages.iter().any(|p| p.starts_with("en/tariff/")),
        "{pages:#?}"
    );
    assert!(pages.len() * 4 < before.keys().filter(|p| p.ends_with(".html")).count());
}

#[test]
fn precompress_writes_gzip_and_brotli_copies_the_same_on_every_build() {
    let site = customs_site();
    let built = site.build_with(&["--precompress"]);
    let first = tree(&built);
    let page = &first["en/procedures/import/index.html"];
    let gz = &first["en/procedures/import/index.html.gz"];
    let mut text = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut text)
        .unwrap();
    assert_eq!(&text, page);
    assert!(first.contains_key("en/procedures/import/index.html.br"));
    let css = first
        .keys()
        .find(|p| p.starts_with("assets/kb.") && p.ends_with(".css"))
        .unwrap();
    assert!(first.contains_key(&format!("{css}.br")));
    // Images other than SVG are not compressed again.
    assert!(!first.keys().any(|p| p.ends_with(".png.gz")));
    // A second build reuses the copies of files that did not change, and
    // gives the bytes of a clean build.
    edit(
        &site,
        "content/procedures/import.md",
        "Read about",
        "Read all about",
    );
    let second = tree(&site.build_with(&["--precompress"]));
    let edited = changed(&first, &second);
    assert!(edited.contains(&"en/procedures/import/index.html.br".to_string()));
    assert!(
        !edited.iter().any(|p| p.starts_with("en/fees/")),
        "{edited:#?}"
    );
    std::fs::remove_dir_all(site.root().join("public")).unwrap();
    let clean = tree(&site.build_with(&["--precompress"]));
    assert!(clean == second, "{:#?}", changed(&second, &clean));
}

/// `scripts/test-deploy.sh` runs the files of `docs/deploy/`; the page
/// shows them, and must show them as they are.
#[test]
fn the_deploy_page_shows_the_tested_recipes_as_they_are() {
    let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let page = std::fs::read_to_string(docs.join("deploy.md")).unwrap();
    for name in [
        "nginx.conf",
        "apache.conf",
        "github-pages.yml",
        "gitlab-ci.yml",
        "sync-changed.sh",
    ] {
        let recipe = std::fs::read_to_string(docs.join("deploy").join(name)).unwrap();
        assert!(
            page.contains(&format!("\n{recipe}```\n")),
            "docs/deploy.md does not show docs/deploy/{name} as it is"
        );
    }
    // The policy the recipes send is the one the pages carry.
    let nginx = std::fs::read_to_string(docs.join("deploy/nginx.conf")).unwrap();
    assert!(nginx.contains(&format!(
        "Content-Security-Policy \"{}\"",
        kb::render::CONTENT_SECURITY_POLICY
    )));
}

/// The tariff fixture with a rate cut on 0901.11.10 on 2027-01-01 and one
/// that took effect on 2026-07-01 on 0901.11.90; a fee whose tiers rise on
/// 2027-01-01 (charged since 2025-04-01), one whose undated first amount
/// has no known first day, and the US dollar's rates (the one in force
/// since 2026-11-01, the next from 2026-12-07).
fn dated_tariff_site() -> SiteTest {
    let site = SiteTest::new("tariff");
    edit(
        &site,
        "kb.toml",
        "national_digits = 8\n",
        "national_digits = 8\ncurrency = \"VND\"\n",
    );
    site.write(
        "content/fees/inspection.md",
        "+++\ntitle = \"Physical inspection\"\ncurrency = \"VND\"\nper = \"container\"\n\
         effective = 2025-04-01\n\n[[rates]]\nlabel = \"20-foot container\"\n\
         amount = \"400000; 450000 from 2027-01-01\"\n\n[[rates]]\n\
         label = \"40-foot container\"\namount = \"750000\"\n+++\n",
    )
    .write(
        "content/fees/declaration.md",
        "+++\ntitle = \"Declaration\"\ncurrency = \"VND\"\nper = \"declaration\"\n\
         amount = \"20000; 25000 from 2027-01-01\"\n+++\n",
    )
    .write(
        "content/exchange-rates/_index.md",
        "+++\ntitle = \"Exchange rates\"\n+++\n",
    )
    .write(
        "content/exchange-rates/usd.md",
        "+++\ntitle = \"US dollar (USD)\"\ncurrency = \"USD\"\n\
         rate = \"25350 from 2026-10-01; 25400 from 2026-11-01; 25420 from 2026-12-07\"\n+++\n",
    );
    edit(
        &site,
        "content/tariff/09.md",
        "| kg | 20% | 0% | Licence needed |",
        "| kg | 20%; 10% from 2027-01-01 | 0% | Licence needed |",
    );
    edit(
        &site,
        "content/tariff/09.md",
        "| 0901.11.90 | - - - Other | kg | 2.5% | free | |",
        "| 0901.11.90 | - - - Other | kg | 5%; 2.5% from 2026-07-01 | free | |",
    );
    site
}

/// The text of page `path` (`en/fees/inspection/index.html`) of an output.
fn page(tree: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(tree[path].clone()).unwrap()
}

/// What a fee page and the exchange-rate pages say on 2026-12-02: since
/// when their amounts and rates are in force, never the reference date.
fn fees_and_rates_name_the_day_they_began(monday: &BTreeMap<String, Vec<u8>>) {
    assert_contains(
        &page(monday, "en/fees/inspection/index.html"),
        "Amounts (per container) — in force since April 1, 2025",
    );
    assert_contains(
        &page(monday, "fr/fees/inspection/index.html"),
        "en vigueur depuis le 1er avril 2025",
    );
    // No first day known: in force, with no date rather than the build's.
    assert_contains(
        &page(monday, "en/fees/declaration/index.html"),
        "per declaration <span class=\"as-of\">(in force)</span>",
    );
    assert_contains(
        &page(monday, "en/exchange-rates/index.html"),
        "Rates in force since November 1, 2026",
    );
    assert_contains(
        &page(monday, "ar/exchange-rates/usd/index.html"),
        "الأسعار السارية منذ",
    );
}

/// A daily build (the reference date moves on, nothing comes into force)
/// writes the same code and chapter pages, fee pages and exchange-rate
/// pages: they say since when what they show is in force, not the day of
/// the build (issue 19).
#[test]
fn a_daily_build_changes_no_code_page_until_what_is_in_force_changes() {
    let site = dated_tariff_site();
    let monday = tree(&site.build_with(&["--date", "2026-12-02"]));
    let line = String::from_utf8(monday["en/tariff/09011190/index.html"].clone()).unwrap();
    assert!(
        line.contains("Duty rates in force since July 1, 2026"),
        "{line}"
    );
    let fr = String::from_utf8(monday["fr/tariff/09011190/index.html"].clone()).unwrap();
    assert!(fr.contains("en vigueur depuis le 1er juillet 2026"), "{fr}");
    let tuesday = tree(&site.build_with(&["--date", "2026-12-03"]));
    let pages = |t: &BTreeMap<String, Vec<u8>>| -> BTreeMap<String, Vec<u8>> {
        t.iter()
            .filter(|(p, _)| p.contains("/tariff/"))
            .map(|(p, b)| (p.clone(), b.clone()))
            .collect()
    };
    assert!(pages(&monday).len() > 10);
    let moved = changed(&pages(&monday), &pages(&tuesday));
    assert!(moved.is_empty(), "{moved:#?}");
    // Only the files that name the reference date change: no fee or
    // exchange-rate page either.
    assert_eq!(
        changed(&monday, &tuesday),
        ["data/schedule.json", "data/tariff.json"]
    );
    fees_and_rates_name_the_day_they_began(&monday);
    // The day the next dollar rate applies, its pages change, and say so
    // (and the calculators of code pages, which convert at it).
    let rate_day = tree(&site.build_with(&["--date", "2026-12-07"]));
    let moved = changed(&tuesday, &rate_day);
    assert!(moved.contains(&"en/exchange-rates/usd/index.html".to_string()));
    assert!(!moved.iter().any(|p| p.contains("/fees/")), "{moved:#?}");
    assert_contains(
        &page(&rate_day, "en/exchange-rates/index.html"),
        "Rates in force since December 7, 2026",
    );
    // The day the cut comes into force, the line's page and its chapter's
    // (its table) change, in every language, and no other code page.
    let new_year = tree(&site.build_with(&["--date", "2027-01-01"]));
    let moved = changed(&pages(&rate_day), &pages(&new_year));
    assert!(moved.contains(&"en/tariff/09011110/index.html".to_string()));
    assert!(moved.contains(&"fr/tariff/09/index.html".to_string()));
    assert!(!moved.iter().any(|p| p.contains("/85")), "{moved:#?}");
    let line = String::from_utf8(new_year["en/tariff/09011110/index.html"].clone()).unwrap();
    assert!(
        line.contains("Duty rates in force since January 1, 2027"),
        "{line}"
    );
    // And the fees whose amounts rise that day.
    assert_contains(
        &page(&new_year, "en/fees/inspection/index.html"),
        "in force since January 1, 2027",
    );
    assert_contains(
        &page(&new_year, "en/fees/declaration/index.html"),
        "(in force since January 1, 2027)",
    );
}
