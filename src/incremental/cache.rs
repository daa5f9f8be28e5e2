//! The build cache: what one `kb build --incremental` leaves in
//! `.kb-cache/build.json` for the next: the hash of every input and
//! output file, and what each page refers to in the tariff. Deleting the
//! folder is always safe: the next build is a full one.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use walkdir::WalkDir;

use crate::model::{BuildOptions, Site};

/// The cache folder, under the site's root (ignored by git: `kb init`
/// writes it into `.gitignore`).
pub const CACHE_DIR: &str = ".kb-cache";

/// The cache file in [`CACHE_DIR`].
const CACHE_FILE: &str = "build.json";

/// Bumped whenever what the cache holds, or how an output follows from
/// its inputs, changes: a cache of another version is ignored.
const FORMAT: &str = "kb-build-cache/3";

/// One language's search index as last written.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SearchPart {
    /// Hash of the documents the index was made from.
    pub documents: String,
    /// Hash of what its term shards were made from ([`terms_fingerprint`]).
    pub terms: String,
    /// Its term shards.
    pub shards: crate::search::WrittenShards,
    /// The index's files (site paths).
    pub files: Vec<String>,
}

/// What the previous build read and wrote.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BuildCache {
    /// [`FORMAT`] and kb's version.
    pub format: String,
    /// The output folder the outputs below are in.
    pub output: PathBuf,
    /// Hash of everything every page depends on: kb.toml, locales, the
    /// theme, the build options, the reference date, the change history.
    pub global: String,
    /// Every file of `content/` by its path there: its hash and page key.
    pub inputs: BTreeMap<String, (String, String)>,
    /// The tariff ranges each page refers to (`hs` fields and `hs:`
    /// links), by page key: the code pages that show it.
    pub hs_refs: BTreeMap<String, Vec<(String, String)>>,
    /// Every output file by site path: the hash of its bytes.
    pub outputs: BTreeMap<String, String>,
    /// Every language's search index, by language code.
    pub search: BTreeMap<String, SearchPart>,
}

impl BuildCache {
    /// The cache of a build of `site` into `output`, from the content
    /// it read, the files it left there and its search indexes.
    pub fn of(
        site: &Site,
        global: String,
        output: &Path,
        inputs: BTreeMap<String, (String, String)>,
        outputs: BTreeMap<String, String>,
        search: BTreeMap<String, SearchPart>,
    ) -> BuildCache {
        BuildCache {
            format: format(),
            output: output.to_path_buf(),
            global,
            inputs,
            hs_refs: hs_refs(site),
            outputs,
            search,
        }
    }

    /// The cache left at `root` for the output folder `output`, if there
    /// is one of this version for that folder and the folder still holds
    /// kb's output.
    pub fn read(root: &Path, output: &Path) -> Option<BuildCache> {
        let text = std::fs::read_to_string(root.join(CACHE_DIR).join(CACHE_FILE)).ok()?;
        let cache: BuildCache = serde_json::from_str(&text).ok()?;
        let stamped = output.join(crate::output::folder::STAMP).is_file();
        (cache.format == format() && cache.output == output && stamped).then_some(cache)
    }

    /// Removes the cache at `root` if it describes the output folder
    /// `output`, before a build changes that folder: a build stopped
    /// half-way leaves none, and the next is a full one. A cache of
    /// another folder stays.
    pub fn forget(root: &Path, output: &Path) -> io::Result<()> {
        let file = root.join(CACHE_DIR).join(CACHE_FILE);
        let Ok(text) = std::fs::read_to_string(&file) else {
            return Ok(());
        };
        let describes =
            serde_json::from_str::<BuildCache>(&text).map_or(true, |c| c.output == output);
        if describes {
            BuildCache::remove(root)?;
        }
        Ok(())
    }

