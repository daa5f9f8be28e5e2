//! What a template receives: the page in its language, with every link
//! already written for the page it appears on (so offline copies work).
//! The fields are documented in `docs/templates.md`.

use std::borrow::Cow;

use jiff::civil::Date;
use serde::Serialize;

use crate::assets::Assets;
use crate::config::{Direction, Language};
use crate::lang::Lang;
use crate::markdown::Heading;
use crate::model::{Page, PageVersion, Site, TranslationState};
use crate::urls::Urls;

use super::frame_lists::{crumb_items, menu_items, Alternate, FrameLists, LanguageLink};
use super::links::Link;

#[derive(Serialize)]
pub(crate) struct LanguageContext {
    pub(super) code: String,
    pub(super) name: String,
    pub(super) dir: Direction,
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
pub(crate) struct Child {
    title: String,
    lang: Option<String>,
    description: Option<String>,
    href: String,
    updated: Option<Date>,
    section: bool,
}

/// The page itself, in the reader's language.
#[derive(Serialize, Default)]
pub(crate) struct PageContext {
    pub(crate) kind: String,
    pub(crate) key: String,
    pub(crate) title: String,
    pub(crate) description: Option<String>,
    pub(crate) content: String,
    pub(crate) headings: Vec<Heading>,
    pub(crate) date: Option<Date>,
    pub(crate) updated: Option<Date>,
    pub(crate) effective: Option<Date>,
    pub(crate) state: String,
    pub(crate) content_lang: String,
    pub(crate) content_dir: String,
    pub(crate) permalink: String,
    pub(crate) original_href: String,
    pub(crate) original_updated: Option<Date>,
    pub(crate) extra: toml::Table,
}

#[derive(Serialize)]
pub(crate) struct SiteContext<'a> {
    pub(super) title: &'a str,
    /// The title's language when it is another's (a language with no title
    /// of its own shows the default language's).
    pub(super) title_lang: Option<&'a str>,
    pub(super) description: &'a str,
    pub(super) base_url: &'a str,
    pub(super) default_language: &'a str,
    pub(super) default_language_name: &'a str,
    pub(super) reference_date: jiff::civil::Date,
    /// The logo's text alternative in this language; empty when the logo
    /// is decorative beside the site's name (see `assets.logo`).
    pub(super) logo_alt: &'a str,
    /// Subheading 0901.11 as this site shows codes, for hints' examples.
    pub(super) example_code: String,
    /// Whether the header folds the languages under the current one's
    /// name (`[navigation] languages_inline`).
    pub(super) languages_folded: bool,
    /// Whether the header has a language switcher: a site in one
    /// language has none (a list of one link would only repeat the page).
    pub(super) languages_switch: bool,
    pub(super) extra: &'a toml::Table,
}

#[derive(Serialize)]
pub(crate) struct AssetContext {
    pub(super) css: String,
    pub(super) js: String,
    pub(super) chooser: String,
    /// The duty calculator runtime (`kb-calc.js`).
    pub(super) calc: String,
    pub(super) icon: String,
    pub(super) search: String,
    /// The site root as this page reaches it (`/`, or `../../` offline),
    /// for the search runtime to find `/search/{lang}/`.
    pub(super) root: String,
    /// `1` in an offline build, whose links name `index.html`.
    pub(super) offline: &'static str,
    /// The search page of this language.
    pub(super) search_page: String,
    /// The changes page of this language (linked from every footer).
    pub(super) changes_page: String,
    /// The site's logo (`[identity] logo`), empty without one.
    pub(super) logo: String,
    /// The Content-Security-Policy of every page, as a `<meta>`: the same
    /// policy `kb serve` sends as a header.
    pub(super) content_security_policy: &'static str,
}

