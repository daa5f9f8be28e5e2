//! Issue 15: a site traders use on a phone. Task-first home page, indexes
//! for a fresh site's kinds, `kb check` on archetype leftovers, the
//! administration's logo and colours (checked for contrast), lists the
//! language's way, tariff columns explained and note references linked,
//! procedure fees with their amounts and conditions.

use crate::harness::{assert_contains, assert_lacks, demo_built, kb, SiteTest};

fn check(site: &SiteTest, args: &[&str]) -> (i32, String) {
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn new(site: &SiteTest, args: &[&str]) {
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .arg("new")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_fresh_kind_gets_an_index_in_the_menu_and_on_the_home_page() {
    let site = SiteTest::new("basic");
    // No [navigation]: the menu lists the top sections, then changes.
    site.edit("kb.toml", |config| {
        config.split("[navigation]").next().unwrap().to_string()
    });
    new(&site, &["fee", "import-of-samples"]);
    let built = site.build();
    built.assert_ok();
    let fees = built.page("en/fees/");
    assert_contains(&fees, "<h1>Fees and charges</h1>");
    assert_contains(&fees, "Import of samples");
    assert_contains(&built.page("fr/fees/"), "Redevances");
    let home = built.page("en/");
    // In the menu (no [navigation]: top sections, then changes) and in
    // the home page's index of kinds.
    assert_contains(&home, "class=\"main-nav\"");
    assert_contains(&home, "<li class=\"kind-fee\"><a href=\"/en/fees/\">");
    assert_contains(&home, "href=\"/en/changes/\">Changes</a>");
}

#[test]
fn a_menu_kb_makes_puts_what_traders_come_for_first() {
    let site = SiteTest::new("basic");
    site.edit("kb.toml", |config| {
        config.split("[navigation]").next().unwrap().to_string()
    });
    new(&site, &["fee", "import-of-samples"]);
    new(&site, &["procedure", "import-home-use"]);
    let built = site.build();
    built.assert_ok();
    let home = built.page("en/");
    let menu = home.split("class=\"main-nav\"").nth(1).unwrap();
    let menu = menu.split("</nav>").next().unwrap();
    let order: Vec<&str> = menu
        .split("href=\"/en/")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    // The kinds' indexes in the home page's order, then the site's own
    // pages by title, then what changed.
    assert_eq!(
        order,
        [
            "procedures/",
            "fees/",
            "about/",
            "contact/",
            "guides/",
            "changes/"
        ]
    );
}

#[test]
fn check_warns_on_archetype_text_and_zero_amounts() {
    let site = SiteTest::new("basic");
    new(&site, &["fee", "import-of-samples"]);
    let (code, stderr) = check(&site, &[]);
    assert_eq!(code, 0, "warnings only: {stderr}");
    assert_contains(&stderr, "placeholder");
    assert_contains(&stderr, "this is the archetype's example text");
    assert_contains(&stderr, "this fee's amount is 0");
    assert_contains(&stderr, "content/fees/import-of-samples.md:3");
    let (denied, _) = check(&site, &["--deny-warnings"]);
    assert_eq!(denied, 1);
}

const IDENTITY: &str =
    "\n[identity]\nlogo = \"emblem.svg\"\nlogo_alt = \"Emblem of Test Customs\"\n";

#[test]
fn the_logo_and_colours_come_from_kb_toml() {
    let site = SiteTest::new("basic");
    site.write(
        "static/emblem.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.edit("kb.toml", |config| {
        format!("{config}{IDENTITY}[identity.colors]\nbrand = \"#006b3f\"\n").replace(
            "title = \"Douanes de test\"",
            "title = \"Douanes de test\"\nlogo_alt = \"Emblème des douanes de test\"",
        )
    });
    let built = site.build();
    built.assert_ok();
    assert_contains(
        &built.page("en/"),
        "<img class=\"site-logo\" src=\"/emblem.svg\" alt=\"Emblem of Test Customs\"",
    );
    assert_contains(&built.page("fr/"), "alt=\"Emblème des douanes de test\"");
    // Arabic has no alt text of its own: the logo is decorative beside the name.
    assert_contains(&built.page("ar/"), "alt=\"\"");
    let css = built
        .files()
        .into_iter()
        .find(|(p, _)| p.starts_with("assets/kb.") && p.ends_with(".css"))
        .unwrap();
    assert_contains(&String::from_utf8_lossy(&css.1), "--brand: #006b3f;");
}

#[test]
fn a_colour_without_contrast_is_an_error_at_its_value() {
    let site = SiteTest::new("basic");
    site.write(
        "static/emblem.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.edit("kb.toml", |config| {
        format!("{config}{IDENTITY}[identity.colors]\nbrand = \"#66cc66\"\n")
    });
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "below the 4.5:1");
    assert_contains(&err, "kb.toml:");
    assert_contains(&err, "#66cc66");
}

