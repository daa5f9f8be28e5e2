//! What an edit of the site changed: the kind of input (configuration, UI
//! strings, theme, content, static files) and the files. A full load is
//! "every input changed"; `kb serve` sorts its watcher's events into these.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Which input an edit changed, from the cheapest to reload to the dearest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum InputKind {
    /// A file of `static/`: copied as it is.
    Static,
    /// A template or theme asset: the model stays, pages are rendered again.
    Theme,
    /// A Markdown file of `content/`: the model is built again.
    Content,
    /// A Fluent file of `locales/`: UI strings, templates and model.
    Locales,
    /// `kb.toml`: everything.
    Config,
}

/// The kind of change an edit of `path` (relative to the site root) is, or
/// `None` for files that are no input: editor backups and swap files,
/// hidden files, the output folder, anything else at the root.
pub fn classify(path: &Path) -> Option<InputKind> {
    let parts: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let name = parts.last()?;
    if is_editor_noise(name) || parts.iter().any(|p| p.starts_with('.')) {
        return None;
    }
    match parts[0].as_str() {
        "kb.toml" if parts.len() == 1 => Some(InputKind::Config),
        "content" => Some(InputKind::Content),
        "templates" | "themes" => Some(InputKind::Theme),
        "locales" => Some(InputKind::Locales),
        "static" => Some(InputKind::Static),
        _ => None,
    }
}

/// Swap files, backups and lock files that editors and tools write beside
/// the file being saved: `sed -i`'s `sedAbC123`, JetBrains' `___jb_tmp___`,
/// an office suite's `~$tariff.xlsx`.
fn is_editor_noise(name: &str) -> bool {
    let sed_temp = name.len() == 9
        && name.starts_with("sed")
        && name[3..].bytes().all(|b| b.is_ascii_alphanumeric());
    name.ends_with('~')
        || name.starts_with(".#")
        || name.starts_with('#')
        || name.starts_with("~$")
        || [
            ".swp",
            ".swx",
            ".tmp",
            ".bak",
            "___jb_tmp___",
            "___jb_old___",
        ]
        .iter()
        .any(|ext| name.ends_with(ext))
        || name == "4913"
        || sed_temp
}

/// One batch of edits: the kinds of change and the files, relative to the
/// site root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Every kind met in the batch.
    pub kinds: BTreeSet<InputKind>,
    /// The files that changed.
    pub paths: BTreeSet<PathBuf>,
}

impl Changes {
    /// Sorts changed absolute paths into kinds; paths outside `root` or of
    /// no input are dropped.
    pub fn from_paths<'a>(root: &Path, paths: impl IntoIterator<Item = &'a Path>) -> Changes {
        let mut changes = Changes::default();
        for path in paths {
            let relative = path.strip_prefix(root).unwrap_or(path);
            if let Some(kind) = classify(relative) {
                changes.kinds.insert(kind);
                changes.paths.insert(relative.to_path_buf());
            }
        }
        changes
    }

    /// Every input changed: what a first load, and `kb build`, read.
    pub fn everything() -> Changes {
        Changes {
            kinds: BTreeSet::from([InputKind::Config]),
            paths: BTreeSet::new(),
        }
    }

    /// Whether nothing relevant changed.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// Adds another batch.
    pub fn merge(&mut self, other: Changes) {
        self.kinds.extend(other.kinds);
        self.paths.extend(other.paths);
    }
}
