//! `/sitemap.xml` with hreflang alternates, and `/robots.txt` that names it.
//!
//! Only pages that exist in their own language are listed: an untranslated
//! page's canonical URL is its original, so listing it would contradict it.

use std::fmt::Write;

use crate::markdown::escape_html;
use crate::model::{Site, TranslationState};
use crate::urls::Urls;

/// The sitemap's XML.
pub fn render_sitemap(site: &Site) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in &site.pages {
        let present: Vec<_> = page
            .versions
            .iter()
            .filter(|v| v.state != TranslationState::Missing)
            .collect();
        for version in &present {
            let loc = site
                .urls
                .permalink(&Urls::page_path(&version.lang, &page.path));
            let _ = writeln!(xml, "  <url>\n    <loc>{}</loc>", escape_html(&loc));
            if let Some(updated) = version.updated.as_ref().or(page.date.as_ref()) {
                let _ = writeln!(xml, "    <lastmod>{updated}</lastmod>");
            }
            if present.len() > 1 {
                for other in &present {
                    let href = site
                        .urls
                        .permalink(&Urls::page_path(&other.lang, &page.path));
                    let _ = writeln!(
                        xml,
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        other.lang,
                        escape_html(&href)
                    );
                }
            }
            xml.push_str("  </url>\n");
        }
    }
    for code in &site.tariff.codes {
        let path = Urls::code_page(&code.digits);
        let present: Vec<&str> = site
            .config
            .languages
            .iter()
            .zip(&code.descriptions)
            .filter(|(_, d)| d.is_some())
            .map(|(l, _)| l.code.as_str())
            .collect();
        for lang in &present {
            let loc = site.urls.permalink(&Urls::page_path(lang, &path));
            let _ = writeln!(xml, "  <url>\n    <loc>{}</loc>", escape_html(&loc));
            if present.len() > 1 {
                for other in &present {
                    let href = site.urls.permalink(&Urls::page_path(other, &path));
                    let _ = writeln!(
                        xml,
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{other}\" href=\"{}\"/>",
                        escape_html(&href)
                    );
                }
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
pub fn render_robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.urls.permalink("/sitemap.xml")
    )
}
