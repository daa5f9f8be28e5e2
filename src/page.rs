//! What a page of the site is, below every stage that reads pages: its
//! kind, its version in each language and whether that version is the
//! original, a translation, a stale one or missing. The model stage makes
//! them (`model::pages`); the tariff and the entities read them.

use std::path::PathBuf;

use jiff::civil::Date;

use crate::entity_kind::EntityKind;
use crate::lang::Lang;
use crate::markdown::Heading;

/// Every [`PageKind::search_kind`], in the order the search page's filter
/// offers them: what a trader looks for first.
pub const SEARCH_KINDS: [&str; 14] = [
    "tariff",
    "procedure",
    "fee",
    "measure",
    "tool",
    "legal",
    "form",
    "agency",
    "notice",
    "exchange-rate",
    "origin",
    "quota",
    "ruling",
    "page",
];

/// What a page is: one `match` on it chooses a page's template and its
/// kind's variables. Templates see it by [`PageKind::name`], which is also
/// what serde writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// `content/_index.md`.
    Home,
    /// A folder's `_index.md`.
    Section,
    /// `tariff/_index.md`: sections and chapters of the tariff.
    TariffIndex,
    /// `tariff/NN.md`: one chapter of the tariff.
    TariffChapter,
    /// A page of a kind of customs content: `fees/advance-ruling`.
    Entity(EntityKind),
    /// The index of a kind's folder: `fees/_index`.
    EntityIndex(EntityKind),
    /// `transparency.md`: the trade facilitation transparency page.
    Transparency,
    /// Any other page.
    Page,
}

impl PageKind {
    /// The kind of the page at content key `key`.
    pub fn of_key(key: &str) -> PageKind {
        if key == "_index" {
            PageKind::Home
        } else if key == "tariff/_index" {
            PageKind::TariffIndex
        } else if is_chapter_key(key) {
            PageKind::TariffChapter
        } else if let Some(kind) = EntityKind::of_key(key) {
            PageKind::Entity(kind)
        } else if let Some(kind) = EntityKind::of_index_key(key) {
            PageKind::EntityIndex(kind)
        } else if key.ends_with("/_index") {
            PageKind::Section
        } else if key == "transparency" {
            PageKind::Transparency
        } else {
            PageKind::Page
        }
    }

    /// The name templates and data see as `page.kind`: `home`, `section`,
    /// `tariff_index`, `tariff_chapter`, `page`. It names the layout
    /// family: a kind's index is a `section` (it lists its children), an
    /// entity and the transparency page are `page`s; `entity_kind` and the
    /// kind's own variables tell them apart.
    pub fn name(self) -> &'static str {
        match self {
            PageKind::Home => "home",
            PageKind::Section | PageKind::EntityIndex(_) => "section",
            PageKind::TariffIndex => "tariff_index",
            PageKind::TariffChapter => "tariff_chapter",
            PageKind::Entity(_) | PageKind::Transparency | PageKind::Page => "page",
        }
    }

    /// The kind a reader filters search results by: an entity's scheme
    /// (`fee`), `tariff` for the tariff's pages, `page` for the others.
    pub fn search_kind(self) -> &'static str {
        match self {
            PageKind::Entity(kind) => kind.scheme(),
            PageKind::TariffChapter | PageKind::TariffIndex => "tariff",
            _ => "page",
        }
    }

    /// The kind of customs content of an entity page.
    pub fn entity(self) -> Option<EntityKind> {
        match self {
            PageKind::Entity(kind) => Some(kind),
            _ => None,
        }
    }

    /// Whether the page lists the pages of its folder (`children`).
    pub fn lists_children(self) -> bool {
        matches!(
            self,
            PageKind::Home | PageKind::Section | PageKind::EntityIndex(_)
        )
    }

    /// The template that renders a page of this kind unless its front
    /// matter names another.
    pub fn template(self) -> String {
        match self {
            PageKind::Home => "home.html".into(),
            PageKind::Section => "section.html".into(),
            PageKind::Page => "page.html".into(),
            PageKind::TariffIndex => "tariff-index.html".into(),
            PageKind::TariffChapter => "tariff-chapter.html".into(),
            PageKind::Transparency => "transparency.html".into(),
            PageKind::Entity(
                kind @ (EntityKind::Procedure
                | EntityKind::Fee
                | EntityKind::Tool
                | EntityKind::ExchangeRate
                | EntityKind::Origin
                | EntityKind::Quota
                | EntityKind::Ruling),
            ) => format!("{}.html", kind.scheme()),
            PageKind::Entity(_) => "entity.html".into(),
            PageKind::EntityIndex(
                kind @ (EntityKind::Procedure
                | EntityKind::Fee
                | EntityKind::Tool
                | EntityKind::ExchangeRate),
            ) => format!("{}.html", kind.folder()),
            PageKind::EntityIndex(_) => "entities.html".into(),
        }
    }
}

