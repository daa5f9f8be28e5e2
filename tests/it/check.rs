//! Issue 7: `kb check` runs every validation of `build` and writes
//! nothing, reports translation coverage and staleness, missing and unused
//! Fluent messages, links and anchors, fee notice periods; `kb new` writes
//! files that build.

use serde_json::Value;

use crate::harness::{assert_contains, assert_lacks, kb, kb_ok, SiteTest};

fn check(site: &SiteTest, args: &[&str]) -> (i32, String, String) {
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn of_language<'a>(list: &'a Value, lang: &str) -> &'a Value {
    list.as_array()
        .and_then(|a| a.iter().find(|e| e["language"] == lang))
        .unwrap_or_else(|| panic!("no entry for {lang} in {list}"))
}

/// The basic site with one problem of every kind planted.
fn site_with_every_problem() -> SiteTest {
    let site = SiteTest::new("basic");
    // A broken anchor (an error) in a page with no French translation.
    site.write(
        "content/contact.md",
        "+++\ntitle = \"Contact\"\n+++\nWrite to us, or read about [our team](about.md#no-such-team).\n",
    );
    // A fee published 10 days before it applies (a warning).
    site.write(
        "content/fees/late-fee.md",
        "+++\ntitle = \"Late fee\"\namount = \"100\"\ncurrency = \"USD\"\nper = \"declaration\"\npublished = 2026-09-21\neffective = 2026-10-01\n+++\nCharged late.\n",
    );
    // An English message that no template uses and no other locale has.
    site.write(
        "locales/en/extra.ftl",
        "customs-hotline = Customs hotline\n",
    );
    // A template naming a message that no locale defines.
    site.write(
        "templates/widget.html",
        "<p>{{ t(key=\"customs-widget-title\") }}</p>\n",
    );
    site
}

#[test]
fn check_finds_every_planted_problem_and_fails_on_errors() {
    let site = site_with_every_problem();
    let (code, stdout, stderr) = check(&site, &["--format", "json"]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stderr, "", "JSON mode prints nothing else");
    let report: Value = serde_json::from_str(&stdout).expect("clean JSON on stdout");

    let diagnostics = report["diagnostics"].as_array().unwrap();
    let find = |code: &str, needle: &str| {
        diagnostics
            .iter()
            .find(|d| d["code"] == code && d["message"].as_str().unwrap_or("").contains(needle))
            .unwrap_or_else(|| panic!("no `{code}` finding about `{needle}` in {diagnostics:#?}"))
    };
    let anchor = find("link", "no-such-team");
    assert_eq!(anchor["severity"], "error");
    assert_eq!(anchor["path"], "content/contact.md");
    assert_eq!(anchor["line"], 4);
    let fee = find("fee-notice", "10 days");
    assert_eq!(fee["severity"], "warning");
    assert_eq!(fee["path"], "content/fees/late-fee.md");
    assert_eq!(
        find("fluent-missing", "customs-widget-title")["severity"],
        "warning"
    );

    let coverage = &report["coverage"];
    let french = of_language(coverage, "fr");
    assert!(strings(&french["missing_files"]).contains(&"content/contact.md".to_string()));
    assert_eq!(
        french["missing"].as_u64(),
        Some(strings(&french["missing_files"]).len() as u64)
    );
    let arabic = of_language(coverage, "ar");
    assert_eq!(strings(&arabic["stale_files"]), ["content/about.ar.md"]);
    assert_eq!(arabic["stale"], 1);

    let messages = &report["messages"];
    assert!(strings(&of_language(messages, "fr")["missing"]).contains(&"customs-hotline".into()));
    assert!(strings(&of_language(messages, "en")["unused"]).contains(&"customs-hotline".into()));
    assert!(
        strings(&of_language(messages, "en")["missing"]).contains(&"customs-widget-title".into())
    );
}