#[test]
fn the_home_page_puts_tasks_first() {
    let site = SiteTest::new("basic");
    site.write(
        "content/notices/fee-revision.md",
        "+++\ntitle = \"Fee revision\"\nstatus = \"draft-for-comment\"\ndate = 2026-11-20\n\
         effective = 2027-01-15\ncomment_until = 2026-12-20\n+++\nText.\n",
    );
    let built = site.build();
    built.assert_ok();
    let home = built.page("en/");
    assert_contains(&home, "Find the duty on your goods");
    assert_contains(
        &home,
        "<input type=\"hidden\" name=\"kind\" value=\"tariff\">",
    );
    assert_contains(&home, "Coming into force in the next 90 days");
    assert_contains(&home, "Comments until December 20, 2026");
    // The lookup comes before the page's own words.
    assert!(home.find("home-lookup").unwrap() < home.find("class=\"content\"").unwrap());
    assert_contains(&built.page("ar/"), "حيز النفاذ");
}

#[test]
fn tariff_columns_are_explained_and_note_references_linked() {
    let site = SiteTest::new("tariff");
    site.edit("kb.toml", |config| {
        config.replace(
            "key = \"mfn\"\nkind = \"rate\"\n",
            "key = \"mfn\"\nkind = \"rate\"\n[tariff.columns.description]\n\
             en = \"Most-favoured-nation rate.\"\nfr = \"Taux NPF.\"\n",
        )
    });
    site.edit("content/tariff/09.md", |chapter| {
        chapter.replace("| Licence needed |", "| Licence needed; see 0901.12 |")
    });
    let built = site.build();
    built.assert_ok();
    let page = built.page("en/tariff/09/");
    assert_contains(&page, "<a href=\"#col-mfn\">MFN</a>");
    assert_contains(&page, "Most-favoured-nation rate.");
    assert_contains(
        &page,
        "<a href=\"/en/tariff/090112/\" class=\"code-ref\" dir=\"ltr\">0901.12</a>",
    );
    assert_contains(&built.page("fr/tariff/09011110/"), "Taux NPF.");
    // Arabic has no text of its own: the English one, marked as such.
    assert_contains(
        &built.page("ar/tariff/09011110/"),
        "lang=\"en\" dir=\"auto\">Most-favoured-nation rate.",
    );
}

#[test]
fn procedure_steps_show_fees_and_conditional_ones_stay_out_of_the_total() {
    let site = SiteTest::new("basic");
    for (id, amount) in [("processing", "20000"), ("scanning", "500000")] {
        site.write(
            &format!("content/fees/{id}.md"),
            &format!(
                "+++\ntitle = \"Fee {id}\"\namount = \"{amount}\"\ncurrency = \"VND\"\n\
                 per = \"declaration\"\npublished = 2025-01-01\n+++\n"
            ),
        );
    }
    for (id, name) in [
        ("customs", "Customs"),
        ("standards", "Standards"),
        ("food", "Food"),
    ] {
        site.write(
            &format!("content/agencies/{id}.md"),
            &format!("+++\ntitle = \"{name}\"\nkind = \"agency\"\n+++\n"),
        );
    }
    site.write(
        "content/procedures/import.md",
        "+++\ntitle = \"Import\"\ndirection = \"import\"\n\
         agencies = [\"customs\", \"standards\", \"food\"]\n\
         [[steps]]\ntitle = \"Declare\"\nduration = \"P2DT6H\"\nfees = [\"processing\"]\n\
         [[steps]]\ntitle = \"Inspect\"\nduration = \"P1D/P15DT22H\"\nfees_if = [\"scanning\"]\n+++\n",
    );
    let built = site.build();
    built.assert_ok();
    let page = built.page("en/procedures/import/");
    assert_contains(&page, "<span class=\"fee-amount\">₫500,000</span>");
    assert_contains(&page, "if applicable");
    assert_contains(&page, "Charged only in some cases");
    // The total counts the certain fee only, and the time in whole days.
    assert_contains(&page, "₫20,000");
    assert_lacks(&page, "520,000");
    assert_contains(&page, "3 days to 19 days");
    // "A, B and C" the language's way.
    assert_contains(&page, ">Customs</a>, <a");
    assert_contains(&page, "</a>, and <a");
    let french = built.page("fr/procedures/import/");
    assert_contains(&french, "</a> et <a");
}

