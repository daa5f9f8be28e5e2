//! Small sites for unit tests: written into a temporary folder (outside
//! any git repository) and loaded through the same load stage as a build,
//! described on the tests' reference day.

use std::path::Path;

use crate::load::{load_site_with_errors, Loaded};
use crate::model::BuildOptions;

/// The day unit tests describe, as the integration tests do.
pub(crate) const TODAY: &str = "2026-12-02";

/// The fixture site `tests/sites/<fixture>` with `files` (path under the
/// site, text) written over it, loaded on [`TODAY`]. The folder lives as
/// long as the returned guard.
pub(crate) fn fixture_with(fixture: &str, files: &[(&str, &str)]) -> (tempfile::TempDir, Loaded) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/sites")
        .join(fixture);
    for entry in walkdir::WalkDir::new(&from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = entry
            .path()
            .strip_prefix(&from)
            .expect("inside the fixture");
        let target = dir.path().join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("a folder");
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
    write_files(dir.path(), files);
    let loaded = load(dir.path());
    (dir, loaded)
}

/// The site at `root`, loaded on [`TODAY`]; panics on a content error.
pub(crate) fn load(root: &Path) -> Loaded {
    let options = BuildOptions {
        date: Some(TODAY.parse().expect("a date")),
        ..BuildOptions::default()
    };
    match load_site_with_errors(root, &options) {
        Ok((loaded, problems)) if !problems.has_errors() => loaded,
        Ok((_, problems)) | Err(problems) => panic!("the test site loads: {problems:?}"),
    }
}

/// Writes `files` under `root`, making folders as needed.
pub(crate) fn write_files(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let path = root.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("a folder");
        }
        std::fs::write(&path, text).expect("a file");
    }
}