#[test]
fn check_prints_tables_writes_nothing_and_warnings_fail_only_when_denied() {
    let site = SiteTest::new("basic");
    site.write(
        "content/fees/late-fee.md",
        "+++\ntitle = \"Late fee\"\namount = \"100\"\ncurrency = \"USD\"\nper = \"declaration\"\npublished = 2026-09-21\neffective = 2026-10-01\n+++\nCharged late.\n",
    );
    let (code, stdout, stderr) = check(&site, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_contains(&stdout, "language  translated  missing  stale");
    assert_contains(&stdout, "stale in ar: content/about.ar.md");
    assert_contains(&stderr, "0 error(s), 1 warning(s)");
    assert!(!site.root().join("public").exists(), "check writes nothing");
    let (code, _, _) = check(&site, &["--deny-warnings"]);
    assert_eq!(code, 1);
    let (code, _, _) = check(&site, &["--format", "xml"]);
    assert_eq!(code, 2);
}

#[test]
fn check_renders_every_page_so_template_errors_show() {
    let site = SiteTest::new("basic");
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.no_such_field.deeper }}{% endblock main %}",
    );
    let (code, stdout, stderr) = check(&site, &["--format", "json"]);
    assert_eq!(code, 1, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    let template = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "template")
        .unwrap_or_else(|| panic!("no template error in {stdout}"));
    assert_eq!(template["severity"], "error");
}

