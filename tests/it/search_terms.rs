//! Search terms: the words traders type for a code that its legal
//! description does not use, listed by code in a chapter's front matter,
//! each language in its own file (docs/tariff.md).

use crate::harness::{assert_contains, assert_lacks, kb_ok, SiteTest};

/// The paths of `kb search QUERY --lang LANG`'s hits, best first.
fn hits(site: &SiteTest, lang: &str, query: &str) -> Vec<String> {
    let out = kb_ok(
        site.root(),
        &["search", query, "--lang", lang, "--format", "json"],
    );
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    answer["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["path"].as_str().unwrap().to_string())
        .collect()
}

/// Adds `block` at the end of the front matter of `path`.
fn add_front(site: &SiteTest, path: &str, block: &str) {
    site.edit(path, |text| {
        let end = text[3..].find("\n+++\n").unwrap() + 3;
        format!("{}\n{block}{}", &text[..end], &text[end..])
    });
}

#[test]
fn a_code_is_found_by_the_words_its_chapter_lists_for_it_in_each_language() {
    let site = SiteTest::new("tariff");
    // Before: the words are nowhere in the tariff.
    assert!(hits(&site, "en", "green coffee beans").is_empty());
    add_front(
        &site,
        "content/tariff/09.md",
        "[search_terms]\n\"0901.11\" = [\"green coffee beans\", \"unroasted beans\"]\n",
    );
    add_front(
        &site,
        "content/tariff/09.fr.md",
        "[search_terms]\n\"0901.11\" = [\"café vert\"]\n",
    );
    let built = site.build();
    built.assert_ok();
    assert_eq!(
        hits(&site, "en", "green coffee beans")[0],
        "en/tariff/090111/"
    );
    assert_eq!(hits(&site, "en", "unroasted")[0], "en/tariff/090111/");
    assert_eq!(hits(&site, "fr", "café vert")[0], "fr/tariff/090111/");
    // Each language has its own: the French words are not English ones.
    assert!(hits(&site, "en", "vert").is_empty());
    // The browser's runtime finds them in the static index.
    let queries = built.out.with_file_name("terms.tsv");
    std::fs::write(&queries, "en\tgreen coffee beans\nfr\tcafé vert\n").unwrap();
    let runtime = std::process::Command::new("node")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("tests/search/query.js")
        .arg(&built.out)
        .arg(&queries)
        .output()
        .expect("node runs (Debian's nodejs)");
    let answers = String::from_utf8_lossy(&runtime.stdout);
    let firsts: Vec<String> = answers
        .lines()
        .map(|l| {
            let answer: serde_json::Value = serde_json::from_str(l).unwrap();
            answer["paths"][0].as_str().unwrap_or("").to_string()
        })
        .collect();
    assert_eq!(
        firsts,
        ["en/tariff/090111/", "fr/tariff/090111/"],
        "{answers}"
    );
    // No page shows them.
    for page in ["en/tariff/090111/", "en/tariff/09/", "en/tariff/0901/"] {
        assert_lacks(&built.page(page), "green coffee beans");
    }
}

#[test]
fn search_terms_for_a_code_the_chapter_lacks_or_not_a_list_are_errors_at_their_place() {
    let site = SiteTest::new("tariff");
    add_front(
        &site,
        "content/tariff/09.md",
        "[search_terms]\n\"0901.99\" = [\"coffee\"]\n\"8517.13\" = [\"mobile phone\"]\n\"0902\" = \"tea\"\n",
    );
    let built = site.build();
    built.assert_fails();
    assert_eq!(built.code(), 1);
    let stderr = built.stderr();
    for (message, line) in [
        (
            "`search_terms` names 0901.99, which chapter 09's table does not have",
            ":5:1]",
        ),
        (
            "`search_terms` names 8517.13, which chapter 09's table does not have",
            ":6:1]",
        ),
        ("the search terms of 0902 are not a list of words", ":7:10]"),
    ] {
        assert_contains(&stderr, message);
        assert_contains(&stderr, &format!("content/tariff/09.md{line}"));
    }
    assert_contains(
        &stderr,
        "name a heading, subheading or line of this chapter's table",
    );
}

#[test]
fn a_codes_terms_also_find_the_lines_below_it_with_their_own_words() {
    let site = SiteTest::new("tariff");
    add_front(
        &site,
        "content/tariff/09.md",
        "[search_terms]\n\"09.01\" = [\"java\"]\n",
    );
    site.build().assert_ok();
    // The heading's own term comes first, then the lines below it.
    let java = hits(&site, "en", "java");
    assert_eq!(java[0], "en/tariff/0901/");
    assert!(
        java.contains(&"en/tariff/09011110/".to_string()),
        "{java:?}"
    );
    // A line's words and its heading's term together find the line.
    assert_eq!(hits(&site, "en", "java arabica")[0], "en/tariff/09011110/");
    // Not the lines of another heading.
    assert!(
        !java.iter().any(|p| p.starts_with("en/tariff/0902")),
        "{java:?}"
    );
}
