//! Issue 2, point 9: every content error of a build, with file, line,
//! column, the offending line and a hint; exit code 1; never a panic.

use crate::harness::{assert_contains, assert_lacks, kb, SiteTest};

#[test]
fn malformed_front_matter_names_file_line_and_column() {
    let site = SiteTest::new("basic");
    site.write(
        "content/contact.md",
        "+++\ntitle = \"Contact\"\nweight = = 3\n+++\nBody\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "content/contact.md:3:");
    assert_contains(&err, "weight = = 3");
    assert_contains(&err, "help:");
}

#[test]
fn unknown_front_matter_key_suggests_the_known_one() {
    let site = SiteTest::new("basic");
    site.write(
        "content/contact.md",
        "+++\ntitle = \"Contact\"\ndescripton = \"x\"\n+++\nBody\n",
    );
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "did you mean `description`?");
    assert_contains(&built.stderr(), "content/contact.md:3:1");
}

#[test]
fn unknown_config_key_suggests_the_known_one() {
    let site = SiteTest::new("basic");
    site.edit("kb.toml", |config| config.replace("base_url", "base_ulr"));
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "did you mean `base_url`?");
    assert_contains(&built.stderr(), "kb.toml:2:1");
}

#[test]
fn unknown_template_variable_points_into_the_template() {
    let site = SiteTest::new("basic");
    site.write("templates/page.html", "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }}</h1>\n<p>{{ page.subtitle }}</p>\n{% endblock main %}\n");
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "templates/page.html:4:7");
    assert_contains(&err, "<p>{{ page.subtitle }}</p>");
    assert_contains(&err, "help:");
}

#[test]
fn broken_relative_link_and_anchor_are_reported() {
    let site = SiteTest::new("basic");
    site.write("content/contact.md", "+++\ntitle = \"Contact\"\n+++\nSee [the guide](guides/nope.md)\nand [the team](about.md#nobody).\n");
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "content/contact.md:4:5");
    assert_contains(&err, "content/contact.md:5:5");
    assert_contains(&err, "no heading with the id `nobody`");
}

#[test]
fn fluent_syntax_error_names_the_locale_file() {
    let site = SiteTest::new("basic");
    site.write("locales/fr/main.ftl", "ok = bien\nthis line is broken\n");
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "locales/fr/main.ftl:2:");
}