/// What every page of the site has around its own content: the frame.
#[derive(Serialize)]
pub(crate) struct Shell<'a> {
    pub(super) lang: LanguageContext,
    pub(super) site: SiteContext<'a>,
    pub(super) canonical: String,
    /// `<link rel="alternate" hreflang>` elements for a theme that places
    /// them in the head (the default theme leaves them to the sitemap),
    /// made only when a template names them (`Frame::alternates`).
    pub(super) alternate_links: String,
    /// The language switcher's `<li>` items, written here rather than
    /// looped over in the template: with the EU's 24 languages that is 24
    /// entries on every page, and making them template data cost a fifth
    /// of a build (docs/performance.md).
    pub(super) language_items: String,
    /// The same as data, for templates that name them (`Frame::lists`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) alternates: Option<Vec<Alternate>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) languages: Option<Vec<LanguageLink>>,
    pub(super) nav: Vec<Link>,
    /// `nav` written out as the main menu's `<li>` items, for the reason
    /// of `alternate_links`: a menu is on every page.
    pub(super) nav_items: String,
    pub(super) footer: Vec<Link>,
    pub(super) assets: AssetContext,
    pub(super) home: String,
    /// The TFA Art. 1.3 enquiry point, linked from every footer.
    pub(super) enquiry_point: Option<Link>,
    pub(crate) current_path: String,
}

/// What a fragment sees of a page's frame.
#[derive(Serialize)]
struct FragmentVariables<'s, 'a> {
    lang: &'s LanguageContext,
    site: &'s SiteContext<'a>,
    assets: &'s AssetContext,
    home: &'s str,
    nav: &'s [Link],
    footer: &'s [Link],
    enquiry_point: &'s Option<Link>,
}

impl<'a> Shell<'a> {
    fn fragment_view(&self) -> FragmentVariables<'_, 'a> {
        FragmentVariables {
            lang: &self.lang,
            site: &self.site,
            assets: &self.assets,
            home: &self.home,
            nav: &self.nav,
            footer: &self.footer,
            enquiry_point: &self.enquiry_point,
        }
    }

    /// What a fragment sees of the frame (`templates::Templates::fragments`).
    pub(crate) fn fragment_variables(&self) -> Result<tera::Context, tera::Error> {
        tera::Context::from_serialize(self.fragment_view())
    }

    /// The same as JSON text, which costs less to write than the context
    /// (`templates::Templates::fragments_for_json`).
    pub(crate) fn fragment_variables_json(&self) -> Result<Vec<u8>, serde_json::Error> {
        serde_json::to_vec(&self.fragment_view())
    }

    /// The page's language code (`lang.code`).
    pub(crate) fn lang_code(&self) -> &str {
        &self.lang.code
    }

    /// The default language's name (`site.default_language_name`).
    pub(crate) fn default_language_name(&self) -> &str {
        self.site.default_language_name
    }

    /// The duty calculator's runtime from this page (`assets.calc`).
    pub(crate) fn calc_href(&self) -> &str {
        &self.assets.calc
    }
}

/// Everything a content page template sees.
#[derive(Serialize)]
pub(crate) struct Context<'a> {
    #[serde(flatten)]
    pub(crate) shell: Shell<'a>,
    pub(crate) page: PageContext,
    pub(crate) breadcrumbs: Vec<Link>,
    /// `breadcrumbs` written out as the trail's `<li>` items (see
    /// `nav_items`).
    pub(crate) breadcrumb_items: String,
    pub(crate) children: Vec<Child>,
}

/// Shared pieces of every page's context in one language.
pub(crate) struct Frame<'a> {
    pub(crate) site: &'a Site,
    pub(crate) assets: &'a Assets,
    /// The language of the pages made with this frame.
    pub(crate) lang: Lang<'a>,
    /// Whether a template names `alternates` or `languages`
    /// (`Templates::names_frame_lists`): only then are they made as data
    /// for content pages. The pages that are not content always get them.
    pub(crate) lists: bool,
    /// Whether a template names `alternates` or `alternate_links`
    /// (`Templates::names_alternates`): only then does a content page's
    /// shell list its hreflang alternates.
    pub(crate) alternates: bool,
    /// Whether a template names `rows` (`Templates::names_rows`): only
    /// then are a tariff table's rows given as data beside `table_rows`.
    pub(crate) table_data: bool,
}

