//! [`Lang`]: the one way a language of the site is passed around.
//!
//! A language has two faces: its position in kb.toml's list (which is also
//! the index of a page's versions and of a tariff code's descriptions) and
//! its BCP 47 code (file names, URLs, UI strings). Passing them separately
//! let them drift apart; a `Lang` carries both, and is `Copy`.

use std::fmt;

use crate::config::{Config, Direction, Language};

/// A language of the site: its position in the configuration and its
/// settings, borrowed from the [`Config`].
#[derive(Clone, Copy)]
pub struct Lang<'s> {
    index: usize,
    language: &'s Language,
}

impl<'s> Lang<'s> {
    /// Position in kb.toml's list: 0 is the default language. Page
    /// versions and tariff descriptions are stored in this order.
    pub fn index(self) -> usize {
        self.index
    }

    /// BCP 47 code (`fr`, `zh-Hans`).
    pub fn code(self) -> &'s str {
        &self.language.code
    }

    /// Everything kb.toml says of this language.
    pub fn language(self) -> &'s Language {
        self.language
    }

    /// Writing direction.
    pub fn direction(self) -> Direction {
        self.language.direction
    }

    /// Whether this is the site's default language, the one originals are
    /// written in.
    pub fn is_default(self) -> bool {
        self.index == 0
    }
}

impl PartialEq for Lang<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
    }
}

impl Eq for Lang<'_> {}

impl fmt::Debug for Lang<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({} {})", self.index, self.language.code)
    }
}

impl fmt::Display for Lang<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.language.code)
    }
}

/// A language code without its script or region (`ru` for `ru-KG`, `zh`
/// for `zh-Hans`): what a stemmer, little words, word segmentation or a
/// writing direction depend on.
pub fn base_language(code: &str) -> &str {
    code.split('-').next().unwrap_or(code)
}

/// The codes a language's UI strings are sought under, the most general
/// first: `ru` then `ru-KG`; `zh`, `zh-Hans`, then `zh-Hans-CN`. A site in
/// Kyrgyzstan's Russian (`ru-KG`) gets kb's Russian messages (search takes
/// the language's stemmer alike, `search::analysis::base_language`), and
/// ICU4X formats by `ru-KG` itself (`сом` for KGS, where `ru` writes `KGS`).
pub fn fallback_chain(code: &str) -> Vec<&str> {
    let mut chain: Vec<&str> = code.match_indices('-').map(|(i, _)| &code[..i]).collect();
    chain.push(code);
    chain
}

impl Config {
    /// Every language of the site, the default first.
    pub fn langs(&self) -> impl ExactSizeIterator<Item = Lang<'_>> + '_ {
        self.languages
            .iter()
            .enumerate()
            .map(|(index, language)| Lang { index, language })
    }

    /// The language with this code, if the site has it.
    pub fn lang(&self, code: &str) -> Option<Lang<'_>> {
        self.langs().find(|l| l.code() == code)
    }

    /// The language at this position of kb.toml's list, if there is one.
    pub fn lang_at(&self, index: usize) -> Option<Lang<'_>> {
        self.languages
            .get(index)
            .map(|language| Lang { index, language })
    }

    /// The default language (a configuration always has one).
    pub fn default_lang(&self) -> Option<Lang<'_>> {
        self.lang_at(0)
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn config() -> Config {
        let text = "title = \"T\"\nbase_url = \"https://x.test\"\ndefault_language = \"fr\"\n\
                    [languages.fr]\nname = \"Français\"\n[languages.ar]\nname = \"العربية\"\n\
                    direction = \"rtl\"\n[languages.en]\nname = \"English\"\n";
        Config::parse(std::path::Path::new("/site"), text).expect("a valid kb.toml")
    }

    #[test]
    fn languages_come_default_first_with_their_position_and_code_together() {
        let config = config();
        let langs: Vec<(usize, &str)> = config.langs().map(|l| (l.index(), l.code())).collect();
        assert_eq!(langs, [(0, "fr"), (1, "ar"), (2, "en")]);
        assert!(config
            .default_lang()
            .is_some_and(|l| l.is_default() && l.code() == "fr"));
    }

    #[test]
    fn a_regional_language_falls_back_to_its_language_then_its_script() {
        use super::fallback_chain;
        assert_eq!(fallback_chain("ru-KG"), ["ru", "ru-KG"]);
        assert_eq!(
            fallback_chain("zh-Hans-CN"),
            ["zh", "zh-Hans", "zh-Hans-CN"]
        );
        assert_eq!(fallback_chain("fr"), ["fr"]);
    }

    #[test]
    fn a_language_is_found_by_code_or_position_and_is_the_same_either_way() {
        let config = config();
        let ar = config.lang("ar").expect("ar is configured");
        assert_eq!(Some(ar), config.lang_at(1));
        assert_eq!(ar.direction(), crate::config::Direction::Rtl);
        assert_eq!(ar.to_string(), "ar");
        assert!(!ar.is_default());
        assert!(config.lang("de").is_none());
        assert!(config.lang_at(3).is_none());
    }
}
