//! The paths authors write, checked before anything claims them
//! ([`super::paths`]): a page's `slug` and `aliases`, and the names of
//! `content/tariff/`. Each check says why a path is refused, for a
//! report at the file and line that wrote it.

use crate::content::{ContentFile, Corpus};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::names::{check_name, check_path_segment};

/// Why `alias` (a front matter `aliases` entry) is not an old address of
/// this site, if it is not one: a path from the site root whose segments
/// are [names](crate::names) (with `.` allowed inside, `old.html`).
pub(crate) fn check_alias(alias: &str) -> Result<(), String> {
    if alias.contains(':') {
        return Err(
            "it has a scheme (`https:`, `javascript:`); an alias is a path of this site".into(),
        );
    }
    if alias.contains('\\') {
        return Err("a backslash is not a path separator in an address".into());
    }
    if alias.contains("//") {
        return Err("`//` would make it the address of another host".into());
    }
    let inner = alias.trim_matches('/');
    if inner.is_empty() {
        return Err("`/` is the language chooser".into());
    }
    for segment in inner.split('/') {
        check_path_segment(segment).map_err(|why| format!("`{segment}`: {why}"))?;
    }
    Ok(())
}

/// Why `slug` cannot replace the last segment of a page's address, if it
/// cannot: it must be a [name](crate::names).
pub(crate) fn check_slug(slug: &str) -> Result<(), String> {
    check_name(slug)
}

/// The byte range of `key`'s value in `file`'s front matter, or of the
/// array item equal to `item` when given; the start of the front matter if
/// neither is found.
pub(crate) fn front_value_span(
    file: &ContentFile,
    key: &str,
    item: Option<&str>,
) -> (usize, usize) {
    let span = toml::de::DeTable::parse(file.front_text())
        .ok()
        .and_then(|table| {
            let value = table
                .get_ref()
                .iter()
                .find(|(k, _)| k.get_ref() == key)
                .map(|(_, v)| v)?;
            match (item, value.get_ref()) {
                (None, _) => Some(value.span()),
                (Some(wanted), toml::de::DeValue::Array(items)) => items
                    .iter()
                    .find(|i| i.get_ref().as_str() == Some(wanted))
                    .map(|i| i.span()),
                (Some(_), _) => None,
            }
        });
    match span {
        Some(s) => (file.front.start + s.start, file.front.start + s.end),
        None => (file.front.start, file.front.start),
    }
}

/// A name in `content/tariff/` that starts with a digit is a chapter's
/// two-digit number: `09 copy.md`, `9.md` or `0901.md` beside `09.md`
/// would be published as ordinary pages that look like part of the tariff
/// and are not.
pub(crate) fn check_tariff_names(corpus: &Corpus, problems: &mut Diagnostics) {
    for file in &corpus.files {
        // The file's (or its folder's) name right under tariff/.
        let Some(name) = file
            .key
            .strip_prefix("tariff/")
            .and_then(|rest| rest.split('/').next())
        else {
            continue;
        };
        let chapter = name.len() == 2 && name.chars().all(|c| c.is_ascii_digit());
        if name.starts_with(|c: char| c.is_ascii_digit())
            && !chapter
            // A name that is not a name is reported at load already.
            && check_name(name).is_ok()
        {
            problems.push(
                Diagnostic::error(
                    "name",
                    format!("`{name}` in content/tariff/ is not a chapter number"),
                )
                .in_file(&file.source.path)
                .hint("a chapter file is named by its two-digit number (`09.md`); remove copies, or move other pages outside content/tariff/"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_paths_of_this_site() {
        for alias in ["/en/about-us/", "old/about.html", "/fr/qui-sommes-nous"] {
            assert_eq!(check_alias(alias), Ok(()), "{alias}");
        }
        for (alias, why) in [
            ("/en/../../etc/", "climbs"),
            ("javascript:alert(1)", "scheme"),
            ("//evil.example/", "another host"),
            ("https://evil.example/", "scheme"),
            ("\\en\\about", "backslash"),
            ("/", "chooser"),
            ("/en/about us/", "a space"),
            ("/en/.git/", "start with `.`"),
        ] {
            let e = check_alias(alias).unwrap_err();
            assert!(e.contains(why), "{alias}: {e}");
        }
    }
}
