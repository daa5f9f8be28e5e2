//! UI strings with Project Fluent; numbers in them, like dates and lists,
//! are written by [`crate::formats`] with ICU4X.
//!
//! Messages come from the binary's embedded `locales/` and then from the
//! site's own `locales/<lang>/*.ftl`, which override them message by message.
//! A message missing in a language falls back to the default language.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::config::{Config, Direction};
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::formats::fluent_formatter;
pub use crate::formats::Formats;

/// One `.ftl` file: its language, path shown in errors, and text.
#[derive(Debug, Clone)]
pub struct LocaleFile {
    /// Language code (the folder name under `locales/`).
    pub lang: String,
    /// The file's text with the path shown in errors.
    pub source: SourceText,
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
    for file in files.iter().filter(|f| f.lang == code) {
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
        };
        (locales, problems)
    }

    /// Formats message `id` in `lang`, falling back to the default language.
    pub fn format(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, MissingMessage> {
        let chain = [lang, self.default_language.as_str()]
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

    /// Ids that `lang` lacks: those the default language defines, and, for
    /// the default language itself, those English (the reference) defines.
    pub fn missing_in(&self, lang: &str) -> Vec<String> {
        let own = self.ids.get(lang);
        let reference = if lang == self.default_language {
            ENGLISH
        } else {
            &self.default_language
        };
        self.message_ids(reference)
            .filter(|id| own.is_none_or(|o| !o.contains(*id)))
            .map(str::to_string)
            .collect()
    }
}

/// A pattern that a reference reaches: the value or one attribute of a
/// message or a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct PatternRef<'a> {
    term: bool,
    id: &'a str,
    attribute: Option<&'a str>,
}

impl std::fmt::Display for PatternRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let dash = if self.term { "-" } else { "" };
        match self.attribute {
            Some(attribute) => write!(f, "`{dash}{}.{attribute}`", self.id),
            None => write!(f, "`{dash}{}`", self.id),
        }
    }
}

/// A message or term as the bundle will hold it: the last file that
/// defines an id wins (`add_resource_overriding`), and messages and terms
/// share one namespace there, as they do here.
#[derive(Clone, Copy)]
enum Definition<'a> {
    Message(&'a ast::Message<&'a str>),
    Term(&'a ast::Term<&'a str>),
}

/// Where a pattern is defined: the file (an index into the resources) and
/// the identifier to point at.
struct Defined<'a> {
    file: usize,
    definition: Definition<'a>,
}

impl<'a> Defined<'a> {
    /// The pattern `reference` names in this definition, if it has one.
    fn pattern(&self, reference: &PatternRef<'_>) -> Option<&'a ast::Pattern<&'a str>> {
        let (value, attributes) = match self.definition {
            Definition::Message(m) if !reference.term => (m.value.as_ref(), &m.attributes),
            Definition::Term(t) if reference.term => (Some(&t.value), &t.attributes),
            _ => return None,
        };
        match reference.attribute {
            // Like fluent-bundle, the first attribute of that name.
            Some(name) => attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
            None => value,
        }
    }