#[test]
fn new_writes_each_kind_from_its_archetype_and_the_site_builds() {
    let site = SiteTest::new("basic");
    let new = |args: &[&str]| {
        kb().arg("--root")
            .arg(site.root())
            .arg("new")
            .args(args)
            .output()
            .unwrap()
    };
    for (kind, path) in [
        ("procedure", "content/procedures/import-of-samples.md"),
        ("fee", "content/fees/import-of-samples.md"),
        ("tool", "content/tools/import-of-samples.md"),
        ("agency", "content/agencies/import-of-samples.md"),
        ("notice", "content/notices/import-of-samples.md"),
        ("page", "content/import-of-samples.md"),
    ] {
        let out = new(&[kind, "import-of-samples"]);
        assert!(
            out.status.success(),
            "{kind}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(site.root().join(path)).unwrap();
        assert_contains(&text, "title = \"Import of samples\"");
        assert_contains(&text, "YYYY-MM-DD");
    }
    let dated = new(&["page", "guides/valuation", "--date", "2026-11-23"]);
    assert!(dated.status.success());
    let text = std::fs::read_to_string(site.root().join("content/guides/valuation.md")).unwrap();
    assert_contains(&text, "\nupdated = 2026-11-23\n");
    let french = new(&["fee", "import-of-samples", "--lang", "fr"]);
    assert!(
        french.status.success(),
        "{}",
        String::from_utf8_lossy(&french.stderr)
    );
    // The translation's prompt is in French, naming the original.
    let translation =
        std::fs::read_to_string(site.root().join("content/fees/import-of-samples.fr.md")).unwrap();
    assert_contains(
        &translation,
        "Traduisez ici le texte de content/fees/import-of-samples.md :",
    );

    site.build().assert_ok();
    let (code, _, stderr) = check(&site, &[]);
    assert_eq!(code, 0, "{stderr}");

    let again = new(&["fee", "import-of-samples"]);
    assert_eq!(again.status.code(), Some(1));
    assert_contains(&String::from_utf8_lossy(&again.stderr), "already exists");
    for bad in [
        &["fees", "x"][..],
        &["fee", "../escape"],
        &["fee", "Bad Id"],
        &["page", "a/../../b"],
        &["fee", "x", "--lang", "xx"],
        &["fee", "x", "--date", "23/11/2026"],
    ] {
        assert_eq!(new(bad).status.code(), Some(2), "{bad:?}");
    }
    assert!(!site.root().join("escape.md").exists());
    let orphan = new(&["fee", "no-original", "--lang", "fr"]);
    assert_eq!(orphan.status.code(), Some(1));
}

#[test]
fn new_example_texts_are_ui_messages_a_site_overrides() {
    let site = SiteTest::new("basic");
    site.write(
        "locales/en/archetypes.ftl",
        "archetype-description = Say in one line what this \"instrument\" is.\n",
    );
    kb_ok(site.root(), &["new", "tool", "hs-convention"]);
    let text = std::fs::read_to_string(site.root().join("content/tools/hs-convention.md")).unwrap();
    // Escaped in the front matter's TOML string: the file builds.
    assert_contains(
        &text,
        "= \"Say in one line what this \\\"instrument\\\" is.\"",
    );
    // The body's example is still the embedded one.
    assert_contains(
        &text,
        "What the instrument is and how this administration applies it.",
    );
    let (code, stdout, _) = check(&site, &["--format", "json"]);
    assert_eq!(code, 0, "{stdout}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    let left = report["diagnostics"].as_array().unwrap().iter();
    let file = "content/tools/hs-convention.md";
    let placeholders = left.filter(|d| d["code"] == "placeholder" && d["path"] == file);
    assert_eq!(placeholders.count(), 2, "{stdout}");
}

#[test]
fn a_new_translation_quotes_the_originals_texts_for_the_translator() {
    let site = SiteTest::new("basic");
    kb_ok(site.root(), &["new", "procedure", "export-declaration"]);
    kb_ok(
        site.root(),
        &["new", "procedure", "export-declaration", "--lang", "fr"],
    );
    let path = site
        .root()
        .join("content/procedures/export-declaration.fr.md");
    let text = std::fs::read_to_string(&path).unwrap();
    // Every text key the original sets, and its steps with their text keys.
    assert_contains(
        &text,
        "\n# description = \"One sentence for search results and link previews.\"\n",
    );
    assert_contains(
        &text,
        "\n# summary = \"What the trader does and gets, in one sentence.\"\n",
    );
    assert_contains(
        &text,
        "\n# [[steps]]\n# title = \"First step: what the trader or officer does\"\n# documents = [\"Commercial invoice\"]\n",
    );
    assert_lacks(&text, "direction");
    // Commented, they change nothing, and kb check warns on the
    // translation's prompt only, not on the original's texts it quotes.
    let (_, report, _) = check(&site, &["--format", "json"]);
    let report: Value = serde_json::from_str(&report).unwrap();
    let in_translation: Vec<&Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["path"] == "content/procedures/export-declaration.fr.md")
        .collect();
    assert_eq!(in_translation.len(), 1, "{in_translation:?}");
    assert_eq!(in_translation[0]["code"], "placeholder");
    assert_contains(
        in_translation[0]["source_line"].as_str().unwrap(),
        "Traduisez ici",
    );
    // Uncommented as they are, they are a valid translation's keys.
    let uncommented: String = text
        .lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(rest)
                if rest.starts_with("[[") || rest.contains(" = \"") || rest.contains(" = [") =>
            {
                rest
            }
            _ => line,
        })
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(
        &path,
        uncommented.replace("What the trader does", "Ce que fait l’opérateur"),
    )
    .unwrap();
    let built = site.build();
    built.assert_ok();
    assert_contains(
        &built.page("fr/procedures/export-declaration/"),
        "Ce que fait l’opérateur",
    );
}

#[test]
fn a_new_fee_is_charged_in_the_national_currency() {
    let site = SiteTest::new("basic");
    kb_ok(site.root(), &["new", "fee", "without-currency"]);
    let fee =
        std::fs::read_to_string(site.root().join("content/fees/without-currency.md")).unwrap();
    assert_contains(&fee, "\ncurrency = \"USD\"                    # ISO 4217\n");
    site.edit("kb.toml", |config| {
        format!("{config}\n[tariff]\ncurrency = \"KZT\"\n")
    });
    kb_ok(site.root(), &["new", "fee", "customs-escort"]);
    let fee = std::fs::read_to_string(site.root().join("content/fees/customs-escort.md")).unwrap();
    assert_contains(&fee, "\ncurrency = \"KZT\"                    # ISO 4217\n");
    site.build().assert_ok();
}

