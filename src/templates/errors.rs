//! Template errors mapped back to the template's file, line and column:
//! Tera gives a parse error's position inside its message, and a render
//! error only as names (a variable, a filter, a template) to look for in
//! the templates' tags.

use std::collections::BTreeMap;

use crate::diagnostics::{Diagnostic, SourceText};

fn error_chain(error: &tera::Error) -> Vec<String> {
    let mut messages = vec![error.to_string()];
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        messages.push(e.to_string());
        source = e.source();
    }
    messages
}

/// Tera's parse errors say `--> LINE:COLUMN` inside their message; the
/// others (a missing parent, a duplicated block, macros from a missing
/// file) name the template, and often what to look for in it.
pub(super) fn parse_error(
    error: &tera::Error,
    sources: &BTreeMap<String, SourceText>,
) -> Diagnostic {
    let messages = error_chain(error);
    let all = messages.join("\n");
    let detail = messages.last().cloned().unwrap_or_default();
    let summary = detail
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('='))
        .map(|l| l.trim_start_matches([' ', '=']).to_string());
    let d = Diagnostic::error(
        "template",
        format!(
            "template syntax error: {}",
            summary.unwrap_or_else(|| first_line(&detail))
        ),
    );
    let template = failing_template(&messages, sources);
    let d = match (template.and_then(|t| sources.get(t)), arrow_position(&all)) {
        (Some(source), Some((line, column))) => {
            let offset = offset_of(source, line, column);
            d.at(source, offset, offset + 1)
        }
        _ => locate(d, &needles(&messages, sources), template, sources),
    };
    d.hint("check the Tera syntax: {{ expression }}, {% tag %}, {# comment #}")
}

pub(super) fn render_error(
    error: &tera::Error,
    name: &str,
    sources: &BTreeMap<String, SourceText>,
) -> Diagnostic {
    let messages = error_chain(error);
    let detail = messages.last().cloned().unwrap_or_default();
    let d = Diagnostic::error(
        "template",
        format!("cannot render `{name}`: {}", first_line(&detail)),
    );
    let template = failing_template(&messages, sources).or(Some(name));
    let d = locate(d, &needles(&messages, sources), template, sources);
    let hint = if detail.starts_with("Variable `") {
        "the variable is not in this template's context; see docs/templates.md for what each template receives, or use `| default(value=\"\")`"
    } else {
        "check the template and the Fluent message ids it uses"
    };
    d.hint(hint)
}

/// Names a Tera message quotes with `'…'` or `` `…` ``, in order: `'page.html'`,
/// `` `page.subtitle` ``, and `'[a.html, b.html]'` (the templates an include
/// tried) as `a.html` and `b.html`.
fn quoted_names(message: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = message;
    while let Some(open) = rest.find(['\'', '`']) {
        let quote = rest[open..].chars().next().unwrap_or('\'');
        let after = &rest[open + 1..];
        let Some(close) = after.find(quote) else {
            break;
        };
        let inner = &after[..close];
        match inner.strip_prefix('[').and_then(|i| i.strip_suffix(']')) {
            Some(list) => names.extend(list.split(", ")),
            None => names.push(inner),
        }
        rest = &after[close + 1..];
    }
    names
}

/// Whether a quoted token is a name that can be looked for in a template
/// (a variable, test, filter, function, argument, block, macro or template
/// name) rather than a value (`"About us"`, `3`) or a piece of prose.
fn is_name(token: &str) -> bool {
    token.len() <= 200
        && token.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && token
            .chars()
            .all(|c| c.is_alphanumeric() || "_.-/[]".contains(c))
}

/// The template an error is in: the one Tera says it "happened in" (a
/// parent's block), else the first template any message names.
fn failing_template<'a>(
    messages: &'a [String],
    sources: &BTreeMap<String, SourceText>,
) -> Option<&'a str> {
    let happened_in = messages.iter().find_map(|m| {
        let (_, rest) = m.split_once("(error happened in '")?;
        let (name, _) = rest.split_once('\'')?;
        Some(name)
    });
    happened_in
        .filter(|n| sources.contains_key(*n))
        .or_else(|| {
            messages
                .iter()
                .flat_map(|m| quoted_names(m))
                .find(|n| sources.contains_key(*n))
        })
}