    /// The identifier a diagnostic points at: the attribute's, or the
    /// message's or term's own.
    fn identifier(&self, reference: &PatternRef<'_>) -> &'a str {
        let (id, attributes) = match self.definition {
            Definition::Message(m) => (m.id.name, &m.attributes),
            Definition::Term(t) => (t.id.name, &t.attributes),
        };
        reference
            .attribute
            .and_then(|name| attributes.iter().find(|a| a.id.name == name))
            .map_or(id, |a| a.id.name)
    }
}

/// Every message and term reference a pattern may follow, in any variant
/// and any argument, each once, in order. Walked with a stack rather than
/// recursion: nesting depth is the editor's to choose.
fn references<'a>(pattern: &'a ast::Pattern<&'a str>) -> Vec<PatternRef<'a>> {
    enum Item<'a> {
        Pattern(&'a ast::Pattern<&'a str>),
        Expression(&'a ast::Expression<&'a str>),
        Inline(&'a ast::InlineExpression<&'a str>),
    }
    let mut found: Vec<PatternRef<'a>> = Vec::new();
    let mut stack = vec![Item::Pattern(pattern)];
    while let Some(item) = stack.pop() {
        match item {
            Item::Pattern(p) => {
                for element in p.elements.iter().rev() {
                    if let ast::PatternElement::Placeable { expression } = element {
                        stack.push(Item::Expression(expression));
                    }
                }
            }
            Item::Expression(ast::Expression::Select { selector, variants }) => {
                for variant in variants.iter().rev() {
                    stack.push(Item::Pattern(&variant.value));
                }
                stack.push(Item::Inline(selector));
            }
            Item::Expression(ast::Expression::Inline(inline)) => stack.push(Item::Inline(inline)),
            Item::Inline(inline) => {
                let (reference, arguments) = match inline {
                    ast::InlineExpression::MessageReference { id, attribute } => (
                        Some(PatternRef {
                            term: false,
                            id: id.name,
                            attribute: attribute.as_ref().map(|a| a.name),
                        }),
                        None,
                    ),
                    ast::InlineExpression::TermReference {
                        id,
                        attribute,
                        arguments,
                    } => (
                        Some(PatternRef {
                            term: true,
                            id: id.name,
                            attribute: attribute.as_ref().map(|a| a.name),
                        }),
                        arguments.as_ref(),
                    ),
                    ast::InlineExpression::FunctionReference { arguments, .. } => {
                        (None, Some(arguments))
                    }
                    ast::InlineExpression::Placeable { expression } => {
                        stack.push(Item::Expression(expression));
                        (None, None)
                    }
                    _ => (None, None),
                };
                if let Some(reference) = reference {
                    if !found.contains(&reference) {
                        found.push(reference);
                    }
                }
                if let Some(arguments) = arguments {
                    for named in arguments.named.iter().rev() {
                        stack.push(Item::Inline(&named.value));
                    }
                    for positional in arguments.positional.iter().rev() {
                        stack.push(Item::Inline(positional));
                    }
                }
            }
        }
    }
    found
}

/// Messages and terms that refer to themselves, directly (`a = { a }`) or
/// through others (`a = { b }`, `b = { a }`; `-t = { -t }`), among the
/// definitions one language's bundle will hold. fluent-bundle refuses to
/// enter a pattern it is already formatting, in whatever variant, so every
/// reference counts, whichever variant it is in. Each cycle is one error,
/// at the member defined in the latest file: the site's own file rather
/// than the embedded one its override closed a cycle with.
fn reference_cycles(resources: &[(&LocaleFile, FluentResource)]) -> Vec<Diagnostic> {
    let mut defined: HashMap<&str, Defined<'_>> = HashMap::new();
    let mut order = Vec::new();
    for (file, (_, resource)) in resources.iter().enumerate() {
        for entry in resource.entries() {
            let (id, definition) = match entry {
                ast::Entry::Message(m) => (m.id.name, Definition::Message(m)),
                ast::Entry::Term(t) => (t.id.name, Definition::Term(t)),
                _ => continue,
            };
            defined.insert(id, Defined { file, definition });
            order.push((id, file));
        }
    }
    // Every pattern of every definition that survived the overrides, in
    // file order, so that the report does not depend on hashing.
    let mut starts = Vec::new();
    for (id, file) in order {
        let Some(d) = defined.get(id).filter(|d| d.file == file) else {
            continue;
        };
        let (term, attributes) = match d.definition {
            Definition::Message(m) => (false, &m.attributes),
            Definition::Term(t) => (true, &t.attributes),
        };
        starts.push(PatternRef {
            term,
            id,
            attribute: None,
        });
        starts.extend(attributes.iter().map(|a| PatternRef {
            term,
            id,
            attribute: Some(a.id.name),
        }));
    }

    enum State {
        OnPath(usize),
        Done,
    }
    let mut state: HashMap<PatternRef<'_>, State> = HashMap::new();
    let mut problems = Vec::new();
    for start in starts {
        if state.contains_key(&start) {
            continue;
        }
        let Some(pattern) = defined.get(start.id).and_then(|d| d.pattern(&start)) else {
            continue;
        };
        // Depth-first, with the path and each pattern's references on a stack.
        let mut path = vec![(start, references(pattern), 0)];
        state.insert(start, State::OnPath(0));
        while let Some((node, refs, next)) = path.last_mut() {
            let Some(&target) = refs.get(*next) else {
                state.insert(*node, State::Done);
                path.pop();
                continue;
            };
            *next += 1;
            match state.get(&target) {
                Some(State::Done) => {}
                Some(State::OnPath(at)) => {
                    let cycle: Vec<PatternRef<'_>> = path[*at..].iter().map(|p| p.0).collect();
                    problems.push(cycle_error(&cycle, &defined, resources));
                }
                None => {
                    if let Some(pattern) = defined.get(target.id).and_then(|d| d.pattern(&target)) {
                        state.insert(target, State::OnPath(path.len()));
                        path.push((target, references(pattern), 0));
                    }
                }
            }
        }
    }
    problems
}

