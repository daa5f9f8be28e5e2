//! Search terms: the words traders type for a code, which its legal
//! description does not use (`mobile phone` for 8517.13, "smartphones";
//! `solar panel` for 8541.43, "photovoltaic cells assembled in modules").
//! A chapter's file lists them by code in its front matter, each language
//! in its own file; search finds the code by them as by its description,
//! and no page shows them.

use toml::de::{DeTable, DeValue};

use crate::content::ContentFile;
use crate::diagnostics::{Diagnostic, Diagnostics};

use super::chapter::ChapterCodes;
use super::normalise_code;

/// The front matter key, a table: a code of the chapter, and its terms.
pub const KEY: &str = "search_terms";

/// Reads `[search_terms]` of `file`, a version of chapter `number` in
/// language `lang` (of `languages`), into its codes in `codes`. A code the
/// chapter does not have, or a value that is not a list of words, is an
/// error at its place in the file.
pub(super) fn read_search_terms(
    file: &ContentFile,
    number: &str,
    lang: usize,
    languages: usize,
    codes: &mut ChapterCodes,
    problems: &mut Diagnostics,
) {
    let Ok(front) = DeTable::parse(file.front_text()) else {
        return;
    };
    let Some(value) = front.get_ref().get(KEY) else {
        return;
    };
    let at =
        |span: std::ops::Range<usize>| (file.front.start + span.start, file.front.start + span.end);
    let DeValue::Table(table) = value.get_ref() else {
        let (start, end) = at(value.span());
        problems.push(
            Diagnostic::error("front-matter", format!("`{KEY}` is not a table"))
                .at(&file.source, start, end)
                .hint(format!(
                    "write it as a table of codes: [{KEY}] then \"8517.13\" = [\"mobile phone\"]"
                )),
        );
        return;
    };
    for (code, terms) in table.iter() {
        let written: &str = code.get_ref();
        let digits = normalise_code(written);
        let index = codes
            .by_digits
            .get(&digits)
            .copied()
            .filter(|_| digits.starts_with(number));
        let Some(index) = index else {
            let (start, end) = at(code.span());
            problems.push(
                Diagnostic::error(
                    "tariff",
                    format!(
                        "`{KEY}` names {written}, which chapter {number}'s table does not have"
                    ),
                )
                .at(&file.source, start, end)
                .hint("name a heading, subheading or line of this chapter's table"),
            );
            continue;
        };
        let Some(words) = word_list(terms.get_ref()) else {
            let (start, end) = at(terms.span());
            problems.push(
                Diagnostic::error(
                    "front-matter",
                    format!("the search terms of {written} are not a list of words"),
                )
                .at(&file.source, start, end)
                .hint("write them as a list of strings: [\"mobile phone\", \"cell phone\"]"),
            );
            continue;
        };
        let code = &mut codes.codes[index];
        code.search_terms.resize(languages, Vec::new());
        code.search_terms[lang].extend(words);
    }
}

/// The non-blank strings of an array of strings; `None` for anything else.
fn word_list(value: &DeValue<'_>) -> Option<Vec<String>> {
    let DeValue::Array(items) = value else {
        return None;
    };
    let mut words = Vec::new();
    for item in items.iter() {
        let text = item.get_ref().as_str()?.trim();
        if text.is_empty() {
            return None;
        }
        words.push(text.to_string());
    }
    Some(words)
}
