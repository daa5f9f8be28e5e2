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

// Item 12: names and paths.

#[test]
fn file_names_with_a_space_a_line_break_or_a_dot_are_errors_before_anything_is_written() {
    let site = SiteTest::new("basic");
    site.write("content/about us.md", "+++\ntitle = \"A\"\n+++\n");
    site.write("content/guides/two\nlines.md", "+++\ntitle = \"B\"\n+++\n");
    site.write("content/index.html.md", "+++\ntitle = \"C\"\n+++\n");
    site.write("content/old stuff/page.md", "+++\ntitle = \"D\"\n+++\n");
    site.write("content/old stuff/other.md", "+++\ntitle = \"E\"\n+++\n");
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert_contains(&err, "the file name `about us.md` is not allowed: a space");
    assert_contains(&err, "rename it `about-us.md`");
    // The line break is shown escaped: it cannot split the report.
    assert_contains(&err, "`two\\nlines.md` is not allowed");
    assert_contains(&err, "content/guides/two\\nlines.md");
    assert_lacks(&err, "two\nlines");
    assert_contains(&err, "the file name `index.html.md` is not allowed: `.`");
    // A folder is named once, not once per file in it.
    assert_eq!(
        err.matches("the folder name `old stuff`").count(),
        1,
        "{err}"
    );
    assert_eq!(error_count(&err), 4, "{err}");
    assert!(!built.exists(""), "nothing may be written");
}

#[test]
fn names_that_differ_only_in_case_or_unicode_form_are_one_error_each() {
    let site = SiteTest::new("basic");
    site.write("content/About.md", "+++\ntitle = \"About (copy)\"\n+++\n");
    // `café` composed (NFC) and decomposed (NFD): two files on Linux, one
    // name on a Mac and to every reader.
    site.write("content/caf\u{e9}.md", "+++\ntitle = \"Café\"\n+++\n");
    site.write("content/cafe\u{301}.md", "+++\ntitle = \"Café\"\n+++\n");
    site.write(
        "content/_index.md",
        "+++\ntitle = \"Home\"\n+++\n[café](café.md)\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert_eq!(
        err.matches("differ only in case or Unicode form").count(),
        2,
        "{err}"
    );
    assert_contains(&err, "`content/about.md` and `content/About.md`");
    assert_eq!(error_count(&err), 2, "{err}");
}

#[test]
fn a_copy_of_a_chapter_beside_it_in_the_tariff_folder_is_an_error() {
    let site = SiteTest::new("tariff");
    let chapter = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    site.write("content/tariff/09 copy.md", &chapter);
    site.write("content/tariff/09-old.md", &chapter);
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert_contains(&err, "the file name `09 copy.md` is not allowed: a space");
    assert_contains(&err, "`09-old` in content/tariff/ is not a chapter number");
    assert_eq!(error_count(&err), 2, "{err}");
}

#[test]
fn slugs_and_aliases_that_leave_the_site_or_land_on_kb_paths_are_errors_at_their_line() {
    let site = SiteTest::new("basic");
    site.write(
        "content/contact.md",
        r#"+++
title = "Contact"
slug = "../../etc"
aliases = [
  "//evil.example/",
  "javascript:alert(1)",
  "https://evil.example/x",
  "\\en\\old",
  "/en/../../x/",
  "/en/guides/",
  "/data/tariff.json",
  "/search/en/index.js",
  "/assets/kb.css",
  "/en/feeds/all.xml",
  "/robots.txt",
  "/en/Guides/",
  "/en/contact-us/",
  "/en/two\nlines/",
]
+++
Write to us.
"#,
    );
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert_contains(&err, "the slug `../../etc` is not allowed");
    assert_contains(&err, "content/contact.md:3:8");
    for (line, message) in [
        (5, "another host"),
        (6, "scheme"),
        (7, "scheme"),
        (8, "backslash"),
        (9, "`..`: it climbs the folder tree"),
        (
            10,
            "the alias `/en/guides/` (/en/guides/index.html) is the address of the page",
        ),
        (11, "inside /data/, a folder that kb writes itself"),
        (12, "inside /search/"),
        (13, "inside /assets/"),
        (14, "inside /en/feeds/"),
        (15, "a folder where a file is: where kb writes robots.txt"),
        (
            16,
            "the alias `/en/Guides/` (/en/Guides/index.html) is the address of the page",
        ),
    ] {
        assert_contains(&err, &format!("content/contact.md:{line}:3"));
        assert_contains(&err, message);
    }
    // A line break in an alias is shown escaped: it cannot split the report.
    assert_contains(
        &err,
        "the alias `/en/two\\nlines/` is not a path of this site",
    );
    assert_contains(&err, "content/contact.md:18:3");
    assert_eq!(error_count(&err), 14, "{err}");
}