impl<'a> Frame<'a> {
    /// The frame of content and code pages in `lang`: their lists and
    /// table rows are data only where the theme's templates name them.
    pub(crate) fn for_content(
        site: &'a Site,
        templates: &super::Templates,
        assets: &'a Assets,
        lang: Lang<'a>,
    ) -> Self {
        Frame {
            site,
            assets,
            lang,
            lists: templates.names_frame_lists(),
            alternates: templates.names_alternates(),
            table_data: templates.names_rows(),
        }
    }
}

fn state_name(state: TranslationState) -> String {
    match state {
        TranslationState::Original => "original",
        TranslationState::Translated => "translated",
        TranslationState::Stale => "stale",
        TranslationState::Missing => "missing",
    }
    .to_string()
}

impl<'a> Frame<'a> {
    /// UI message `id` in this frame's language (or its fallback).
    pub(crate) fn text(&self, id: &str, args: Option<&fluent_bundle::FluentArgs>) -> String {
        self.site.locales.text(self.lang.code(), id, args)
    }

    /// A date the reader's way (`January 1, 2027`, `1er janvier 2027`).
    pub(crate) fn date(&self, date: jiff::civil::Date) -> String {
        self.site
            .locales
            .formats(self.lang.code())
            .date(&date.to_string())
    }