#[test]
fn every_error_of_a_build_is_listed() {
    let site = SiteTest::new("basic");
    site.write("content/contact.md", "+++\ntitle = 3\n+++\n");
    site.write(
        "content/guides/markdown.md",
        "+++\ntitle = \"M\"\n+++\n[x](missing.md)\n",
    );
    site.write(
        "content/about.fr.md",
        "+++\ntitle = \"Q\"\ndate = 2020-01-01\n+++\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "content/contact.md");
    assert_contains(&err, "content/guides/markdown.md");
    assert_contains(&err, "content/about.fr.md:3:1");
    assert_contains(&err, "3 error(s)");
}

#[test]
fn hostile_files_give_errors_not_panics() {
    let site = SiteTest::new("basic");
    std::fs::write(
        site.root().join("content/bad.md"),
        b"+++\ntitle = \"\xff\xfe\"\n+++\n",
    )
    .unwrap();
    site.write("content/nofront.md", "just text\n");
    site.write("content/open.md", "+++\ntitle = \"x\"\n");
    site.write("content/x.de.md", "+++\ntitle = \"x\"\n+++\n");
    site.write(
        "content/js.md",
        "+++\ntitle = \"x\"\n+++\n[click](javascript:alert(1))\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert!(!err.contains("panicked"), "{err}");
    for needle in [
        "not valid UTF-8",
        "does not start with front matter",
        "never closed",
        "`de`",
        "script",
    ] {
        assert_contains(&err, needle);
    }
}

#[test]
fn bad_date_and_base_url_arguments_are_usage_errors() {
    let site = SiteTest::new("basic");
    for args in [
        ["--date", "tomorrow"],
        ["--date", "2026-13-01"],
        ["--date", "2026-02-30"],
        ["--base-url", "customs.example.org"],
        ["--base-url", "https://"],
    ] {
        let built = site.build_with(&args);
        assert_eq!(built.code(), 2, "{args:?}");
        assert!(!built.exists("index.html"), "{args:?}");
    }
    site.build_with(&["--date", "2028-02-29", "--base-url", "https://x.example/kb"])
        .assert_ok();
    // A date written another way is given back as the option wants it.
    for (written, said) in [
        ("01.07.2027", "write dates as YYYY-MM-DD: `2027-07-01`"),
        (
            "1/7/2027",
            "`2027-07-01` if 1/7/2027 is day first, `2027-01-07` if month first",
        ),
    ] {
        let built = site.build_with(&["--date", written]);
        assert_eq!(built.code(), 2, "{written}");
        assert!(built.stderr().contains(said), "{}", built.stderr());
    }
}

#[test]
fn a_menu_entry_that_names_no_page_is_a_warning_with_the_closest_page() {
    let site = SiteTest::new("basic");
    site.edit("kb.toml", |config| {
        config.replacen("main = [\"", "main = [\"abuot\", \"", 1)
    });
    let built = site.build();
    built.assert_ok();
    let err = built.stderr();
    assert_contains(&err, "the main menu names `abuot`, which is no page");
    assert_contains(&err, "did you mean `about`?");
}

#[test]
fn fluent_cycles_fail_the_build_with_file_and_line() {
    // Issue 13, item 11: a cycle used to publish `{search-button}` on every
    // page with exit 0.
    for (ftl, line, message) in [
        (
            "# Ours\nsearch-button = Find { search-button }\n",
            2,
            "Fluent message `search-button` refers to itself",
        ),
        (
            "search-button = { search-label }\n\nsearch-label = { search-button }\n",
            1,
            "`search-button` → `search-label` →",
        ),
        (
            "-brand = { -brand }\nsearch-button = { -brand }\n",
            1,
            "Fluent term `-brand` refers to itself",
        ),
    ] {
        let site = SiteTest::new("basic");
        site.write("locales/en/main.ftl", ftl);
        let built = site.build();
        built.assert_fails();
        let err = built.stderr();
        assert_contains(&err, &format!("locales/en/main.ftl:{line}:"));
        assert_contains(&err, message);
        assert!(!built.exists("en/index.html"), "{err}");
    }
}

#[test]
fn files_with_cr_line_endings_are_reported_at_their_lines() {
    // Issue 13, item 15 (b): a lone `\r` ends a line (old Mac files); such
    // a file was one long line, shown as line 0.
    let site = SiteTest::new("basic");
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}\r{% block main %}\r<h1>{{ page.title }}</h1>\r<p>{{ page.subtitle }}</p>\r{% endblock main %}\r",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "templates/page.html:4:7");
    assert_contains(&err, " 4 │ <p>{{ page.subtitle }}</p>");
    assert!(!err.contains(" 0 │"), "{err}");

    let site = SiteTest::new("basic");
    site.write(
        "content/contact.md",
        "+++\rtitle = \"Contact\"\r+++\rWrite to us.\r",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "content/contact.md:1:1");
    // The report spans the whole file: its four lines, numbered.
    assert_contains(&err, " 2 │ │   title = \"Contact\"\n");
    assert_contains(&err, " 4 │ ├─▶ Write to us.\n");
    assert!(!err.contains(" 0 │"), "{err}");
}

#[test]
fn template_errors_without_a_position_still_name_the_file() {
    // Issue 13, item 15 (a): Tera gives no line for a tester on an
    // undefined variable; the report had neither file nor line.
    let site = SiteTest::new("basic");
    site.write("templates/page.html", "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }}</h1>\n{% if x is starting_with(\"a\") %}<p>a</p>{% endif %}\n{% endblock main %}\n");
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "templates/page.html:4:12");
    assert_contains(&err, "starting_with");

    // Nothing to look for in the template: at least the file.
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ 1 % 0 }}\n{% endblock main %}\n",
    );
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "(templates/page.html)");
}

