//! The search terms column of `kb import tariff`: the words traders type
//! for a code ([`crate::tariff::terms`]), kept in a spreadsheet beside the
//! codes, as administrations keep their search references. The import
//! writes them into the `[search_terms]` table of each chapter file's
//! front matter, in place of the one there, and leaves the rest of the
//! front matter as it was written.

use std::path::Path;

use toml::de::{DeTable, DeValue};

use crate::content::split_front_matter;
use crate::diagnostics::{Diagnostic, SourceText};
use crate::tariff::terms::KEY;

/// The headers a search terms column may have, folded
/// ([`super::headers::folded`]): `search terms`, `search_terms`,
/// `Search references`, `keywords`.
pub(super) const HEADERS: &[&str] = &["searchterms", "searchreferences", "keywords"];

/// The terms of a CSV cell: `mobile phone; cell phone` gives two, in
/// their order, each once; blanks are dropped.
pub(super) fn terms_of_cell(cell: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for term in cell.split(';').map(str::trim).filter(|t| !t.is_empty()) {
        if !terms.iter().any(|t| t == term) {
            terms.push(term.to_string());
        }
    }
    terms
}

/// The `[search_terms]` table of `codes` (each a code as the table writes
/// it, and its terms), or nothing when no code has any. A code on two rows
/// (which `kb check` reports) is one key with the terms of both: a key
/// written twice would make the whole front matter unreadable.
pub(super) fn terms_table(codes: &[(String, Vec<String>)]) -> String {
    let mut merged: Vec<(&str, Vec<&str>)> = Vec::new();
    for (code, terms) in codes.iter().filter(|(_, terms)| !terms.is_empty()) {
        let at = match merged.iter().position(|(c, _)| c == code) {
            Some(at) => at,
            None => {
                merged.push((code, Vec::new()));
                merged.len() - 1
            }
        };
        for term in terms {
            if !merged[at].1.contains(&term.as_str()) {
                merged[at].1.push(term);
            }
        }
    }
    let mut table = String::new();
    for (code, terms) in merged {
        if table.is_empty() {
            table.push_str(&format!("[{KEY}]\n"));
        }
        let list: Vec<String> = terms.iter().map(|t| super::toml_string(t)).collect();
        table.push_str(&format!("\"{code}\" = [{}]\n", list.join(", ")));
    }
    table
}

/// `text`, a chapter file, with `table` (from [`terms_table`]) as the
/// `[search_terms]` table of its front matter: in place of the one it
/// has, or after its other keys. A file whose front matter cannot be read,
/// or holds the terms in another form (an inline table, dotted keys), is
/// an error: the import would not know what to replace.
pub(super) fn replace_terms(path: &Path, text: &str, table: &str) -> Result<String, Diagnostic> {
    let source = SourceText::new(path, text.to_string());
    let (front, _) = split_front_matter(&source)?;
    let front_text = &text[front.clone()];
    let parsed = DeTable::parse(front_text).map_err(|e| {
        Diagnostic::error(
            "import",
            format!(
                "the front matter of {} is not valid TOML: {e}",
                path.display()
            ),
        )
        .hint("correct it (kb check shows where), then import again")
    })?;
    let Some(existing) = parsed.get_ref().get(KEY) else {
        return Ok(format!(
            "{}{table}{}",
            &text[..front.end],
            &text[front.end..]
        ));
    };
    let header =
        header_line(front_text).filter(|_| matches!(existing.get_ref(), DeValue::Table(_)));
    let Some(header) = header else {
        let (start, end) = (
            front.start + existing.span().start,
            front.start + existing.span().end,
        );
        return Err(Diagnostic::error(
            "import",
            format!("`{KEY}` is not written as a `[{KEY}]` table, so the import cannot replace it"),
        )
        .at(&source, start, end)
        .hint(format!(
            "write it as a table: a line [{KEY}], then one line per code"
        )));
    };
    // The table ends with the line of its last value.
    let DeValue::Table(entries) = existing.get_ref() else {
        unreachable!("checked above");
    };
    let last = entries
        .iter()
        .map(|(_, value)| value.span().end)
        .max()
        .unwrap_or(header.end);
    let end = front_text[last..]
        .find('\n')
        .map_or(front_text.len(), |i| last + i + 1)
        .max(header.end);
    Ok(format!(
        "{}{table}{}",
        &text[..front.start + header.start],
        &text[front.start + end..]
    ))
}

/// The range of the line `[search_terms]` in `front`, its line ending
/// included.
fn header_line(front: &str) -> Option<std::ops::Range<usize>> {
    let mut offset = 0;
    for line in front.split_inclusive('\n') {
        let bare: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        let bare = bare.split('#').next().unwrap_or("");
        if bare == format!("[{KEY}]") {
            return Some(offset..offset + line.len());
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "+++\ntitle = \"Electrical machinery\" # kept\nsection = \"XVI\"\n[search_terms]\n\"8517.13\" = [\n  \"cell phone\",\n]\n+++\n\n| Code | Description |\n";

    fn table() -> String {
        terms_table(&[
            ("85.17".into(), vec![]),
            (
                "8517.13".into(),
                terms_of_cell("mobile phone; handphone;; mobile phone"),
            ),
        ])
    }

    #[test]
    fn a_cell_gives_each_term_once_in_order() {
        assert_eq!(
            table(),
            "[search_terms]\n\"8517.13\" = [\"mobile phone\", \"handphone\"]\n"
        );
        assert_eq!(terms_table(&[("85.17".into(), vec![])]), "");
        let twice = terms_table(&[
            ("8517.13".into(), vec!["mobile phone".into()]),
            (
                "8517.13".into(),
                vec!["handphone".into(), "mobile phone".into()],
            ),
        ]);
        assert_eq!(
            twice,
            "[search_terms]\n\"8517.13\" = [\"mobile phone\", \"handphone\"]\n"
        );
    }

    #[test]
    fn the_table_is_replaced_and_the_rest_kept() {
        let new = replace_terms(Path::new("85.md"), FILE, &table()).unwrap();
        assert_eq!(
            new,
            "+++\ntitle = \"Electrical machinery\" # kept\nsection = \"XVI\"\n[search_terms]\n\"8517.13\" = [\"mobile phone\", \"handphone\"]\n+++\n\n| Code | Description |\n"
        );
        assert_eq!(
            replace_terms(Path::new("85.md"), &new, &table()).unwrap(),
            new
        );
        let none = replace_terms(Path::new("85.md"), &new, "").unwrap();
        assert_eq!(
            none,
            "+++\ntitle = \"Electrical machinery\" # kept\nsection = \"XVI\"\n+++\n\n| Code | Description |\n"
        );
        assert_eq!(
            replace_terms(Path::new("85.md"), &none, &table()).unwrap(),
            new
        );
    }

    #[test]
    fn terms_in_another_form_are_not_overwritten() {
        let inline = "+++\ntitle = \"T\"\nsearch_terms = { \"8517.13\" = [\"x\"] }\n+++\n";
        let error = replace_terms(Path::new("85.md"), inline, &table()).unwrap_err();
        assert!(error
            .message
            .contains("not written as a `[search_terms]` table"));
    }
}
