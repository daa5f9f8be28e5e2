//! What an edit touched: [`classify`] is a pure function from a changed
//! path to the [`ChangeKind`] that says which inputs to reload, and
//! [`watch_inputs`] runs `notify` over the site's inputs and sends the
//! edits in debounced batches.
//!
//! The debouncing is done here rather than with `notify-debouncer-mini`
//! because that crate drops the kind of each event, and the watcher's own
//! reads of the files (inotify's open and close events) must not count as
//! edits, or every rebuild would trigger the next.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// How long the watcher waits for an editor to finish saving (several
/// events: a temporary file, a rename) before it reports one change.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// The folders under the site root that are inputs of a build.
pub const WATCHED_FOLDERS: [&str; 5] = ["content", "templates", "themes", "locales", "static"];

/// Which input an edit changed, from the cheapest to reload to the dearest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
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
pub fn classify(path: &Path) -> Option<ChangeKind> {
    let parts: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let name = parts.last()?;
    if is_editor_noise(name) || parts.iter().any(|p| p.starts_with('.')) {
        return None;
    }
    match parts[0].as_str() {
        "kb.toml" if parts.len() == 1 => Some(ChangeKind::Config),
        "content" => Some(ChangeKind::Content),
        "templates" | "themes" => Some(ChangeKind::Theme),
        "locales" => Some(ChangeKind::Locales),
        "static" => Some(ChangeKind::Static),
        _ => None,
    }
}

/// Swap files, backups and lock files that editors write beside the file
/// being saved.
fn is_editor_noise(name: &str) -> bool {
    name.ends_with('~')
        || name.starts_with(".#")
        || name.starts_with('#')
        || [".swp", ".swx", ".tmp", ".bak"]
            .iter()
            .any(|ext| name.ends_with(ext))
        || name == "4913"
}

/// One batch of edits: the kinds of change and the files, relative to the
/// site root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Every kind met in the batch.
    pub kinds: BTreeSet<ChangeKind>,
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

/// Whether an event may have changed a file's content or its presence
/// (reads and metadata-only changes do not).
fn is_edit(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Other => false,
        EventKind::Modify(notify::event::ModifyKind::Metadata(_)) => false,
        _ => true,
    }
}

/// Watches `kb.toml` and the input folders of the site at `root` (which
/// must be canonical) and sends each batch of relevant edits once no new
/// one has come for [`DEBOUNCE`]. The watcher stops when the returned
/// value is dropped.
pub fn watch_inputs(
    root: &Path,
    changes: Sender<Changes>,
) -> notify::Result<Arc<Mutex<RecommendedWatcher>>> {
    let (events, received) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher = notify::recommended_watcher(events)?;
    // The root itself without recursion, for kb.toml: an editor that saves
    // by renaming replaces the file a direct watch would follow. The output
    // folder and anything else at the root (target/, .git/) stay unwatched.
    watcher.watch(root, RecursiveMode::NonRecursive)?;
    for folder in WATCHED_FOLDERS {
        let dir = root.join(folder);
        if dir.is_dir() {
            watcher.watch(&dir, RecursiveMode::Recursive)?;
        }
    }
    let watcher = Arc::new(Mutex::new(watcher));
    let base = root.to_path_buf();
    let later = watcher.clone();
    let batch_of = move |event: notify::Result<Event>| match event {
        Ok(event) if is_edit(&event.kind) => {
            // An input folder made after the start (a first `templates/`)
            // is watched from now on.
            for path in &event.paths {
                let new_folder = path.parent() == Some(base.as_path())
                    && path.is_dir()
                    && WATCHED_FOLDERS.iter().any(|f| path.ends_with(f));
                if new_folder {
                    if let Ok(mut watcher) = later.lock() {
                        let _ = watcher.watch(path, RecursiveMode::Recursive);
                    }
                }
            }
            Changes::from_paths(&base, event.paths.iter().map(PathBuf::as_path))
        }
        _ => Changes::default(),
    };
    std::thread::spawn(move || {
        while let Ok(first) = received.recv() {
            let mut batch = batch_of(first);
            if batch.is_empty() {
                continue;
            }
            loop {
                match received.recv_timeout(DEBOUNCE) {
                    Ok(event) => batch.merge(batch_of(event)),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            if changes.send(batch).is_err() {
                return;
            }
        }
    });
    Ok(watcher)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(path: &str) -> Option<ChangeKind> {
        classify(Path::new(path))
    }

    #[test]
    fn each_input_folder_has_its_kind() {
        assert_eq!(kind("kb.toml"), Some(ChangeKind::Config));
        assert_eq!(kind("content/fees/x.md"), Some(ChangeKind::Content));
        assert_eq!(kind("templates/page.html"), Some(ChangeKind::Theme));
        assert_eq!(
            kind("themes/default/static/kb.css"),
            Some(ChangeKind::Theme)
        );
        assert_eq!(kind("locales/fr/main.ftl"), Some(ChangeKind::Locales));
        assert_eq!(kind("static/forms/a.pdf"), Some(ChangeKind::Static));
    }

    #[test]
    fn editor_files_and_outputs_are_no_change() {
        assert_eq!(kind("content/.about.md.swp"), None);
        assert_eq!(kind("content/about.md~"), None);
        assert_eq!(kind("content/.#about.md"), None);
        assert_eq!(kind("content/4913"), None);
        assert_eq!(kind("public/en/index.html"), None);
        assert_eq!(kind("target/debug/kb"), None);
        assert_eq!(kind("content/kb.toml"), Some(ChangeKind::Content));
        assert_eq!(kind(".git/index"), None);
    }

    #[test]
    fn a_batch_keeps_every_kind_once() {
        let root = Path::new("/site");
        let changes = Changes::from_paths(
            root,
            [
                Path::new("/site/content/a.md"),
                Path::new("/site/content/b.md"),
                Path::new("/site/public/x.html"),
                Path::new("/elsewhere/kb.toml"),
            ],
        );
        assert_eq!(
            changes.kinds.into_iter().collect::<Vec<_>>(),
            [ChangeKind::Content]
        );
        assert_eq!(changes.paths.len(), 2);
    }
}