impl serde::Serialize for PageKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// Whether `key` is a chapter of the tariff: `tariff/NN`.
pub fn is_chapter_key(key: &str) -> bool {
    key.strip_prefix("tariff/")
        .is_some_and(|n| n.len() == 2 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// How a language's version of a page relates to the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationState {
    /// The original, in the default language.
    Original,
    /// A current translation.
    Translated,
    /// A translation older than the original's last update.
    Stale,
    /// No translation: the original's content under this language's UI.
    Missing,
}

/// One page in one language.
#[derive(Debug, Clone)]
pub struct PageVersion {
    /// Language of the page's UI and URL.
    pub lang: String,
    /// Language the content is written in (the default language when missing).
    pub content_lang: String,
    /// Translation state.
    pub state: TranslationState,
    /// Title.
    pub title: String,
    /// Description, if given.
    pub description: Option<String>,
    /// Last update of this version.
    pub updated: Option<Date>,
    /// Old site paths that redirect here.
    pub aliases: Vec<String>,
    /// Words readers type for this page that it does not use itself
    /// (`search_terms = ["transit"]`): search finds it by them as by its
    /// title, and no page shows them.
    pub search_terms: Vec<String>,
    /// The body as HTML.
    pub html: String,
    /// The body's headings.
    pub headings: Vec<Heading>,
    /// The body as plain text.
    pub text: String,
    /// The file the content comes from.
    pub source: PathBuf,
    /// Index of the file in the corpus.
    pub(crate) file: usize,
}

/// A page in every language.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path under `content/` without language and extension.
    pub key: String,
    /// Path of the page under a language, `guides/valuation/`; empty for home.
    pub path: String,
    /// What the page is.
    pub kind: PageKind,
    /// Key of the section the page belongs to.
    pub parent: Option<String>,
    /// Order within its section, smaller first.
    pub weight: i64,
    /// Publication date.
    pub date: Option<Date>,
    /// Date from which what it says applies.
    pub effective: Option<Date>,
    /// Template to render it with, instead of the kind's default.
    pub template: Option<String>,
    /// TFA Art. 1 items the page publishes (`1.1(d)`), for the transparency index.
    pub tfa: Vec<String>,
    /// Free-form values for templates (`[extra]` of the original).
    pub extra: toml::Table,
    /// One version per configured language, in the configuration's order.
    pub versions: Vec<PageVersion>,
    /// The day of the original's last commit, when git made a translation
    /// stale (the original has no `updated` to say when it changed).
    pub original_changed: Option<Date>,
}

impl Page {
    /// The version in `lang` (every page has one per language, in the
    /// configuration's order; a missing translation is a version too).
    pub fn version(&self, lang: Lang<'_>) -> Option<&PageVersion> {
        self.versions.get(lang.index())
    }
}

#[cfg(test)]
mod tests {
    use super::PageKind;
    use crate::entity_kind::EntityKind;

    #[test]
    fn a_page_kind_has_one_name_for_templates_and_serde() {
        for kind in [
            PageKind::Home,
            PageKind::Section,
            PageKind::TariffIndex,
            PageKind::TariffChapter,
            PageKind::Entity(EntityKind::Fee),
            PageKind::EntityIndex(EntityKind::Fee),
            PageKind::Transparency,
            PageKind::Page,
        ] {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.name());
        }
    }

    #[test]
    fn a_content_key_chooses_the_kind_and_the_kind_the_template() {
        let cases = [
            ("_index", PageKind::Home, "home.html"),
            ("tariff/_index", PageKind::TariffIndex, "tariff-index.html"),
            ("tariff/09", PageKind::TariffChapter, "tariff-chapter.html"),
            ("tariff/notes", PageKind::Page, "page.html"),
            (
                "fees/_index",
                PageKind::EntityIndex(EntityKind::Fee),
                "fees.html",
            ),
            (
                "fees/storage",
                PageKind::Entity(EntityKind::Fee),
                "fee.html",
            ),
            (
                "legal/_index",
                PageKind::EntityIndex(EntityKind::Legal),
                "entities.html",
            ),
            (
                "legal/customs-law",
                PageKind::Entity(EntityKind::Legal),
                "entity.html",
            ),
            ("guides/_index", PageKind::Section, "section.html"),
            ("guides/valuation", PageKind::Page, "page.html"),
            ("transparency", PageKind::Transparency, "transparency.html"),
        ];
        for (key, kind, template) in cases {
            assert_eq!(PageKind::of_key(key), kind, "{key}");
            assert_eq!(kind.template(), template, "{key}");
        }
    }
}