#[test]
fn check_takes_an_archetypes_data_for_data_and_a_sites_own_sentences_for_examples() {
    let site = SiteTest::new("basic");
    // The embedded archetypes' data values are what a site may keep: the
    // ATIGA's general rule is "RVC 40 or CTH".
    kb_ok(site.root(), &["new", "origin", "atiga"]);
    kb_ok(site.root(), &["new", "exchange-rate", "usd"]);
    // A site's own archetype without text fields: its sentences of three
    // words or more are its examples.
    site.write(
        "archetypes/page.md",
        "+++\ntitle = \"{{title}}\"\n+++\nWrite the whole page here, please.\n",
    );
    kb_ok(site.root(), &["new", "page", "valuation"]);
    let (_, stdout, _) = check(&site, &["--format", "json"]);
    let report: Value = serde_json::from_str(&stdout).unwrap();
    let mut flagged: Vec<String> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "placeholder")
        .map(|d| format!("{}:{}", d["path"].as_str().unwrap(), d["source_line"]))
        .collect();
    flagged.sort();
    let origin = flagged
        .iter()
        .filter(|f| f.starts_with("content/origin/"))
        .count();
    // The proof and the body, not the rule.
    assert_eq!(origin, 2, "{flagged:#?}");
    assert!(
        !flagged.iter().any(|f| f.contains("RVC 40")),
        "{flagged:#?}"
    );
    // The exchange rate's `rate = "1"` once: as the placeholder figure it
    // is, not as an example sentence.
    assert_eq!(
        flagged.iter().filter(|f| f.contains("rate = ")).count(),
        1,
        "{flagged:#?}"
    );
    assert!(
        flagged
            .iter()
            .any(|f| f.contains("Write the whole page here")),
        "{flagged:#?}"
    );
}

/// An exchange rate whose first value takes effect after the day the site
/// describes leaves the calculator without it until then: a warning, on
/// the day and not after it. `kb check --date` checks the site as
/// `kb build --date` builds it.
#[test]
fn an_exchange_rate_not_yet_in_force_is_a_warning_as_of_the_day_checked() {
    let site = SiteTest::new("basic");
    site.write(
        "content/exchange-rates/usd.md",
        "+++\ntitle = \"US Dollar (USD)\"\ncurrency = \"USD\"\n\
rate = \"25400 from 2027-01-01; 25500 from 2027-02-01\"\n+++\nThe rate.\n",
    );
    let (code, _, stderr) = check(&site, &["--date", "2026-12-07", "--deny-warnings"]);
    assert_eq!(code, 1, "{stderr}");
    assert_contains(&stderr, "USD has no rate in force on 2026-12-07");
    assert_contains(&stderr, "content/exchange-rates/usd.md:4:");
    let (_, stdout, _) = check(&site, &["--date", "2026-12-07", "--format", "json"]);
    assert_contains(
        &stdout,
        "its first is from 2027-01-01; until then the duty calculator",
    );
    let (code, _, stderr) = check(&site, &["--date", "2027-01-01", "--deny-warnings"]);
    assert_eq!(code, 0, "{stderr}");
    assert_lacks(&stderr, "has no rate in force");
    // A date that is not one is a usage error, as for `kb build`.
    let (code, _, stderr) = check(&site, &["--date", "2027-13-01"]);
    assert_eq!(code, 2, "{stderr}");
}