#[test]
fn pages_at_the_address_of_a_kb_page_or_a_tariff_code_are_errors() {
    let site = SiteTest::new("tariff");
    site.write("content/search.md", "+++\ntitle = \"Search\"\n+++\n");
    site.write("content/feeds/_index.md", "+++\ntitle = \"Feeds\"\n+++\n");
    site.write(
        "content/coffee.md",
        "+++\ntitle = \"Coffee\"\nslug = \"changes\"\n+++\n",
    );
    site.write(
        "content/tariff/_index.md",
        &std::fs::read_to_string(site.root().join("content/tariff/_index.md"))
            .unwrap()
            .replacen("+++\n", "+++\naliases = [\"/en/tariff/0901/\"]\n", 1),
    );
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert_contains(
        &err,
        "this page's address /en/search/ is where kb writes the `en` search page",
    );
    assert_contains(&err, "this page's address /en/feeds/ is inside /en/feeds/");
    assert_contains(&err, "content/coffee.md:3:8");
    assert_contains(&err, "where kb writes the page of tariff code 09.01");
    assert_contains(&err, "content/tariff/_index.md:2:");
    assert_eq!(error_count(&err), 4, "{err}");
}

#[test]
fn static_files_that_a_generated_file_would_overwrite_are_errors() {
    let site = SiteTest::new("tariff");
    for path in [
        "static/robots.txt",
        "static/sitemap.xml",
        "static/sitemap-2.xml",
        "static/sitemap-3.xml.gz",
        "static/index.html",
        "static/en/tariff/index.html",
        "static/fr/tariff/0901/index.html",
        "static/data/tariff.json",
        "static/data/schedule.json",
        "static/assets/kb.css",
        "static/en/feeds/all.xml",
        "static/.kb-output",
    ] {
        site.write(path, "mine");
    }
    // Beside kb's own files, a site may publish its own data.
    site.write("static/data/fees.csv", "fee,amount\n");
    site.write("static/forms/a.txt", "form");
    site.write("static/sitemap-news.xml", "<urlset/>");
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    for needle in [
        "`static/robots.txt` would be overwritten: its path is where kb writes robots.txt",
        "`static/sitemap.xml` would be overwritten",
        "`static/sitemap-2.xml` would be overwritten: its path is where kb writes a part of the sitemap",
        "`static/sitemap-3.xml.gz` would be overwritten: its path is where kb writes a part of the sitemap",
        "`static/index.html` would be overwritten: its path is where kb writes the language chooser",
        "`static/en/tariff/index.html` would be overwritten: its path is the address of the page `content/tariff/_index.md`",
        "`static/fr/tariff/0901/index.html` would be overwritten: its path is where kb writes the page of tariff code 09.01",
        "`static/data/tariff.json` would be overwritten",
        "`static/data/schedule.json` would be overwritten: its path is where kb writes the build schedule",
        "`static/assets/kb.css` would be overwritten: its path is inside /assets/",
        "`static/en/feeds/all.xml` would be overwritten",
        "`static/.kb-output` would be overwritten",
    ] {
        assert_contains(&err, needle);
    }
    assert_lacks(&err, "fees.csv");
    assert_lacks(&err, "forms/a.txt");
    assert_lacks(&err, "sitemap-news.xml");
    assert_eq!(error_count(&err), 12, "{err}");
}

// Item 13: values that parsed but made no sense.

