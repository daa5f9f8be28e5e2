//! What an edit touched: [`classify`] is a pure function from a changed
//! path to the [`InputKind`] that says which inputs to reload, and
//! [`watch_inputs`] runs `notify` over the site's inputs and sends the
//! edits in debounced batches. It follows symbolic links only as far as
//! the build reads through them ([`links_in`]).
//!
//! The debouncing is done here rather than with `notify-debouncer-mini`
//! because that crate drops the kind of each event, and the watcher's own
//! reads of the files (inotify's open and close events) must not count as
//! edits, or every rebuild would trigger the next.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode};

use crate::load::edits::Changes;
#[cfg(test)]
use crate::load::edits::{classify, InputKind};
use notify::{Config, Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// How long the watcher waits for an editor to finish saving (several
/// events: a temporary file, a rename) before it reports one change.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// The folders under the site root that are inputs of a build.
pub const WATCHED_FOLDERS: [&str; 5] = ["content", "templates", "themes", "locales", "static"];

/// How far the watcher follows symbolic links in an input folder: as far
/// as the build reads through them. An edit behind a link the build does
/// not read changes nothing served, and a link to a busy folder (a log
/// folder, another build's output) would rebuild the site on each of its
/// writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// Followed: templates, themes and UI strings are read through any
    /// link (`theme::disk_files`).
    Followed,
    /// Followed, but edits reached through a link that leads out of the
    /// site are dropped: `content::load` reads no such link.
    InsideSite,
    /// Not followed: `static/` copies no link (`output::copy_static`).
    NotFollowed,
}

/// How the watcher treats links in the input folder `folder`.
pub fn links_in(folder: &str) -> Links {
    match folder {
        "static" => Links::NotFollowed,
        "content" => Links::InsideSite,
        _ => Links::Followed,
    }
}

