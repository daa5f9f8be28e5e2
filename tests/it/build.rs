//! Issue 2: a multilingual static site from Markdown.

use crate::harness::{assert_contains, assert_lacks, demo_built, kb, SiteTest, TODAY};

#[test]
fn init_makes_a_site_that_builds_with_the_embedded_theme() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("new-site");
    let out = kb().arg("init").arg(&site).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!site.join("templates").exists() && !site.join("locales").exists());
    let out = kb().arg("--root").arg(&site).arg("build").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let home = std::fs::read_to_string(site.join("public/fr/index.html")).unwrap();
    assert!(home.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(
        home.contains("Aller au contenu principal") || home.contains("contenu"),
        "French UI strings are embedded"
    );
    // A second init in the same folder is refused.
    let again = kb().arg("init").arg(&site).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn site_templates_and_messages_override_the_theme_one_by_one() {
    let site = SiteTest::new("basic");
    site.write(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block main %}<p>Our own 404</p>{% endblock main %}",
    );
    let built = site.build();
    built.assert_ok();
    assert_contains(&built.page("en/404.html"), "Our own 404");
    // page.html still comes from the theme
    assert_contains(&built.page("en/about/"), "<h1>About us</h1>");
    // one message overridden by locales/en/site.ftl, the others kept
    let about = built.page("en/about/");
    assert_contains(&about, "Published by the test administration.");
    assert_contains(&about, "Skip to main content");
}

#[test]
fn markdown_has_gfm_highlighting_and_escaped_html() {
    let site = SiteTest::new("basic");
    let built = site.build();
    built.assert_ok();
    let page = built.page("en/guides/markdown/");
    assert_contains(&page, "<del>Old</del>");
    assert_contains(&page, "type=\"checkbox\"");
    assert_contains(&page, "footnote");
    assert_contains(&page, "class=\"hl-");
    assert_contains(&page, "&lt;script&gt;");
    assert_lacks(&page, "<script>alert");
    assert_contains(&built.page("en/about/"), "<h2 id=\"team\">Our team</h2>");
    assert_contains(&built.page("en/about/"), "<table>");
}

#[test]
fn untranslated_page_keeps_its_language_notice_and_canonical() {
    let built = SiteTest::new("basic").build();
    built.assert_ok();
    let contact = built.page("fr/contact/");
    assert_contains(&contact, "<html lang=\"fr\" dir=\"ltr\">");
    assert_contains(&contact, "<h1 lang=\"en\" dir=\"ltr\">Contact</h1>");
    assert_contains(&contact, "notice-untranslated");
    assert_contains(
        &contact,
        "<link rel=\"canonical\" href=\"https://customs.test/en/contact/\">",
    );
    assert_lacks(&contact, "hreflang=\"fr\" href=");
    let about = built.page("fr/about/");
    assert_contains(
        &about,
        "<link rel=\"canonical\" href=\"https://customs.test/fr/about/\">",
    );
    // The sitemap, not the head, claims a page's alternates: a translated
    // page its real ones and the original as x-default, an untranslated
    // version none.
    for page in [&about, &contact] {
        assert_lacks(page, "<link rel=\"alternate\" hreflang=");
    }
    let sitemap = built.page("sitemap.xml");
    let entry = |loc: &str| -> String {
        let at = sitemap
            .find(&format!("<loc>https://customs.test/{loc}</loc>"))
            .unwrap_or_else(|| panic!("{loc} is in the sitemap"));
        sitemap[at..at + sitemap[at..].find("</url>").expect("closed")].to_string()
    };
    let about_fr = entry("fr/about/");
    for (hreflang, lang) in [("en", "en"), ("fr", "fr"), ("x-default", "en")] {
        assert_contains(
            &about_fr,
            &format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"https://customs.test/{lang}/about/\"/>"
            ),
        );
    }
    assert_lacks(&sitemap, "<loc>https://customs.test/fr/contact/</loc>");
    assert_lacks(&sitemap, "href=\"https://customs.test/fr/contact/\"");
}

