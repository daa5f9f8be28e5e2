//! Issue 19: output that changes only where the content changed, and
//! `kb build --precompress`.

use std::collections::BTreeMap;
use std::io::Read;

use crate::entities::customs_site;
use crate::harness::{Built, SiteTest};

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
    edit(
        &site,
        "content/procedures/import.md",
        "Read about",
        "Read all about",
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