#[test]
fn a_step_longer_than_a_year_is_an_error_at_its_duration() {
    let site = crate::entities::customs_site();
    let path = site.root().join("content/procedures/import.md");
    let text = std::fs::read_to_string(&path).unwrap();
    site.write(
        "content/procedures/import.md",
        &text.replace("duration = \"PT4H\"", "duration = \"PT99999999999H\""),
    );
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert_contains(
        &err,
        "step 2: `PT99999999999H` is longer than a year, the most one step may take (P365D)",
    );
    assert_contains(&err, "content/procedures/import.md:22:12");
    assert_eq!(error_count(&err), 1, "{err}");
}

#[test]
fn dates_before_1900_or_after_2100_are_errors_at_the_date() {
    let site = SiteTest::new("basic");
    site.write(
        "content/about.md",
        "+++\ntitle = \"About us\"\nupdated = 9999-12-31\ndate = 0202-01-15\n[extra]\nreviewed = 2024-01-01\n+++\nWe collect duties.\n\n## Our team {#team}\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert_contains(
        &err,
        "the date 9999-12-31 is not plausible: dates run from 1900 to 2100",
    );
    assert_contains(&err, "content/about.md:3:11");
    assert_contains(&err, "the date 0202-01-15 is not plausible");
    assert_contains(&err, "content/about.md:4:8");
    assert_eq!(error_count(&err), 2, "{err}");
}

#[test]
fn kb_toml_values_out_of_bounds_are_errors_at_their_line() {
    let tariff = SiteTest::new("tariff");
    let config = std::fs::read_to_string(tariff.root().join("kb.toml")).unwrap();
    for (text, position, message) in [
        (
            config.replace("national_digits = 8", "national_digits = 0"),
            "kb.toml:13:19",
            "national_digits = 0 is not a length of a tariff code",
        ),
        (
            config.replace("national_digits = 8", "national_digits = 1000"),
            "kb.toml:13:19",
            "national_digits = 1000 is not a length of a tariff code",
        ),
        (
            config.replace("key = \"atiga\"", "key = \"MFN\""),
            "kb.toml:20:7",
            "two tariff columns have the key `MFN`",
        ),
    ] {
        tariff.write("kb.toml", &text);
        let built = tariff.build();
        built.assert_fails();
        let err = unwrapped(&built.stderr());
        assert_contains(&err, position);
        assert_contains(&err, message);
    }
}

#[test]
fn an_unknown_theme_is_an_error_naming_the_themes_there_are() {
    let site = SiteTest::new("basic");
    site.write(
        "themes/harbour/templates/page.html",
        "{% extends \"base.html\" %}\n",
    );
    site.write("themes/customs-blue/static/x.css", "");
    site.edit("kb.toml", |config| {
        config.replace(
            "base_url = \"https://customs.test\"\n",
            "base_url = \"https://customs.test\"\ntheme = \"habour\"\n",
        )
    });
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert_contains(&err, "there is no theme `habour`");
    assert_contains(&err, "kb.toml:3:9");
    assert_contains(
        &err,
        "did you mean `harbour`? themes/ has: customs-blue, harbour",
    );
}

#[test]
fn robots_txt_cannot_carry_an_injected_line() {
    let site = SiteTest::new("basic");
    let config = std::fs::read_to_string(site.root().join("kb.toml")).unwrap();
    site.edit("kb.toml", |config| {
        config.replace(
            "base_url = \"https://customs.test\"",
            "base_url = \"https://customs.test/\\nDisallow: /\"",
        )
    });
    let built = site.build();
    built.assert_fails();
    let err = unwrapped(&built.stderr());
    assert_contains(&err, "base_url must be an absolute http(s) URL");
    assert_contains(&err, "U+000A");
    assert_contains(&err, "kb.toml:2:12");
    assert!(!built.exists("robots.txt"));

    site.write("kb.toml", &config);
    let injected = site.build_with(&["--base-url", "https://x.example/\nDisallow: /"]);
    assert_eq!(injected.code(), 2, "{}", injected.stderr());
    let built = site.build();
    built.assert_ok();
    assert_eq!(
        built.page("robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://customs.test/sitemap.xml\n"
    );
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
    site.edit("content/tariff/09.md", |chapter| {
        chapter.replacen("section = \"II\"", "section = II", 1)
    });
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