/// A theme that wants hreflang alternates in the head as well names
/// `alternate_links` (or loops over `alternates`) and gets them.
#[test]
fn a_theme_that_names_alternate_links_gets_them_in_the_head() {
    let site = SiteTest::new("basic");
    let base = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/base.html"),
    )
    .expect("the default base.html");
    site.write(
        "templates/base.html",
        &base.replace(
            "<link rel=\"canonical\" href=\"{{ canonical }}\">",
            "<link rel=\"canonical\" href=\"{{ canonical }}\">{{ alternate_links | safe }}",
        ),
    );
    let built = site.build();
    built.assert_ok();
    let about = built.page("fr/about/");
    for (hreflang, lang) in [("en", "en"), ("fr", "fr"), ("x-default", "en")] {
        assert_contains(
            &about,
            &format!(
                "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"https://customs.test/{lang}/about/\">"
            ),
        );
    }
    // An untranslated version claims none, and no page claims it.
    assert_lacks(
        &built.page("fr/contact/"),
        "<link rel=\"alternate\" hreflang=",
    );
    assert_lacks(
        &built.page("en/contact/"),
        "hreflang=\"fr\" href=\"https://customs.test/fr/contact/\"",
    );
}

#[test]
fn stale_translation_carries_a_notice() {
    let built = SiteTest::new("basic").build();
    let about_ar = built.page("ar/about/");
    assert_contains(&about_ar, "notice-stale");
    assert_lacks(&built.page("fr/about/"), "notice-stale");
}

#[test]
fn language_switcher_lands_on_the_same_page() {
    let built = SiteTest::new("basic").build();
    let page = built.page("fr/guides/markdown/");
    assert_contains(
        &page,
        "<a href=\"/en/guides/markdown/\" lang=\"en\" hreflang=\"en\"",
    );
    assert_contains(
        &page,
        "<a href=\"/ar/guides/markdown/\" lang=\"ar\" hreflang=\"ar\" dir=\"rtl\"",
    );
}

#[test]
fn right_to_left_language_sets_dir() {
    let built = SiteTest::new("basic").build();
    assert_contains(&built.page("ar/about/"), "<html lang=\"ar\" dir=\"rtl\">");
}

#[test]
fn links_resolve_to_the_page_in_the_reader_language() {
    let built = SiteTest::new("basic").build();
    assert_contains(&built.page("fr/"), "href=\"/fr/about/\"");
    assert_contains(&built.page("en/"), "href=\"/en/about/#team\"");
    // a fallback page's links stay in the reader's language
    assert_contains(&built.page("ar/guides/markdown/"), "href=\"/ar/contact/\"");
}

#[test]
fn ui_strings_dates_and_plurals_follow_the_language() {
    let site = SiteTest::new("basic");
    site.write("content/guides/second.md", "+++\ntitle = \"Second\"\n+++\n");
    let built = site.build();
    assert_contains(&built.page("en/about/"), "October 1, 2026");
    assert_contains(&built.page("fr/about/"), "5 octobre 2026");
    assert_contains(&built.page("en/guides/"), "2 pages in this section");
    let one = SiteTest::new("basic").build();
    assert_contains(&one.page("en/guides/"), "One page in this section");
}

#[test]
fn missing_ui_message_falls_back_and_is_reported() {
    let site = SiteTest::new("basic");
    site.write("locales/fr/zz.ftl", "# nothing\n");
    site.write("locales/en/extra.ftl", "only-in-english = Only English\n");
    site.write("templates/404.html", "{% extends \"base.html\" %}{% block main %}<p>{{ t(key=\"only-in-english\") }}</p>{% endblock main %}");
    let built = site.build();
    built.assert_ok();
    assert_contains(&built.page("fr/404.html"), "Only English");
    assert_contains(&built.stderr(), "only-in-english");
}

