//! UI strings with Project Fluent; numbers in them, like dates and lists,
//! are written by [`crate::formats`] with ICU4X.
//!
//! Messages come from the binary's embedded `locales/` and then from the
//! site's own `locales/<lang>/*.ftl`, which override them message by message
//! (the site's `site.ftl` last, [`read_order`]). A message missing in a
//! language falls back to the default language. An id a site's folder
//! defines twice is a warning ([`duplicates`]); the messages of a site's file
//! still in kb's English are for `kb check` to count ([`untranslated`]).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

use crate::config::{Config, Direction};
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::formats::fluent_formatter;
pub use crate::formats::Formats;

mod cycles;
mod duplicates;
mod untranslated;

use cycles::reference_cycles;
use duplicates::duplicate_definitions;
pub use untranslated::{untranslated_files, UntranslatedFile, TO_TRANSLATE_NOTE};

/// One `.ftl` file: its language, path shown in errors, and text.
#[derive(Debug, Clone)]
pub struct LocaleFile {
    /// Language code (the folder name under `locales/`).
    pub lang: String,
    /// The file's text with the path shown in errors.
    pub source: SourceText,
    /// Whether the file is kb's own (embedded in the binary), not the site's.
    pub embedded: bool,
}

/// The name of the site's own file in each language folder, read after
/// the folder's other files so that what the editor writes there wins: a
/// hint that says "name it in locales/bn/site.ftl" must not lead to a
/// definition that `trader.ftl`, a copy `kb init` wrote, overrides.
pub(crate) const SITE_FILE: &str = "site.ftl";

/// Where `file` comes among the files of its folder: kb's embedded files,
/// then the site's in order of their names, its [`SITE_FILE`] last.
pub(crate) fn read_order(file: &LocaleFile) -> (bool, bool) {
    let site_file = file
        .source
        .path
        .file_name()
        .is_some_and(|name| name == SITE_FILE);
    (!file.embedded, !file.embedded && site_file)
}

/// The byte range, in `text`, of `name`, a slice of it (an identifier of a
/// Fluent AST parsed from `text`): the AST has no positions, but its
/// identifiers' addresses give them.
fn span_in(text: &str, name: &str) -> Option<std::ops::Range<usize>> {
    let start = (name.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let end = start + name.len();
    (end <= text.len()).then_some(start..end)
}

type Bundle = FluentBundle<FluentResource>;

/// Every language's UI messages.
pub struct Locales {
    default_language: String,
    bundles: BTreeMap<String, Bundle>,
    /// English, the reference locale every embedded message exists in: the
    /// last fallback, so a message missing in a site's languages (a Thai
    /// site whose `th` lacks a new message) is shown, never an error.
    /// `None` when English is one of the site's languages.
    english: Option<Bundle>,
    ids: BTreeMap<String, BTreeSet<String>>,
    /// Number and date formatters, made once per language: ICU4X
    /// formatters cost too much to make for every page.
    formats: BTreeMap<String, Arc<Formats>>,
    /// Texts made from messages once and then read ([`Locales::remember`]),
    /// by language and key.
    remembered: RwLock<FxHashMap<String, FxHashMap<String, String>>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales").field("ids", &self.ids).finish()
    }
}

/// A message that could not be formatted in any language.
#[derive(Debug, Clone, thiserror::Error)]
#[error("no Fluent message `{id}` in `{lang}` or the default language")]
pub struct MissingMessage {
    /// The message id.
    pub id: String,
    /// The language asked for.
    pub lang: String,
}

/// The reference locale: every embedded message exists in English.
const ENGLISH: &str = "en";

