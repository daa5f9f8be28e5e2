//! What a template receives: the page in its language, with every link
//! already written for the page it appears on (so offline copies work).
//! The fields are documented in `docs/templates.md`.

use serde::Serialize;

use crate::assets::Assets;
use crate::config::{Direction, Language};
use crate::markdown::Heading;
use crate::model::{Page, PageKind, PageVersion, Site, TranslationState};
use crate::urls::Urls;

#[derive(Serialize)]
pub(crate) struct LanguageContext {
    code: String,
    name: String,
    dir: Direction,
}

impl LanguageContext {
    pub(crate) fn of(language: &Language) -> Self {
        LanguageContext {
            code: language.code.clone(),
            name: language.name.clone(),
            dir: language.direction,
        }
    }
}

#[derive(Serialize)]
pub(crate) struct Link {
    title: String,
    /// The title's language where it is not the page's (an untranslated page).
    lang: Option<String>,
    href: String,
    current: bool,
}

#[derive(Serialize)]
pub(crate) struct LanguageLink {
    code: String,
    name: String,
    dir: Direction,
    href: String,
    current: bool,
    translated: bool,
}

#[derive(Serialize)]
pub(crate) struct Alternate {
    hreflang: String,
    href: String,
}

#[derive(Serialize)]
pub(crate) struct Child {
    title: String,
    lang: Option<String>,
    description: Option<String>,
    href: String,
    updated: Option<String>,
    section: bool,
}

#[derive(Serialize)]
pub(crate) struct PageContext<'a> {
    kind: PageKind,
    key: &'a str,
    title: &'a str,
    description: Option<&'a str>,
    content: &'a str,
    headings: &'a [Heading],
    date: Option<&'a str>,
    updated: Option<&'a str>,
    effective: Option<&'a str>,
    state: TranslationState,
    content_lang: &'a str,
    content_dir: Direction,
    permalink: String,
    original_href: String,
    original_updated: Option<&'a str>,
    extra: &'a toml::Table,
}

#[derive(Serialize)]
pub(crate) struct SiteContext<'a> {
    title: &'a str,
    description: &'a str,
    base_url: &'a str,
    default_language: &'a str,
    default_language_name: &'a str,
    reference_date: Option<&'a str>,
    extra: &'a toml::Table,
}

#[derive(Serialize)]
pub(crate) struct AssetContext {
    css: String,
    js: String,
    chooser: String,
}

/// Everything a page template sees.
#[derive(Serialize)]
pub(crate) struct Context<'a> {
    lang: LanguageContext,
    site: SiteContext<'a>,
    page: PageContext<'a>,
    canonical: String,
    alternates: Vec<Alternate>,
    languages: Vec<LanguageLink>,
    nav: Vec<Link>,
    footer: Vec<Link>,
    breadcrumbs: Vec<Link>,
    children: Vec<Child>,
    assets: AssetContext,
    home: String,
    current_path: String,
}

/// Shared pieces of every page's context in one language.
pub(crate) struct Frame<'a> {
    pub(crate) site: &'a Site,
    pub(crate) assets: &'a Assets,
    pub(crate) language: &'a Language,
}