/// A theme of its own that loops over `languages` and `alternates` still
/// gets them, though the default theme is given them written out.
#[test]
fn a_template_that_names_the_language_lists_gets_them() {
    let site = SiteTest::new("basic");
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}<ul class=\"own\">\
         {% for l in languages %}<li data-translated=\"{{ l.translated }}\">{{ l.code }}</li>{% endfor %}\
         </ul><p class=\"alts\">{{ alternates | length }}</p>{% endblock main %}",
    );
    let built = site.build();
    built.assert_ok();
    let contact = built.page("fr/contact/");
    assert_contains(&contact, "<li data-translated=\"true\">en</li>");
    assert_contains(&contact, "<li data-translated=\"false\">fr</li>");
    assert_contains(&contact, "<p class=\"alts\">0</p>");
    let about = built.page("fr/about/");
    assert_contains(&about, "<p class=\"alts\">4</p>");
    // The header's switcher is the same either way.
    assert_contains(&about, "lang=\"ar\" hreflang=\"ar\" dir=\"rtl\">");
}

#[test]
fn output_layout_chooser_404_sitemap_robots_and_assets() {
    let built = SiteTest::new("basic").build();
    built.assert_ok();
    let root = built.page("index.html");
    assert_contains(&root, "hreflang=\"ar\"");
    assert_contains(&root, "<script src=\"/assets/chooser.");
    for lang in ["en", "fr", "ar"] {
        assert!(built.exists(&format!("{lang}/404.html")));
    }
    assert!(built.exists("404.html"));
    let sitemap = built.page("sitemap.xml");
    assert_contains(&sitemap, "<loc>https://customs.test/fr/about/</loc>");
    assert_contains(
        &sitemap,
        "<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"https://customs.test/ar/about/\"/>",
    );
    assert_lacks(&sitemap, "<loc>https://customs.test/fr/contact/</loc>");
    assert_contains(
        &built.page("robots.txt"),
        "Sitemap: https://customs.test/sitemap.xml",
    );
    let css: Vec<_> = built
        .files()
        .into_iter()
        .filter(|(p, _)| p.starts_with("assets/kb.") && p.ends_with(".css"))
        .collect();
    assert_eq!(css.len(), 1, "one hashed stylesheet");
    // aliases redirect to the new address
    assert_contains(&built.page("en/about-us/"), "url=/en/about/");
}