/// `kb new --lang` writes the original's title for the translator to
/// replace; a translation that keeps it shows a title in another language,
/// unmarked. `kb check` says so, as it does of the archetype's texts; a
/// name of fewer than three words (`ATA Carnet`) is left alone.
#[test]
fn a_translation_that_keeps_its_original_s_title_is_a_warning() {
    let site = SiteTest::new("basic");
    site.write(
        "content/fees/overtime.md",
        "+++\ntitle = \"Clearance outside working hours\"\namount = \"50\"\ncurrency = \"USD\"\nper = \"hour\"\n+++\nText.\n",
    )
    .write(
        "content/fees/overtime.fr.md",
        "+++\ntitle = \"Clearance outside working hours\"\n+++\nTexte.\n",
    )
    .write(
        "content/fees/carnet.md",
        "+++\ntitle = \"ATA Carnet\"\namount = \"20\"\ncurrency = \"USD\"\nper = \"certificate\"\n+++\nText.\n",
    )
    .write(
        "content/fees/carnet.fr.md",
        "+++\ntitle = \"ATA Carnet\"\n+++\nTexte.\n",
    );
    let (_, stdout, _) = check(&site, &["--format", "json"]);
    assert_contains(&stdout, "this translation's title is the original's, in en");
    assert_contains(&stdout, "content/fees/overtime.fr.md");
    assert_lacks(&stdout, "carnet.fr.md");
}

#[test]
fn a_tariff_column_with_no_label_in_a_language_is_named() {
    // A Georgian site's column `duty` showed `DUTY` on every Georgian page,
    // and `kb check` said no UI message was missing.
    let site = SiteTest::new("tariff");
    site.edit("kb.toml", |t| {
        format!("{t}[[tariff.columns]]\nkey = \"surtax\"\nkind = \"tax\"\nbase = \"value\"\n")
    })
    .write("locales/fr/site.ftl", "tariff-col-surtax = Surtaxe\n");
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .arg("check")
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stderr);
    assert_contains(
        &report,
        "the tariff column `surtax` has no label in en, ar: its pages show `SURTAX`",
    );
    assert_contains(&report, "`tariff-col-surtax = …`");
    assert_lacks(&report, "column `mfn`");
}