#[test]
fn a_logo_that_is_not_in_static_is_an_error_at_its_value() {
    let site = SiteTest::new("basic");
    site.edit("kb.toml", |config| format!("{config}{IDENTITY}"));
    let built = site.build();
    built.assert_fails();
    assert_contains(
        &built.stderr(),
        "the logo `emblem.svg` is not a file of static/",
    );
    assert_contains(&built.stderr(), "kb.toml:");
}

#[test]
fn a_lines_rates_come_before_its_unit_and_notes() {
    // The fixture's columns are unit, MFN, ATIGA, note: on a phone the
    // first screen must reach the rate, not spend an item on the unit.
    let built = SiteTest::new("tariff").build();
    built.assert_ok();
    let page = built.page("en/tariff/09011110/");
    let at = |term: &str| {
        page.find(&format!("<dt>{term}</dt>"))
            .unwrap_or_else(|| panic!("no {term} item"))
    };
    assert!(at("MFN") < at("ATIGA"), "rates keep the columns' order");
    assert!(at("ATIGA") < at("Unit"), "the unit after the rates");
    assert!(at("Unit") < at("Note"), "data and texts keep theirs");
}

#[test]
fn many_languages_fold_under_the_current_ones_name_in_the_header() {
    // The demo's five languages sit in a row; past `languages_inline` they
    // fold into a disclosure that opens without script, on every kind of
    // page (a tariff line is written by kb itself, a procedure by Tera).
    let inline = demo_built();
    inline.assert_ok();
    for path in [
        "fr/tariff/09011110/index.html",
        "fr/procedures/import-home-use/index.html",
    ] {
        let html = inline.page(path);
        assert_contains(
            &html,
            "<nav class=\"lang-switch\" aria-label=\"Langue\">\n      <ul><li>",
        );
        assert_lacks(&html, "<details><summary>Français</summary>");
    }
    // Three languages, two inline: a small site, not a second build of
    // the demo's 36,000 pages.
    let site = SiteTest::new("tariff");
    site.edit("kb.toml", |config| {
        format!("{config}\n[navigation]\nlanguages_inline = 2\n")
    });
    site.write(
        "content/procedures/import.md",
        "+++\ntitle = \"Import for home use\"\nsummary = \"Clearing goods.\"\ndirection = \"import\"\n\n[[steps]]\ntitle = \"Lodge the declaration\"\n+++\n",
    );
    let folded = site.build();
    folded.assert_ok();
    for path in [
        "fr/tariff/09011110/index.html",
        "fr/procedures/import/index.html",
    ] {
        let html = folded.page(path);
        assert_contains(
            &html,
            "<nav class=\"lang-switch\" aria-label=\"Langue\">\n      <details><summary>Français</summary><ul><li>",
        );
        // Every language is still a link, the current one marked.
        for code in ["en", "fr", "ar"] {
            assert_contains(&html, &format!("lang=\"{code}\" hreflang=\"{code}\""));
        }
        assert_contains(&html, "aria-current=\"true\">Français</a>");
    }
    let arabic = folded.page("ar/tariff/09011110/index.html");
    assert_contains(&arabic, "<details><summary>العربية</summary>");
}
