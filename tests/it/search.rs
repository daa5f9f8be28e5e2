//! Issue 5: a static per-language search index, its runtime, and
//! `kb search` answering from tantivy with the same ranking.

use std::path::Path;
use std::process::Command;

use crate::entities::customs_site;
use crate::harness::{assert_contains, kb};

fn node(args: &[&str], envs: &[(&str, &Path)]) -> String {
    let mut command = Command::new("node");
    command.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    for (k, v) in envs {
        command.env(k, v);
    }
    let out = command.output().expect("node runs (Debian's nodejs)");
    assert!(
        out.status.success(),
        "node {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn every_page_has_a_search_box_and_each_language_an_index() {
    let built = customs_site().build();
    built.assert_ok();
    for lang in ["en", "fr", "ar"] {
        assert!(built.exists(&format!("search/{lang}/index.js")));
        let page = built.page(&format!("{lang}/search/"));
        assert_contains(&page, "data-page");
        assert_contains(&page, &format!("data-lang=\"{lang}\""));
    }
    let home = built.page("en/");
    assert_contains(&home, "role=\"search\"");
    assert_contains(&home, "action=\"/en/search/\"");
    // Each language's pages load a runtime that carries that language's
    // manifest: a first query fetches only the shards and chunks it needs.
    assert_contains(&home, "<script src=\"/assets/kb-search.en.");
    let runtime_path = home
        .split("<script src=\"/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    assert_contains(&built.page(&runtime_path), "kbSearch.receive(\"en/index\",");
    // Shards and chunks live in a folder named by their content hash; the
    // entry names it.
    let entry = built.page("search/en/index.js");
    let json = entry
        .trim()
        .trim_start_matches("kbSearch.receive(\"en/index\",")
        .trim_end_matches(");");
    let manifest: serde_json::Value = serde_json::from_str(json).unwrap();
    let version = manifest["version"].as_str().unwrap();
    assert_eq!(version.len(), 10);
    assert!(built.exists(&format!("search/en/{version}/d0.js")));
    let files = built.files();
    // The runtime is small and has no WebAssembly.
    let (_, runtime) = files
        .iter()
        .find(|(p, _)| p.starts_with("assets/kb-search."))
        .unwrap();
    assert!(runtime.len() < 20_000, "{} bytes", runtime.len());
    assert!(!String::from_utf8_lossy(runtime).contains("WebAssembly"));
}

#[test]
fn runtime_query_logic_passes_under_nodes_test_runner() {
    let built = customs_site().build();
    built.assert_ok();
    node(
        &["--test", "tests/search/runtime.test.js"],
        &[("KB_PUBLIC", &built.out)],
    );
}

/// Queries across languages and code forms: the runtime's top 10 must be
/// tantivy's.
const QUERIES: &[(&str, &str)] = &[
    ("en", "coffee"),
    ("en", "coffees"),
    ("en", "roasted"),
    ("en", "roasted coffee"),
    ("en", "tea"),
    ("en", "decaffeinated"),
    ("en", "arabica"),
    ("en", "telephone"),
    ("en", "smartphones"),
    ("en", "declaration"),
    ("en", "declaration fee"),
    ("en", "container scanning"),
    ("en", "phytosanitary permit"),
    ("en", "kyoto convention"),
    ("en", "customs"),
    ("en", "import"),
    ("en", "law"),
    ("en", "enquiry point"),
    ("en", "licence"),
    ("en", "0901"),
    ("en", "0901.11"),
    ("en", "09011110"),
    ("en", "85.17"),
    ("en", "8517 13"),
    ("fr", "café"),
    ("fr", "cafe"),
    ("fr", "torréfié"),
    ("fr", "décaféiné"),
    ("fr", "mise consommation"),
    ("fr", "redevance"),
    ("fr", "convention kyoto"),
    ("fr", "0901.11"),
    ("ar", "coffee"),
    ("ar", "09.02"),
];

#[test]
fn runtime_top_ten_matches_tantivy() {
    let site = customs_site();
    let built = site.build();
    built.assert_ok();
    let mut checked = 0;
    for lang in ["en", "fr", "ar"] {
        let queries: Vec<&str> = QUERIES
            .iter()
            .filter(|(l, _)| *l == lang)
            .map(|(_, q)| *q)
            .collect();
        let mut args = vec!["tests/search/query.js", built.out.to_str().unwrap(), lang];
        args.extend(&queries);
        let runtime: serde_json::Value = serde_json::from_str(&node(&args, &[])).unwrap();
        for (i, query) in queries.iter().enumerate() {
            let out = kb()
                .arg("--root")
                .arg(site.root())
                .args([
                    "search", query, "--lang", lang, "--limit", "11", "--format", "json",
                ])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let tantivy: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            let tantivy = tantivy.as_array().unwrap();
            let scores: Vec<f64> = tantivy
                .iter()
                .map(|h| h["score"].as_f64().unwrap())
                .collect();
            // Where tantivy's scores tie at the cut, either side may hold
            // the tied documents: compare above the tie.
            let mut cut = tantivy.len().min(10);
            while cut > 0 && cut < scores.len() && (scores[cut - 1] - scores[cut]).abs() < 1e-3 {
                cut -= 1;
            }
            let expected: Vec<&str> = tantivy[..cut]
                .iter()
                .map(|h| h["path"].as_str().unwrap())
                .collect();
            let got: Vec<&str> = runtime[i]["paths"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap())
                .collect();
            assert!(
                !expected.is_empty() || got.is_empty(),
                "{lang} `{query}`: tantivy found nothing, the runtime {got:?}"
            );
            let mut a: Vec<&str> = expected.clone();
            let mut b: Vec<&str> = got.iter().take(cut).copied().collect();
            a.sort();
            b.sort();
            assert_eq!(
                a, b,
                "{lang} `{query}`: tantivy {expected:?}, runtime {got:?}"
            );
            if query.chars().any(|c| c.is_ascii_digit()) {
                assert_eq!(
                    expected,
                    got[..cut].to_vec(),
                    "{lang} `{query}`: code order"
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 30, "{checked} queries");
}