/// The error for one cycle, at the member defined in the latest file
/// (the first one in that file).
fn cycle_error(
    cycle: &[PatternRef<'_>],
    defined: &HashMap<&str, Defined<'_>>,
    resources: &[(&LocaleFile, FluentResource)],
) -> Diagnostic {
    // (file index, byte range of the identifier) of a member.
    let place = |r: &PatternRef<'_>| -> Option<(usize, Range<usize>)> {
        let d = defined.get(r.id)?;
        let text = resources[d.file].1.source();
        let name = d.identifier(r);
        // The AST borrows from the resource's copy of the file's text, so
        // the identifier's address gives its offset in the file.
        let start = (name.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
        let end = start + name.len();
        (end <= text.len()).then_some((d.file, start..end))
    };
    let placed = cycle
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some((i, place(r)?)))
        .max_by_key(|(_, (file, range))| (*file, std::cmp::Reverse(range.start)));
    let from = placed.as_ref().map_or(0, |(i, _)| *i);
    let head = cycle[from];
    let message = if cycle.len() == 1 {
        let kind = if head.term { "term" } else { "message" };
        format!("Fluent {kind} {head} refers to itself")
    } else {
        let chain: Vec<String> = cycle[from..]
            .iter()
            .chain(&cycle[..=from])
            .map(ToString::to_string)
            .collect();
        format!("Fluent messages refer to each other: {}", chain.join(" → "))
    };
    let mut d = Diagnostic::error("fluent", message);
    if let Some((_, (file, range))) = placed {
        d = d.at(&resources[file].0.source, range.start, range.end);
    }
    d.hint("a message cannot use itself, directly or through other messages or terms: write out the text of one of them instead of referring to it")
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
        }
    }

    #[test]
    fn french_says_none_for_zero_where_cldr_says_one() {
        let files = [
            file("en", include_str!("../locales/en/main.ftl")),
            file("fr", include_str!("../locales/fr/main.ftl")),
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
    fn later_files_override_message_by_message() {
        let files = [file("en", "a = A\nb = B\n"), file("en", "b = Site B\n")];
        let (locales, _) = Locales::load(&config(), &files);
        assert_eq!(locales.format("en", "a", None).unwrap(), "A");
        assert_eq!(locales.format("en", "b", None).unwrap(), "Site B");
    }

    #[test]
    fn fluent_syntax_error_has_a_position() {
        let (_, problems) = Locales::load(&config(), &[file("en", "ok = fine\nbroken\n")]);
        let d = problems.iter().next().expect("an error");
        assert_eq!(d.line, 2);
        assert!(d.path.as_ref().unwrap().ends_with("main.ftl"));
    }

    /// The errors of loading `files`, as `(path, line, message)`.
    fn cycles(files: &[LocaleFile]) -> Vec<(String, usize, String)> {
        let (_, problems) = Locales::load(&config(), files);
        problems
            .iter()
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
