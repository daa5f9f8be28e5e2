//! `kb build --incremental`: the same site as a full build, byte for
//! byte, made by rendering only what an edit can change and writing only
//! the files whose bytes changed.
//!
//! The whole site is still loaded and checked (every cross-reference is
//! checked on every build). What is skipped is the dear part: the pages of
//! tariff codes no edit reached, the search index of a language whose
//! documents did not change, and every write of an unchanged file. Every
//! other page, the sitemap, feeds and open data are made again and
//! compared by hash. The rules for which code pages an edit reaches are in
//! [`Scope`]; docs/incremental.md explains them to users.

pub mod cache;
pub mod sink;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::assets::Assets;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::entity_kind::EntityKind;
use crate::model::{BuildOptions, PageKind, Site};
use crate::output::Sink;
use crate::render::{render_routes, Templates};
use crate::routes::{Route, RouteTable};

use cache::SearchPart;
pub use cache::{BuildCache, CACHE_DIR};

/// The content files as read before the load: path → (hash, page key).
pub type ContentHashes = BTreeMap<String, (String, String)>;

/// What the last incremental build found changed.
#[derive(Debug, Default, Clone)]
pub struct Update {
    /// Output files whose bytes changed (written, or removed).
    pub changed: Vec<String>,
    /// Whether every page was rendered again (a change to kb.toml, the
    /// theme, the UI strings, the options, the day or the history).
    pub everything: bool,
}

/// Which tariff code pages an edit can change.
#[derive(Debug)]
enum Scope {
    /// Every one: something every page shows changed.
    Everything,
    /// The codes of these chapters, and the codes in these ranges.
    Codes {
        chapters: BTreeSet<String>,
        ranges: Vec<(String, String)>,
    },
}

impl Scope {
    /// The scope of the content files that differ between `previous` and
    /// `now`.
    fn of(
        site: &Site,
        previous: &BuildCache,
        now: &ContentHashes,
        refs: &BTreeMap<String, Vec<(String, String)>>,
    ) -> Scope {
        let mut keys = BTreeSet::new();
        for (path, (hash, key)) in now {
            if previous.inputs.get(path).map(|(h, _)| h) != Some(hash) {
                keys.insert(key.clone());
            }
        }
        for (path, (_, key)) in &previous.inputs {
            if !now.contains_key(path) {
                keys.insert(key.clone());
            }
        }
        let mut chapters = BTreeSet::new();
        let mut ranges = Vec::new();
        for key in &keys {
            if shown_on_every_page(site, key) {
                return Scope::Everything;
            }
            if let Some(chapter) = key.strip_prefix("tariff/") {
                let is_chapter = chapter.len() == 2 && chapter.bytes().all(|b| b.is_ascii_digit());
                if !is_chapter {
                    return Scope::Everything;
                }
                chapters.insert(chapter.to_string());
            }
            for known in [previous.hs_refs.get(key), refs.get(key)]
                .into_iter()
                .flatten()
            {
                ranges.extend(known.iter().cloned());
            }
        }
        Scope::Codes { chapters, ranges }
    }

    /// Whether the page of chapter `chapter` may change: only an edit of
    /// one of its files reaches it.
    fn reaches_chapter(&self, chapter: &str) -> bool {
        match self {
            Scope::Everything => true,
            Scope::Codes { chapters, .. } => chapters.contains(chapter),
        }
    }

    /// Whether the page of code `digits` of chapter `chapter` may change.
    fn reaches(&self, chapter: &str, digits: &str) -> bool {
        match self {
            Scope::Everything => true,
            Scope::Codes { chapters, ranges } => {
                chapters.contains(chapter)
                    || ranges
                        .iter()
                        .any(|(from, to)| crate::entities::refs::range_covers(from, to, digits))
            }
        }
    }
}

