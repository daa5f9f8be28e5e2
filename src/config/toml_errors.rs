//! TOML errors as positioned diagnostics, and the position of a value
//! that parsed but is wrong: for `kb.toml` and for front matter.

use crate::diagnostics::{closest, Diagnostic, SourceText};

/// Turns a TOML error into a positioned diagnostic, suggesting the closest
/// known key for an unknown one.
pub(crate) fn toml_diagnostic(source: &SourceText, error: &toml::de::Error) -> Diagnostic {
    toml_diagnostic_at(source, error, 0)
}

/// Like [`toml_diagnostic`], for TOML that starts at byte `offset` of `source`
/// (front matter inside a Markdown file).
pub(crate) fn toml_diagnostic_at(
    source: &SourceText,
    error: &toml::de::Error,
    offset: usize,
) -> Diagnostic {
    let message = error.message().trim().to_string();
    let span = error.span().unwrap_or(0..0);
    let mut diagnostic = Diagnostic::error("toml", first_sentence(&message)).at(
        source,
        offset + span.start,
        offset + span.end,
    );
    if let Some((unknown, expected)) = unknown_field(&message) {
        diagnostic = match closest(&unknown, expected.iter().map(String::as_str)) {
            Some(best) => diagnostic.hint(format!("did you mean `{best}`?")),
            None => diagnostic.hint(format!("known keys: {}", expected.join(", "))),
        };
    } else if message.contains("missing field") {
        diagnostic = diagnostic.hint("add the required key");
    } else if let Some(hint) = value_around(source, offset + span.start, offset + span.end)
        .into_iter()
        .find_map(date_value_hint)
    {
        diagnostic = diagnostic.hint(hint);
    } else {
        diagnostic = diagnostic
            .hint("check the TOML syntax: key = value, strings in quotes, dates as 2026-11-01");
    }
    diagnostic
}

/// Byte range of the value at `path` in the TOML `text`
/// (`["tariff", "columns", "2", "key"]`; a number indexes an array), for
/// pointing at a value that parsed but is wrong. `None` if the text does
/// not parse or holds no such value.
pub(crate) fn toml_value_span(text: &str, path: &[&str]) -> Option<std::ops::Range<usize>> {
    let root = toml::de::DeTable::parse(text).ok()?;
    let (first, rest) = path.split_first()?;
    let mut value = root
        .get_ref()
        .iter()
        .find(|(k, _)| k.get_ref() == first)
        .map(|(_, v)| v)?;
    for step in rest {
        value = match (value.get_ref(), step.parse::<usize>()) {
            (toml::de::DeValue::Array(items), Ok(i)) => items.get(i)?,
            (toml::de::DeValue::Table(table), _) => table
                .iter()
                .find(|(k, _)| k.get_ref() == step)
                .map(|(_, v)| v)?,
            _ => return None,
        };
    }
    Some(value.span())
}

/// The text an error points at, and the whole value of its line (after
/// `=`): an unquoted `01.07.2027` fails at its first number.
fn value_around(source: &SourceText, start: usize, end: usize) -> Vec<&str> {
    let text = &source.text;
    let line_start = text[..start.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line_end = text[start.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| start + i);
    let line = &text[line_start..line_end];
    let value = line
        .split_once('=')
        .map(|(_, v)| v.split(" #").next().unwrap_or(v));
    text.get(start..end).into_iter().chain(value).collect()
}

/// The help for a TOML value that is a date written as a string
/// (`"2027-07-01"`) or another way (`01.07.2027`): TOML dates are bare
/// `YYYY-MM-DD`.
fn date_value_hint(value: &str) -> Option<String> {
    let value = value.trim();
    let bare = value.trim_matches(['"', '\'']);
    if crate::timeline::parse_schedule_date(bare).is_ok() && bare != value {
        return Some(format!("write the date without quotes: `{bare}`"));
    }
    if crate::date_forms::other_date_forms(bare).is_empty() {
        return None;
    }
    let hint = crate::date_forms::date_hint(bare, str::to_string);
    Some(match bare != value {
        true => format!("{hint}, without quotes"),
        false => hint,
    })
}

fn first_sentence(message: &str) -> String {
    message.lines().next().unwrap_or(message).to_string()
}

/// Reads serde's "unknown field `x`, expected one of `a`, `b`" message.
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, rest) = rest.split_once('`')?;
    let expected = rest
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    Some((unknown.to_string(), expected))
}
