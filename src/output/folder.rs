//! The output folder as a thing kb owns: which folders a build may
//! replace, the stamp that marks kb's own output, the lock that keeps two
//! builds of one output apart, and recovery from a build that was killed
//! between the two renames of its swap.
//!
//! A build calls [`check_output_folder`], then [`OutputLock::acquire`],
//! then [`recover`], and only then opens its staging folder.

use std::fs::{File, TryLockError};
use std::io;
use std::path::{Component, Path, PathBuf};

/// The stamp file at the top of every output kb writes (as cargo marks its
/// target folder with `CACHEDIR.TAG`): a folder without it is never
/// replaced.
pub const STAMP: &str = ".kb-output";

/// What the stamp file says, for whoever finds it.
pub const STAMP_TEXT: &str =
    "This folder is written by `kb build`, which replaces it whole on every build.\n\
Do not keep other files here: they would be deleted by the next build.\n";

/// Folders of a site that an output may never be in, nor replace.
const SITE_INPUTS: [&str; 6] = [
    "content",
    "static",
    "themes",
    "templates",
    "locales",
    ".git",
];

/// Checks that `target` is a folder kb may replace for the site at `root`.
/// `from_config` is true when the folder comes from `output_dir` in
/// `kb.toml`, which must stay inside the site folder (a cloned site must
/// not be able to name a folder elsewhere on the machine); `--output`
/// given by the user on the command line may go anywhere else. The error
/// says why, in one sentence, with what to do.
pub fn check_output_folder(root: &Path, target: &Path, from_config: bool) -> Result<(), String> {
    let root = resolved(root);
    let target = resolved(target);
    let shown = target.display();
    if target == root {
        return Err(format!(
            "the output folder {shown} is the site folder itself; a build replaces its output whole, so choose a folder such as public/"
        ));
    }
    if root.starts_with(&target) {
        return Err(format!(
            "the output folder {shown} contains the site folder; a build replaces its output whole, so choose a folder such as public/"
        ));
    }
    for input in SITE_INPUTS {
        if target.starts_with(root.join(input)) {
            return Err(format!(
                "the output folder {shown} is inside the site's {input}/ folder; choose a folder such as public/"
            ));
        }
    }
    if from_config && !target.starts_with(&root) {
        return Err(format!(
            "output_dir in kb.toml names {shown}, outside the site folder; keep it inside the site (such as \"public\"), or give --output on the command line to build elsewhere"
        ));
    }
    match std::fs::symlink_metadata(&target) {
        Ok(meta) if !meta.is_dir() => Err(format!(
            "the output folder {shown} is a file or a link, not a folder; choose another path"
        )),
        Ok(_) if is_foreign_folder(&target) => Err(format!(
            "the output folder {shown} is not empty and was not written by kb (it has no {STAMP} stamp); a build would delete everything in it: empty it, or choose another folder"
        )),
        _ => Ok(()),
    }
}

/// A folder with something in it and no stamp: not kb's to replace.
fn is_foreign_folder(dir: &Path) -> bool {
    if dir.join(STAMP).is_file() {
        return false;
    }
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some())
}

/// `path` made absolute, with symbolic links of its existing part resolved
/// and `..` applied, so that two names of one folder compare equal.
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for part in rest.iter().rev() {
        out.push(part);
    }
    let mut normal = PathBuf::new();
    for component in out.components() {
        match component {
            Component::ParentDir => {
                normal.pop();
            }
            Component::CurDir => {}
            other => normal.push(other),
        }
    }
    normal
}

/// The name of a helper file or folder beside `target`:
/// `public` → `.public.kb-{suffix}`.
pub(crate) fn sibling(target: &Path, suffix: &str) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    target
        .parent()
        .unwrap_or(Path::new("."))
        .join(format!(".{name}.kb-{suffix}"))
}

/// An advisory lock on an output folder, held for the whole of a build:
/// a second build of the same output waits for the first one to finish
/// instead of deleting the files it is writing.
#[derive(Debug)]
pub struct OutputLock {
    _file: File,
}

impl OutputLock {
    /// Takes the lock of `target` (a file `.public.kb-lock` beside it),
    /// waiting for another build that holds it; `waiting` is called once
    /// if it must wait, to say so.
    pub fn acquire(target: &Path, waiting: impl FnOnce()) -> io::Result<OutputLock> {
        let path = sibling(target, "lock");
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                waiting();
                file.lock()?;
            }
            Err(TryLockError::Error(e)) => return Err(e),
        }
        Ok(OutputLock { _file: file })
    }
}

/// Puts an interrupted swap right, under the lock: if a build was killed
/// after moving the old output aside (`.public.kb-old`) and before moving
/// its new one in, the old output goes back in place; an old output left
/// after a finished swap, and staging folders of dead builds, are removed.
/// Returns what was done, for a warning, if anything was.
pub fn recover(target: &Path) -> io::Result<Option<String>> {
    let old = sibling(target, "old");
    let mut done = None;
    if old.is_dir() {
        if target.exists() {
            remove_tree(&old)?;
        } else {
            std::fs::rename(&old, target)?;
            done = Some("restored the last complete output after an interrupted build".into());
        }
    }
    let staging_prefix = sibling(target, "new");
    let prefix = staging_prefix
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(Ok(entries)) = target.parent().map(std::fs::read_dir) {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                remove_tree(&entry.path())?;
            }
        }
    }
    Ok(done)
}