/// Whether the page `key` shows on every code page whatever it refers
/// to: the home page and the pages of the menus (their titles are in
/// every page's header and footer; without a main menu, the pages at the
/// top), agencies (the enquiry point is in
/// every footer), exchange rates (every calculator), rules of origin and
/// legal texts (matched by tariff column, not by code).
fn shown_on_every_page(site: &Site, key: &str) -> bool {
    let navigation = &site.config.navigation;
    let in_menu = navigation
        .main
        .iter()
        .chain(&navigation.footer)
        .any(|entry| {
            let entry = entry.trim_matches('/');
            key == entry || key == format!("{entry}/_index")
        });
    // Without a main menu, every page's header lists the home page's
    // children instead: a page at the top, whether it is still there or
    // was just removed.
    let top = match key.strip_suffix("/_index") {
        Some(section) => !section.contains('/'),
        None => !key.contains('/'),
    };
    let in_menu = in_menu || (navigation.main.is_empty() && top);
    let everywhere = [
        EntityKind::Agency,
        EntityKind::ExchangeRate,
        EntityKind::Origin,
        EntityKind::Legal,
    ];
    let of_kind = EntityKind::of_key(key).is_some_and(|k| everywhere.contains(&k));
    key == "_index" || in_menu || of_kind
}

/// Writes the outputs besides HTML pages but the search index and the
/// stages named.
pub type WriteData<'a> = dyn Fn(&dyn Sink, &[&str]) -> Result<(), Diagnostics> + 'a;

/// What an incremental update needs besides the model.
pub struct Inputs<'a> {
    /// The compiled templates.
    pub templates: &'a Templates,
    /// The theme's fingerprinted assets.
    pub assets: &'a Assets,
    /// The files of `static/`.
    pub statics: &'a crate::load::Files,
    /// Every HTML file of the site.
    pub routes: &'a RouteTable,
    /// The build's options.
    pub options: &'a BuildOptions,
    /// Writes the outputs besides HTML pages but the search index and the
    /// stages named (`build::write_data_but`) into a sink.
    pub write_data: &'a WriteData<'a>,
    /// The stage that writes a site path (`build::data_stage_of`).
    pub data_stage_of: fn(&str) -> Option<&'static str>,
}

/// The routes to render, and the files of those kept as they are (code
/// pages out of `scope` that the previous build wrote) with their hashes.
fn select(
    site: &Site,
    routes: &RouteTable,
    scope: &Scope,
    previous: &BuildCache,
) -> (Vec<(String, Route)>, BTreeMap<String, String>) {
    let mut carried = BTreeMap::new();
    let mut selected = Vec::new();
    for (path, route) in routes.as_slice() {
        let kept = match *route {
            Route::Code { code, .. } => {
                let code = &site.tariff.codes[code];
                !scope.reaches(&code.chapter, &code.digits)
            }
            // A chapter's page shows its own rows, and no other page's
            // words but those that are on every page.
            Route::Page { page, .. } => {
                let page = &site.pages[page];
                page.kind == PageKind::TariffChapter
                    && !scope.reaches_chapter(page.key.trim_start_matches("tariff/"))
            }
            _ => false,
        };
        match previous.outputs.get(path).filter(|_| kept) {
            Some(hash) => {
                carried.insert(path.clone(), hash.clone());
            }
            None => selected.push((path.clone(), *route)),
        }
    }
    (selected, carried)
}

/// Brings the output folder `target`, described by `previous`, up to date
/// in place, and returns the cache of the result.
pub fn update(
    site: &Site,
    inputs: &Inputs,
    target: &Path,
    content: ContentHashes,
    previous: BuildCache,
) -> Result<(BuildCache, Update), Diagnostics> {
    let io = |e: std::io::Error| {
        Diagnostics::from(Diagnostic::error(
            "write",
            format!("cannot write the output: {e}"),
        ))
    };
    let root = &site.config.root;
    // `previous` was read as this folder's cache.
    BuildCache::remove(root).map_err(io)?;
    let global = cache::global_fingerprint(site, inputs.options);
    let scope = if global == previous.global {
        Scope::of(site, &previous, &content, &cache::hs_refs(site))
    } else {
        Scope::Everything
    };
    let folder = sink::InPlace::new(target);
    let recording = sink::Recording::new(&folder, Some(&previous.outputs));
    write_files(inputs, &recording).map_err(io)?;
    let (selected, mut carried) = select(site, inputs.routes, &scope, &previous);
    render_routes(site, inputs.templates, inputs.assets, &selected, &recording)?;
    // Open data reads the tariff and the chapters' titles only.
    let kept: &[&str] = match &scope {
        Scope::Codes { chapters, .. } if chapters.is_empty() => &[crate::opendata::STAGE],
        _ => &[],
    };
    (inputs.write_data)(&recording, kept)?;
    for (path, hash) in &previous.outputs {
        if (inputs.data_stage_of)(path).is_some_and(|stage| kept.contains(&stage)) {
            carried.insert(path.clone(), hash.clone());
        }
    }
    let search = write_search(site, &recording, Some(&previous), &mut carried).map_err(io)?;
    let (mut outputs, mut changed) = recording.finish();
    outputs.extend(carried);
    for gone in previous
        .outputs
        .keys()
        .filter(|p| !outputs.contains_key(*p))
    {
        folder.remove(gone).map_err(io)?;
        changed.push(gone.clone());
    }
    if inputs.options.precompress {
        crate::output::precompress::refresh(target, &changed).map_err(io)?;
    }
    changed.sort();
    let cache = BuildCache::of(site, global, target, content, outputs, search);
    let everything = matches!(scope, Scope::Everything);
    Ok((
        cache,
        Update {
            changed,
            everything,
        },
    ))
}

