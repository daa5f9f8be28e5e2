//! Issue 16: an administration starts in its own language. Every embedded
//! UI language can be a new site's only language: it builds with no error
//! and no missing-message warning, and `kb check` is clean.

use crate::harness::{assert_contains, assert_lacks, kb, kb_ok, SiteTest};

/// The folders of `locales/`: every embedded UI language.
fn ui_languages() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut codes: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    codes
}

/// `kb build` of the site in `site`, as of 2026-12-02.
fn build_site(site: &std::path::Path) -> std::process::Output {
    kb().arg("--root")
        .arg(site)
        .args(["build", "--date", "2026-12-02"])
        .output()
        .unwrap()
}

#[test]
fn every_ui_language_starts_a_site_that_builds_cleanly() {
    let languages = ui_languages();
    assert!(languages.len() >= 48, "{languages:?}");
    for lang in languages {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        let init = kb()
            .args(["init", "--lang", &lang])
            .arg(&site)
            .output()
            .unwrap();
        assert!(
            init.status.success(),
            "{lang}: {}",
            String::from_utf8_lossy(&init.stderr)
        );
        // What to do next: preview it.
        assert_contains(&String::from_utf8_lossy(&init.stdout), "&& kb serve");
        let build = build_site(&site);
        let stderr = String::from_utf8_lossy(&build.stderr);
        assert!(build.status.success(), "{lang}: {stderr}");
        assert_lacks(&stderr, "missing");
        assert_contains(&String::from_utf8_lossy(&build.stdout), "in 1 language (");
        let home = std::fs::read_to_string(site.join(format!("public/{lang}/index.html"))).unwrap();
        assert_contains(&home, &format!("<html lang=\"{lang}\""));
        // In its own language from the first build: the site's name, the
        // starter pages and the language's name, no English left.
        let config = std::fs::read_to_string(site.join("kb.toml")).unwrap();
        assert_lacks(&config, &format!("name = \"{lang}\""));
        if lang != "en" {
            assert_lacks(&config, "Customs Administration");
            assert_lacks(&home, "Welcome");
            assert_lacks(&home, "about us");
        }
        assert_contains(&home, &format!("href=\"/{lang}/about/\""));
        assert!(
            site.join(format!("public/{lang}/about/index.html"))
                .is_file(),
            "{lang}"
        );
        // One language: no switcher listing only itself.
        assert_lacks(&home, "lang-switch");
        if ["ar", "fa", "ps", "ur"].contains(&lang.as_str()) {
            assert_contains(&home, "dir=\"rtl\"");
        }
        let check = kb()
            .arg("--root")
            .arg(&site)
            .args(["check", "--deny-warnings"])
            .output()
            .unwrap();
        let report = String::from_utf8_lossy(&check.stdout);
        assert!(check.status.success(), "{lang}: {report}");
        // Clean: no message missing, and none listed as unused (every
        // message of the embedded locale is one the theme or code shows).
        assert_lacks(&report, "missing in");
        assert_lacks(&report, "unused in");
        new_procedure_is_in_the_language(&site, &lang);
        imported_tariff_is_in_the_language(&site, &lang);
    }
}

/// `kb import tariff --sections` in a site started with `kb init --lang`:
/// the tariff index it creates is titled in the site's language, in the
/// menu and the breadcrumbs, as the index kb makes without it is.
fn imported_tariff_is_in_the_language(site: &std::path::Path, lang: &str) {
    std::fs::write(
        site.join("hs.csv"),
        "section,hscode,description\nII,09,Coffee\nII,0901,Coffee; roasted\n",
    )
    .unwrap();
    std::fs::write(
        site.join("sections.csv"),
        "section,name\nII,Vegetable products\n",
    )
    .unwrap();
    let (hs, sections) = (site.join("hs.csv"), site.join("sections.csv"));
    let (hs, sections) = (hs.to_str().unwrap(), sections.to_str().unwrap());
    kb_ok(site, &["import", "tariff", hs, "--sections", sections]);
    let locale = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("locales/{lang}/changes.ftl"));
    let locale = std::fs::read_to_string(locale).unwrap();
    let tariff = locale
        .lines()
        .find_map(|l| l.strip_prefix("changes-kind-tariff = "))
        .unwrap();
    let build = build_site(site);
    assert!(build.status.success(), "{lang}");
    let page = std::fs::read_to_string(site.join(format!("public/{lang}/tariff/0901/index.html")))
        .unwrap();
    let escaped = tariff.replace('\'', "&#39;");
    assert_contains(
        &page,
        &format!("<li><a href=\"/{lang}/tariff/\">{escaped}</a></li>"),
    );
    if lang != "en" {
        assert_lacks(&page, ">Tariff<");
    }
}

