//! Load stage: walk `content/`, read every Markdown file, split its TOML
//! front matter from its body and tell its language from its name.
//!
//! Nothing here knows what a procedure or a tariff is; [`crate::model`] reads
//! the [`Corpus`] this stage returns.

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};

/// Folder of the content under the site root.
pub const CONTENT_DIR: &str = "content";

/// One Markdown file of `content/`, split but not yet interpreted.
#[derive(Debug, Clone)]
pub struct ContentFile {
    /// The file's path (relative to the site root) and text.
    pub source: SourceText,
    /// Path under `content/` without extension and language, with `/`
    /// separators: `guides/valuation`, `guides/_index`, `_index`.
    pub key: String,
    /// Language of this file: from `name.xx.md`, or the default language.
    pub lang: String,
    /// Byte range of the TOML between the `+++` lines.
    pub front: Range<usize>,
    /// Byte range of the Markdown body.
    pub body: Range<usize>,
}

impl ContentFile {
    /// The front matter's TOML text.
    pub fn front_text(&self) -> &str {
        &self.source.text[self.front.clone()]
    }

    /// The Markdown body's text.
    pub fn body_text(&self) -> &str {
        &self.source.text[self.body.clone()]
    }

    /// The top-level folder under `content/`, which gives a file its kind;
    /// empty for files directly in `content/`.
    pub fn top_folder(&self) -> &str {
        match self.key.split_once('/') {
            Some((top, _)) => top,
            None => "",
        }
    }
}

/// Every content file of a site, sorted by key then language.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The files.
    pub files: Vec<ContentFile>,
    /// Files that exist but could not be read or parsed, each already
    /// reported. The model adds those whose front matter it cannot read.
    /// Later stages look here before reporting a page as missing, so that
    /// one broken file gives one error, not one per link to it.
    pub unreadable: Vec<Unreadable>,
}

/// A content file that is there but could not be used (see
/// [`Corpus::unreadable`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// Its key, as it would have had (`guides/valuation`).
    pub key: String,
    /// Its language.
    pub lang: String,
    /// Its path, as errors name it.
    pub path: PathBuf,
}

impl Corpus {
    /// Whether the page `key` (or the section `key/_index`) has an
    /// original that could not be read: anything missing because of it is
    /// a consequence of an error already reported.
    pub fn original_unreadable(&self, config: &Config, key: &str) -> bool {
        self.unreadable.iter().any(|u| {
            u.lang == config.default_language
                && (u.key == key
                    || u.key
                        .strip_suffix("/_index")
                        .is_some_and(|folder| folder == key))
        })
    }
}

/// Reads every Markdown file under `content/`. Problems with single files are
/// collected; the files that could be read are returned with them.
pub fn load(config: &Config) -> (Corpus, Diagnostics) {
    let mut problems = Diagnostics::new();
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    let mut names = NameCheck::default();
    let dir = config.root.join(CONTENT_DIR);
    if !dir.is_dir() {
        return (Corpus::default(), problems);
    }
    // Links are followed only while they stay inside the site: a link to
    // `/proc/self/environ` or to a file elsewhere on the machine would
    // otherwise be published, or quoted in an error report.
    let site = config
        .root
        .canonicalize()
        .unwrap_or_else(|_| config.root.clone());
    let outside = std::cell::RefCell::new(Vec::new());
    let walker = walkdir::WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if is_hidden(e.file_name()) {
                return false;
            }
            if e.path_is_symlink() && !links_inside(e.path(), &site) {
                outside.borrow_mut().push(e.path().to_path_buf());
                return false;
            }
            true
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| dir.clone());
                let why = if e.loop_ancestor().is_some() {
                    "a symbolic link loops back to one of its own parent folders".to_string()
                } else {
                    e.to_string()
                };
                problems.push(
                    Diagnostic::error("read", format!("cannot read content: {why}"))
                        .in_file(relative(&config.root, &path))
                        .hint("remove the link or make it point outside its own folder"),
                );
                continue;
            }
        };
        if !entry.file_type().is_file() || entry.path().extension().is_none_or(|x| x != "md") {
            continue;
        }
        let rel = content_rel(config, entry.path());
        names.check(
            config,
            &rel,
            &shown_path(config, entry.path()),
            &mut problems,
        );
        match read_file(config, entry.path()) {
            Ok((file, found)) => {
                found.into_iter().for_each(|d| problems.push(d));
                match names.twin_of(&file) {
                    // One of two names that are one name to a disk or a
                    // reader: reported once, and left out, so that the
                    // rest of the build sees one file.
                    Some(first) => {
                        problems.push(twin_error(&file, &first));
                        unreadable.push(unreadable_of(config, &rel, file.source.path.clone()));
                    }
                    None => files.push(file),
                }
            }
            Err(d) => {
                unreadable.push(unreadable_of(
                    config,
                    &rel,
                    shown_path(config, entry.path()),
                ));
                problems.push(d);
            }
        }
    }
    for path in outside.into_inner() {
        problems.push(
            Diagnostic::warning(
                "read",
                "a symbolic link in content/ points outside the site; it was not read",
            )
            .in_file(relative(&config.root, &path))
            .hint("copy the file into content/ instead of linking to it"),
        );
    }
    files.sort_by(|a, b| (&a.key, &a.lang).cmp(&(&b.key, &b.lang)));
    (Corpus { files, unreadable }, problems)
}

