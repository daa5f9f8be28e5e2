//! `/sitemap.xml` with hreflang alternates, and `/robots.txt` that names it.
//!
//! Only pages that exist in their own language are listed: an untranslated
//! page's canonical URL is its original, so listing it would contradict it.

use std::fmt::Write;

use crate::markdown::escape_html;
use crate::model::{PageVersion, Site, TranslationState};
use crate::routes::{Route, RouteTable};
use crate::urls::Urls;

/// The sitemap's XML: the pages of the route table that are in their own
/// language, each with its alternates.
pub fn render_sitemap(site: &Site, routes: &RouteTable) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (_, route) in routes.iter() {
        let (folder, present, lastmod) = match route {
            Route::Page { page, lang } => {
                let page = &site.pages[page];
                let own = |v: &&PageVersion| v.state != TranslationState::Missing;
                let Some(version) = page.versions.get(lang).filter(own) else {
                    continue;
                };
                let present: Vec<&str> = page
                    .versions
                    .iter()
                    .filter(own)
                    .map(|v| v.lang.as_str())
                    .collect();
                let lastmod = version.updated.as_ref().or(page.date.as_ref());
                (page.path.clone(), present, lastmod.map(|d| d.to_string()))
            }
            Route::Code { code, lang } => {
                let code = &site.tariff.codes[code];
                if code.descriptions.get(lang).is_none_or(Option::is_none) {
                    continue;
                }
                let present: Vec<&str> = site
                    .config
                    .langs()
                    .zip(&code.descriptions)
                    .filter(|(_, d)| d.is_some())
                    .map(|(l, _)| l.code())
                    .collect();
                (Urls::code_page(&code.digits), present, None)
            }
            Route::Alias { .. } | Route::Special { .. } => continue,
        };
        let lang = match route {
            Route::Page { lang, .. } | Route::Code { lang, .. } => lang,
            _ => continue,
        };
        let Some(lang) = site.config.lang_at(lang) else {
            continue;
        };
        let loc = site.urls.permalink(&Urls::page_path(lang.code(), &folder));
        let _ = writeln!(xml, "  <url>\n    <loc>{}</loc>", escape_html(&loc));
        if let Some(updated) = lastmod {
            let _ = writeln!(xml, "    <lastmod>{updated}</lastmod>");
        }
        if present.len() > 1 {
            for other in &present {
                let href = site.urls.permalink(&Urls::page_path(other, &folder));
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{other}\" href=\"{}\"/>",
                    escape_html(&href)
                );
            }
        }
        xml.push_str("  </url>\n");
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
