//! Front matter keys: each kind of content allows the common keys plus its
//! own; any other key is an error at its position, naming the closest
//! allowed key.

use crate::content::ContentFile;
use crate::diagnostics::{closest, Diagnostic, Diagnostics};

/// Keys every kind of page accepts.
pub const COMMON_KEYS: &[&str] = &[
    "title",
    "description",
    "date",
    "updated",
    "effective",
    "draft",
    "weight",
    "aliases",
    "slug",
    "template",
    "tfa",
    "search_terms",
    "extra",
];

/// Reports every top-level key of `file`'s front matter that is neither
/// common nor in `kind_keys`. Syntax errors are left to the typed parse.
pub fn check_keys(file: &ContentFile, kind_keys: &[&str], problems: &mut Diagnostics) {
    let Ok(table) = toml::de::DeTable::parse(file.front_text()) else {
        return;
    };
    for (key, _) in table.get_ref().iter() {
        let name: &str = key.get_ref();
        if COMMON_KEYS.contains(&name) || kind_keys.contains(&name) {
            continue;
        }
        let span = key.span();
        let known = COMMON_KEYS.iter().chain(kind_keys).copied();
        let hint = match closest(name, known) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!(
                "keys allowed here: {}; put your own values under [extra]",
                COMMON_KEYS
                    .iter()
                    .chain(kind_keys)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        problems.push(
            Diagnostic::error("front-matter", format!("unknown key `{name}`"))
                .at(
                    &file.source,
                    file.front.start + span.start,
                    file.front.start + span.end,
                )
                .hint(hint),
        );
    }
}

/// Whether `error` says a required key is missing that `file` holds
/// misspelt: [`check_keys`] reports the misspelt key with the right one
/// as its hint, and one mistake is one error.
pub fn misspelt_required_key(
    file: &ContentFile,
    kind_keys: &[&str],
    error: &toml::de::Error,
) -> bool {
    let message = error.message();
    let Some(missing) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
    else {
        return false;
    };
    let Ok(table) = toml::de::DeTable::parse(file.front_text()) else {
        return false;
    };
    table.get_ref().iter().any(|(key, _)| {
        let name: &str = key.get_ref();
        !COMMON_KEYS.contains(&name)
            && !kind_keys.contains(&name)
            && closest(name, COMMON_KEYS.iter().chain(kind_keys).copied()) == Some(missing)
    })
}

/// The years a date in front matter may fall in. A customs page dated
/// outside them is a typo (`9999-12-31`, `0202-01-01`) that would reach the
/// sitemap, the feeds and the reference date of the whole site.
pub const YEARS: std::ops::RangeInclusive<u16> = 1900..=2100;

/// Reports every date of `file`'s front matter, at any depth (`updated`,
/// a fee's `published`, a date under `[extra]`), whose year is outside
/// [`YEARS`]. Syntax errors are left to the typed parse.
pub fn check_dates(file: &ContentFile, problems: &mut Diagnostics) {
    let Ok(table) = toml::de::DeTable::parse(file.front_text()) else {
        return;
    };
    let mut stack: Vec<&toml::Spanned<toml::de::DeValue>> =
        table.get_ref().iter().map(|(_, v)| v).collect();
    while let Some(value) = stack.pop() {
        match value.get_ref() {
            toml::de::DeValue::Datetime(datetime) => {
                let Some(date) = datetime.date else {
                    continue;
                };
                if YEARS.contains(&date.year) {
                    continue;
                }
                let span = value.span();
                problems.push(
                    Diagnostic::error(
                        "front-matter",
                        format!(
                            "the date {date} is not plausible: dates run from {} to {}",
                            YEARS.start(),
                            YEARS.end()
                        ),
                    )
                    .at(
                        &file.source,
                        file.front.start + span.start,
                        file.front.start + span.end,
                    )
                    .hint("check the year; a date is written 2026-11-01"),
                );
            }
            toml::de::DeValue::Array(items) => stack.extend(items.iter()),
            toml::de::DeValue::Table(table) => stack.extend(table.iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}
/// Byte range of the line that sets `key` in a file's front matter.
pub fn front_key_span(file: &ContentFile, key: &str) -> (usize, usize) {
    let mut offset = file.front.start;
    for line in file.front_text().split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(key) {
            if rest.trim_start().starts_with('=') {
                let start = offset + (line.len() - trimmed.len());
                return (start, start + key.len());
            }
        }
        offset += line.len();
    }
    (file.front.start, file.front.start)
}

/// Byte range of the first `[[key]]` header in a file's front matter (or
/// of `key = …`).
pub fn front_key_span_table(file: &ContentFile, key: &str) -> (usize, usize) {
    let header = format!("[[{key}]]");
    let mut offset = file.front.start;
    for line in file.front_text().split_inclusive('\n') {
        if let Some(at) = line.find(&header) {
            let start = offset + at;
            return (start, start + header.len());
        }
        offset += line.len();
    }
    front_key_span(file, key)
}
