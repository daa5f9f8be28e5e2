//! Search terms: the words traders type for a code that its legal
//! description does not use, listed by code in a chapter's front matter,
//! each language in its own file (docs/tariff.md).

use crate::harness::{assert_contains, assert_lacks, kb_ok, Built, SiteTest};

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

/// The first answer of the browser's runtime (`kb-search.js` under Node)
/// to each of `queries` (language, query) in the output of `built`.
fn runtime_firsts(built: &Built, queries: &[(&str, &str)]) -> Vec<String> {
    let file = built.out.with_file_name("runtime-queries.tsv");
    let lines: String = queries.iter().map(|(l, q)| format!("{l}\t{q}\n")).collect();
    std::fs::write(&file, lines).unwrap();
    let runtime = std::process::Command::new("node")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("tests/search/query.js")
        .arg(&built.out)
        .arg(&file)
        .output()
        .expect("node runs (Debian's nodejs)");
    String::from_utf8_lossy(&runtime.stdout)
        .lines()
        .map(|l| {
            let answer: serde_json::Value = serde_json::from_str(l).unwrap();
            answer["paths"][0].as_str().unwrap_or("").to_string()
        })
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
    // Before: no code has the three words (the answer falls back to fewer
    // of them, and says so).
    assert_ne!(
        hits(&site, "en", "green coffee beans")
            .first()
            .map(String::as_str),
        Some("en/tariff/090111/")
    );
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
    assert_eq!(
        runtime_firsts(&built, &[("en", "green coffee beans"), ("fr", "café vert")]),
        ["en/tariff/090111/", "fr/tariff/090111/"],
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

#[test]
fn kb_import_writes_a_spreadsheets_search_terms_column_into_the_chapter_files() {
    let site = SiteTest::new("tariff");
    // The CSV is named by its full path: kb runs elsewhere.
    let import = |args: &[&str]| {
        let csv = site.root().join(args[0]);
        let mut all = vec!["import", "tariff", csv.to_str().unwrap()];
        all.extend_from_slice(&args[1..]);
        kb_ok(site.root(), &all)
    };
    site.write(
        "export.csv",
        "code,description,unit,mfn,search terms\n\
09,\"Coffee, tea, maté and spices\",,,tea and coffee\n\
09.01,\"Coffee, whether or not roasted or decaffeinated\",,,java; cuppa\n\
0901.11,Not roasted,,,green coffee beans; unroasted beans;green coffee beans\n\
0901.11.10,Arabica WIB or Robusta OIB,kg,15%,\n\
09.02,Tea,kg,40%,\n",
    );
    site.write(
        "export.fr.csv",
        "code,description,Search_Terms\n09.01,Café,\n0901.11,Non torréfié,café vert\n0901.11.10,Arabica,\n09.02,Thé,\n",
    );
    let said = import(&["export.csv"]);
    assert_contains(
        &String::from_utf8_lossy(&said.stderr),
        "note: line 2 gives search terms to a chapter, which has none of its own",
    );
    import(&["export.fr.csv", "--lang", "fr"]);
    let chapter = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    // The terms go at the end of the front matter; the notes stay.
    assert_contains(
        &chapter,
        "section = \"II\"\n[search_terms]\n\"09.01\" = [\"java\", \"cuppa\"]\n\"0901.11\" = [\"green coffee beans\", \"unroasted beans\"]\n+++\n\n## Notes",
    );
    let built = site.build();
    built.assert_ok();
    assert_eq!(hits(&site, "en", "cuppa")[0], "en/tariff/0901/");
    assert_eq!(hits(&site, "en", "unroasted")[0], "en/tariff/090111/");
    assert_eq!(hits(&site, "fr", "café vert")[0], "fr/tariff/090111/");
    // The spreadsheet is their source: a second import changes nothing, and
    // an import with the column emptied takes them out.
    import(&["export.csv"]);
    assert_eq!(
        std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap(),
        chapter
    );
    site.write(
        "export.csv",
        "code,description,search_terms\n09.01,Coffee,\n0901.11,Not roasted,\n0901.11.10,Arabica,\n09.02,Tea,\n",
    );
    import(&["export.csv"]);
    let emptied = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    assert_lacks(&emptied, "search_terms");
    assert_contains(&emptied, "section = \"II\"\n+++\n");
    // A spreadsheet without the column leaves a file's terms as they are.
    let french = site.root().join("content/tariff/09.fr.md");
    let before = std::fs::read_to_string(&french).unwrap();
    assert_contains(&before, "[search_terms]\n\"0901.11\" = [\"café vert\"]\n");
    site.write(
        "export.fr.csv",
        "code,description\n09.01,Café\n0901.11,Non torréfié\n0901.11.10,Arabica\n09.02,Thé\n",
    );
    import(&["export.fr.csv", "--lang", "fr"]);
    assert_eq!(std::fs::read_to_string(&french).unwrap(), before);
}

/// A language's index holds the untranslated chapters in the original's
/// words: at the same match, a document in the reader's language comes
/// first. French "cola" is a soft drink (2202.10, whose French chapter
/// lists the word); the English "Kola nuts (Cola spp.)" of an untranslated
/// chapter shares the spelling, and came first.
#[test]
fn a_document_in_the_readers_language_comes_before_an_untranslated_one() {
    let site = SiteTest::new("tariff");
    site.edit("content/tariff/_index.md", |text| {
        text.replace("XVI =", "IV = \"Prepared foodstuffs; beverages\"\nXVI =")
    });
    let header = "| Code | Description | Unit | MFN | ATIGA | Note |\n|---|---|---|---|---|---|\n";
    site.write(
        "content/tariff/08.md",
        &format!("+++\ntitle = \"Edible fruit and nuts\"\nsection = \"II\"\n+++\n\n{header}| 08.02 | Other nuts, fresh or dried | | | | |\n| 0802.70 | - Kola nuts (Cola spp.) | kg | 10% | 0% | |\n"),
    );
    site.write(
        "content/tariff/22.md",
        &format!("+++\ntitle = \"Beverages\"\nsection = \"IV\"\n+++\n\n{header}| 22.02 | Waters, including mineral waters and aerated waters, containing added sugar or flavoured | | | | |\n| 2202.10 | - Waters containing added sugar or flavoured | l | 20% | 0% | |\n"),
    );
    site.write(
        "content/tariff/22.fr.md",
        "+++\ntitle = \"Boissons\"\n[search_terms]\n\"2202.10\" = [\"cola\", \"soda\"]\n+++\n\n| Code | Description |\n|---|---|\n| 22.02 | Eaux, y compris les eaux minérales et les eaux gazéifiées, additionnées de sucre ou aromatisées |\n| 2202.10 | - Eaux additionnées de sucre ou aromatisées |\n",
    );
    let built = site.build();
    built.assert_ok();
    let cola = hits(&site, "fr", "cola");
    assert_eq!(cola[..2], ["fr/tariff/220210/", "fr/tariff/080270/"]);
    // An untranslated document is still found where nothing else is.
    assert_eq!(hits(&site, "fr", "kola")[0], "fr/tariff/080270/");
    assert_eq!(hits(&site, "en", "cola")[0], "en/tariff/080270/");
    // The runtime reads the same levels from the index.
    assert_eq!(
        runtime_firsts(&built, &[("fr", "cola"), ("fr", "kola")]),
        ["fr/tariff/220210/", "fr/tariff/080270/"],
    );
}

/// A tester's report: `vat rate` found the casks and vats of heading 44.16
/// and Arabic `ترانزيت` only the home page, as no page of the site uses
/// those words. A page's own `search_terms` find it, in its language, by
/// the browser's runtime as by `kb search`.
#[test]
fn a_page_is_found_by_its_own_search_terms_in_each_language() {
    let site = SiteTest::new("tariff");
    site.write(
        "content/valuation.md",
        "+++\ntitle = \"Customs valuation\"\nsearch_terms = [\"VAT\", \"VAT rate\", \"import VAT\"]\n+++\nImport value added tax is charged on the customs value plus duty.\n",
    )
    .write(
        "content/valuation.fr.md",
        "+++\ntitle = \"La valeur en douane\"\nsearch_terms = [\"TVA\"]\n+++\nLa taxe sur la valeur ajoutée à l'importation.\n",
    )
    .write(
        "content/tariff/44.md",
        "+++\ntitle = \"Wood\"\nsection = \"XVI\"\n+++\n\n| Code | Description | Unit | MFN |\n|---|---|---|---|\n| 44.16 | Casks, barrels, vats, tubs and other coopers' products | kg | 5% |\n",
    );
    assert_eq!(hits(&site, "en", "vat rate")[0], "en/valuation/");
    assert_eq!(hits(&site, "fr", "tva")[0], "fr/valuation/");
    let built = site.build();
    built.assert_ok();
    assert_eq!(
        runtime_firsts(&built, &[("en", "vat rate"), ("fr", "tva")]),
        ["en/valuation/", "fr/valuation/"]
    );
    // No page shows them.
    assert_lacks(&built.page("en/valuation/index.html"), "import VAT");

    // Anything but a list of words is an error at its place.
    site.write(
        "content/valuation.md",
        "+++\ntitle = \"Customs valuation\"\nsearch_terms = \"VAT\"\n+++\nText.\n",
    );
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "`search_terms` is not a list of words");
    assert_contains(&built.stderr(), "content/valuation.md:3:");
}
