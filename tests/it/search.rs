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

/// Queries across languages and code forms: the runtime's answers must be
/// `kb search`'s, in both modes.
const QUERIES: &[(&str, &str)] = &[
    ("en", "coffee"),
    ("en", "coffees"),
    ("en", "cofee"),
    ("en", "roasted"),
    ("en", "roasted coffee"),
    ("en", "roasted cof"),
    ("en", "tea"),
    ("en", "decaf"),
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
    ("en", "imported"),
    ("en", "law"),
    ("en", "enquiry point"),
    ("en", "licence"),
    ("en", "0901"),
    ("en", "0901.11"),
    ("en", "09011110"),
    ("en", "09011150"),
    ("en", "90111"),
    ("en", "85.17"),
    ("en", "8517 13"),
    ("fr", "café"),
    ("fr", "cafés"),
    ("fr", "cafe"),
    ("fr", "torréfié"),
    ("fr", "décaféiné"),
    ("fr", "mise consommation"),
    ("fr", "redevance"),
    ("fr", "convention kyoto"),
    ("fr", "0901.11"),
    ("ar", "coffee"),
    ("ar", "09.02"),
    ("ar", "٠٩٠١"),
];

#[test]
fn runtime_answers_are_kb_search_answers() {
    let site = customs_site();
    let built = site.build();
    built.assert_ok();
    let lines: String = QUERIES.iter().map(|(l, q)| format!("{l}\t{q}\n")).collect();
    let file = built.out.with_file_name("queries.tsv");
    std::fs::write(&file, lines).unwrap();
    for prefix in [false, true] {
        let mut args = vec!["tests/search/query.js", built.out.to_str().unwrap()];
        if prefix {
            args.push("--prefix");
        }
        args.push(file.to_str().unwrap());
        let runtime: Vec<serde_json::Value> = node(&args, &[])
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let mut command = kb();
        command
            .arg("--root")
            .arg(site.root())
            .args(["search", "--batch"])
            .arg(&file);
        if prefix {
            command.arg("--prefix");
        }
        let out = command.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let cli: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(runtime.len(), QUERIES.len());
        assert_eq!(cli.len(), QUERIES.len());
        for ((browser, cli), (lang, query)) in runtime.iter().zip(&cli).zip(QUERIES) {
            let answer = &cli["answer"];
            let paths: Vec<&serde_json::Value> = answer["hits"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| &h["path"])
                .collect();
            let got: Vec<&serde_json::Value> =
                browser["paths"].as_array().unwrap().iter().collect();
            assert_eq!(got, paths, "{lang} `{query}` (prefix {prefix})");
            assert_eq!(browser["total"], answer["total"], "{lang} `{query}`");
            let note = answer
                .get("note")
                .cloned()
                .unwrap_or(serde_json::Value::Null);
            assert_eq!(browser["note"], note, "{lang} `{query}`");
        }
    }
}

#[test]
fn completions_rank_below_the_word_as_typed() {
    let site = customs_site();
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .args([
            "search", "coffee", "--prefix", "--limit", "50", "--format", "json",
        ])
        .output()
        .unwrap();
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let tiers: Vec<u64> = answer["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["tier"].as_u64().unwrap())
        .collect();
    assert!(tiers.windows(2).all(|w| w[0] <= w[1]), "{tiers:?}");
    assert_eq!(answer["hits"][0]["path"], "en/tariff/0901/");
}
