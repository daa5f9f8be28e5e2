//! One content file read: refused when too large or not UTF-8, control
//! characters reported and blanked, its key and language told from its
//! name, its TOML front matter split from its Markdown body.

use std::ops::Range;
use std::path::Path;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, SourceText};

use super::{content_rel, shown_path, ContentFile};

/// Files larger than this are refused: no real page is this big, and reading
/// one whole would only slow every build.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Reads one file: the file, with the control characters it held as
/// errors beside it (see [`control_characters`]), or why it cannot be read.
pub(super) fn read_file(
    config: &Config,
    path: &Path,
) -> Result<(ContentFile, Vec<Diagnostic>), Diagnostic> {
    let shown = shown_path(config, path);
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            "read",
            format!(
                "file is {} MB, more than the {} MB a content file may have",
                size / 1_000_000,
                MAX_FILE_BYTES / 1024 / 1024
            ),
        )
        .in_file(&shown)
        .hint("split it into several pages, or put large data files in static/"));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::error("read", format!("cannot read file: {e}")).in_file(&shown))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        // The position, never the line: a file that is not text may be
        // anything, and its bytes do not belong in a report or a CI log.
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let mut d = Diagnostic::error(
            "encoding",
            format!(
                "file is not valid UTF-8 text (first bad byte at offset {})",
                valid.len()
            ),
        )
        .in_file(&shown)
        .hint("save the file as UTF-8");
        d.line = 1 + valid.iter().filter(|&&b| b == b'\n').count();
        d
    })?;
    let rel = content_rel(config, path);
    let (text, found) = control_characters(&shown, text);
    parse_file(config, &shown, &rel, text).map(|file| (file, found))
}

/// Characters that have no place in a page, a feed or a CSV (they come in
/// with pastes from spreadsheets): C0 controls other than tab, line feed
/// and carriage return, and the non-characters U+FFFE and U+FFFF. Each
/// line holding one is an error at its position naming the character; the
/// text comes back with each replaced by spaces of the same byte length,
/// so that the rest of the build reads the file and reports nothing that
/// only follows from them.
pub fn control_characters(shown: &Path, text: String) -> (String, Vec<Diagnostic>) {
    let is_bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
    };
    if !text.contains(is_bad) {
        return (text, Vec::new());
    }
    let source = SourceText::new(shown, text.clone());
    let mut problems: Vec<Diagnostic> = Vec::new();
    let mut last_line = 0;
    for (at, c) in text.char_indices().filter(|&(_, c)| is_bad(c)) {
        let (line, _) = source.line_col(at);
        if line == last_line {
            continue;
        }
        last_line = line;
        problems.push(
            Diagnostic::error(
                "character",
                format!(
                    "the control character U+{:04X} is not allowed in content",
                    c as u32
                ),
            )
            .at(&source, at, at + c.len_utf8())
            .hint("delete it: it usually comes from a copy from a spreadsheet or a PDF"),
        );
    }
    let cleaned = text
        .chars()
        .map(|c| {
            if is_bad(c) {
                " ".repeat(c.len_utf8())
            } else {
                c.to_string()
            }
        })
        .collect();
    (cleaned, problems)
}

/// Splits the text of one content file, as [`load`] does after reading it:
/// `rel` is its path under `content/` with `/` separators
/// (`guides/valuation.fr.md`), which gives its key and language, and
/// `shown` the path errors name. Bad front matter is a diagnostic, never a
/// panic. The build reads files from disk through this, the change history
/// reads old versions from git, and the fuzz targets start here.
pub fn parse_file(
    config: &Config,
    shown: &Path,
    rel: &str,
    text: String,
) -> Result<ContentFile, Diagnostic> {
    // Keys are composed (NFC) whatever form the disk gave the name in, so
    // that a link typed in the usual form finds the file.
    let stem = crate::names::nfc(rel.strip_suffix(".md").unwrap_or(rel));
    let source = SourceText::new(shown, text);
    let (key, lang) = split_language(config, &stem).map_err(|d| d.in_file(shown))?;
    let (front, body) = split_front_matter(&source)?;
    Ok(ContentFile {
        source,
        key,
        lang,
        front,
        body,
    })
}

/// The key and language of the file at `rel` under `content/`
/// (`guides/valuation.fr.md` → `guides/valuation`, `fr`), or `None` for a
/// name with an unconfigured language.
pub fn key_of(config: &Config, rel: &str) -> Option<(String, String)> {
    split_language(config, rel.strip_suffix(".md").unwrap_or(rel)).ok()
}