/// How many entries [`remove_tree`] removes at a time, whatever the
/// cores: the removal waits for the disk, not for the CPU.
const REMOVERS: usize = 8;

/// Removes the folder `path` and everything in it, [`REMOVERS`] entries at
/// a time. Where the file system trims each freed block on the disk at
/// once (ext4 mounted with `discard`, as on the project's machine), removing
/// a replaced output one file after another took most of a rebuild's time
/// (docs/performance.md, "Figures of 2026-12-05, evening"). Symbolic links
/// are removed, never followed: `path` itself too, as `std::fs::remove_dir_all`
/// does (a leftover `.kb-old` or staging folder that someone made a link).
pub fn remove_tree(path: &Path) -> io::Result<()> {
    if std::fs::symlink_metadata(path)?.file_type().is_symlink() {
        return std::fs::remove_file(path);
    }
    let removers = rayon::ThreadPoolBuilder::new()
        .num_threads(REMOVERS)
        .thread_name(|i| format!("kb-remove-{i}"))
        .build()
        .map_err(io::Error::other)?;
    removers.install(|| remove_dir_all::remove_dir_all(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for input in ["content", "static", "locales"] {
            std::fs::create_dir_all(dir.path().join(input)).unwrap();
        }
        std::fs::write(dir.path().join("kb.toml"), "title = \"x\"\n").unwrap();
        dir
    }

    #[test]
    fn the_site_its_parents_and_its_inputs_are_refused() {
        let dir = site();
        let root = dir.path();
        for target in [
            root.to_path_buf(),
            root.join("."),
            root.join("public/.."),
            root.parent().unwrap().to_path_buf(),
            root.join("content"),
            root.join("content/sub"),
            root.join("static/out"),
            root.join("themes/x"),
            root.join(".git"),
        ] {
            assert!(
                check_output_folder(root, &target, false).is_err(),
                "{} accepted",
                target.display()
            );
        }
        assert!(check_output_folder(root, &root.join("public"), true).is_ok());
    }

    #[test]
    fn remove_tree_removes_a_wide_tree_and_never_follows_a_link_out_of_it() {
        let dir = tempfile::tempdir().unwrap();
        let kept = dir.path().join("kept");
        std::fs::create_dir_all(kept.join("inside")).unwrap();
        std::fs::write(kept.join("inside/file.txt"), "kept").unwrap();
        let tree = dir.path().join("old");
        for i in 0..200 {
            let page = tree.join(format!("en/tariff/{i:04}"));
            std::fs::create_dir_all(&page).unwrap();
            std::fs::write(page.join("index.html"), "<p>x</p>").unwrap();
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&kept, tree.join("en/link")).unwrap();
            std::os::unix::fs::symlink(kept.join("inside/file.txt"), tree.join("file-link"))
                .unwrap();
        }
        remove_tree(&tree).unwrap();
        assert!(!tree.exists());
        #[cfg(unix)]
        {
            let link = dir.path().join("old-link");
            std::os::unix::fs::symlink(&kept, &link).unwrap();
            remove_tree(&link).unwrap();
            assert!(std::fs::symlink_metadata(&link).is_err(), "the link stays");
        }
        assert_eq!(
            std::fs::read_to_string(kept.join("inside/file.txt")).unwrap(),
            "kept"
        );
    }

    #[test]
    fn kb_toml_may_not_name_a_folder_outside_the_site() {
        let dir = site();
        let outside = tempfile::tempdir().unwrap();
        let target = outside.path().join("site");
        let err = check_output_folder(dir.path(), &target, true).unwrap_err();
        assert!(err.contains("outside the site folder"), "{err}");
        assert!(check_output_folder(dir.path(), &target, false).is_ok());
        let climbing = dir.path().join("../../etc");
        assert!(check_output_folder(dir.path(), &climbing, true).is_err());
    }

    #[test]
    fn a_folder_kb_did_not_write_is_refused_unless_empty() {
        let dir = site();
        let target = dir.path().join("public");
        std::fs::create_dir_all(&target).unwrap();
        assert!(check_output_folder(dir.path(), &target, true).is_ok());
        std::fs::write(target.join("notes.txt"), "mine").unwrap();
        let err = check_output_folder(dir.path(), &target, true).unwrap_err();
        assert!(err.contains("not written by kb"), "{err}");
        std::fs::write(target.join(STAMP), STAMP_TEXT).unwrap();
        assert!(check_output_folder(dir.path(), &target, true).is_ok());
    }

    #[test]
    fn an_interrupted_swap_is_put_back() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let old = sibling(&target, "old");
        std::fs::create_dir_all(&old).unwrap();
        std::fs::write(old.join("index.html"), "last good").unwrap();
        std::fs::create_dir_all(sibling(&target, "new-123")).unwrap();
        let done = recover(&target).unwrap();
        assert!(done.is_some());
        assert_eq!(
            std::fs::read_to_string(target.join("index.html")).unwrap(),
            "last good"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(recover(&target).unwrap().is_none());
    }

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let first = OutputLock::acquire(&target, || panic!("the first must not wait")).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let t = target.clone();
        let second = std::thread::spawn(move || {
            let _lock = OutputLock::acquire(&t, || tx.send(()).unwrap()).unwrap();
        });
        rx.recv_timeout(std::time::Duration::from_secs(5))
            .expect("the second build says it waits");
        drop(first);
        second.join().unwrap();
    }
}
