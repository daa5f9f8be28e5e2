//! What a page of the site is, below every stage that reads pages: its
//! kind, its version in each language and whether that version is the
//! original, a translation, a stale one or missing. The model stage makes
//! them (`model::pages`); the tariff and the entities read them.

use std::path::PathBuf;

use crate::lang::Lang;
use crate::markdown::Heading;

/// What a page is. Templates see it by [`PageKind::name`], the same
/// name serde writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// `content/_index.md`.
    Home,
    /// A folder's `_index.md`.
    Section,
    /// `tariff/_index.md`: sections and chapters of the tariff.
    TariffIndex,
    /// `tariff/NN.md`: one chapter of the tariff.
    TariffChapter,
    /// Any other page.
    Page,
}

impl PageKind {
    /// The name templates and data see: `home`, `section`, `tariff_index`,
    /// `tariff_chapter`, `page`.
    pub fn name(self) -> &'static str {
        match self {
            PageKind::Home => "home",
            PageKind::Section => "section",
            PageKind::TariffIndex => "tariff_index",
            PageKind::TariffChapter => "tariff_chapter",
            PageKind::Page => "page",
        }
    }
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
    /// Last update of this version (`YYYY-MM-DD`).
    pub updated: Option<String>,
    /// Old site paths that redirect here.
    pub aliases: Vec<String>,
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
    /// Publication date (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// Date from which what it says applies.
    pub effective: Option<String>,
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
    pub original_changed: Option<String>,
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

    #[test]
    fn a_page_kind_has_one_name_for_templates_and_serde() {
        for kind in [
            PageKind::Home,
            PageKind::Section,
            PageKind::TariffIndex,
            PageKind::TariffChapter,
            PageKind::Page,
        ] {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.name());
        }
    }
}
