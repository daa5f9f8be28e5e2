//! `/sitemap.xml` with hreflang alternates, and `/robots.txt` that names it.
//!
//! Only pages that exist in their own language are listed: an untranslated
//! page's canonical URL is its original, so listing it would contradict it.

use std::fmt::Write;

use crate::markdown::escape_html;
use crate::model::{PageVersion, Site, TranslationState};
use crate::output::Sink;
use crate::routes::{Route, RouteTable};
use crate::urls::Urls;

/// The sitemap protocol's limits for one file: 50,000 URLs and 50 MB.
/// A part is closed a little before the size limit.
const MAX_URLS: usize = 50_000;
const MAX_BYTES: usize = 45 * 1024 * 1024;

const URLSET_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

/// The sitemap's XML: the pages of the route table that are in their own
/// language, each with its alternates; one file (for tests and small
/// sites: what [`write_sitemaps`] writes when the site fits in one).
pub fn render_sitemap(site: &Site, routes: &RouteTable) -> String {
    let mut xml = String::from(URLSET_HEAD);
    let mut alternates = Alternates::default();
    for (_, route) in routes.iter() {
        url_entry(site, route, &mut xml, &mut alternates);
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Writes `sitemap.xml` into `sink`. A site over the protocol's limits
/// for one file (a national tariff in four languages has over 70,000
/// pages; with 24 languages' alternates a sitemap would pass a gigabyte)
/// gets parts `sitemap-1.xml.gz`, `sitemap-2.xml.gz`… written one at a
/// time, and `sitemap.xml` becomes their index.
///
/// The parts are gzip files, as the protocol allows: they are read by
/// crawlers only, and their lines repeat the same addresses (each URL
/// lists every language's), so they shrink about fifty times. On an
/// EU-sized site that is 1.1 GB less to write, and to upload after every
/// edit, for a quarter of a second of compression.
pub fn write_sitemaps(site: &Site, routes: &RouteTable, sink: &dyn Sink) -> std::io::Result<()> {
    write_within(site, routes, sink, (MAX_URLS, MAX_BYTES))
}

/// [`write_sitemaps`] with parts of at most `max_urls` URLs and about
/// `max_bytes` bytes.
fn write_within(
    site: &Site,
    routes: &RouteTable,
    sink: &dyn Sink,
    (max_urls, max_bytes): (usize, usize),
) -> std::io::Result<()> {
    let mut parts = 0;
    let (mut xml, mut urls) = (String::from(URLSET_HEAD), 0);
    let mut alternates = Alternates::default();
    for (_, route) in routes.iter() {
        let before = xml.len();
        if !url_entry(site, route, &mut xml, &mut alternates) {
            continue;
        }
        urls += 1;
        if urls > max_urls || xml.len() > max_bytes {
            let entry = xml[before..].to_string();
            xml.truncate(before);
            xml.push_str("</urlset>\n");
            parts += 1;
            write_part(sink, parts, &xml)?;
            // The next part reuses the buffer: grown anew, each of the
            // EU-sized site's 22 parts of 45 MB was copied as it doubled.
            xml.clear();
            xml.push_str(URLSET_HEAD);
            xml.push_str(&entry);
            urls = 1;
        }
    }
    xml.push_str("</urlset>\n");
    if parts == 0 {
        return sink.write("sitemap.xml", xml.as_bytes());
    }
    parts += 1;
    write_part(sink, parts, &xml)?;
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for part in 1..=parts {
        let loc = site.urls.permalink(&format!("/{}", part_name(part)));
        let _ = writeln!(
            index,
            "  <sitemap><loc>{}</loc></sitemap>",
            escape_html(&loc)
        );
    }
    index.push_str("</sitemapindex>\n");
    sink.write("sitemap.xml", index.as_bytes())
}

/// The file name of the sitemap's part `part` (from 1).
fn part_name(part: usize) -> String {
    format!("sitemap-{part}.xml.gz")
}

/// Whether the site path `path` is a name [`part_name`] gives.
pub fn is_part(path: &str) -> bool {
    path.strip_prefix("sitemap-")
        .and_then(|rest| rest.strip_suffix(".xml.gz"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Writes the part `part` of the sitemap, `xml`, gzip-compressed. At the
/// fastest level: these lines compress about fifty times at any level,
/// and a higher one takes five times as long to gain a few hundred
/// kilobytes per part.
fn write_part(sink: &dyn Sink, part: usize, xml: &str) -> std::io::Result<()> {
    let gz = crate::output::precompress::gzip_at(xml.as_bytes(), 1)?;
    sink.write(&part_name(part), &gz)
}

/// What one `<url>` entry hands to the next. The `<xhtml:link>` lines of
/// the page or code last listed: every language version of it lists the
/// same ones, and the route table lists a page's versions one after the
/// other, so they are written once per page rather than once per version
/// (an EU-sized site: 25 lines on each of 437,000 entries). And one
/// buffer for every URL, rather than a string each.
#[derive(Default)]
struct Alternates {
    of: Option<Route>,
    xml: String,
    url: String,
}

impl Alternates {
    /// The page or code `route` is a version of (its first language's
    /// route), which all its versions share.
    fn page_of(route: Route) -> Route {
        match route {
            Route::Page { page, .. } => Route::Page { page, lang: 0 },
            Route::Code { code, .. } => Route::Code { code, lang: 0 },
            other => other,
        }
    }

    /// The lines of the page `route` is a version of, its entries' folder
    /// `folder`: made when the page is not the one last listed.
    fn of(&mut self, site: &Site, route: Route, folder: &str) -> &str {
        let page = Self::page_of(route);
        if self.of != Some(page) {
            self.of = Some(page);
            self.xml.clear();
            let present = languages_of(site, page);
            if present.len() > 1 {
                for other in &present {
                    alternate(&mut self.xml, &mut self.url, site, (other, other), folder);
                }
                // The version for readers of none of these languages: the
                // original, as the chooser is for the home pages.
                let original = site.config.default_language.as_str();
                if present.contains(&original) {
                    let version = ("x-default", original);
                    alternate(&mut self.xml, &mut self.url, site, version, folder);
                }
            }
        }
        &self.xml
    }
}

/// One `<xhtml:link>` line: the version `(hreflang, lang)` of `folder`,
/// its URL made in `url`.
fn alternate(
    xml: &mut String,
    url: &mut String,
    site: &Site,
    (hreflang, lang): (&str, &str),
    folder: &str,
) {
    xml.push_str("    <xhtml:link rel=\"alternate\" hreflang=\"");
    xml.push_str(hreflang);
    xml.push_str("\" href=\"");
    permalink(xml, url, site, lang, folder);
    xml.push_str("\"/>\n");
}

/// The escaped absolute URL of `folder` in `lang`, made in `url`.
fn permalink(xml: &mut String, url: &mut String, site: &Site, lang: &str, folder: &str) {
    url.clear();
    site.urls.page_permalink_into(url, lang, folder);
    let _ = pulldown_cmark_escape::escape_html(&mut *xml, url);
}

/// Whether a version is in its own words (an untranslated one is not
/// listed: its canonical URL is its original's).
fn own(version: &PageVersion) -> bool {
    version.state != TranslationState::Missing
}

/// The languages the page or code of `route` is in, in its own words.
fn languages_of(site: &Site, route: Route) -> Vec<&str> {
    match route {
        Route::Page { page, .. } => site.pages[page]
            .versions
            .iter()
            .filter(|v| own(v))
            .map(|v| v.lang.as_str())
            .collect(),
        Route::Code { code, .. } => site
            .config
            .langs()
            .zip(&site.tariff.codes[code].descriptions)
            .filter(|(_, d)| d.is_some())
            .map(|(l, _)| l.code())
            .collect(),
        Route::Alias { .. } | Route::Special { .. } => Vec::new(),
    }
}

/// Appends the `<url>` entry of `route` to `xml`; false for a route that
/// is not listed (redirects, special pages, untranslated versions).
fn url_entry(site: &Site, route: Route, xml: &mut String, alternates: &mut Alternates) -> bool {
    let (folder, lastmod) = match route {
        Route::Page { page, lang } => {
            let page = &site.pages[page];
            let Some(version) = page.versions.get(lang).filter(|v| own(v)) else {
                return false;
            };
            let lastmod = version.updated.as_ref().or(page.date.as_ref());
            (page.path.clone(), lastmod.map(|d| d.to_string()))
        }
        Route::Code { code, lang } => {
            let code = &site.tariff.codes[code];
            if code.descriptions.get(lang).is_none_or(Option::is_none) {
                return false;
            }
            (Urls::code_page(&code.digits), None)
        }
        Route::Alias { .. } | Route::Special { .. } => return false,
    };
    let lang = match route {
        Route::Page { lang, .. } | Route::Code { lang, .. } => lang,
        _ => return false,
    };
    let Some(lang) = site.config.lang_at(lang) else {
        return false;
    };
    xml.push_str("  <url>\n    <loc>");
    permalink(xml, &mut alternates.url, site, lang.code(), &folder);
    xml.push_str("</loc>\n");
    if let Some(updated) = lastmod {
        let _ = writeln!(xml, "    <lastmod>{updated}</lastmod>");
    }
    xml.push_str(alternates.of(site, route, &folder));
    xml.push_str("  </url>\n");
    true
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
pub fn render_robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.urls.permalink("/sitemap.xml")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::MemorySink;

    #[test]
    fn a_site_over_the_limits_gets_an_index_of_parts_holding_every_url() {
        let (_dir, loaded) = crate::testing::fixture_with("tariff", &[]);
        let site = &loaded.site;
        let routes = RouteTable::of(site);
        let whole = render_sitemap(site, &routes);
        let count = |xml: &str| xml.matches("<url>").count();

        let one = MemorySink::default();
        write_sitemaps(site, &routes, &one).expect("written");
        assert_eq!(one.into_files()["sitemap.xml"], whole.as_bytes());

        let split = MemorySink::default();
        write_within(site, &routes, &split, (5, MAX_BYTES)).expect("written");
        let files = split.into_files();
        let index = String::from_utf8(files["sitemap.xml"].clone()).expect("UTF-8");
        assert!(index.contains("<sitemapindex"), "{index}");
        let parts: Vec<String> = files
            .iter()
            .filter(|(path, _)| path.starts_with("sitemap-"))
            .map(|(path, bytes)| {
                assert!(path.ends_with(".xml.gz"), "{path}");
                let mut xml = String::new();
                std::io::Read::read_to_string(
                    &mut flate2::read::GzDecoder::new(&bytes[..]),
                    &mut xml,
                )
                .expect("gzip of UTF-8");
                xml
            })
            .collect();
        assert_eq!(index.matches("<sitemap>").count(), parts.len());
        assert!(parts
            .iter()
            .all(|p| count(p) <= 5 && p.ends_with("</urlset>\n")));
        assert_eq!(parts.iter().map(|p| count(p)).sum::<usize>(), count(&whole));
        assert!(index.contains("<loc>https://customs.test/sitemap-1.xml.gz</loc>"));
    }
}