/// Whether the changed file `path` (absolute, perhaps deleted) lies
/// outside the canonical site folder `root` once links are resolved: its
/// nearest existing folder tells where a deleted file was.
fn resolves_outside(root: &Path, path: &Path) -> bool {
    path.ancestors()
        .find_map(|p| p.canonicalize().ok())
        .is_some_and(|real| !real.starts_with(root))
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

/// The watches of a site's inputs: one watcher that follows symbolic
/// links and one that does not (notify sets it per watcher), each input
/// folder on the one [`links_in`] calls for. Watching stops when dropped.
pub struct InputWatcher {
    through_links: RecommendedWatcher,
    not_through_links: RecommendedWatcher,
}

impl InputWatcher {
    /// Watches the input folder `dir` (named `folder`) and all below it.
    fn watch(&mut self, folder: &str, dir: &Path) -> notify::Result<()> {
        let watcher = match links_in(folder) {
            Links::Followed | Links::InsideSite => &mut self.through_links,
            Links::NotFollowed => &mut self.not_through_links,
        };
        watcher.watch(dir, RecursiveMode::Recursive)
    }
}

/// Watches `kb.toml` and the input folders of the site at `root` (which
/// must be canonical) and sends each batch of relevant edits once no new
/// one has come for [`DEBOUNCE`]. The watcher stops when the returned
/// value is dropped.
pub fn watch_inputs(
    root: &Path,
    changes: Sender<Changes>,
) -> notify::Result<Arc<Mutex<InputWatcher>>> {
    let (events, received) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher = InputWatcher {
        through_links: RecommendedWatcher::new(events.clone(), Config::default())?,
        not_through_links: RecommendedWatcher::new(
            events,
            Config::default().with_follow_symlinks(false),
        )?,
    };
    // The root itself without recursion, for kb.toml: an editor that saves
    // by renaming replaces the file a direct watch would follow. The output
    // folder and anything else at the root (target/, .git/) stay unwatched.
    watcher
        .not_through_links
        .watch(root, RecursiveMode::NonRecursive)?;
    for folder in WATCHED_FOLDERS {
        let dir = root.join(folder);
        if dir.is_dir() {
            watcher.watch(folder, &dir)?;
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
                let folder = WATCHED_FOLDERS.iter().find(|f| path.ends_with(f));
                if let Some(folder) = folder {
                    if path.parent() == Some(base.as_path()) && path.is_dir() {
                        if let Ok(mut watcher) = later.lock() {
                            let _ = watcher.watch(folder, path);
                        }
                    }
                }
            }
            // content::load reads no link out of the site: an edit behind
            // one changes nothing, and would cost a reload of all content
            // (the link's warning makes every read of it a full one).
            let read_by_build = |path: &&PathBuf| {
                let folder = path.strip_prefix(&base).ok().and_then(|p| p.iter().next());
                let inside_only =
                    folder.is_some_and(|f| links_in(&f.to_string_lossy()) == Links::InsideSite);
                !(inside_only && resolves_outside(&base, path))
            };
            let paths = event.paths.iter().filter(read_by_build);
            Changes::from_paths(&base, paths.map(PathBuf::as_path))
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
    use std::collections::BTreeSet;

    fn kind(path: &str) -> Option<InputKind> {
        classify(Path::new(path))
    }

    #[test]
    fn each_input_folder_has_its_kind() {
        assert_eq!(kind("kb.toml"), Some(InputKind::Config));
        assert_eq!(kind("content/fees/x.md"), Some(InputKind::Content));
        assert_eq!(kind("templates/page.html"), Some(InputKind::Theme));
        assert_eq!(kind("themes/default/static/kb.css"), Some(InputKind::Theme));
        assert_eq!(kind("locales/fr/main.ftl"), Some(InputKind::Locales));
        assert_eq!(kind("static/forms/a.pdf"), Some(InputKind::Static));
    }

    #[test]
    fn editor_files_and_outputs_are_no_change() {
        assert_eq!(kind("content/.about.md.swp"), None);
        assert_eq!(kind("content/about.md~"), None);
        assert_eq!(kind("content/.#about.md"), None);
        assert_eq!(kind("content/4913"), None);
        // `sed -i` writes its copy as `sed` and six letters, then renames.
        assert_eq!(kind("content/tariff/seds8fsdH"), None);
        assert_eq!(kind("content/about.md___jb_tmp___"), None);
        assert_eq!(kind("static/~$tariff.xlsx"), None);
        assert_eq!(kind("content/sediments.md"), Some(InputKind::Content));
        assert_eq!(kind("public/en/index.html"), None);
        assert_eq!(kind("target/debug/kb"), None);
        assert_eq!(kind("content/kb.toml"), Some(InputKind::Content));
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
            [InputKind::Content]
        );
        assert_eq!(changes.paths.len(), 2);
    }

    /// Batches from `batches` until one holds every path of `wanted`
    /// (relative to the site root); all the paths seen.
    fn paths_until(batches: &mpsc::Receiver<Changes>, wanted: &[&str]) -> BTreeSet<PathBuf> {
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        let mut seen = BTreeSet::new();
        while !wanted.iter().all(|w| seen.contains(Path::new(w))) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match batches.recv_timeout(left) {
                Ok(batch) => seen.extend(batch.paths),
                Err(_) => panic!("waited for {wanted:?}; saw {seen:?}"),
            }
        }
        seen
    }

    #[test]
    fn links_are_followed_as_far_as_the_build_reads_them() {
        assert_eq!(links_in("static"), Links::NotFollowed);
        assert_eq!(links_in("content"), Links::InsideSite);
        for folder in ["templates", "themes", "locales"] {
            assert_eq!(links_in(folder), Links::Followed);
        }
    }

    #[cfg(unix)]
    #[test]
    fn edits_behind_links_the_build_does_not_read_are_no_change() {
        use std::os::unix::fs::symlink;
        let site = tempfile::tempdir().unwrap();
        let root = site.path().canonicalize().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let (logs, notes, theme) = (
            elsewhere.path().join("logs"),
            elsewhere.path().join("notes"),
            elsewhere.path().join("theme"),
        );
        let shared = root.join("shared-pages");
        for dir in ["static", "content", "templates"].map(|f| root.join(f)) {
            std::fs::create_dir_all(dir).unwrap();
        }
        for dir in [&logs, &notes, &theme, &shared] {
            std::fs::create_dir_all(dir).unwrap();
        }
        symlink(&logs, root.join("static/logs")).unwrap();
        symlink(&notes, root.join("content/notes")).unwrap();
        symlink(&shared, root.join("content/shared")).unwrap();
        symlink(&theme, root.join("templates/theme")).unwrap();
        let (sender, batches) = mpsc::channel();
        let _watcher = watch_inputs(&root, sender).unwrap();

        // Behind links the build does not read: a link of static/, a link
        // of content/ out of the site. The files after them are behind
        // links it reads (content/ inside the site, templates/ anywhere)
        // or in static/ itself; once they have come, the first would have.
        std::fs::write(logs.join("access.log"), "GET /").unwrap();
        std::fs::write(notes.join("private.md"), "+++\ntitle = \"Private\"\n+++\n").unwrap();
        std::fs::write(shared.join("guide.md"), "+++\ntitle = \"Guide\"\n+++\n").unwrap();
        std::fs::write(theme.join("page.html"), "{{ page.title }}").unwrap();
        std::fs::write(root.join("static/robots.txt"), "User-agent: *").unwrap();
        let seen = paths_until(
            &batches,
            &[
                "content/shared/guide.md",
                "templates/theme/page.html",
                "static/robots.txt",
            ],
        );
        for unread in ["static/logs", "content/notes"] {
            assert!(!seen.iter().any(|p| p.starts_with(unread)), "{seen:?}");
        }
    }
}
