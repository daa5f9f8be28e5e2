//! Which feeds there are and where they live: a feed's scope (all changes,
//! one kind, one tariff chapter), its path in each language, the page an
//! entry links to, and its title. The feeds output and the pages that link
//! their feeds (`render`) both read this, so neither depends on the other.

use crate::changelog::{ChangeEntry, ChangeKind, FEED_KINDS};
use crate::lang::Lang;
use crate::model::{PageVersion, Site};
use crate::urls::Urls;

/// Which entries a feed holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedScope {
    /// Everything.
    All,
    /// One kind.
    Kind(ChangeKind),
    /// One tariff chapter (`09`).
    Chapter(String),
}

impl FeedScope {
    /// Whether `entry` belongs in this feed.
    pub fn admits(&self, entry: &ChangeEntry) -> bool {
        match self {
            FeedScope::All => true,
            FeedScope::Kind(kind) => entry.kind == *kind,
            FeedScope::Chapter(c) => entry.chapter.as_deref() == Some(c.as_str()),
        }
    }

    /// Path of the feed under `/{lang}/feeds/`, without extension.
    pub fn stem(&self) -> String {
        match self {
            FeedScope::All => "all".into(),
            FeedScope::Kind(kind) => kind.slug().into(),
            FeedScope::Chapter(c) => crate::tariff::chapter_key(c),
        }
    }
}

/// Every feed of a site: all, each kind, each chapter.
pub fn scopes(site: &Site) -> Vec<FeedScope> {
    let mut out = vec![FeedScope::All];
    out.extend(FEED_KINDS.iter().map(|(k, _)| FeedScope::Kind(*k)));
    out.extend(
        site.tariff
            .chapters
            .iter()
            .map(|c| FeedScope::Chapter(c.number.clone())),
    );
    out
}

/// `/{lang}/feeds/{stem}.xml`.
pub fn feed_path(lang: Lang<'_>, scope: &FeedScope, extension: &str) -> String {
    format!("/{lang}/feeds/{}.{extension}", scope.stem())
}

/// The page an entry links to: the line's or the page's own when it still
/// exists, else the entry on the changes page.
pub fn entry_path(site: &Site, lang: Lang<'_>, entry: &ChangeEntry) -> String {
    if let Some(code) = &entry.code {
        if site.tariff.code(code).is_some() {
            return Urls::code_path(lang.code(), code);
        }
    }
    if entry.code.is_none() {
        if let Some(page) = site.page(&entry.page_key) {
            return Urls::page_path(lang.code(), &page.path);
        }
    }
    format!(
        "{}#c-{}",
        Urls::page_path(lang.code(), "changes/"),
        entry.id
    )
}

/// Stands for a text inside a message until the message is escaped, so
/// that the text can be put in its own markup (a private use character
/// no message holds).
pub const MARKED: &str = "\u{E000}";

/// `scope_title` as HTML: escaped, and a chapter's title marked with its
/// language where the chapter has no version in `lang` ("Chapitre 04 :
/// <span lang="en">Dairy produce…</span>", WCAG 3.1.2).
pub fn scope_title_html(site: &Site, lang: Lang<'_>, scope: &FeedScope) -> String {
    let version = match scope {
        FeedScope::Chapter(c) => {
            chapter_version(site, lang, c).filter(|v| v.content_lang != lang.code())
        }
        _ => None,
    };
    let (FeedScope::Chapter(c), Some(version)) = (scope, version) else {
        return crate::html::escape(&scope_title(site, lang, scope));
    };
    // Once per language and title: `kb serve` keeps the remembered texts
    // across content edits, so the key holds all the text depends on.
    let (name, name_lang) = (&version.title, &version.content_lang);
    let key = format!("feed-title-html:{c}:{name_lang}:{name}");
    site.locales.remember(lang.code(), &key, || {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("number", c.clone());
        args.set("title", MARKED);
        let title = site
            .locales
            .text(lang.code(), "changes-feed-chapter", Some(&args));
        let name = format!(
            "<span lang=\"{}\" dir=\"auto\">{}</span>",
            crate::html::escape(name_lang),
            crate::html::escape(name)
        );
        crate::html::escape(&title).replace(MARKED, &name)
    })
}

/// What a feed holds, in language `lang`: "Fees and
/// charges", "Chapter 09: Coffee, tea, maté and spices". Feeds and the
/// pages that link them name a feed alike.
pub fn scope_title(site: &Site, lang: Lang<'_>, scope: &FeedScope) -> String {
    let t = |id: &str, args: Option<&fluent_bundle::FluentArgs>| {
        site.locales.text(lang.code(), id, args)
    };
    // Remembered: every tariff page names three feeds, and Fluent made
    // their titles again on each (3 % of a national build). The key holds
    // all a title depends on, for `kb serve` (see `Locales::remember`).
    let remember =
        |key: &str, make: &dyn Fn() -> String| site.locales.remember(lang.code(), key, make);
    match scope {
        FeedScope::All => remember("feed-title:all", &|| t("changes-title", None)),
        FeedScope::Kind(kind) => remember(&format!("feed-title:kind:{}", kind.slug()), &|| {
            t(&format!("changes-kind-{}", kind.slug()), None)
        }),
        FeedScope::Chapter(c) => {
            let name = chapter_version(site, lang, c)
                .map(|v| v.title.as_str())
                .unwrap_or_default();
            remember(&format!("feed-title:chapter:{c}:{name}"), &|| {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("number", c.clone());
                args.set("title", name.to_string());
                t("changes-feed-chapter", Some(&args))
            })
        }
    }
}

/// The version in `lang` of chapter `c`'s page, which names its feed.
fn chapter_version<'s>(site: &'s Site, lang: Lang<'_>, c: &str) -> Option<&'s PageVersion> {
    site.tariff
        .chapter(c)
        .and_then(|ch| site.page(&ch.page_key))
        .and_then(|p| p.version(lang))
}