/// One language's bundle from `files` (later files override earlier ones
/// message by message), recording its message ids in `ids`.
fn load_bundle(
    code: &str,
    digits: &str,
    right_to_left: bool,
    files: &[LocaleFile],
    ids: &mut BTreeMap<String, BTreeSet<String>>,
    problems: &mut Diagnostics,
) -> Bundle {
    let langid: LanguageIdentifier = code
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // Isolation marks keep numbers and Latin names the right way round
    // inside right-to-left text; left-to-right text does not need them.
    bundle.set_use_isolating(right_to_left);
    bundle.set_formatter(Some(fluent_formatter(digits)));
    let mut resources = Vec::new();
    // The language's own files override its parent's (`ru` under `ru-KG`),
    // embedded then the site's at each step.
    let chain = crate::lang::fallback_chain(code);
    let mut own: Vec<(usize, &LocaleFile)> = files
        .iter()
        .filter_map(|f| Some((chain.iter().position(|c| *c == f.lang)?, f)))
        .collect();
    own.sort_by_key(|(step, file)| (*step, read_order(file)));
    for file in own.into_iter().map(|(_, f)| f) {
        let resource = match FluentResource::try_new(file.source.text.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(
                        Diagnostic::error("fluent", format!("Fluent syntax error: {}", e.kind))
                            .at(&file.source, e.pos.start, e.pos.end)
                            .hint("a message is `id = text`; continuation lines are indented; see projectfluent.org"),
                    );
                }
                r
            }
        };
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                ids.entry(code.to_string())
                    .or_default()
                    .insert(m.id.name.to_string());
            }
        }
        resources.push((file, resource));
    }
    // fluent-bundle only notices a cycle while formatting, and then
    // publishes `{id}` in its place: find them all now, as errors.
    for problem in reference_cycles(&resources) {
        problems.push(problem);
    }
    for problem in duplicate_definitions(code, &resources) {
        problems.push(problem);
    }
    for (_, resource) in resources {
        bundle.add_resource_overriding(resource);
    }
    bundle
}

impl Locales {
    /// Parses `files` in order (later files override earlier ones message
    /// by message) for each configured language.
    pub fn load(config: &Config, files: &[LocaleFile]) -> (Locales, Diagnostics) {
        let mut problems = Diagnostics::new();
        let mut bundles = BTreeMap::new();
        let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for language in &config.languages {
            let bundle = load_bundle(
                &language.code,
                &language.digits,
                language.direction == Direction::Rtl,
                files,
                &mut ids,
                &mut problems,
            );
            bundles.insert(language.code.clone(), bundle);
        }
        let english = (!bundles.contains_key(ENGLISH))
            .then(|| load_bundle(ENGLISH, "", false, files, &mut ids, &mut problems));
        let formats = config
            .languages
            .iter()
            .map(|l| (l.code.clone(), Formats::with_digits(&l.code, &l.digits)))
            .collect();
        let locales = Locales {
            default_language: config.default_language.clone(),
            bundles,
            english,
            ids,
            formats,
            remembered: RwLock::default(),
        };
        (locales, problems)
    }

    /// Formats message `id` in `lang`, falling back to the default language,
    /// then to English.
    pub fn format(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, MissingMessage> {
        // English last, from the site's own English when it has one: an
        // Amharic and English site once failed to build, the English
        // fallback being made only for sites without English.
        let chain = [lang, self.default_language.as_str(), ENGLISH]
            .into_iter()
            .filter_map(|code| self.bundles.get(code))
            .chain(self.english.as_ref());
        for bundle in chain {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                return Ok(text.into_owned());
            }
        }
        Err(MissingMessage {
            id: id.to_string(),
            lang: lang.to_string(),
        })
    }

    /// The text `make` gives for `key` in `lang`, made once for these
    /// locales and then read: a rate on thousands of pages (`20 %`) is
    /// formatted by Fluent once per language. `key` must name everything
    /// the text depends on besides the language and the messages.
    pub fn remember(&self, lang: &str, key: &str, make: impl FnOnce() -> String) -> String {
        let known = self
            .remembered
            .read()
            .ok()
            .and_then(|by_lang| by_lang.get(lang).and_then(|texts| texts.get(key)).cloned());
        if let Some(text) = known {
            return text;
        }
        let text = make();
        if let Ok(mut by_lang) = self.remembered.write() {
            by_lang
                .entry(lang.to_string())
                .or_default()
                .insert(key.to_string(), text.clone());
        }
        text
    }

