//! Messages of a site's own locale files that are still kb's English: `kb
//! init --lang sw` copies kb's English files into `locales/sw/` for the
//! editor to translate, and until then every one of their messages is
//! defined, so none is missing, and pages in `sw` show English. `kb check`
//! counts them ([`untranslated_files`]) and warns once per file.
//!
//! A message is untranslated when its text (value and attributes) is
//! exactly kb's English for the same id, in a language that is not
//! English, and it is the definition pages show. Words that are rightly
//! the same in both (`PDF`, `HS`, a brand) must not flood the report, so a
//! file counts only when it still carries the note `kb init` heads it
//! with ([`TO_TRANSLATE_NOTE`]), or when more than half of its messages,
//! and at least [`MANY`], are kb's English. A message with no words of its
//! own (`money = { $money }`) has nothing to translate and never counts.

use std::collections::BTreeMap;
use std::ops::Range;

use fluent_syntax::ast;

use crate::diagnostics::{Diagnostic, SourceText};

use super::{read_order, span_in, LocaleFile, ENGLISH};

/// How the note `kb init` heads a copy of kb's English files with begins.
pub const TO_TRANSLATE_NOTE: &str = "# kb's English UI strings, to translate into";

/// The fewest messages still in English that make a file without the note
/// count, when they are more than half of it: a short file of brand
/// names and abbreviations does not.
const MANY: usize = 5;

/// A site's locale file whose messages are, in part, still kb's English.
#[derive(Debug, Clone)]
pub struct UntranslatedFile {
    /// The language (the folder under `locales/`).
    pub lang: String,
    /// The file.
    pub source: SourceText,
    /// The ids still in English, in the order of the file.
    pub ids: Vec<String>,
    /// Where the first of them is defined.
    first: Range<usize>,
    /// Whether the file still carries kb init's note to translate it.
    noted: bool,
}

impl UntranslatedFile {
    /// The warning `kb check` gives: how many, in which file, at the first.
    pub fn warning(&self) -> Diagnostic {
        let path = self.source.path.display();
        let hint = if self.noted {
            format!(
                "translate them in {path}, keeping each id and {{ $placeholders }}; then delete the note kb init wrote at its top: a message that is right in English as it is (`PDF`) then no longer counts"
            )
        } else {
            format!("translate them in {path}, keeping each id and {{ $placeholders }}")
        };
        Diagnostic::warning(
            "fluent-untranslated",
            format!(
                "{} UI message(s) in {path} are still kb's English, not translated into `{}`: {}",
                self.ids.len(),
                self.lang,
                first_few(&self.ids)
            ),
        )
        .at(&self.source, self.first.start, self.first.end)
        .hint(hint)
    }
}

/// The first ids of a long list, and how many more.
fn first_few(ids: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = ids
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > SHOWN {
        text.push_str(&format!(" and {} more", ids.len() - SHOWN));
    }
    text
}

/// The site's files in `languages` (those that are not English) whose
/// messages are still kb's English, in the order the languages and their
/// files are read.
pub fn untranslated_files(files: &[LocaleFile], languages: &[&str]) -> Vec<UntranslatedFile> {
    let english: Vec<ast::Resource<&str>> = files
        .iter()
        .filter(|f| f.embedded && f.lang == ENGLISH)
        .map(|f| parse(&f.source.text))
        .collect();
    let reference: BTreeMap<&str, &ast::Message<&str>> = english
        .iter()
        .flat_map(|r| &r.body)
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) if has_words(m) => Some((m.id.name, m)),
            _ => None,
        })
        .collect();
    let mut found = Vec::new();
    for &lang in languages {
        if crate::lang::base_language(lang) == ENGLISH {
            continue;
        }
        let mut own: Vec<&LocaleFile> = files
            .iter()
            .filter(|f| !f.embedded && f.lang == lang)
            .collect();
        own.sort_by_key(|f| read_order(f));
        found.extend(untranslated_in(&own, &reference));
    }
    found
}

/// The files of one language's folder, in the order they are read, that
/// count as untranslated against kb's English `reference`.
fn untranslated_in(
    own: &[&LocaleFile],
    reference: &BTreeMap<&str, &ast::Message<&str>>,
) -> Vec<UntranslatedFile> {
    let parsed: Vec<ast::Resource<&str>> = own.iter().map(|f| parse(&f.source.text)).collect();
    // The definition pages show: the last, by file and place in it.
    let mut shown: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (file, resource) in parsed.iter().enumerate() {
        for (place, entry) in resource.body.iter().enumerate() {
            if let ast::Entry::Message(m) = entry {
                shown.insert(m.id.name, (file, place));
            }
        }
    }
    let mut found = Vec::new();
    for (file, resource) in parsed.iter().enumerate() {
        let source = &own[file].source;
        let mut messages = 0;
        let mut english = Vec::new();
        for (place, entry) in resource.body.iter().enumerate() {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            messages += 1;
            let is_shown = shown.get(m.id.name) == Some(&(file, place));
            let is_english = reference
                .get(m.id.name)
                .is_some_and(|en| en.value == m.value && en.attributes == m.attributes);
            if is_shown && is_english {
                english.push(m.id.name);
            }
        }
        let noted = source
            .text
            .lines()
            .any(|line| line.starts_with(TO_TRANSLATE_NOTE));
        let counts = noted || (english.len() * 2 > messages && english.len() >= MANY);
        let first = english.first().and_then(|name| span_in(&source.text, name));
        if let (true, Some(first)) = (counts, first) {
            found.push(UntranslatedFile {
                lang: own[file].lang.clone(),
                source: source.clone(),
                ids: english.iter().map(|id| id.to_string()).collect(),
                first,
                noted,
            });
        }
    }
    found
}

