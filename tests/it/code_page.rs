//! kb writes tariff code pages itself while a site keeps the default
//! theme's code page templates (src/render/code_page/, frame_html.rs). These
//! tests hold it to what Tera makes of those templates, byte for byte: the
//! same site is built as it is, and again with `tariff-code.html` changed
//! by a comment alone, which Tera ignores but which makes kb render every
//! code page with the templates.

use super::harness::{assert_contains, assert_lacks, demo_built, Built, SiteTest};

/// The default theme's `tariff-code.html` with a comment after its blocks:
/// the same page to Tera, but no longer the default theme's template.
fn tariff_code_template_changed_by_a_comment() -> String {
    let default = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("themes/default/templates/tariff-code.html"),
    )
    .unwrap();
    format!("{default}{{# the same page, rendered by the template #}}\n")
}

/// Every output file of `site` built with `args`, as written by kb and as
/// rendered by the templates, compared file by file.
fn assert_written_as_rendered(site: &SiteTest, args: &[&str]) {
    let written = site.build_with(args);
    assert_same_as_rendered(&written, site, args);
}

/// `written`, the output of `site` built with `args`, is what `site` with
/// the code page template changed by a comment builds, file by file.
fn assert_same_as_rendered(written: &Built, site: &SiteTest, args: &[&str]) {
    written.assert_ok();
    let written_files = written.files();
    site.write(
        "templates/tariff-code.html",
        &tariff_code_template_changed_by_a_comment(),
    );
    let rendered = site.build_with(args);
    rendered.assert_ok();
    let rendered_files = rendered.files();
    std::fs::remove_file(site.root().join("templates/tariff-code.html")).unwrap();
    let code_pages = written_files
        .iter()
        .filter(|(path, _)| path.contains("tariff/") && path.ends_with("index.html"))
        .count();
    assert!(code_pages > 10, "code pages: {code_pages}");
    assert_eq!(written_files.len(), rendered_files.len(), "file count");
    for ((path, bytes), (other, expected)) in written_files.iter().zip(&rendered_files) {
        assert_eq!(path, other);
        assert!(
            bytes == expected,
            "{path} differs between kb's writing and the templates':\n{}",
            first_difference(bytes, expected)
        );
    }
}

/// Where two files part, with a little of each around it.
fn first_difference(a: &[u8], b: &[u8]) -> String {
    let at = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let around = |s: &[u8]| {
        let from = at.saturating_sub(120);
        String::from_utf8_lossy(&s[from..(at + 120).min(s.len())]).into_owned()
    };
    format!("written:\n{}\n---\nrendered:\n{}", around(a), around(b))
}

#[test]
fn the_demo_sites_code_pages_are_written_as_the_templates_render_them() {
    // The demo has every part of a code page: untranslated lines, Arabic,
    // quotas, rulings, the calculator, dated rates, column descriptions,
    // chapter notes, what applies, and histories.
    assert_same_as_rendered(demo_built(), &SiteTest::demo(), &[]);
}

#[test]
fn code_pages_of_a_site_in_one_language_are_written_as_the_templates_render_them() {
    // One language: the header has no switcher.
    let site = SiteTest::new("tariff");
    site.edit("kb.toml", |config| {
        config.replace(
            "[languages.fr]\nname = \"Français\"\n[languages.ar]\nname = \"العربية\"\ndirection = \"rtl\"\n",
            "",
        )
    });
    for translation in ["content/tariff/09.fr.md", "content/tariff/_index.fr.md"] {
        std::fs::remove_file(site.root().join(translation)).unwrap();
    }
    assert_lacks(&site.build().page("en/tariff/0901/"), "lang-switch");
    assert_written_as_rendered(&site, &[]);
}

#[test]
fn code_pages_with_folded_languages_are_written_as_the_templates_render_them() {
    // More languages than `languages_inline`: the header's <details>.
    let site = SiteTest::new("tariff");
    site.edit("kb.toml", |config| {
        format!("{config}\n[navigation]\nlanguages_inline = 1\n")
    });
    assert_written_as_rendered(&site, &[]);
}

#[test]
fn offline_code_pages_are_written_as_the_templates_render_them() {
    let site = SiteTest::new("tariff");
    assert_written_as_rendered(&site, &["--offline"]);
}

#[test]
fn a_theme_that_changes_a_code_page_template_sees_its_change() {
    // Any of the templates a code page is made of: kb stops writing the
    // page as soon as one differs from the default theme's.
    let macros = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("themes/default/templates/macros.html"),
    )
    .unwrap()
    .replace(
        "<h2 id=\"history-title\">",
        "<h2 id=\"history-title\" class=\"own-history\">",
    );
    let site = SiteTest::new("tariff");
    site.write("templates/macros.html", &macros);
    let built = site.build();
    built.assert_ok();
    assert_contains(
        &built.page("en/tariff/090111/"),
        "<h2 id=\"history-title\" class=\"own-history\">",
    );
    let base = "<!DOCTYPE html><html lang=\"{{ lang.code }}\"><title>{{ site.title }}</title>\
                <main>{% block main %}{% endblock main %}</main><p>own frame</p></html>\n";
    let site = SiteTest::new("tariff");
    site.write("templates/base.html", base);
    let built = site.build();
    built.assert_ok();
    let page = built.page("en/tariff/090111/");
    assert_contains(&page, "<p>own frame</p>");
    assert_contains(&page, "<article class=\"tariff-code\">");
}

#[test]
fn a_code_page_kb_writes_has_the_themes_own_fragments() {
    // The search form and footer are fragments a theme may change while
    // kb writes the rest of the page.
    let site = SiteTest::new("tariff");
    site.write(
        "templates/fragments/footer.html",
        "<footer class=\"own\">{{ t(key=\"footer-changes\") }} · {{ site.title }}</footer>",
    );
    let built = site.build();
    built.assert_ok();
    for page in ["en/tariff/090111/", "fr/tariff/090111/", "en/tariff/"] {
        assert_contains(&built.page(page), "\n</main>\n<footer class=\"own\">");
    }
}