    /// Message `id` in `lang` (with the same fallbacks as [`Locales::format`]),
    /// or the id itself where no language has it: what every page shows
    /// for a UI string. `kb check` lists the ids that fall through.
    pub fn text(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
        self.format(lang, id, args)
            .unwrap_or_else(|_| id.to_string())
    }

    /// Number and date formatters of `lang` (made on the spot for a
    /// language the site does not have).
    pub fn formats(&self, lang: &str) -> Arc<Formats> {
        self.formats
            .get(lang)
            .cloned()
            .unwrap_or_else(|| Formats::new(lang))
    }

    /// Message ids defined for `lang`.
    pub fn message_ids(&self, lang: &str) -> impl Iterator<Item = &str> {
        self.ids.get(lang).into_iter().flatten().map(String::as_str)
    }

    /// Ids that `lang` lacks of those its pages fall back to: the default
    /// language's and English's (the reference), sorted.
    pub fn missing_in(&self, lang: &str) -> Vec<String> {
        let own = self.ids.get(lang);
        let reference: BTreeSet<&str> = self
            .message_ids(&self.default_language)
            .chain(self.message_ids(ENGLISH))
            .collect();
        reference
            .into_iter()
            .filter(|id| own.is_none_or(|o| !o.contains(*id)))
            .map(str::to_string)
            .collect()
    }

    /// The language whose text a page in `lang` shows for message `id`:
    /// `lang` itself, the default language, or English.
    pub fn shown_in<'a>(&'a self, lang: &'a str, id: &str) -> &'a str {
        [lang, self.default_language.as_str()]
            .into_iter()
            .find(|code| self.ids.get(*code).is_some_and(|ids| ids.contains(id)))
            .unwrap_or(ENGLISH)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn config() -> Config {
        Config::parse(
            Path::new("."),
            "title = \"T\"\nbase_url = \"https://x.example\"\n[languages.en]\nname = \"English\"\n[languages.fr]\nname = \"Français\"\n",
        )
        .unwrap()
    }

    fn file(lang: &str, text: &str) -> LocaleFile {
        LocaleFile {
            lang: lang.into(),
            source: SourceText::new(format!("locales/{lang}/main.ftl"), text),
            embedded: false,
        }
    }

    #[test]
    fn french_says_none_for_zero_where_cldr_says_one() {
        let files = [
            file("en", include_str!("../../locales/en/main.ftl")),
            file("fr", include_str!("../../locales/fr/main.ftl")),
        ];
        let (locales, _) = Locales::load(&config(), &files);
        let steps = |n: i64| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            locales
                .format("fr", "procedure-steps-n", Some(&args))
                .unwrap()
        };
        assert_eq!(steps(0), "Aucune étape");
        assert_eq!(steps(1), "Une étape");
        assert_eq!(steps(3), "3 étapes");
    }

    #[test]
    fn plurals_and_numbers_follow_the_language() {
        let files = [
            file(
                "en",
                "pages = { $count ->\n    [one] one page\n   *[other] { $count } pages\n}\n",
            ),
            file(
                "fr",
                "pages = { $count ->\n    [one] { $count } page\n   *[other] { $count } pages\n}\n",
            ),
        ];
        let (locales, problems) = Locales::load(&config(), &files);
        assert!(problems.is_empty());
        let mut args = FluentArgs::new();
        args.set("count", 31842);
        assert_eq!(
            locales.format("en", "pages", Some(&args)).unwrap(),
            "31,842 pages"
        );
        assert_eq!(
            locales.format("fr", "pages", Some(&args)).unwrap(),
            "31\u{202f}842 pages"
        );
        args.set("count", 1);
        assert_eq!(
            locales.format("en", "pages", Some(&args)).unwrap(),
            "one page"
        );
    }