/// What to look for in the templates to find the error's line, the most
/// precise first: every name the messages quote, innermost message first
/// (`` Tester `starting_with` was called on an undefined variable `` before
/// `Test call 'starting_with' failed`), except the templates' own names.
/// A missing Fluent message is looked for as the string literal of its id.
fn needles(messages: &[String], sources: &BTreeMap<String, SourceText>) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for message in messages.iter().rev() {
        if let Some(rest) = message.strip_prefix("no Fluent message `") {
            // Only the id: the language code after it names nothing in a template.
            if let Some((id, _)) = rest.split_once("` in `") {
                found.extend(["\"", "'", "`"].map(|q| format!("{q}{id}{q}")));
            }
            continue;
        }
        for name in quoted_names(message) {
            if is_name(name) && !sources.contains_key(name) && !found.iter().any(|f| f == name) {
                found.push(name.to_string());
            }
        }
    }
    found
}

/// Points `d` at the first needle found inside a tag, looking in `template`
/// first and then in the others (those it extends, includes or imports
/// macros from); if no needle is found, names `template`'s file without a
/// line, so that every template error says at least which file.
fn locate(
    d: Diagnostic,
    needles: &[String],
    template: Option<&str>,
    sources: &BTreeMap<String, SourceText>,
) -> Diagnostic {
    let own = template.and_then(|t| sources.get_key_value(t));
    let candidates: Vec<&SourceText> = own
        .into_iter()
        .chain(sources.iter().filter(|(n, _)| Some(n.as_str()) != template))
        .map(|(_, s)| s)
        .collect();
    for needle in needles {
        for source in &candidates {
            if let Some(offset) = find_in_tags(&source.text, needle) {
                return d.at(source, offset, offset + needle.len());
            }
        }
    }
    match own {
        Some((_, source)) => d.in_file(&source.path),
        None => d,
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}

fn arrow_position(message: &str) -> Option<(usize, usize)> {
    let (_, rest) = message.split_once("--> ")?;
    let token = rest.split_whitespace().next()?;
    let (line, column) = token.split_once(':')?;
    Some((line.parse().ok()?, column.parse().ok()?))
}

/// The byte offset of Tera's `line` and `column`. Tera's positions come
/// from pest, which ends a line at `\n` (a `\r` before it included) and
/// counts a lone `\r` as a character of the line: split the same way here,
/// even though diagnostics count a lone `\r` as a line ending.
fn offset_of(source: &SourceText, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, text) in source.text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + text
                    .char_indices()
                    .nth(column.saturating_sub(1))
                    .map_or(0, |(b, _)| b);
        }
        offset += text.len();
    }
    0
}

/// Offset of `needle` inside a `{{ … }}` or `{% … %}` of a template.
pub(super) fn find_in_tags(text: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find(needle) {
        let at = from + found;
        let before = &text[..at];
        let opened = before.rfind("{{").max(before.rfind("{%"));
        let closed = before.rfind("}}").max(before.rfind("%}"));
        let boundary_ok = !text[at + needle.len()..]
            .starts_with(|c: char| c.is_alphanumeric() || c == '_')
            && !before.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.');
        if opened > closed && boundary_ok {
            return Some(at);
        }
        from = at + needle.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_names_are_read_from_both_quotes_and_include_lists() {
        assert_eq!(
            quoted_names("Template '[a.html, b.html]' not found; `x.y` isn't 'z'"),
            ["a.html", "b.html", "x.y", "t "]
        );
        // Prose with apostrophes gives tokens that are no names.
        assert!(!is_name("t "));
        assert!(!is_name("\"About us\""));
        assert!(!is_name("3"));
        assert!(is_name("page.children[0].title"));
    }

    #[test]
    fn parse_error_position_is_read_from_the_arrow() {
        assert_eq!(
            arrow_position("Failed to parse 'a.html'\n --> 3:7\n"),
            Some((3, 7))
        );
    }
}