impl<'a> Frame<'a> {
    pub(crate) fn site_context(&self) -> SiteContext<'a> {
        SiteContext {
            title: &self.language.title,
            description: &self.language.description,
            base_url: &self.site.config.base_url,
            default_language: &self.site.config.default_language,
            default_language_name: &self.site.config.languages[0].name,
            reference_date: self.site.reference_date.as_deref(),
            extra: &self.site.config.extra,
        }
    }

    pub(crate) fn href(&self, from: &str, to: &str) -> String {
        self.site.urls.href(from, to)
    }

    pub(crate) fn asset_context(&self, from: &str) -> AssetContext {
        AssetContext {
            css: self.href(from, self.assets.path("kb.css")),
            js: self.href(from, self.assets.path("kb.js")),
            chooser: self.href(from, self.assets.path("chooser.js")),
        }
    }

    fn link_to(&self, from: &str, page: &Page) -> Link {
        let to = Urls::page_path(&self.language.code, &page.path);
        let version = page
            .version(&self.language.code)
            .unwrap_or(&page.versions[0]);
        Link {
            title: version.title.clone(),
            lang: foreign_lang(version),
            current: to == from || (!page.path.is_empty() && from.starts_with(&to)),
            href: self.href(from, &to),
        }
    }

    pub(crate) fn menu(&self, from: &str, entries: &[String], fallback_to_top: bool) -> Vec<Link> {
        if entries.is_empty() && fallback_to_top {
            return self
                .site
                .children("_index")
                .into_iter()
                .map(|p| self.link_to(from, p))
                .collect();
        }
        entries
            .iter()
            .filter_map(|entry| menu_page(self.site, entry))
            .map(|p| self.link_to(from, p))
            .collect()
    }

    /// The context of `version` of `page`.
    pub(crate) fn page_context(&self, page: &'a Page, version: &'a PageVersion) -> Context<'a> {
        let site = self.site;
        let lang = &self.language.code;
        let current_path = Urls::page_path(lang, &page.path);
        let original = &page.versions[0];
        let original_path = Urls::page_path(&original.lang, &page.path);
        let canonical = if version.state == TranslationState::Missing {
            site.urls.permalink(&original_path)
        } else {
            site.urls.permalink(&current_path)
        };
        let alternates = if version.state == TranslationState::Missing {
            Vec::new()
        } else {
            let mut alts: Vec<Alternate> = page
                .versions
                .iter()
                .filter(|v| v.state != TranslationState::Missing)
                .map(|v| Alternate {
                    hreflang: v.lang.clone(),
                    href: site.urls.permalink(&Urls::page_path(&v.lang, &page.path)),
                })
                .collect();
            alts.push(Alternate {
                hreflang: "x-default".into(),
                href: site.urls.permalink(&original_path),
            });
            alts
        };
        let languages = site
            .config
            .languages
            .iter()
            .zip(&page.versions)
            .map(|(l, v)| LanguageLink {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: l.direction,
                href: self.href(&current_path, &Urls::page_path(&l.code, &page.path)),
                current: &l.code == lang,
                translated: v.state != TranslationState::Missing,
            })
            .collect();
        let mut breadcrumbs = Vec::new();
        let mut parent = page.parent.as_deref();
        while let Some(key) = parent {
            let Some(p) = site.page(key) else { break };
            breadcrumbs.push(self.link_to(&current_path, p));
            parent = p.parent.as_deref();
        }
        breadcrumbs.reverse();
        let children = if matches!(page.kind, PageKind::Section | PageKind::Home) {
            site.children(&page.key)
                .into_iter()
                .map(|child| {
                    let v = child.version(lang).unwrap_or(&child.versions[0]);
                    Child {
                        title: v.title.clone(),
                        lang: foreign_lang(v),
                        description: v.description.clone(),
                        href: self.href(&current_path, &Urls::page_path(lang, &child.path)),
                        updated: v.updated.clone(),
                        section: child.kind == PageKind::Section,
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let content_dir = site
            .config
            .language(&version.content_lang)
            .map_or(Direction::Ltr, |l| l.direction);
        Context {
            lang: LanguageContext::of(self.language),
            site: self.site_context(),
            page: PageContext {
                kind: page.kind,
                key: &page.key,
                title: &version.title,
                description: version.description.as_deref(),
                content: &version.html,
                headings: &version.headings,
                date: page.date.as_deref(),
                updated: version.updated.as_deref(),
                effective: page.effective.as_deref(),
                state: version.state,
                content_lang: &version.content_lang,
                content_dir,
                permalink: site.urls.permalink(&current_path),
                original_href: self.href(&current_path, &original_path),
                original_updated: original.updated.as_deref(),
                extra: &page.extra,
            },
            canonical,
            alternates,
            languages,
            nav: self.menu(&current_path, &site.config.navigation.main, true),
            footer: self.menu(&current_path, &site.config.navigation.footer, false),
            breadcrumbs,
            children,
            assets: self.asset_context(&current_path),
            home: self.href(&current_path, &Urls::page_path(lang, "")),
            current_path,
        }
    }
}

/// The page a menu entry (`about`, `guides`, `guides/`) names.
pub(crate) fn menu_page<'s>(site: &'s Site, entry: &str) -> Option<&'s Page> {
    let entry = entry.trim_matches('/');
    site.page(entry)
        .or_else(|| site.page(&format!("{entry}/_index")))
}

/// The content language of a version shown in another language's UI.
fn foreign_lang(version: &PageVersion) -> Option<String> {
    (version.content_lang != version.lang).then(|| version.content_lang.clone())
}
