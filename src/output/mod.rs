//! Write stage: every output goes into a staging folder beside the output
//! folder, which replaces the old output in one swap at the end. A build that
//! fails removes its staging folder and leaves the previous output untouched.
//! [`folder`] decides which folders may be replaced, locks them and
//! recovers from a build killed in the middle of its swap.

pub mod folder;
pub mod precompress;

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// One file an output stage made (a feed, an open data file, a part of the
/// search index): its site path and its bytes, for a [`Sink`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path under the output root, such as `data/tariff.json`.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

impl OutputFile {
    /// A text file at `path`.
    pub fn text(path: &str, text: String) -> OutputFile {
        OutputFile {
            path: path.to_string(),
            bytes: text.into_bytes(),
        }
    }
}

/// Where an output stage puts its files: the staging folder of `kb build`,
/// memory for `kb serve`, or nowhere for `kb check`.
pub trait Sink: Sync {
    /// Writes `bytes` at the site path `path` (`en/about/index.html`).
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()>;

    /// Writes at `path` what `fill` writes, for a file too large to hold
    /// in memory beside the site (the open data of a tariff in 24
    /// languages is hundreds of megabytes). This default collects it
    /// first; a sink on disk streams it.
    fn write_streamed(
        &self,
        path: &str,
        fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut bytes = Vec::new();
        fill(&mut bytes)?;
        self.write(path, &bytes)
    }
}

/// The site path without its leading `/`, or an error if it would leave
/// the output folder.
pub(crate) fn checked_relative(path: &str) -> io::Result<&Path> {
    let relative = Path::new(path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("output path `{path}` leaves the output folder"),
        ));
    }
    Ok(relative)
}

/// A folder being filled with the next version of the site.
#[derive(Debug)]
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    committed: bool,
}

impl Staging {
    /// Starts a staging folder for `target` (`public/` →
    /// `.public.kb-new-{process id}/`), stamped as kb's output. The caller
    /// holds the output's [`folder::OutputLock`]; the process id keeps
    /// two builds from ever sharing a staging folder all the same.
    pub fn new(target: &Path) -> io::Result<Staging> {
        let dir = folder::sibling(target, &format!("new-{}", std::process::id()));
        if dir.exists() {
            folder::remove_tree(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(folder::STAMP), folder::STAMP_TEXT)?;
        Ok(Staging {
            target: target.to_path_buf(),
            dir,
            committed: false,
        })
    }

    /// Writes `bytes` at the site path `path` (`en/about/index.html`).
    /// Paths that would leave the output folder are refused.
    pub fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        let full = self.dir.join(checked_relative(path)?);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(full, bytes)
    }

    /// Copies the file `from` to the site path `path`.
    pub fn copy(&self, from: &Path, path: &str) -> io::Result<()> {
        let bytes = std::fs::read(from)?;
        self.write(path, &bytes)
    }

    /// The staging folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Swaps the staging folder in place of the output folder.
    pub fn commit(mut self) -> io::Result<()> {
        // A kill between the two renames leaves `.kb-old` and no output:
        // `folder::recover` puts it back at the start of the next run.
        let old = folder::sibling(&self.target, "old");
        if old.exists() {
            folder::remove_tree(&old)?;
        }
        if self.target.exists() {
            std::fs::rename(&self.target, &old)?;
        }
        if let Err(e) = std::fs::rename(&self.dir, &self.target) {
            // Put the previous site back rather than leave none.
            let _ = std::fs::rename(&old, &self.target);
            return Err(e);
        }
        self.committed = true;
        if old.exists() {
            folder::remove_tree(&old)?;
        }
        Ok(())
    }
}

impl Sink for Staging {
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        Staging::write(self, path, bytes)
    }

    fn write_streamed(
        &self,
        path: &str,
        fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        let full = self.dir.join(checked_relative(path)?);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut file = io::BufWriter::new(std::fs::File::create(full)?);
        fill(&mut file)?;
        file.flush()
    }
}

/// Files kept in memory, by site path without the leading `/`.
#[derive(Debug, Default)]
pub struct MemorySink {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl MemorySink {
    /// The files written so far.
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.files.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for MemorySink {
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        let relative = checked_relative(path)?;
        let key = relative
            .iter()
            .map(|c| c.to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        self.files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, bytes.to_vec());
        Ok(())
    }
}

/// Discards everything: `kb check` renders every page to find template
/// errors, and writes nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct NullSink;

impl Sink for NullSink {
    fn write(&self, path: &str, _: &[u8]) -> io::Result<()> {
        checked_relative(path).map(|_| ())
    }

    fn write_streamed(
        &self,
        path: &str,
        fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        checked_relative(path)?;
        fill(&mut io::sink())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = folder::remove_tree(&self.dir);
        }
    }
}

/// Copies the site's `static/` folder into the output as it is. Symbolic
/// links are not followed, so nothing outside the site can be published by
/// accident; each one skipped is named in the returned warnings.
pub fn copy_static(dir: &Path, staging: &dyn Sink) -> (usize, Vec<String>) {
    let mut copied = 0;
    let mut skipped = Vec::new();
    if !dir.is_dir() {
        return (0, skipped);
    }
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
    {
        let Ok(entry) = entry else { continue };
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let site_path = rel
            .iter()
            .map(|c| c.to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if entry.path_is_symlink() {
            skipped.push(format!("static/{site_path}"));
        } else if entry.file_type().is_file()
            && std::fs::read(entry.path())
                .and_then(|bytes| staging.write(&site_path, &bytes))
                .is_ok()
        {
            copied += 1;
        }
    }
    (copied, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_the_output_and_drop_discards() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        let s = Staging::new(&target).unwrap();
        s.write("en/index.html", b"one").unwrap();
        s.commit().unwrap();
        assert_eq!(std::fs::read(target.join("en/index.html")).unwrap(), b"one");

        let s = Staging::new(&target).unwrap();
        s.write("en/index.html", b"two").unwrap();
        drop(s);
        assert_eq!(std::fs::read(target.join("en/index.html")).unwrap(), b"one");
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn paths_outside_the_output_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let s = Staging::new(&tmp.path().join("public")).unwrap();
        assert!(s.write("../evil", b"x").is_err());
        assert!(s.write("a/../../evil", b"x").is_err());
    }
}
