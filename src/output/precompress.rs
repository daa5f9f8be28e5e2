//! `kb build --precompress`: a `.gz` and a `.br` beside every text file of
//! the output, for servers that send a stored compressed copy instead of
//! compressing on every request (nginx `gzip_static` and `brotli_static`,
//! Apache with a rewrite, object stores with `Content-Encoding`). See
//! docs/deploy.md.
//!
//! Deterministic like the rest of the output: gzip with no file name and
//! no time in its header, brotli at a fixed quality and window. A file
//! whose bytes equal the previous output's keeps the previous output's
//! compressed copies (linked, or copied), when the previous output was
//! compressed with the same settings ([`SETTINGS`], written to
//! [`MARKER`]): after a small edit only what changed is compressed again,
//! and the result is the bytes a clean build gives.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

/// The file at the top of a precompressed output that names the settings
/// its `.gz` and `.br` files were made with.
pub const MARKER: &str = ".kb-precompress";

/// The compressors and their settings. A change here must change this
/// text, so that no build reuses a copy made another way.
pub const SETTINGS: &str =
    "kb precompress 3: gzip (flate2, level 9, no name, mtime 0); brotli (quality 7, window 2^18..2^22 by size)\n";

/// Extensions of the text files that get compressed copies. Images other
/// than SVG, fonts and archives are compressed already.
pub const TEXT_EXTENSIONS: [&str; 11] = [
    "html",
    "css",
    "js",
    "json",
    "xml",
    "txt",
    "svg",
    "csv",
    "ics",
    "webmanifest",
    "map",
];

/// Files smaller than this are sent as they are: a compressed copy would
/// save less than the headers cost.
pub const MIN_BYTES: u64 = 256;

const GZIP_LEVEL: u32 = 9;
/// Quality 7: on 3,000 files of the national benchmark's output, a third
/// of the time of quality 9 for 0.2 % more bytes (docs/performance-log.md,
/// "Figures of 2026-12-07, morning").
const BROTLI_QUALITY: u32 = 7;
const BROTLI_WINDOW: u32 = 22;
/// Below a 2^18 window, quality 7 takes a slower hasher: 2.7 times the
/// time for 1 % more bytes on those files.
const BROTLI_MIN_WINDOW: u32 = 18;

/// What [`precompress`] did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Precompressed {
    /// Text files given compressed copies.
    pub files: usize,
    /// Of those, files whose copies came from the previous output.
    pub reused: usize,
}

/// Writes `.gz` and `.br` beside every text file of at least [`MIN_BYTES`]
/// in the folder `dir` (a staging folder), reusing the copies of `previous`
/// (the output being replaced) for files that did not change.
pub fn precompress(dir: &Path, previous: Option<&Path>) -> io::Result<Precompressed> {
    let previous = previous
        .filter(|p| std::fs::read_to_string(p.join(MARKER)).is_ok_and(|text| text == SETTINGS));
    let files = text_files(dir);
    let reused = files
        .par_iter()
        .map(|relative| compress_file(dir, previous, relative))
        .collect::<io::Result<Vec<bool>>>()?;
    std::fs::write(dir.join(MARKER), SETTINGS)?;
    Ok(Precompressed {
        files: files.len(),
        reused: reused.iter().filter(|r| **r).count(),
    })
}

/// Whether a site path names a file that gets compressed copies.
pub fn is_text(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT_EXTENSIONS.contains(&e))
}

/// The text files under `dir` worth compressing, relative to it, in name
/// order.
fn text_files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && is_text(e.path()))
        .filter(|e| e.metadata().is_ok_and(|m| m.len() >= MIN_BYTES))
        .filter_map(|e| e.path().strip_prefix(dir).ok().map(Path::to_path_buf))
        .collect()
}