/// The path of `path` under `content/`, `/`-separated (`guides/a.fr.md`).
fn content_rel(config: &Config, path: &Path) -> String {
    let rel = path
        .strip_prefix(config.root.join(CONTENT_DIR))
        .unwrap_or(path);
    rel.iter()
        .map(|c| c.to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The path a report names a file by: relative to the site, with any
/// control character of its name escaped, so that a name holding a line
/// break cannot break the report's lines.
fn shown_path(config: &Config, path: &Path) -> PathBuf {
    let shown = relative(&config.root, path);
    let text = shown.to_string_lossy();
    if crate::names::has_control(&text) {
        PathBuf::from(crate::names::escape_control(&text))
    } else {
        shown
    }
}

/// The record of a file at `rel` that could not be used: its key and
/// language as its name gives them, even when the language is not one of
/// the site's.
fn unreadable_of(config: &Config, rel: &str, path: PathBuf) -> Unreadable {
    let stem = rel.strip_suffix(".md").unwrap_or(rel);
    let (key, lang) = key_of(config, rel).unwrap_or_else(|| match stem.rsplit_once('.') {
        Some((key, lang)) => (key.to_string(), lang.to_string()),
        None => (stem.to_string(), config.default_language.clone()),
    });
    Unreadable {
        key: crate::names::nfc(&key).into_owned(),
        lang,
        path,
    }
}

/// The names seen so far in one walk of `content/`: each folder's name is
/// judged once, and each key's [`fold`](crate::names::fold) remembers the
/// first file that had it.
#[derive(Default)]
struct NameCheck {
    folders: std::collections::HashMap<String, String>,
    files: std::collections::HashMap<(String, String), PathBuf>,
}

impl NameCheck {
    /// Reports each folder and file name of `rel` (a path under
    /// `content/`) that is not a [name](crate::names), and each folder that
    /// differs from one seen before only in case or Unicode form; each
    /// folder once.
    fn check(&mut self, config: &Config, rel: &str, shown: &Path, problems: &mut Diagnostics) {
        // The language suffix is not part of the name; a file whose
        // suffix is no configured language is reported when it is read.
        let Some((key, _)) = key_of(config, rel) else {
            return;
        };
        let segments: Vec<&str> = key.split('/').collect();
        let (file_name, folders) = segments.split_last().unwrap_or((&"", &[]));
        let mut folder = String::new();
        for name in folders {
            if !folder.is_empty() {
                folder.push('/');
            }
            folder.push_str(name);
            let folded = crate::names::fold(&folder);
            if let Some(first) = self.folders.get(&folded) {
                if *first != folder {
                    let d = Diagnostic::error(
                        "name",
                        format!(
                            "the folder `content/{}` differs from `content/{first}` only in case or Unicode form",
                            crate::names::escape_control(&folder)
                        ),
                    )
                    .in_file(shown)
                    .hint("use one spelling for one folder: on many disks, and to readers, they are the same");
                    self.folders.insert(folded, folder.clone());
                    problems.push(d);
                }
                continue;
            }
            self.folders.insert(folded, folder.clone());
            if let Err(why) = crate::names::check_name(name) {
                problems.push(name_error("folder", &folder, name, "/", &why).in_file(shown));
            }
        }
        if let Err(why) = crate::names::check_name(file_name) {
            let last = rel.rsplit('/').next().unwrap_or(rel);
            let suffix = last.strip_prefix(*file_name).unwrap_or(".md");
            problems.push(name_error("file", last, file_name, suffix, &why).in_file(shown));
        }
    }

    /// The file read before `file` whose key and language are the same as
    /// its own but for case or Unicode form, if any; else `file` is
    /// remembered.
    fn twin_of(&mut self, file: &ContentFile) -> Option<PathBuf> {
        let folded = (crate::names::fold(&file.key), file.lang.clone());
        match self.files.get(&folded) {
            Some(first) => Some(first.clone()),
            None => {
                self.files.insert(folded, file.source.path.clone());
                None
            }
        }
    }
}

/// A folder or file name that is not allowed, with the name it could have
/// (`name` without the `suffix` that follows it: `.fr.md`, `/`).
fn name_error(what: &str, shown: &str, name: &str, suffix: &str, why: &str) -> Diagnostic {
    let suggestion: String = {
        let replaced: String = name
            .chars()
            .map(|c| {
                if crate::names::check_name(&format!("a{c}")).is_ok() {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let trimmed = replaced.trim_matches('-');
        let mut out = String::new();
        for c in trimmed.chars() {
            if !(c == '-' && out.ends_with('-')) {
                out.push(c);
            }
        }
        out
    };
    let mut d = Diagnostic::error(
        "name",
        format!(
            "the {what} name `{}` is not allowed: {why}",
            crate::names::escape_control(shown)
        ),
    );
    d = if suggestion.is_empty() || suggestion == name {
        d.hint(format!(
            "name files and folders with {}",
            crate::names::NAME_RULE
        ))
    } else {
        d.hint(format!(
            "rename it `{suggestion}{suffix}`: names hold {}",
            crate::names::NAME_RULE
        ))
    };
    d
}

/// Two files that are one name to a disk or a reader.
fn twin_error(file: &ContentFile, first: &Path) -> Diagnostic {
    Diagnostic::error(
        "name",
        format!(
            "`{}` and `{}` differ only in case or Unicode form (NFC/NFD); this one was not read",
            file.source.path.display(),
            first.display()
        ),
    )
    .in_file(&file.source.path)
    .hint("keep one of them: on many disks, and to readers of the address, they are the same file")
}

/// Whether the symbolic link at `path` resolves to somewhere inside the
/// (canonical) site folder `site`.
fn links_inside(path: &Path, site: &Path) -> bool {
    path.canonicalize()
        .is_ok_and(|target| target.starts_with(site))
}

/// Re-reads only the files of `changed` (paths relative to the site root)
/// into `corpus`, for `kb serve`: an edited file is read again, a deleted
/// one leaves. Returns `None`, leaving the corpus as it was, when only a
/// full [`load`] can tell (a folder changed, a file is not Markdown).
pub fn reload_files(
    config: &Config,
    corpus: &mut Corpus,
    changed: &[PathBuf],
) -> Option<Diagnostics> {
    let dir = config.root.join(CONTENT_DIR);
    let mut files = corpus.files.clone();
    let mut unreadable = corpus.unreadable.clone();
    let mut problems = Diagnostics::new();
    for relative in changed {
        let inside = relative.strip_prefix(CONTENT_DIR).ok()?;
        if inside.iter().any(is_hidden) {
            continue;
        }
        let path = config.root.join(relative);
        let metadata = std::fs::symlink_metadata(&path);
        if relative.extension().is_none_or(|x| x != "md")
            || metadata.as_ref().is_ok_and(|m| !m.is_file())
            || !dir.join(inside).starts_with(&dir)
        {
            return None;
        }
        let shown = shown_path(config, &path);
        let known = files.len();
        files.retain(|f| f.source.path != shown);
        // A new file's name is judged against every other name (twins):
        // that takes the whole walk.
        if metadata.is_ok() && files.len() == known {
            return None;
        }
        unreadable.retain(|u| u.path != shown);
        if metadata.is_ok() {
            match read_file(config, &path) {
                Ok((file, found)) => {
                    files.push(file);
                    found.into_iter().for_each(|d| problems.push(d));
                }
                Err(d) => {
                    let rel = content_rel(config, &path);
                    unreadable.push(unreadable_of(config, &rel, shown));
                    problems.push(d);
                }
            }
        }
    }
    files.sort_by(|a, b| (&a.key, &a.lang).cmp(&(&b.key, &b.lang)));
    corpus.files = files;
    corpus.unreadable = unreadable;
    Some(problems)
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || name.ends_with('~') || name.starts_with('#')
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Files larger than this are refused: no real page is this big, and reading
/// one whole would only slow every build.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Reads one file: the file, with the control characters it held as
/// errors beside it (see [`control_characters`]), or why it cannot be read.
fn read_file(config: &Config, path: &Path) -> Result<(ContentFile, Vec<Diagnostic>), Diagnostic> {
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
            if looks_like_language(suffix) {
                let known: Vec<&str> = config.language_codes().collect();
                return Err(Diagnostic::error(
                    "language",
                    format!("`{suffix}` in the file name is not a configured language"),
                )
                .hint(format!(
                    "configured languages: {}; add [languages.{suffix}] to kb.toml or rename the file",
                    known.join(", ")
                )));
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

/// Finds the TOML between the opening `+++` line and the closing one.
fn split_front_matter(source: &SourceText) -> Result<(Range<usize>, Range<usize>), Diagnostic> {
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