/// `kb new` in a site started with `kb init --lang`: the example texts are
/// the language's, the site builds, and `kb check` warns on each of them.
fn new_procedure_is_in_the_language(site: &std::path::Path, lang: &str) {
    kb_ok(site, &["new", "procedure", "import-home-use"]);
    let text = std::fs::read_to_string(site.join("content/procedures/import-home-use.md")).unwrap();
    assert_lacks(&text, "{{");
    assert_lacks(&text, "archetype-");
    if lang != "en" {
        assert_lacks(&text, "One sentence for search results");
        assert_lacks(&text, "First step");
        assert_lacks(&text, "Who this procedure applies to");
    }
    let build = build_site(site);
    let stderr = String::from_utf8_lossy(&build.stderr);
    assert!(build.status.success(), "{lang}: {stderr}");
    assert_lacks(&stderr, "warning");
    let check = kb_ok(site, &["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let left = report["diagnostics"].as_array().unwrap().iter();
    // The description, the summary, the step's title and the body; and,
    // but in English, the title made from the id in English words.
    let placeholders = left.filter(|d| d["code"] == "placeholder").count();
    let expected = if lang.starts_with("en") { 4 } else { 5 };
    assert_eq!(placeholders, expected, "{lang}: {report}");
}

#[test]
fn a_missing_ui_message_falls_back_with_a_warning_and_never_fails() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    assert!(kb()
        .args(["init", "--lang", "th"])
        .arg(&site)
        .status()
        .unwrap()
        .success());
    let config = std::fs::read_to_string(site.join("kb.toml")).unwrap();
    // A language with no embedded UI at all: every message in English.
    std::fs::write(
        site.join("kb.toml"),
        config
            .replace("\"th\"", "\"xh\"")
            .replace("languages.th", "languages.xh"),
    )
    .unwrap();
    let build = build_site(&site);
    let stderr = String::from_utf8_lossy(&build.stderr);
    assert!(build.status.success(), "{stderr}");
    assert_contains(&stderr, "missing in `xh`, shown in en");
    let home = std::fs::read_to_string(site.join("public/xh/index.html")).unwrap();
    assert_contains(&home, "Search");
}

#[test]
fn a_default_language_kb_has_no_strings_in_falls_back_to_the_sites_english() {
    // An Amharic site with English and Oromo failed to build: its pages
    // sought a message in Amharic and the default (Amharic), never in
    // English, since English was one of the site's languages. `kb check`
    // said the messages were shown in English and named every one a
    // template uses as defined by no locale.
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    std::fs::create_dir_all(site.join("content")).unwrap();
    std::fs::write(
        site.join("kb.toml"),
        "title = \"T\"\nbase_url = \"https://x.example\"\ndefault_language = \"am\"\n\
         [languages.am]\nname = \"አማርኛ\"\n[languages.om]\nname = \"Oromoo\"\n\
         [languages.en]\nname = \"English\"\n",
    )
    .unwrap();
    std::fs::write(
        site.join("content/_index.md"),
        "+++\ntitle = \"እንኳን ደህና መጡ\"\n+++\nሰላም\n",
    )
    .unwrap();
    std::fs::create_dir_all(site.join("locales/am")).unwrap();
    std::fs::write(site.join("locales/am/site.ftl"), "search-button = ፈልግ\n").unwrap();
    let build = build_site(site);
    let stderr = String::from_utf8_lossy(&build.stderr);
    assert!(build.status.success(), "{stderr}");
    assert_contains(&stderr, "missing in `am`, shown in en:");
    assert_contains(&stderr, "missing in `om`, shown in am or en:");
    let am = std::fs::read_to_string(site.join("public/am/index.html")).unwrap();
    assert_contains(&am, ">ፈልግ</button>");
    assert_contains(&am, "Search");
    let om = std::fs::read_to_string(site.join("public/om/index.html")).unwrap();
    assert_contains(&om, ">ፈልግ</button>");
    let check = kb()
        .arg("--root")
        .arg(site)
        .args(["check"])
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&check.stderr);
    assert_lacks(&report, "which no locale defines");
}