/// A site `kb init` made in `langs`, in a temporary folder.
fn init_site(langs: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = kb()
        .args(["init", "--lang", langs])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

/// `kb check` on `root` with `args`: its exit code, stdout and stderr.
fn check_at(root: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = kb()
        .arg("--root")
        .arg(root)
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Kenya: a site of `kb init --lang en,sw` was reported `sw 445 defined,
/// 0 missing` with no warning, and `--deny-warnings` passed, although
/// every Swahili message was the English `kb init` had copied.
#[test]
fn english_copied_by_init_into_a_language_is_untranslated_until_translated() {
    let dir = init_site("en,sw");
    let (code, stdout, stderr) = check_at(dir.path(), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_contains(&stdout, "language  defined  missing  untranslated  unused");
    assert_contains(&stderr, "fluent-untranslated");
    let (code, _, _) = check_at(dir.path(), &["--deny-warnings"]);
    assert_eq!(code, 1, "the English copies are warnings");

    let (_, json, _) = check_at(dir.path(), &["--format", "json"]);
    let report: Value = serde_json::from_str(&json).unwrap();
    let sw = of_language(&report["messages"], "sw");
    let untranslated = strings(&sw["untranslated"]);
    assert!(untranslated.len() > 400, "{sw}");
    assert!(untranslated.contains(&"search-button".to_string()), "{sw}");
    // Nothing to translate in a message of placeholders only.
    assert!(!untranslated.contains(&"money".to_string()), "{sw}");
    assert!(strings(&of_language(&report["messages"], "en")["untranslated"]).is_empty());
    let warned: Vec<&Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "fluent-untranslated")
        .collect();
    assert_eq!(
        warned.len(),
        6,
        "one warning per file kb init wrote: {json}"
    );

    // A translated message no longer counts; one a later file translates
    // neither; nor, once kb init's note is gone, a file whose few English
    // words are right as they are.
    let main = dir.path().join("locales/sw/main.ftl");
    let text = std::fs::read_to_string(&main).unwrap();
    let text = text.replace("\nsearch-button = Search\n", "\nsearch-button = Tafuta\n");
    std::fs::write(&main, text).unwrap();
    std::fs::write(
        dir.path().join("locales/sw/site.ftl"),
        "skip-to-content = Ruka hadi maudhui\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("locales/sw/transparency.ftl"),
        "tfa-2-1 = Opportunity to comment\ntfa-2-2 = Consultations\ntfa-1-2-1-b = Fomu na nyaraka\n",
    )
    .unwrap();
    let (_, json, stderr) = check_at(dir.path(), &["--format", "json"]);
    let report: Value = serde_json::from_str(&json).unwrap();
    let untranslated = strings(&of_language(&report["messages"], "sw")["untranslated"]);
    for id in ["search-button", "skip-to-content", "tfa-2-1"] {
        assert!(!untranslated.contains(&id.to_string()), "{id}: {json}");
    }
    assert_lacks(&json, "locales/sw/transparency.ftl are still");
    assert_lacks(&json, "locales/sw/site.ftl are still");
    assert_contains(&json, "locales/sw/main.ftl are still kb's English");
    assert_lacks(&stderr, "panicked");
}

/// Bangladesh: `tariff-col-vat = ভ্যাট` in `locales/bn/site.ftl`, as
/// `kb check` had hinted, lost to the `tariff-col-vat = VAT` that `kb
/// init` had copied into `locales/bn/trader.ftl`, read later; pages said
/// "VAT" and check said nothing.
#[test]
fn a_message_defined_in_two_files_of_a_language_is_named_and_site_ftl_wins() {
    let site = SiteTest::new("tariff");
    site.edit("kb.toml", |t| {
        let t = t.replace("[tariff]", "[languages.bn]\nname = \"বাংলা\"\n\n[tariff]");
        format!("{t}[[tariff.columns]]\nkey = \"vat\"\nkind = \"tax\"\nbase = \"value\"\n")
    })
    .edit("content/tariff/09.md", |t| {
        // A VAT column at the end of the table, 15% on one line.
        let rows = t.lines().map(|line| match line {
            l if l.starts_with("| Code") => format!("{l} VAT |"),
            l if l.starts_with("|---") => format!("{l}---|"),
            l if l.contains("Licence needed") => format!("{l} 15% |"),
            l if l.starts_with('|') => format!("{l} |"),
            l => l.to_string(),
        });
        rows.collect::<Vec<_>>().join("\n") + "\n"
    });
    let init = init_site("bn");
    for entry in std::fs::read_dir(init.path().join("locales/bn")).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        site.write(
            &format!("locales/bn/{name}"),
            &std::fs::read_to_string(entry.path()).unwrap(),
        );
    }
    site.write("locales/bn/site.ftl", "tariff-col-vat = ভ্যাট\n");
    let built = site.build();
    built.assert_ok();
    let page = built.page("bn/tariff/09/");
    assert_contains(&page, "ভ্যাট");
    assert_lacks(&page, ">VAT<");
    assert_contains(&built.stderr(), "fluent-duplicate");
    let (_, json, _) = check(&site, &["--format", "json"]);
    let report: Value = serde_json::from_str(&json).unwrap();
    let duplicates: Vec<&Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "fluent-duplicate")
        .collect();
    assert_eq!(duplicates.len(), 1, "{json}");
    let warning = duplicates[0];
    assert_eq!(warning["path"], "locales/bn/trader.ftl");
    let line = warning["line"].as_u64().unwrap();
    assert_eq!(
        warning["message"].as_str().unwrap(),
        format!(
            "the UI message `tariff-col-vat` is defined twice in `bn`: locales/bn/trader.ftl, line {line}, which pages do not show, and locales/bn/site.ftl, line 1, which they show"
        )
    );
}