/// After an incremental build changed the files at site paths `changed`
/// in the folder `dir`: gives each its copies again, or removes the
/// copies of one that is gone or no longer compressed.
pub fn refresh(dir: &Path, changed: &[String]) -> io::Result<()> {
    changed.par_iter().try_for_each(|path| {
        let relative = Path::new(path.as_str());
        let full = dir.join(relative);
        let compressed = is_text(&full)
            && std::fs::metadata(&full).is_ok_and(|m| m.is_file() && m.len() >= MIN_BYTES);
        if compressed {
            return compress_file(dir, None, relative).map(|_| ());
        }
        for copy in [sibling(&full, "gz"), sibling(&full, "br")] {
            match std::fs::remove_file(copy) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    })
}

/// Gives one file its two copies; true if they came from `previous`.
fn compress_file(dir: &Path, previous: Option<&Path>, relative: &Path) -> io::Result<bool> {
    let path = dir.join(relative);
    let bytes = std::fs::read(&path)?;
    let gz = sibling(&path, "gz");
    let br = sibling(&path, "br");
    if let Some(previous) = previous {
        let old = previous.join(relative);
        let (old_gz, old_br) = (sibling(&old, "gz"), sibling(&old, "br"));
        if old_gz.is_file()
            && old_br.is_file()
            && std::fs::read(&old).is_ok_and(|old_bytes| old_bytes == bytes)
            && link_or_copy(&old_gz, &gz).is_ok()
            && link_or_copy(&old_br, &br).is_ok()
        {
            return Ok(true);
        }
    }
    // Both at once: a large file (the open data) is the last to finish.
    let (gz_bytes, br_bytes) = rayon::join(|| gzip(&bytes), || brotli(&bytes));
    std::fs::write(&gz, gz_bytes?)?;
    std::fs::write(&br, br_bytes?)?;
    Ok(false)
}

/// `page.html` → `page.html.gz`.
fn sibling(path: &Path, extension: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(extension);
    PathBuf::from(name)
}

/// A hard link where the file system allows one (the previous output is
/// beside the staging folder, and nothing writes into a finished file),
/// else a copy.
fn link_or_copy(from: &Path, to: &Path) -> io::Result<()> {
    if to.exists() {
        std::fs::remove_file(to)?;
    }
    std::fs::hard_link(from, to).or_else(|_| std::fs::copy(from, to).map(|_| ()))
}

/// gzip of `bytes`, the same bytes on every machine and every day.
pub fn gzip(bytes: &[u8]) -> io::Result<Vec<u8>> {
    gzip_at(bytes, GZIP_LEVEL)
}

/// [`gzip`] at compression level `level` (1, fastest, to 9, smallest).
pub fn gzip_at(bytes: &[u8], level: u32) -> io::Result<Vec<u8>> {
    let mut encoder = flate2::GzBuilder::new().mtime(0).write(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::new(level),
    );
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// The brotli window for a file of `len` bytes: no larger than the file
/// needs (a decoder sizes its buffer by it), and no smaller than
/// [`BROTLI_MIN_WINDOW`]. It follows the length alone, so the bytes stay
/// the same.
fn window_bits(len: usize) -> u32 {
    let needed = usize::BITS - len.max(1).leading_zeros() + 1;
    needed.clamp(BROTLI_MIN_WINDOW, BROTLI_WINDOW)
}

/// brotli of `bytes`.
pub fn brotli(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len() / 4);
    {
        let window = window_bits(bytes.len());
        let mut encoder = brotli::CompressorWriter::new(&mut out, 4096, BROTLI_QUALITY, window);
        encoder.write_all(bytes)?;
        encoder.flush()?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn copies_decompress_to_the_file_and_are_the_same_every_time() {
        let text = "<p>Coffee, not roasted</p>\n".repeat(40);
        let gz = gzip(text.as_bytes()).unwrap();
        assert_eq!(gz, gzip(text.as_bytes()).unwrap());
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
        let br = brotli(text.as_bytes()).unwrap();
        let mut back = Vec::new();
        brotli::Decompressor::new(&br[..], 4096)
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, text.as_bytes());
        assert!(gz.len() < text.len() / 4 && br.len() < gz.len());
    }

    #[test]
    fn a_page_gets_a_window_of_at_least_2_to_the_18() {
        // Smaller windows make quality 7 take its slower hasher.
        assert_eq!(window_bits(7_000), BROTLI_MIN_WINDOW);
        assert_eq!(window_bits(300_000), 20);
        assert_eq!(window_bits(95_000_000), BROTLI_WINDOW);
    }

    #[test]
    fn unchanged_files_keep_the_previous_copies() {
        let tmp = tempfile::tempdir().unwrap();
        let (old, new) = (tmp.path().join("old"), tmp.path().join("new"));
        let page = "<p>Fees</p>\n".repeat(50);
        for dir in [&old, &new] {
            std::fs::create_dir_all(dir.join("en")).unwrap();
            std::fs::write(dir.join("en/index.html"), &page).unwrap();
            std::fs::write(dir.join("tiny.txt"), "small").unwrap();
            std::fs::write(dir.join("logo.png"), page.as_bytes()).unwrap();
        }
        std::fs::write(new.join("en/changed.css"), page.replace("Fees", "Fines")).unwrap();
        let first = precompress(&old, None).unwrap();
        assert_eq!(
            first,
            Precompressed {
                files: 1,
                reused: 0
            }
        );
        let second = precompress(&new, Some(&old)).unwrap();
        assert_eq!(
            second,
            Precompressed {
                files: 2,
                reused: 1
            }
        );
        assert!(new.join("en/changed.css.br").is_file());
        assert!(!new.join("tiny.txt.gz").exists() && !new.join("logo.png.gz").exists());
        let clean = tmp.path().join("clean");
        std::fs::create_dir_all(clean.join("en")).unwrap();
        std::fs::write(clean.join("en/index.html"), &page).unwrap();
        precompress(&clean, None).unwrap();
        assert_eq!(
            std::fs::read(new.join("en/index.html.br")).unwrap(),
            std::fs::read(clean.join("en/index.html.br")).unwrap()
        );
    }
}