#[test]
fn the_root_of_a_site_in_one_language_sends_the_reader_to_its_home() {
    let dir = tempfile::tempdir().unwrap();
    let root_page = |lang: Option<&str>| {
        let site = dir.path().join(lang.unwrap_or("default"));
        let mut init = kb();
        init.arg("init").arg(&site);
        if let Some(lang) = lang {
            init.args(["--lang", lang]);
        }
        assert!(init.status().unwrap().success());
        let build = build_site(&site);
        assert!(
            build.status.success(),
            "{}",
            String::from_utf8_lossy(&build.stderr)
        );
        std::fs::read_to_string(site.join("public/index.html")).unwrap()
    };
    // Nothing to choose: the root is a redirect to the one home page.
    let one = root_page(Some("kk"));
    assert_contains(
        &one,
        "<meta http-equiv=\"refresh\" content=\"0; url=/kk/\">",
    );
    assert_contains(
        &one,
        "<link rel=\"canonical\" href=\"https://customs.example.org/kk/\">",
    );
    assert_contains(&one, "<a href=\"/kk/\"");
    // Two languages: the chooser, which stays where it is.
    let two = root_page(None);
    assert_lacks(&two, "http-equiv=\"refresh\"");
    assert_contains(&two, "hreflang=\"fr\"");
}

/// A tester's report: `valuation.kg.md` (the country, for Kyrgyz `ky`) was
/// told to add `[languages.kg]`, and `valuation.KY.md` to be renamed
/// `valuation-KY.md`, a page of its own.
#[test]
fn a_file_named_for_a_language_one_letter_off_or_in_capitals_is_told_which() {
    let site = SiteTest::new("basic");
    site.write(
        "content/about.FR.md",
        "+++\ntitle = \"À propos\"\n+++\nTexte.\n",
    )
    .write(
        "content/contact.fz.md",
        "+++\ntitle = \"Contact\"\n+++\nTexte.\n",
    )
    // One letter off the default language, whose files have no suffix.
    .write(
        "content/guides/fees.em.md",
        "+++\ntitle = \"Fees\"\n+++\nText.\n",
    )
    // The default language named: one page twice, said so.
    .write(
        "content/contact.en.md",
        "+++\ntitle = \"Contact us\"\n+++\nText.\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(
        &err,
        "`FR` in the file name is not how the language `fr` is written",
    );
    assert_contains(&err, "rename it about.fr.md");
    assert_contains(&err, "`fz` in the file name is not a configured language");
    assert_contains(
        &err,
        "did you mean `fr` (Français)? rename it contact.fr.md",
    );
    assert_contains(
        &err,
        "did you mean `en` (English)? It is the default language",
    );
    assert_contains(&err, "rename it fees.md");
    assert_contains(&err, "are both the `en` text of one page");
    assert_lacks(&err, "differ only in case");
}