#[test]
fn no_inline_script_or_style_and_no_request_leaves_the_site() {
    let built = SiteTest::new("basic").build();
    for (path, bytes) in built.files() {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        assert!(!html.contains("<style"), "{path} has a style element");
        assert!(!html.contains(" style="), "{path} has a style attribute");
        for (i, _) in html.match_indices("<script") {
            let tag = &html[i..html[i..].find('>').unwrap() + i];
            assert!(
                tag.contains(" src=\"/"),
                "{path} has an inline or external script: {tag}"
            );
        }
        for attr in [" src=\"http", " src=\"//", "stylesheet\" href=\"http"] {
            assert!(
                !html.contains(attr),
                "{path} loads something from elsewhere ({attr})"
            );
        }
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let site = SiteTest::new("basic");
    let first = site.build();
    first.assert_ok();
    let a = first.files();
    let b = site.build().files();
    assert_eq!(a.len(), b.len());
    for ((pa, ba), (pb, bb)) in a.iter().zip(&b) {
        assert_eq!(pa, pb);
        assert!(ba == bb, "{pa} differs between builds");
    }
}

#[test]
fn failing_build_leaves_previous_output_untouched() {
    let site = SiteTest::new("basic");
    let good = site.build();
    good.assert_ok();
    let before = good.files();
    site.write("content/about.md", "+++\ntitle = \n+++\nbroken\n");
    let bad = site.build();
    bad.assert_fails();
    assert_eq!(bad.files(), before);
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("kb-new") || n.contains("kb-old"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn offline_build_links_name_index_html() {
    let built = SiteTest::new("basic").build_with(&["--offline"]);
    built.assert_ok();
    let page = built.page("fr/about/");
    assert_contains(&page, "href=\"../../en/about/index.html\"");
    assert_contains(&page, "href=\"../../assets/kb.");
}

#[test]
fn the_demo_site_builds_cleanly() {
    // Built once for every test that reads the demo; CI hands this output
    // to the validators (KB_DEMO_OUTPUT) rather than build the demo again.
    let built = demo_built();
    let (output, public) = (&built.output, &built.out);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
    let read = |path: &str| std::fs::read_to_string(public.join(path)).unwrap();
    // Issue 12: on 2 December 2026 a 20-foot container pays 400,000 VND for
    // a physical inspection; 450,000 VND is what comes on 1 January 2027.
    for (lang, now, next) in [
        ("en", "₫400,000", "₫450,000 from January 1, 2027"),
        (
            "fr",
            "400\u{202f}000\u{a0}₫",
            "450\u{202f}000\u{a0}₫ à compter du 1er janvier 2027",
        ),
    ] {
        let page = read(&format!("{lang}/fees/physical-inspection/index.html"));
        let tier = page.split("<tbody><tr>").nth(1).unwrap_or_default();
        let tier = &tier[..tier.find("</tr>").unwrap_or(tier.len())];
        assert!(
            tier.contains(&format!("<td class=\"num\">{now}</td>")),
            "{lang}: {tier}"
        );
        assert!(tier.contains(next), "{lang}: {tier}");
    }
    // Issue 12: on 2 December 2026 green coffee pays 15%, and 10% is shown
    // as what comes on 1 January 2027, in every language.
    for (lang, now, next) in [
        ("en", "15%", "10% from January 1, 2027"),
        ("fr", "15\u{a0}%", "10\u{a0}% à partir du 1er janvier 2027"),
        ("ar", "15", "2027"),
        ("vi", "15%", "10% từ"),
    ] {
        assert!(public.join(lang).join("index.html").exists());
        // Fluent isolates numbers in right-to-left text: compare without the marks.
        let plain = |html: String| html.replace(['\u{2068}', '\u{2069}'], "");
        let page = plain(read(&format!("{lang}/tariff/09011110/index.html")));
        let rate = page
            .split("<span class=\"rate-now\">")
            .nth(1)
            .unwrap_or_default();
        assert!(
            rate.starts_with(now),
            "{lang}: {}",
            &rate[..rate.len().min(200)]
        );
        let scheduled = page
            .split("<span class=\"rate-next\">")
            .nth(1)
            .unwrap_or_default();
        assert!(scheduled.contains(next), "{lang}: {scheduled:.300}");
        // The chapter and heading tables agree.
        for table in ["tariff/09/index.html", "tariff/0901/index.html"] {
            let html = plain(read(&format!("{lang}/{table}")));
            let row = html.split("/tariff/09011110/").nth(1).unwrap_or_default();
            let row = &row[..row.find("</tr>").unwrap_or(row.len())];
            assert!(row.contains(&format!("\">{now}")), "{lang} {table}: {row}");
            assert!(row.contains("rate-next"), "{lang} {table}: {row}");
        }
    }
    let json: serde_json::Value = serde_json::from_str(&read("data/tariff.json")).unwrap();
    let line = json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == "09011110")
        .unwrap();
    assert_eq!(line["rates"]["mfn"]["in_force"]["text"], "15%");
    assert_eq!(line["rates"]["mfn"]["timeline"][1]["from"], "2027-01-01");
    let csv = read("data/tariff-en.csv");
    let row = csv.lines().find(|l| l.starts_with("09011110,")).unwrap();
    assert!(row.contains(",15%,10%,2027-01-01,"), "{row}");
    let schedule: serde_json::Value = serde_json::from_str(&read("data/schedule.json")).unwrap();
    assert_eq!(schedule["next_change"], "2027-01-01");
    assert!(String::from_utf8_lossy(&output.stdout).contains("next scheduled change on 2027-01-01"));
}

/// The search form and the footer are fragments made once per language:
/// a site overrides one by name, adds its own, and gets each in the
/// page's language.
#[test]
fn a_site_overrides_and_adds_fragments() {
    let site = SiteTest::new("basic");
    site.write(
        "templates/fragments/footer.html",
        "<footer class=\"own\">{{ site.title }} · {{ t(key=\"footer-changes\") }} · {{ lang.code }}</footer>",
    );
    site.write(
        "templates/fragments/notice-bar.html",
        "<p class=\"bar\">{{ lang.name }}</p>",
    );
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{{ fragments.notice_bar | safe }}<h1>{{ page.title }}</h1>{% endblock main %}",
    );
    let built = site.build();
    built.assert_ok();
    let fr = built.page("fr/about/");
    assert_contains(&fr, "<footer class=\"own\">");
    assert_contains(&fr, "· fr</footer>");
    assert_contains(&fr, "<p class=\"bar\">Français</p>");
    let en = built.page("en/about/");
    assert_contains(&en, "· en</footer>");
    assert_contains(&en, "<p class=\"bar\">English</p>");
    // The default theme's search form is still there, in each language.
    assert_contains(&fr, "action=\"/fr/search/\"");
    assert_contains(&en, "action=\"/en/search/\"");
    assert_lacks(&en, "class=\"site-footer\"");
}

/// A fragment is made for every page alike, so it may not name the page.
#[test]
fn a_fragment_that_names_the_page_points_into_the_fragment() {
    let site = SiteTest::new("basic");
    site.write(
        "templates/fragments/footer.html",
        "<footer>\n<p>{{ page.title }}</p>\n</footer>\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "templates/fragments/footer.html:2:");
    assert_contains(&err, "{{ page.title }}");
}

/// In an offline copy every page's search form and footer links are
/// relative to that page's folder.
#[test]
fn offline_fragments_link_from_each_folder() {
    let built = SiteTest::new("basic").build_with(&["--offline"]);
    built.assert_ok();
    let top = built.page("en/about/index.html");
    assert_contains(&top, "action=\"../search/index.html\"");
    let home = built.page("en/index.html");
    assert_contains(&home, "action=\"search/index.html\"");
}

#[test]
fn a_relative_output_folder_is_taken_from_the_current_folder_not_from_the_site() {
    // docs/cli.md: `kb --root site build --output out`, run from a folder,
    // writes that folder's out/, as a shell user reads the line; it once
    // wrote site/out/.
    let site = SiteTest::new("basic");
    let here = tempfile::tempdir().unwrap();
    let output = kb()
        .current_dir(here.path())
        .arg("--root")
        .arg(site.root())
        .args(["build", "--date", TODAY, "--output", "out"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(here.path().join("out/index.html").is_file());
    assert!(!site.root().join("out").exists());
}

/// WCAG 2.4.2: a page's title says what it is, so no two pages of a
/// language share one (redirects of old addresses aside). The demo had the
/// enquiry point's page and its agency's card both titled "National
/// enquiry point", and 186 code pages whose titles said their description
/// twice (tests/it/tariff.rs).
#[test]
fn no_two_pages_of_a_demo_language_share_a_title() {
    let built = demo_built();
    built.assert_ok();
    for lang in ["en", "fr", "ar", "vi", "th"] {
        let mut seen: std::collections::HashMap<String, String> = Default::default();
        for entry in walkdir::WalkDir::new(built.out.join(lang)) {
            let entry = entry.unwrap();
            if entry.file_name() != "index.html" {
                continue;
            }
            let html = std::fs::read_to_string(entry.path()).unwrap();
            if html.contains("http-equiv=\"refresh\"") {
                continue;
            }
            let title = crate::harness::title_of(&html);
            let path = entry.path().display().to_string();
            if let Some(first) = seen.insert(title.to_string(), path.clone()) {
                panic!("{first} and {path} share the title {title:?}");
            }
        }
        assert!(seen.len() > 5_000, "{lang}: {} titles", seen.len());
    }
}
