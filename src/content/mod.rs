//! Load stage: walk `content/`, read every Markdown file, split its TOML
//! front matter from its body and tell its language from its name.
//!
//! Nothing here knows what a procedure or a tariff is; [`crate::model`] reads
//! the [`Corpus`] this stage returns.

mod file;
mod names;

use std::cell::RefCell;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};

pub use file::{control_characters, key_of, parse_file, split_front_matter, MAX_FILE_BYTES};

use file::read_file;
use names::{twin_error, NameCheck};

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
    let dir = config.root.join(CONTENT_DIR);
    if !dir.is_dir() {
        return (Corpus::default(), Diagnostics::new());
    }
    // Links are followed only while they stay inside the site: a link to
    // `/proc/self/environ` or to a file elsewhere on the machine would
    // otherwise be published, or quoted in an error report.
    let site = config
        .root
        .canonicalize()
        .unwrap_or_else(|_| config.root.clone());
    let outside = RefCell::new(Vec::new());
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
    let mut loading = Loading::default();
    let mut paths = Vec::new();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                loading.problems.push(walk_error(config, &dir, &e));
                continue;
            }
        };
        if !entry.file_type().is_file() || entry.path().extension().is_none_or(|x| x != "md") {
            continue;
        }
        paths.push(entry.into_path());
    }
    // Files are read and parsed on every core, then judged in the walk's
    // order, so that the problems come out in the same order every time.
    let read: Vec<_> = {
        use rayon::prelude::*;
        paths
            .par_iter()
            .map(|path| read_file(config, path))
            .collect()
    };
    for (path, read) in paths.iter().zip(read) {
        loading.take(config, path, read);
    }
    for path in outside.into_inner() {
        loading.problems.push(
            Diagnostic::warning(
                "read",
                "a symbolic link in content/ points outside the site; it was not read",
            )
            .in_file(relative(&config.root, &path))
            .hint("copy the file into content/ instead of linking to it"),
        );
    }
    loading.finish()
}

/// A walk of `content/` under way: the files read, those that could not
/// be used, the names seen, the problems found.
#[derive(Default)]
struct Loading {
    files: Vec<ContentFile>,
    unreadable: Vec<Unreadable>,
    names: NameCheck,
    problems: Diagnostics,
}

impl Loading {
    /// Judges the names of the Markdown file at `path` and takes what
    /// reading it gave; one that could not be read, or is the twin of one
    /// taken before, is kept among the unreadable.
    fn take(
        &mut self,
        config: &Config,
        path: &Path,
        read: Result<(ContentFile, Vec<Diagnostic>), Diagnostic>,
    ) {
        let rel = content_rel(config, path);
        self.names
            .check(config, &rel, &shown_path(config, path), &mut self.problems);
        match read {
            Ok((file, found)) => {
                found.into_iter().for_each(|d| self.problems.push(d));
                match self.names.twin_of(&file) {
                    // One of two names that are one name to a disk or a
                    // reader: reported once, and left out, so that the
                    // rest of the build sees one file.
                    Some(first) => {
                        self.problems.push(twin_error(&file, &first));
                        let path = file.source.path.clone();
                        self.unreadable.push(unreadable_of(config, &rel, path));
                    }
                    None => self.files.push(file),
                }
            }
            Err(d) => {
                let shown = shown_path(config, path);
                self.unreadable.push(unreadable_of(config, &rel, shown));
                self.problems.push(d);
            }
        }
    }

    /// The corpus, its files sorted by key then language, and the problems.
    fn finish(mut self) -> (Corpus, Diagnostics) {
        self.files
            .sort_by(|a, b| (&a.key, &a.lang).cmp(&(&b.key, &b.lang)));
        let corpus = Corpus {
            files: self.files,
            unreadable: self.unreadable,
        };
        (corpus, self.problems)
    }
}

/// An entry of `content/` the walk could not read (a link that loops back
/// to its own folder, a folder that cannot be listed).
fn walk_error(config: &Config, dir: &Path, e: &walkdir::Error) -> Diagnostic {
    let path = e
        .path()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| dir.to_path_buf());
    let why = if e.loop_ancestor().is_some() {
        "a symbolic link loops back to one of its own parent folders".to_string()
    } else {
        e.to_string()
    };
    Diagnostic::error("read", format!("cannot read content: {why}"))
        .in_file(relative(&config.root, &path))
        .hint("remove the link or make it point outside its own folder")
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

/// Hidden files, editor backups (`a.md~`) and lock files (`#a.md#`):
/// never content.
fn is_hidden(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || name.ends_with('~') || name.starts_with('#')
}

/// `path` relative to the site root `root`, as reports name it.
fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}