    #[test]
    fn missing_message_falls_back_to_the_default_language() {
        let files = [
            file("en", "hello = Hello\nbye = Bye\n"),
            file("fr", "hello = Bonjour\n"),
        ];
        let (locales, _) = Locales::load(&config(), &files);
        assert_eq!(locales.format("fr", "bye", None).unwrap(), "Bye");
        assert_eq!(locales.missing_in("fr"), ["bye"]);
        assert!(locales.format("fr", "nope", None).is_err());
    }

    #[test]
    fn a_language_falls_back_to_english_when_english_is_not_the_default() {
        // An Amharic and English site failed to build: the Amharic pages
        // looked for a message in Amharic, then in the default (Amharic),
        // and never in English, which the site had.
        let config = Config::parse(
            Path::new("."),
            "title = \"T\"\nbase_url = \"https://x.example\"\ndefault_language = \"am\"\n\
             [languages.am]\nname = \"አማርኛ\"\n[languages.om]\nname = \"Oromoo\"\n\
             [languages.en]\nname = \"English\"\n",
        )
        .unwrap();
        let files = [
            file("en", "hello = Hello\nbye = Bye\n"),
            file("am", "hello = ሰላም\n"),
        ];
        let (locales, _) = Locales::load(&config, &files);
        assert_eq!(locales.format("am", "bye", None).unwrap(), "Bye");
        assert_eq!(locales.format("om", "hello", None).unwrap(), "ሰላም");
        assert_eq!(locales.format("om", "bye", None).unwrap(), "Bye");
        assert_eq!(locales.missing_in("om"), ["bye", "hello"]);
        assert_eq!(locales.shown_in("om", "hello"), "am");
        assert_eq!(locales.shown_in("om", "bye"), "en");
    }

    #[test]
    fn later_files_override_message_by_message() {
        let files = [file("en", "a = A\nb = B\n"), file("en", "b = Site B\n")];
        let (locales, _) = Locales::load(&config(), &files);
        assert_eq!(locales.format("en", "a", None).unwrap(), "A");
        assert_eq!(locales.format("en", "b", None).unwrap(), "Site B");
    }

    /// The site's file `locales/{lang}/{name}`.
    fn site_file(lang: &str, name: &str, text: &str) -> LocaleFile {
        LocaleFile {
            lang: lang.into(),
            source: SourceText::new(format!("locales/{lang}/{name}"), text),
            embedded: false,
        }
    }