/// The theme's assets and the files of `static/`.
pub fn write_files(inputs: &Inputs, sink: &dyn Sink) -> std::io::Result<()> {
    for (path, bytes) in inputs.statics.iter() {
        sink.write(path, bytes)?;
    }
    for (path, bytes) in &inputs.assets.files {
        sink.write(path, bytes)?;
    }
    Ok(())
}

/// Writes every language's search index into `sink`, except what
/// `previous` shows it can keep: the whole index when its documents are
/// the same; the term shards when only what results show changed (a rate,
/// an excerpt), then only the document rows and the entry are made again.
/// Files kept are left as they are and added to `carried`.
pub fn write_search(
    site: &Site,
    sink: &dyn Sink,
    previous: Option<&BuildCache>,
    carried: &mut BTreeMap<String, String>,
) -> std::io::Result<BTreeMap<String, SearchPart>> {
    use rayon::prelude::*;
    let languages: Vec<_> = site.config.langs().collect();
    // Per language: its code, its index, and the files kept from `previous`.
    type Made = (String, SearchPart, Vec<(String, String)>);
    let parts: Vec<Made> = languages
        .par_iter()
        .map(|&lang| {
            let code = lang.code();
            let documents = crate::search::collect_documents(site, lang);
            let messages = crate::search::runtime_messages(site, lang);
            let fingerprint = cache::documents_fingerprint(&documents, &messages);
            let terms = cache::terms_fingerprint(&documents);
            let before = previous.and_then(|p| p.search.get(code));
            // The hashes of `files` in the previous output, if all are there.
            let kept = |files: &[String]| -> Option<Vec<(String, String)>> {
                let outputs = &previous?.outputs;
                files
                    .iter()
                    .map(|f| Some((f.clone(), outputs.get(f)?.clone())))
                    .collect()
            };
            if let Some(part) = before.filter(|p| p.documents == fingerprint) {
                if let Some(hashes) = kept(&part.files) {
                    return Ok((code.to_string(), part.clone(), hashes));
                }
            }
            let reusable = before
                .filter(|p| p.terms == terms)
                .and_then(|p| Some((p.shards.clone(), kept(&p.shards.files(code))?)));
            let (written, shards, hashes) = match reusable {
                Some((shards, hashes)) => {
                    let rows =
                        crate::search::write_document_rows(code, &documents, &shards, &messages);
                    (rows, shards, hashes)
                }
                None => {
                    let (files, shards) =
                        crate::search::write_language_index(code, documents, &messages);
                    (files, shards, Vec::new())
                }
            };
            let mut files: Vec<String> = hashes.iter().map(|(f, _)| f.clone()).collect();
            written
                .par_iter()
                .try_for_each(|file| sink.write(&file.path, &file.bytes))?;
            files.extend(written.into_iter().map(|file| file.path));
            files.sort();
            let part = SearchPart {
                documents: fingerprint,
                terms,
                shards,
                files,
            };
            Ok((code.to_string(), part, hashes))
        })
        .collect::<std::io::Result<_>>()?;
    let mut search = BTreeMap::new();
    for (lang, part, hashes) in parts {
        carried.extend(hashes);
        search.insert(lang, part);
    }
    Ok(search)
}