/// The file's messages, as far as they parse (a syntax error is the
/// bundle's to report).
fn parse(text: &str) -> ast::Resource<&str> {
    fluent_syntax::parser::parse(text).unwrap_or_else(|(resource, _)| resource)
}

/// Whether a message of kb's English has words to translate: text with a
/// letter, not only placeables and signs (`{ $label }: { $value }`).
fn has_words(message: &ast::Message<&str>) -> bool {
    message
        .value
        .iter()
        .chain(message.attributes.iter().map(|a| &a.value))
        .any(pattern_has_words)
}

/// Whether `pattern`, or a variant of a select in it, has a letter.
/// Recursive: kb's own English messages nest a select or two at most.
fn pattern_has_words(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().any(|element| match element {
        ast::PatternElement::TextElement { value } => value.chars().any(char::is_alphabetic),
        ast::PatternElement::Placeable { expression } => expression_has_words(expression),
    })
}

fn expression_has_words(expression: &ast::Expression<&str>) -> bool {
    match expression {
        ast::Expression::Select { variants, .. } => {
            variants.iter().any(|v| pattern_has_words(&v.value))
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_has_words(expression)
        }
        ast::Expression::Inline(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH_FILE: &str =
        "search-button = Search\nformat-pdf = PDF\nhs = HS\nmoney = { $money }\n\
        tariff-lines = Tariff lines\nfees = Fees\nprocedures = Procedures\nhome = Home\n";

    fn english() -> LocaleFile {
        LocaleFile {
            lang: "en".into(),
            source: SourceText::new("(embedded) locales/en/main.ftl", ENGLISH_FILE),
            embedded: true,
        }
    }

    fn site_file(lang: &str, name: &str, text: &str) -> LocaleFile {
        LocaleFile {
            lang: lang.into(),
            source: SourceText::new(format!("locales/{lang}/{name}"), text),
            embedded: false,
        }
    }

    /// The untranslated ids found in each file, by path.
    fn found(files: &[LocaleFile], languages: &[&str]) -> Vec<(String, Vec<String>)> {
        untranslated_files(files, languages)
            .into_iter()
            .map(|f| (f.source.path.display().to_string(), f.ids))
            .collect()
    }

    #[test]
    fn a_copy_kb_init_wrote_counts_every_message_with_words() {
        let copy = format!("{TO_TRANSLATE_NOTE} `sw`: keep each id\n\n{ENGLISH_FILE}");
        let files = [english(), site_file("sw", "main.ftl", &copy)];
        let all = [
            "search-button",
            "format-pdf",
            "hs",
            "tariff-lines",
            "fees",
            "procedures",
            "home",
        ];
        assert_eq!(
            found(&files, &["sw"]),
            [(
                "locales/sw/main.ftl".to_string(),
                all.map(String::from).to_vec()
            )]
        );
        let warning = untranslated_files(&files, &["sw"])[0].warning();
        assert_eq!(warning.line, 3);
        assert!(warning.message.starts_with("7 UI message(s) in locales/sw/main.ftl are still kb's English, not translated into `sw`: search-button, format-pdf, hs, tariff-lines, fees and 2 more"), "{}", warning.message);
        // English, or a region of it, is not untranslated.
        assert!(found(
            &[english(), site_file("en-IN", "main.ftl", &copy)],
            &["en-IN"]
        )
        .is_empty());
    }

    #[test]
    fn words_rightly_the_same_in_english_do_not_count_without_the_note() {
        // Two abbreviations among a translated file's messages.
        let few = "search-button = Tafuta\nformat-pdf = PDF\nhs = HS\n";
        assert!(found(&[english(), site_file("sw", "site.ftl", few)], &["sw"]).is_empty());
        // More than half, and many: a copy without the note still counts.
        let most =
            "search-button = Search\nformat-pdf = PDF\nhs = HS\ntariff-lines = Tariff lines\n\
                    fees = Fees\nhome = Nyumbani\n";
        assert_eq!(
            found(&[english(), site_file("sw", "main.ftl", most)], &["sw"]).len(),
            1
        );
    }

    #[test]
    fn a_message_a_later_file_translates_does_not_count() {
        let copy = format!("{TO_TRANSLATE_NOTE} `sw`\nsearch-button = Search\nfees = Fees\n");
        let files = [
            english(),
            site_file("sw", "main.ftl", &copy),
            site_file("sw", "site.ftl", "search-button = Tafuta\n"),
        ];
        assert_eq!(
            found(&files, &["sw"]),
            [("locales/sw/main.ftl".to_string(), vec!["fees".to_string()])]
        );
    }
}
