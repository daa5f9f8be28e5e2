//! `[navigation]` of kb.toml: the menus, and how many languages the
//! header's switcher lists in a row before it folds them.

use serde::Deserialize;

use super::Config;

/// `[navigation]`: the menus, as content paths (`about`, `guides`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NavigationConfig {
    /// The header menu; empty means every top-level page and section.
    pub main: Vec<String>,
    /// Links in every page's footer.
    pub footer: Vec<String>,
    /// The most languages the header lists in a row. A site with more
    /// folds them under the current language's name (a `<details>`
    /// disclosure): 24 names in a row fill a phone's first screen before
    /// the rate a trader came for.
    pub languages_inline: usize,
}

/// Up to six languages sit in the header's row; a seventh folds them.
const LANGUAGES_INLINE: usize = 6;

impl Default for NavigationConfig {
    fn default() -> Self {
        NavigationConfig {
            main: Vec::new(),
            footer: Vec::new(),
            languages_inline: LANGUAGES_INLINE,
        }
    }
}

impl Config {
    /// Whether the header folds the language switcher under the current
    /// language's name (more languages than `[navigation]
    /// languages_inline`).
    pub fn languages_folded(&self) -> bool {
        self.languages.len() > self.navigation.languages_inline
    }
}