    /// Removes the cache at `root`, which the caller knows describes the
    /// folder it is about to change.
    pub fn remove(root: &Path) -> io::Result<()> {
        match std::fs::remove_file(root.join(CACHE_DIR).join(CACHE_FILE)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Writes the cache at `root`, replacing the last one in one rename.
    pub fn write(&self, root: &Path) -> io::Result<()> {
        let dir = root.join(CACHE_DIR);
        std::fs::create_dir_all(&dir)?;
        let temporary = dir.join(format!("{CACHE_FILE}.new"));
        std::fs::write(
            &temporary,
            serde_json::to_vec(self).map_err(io::Error::other)?,
        )?;
        std::fs::rename(temporary, dir.join(CACHE_FILE))
    }
}

/// [`FORMAT`] with kb's version and the hash of the code it was built
/// from (`build.rs`): another kb may render differently, even of the same
/// version.
pub fn format() -> String {
    format!(
        "{FORMAT} kb {} {}",
        env!("CARGO_PKG_VERSION"),
        env!("KB_SOURCE_ID")
    )
}

/// Hex SHA-256 of `bytes`.
pub fn hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Lower-case hex of a digest.
pub(crate) fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Every file of `content/` by its path there (`tariff/09.fr.md`), with
/// its hash and page key. Read before the load, so that a file saved
/// during the build is seen as changed by the next one.
pub fn content_hashes(config: &crate::config::Config) -> BTreeMap<String, (String, String)> {
    let content = config.root.join(crate::content::CONTENT_DIR);
    let mut found = BTreeMap::new();
    for entry in WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(&content) else {
            continue;
        };
        let rel: Vec<String> = rel
            .iter()
            .map(|c| c.to_string_lossy().into_owned())
            .collect();
        let rel = rel.join("/");
        let key = crate::content::key_of(config, &rel).map_or_else(|| rel.clone(), |(k, _)| k);
        let bytes = std::fs::read(entry.path()).unwrap_or_default();
        found.insert(rel, (hash(&bytes), key));
    }
    found
}

/// Hash of what every page depends on: kb's version, kb.toml, the UI
/// strings, the theme and templates, the build options, the reference
/// date and the change history. Any difference renders every page again.
pub fn global_fingerprint(site: &Site, options: &BuildOptions) -> String {
    let root = &site.config.root;
    let mut hasher = Sha256::new();
    hasher.update(format().as_bytes());
    for folder in ["kb.toml", "locales", "themes", "templates"] {
        for entry in WalkDir::new(root.join(folder))
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            if entry.file_type().is_file() {
                hasher.update(entry.path().to_string_lossy().as_bytes());
                hasher.update(std::fs::read(entry.path()).unwrap_or_default());
            }
        }
    }
    hasher.update(format!("{options:?} {} {:?}", site.reference_date, site.changes).as_bytes());
    hex(&hasher.finalize())
}

/// The tariff ranges each page refers to, by page key.
pub fn hs_refs(site: &Site) -> BTreeMap<String, Vec<(String, String)>> {
    let mut refs: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for r in &site.entities.backlinks.hs {
        refs.entry(r.source.page_key.clone())
            .or_default()
            .push((r.from.clone(), r.to.clone()));
    }
    for ranges in refs.values_mut() {
        ranges.sort();
        ranges.dedup();
    }
    refs
}

/// Hash of a language's search documents and of the messages its entry
/// carries: its index is made from them alone.
pub fn documents_fingerprint(
    documents: &[crate::search::SearchDocument],
    messages: &crate::search::RuntimeMessages,
) -> String {
    let mut hasher = Sha256::new();
    for (name, text) in messages {
        for field in [name, text] {
            hasher.update((field.len() as u64).to_le_bytes());
            hasher.update(field.as_bytes());
        }
    }
    for d in documents {
        for field in [
            &d.path, &d.title, &d.kind, &d.terms, &d.body, &d.excerpt, &d.rate,
        ] {
            hasher.update((field.len() as u64).to_le_bytes());
            hasher.update(field.as_bytes());
        }
        for field in [&d.chapter, &d.code] {
            let field = field.as_deref().unwrap_or("\u{0}");
            hasher.update((field.len() as u64).to_le_bytes());
            hasher.update(field.as_bytes());
        }
        hasher.update([d.level]);
    }
    hex(&hasher.finalize())
}

/// Hash of what a language's term shards are made from: each document's
/// title, search terms, body, kind, chapter, code and level, in order.
/// Paths, excerpts and rates are only shown in results, in the document
/// rows: an edit of them keeps the shards (`search::write_document_rows`).
pub fn terms_fingerprint(documents: &[crate::search::SearchDocument]) -> String {
    let mut hasher = Sha256::new();
    for d in documents {
        let chapter = d.chapter.as_deref().unwrap_or("\u{0}");
        let code = d.code.as_deref().unwrap_or("\u{0}");
        for field in [d.title.as_str(), &d.terms, &d.body, &d.kind, chapter, code] {
            hasher.update((field.len() as u64).to_le_bytes());
            hasher.update(field.as_bytes());
        }
        hasher.update([d.level]);
    }
    hex(&hasher.finalize())
}