#[test]
fn output_into_a_closed_pipe_ends_quietly_without_a_panic() {
    // `kb search … | head -1`, `kb check | head`: the reader is gone
    // before kb writes. Before, each print panicked with a backtrace.
    let site = SiteTest::new("tariff");
    for args in [
        vec!["search", "coffee", "--limit", "50"],
        vec!["search", "coffee", "--format", "json"],
        vec!["check"],
        vec!["init", "--help"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = kb()
            .arg("--root")
            .arg(site.root())
            .args(&args)
            .stdout(writer)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
    }
}

#[test]
fn text_report_gives_the_column_in_characters_as_json_does() {
    // A tester's report: a Russian chapter note with a link to no code
    // showed `09.ru.md:7:102` in text (bytes), `"column": 57` in JSON.
    let site = SiteTest::new("tariff");
    site.edit("content/tariff/09.md", |text| {
        text.replace(
            "1. Mixtures",
            "1. В эту группу не включаются растения, см. [12.11](hs:1211).\n\
             2. ໝວດນີ້ບໍ່ລວມເອົາພືດທີ່ໃຊ້ໃນເຄື່ອງຫອມ, ເບິ່ງ [12.11](hs:1211).\n\
             3. لا يشمل هذا الفصل النباتات المستعملة في العطور، انظر [12.11](hs:1211).\n\
             4. Mixtures",
        )
    });
    let check = |format: &str| {
        let out = kb()
            .arg("--root")
            .arg(site.root())
            .args(["check", "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (json, _) = check("json");
    let (_, text) = check("text");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let links: Vec<(u64, u64)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "link" && d["path"] == "content/tariff/09.md")
        .map(|d| (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap()))
        .collect();
    // Each line's characters before `[12.11]`: 44, 47 and 56 (in bytes,
    // 76, 129 and 100).
    assert_eq!(links, [(8, 45), (9, 48), (10, 57)], "{json}");
    for (line, column) in links {
        assert_contains(&text, &format!("[content/tariff/09.md:{line}:{column}]"));
    }
}

/// Budgets and gazettes name the month (`1st July 2027`): the hint gives
/// that day, never an example day that an editor could copy as the answer.
#[test]
fn dates_with_a_named_month_are_given_back_as_that_day() {
    let site = SiteTest::new("tariff");
    site.edit("content/tariff/09.md", |chapter| {
        chapter
            .replace(
                "| 0901.11.90 | - - - Other | kg | 2.5% | free | |",
                "| 0901.11.90 from 1 July 2027 | - - - Other | kg | 2.5% | free | |",
            )
            .replace(
                "| 0901.11.10 | - - - Arabica WIB or Robusta OIB | kg | 20% | 0% |",
                "| 0901.11.10 | - - - Arabica WIB or Robusta OIB | kg | 20%; 3% from 1st July 2027 | 0% |",
            )
            .replace(
                "| kg | 3000 VND/kg | 0% | |",
                "| kg | 12,5%, но не менее 0,4 евро за 1 кг | 0% | |",
            )
            .replace("| 10% + 500 VND/kg | 5% |", "| 10% | 1%; 0% from FY2027-28 |")
    });
    // Examples are written in the site's currency.
    site.edit("kb.toml", |config| {
        config.replacen("[tariff]\n", "[tariff]\ncurrency = \"LAK\"\n", 1)
    });
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    for needle in [
        "`1 July 2027` is not a date",
        "`1st July 2027` is not a date",
        "help: write dates as YYYY-MM-DD: `from 2027-07-01`",
        "is not a rate; write `12.5% min",
        "`FY2027-28` is not a date",
        "help: write the date year first, as `from YYYY-MM-DD` (for example 2027-07-01 for 1 July 2027)",
        "help: write `free`, `20%`, `2000 LAK/kg`",
    ] {
        assert_contains(&err, needle);
    }
    assert!(!err.contains("2027-01-01"), "{err}");
}

/// An editor writes dates and rates as the country's own documents do:
/// each error says what to write instead, with the editor's own value.
#[test]
fn dates_and_rates_written_the_country_s_way_are_given_back_written_kb_s_way() {
    let site = SiteTest::new("tariff");
    site.edit("content/tariff/09.md", |chapter| {
        chapter
            .replace(
                "| 0901.11.90 | - - - Other | kg | 2.5% | free | |",
                "| 0901.11.90 from 01.07.2027 | - - - Other | kg | 2.5%; 3% from 1/7/2027 | free | |",
            )
            .replace(
                "| kg | 3000 VND/kg | 0% | |",
                "| kg | 0,1 EUR/kg | 0,5 евро за 1 кг | |",
            )
    });
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\ndate = 01.07.2027\n+++\nText\n",
    );
    site.write(
        "content/contact.md",
        "+++\ntitle = \"Contact\"\nupdated = \"2027-07-01\"\n+++\nText\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    for needle in [
        "help: write dates as YYYY-MM-DD: `from 2027-07-01`",
        // Day first or month first: both, for the editor to choose.
        "`from 2027-07-01` if 1/7/2027 is day first,",
        "`from 2027-01-07`",
        // The line's code alone names it, not its failed date.
        "mfn rate of `0901.11.90`: `1/7/2027` is not a date",
        "`0,1` uses a decimal comma; write `0.1`",
        "`0,5 евро за 1 кг` is not a rate; write `0.5 EUR/кг`",
        "help: write dates as YYYY-MM-DD: `2027-07-01`",
        "help: write the date without quotes: `2027-07-01`",
    ] {
        assert_contains(&err, needle);
    }
}

/// `1.000 LAK/l` is a thousand kip where `.` groups thousands, and one
/// kip as kb reads it: three decimals ending in `0`, in a currency that
/// counts fewer, are an error that names both readings (a warning once,
/// and the build published the duty a thousand times too small).
#[test]
fn a_specific_amount_with_a_grouping_dot_is_an_error_naming_both_readings() {
    let site = SiteTest::new("tariff");
    site.edit("content/tariff/09.md", |chapter| {
        chapter.replace("| 30% min 5000 VND/kg |", "| 30% min 5.000 VND/kg |")
    });
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "`5.000 VND/kg` may be 5000 or 5 VND per kg");
    assert_contains(&err, "write `5000 VND/kg` if the `.` groups thousands");
}

/// Pakistan's tariff writes `Rs.50/kg`, `50 rupees per kg` and `10% or
/// Rs.50/kg whichever is higher`: with the site's currency, each is
/// given back written kb's way; `per` is no currency.
#[test]
fn rates_written_with_a_currency_s_name_are_given_back_in_the_site_s_currency() {
    let site = SiteTest::new("tariff");
    site.edit("kb.toml", |config| {
        config.replacen("[tariff]\n", "[tariff]\ncurrency = \"PKR\"\n", 1)
    });
    site.edit("content/tariff/09.md", |chapter| {
        chapter
            .replace("| kg | 20% | 0% |", "| kg | Rs.50/kg | 0% |")
            .replace("| kg | 2.5% | free |", "| kg | 50 rupees per kg | free |")
            .replace(
                "| kg | 3000 VND/kg | 0% |",
                "| kg | 10% or Rs.50/kg whichever is higher | 0% |",
            )
    });
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    for needle in [
        "`Rs.50/kg` is not a rate; write `50 PKR/kg`",
        "`50 rupees per kg` is not a rate; write `50 PKR/kg`",
        "whichever is higher` is not a rate; write `10% min 50",
    ] {
        assert_contains(&err, needle);
    }
    assert_lacks(&err, "PER/kg");
}