/// An administration writes a regional variant of a language (Russian as
/// Kyrgyzstan writes it, `ru-KG`): kb's Russian UI strings, stemmer and
/// little words, and CLDR's numbers and currency for the region (`сом` for
/// KGS, which plain Russian writes `KGS`). `kb init --lang ru-KZ` starts
/// such a site.
#[test]
fn a_regional_variant_of_a_language_gets_its_strings_search_and_money() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    kb_ok(
        dir.path(),
        &["init", "--lang", "ky", site.to_str().unwrap()],
    );
    let config = std::fs::read_to_string(site.join("kb.toml")).unwrap();
    std::fs::write(
        site.join("kb.toml"),
        format!(
            "{config}\n[languages.ru-KG]\nname = \"Русский\"\n\n[tariff]\ncurrency = \"KGS\"\n"
        ),
    )
    .unwrap();
    std::fs::create_dir_all(site.join("content/fees")).unwrap();
    std::fs::write(
        site.join("content/fees/declaration.md"),
        "+++\ntitle = \"Декларацияны тариздөө үчүн жыйым\"\namount = \"500\"\ncurrency = \"KGS\"\nper = \"declaration\"\n+++\nЖыйым.\n",
    )
    .unwrap();
    std::fs::write(
        site.join("content/fees/declaration.ru-KG.md"),
        "+++\ntitle = \"Сбор за таможенное оформление деклараций\"\n+++\nСбор взимается при подаче декларации.\n",
    )
    .unwrap();
    std::fs::create_dir_all(site.join("content/exchange-rates")).unwrap();
    std::fs::write(
        site.join("content/exchange-rates/eur.md"),
        "+++\ntitle = \"Евро\"\ncurrency = \"EUR\"\nrate = \"560; 575 from 2027-01-01\"\n+++\nКурс.\n",
    )
    .unwrap();
    let build = build_site(&site);
    let stderr = String::from_utf8_lossy(&build.stderr);
    assert!(build.status.success(), "{stderr}");
    assert_lacks(&stderr, "missing in `ru-KG`");
    // An exchange rate (курс, masculine) is "Запланирован", where a
    // duty rate (ставка, feminine) is "Запланирована".
    let rate =
        std::fs::read_to_string(site.join("public/ru-KG/exchange-rates/eur/index.html")).unwrap();
    assert_contains(&rate, "<td>Запланирован</td>");
    let fee =
        std::fs::read_to_string(site.join("public/ru-KG/fees/declaration/index.html")).unwrap();
    assert_contains(&fee, "<html lang=\"ru-KG\"");
    // A file named for the language without the site's region is told
    // which language the site writes.
    std::fs::write(
        site.join("content/about.ru.md"),
        "+++\ntitle = \"О нас\"\n+++\nТекст.\n",
    )
    .unwrap();
    let build = build_site(&site);
    assert_contains(
        &String::from_utf8_lossy(&build.stderr),
        "did you mean `ru-KG` (Русский)? rename it about.ru-KG.md",
    );
    std::fs::remove_file(site.join("content/about.ru.md")).unwrap();
    assert_contains(&fee, ">Найти<");
    assert_contains(&fee, "500\u{a0}сом");
    // Russian stemming: `декларация` finds `деклараций`.
    let out = kb_ok(
        &site,
        &[
            "search",
            "декларация",
            "--lang",
            "ru-KG",
            "--format",
            "json",
        ],
    );
    assert_contains(
        &String::from_utf8_lossy(&out.stdout),
        "\"path\": \"ru-KG/fees/declaration/\"",
    );

    let kazakhstan = dir.path().join("kz");
    kb_ok(
        dir.path(),
        &["init", "--lang", "ru-KZ", kazakhstan.to_str().unwrap()],
    );
    let config = std::fs::read_to_string(kazakhstan.join("kb.toml")).unwrap();
    assert_contains(&config, "default_language = \"ru-KZ\"");
    assert_contains(&config, "Таможенная служба");
    let build = build_site(&kazakhstan);
    assert!(build.status.success());
    assert_lacks(&String::from_utf8_lossy(&build.stderr), "missing");
}

/// Pakistan's customs starts in Urdu and English at once, typing the
/// codes as it likes (`UR,en`): Urdu is right to left without being
/// told, and a page `kb new` titles from its id in English is flagged
/// on the Urdu side.
#[test]
fn init_starts_a_site_in_several_languages_written_in_any_case() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let init = kb()
        .args(["init", "--lang", "UR,en"])
        .arg(&site)
        .output()
        .unwrap();
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let config = std::fs::read_to_string(site.join("kb.toml")).unwrap();
    assert_contains(&config, "default_language = \"ur\"");
    assert_contains(&config, "[languages.en]");
    assert!(site.join("content/_index.en.md").is_file());
    // Urdu without `direction`: right to left all the same.
    std::fs::write(
        site.join("kb.toml"),
        config.replace("direction = \"rtl\"\n", ""),
    )
    .unwrap();
    let build = build_site(&site);
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let home = std::fs::read_to_string(site.join("public/ur/index.html")).unwrap();
    assert_contains(&home, "<html lang=\"ur\" dir=\"rtl\"");
    let english = std::fs::read_to_string(site.join("public/en/index.html")).unwrap();
    assert_contains(&english, "<html lang=\"en\" dir=\"ltr\"");
    // `kb new` titles a page from its id, in English words.
    kb_ok(&site, &["new", "procedure", "import-home-use"]);
    let check = kb().arg("--root").arg(&site).arg("check").output().unwrap();
    let said = String::from_utf8_lossy(&check.stderr);
    assert_contains(&said, "the title is the page's id in English words");
    assert_contains(&said, "help: write the title in اردو");
}
