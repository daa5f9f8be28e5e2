//! Change feeds: per language, Atom 1.0 (through the theme's `feed.xml`
//! template) and JSON Feed 1.1, for every change, for each kind, and for
//! each tariff chapter, under `/{lang}/feeds/`. Entries are written in the
//! feed's language from the change log.

use jiff::civil::Date;
use rayon::prelude::*;
use serde::Serialize;

use crate::changes::scope::{entry_path, feed_path, scope_title, scopes, FeedScope};
use crate::changes::{describe, ChangeEntry};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::Formats;
use crate::lang::Lang;
use crate::model::Site;
use crate::output::OutputFile;
use crate::templates::Templates;
use crate::urls::Urls;

#[derive(Serialize)]
struct AtomEntry {
    id: String,
    title: String,
    summary: String,
    url: String,
    updated: String,
    kind: String,
    effective: Option<Date>,
}

#[derive(Serialize)]
struct AtomFeed {
    lang: String,
    title: String,
    id: String,
    self_url: String,
    home_url: String,
    updated: String,
    author: String,
    entries: Vec<AtomEntry>,
}

#[derive(Serialize)]
struct JsonItem {
    id: String,
    url: String,
    title: String,
    content_text: String,
    summary: String,
    date_published: String,
    tags: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    _kb: Option<JsonExtension>,
}

/// kb's own fields, as JSON Feed allows under a `_` key.
#[derive(Serialize)]
struct JsonExtension {
    #[serde(skip_serializing_if = "Option::is_none")]
    effective: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    chapter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<String>,
}

#[derive(Serialize)]
struct JsonFeed {
    version: &'static str,
    title: String,
    home_page_url: String,
    feed_url: String,
    language: String,
    authors: Vec<JsonAuthor>,
    items: Vec<JsonItem>,
}

#[derive(Serialize)]
struct JsonAuthor {
    name: String,
}

/// Text for a feed reader: without the isolation marks (U+2068, U+2069)
/// Fluent puts around arguments in right-to-left languages. Browsers
/// honour them; feed readers show them as boxes, and a feed entry's text
/// is one run of the feed's own direction anyway.
fn plain(text: String) -> String {
    if text.contains(['\u{2068}', '\u{2069}']) {
        text.replace(['\u{2068}', '\u{2069}'], "")
    } else {
        text
    }
}

/// The feed's title: what it holds and the site's name.
fn feed_title(site: &Site, lang: Lang<'_>, scope: &FeedScope) -> String {
    let site_title = &lang.language().title;
    plain(format!("{} — {site_title}", scope_title(site, lang, scope)))
}

/// The `updated` of a feed with no entry (Atom requires one).
const EMPTY_FEED_UPDATED: &str = "1970-01-01T00:00:00Z";