/// `guides/valuation.fr` → (`guides/valuation`, `fr`).
fn split_language(config: &Config, stem: &str) -> Result<(String, String), Diagnostic> {
    if let Some((key, suffix)) = stem.rsplit_once('.') {
        if !key.ends_with('/') && !key.is_empty() {
            if config.language(suffix).is_some() {
                return Ok((key.to_string(), suffix.to_string()));
            }
            let name = key.rsplit('/').next().unwrap_or(key);
            // `valuation.KY.md`, `valuation.zh_hans.md`: a language written
            // another way, which would else be a page of its own.
            let written = suffix.replace('_', "-");
            let same = config
                .languages
                .iter()
                .find(|l| l.code.eq_ignore_ascii_case(&written));
            if let Some(language) = same {
                return Err(Diagnostic::error(
                    "language",
                    format!(
                        "`{suffix}` in the file name is not how the language `{}` is written",
                        language.code
                    ),
                )
                .hint(format!("rename it {name}.{}.md", language.code)));
            }
            if looks_like_language(suffix) {
                let known: Vec<&str> = config.language_codes().collect();
                // `valuation.kg.md` for Kyrgyz (`ky`): one letter off; or
                // `valuation.fr.md` on a site in `fr-MA`: the language
                // without the site's region.
                let near: Vec<&str> = known
                    .iter()
                    .copied()
                    .filter(|k| {
                        (k.len() == suffix.len() && strsim::hamming(k, suffix) == Ok(1))
                            || k.strip_prefix(suffix).is_some_and(|r| r.starts_with('-'))
                    })
                    .collect();
                let hint = match near[..] {
                    [code] if code == config.default_language => format!(
                        "did you mean `{code}` ({})? It is the default language, whose files have no language in their names: rename it {name}.md",
                        config.language(code).map_or("", |l| l.name.as_str())
                    ),
                    [code] => format!(
                        "did you mean `{code}` ({})? rename it {name}.{code}.md; or add [languages.{suffix}] to kb.toml",
                        config.language(code).map_or("", |l| l.name.as_str())
                    ),
                    _ => format!(
                        "configured languages: {}; add [languages.{suffix}] to kb.toml or rename the file",
                        known.join(", ")
                    ),
                };
                return Err(Diagnostic::error(
                    "language",
                    format!("`{suffix}` in the file name is not a configured language"),
                )
                .hint(hint));
            }
        }
    }
    Ok((stem.to_string(), config.default_language.clone()))
}

fn looks_like_language(s: &str) -> bool {
    let primary = s.split('-').next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && unic_langid::LanguageIdentifier::from_bytes(s.as_bytes()).is_ok()
}

/// Finds the TOML between the opening `+++` line and the closing one:
/// the front matter's range and the body's.
pub fn split_front_matter(source: &SourceText) -> Result<(Range<usize>, Range<usize>), Diagnostic> {
    let text = &source.text;
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let first_line_end = text[start..]
        .find('\n')
        .map_or(text.len(), |i| start + i + 1);
    if text[start..first_line_end].trim_end() != "+++" {
        return Err(
            Diagnostic::error("front-matter", "the file does not start with front matter")
                .at(source, start, first_line_end)
                .hint("start the file with a line `+++`, then `title = \"…\"`, then a line `+++`"),
        );
    }
    let mut offset = first_line_end;
    while offset < text.len() {
        let line_end = text[offset..]
            .find('\n')
            .map_or(text.len(), |i| offset + i + 1);
        if text[offset..line_end].trim_end() == "+++" {
            return Ok((first_line_end..offset, line_end..text.len()));
        }
        offset = line_end;
    }
    Err(
        Diagnostic::error("front-matter", "the front matter is never closed")
            .at(source, start, first_line_end)
            .hint("end the front matter with a line that holds only `+++`"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse(
            Path::new("/site"),
            "title = \"T\"\nbase_url = \"https://x.example\"\n[languages.en]\nname = \"English\"\n[languages.fr]\nname = \"Français\"\n",
        )
        .unwrap()
    }

    #[test]
    fn language_comes_from_the_file_name() {
        let c = config();
        assert_eq!(
            split_language(&c, "guides/a.fr").unwrap(),
            ("guides/a".into(), "fr".into())
        );
        assert_eq!(
            split_language(&c, "guides/a").unwrap(),
            ("guides/a".into(), "en".into())
        );
        assert_eq!(
            split_language(&c, "v1.2").unwrap(),
            ("v1.2".into(), "en".into())
        );
        assert!(split_language(&c, "a.de").is_err());
    }

    #[test]
    fn front_matter_is_split_from_the_body() {
        let src = SourceText::new("a.md", "+++\ntitle = \"A\"\n+++\nBody\n");
        let (front, body) = split_front_matter(&src).unwrap();
        assert_eq!(&src.text[front], "title = \"A\"\n");
        assert_eq!(&src.text[body], "Body\n");
    }

    #[test]
    fn unclosed_front_matter_points_at_the_opening_line() {
        let src = SourceText::new("a.md", "+++\ntitle = \"A\"\nBody\n");
        let d = split_front_matter(&src).unwrap_err();
        assert_eq!((d.line, d.column), (1, 1));
    }
}