    pub(crate) fn site_context(&self) -> SiteContext<'a> {
        SiteContext {
            title: &self.lang.language().title,
            title_lang: self.lang.language().title_lang.as_deref(),
            description: &self.lang.language().description,
            base_url: &self.site.config.base_url,
            default_language: &self.site.config.default_language,
            default_language_name: &self.site.config.languages[0].name,
            reference_date: self.site.reference_date,
            logo_alt: self.lang.language().logo_alt.as_deref().unwrap_or(""),
            example_code: crate::tariff::shown_code(&self.site.config.tariff, "090111"),
            languages_folded: self.site.config.languages_folded(),
            languages_switch: self.site.config.languages.len() > 1,
            extra: &self.site.config.extra,
        }
    }

    pub(crate) fn href(&self, from: &str, to: &str) -> String {
        self.site.urls.href(from, to)
    }

    /// The site path of `path` (`tariff/0901/`) in this frame's language.
    pub(crate) fn path(&self, path: &str) -> String {
        Urls::page_path(self.lang.code(), path)
    }

    /// The `href` from `from` to the page of tariff code or chapter
    /// `digits` in this frame's language.
    pub(crate) fn code_href(&self, from: &str, digits: &str) -> String {
        self.href(from, &self.path(&Urls::code_page(digits)))
    }

    pub(crate) fn asset_context(&self, from: &str) -> AssetContext {
        AssetContext {
            css: self.href(from, self.assets.path("kb.css")),
            js: self.href(from, self.assets.path("kb.js")),
            chooser: self.href(from, self.assets.path("chooser.js")),
            calc: self.href(from, self.assets.path("kb-calc.js")),
            icon: self.href(from, self.assets.path("icon.svg")),
            search: self.href(from, self.assets.search_runtime()),
            root: if self.site.urls.offline() {
                "../".repeat(from.trim_start_matches('/').matches('/').count())
            } else {
                "/".into()
            },
            offline: if self.site.urls.offline() { "1" } else { "0" },
            search_page: self.href(from, &self.path("search/")),
            changes_page: self.href(from, &self.path("changes/")),
            logo: match &self.site.config.identity.logo {
                Some(logo) => self.href(from, &format!("/{}", logo.trim_start_matches('/'))),
                None => String::new(),
            },
            content_security_policy: super::CONTENT_SECURITY_POLICY,
        }
    }

    /// A link from `from` to `page` in this language.
    pub(crate) fn link_to(&self, from: &str, page: &Page) -> Link {
        let to = self.path(&page.path);
        let version = page.version(self.lang).unwrap_or(&page.versions[0]);
        Link {
            title: version.title.clone(),
            lang: foreign_lang(version),
            current: to == from || (!page.path.is_empty() && from.starts_with(&to)),
            href: self.href(from, &to),
        }
    }

    pub(crate) fn menu(&self, from: &str, entries: &[String], fallback_to_top: bool) -> Vec<Link> {
        if entries.is_empty() && fallback_to_top {
            // A site without a menu lists its top sections, then the
            // changes page: traders look for what changed (issue 15).
            // Among equal weights, the tariff and the kinds' indexes come
            // first, in the home page's order: what a trader comes for
            // before "About us". The sort is stable: titles order the rest.
            let mut tops = self.site.children("_index");
            tops.sort_by_key(|p| (p.weight, kind_rank(&p.key)));
            let mut links: Vec<Link> = tops.into_iter().map(|p| self.link_to(from, p)).collect();
            links.push(self.changes_link(from));
            return links;
        }
        entries
            .iter()
            .filter_map(|entry| {
                if entry.trim_matches('/') == CHANGES_ENTRY {
                    return Some(self.changes_link(from));
                }
                menu_page(self.site, entry).map(|p| self.link_to(from, p))
            })
            .collect()
    }

    /// The menu's link to the changes page (`changes` in kb.toml's menus).
    fn changes_link(&self, from: &str) -> Link {
        let to = self.path("changes/");
        Link {
            title: self.text("changes-title", None),
            lang: None,
            current: from.starts_with(&to),
            href: self.href(from, &to),
        }
    }

    /// The frame of the page at `path` (without language), which exists in
    /// its own words in the languages where `present` is true.
    pub(crate) fn shell(&self, path: &str, present: &[bool]) -> Shell<'a> {
        let site = self.site;
        let current_path = self.path(path);
        let original_path = Urls::page_path(&site.config.default_language, path);
        let own = present.get(self.lang.index()).copied().unwrap_or(false);
        let canonical = site
            .urls
            .permalink(if own { &current_path } else { &original_path });
        let mut lists = FrameLists::new(self.lists);
        let mut href = String::new();
        if own && self.alternates {
            for (language, _) in site
                .config
                .languages
                .iter()
                .zip(present)
                .filter(|(_, p)| **p)
            {
                href.clear();
                site.urls
                    .page_permalink_into(&mut href, &language.code, path);
                lists.alternate(&language.code, &href);
            }
            lists.alternate("x-default", &site.urls.permalink(&original_path));
        }
        self.language_links(&mut lists, &current_path, path, present);
        self.frame_around(current_path, canonical, lists)
    }

    /// The frame of a page that is not content (a 404 page, the changes
    /// and search pages, the root's language chooser) at `current_path`:
    /// its languages lead to the same page in each language where it is a
    /// folder of the language (`/fr/search/` → `/en/search/`, where the
    /// search page then carries the query over), else to each language's
    /// home page; it has no alternates.
    pub(crate) fn special_shell(&self, current_path: &str) -> Shell<'a> {
        let canonical = self
            .site
            .urls
            .permalink(current_path.trim_end_matches("index.html"));
        let every = vec![true; self.site.config.languages.len()];
        let mut lists = FrameLists::new(true);
        let same = current_path
            .strip_prefix(&format!("/{}/", self.lang.code()))
            .and_then(|p| p.strip_suffix("index.html"))
            .unwrap_or("");
        self.language_links(&mut lists, current_path, same, &every);
        self.frame_around(current_path.to_string(), canonical, lists)
    }

    /// The language switcher's links from `from` to page path `path` in
    /// each language; `present` tells where the page is in its own words.
    fn language_links(&self, lists: &mut FrameLists, from: &str, path: &str, present: &[bool]) {
        let site = self.site;
        let mut to = String::new();
        for (i, language) in site.config.languages.iter().enumerate() {
            to.clear();
            Urls::page_path_into(&mut to, &language.code, path);
            let href = if site.urls.offline() {
                Cow::Owned(self.href(from, &to))
            } else {
                Cow::Borrowed(to.as_str())
            };
            lists.language(
                language,
                self.lang.language().direction,
                &href,
                || site.urls.permalink(&to),
                (
                    i == self.lang.index(),
                    present.get(i).copied().unwrap_or(false),
                ),
            );
        }
    }

    /// What every page has around its content, from `current_path`.
    fn frame_around(
        &self,
        current_path: String,
        canonical: String,
        lists: FrameLists,
    ) -> Shell<'a> {
        let site = self.site;
        let nav = self.menu(&current_path, &site.config.navigation.main, true);
        Shell {
            nav_items: menu_items(&nav),
            nav,
            lang: LanguageContext::of(self.lang.language()),
            site: self.site_context(),
            canonical,
            alternate_links: lists.alternate_links,
            language_items: lists.language_items,
            alternates: lists.alternates,
            languages: lists.languages,
            footer: self.menu(&current_path, &site.config.navigation.footer, false),
            assets: self.asset_context(&current_path),
            home: self.href(&current_path, &self.path("")),
            enquiry_point: enquiry_point(self, &current_path),
            current_path,
        }
    }

    /// Breadcrumbs from the home page down to (not including) `page`.
    pub(crate) fn breadcrumbs(&self, from: &str, page: &Page) -> Vec<Link> {
        let mut breadcrumbs = Vec::new();
        let mut parent = page.parent.as_deref();
        while let Some(key) = parent {
            let Some(p) = self.site.page(key) else { break };
            breadcrumbs.push(self.link_to(from, p));
            parent = p.parent.as_deref();
        }
        breadcrumbs.reverse();
        breadcrumbs
    }

    /// The context of `version` of `page`.
    pub(crate) fn page_context(&self, page: &'a Page, version: &'a PageVersion) -> Context<'a> {
        let site = self.site;
        let lang = self.lang;
        let present: Vec<bool> = page
            .versions
            .iter()
            .map(|v| v.state != TranslationState::Missing)
            .collect();
        let shell = self.shell(&page.path, &present);
        let current_path = shell.current_path.clone();
        let original = &page.versions[0];
        let original_path = Urls::page_path(&original.lang, &page.path);
        let children = if page.kind.lists_children() {
            site.children(&page.key)
                .into_iter()
                .map(|child| {
                    let v = child.version(lang).unwrap_or(&child.versions[0]);
                    Child {
                        title: v.title.clone(),
                        lang: foreign_lang(v),
                        description: v.description.clone(),
                        href: self.href(&current_path, &self.path(&child.path)),
                        updated: v.updated,
                        section: child.kind.name() == "section",
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
        let breadcrumbs = self.breadcrumbs(&current_path, page);
        Context {
            page: PageContext {
                kind: page.kind.name().to_string(),
                key: page.key.clone(),
                title: version.title.clone(),
                description: version.description.clone(),
                content: version.html.clone(),
                headings: version.headings.clone(),
                date: page.date,
                updated: version.updated,
                effective: page.effective,
                state: state_name(version.state),
                content_lang: version.content_lang.clone(),
                content_dir: content_dir.as_str().to_string(),
                permalink: site.urls.permalink(&current_path),
                original_href: self.href(&current_path, &original_path),
                original_updated: original.updated.or(page.original_changed),
                extra: page.extra.clone(),
            },
            breadcrumb_items: crumb_items(&breadcrumbs),
            breadcrumbs,
            children,
            shell,
        }
    }
}

/// The menu entry that names the changes page, which is no content page.
pub(crate) const CHANGES_ENTRY: &str = crate::model::CHANGES_MENU_ENTRY;

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
/// The footer's link to the enquiry point, if the site has one.
pub(crate) fn enquiry_point(frame: &Frame<'_>, from: &str) -> Option<Link> {
    let entity = frame.site.entities.enquiry_point()?;
    let page = frame.site.page(&entity.page_key)?;
    Some(frame.link_to(from, page))
}

/// Where a top section stands in a menu kb makes: the tariff, then each
/// kind's index in the order of `ALL_KINDS` (as on the home page), then
/// every other page.
fn kind_rank(key: &str) -> usize {
    let Some(folder) = key.strip_suffix("/_index") else {
        return usize::MAX;
    };
    if folder == "tariff" {
        return 0;
    }
    crate::entities::ALL_KINDS
        .iter()
        .position(|k| k.folder() == folder)
        .map_or(usize::MAX, |i| i + 1)
}
