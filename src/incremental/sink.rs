//! Sinks of an incremental build: [`Recording`] notes the hash of every
//! file written through it (for the next build's cache), and, given the
//! previous build's hashes, passes on only the files whose bytes changed
//! to an [`InPlace`] folder, which replaces each file in one rename.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use crate::output::Sink;

use super::cache::hash;

/// Hashes what goes through it into `inner`; with `previous`, a file
/// whose hash is the one it had is not written again.
pub struct Recording<'a> {
    inner: &'a dyn Sink,
    previous: Option<&'a BTreeMap<String, String>>,
    written: Mutex<BTreeMap<String, String>>,
    changed: Mutex<Vec<String>>,
}

impl<'a> Recording<'a> {
    /// Records into `inner`, skipping files unchanged since `previous`.
    pub fn new(inner: &'a dyn Sink, previous: Option<&'a BTreeMap<String, String>>) -> Self {
        Recording {
            inner,
            previous,
            written: Mutex::default(),
            changed: Mutex::default(),
        }
    }

    /// Every file written (or found unchanged), by site path, with its
    /// hash; and the site paths whose bytes changed.
    pub fn finish(self) -> (BTreeMap<String, String>, Vec<String>) {
        let written = self.written.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut changed = self.changed.into_inner().unwrap_or_else(|e| e.into_inner());
        changed.sort();
        (written, changed)
    }

    fn note(&self, path: &str, digest: String) -> bool {
        let path = path.trim_start_matches('/').to_string();
        let same = self.previous.is_some_and(|p| p.get(&path) == Some(&digest));
        if !same {
            lock(&self.changed).push(path.clone());
        }
        lock(&self.written).insert(path, digest);
        same
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Sink for Recording<'_> {
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        if self.note(path, hash(bytes)) {
            return Ok(());
        }
        self.inner.write(path, bytes)
    }

    fn write_streamed(
        &self,
        path: &str,
        fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        if self.previous.is_some() {
            // Whether it changed is known only at its end: hold it.
            let mut bytes = Vec::new();
            fill(&mut bytes)?;
            return self.write(path, &bytes);
        }
        let mut digest = Sha256::new();
        self.inner.write_streamed(path, &mut |out| {
            let mut tee = Tee {
                out,
                digest: &mut digest,
            };
            fill(&mut tee)
        })?;
        let digest = super::cache::hex(&digest.finalize());
        self.note(path, digest);
        Ok(())
    }
}

/// Writes to `out` and hashes what it wrote.
struct Tee<'a> {
    out: &'a mut dyn Write,
    digest: &'a mut Sha256,
}

impl Write for Tee<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.out.write(buf)?;
        self.digest.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The output folder itself, each file replaced in one rename so that a
/// reader never sees half of one.
pub struct InPlace {
    dir: PathBuf,
}

impl InPlace {
    /// Writes into the folder `dir`.
    pub fn new(dir: &Path) -> InPlace {
        InPlace {
            dir: dir.to_path_buf(),
        }
    }

    /// Removes the file at site path `path`, and the folders it leaves
    /// empty.
    pub fn remove(&self, path: &str) -> io::Result<()> {
        let full = self.dir.join(crate::output::checked_relative(path)?);
        match std::fs::remove_file(&full) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        let mut folder = full.parent();
        while let Some(f) = folder.filter(|f| *f != self.dir) {
            if std::fs::remove_dir(f).is_err() {
                break;
            }
            folder = f.parent();
        }
        Ok(())
    }
}

impl Sink for InPlace {
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        let full = self.dir.join(crate::output::checked_relative(path)?);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut name = full.file_name().unwrap_or_default().to_os_string();
        name.push(".kb-new");
        let temporary = full.with_file_name(name);
        std::fs::write(&temporary, bytes)?;
        std::fs::rename(temporary, full)
    }
}
