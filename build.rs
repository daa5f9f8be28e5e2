//! Gives the binary an identity of what it is built from: a hash of its
//! source, the theme and locales it embeds, and its locked dependencies
//! (`KB_SOURCE_ID`). `kb build --incremental` keeps it in its cache, so a
//! kb built from other code, which may render differently, makes a whole
//! build rather than keep pages the old one wrote; the version number
//! alone does not change between two builds of the same release.

use std::hash::{DefaultHasher, Hasher};
use std::path::Path;

const INPUTS: &[&str] = &[
    "src",
    "themes/default",
    "locales",
    "Cargo.toml",
    "Cargo.lock",
];

fn main() {
    let mut hasher = DefaultHasher::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        add(&mut hasher, Path::new(input));
    }
    println!("cargo:rustc-env=KB_SOURCE_ID={:016x}", hasher.finish());
}

/// Adds `path` to `hasher`: a file's path and bytes, a folder's entries
/// in name order.
fn add(hasher: &mut DefaultHasher, path: &Path) {
    if path.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.path())
            .collect();
        entries.sort();
        for entry in entries {
            add(hasher, &entry);
        }
    } else if let Ok(bytes) = std::fs::read(path) {
        hasher.write(path.to_string_lossy().as_bytes());
        hasher.write(&bytes);
    }
}