    #[test]
    fn site_ftl_wins_over_the_other_files_and_a_duplicate_is_named() {
        // Bangladesh: the editor's `site.ftl` lost to the `trader.ftl`
        // that kb init had copied, whose name sorts later.
        let embedded = LocaleFile {
            lang: "fr".into(),
            source: SourceText::new("(embedded) locales/fr/trader.ftl", "vat = TVA\n"),
            embedded: true,
        };
        let files = [
            embedded,
            site_file("fr", "site.ftl", "vat = Taxe sur la valeur ajoutée\n"),
            site_file(
                "fr",
                "trader.ftl",
                "# Copied\nvat = TVA\nother = Autre\nother = Encore\n",
            ),
        ];
        let (locales, problems) = Locales::load(&config(), &files);
        assert_eq!(
            locales.format("fr", "vat", None).unwrap(),
            "Taxe sur la valeur ajoutée"
        );
        assert_eq!(locales.format("fr", "other", None).unwrap(), "Encore");
        let found: Vec<(String, usize, String)> = problems
            .iter()
            .map(|d| {
                let path = d.path.as_ref().map(|p| p.display().to_string());
                (path.unwrap_or_default(), d.line, d.message.clone())
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "locales/fr/trader.ftl".to_string(),
                    3,
                    "the UI message `other` is defined twice in `fr`: locales/fr/trader.ftl, line 3, which pages do not show, and locales/fr/trader.ftl, line 4, which they show".to_string()
                ),
                (
                    "locales/fr/trader.ftl".to_string(),
                    2,
                    "the UI message `vat` is defined twice in `fr`: locales/fr/trader.ftl, line 2, which pages do not show, and locales/fr/site.ftl, line 1, which they show".to_string()
                ),
            ]
        );
    }

    #[test]
    fn fluent_syntax_error_has_a_position() {
        let (_, problems) = Locales::load(&config(), &[file("en", "ok = fine\nbroken\n")]);
        let d = problems.iter().next().expect("an error");
        assert_eq!(d.line, 2);
        assert!(d.path.as_ref().unwrap().ends_with("main.ftl"));
    }

    /// The errors of loading `files`, as `(path, line, message)`; the
    /// warnings for an id defined twice are left out.
    fn cycles(files: &[LocaleFile]) -> Vec<(String, usize, String)> {
        let (_, problems) = Locales::load(&config(), files);
        problems
            .iter()
            .filter(|d| d.is_error())
            .map(|d| {
                let path = d.path.as_ref().map(|p| p.display().to_string());
                (path.unwrap_or_default(), d.line, d.message.clone())
            })
            .collect()
    }

    #[test]
    fn a_message_that_refers_to_itself_is_an_error_at_its_line() {
        // Issue 13, item 11: fluent-bundle would publish `{a}` and carry on.
        let found = cycles(&[file("en", "ok = fine\na = Search { a }\n")]);
        assert_eq!(
            found,
            [(
                "locales/en/main.ftl".to_string(),
                2,
                "Fluent message `a` refers to itself".to_string()
            )]
        );
    }

    #[test]
    fn messages_and_terms_in_a_circle_are_one_error_each_circle() {
        let found = cycles(&[file(
            "en",
            "a = { b }\nb = x { $n ->\n    [one] { a }\n   *[other] y\n}\n-t = { -t }\n\
             c = { c.title }\n    .title = { c }\nd = { NUMBER(e) }\ne = { d }\n",
        )]);
        let messages: Vec<(usize, &str)> = found.iter().map(|(_, l, m)| (*l, m.as_str())).collect();
        assert_eq!(
            messages,
            [
                (1, "Fluent messages refer to each other: `a` → `b` → `a`"),
                (6, "Fluent term `-t` refers to itself"),
                (
                    7,
                    "Fluent messages refer to each other: `c` → `c.title` → `c`"
                ),
                (9, "Fluent messages refer to each other: `d` → `e` → `d`"),
            ]
        );
    }

    #[test]
    fn a_cycle_closed_by_an_override_is_reported_in_the_overriding_file() {
        let embedded = LocaleFile {
            lang: "en".into(),
            source: SourceText::new(
                "(embedded) locales/en/main.ftl",
                "search-label = Search\nsearch-button = { search-label }\n",
            ),
            embedded: true,
        };
        let found = cycles(&[
            embedded.clone(),
            file("en", "# Ours\nsearch-label = { search-button }\n"),
        ]);
        assert_eq!(
            found,
            [(
                "locales/en/main.ftl".to_string(),
                2,
                "Fluent messages refer to each other: `search-label` → `search-button` → `search-label`"
                    .to_string()
            )]
        );
        // An override can also break a cycle.
        assert!(cycles(&[file("en", "a = { b }\nb = { a }\n"), file("en", "b = B\n")]).is_empty());
    }

    #[test]
    fn references_without_a_cycle_are_fine() {
        let files = [file(
            "en",
            "-brand = Customs\n    .short = C\nname = { -brand.short ->\n    [C] { -brand }\n   *[other] x\n}\n\
             title = { name }: { name } { missing } { -nobody }\n\
             deep = {{{{ title }}}}\n",
        )];
        assert!(cycles(&files).is_empty());
        let (locales, _) = Locales::load(&config(), &files);
        assert_eq!(
            locales.format("en", "deep", None).unwrap(),
            "Customs: Customs {missing} {-nobody}"
        );
    }
}