/// Every feed in every language.
pub fn render_feeds(site: &Site, templates: &Templates) -> Result<Vec<OutputFile>, Diagnostics> {
    let scopes = scopes(site);
    let jobs: Vec<(Lang, &FeedScope)> = site
        .config
        .langs()
        .flat_map(|l| scopes.iter().map(move |s| (l, s)))
        .collect();
    let formats: Vec<_> = site
        .config
        .langs()
        .map(|l| site.locales.formats(l.code()))
        .collect();
    let results: Vec<Result<[OutputFile; 2], Diagnostic>> = jobs
        .par_iter()
        .map(|&(lang, scope)| {
            let feed = Feed::of(site, lang, scope, &formats[lang.index()]);
            let json = serde_json::to_vec_pretty(&feed.json())
                .map_err(|e| Diagnostic::error("feed", e.to_string()))?;
            let json_path = feed.json_path.trim_start_matches('/').to_string();
            let atom_path = feed.atom_path.trim_start_matches('/').to_string();
            let mut context = tera::Context::new();
            context.insert("feed", &feed.into_atom());
            let xml = templates.render(lang.code(), "feed.xml", &mut context)?;
            Ok([
                OutputFile {
                    path: atom_path,
                    bytes: xml,
                },
                OutputFile {
                    path: json_path,
                    bytes: json,
                },
            ])
        })
        .collect();
    let mut files = Vec::new();
    let mut problems = Diagnostics::new();
    for r in results {
        match r {
            Ok(pair) => files.extend(pair),
            Err(d) => problems.push(d),
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(files)
}

/// One feed in one language, before it is written as Atom and JSON Feed.
struct Feed<'a> {
    site: &'a Site,
    lang: Lang<'a>,
    title: String,
    /// The changes page, where each entry has its anchor.
    home: String,
    atom_path: String,
    json_path: String,
    /// When the newest entry was made.
    updated: String,
    entries: Vec<(AtomEntry, &'a ChangeEntry)>,
}

impl<'a> Feed<'a> {
    /// The newest entries of `scope` (as many as `[feeds] entries`), in
    /// `lang`'s words.
    fn of(site: &'a Site, lang: Lang<'a>, scope: &FeedScope, formats: &Formats) -> Feed<'a> {
        let home = site
            .urls
            .permalink(&Urls::page_path(lang.code(), "changes/"));
        let entries: Vec<(AtomEntry, &ChangeEntry)> = site
            .changes
            .entries
            .iter()
            .filter(|e| scope.admits(e))
            .take(site.config.feeds.entries)
            .map(|e| {
                let text = describe(site, e, lang, formats);
                let entry = AtomEntry {
                    id: format!("{home}#c-{}", e.id),
                    title: plain(text.title),
                    summary: plain(text.summary),
                    url: site.urls.permalink(&entry_path(site, lang, e)),
                    updated: e.timestamp.clone(),
                    kind: e.kind.slug().to_string(),
                    effective: e.effective,
                };
                (entry, e)
            })
            .collect();
        // A feed with no entry has never changed: a fixed date, not the
        // reference date, so a daily build does not rewrite it.
        let updated = entries
            .first()
            .map(|(_, e)| e.timestamp.clone())
            .unwrap_or_else(|| EMPTY_FEED_UPDATED.to_string());
        Feed {
            site,
            lang,
            title: feed_title(site, lang, scope),
            home,
            atom_path: feed_path(lang, scope, "xml"),
            json_path: feed_path(lang, scope, "json"),
            updated,
            entries,
        }
    }

    fn author(&self) -> String {
        self.lang.language().title.clone()
    }

    /// The feed as JSON Feed 1.1, with kb's own fields under `_kb`.
    fn json(&self) -> JsonFeed {
        JsonFeed {
            version: "https://jsonfeed.org/version/1.1",
            title: self.title.clone(),
            home_page_url: self.home.clone(),
            feed_url: self.site.urls.permalink(&self.json_path),
            language: self.lang.code().to_string(),
            authors: vec![JsonAuthor {
                name: self.author(),
            }],
            items: self
                .entries
                .iter()
                .map(|(v, e)| JsonItem {
                    id: v.id.clone(),
                    url: v.url.clone(),
                    title: v.title.clone(),
                    content_text: v.summary.clone(),
                    summary: v.summary.clone(),
                    date_published: v.updated.clone(),
                    tags: vec![v.kind.clone()],
                    _kb: Some(JsonExtension {
                        effective: e.effective,
                        chapter: e.chapter.clone(),
                        code: e.code.clone(),
                    }),
                })
                .collect(),
        }
    }

    /// The feed as the `feed.xml` template receives it.
    fn into_atom(self) -> AtomFeed {
        let author = self.author();
        AtomFeed {
            lang: self.lang.code().to_string(),
            title: self.title,
            id: self.site.urls.permalink(&self.atom_path),
            self_url: self.site.urls.permalink(&self.atom_path),
            author,
            home_url: self.home,
            updated: self.updated,
            entries: self.entries.into_iter().map(|(v, _)| v).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::fixture_with;

    /// A notice in English and Arabic, on the basic fixture.
    fn site_with_notice() -> (tempfile::TempDir, crate::load::Loaded) {
        let notice = "+++\ntitle = \"New opening hours\"\ndescription = \"The office opens at 7.\"\n\
                      date = 2026-11-20\neffective = 2027-01-01\nstatus = \"adopted\"\n+++\nFrom January.\n";
        let notice_ar = "+++\ntitle = \"ساعات عمل جديدة\"\ndescription = \"يفتح المكتب في السابعة.\"\n+++\nمن يناير.\n";
        fixture_with(
            "basic",
            &[
                ("content/notices/opening-hours.md", notice),
                ("content/notices/opening-hours.ar.md", notice_ar),
            ],
        )
    }

    fn feeds(loaded: &crate::load::Loaded) -> Vec<OutputFile> {
        let templates = loaded.templates.as_ref().expect("templates compile");
        render_feeds(&loaded.site, templates).expect("feeds render")
    }

    #[test]
    fn every_language_has_an_atom_and_a_json_feed_of_every_scope() {
        let (_dir, loaded) = site_with_notice();
        let files = feeds(&loaded);
        let scopes = scopes(&loaded.site).len();
        assert_eq!(files.len(), 3 * scopes * 2);
        for lang in ["en", "fr", "ar"] {
            for ext in ["xml", "json"] {
                let path = format!("{lang}/feeds/all.{ext}");
                assert!(
                    files.iter().any(|f| f.path.trim_start_matches('/') == path),
                    "{path}"
                );
            }
        }
    }

    #[test]
    fn a_json_feed_is_json_feed_1_1_with_the_entry_in_its_language() {
        let (_dir, loaded) = site_with_notice();
        let files = feeds(&loaded);
        let file = files
            .iter()
            .find(|f| f.path.trim_start_matches('/') == "ar/feeds/all.json")
            .expect("the feed");
        let feed: serde_json::Value = serde_json::from_slice(&file.bytes).expect("JSON");
        assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1");
        assert_eq!(feed["language"], "ar");
        let items = feed["items"].as_array().expect("items");
        let notice = items
            .iter()
            .find(|i| {
                i["url"]
                    .as_str()
                    .is_some_and(|u| u.ends_with("/ar/notices/opening-hours/"))
            })
            .expect("the notice's entry");
        let title = notice["title"].as_str().expect("a title");
        assert!(title.contains("ساعات عمل جديدة"), "{title}");
        // Isolation marks are for HTML; feed readers show them as boxes.
        for text in [title, feed["title"].as_str().expect("a title")] {
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
        }
    }

    #[test]
    fn an_atom_feed_names_itself_and_its_entries_link_to_the_pages() {
        let (_dir, loaded) = site_with_notice();
        let files = feeds(&loaded);
        let file = files
            .iter()
            .find(|f| f.path.trim_start_matches('/') == "en/feeds/all.xml")
            .expect("the feed");
        let xml = String::from_utf8(file.bytes.clone()).expect("UTF-8");
        assert!(
            xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""),
            "{xml}"
        );
        assert!(xml.contains("https://customs.test/en/feeds/all.xml"));
        assert!(xml.contains("https://customs.test/en/notices/opening-hours/"));
    }
}
