//! What `kb serve` keeps in memory between edits: the loaded inputs
//! ([`Inputs`]: configuration, UI strings, templates, assets, static files
//! and the model), each reloaded only when an edit touched it, and the
//! served [`Snapshot`] built from them, which renders HTML pages when they
//! are asked for and keeps them until the next change.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use rayon::prelude::*;

use crate::assets::Assets;
use crate::build::{DataPart, OutputInputs};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::{self, shared, Changes, Files};
use crate::model::{BuildOptions, Site, TranslationState};
use crate::output::{MemorySink, Sink};
use crate::render::{self, Templates};
use crate::routes::{Route, RouteTable};
use crate::tariff::TariffOutline;
use crate::urls::Urls;

/// What `kb serve` keeps between edits: the loaded inputs (the same load
/// stage as `kb build`), the route table while no page moves, and the data
/// files while the model stays.
pub struct Inputs {
    inputs: load::Inputs,
    routes: Option<(RoutesKey, Arc<RouteTable>)>,
    data: Option<Arc<DataFiles>>,
    /// One thread for the data outputs, so that their parallel work never
    /// holds up the global pool that rebuilds the model after an edit.
    data_pool: Option<Arc<rayon::ThreadPool>>,
}

impl Inputs {
    /// Nothing loaded yet; the first [`Inputs::reload`] loads everything.
    pub fn new(root: &Path, options: BuildOptions) -> Inputs {
        Inputs {
            inputs: load::Inputs::new(root, options),
            routes: None,
            data: None,
            data_pool: rayon::ThreadPoolBuilder::new()
                .num_threads(1)
                .thread_name(|_| "kb-serve-data".into())
                .start_handler(|_| lower_priority())
                .build()
                .ok()
                .map(Arc::new),
        }
    }

    /// Reloads what `changes` (and any earlier failed ones) affect, and
    /// returns the snapshot to serve with the warnings met. On error the
    /// served snapshot stays as it was.
    pub fn reload(&mut self, changes: &Changes) -> Result<(Snapshot, Diagnostics), Diagnostics> {
        let (loaded, problems) = self.inputs.load(changes)?;
        if problems.has_errors() {
            return Err(problems);
        }
        let Some(templates) = loaded.templates.clone() else {
            return Err(problems);
        };
        let data = match &self.data {
            Some(data) if !loaded.fresh.model => data.clone(),
            last => Arc::new(DataFiles::new(&loaded.site, last.as_deref())),
        };
        let key = RoutesKey::of(&loaded.site);
        let routes = match &self.routes {
            Some((old, routes)) if *old == key => routes.clone(),
            _ => Arc::new(RouteTable::of(&loaded.site)),
        };
        let snapshot = Snapshot::new(
            (loaded.site.clone(), routes.clone()),
            templates,
            loaded.assets.clone(),
            &loaded.statics,
            (data.clone(), self.data_pool.clone()),
        );
        if snapshot.special_problems.has_errors() {
            return Err(snapshot.special_problems);
        }
        // A template can compile and still fail on a page (an unknown
        // variable): after an edit of templates or UI strings, render every
        // page once in the default language, so that such an edit counts as
        // failed and the last good site stays served.
        if loaded.fresh.theme || loaded.fresh.locales {
            let found = snapshot.render_probe();
            if found.has_errors() {
                return Err(found);
            }
        }
        self.routes = Some((key, routes));
        self.data = Some(data);
        Ok((snapshot, problems))
    }
}

/// Lowers the priority of the calling thread (on Linux a nice value is
/// a thread's own): the data thread makes search indexes in the
/// background for seconds, and a rebuild after a save must not share the
/// processor with it evenly.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority reads no memory of ours; `0` names the calling
    // thread, and a failure (no permission) leaves the priority as it was.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

/// What the route table is made from: each page's path and the aliases
/// of its versions, and the tariff's codes (a route names a code by its
/// index). An edit that leaves it equal keeps the table.
#[derive(PartialEq)]
struct RoutesKey {
    pages: Vec<(String, Vec<Vec<String>>)>,
    tariff: TariffOutline,
    languages: usize,
}

impl RoutesKey {
    fn of(site: &Site) -> RoutesKey {
        RoutesKey {
            pages: site
                .pages
                .iter()
                .map(|p| {
                    let aliases = p
                        .versions
                        .iter()
                        .map(|v| match v.state {
                            TranslationState::Missing => Vec::new(),
                            _ => v.aliases.clone(),
                        })
                        .collect();
                    (p.path.clone(), aliases)
                })
                .collect(),
            tariff: site.tariff.outline(),
            languages: site.config.languages.len(),
        }
    }
}

/// One consistent version of the served site.
pub struct Snapshot {
    site: Arc<Site>,
    templates: Arc<Templates>,
    assets: Arc<Assets>,
    routes: Arc<RouteTable>,
    /// Assets and static files.
    files: Files,
    /// Sitemap, open data, feeds and search index, in parts: each made
    /// when a path it writes is first asked for (on a national tariff the
    /// search index takes seconds, which an edit of a page must not wait
    /// for), and shared by snapshots of the same model.
    data: Arc<DataFiles>,
    data_pool: Option<Arc<rayon::ThreadPool>>,
    /// HTML pages rendered since the last change.
    rendered: Mutex<HashMap<String, Arc<[u8]>>>,
    special_problems: Diagnostics,
}

/// What a request for a site path found.
pub enum Found {
    /// The file's bytes.
    File(Arc<[u8]>),
    /// A page that could not be rendered (a template error).
    Failed(Diagnostic),
    /// Nothing at that path.
    Missing,
}

impl Snapshot {
    fn new(
        (site, routes): (Arc<Site>, Arc<RouteTable>),
        templates: Arc<Templates>,
        assets: Arc<Assets>,
        statics: &Files,
        (data, data_pool): (Arc<DataFiles>, Option<Arc<rayon::ThreadPool>>),
    ) -> Snapshot {
        let mut files = statics.clone();
        for (path, bytes) in &assets.files {
            files.insert(path.clone(), Arc::from(bytes.as_slice()));
        }
        let mut snapshot = Snapshot {
            routes,
            site,
            templates,
            assets,
            files,
            data,
            data_pool,
            rendered: Mutex::default(),
            special_problems: Diagnostics::new(),
        };
        // The pages that are not content are made at once: an error in
        // one of them fails the reload rather than a later request.
        let specials: Vec<(String, Route)> = snapshot
            .routes
            .iter()
            .filter(|(_, route)| matches!(route, Route::Special { .. }))
            .map(|(path, route)| (path.to_string(), route))
            .collect();
        for (path, route) in specials {
            if let Found::Failed(problem) = snapshot.render(&path, route) {
                snapshot.special_problems.push(problem);
            }
        }
        snapshot
    }

    /// The site model.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// Every file of the outputs besides pages, each part made if not yet
    /// (for tests, which compare them with a fresh load's).
    #[cfg(test)]
    pub fn data(&self) -> Files {
        let mut files = Files::new();
        for part in &self.data.parts {
            files.extend(self.made(part).iter().map(|(p, b)| (p.clone(), b.clone())));
        }
        files
    }

    /// Starts making, on the data thread, every part of the outputs
    /// besides pages not made yet: after the first load, so that the first
    /// search or download does not wait for it.
    pub fn prepare_data(&self) {
        let Some(pool) = &self.data_pool else {
            return;
        };
        let maker = self.data_maker();
        pool.spawn(move || {
            for part in &maker.data.parts {
                maker.made(part);
            }
        });
    }

    /// The file at site path `path` among the outputs besides pages.
    fn data_file(&self, path: &str) -> Option<Arc<[u8]>> {
        let wanted = DataPart::of_path(&self.site, path)?;
        let part = self.data.parts.iter().find(|p| p.part == wanted)?;
        if let Some(files) = part.made.get() {
            return files
                .get(path)
                .or_else(|| part.stale.as_ref()?.get(path))
                .cloned();
        }
        // A search index still being made for this model: the last one
        // is served meanwhile (a search lags the edit by the seconds it
        // takes), and this one is made on the data thread.
        if let Some(file) = part.stale.as_ref().and_then(|stale| stale.get(path)) {
            let idle = !part.started.load(Ordering::Acquire);
            if let (true, Some(pool)) = (idle, &self.data_pool) {
                let maker = self.data_maker();
                pool.spawn(move || {
                    if let Some(part) = maker.data.parts.iter().find(|p| p.part == wanted) {
                        maker.made(part);
                    }
                });
            }
            return Some(file.clone());
        }
        self.made(part).get(path).cloned()
    }

    /// What making data parts needs, to move to the data thread.
    fn data_maker(&self) -> DataMaker {
        DataMaker {
            site: self.site.clone(),
            templates: self.templates.clone(),
            routes: self.routes.clone(),
            data: self.data.clone(),
        }
    }

    /// The files of `part`, made now if not yet.
    fn made(&self, part: &PartFiles) -> Arc<Files> {
        self.data_maker().made(part)
    }

    /// The file at site path `path` (`en/about/index.html`).
    pub fn get(&self, path: &str) -> Found {
        if let Some(route) = self.routes.get(path) {
            return self.render(path, route);
        }
        if let Some(bytes) = self.files.get(path) {
            return Found::File(bytes.clone());
        }
        match self.data_file(path) {
            Some(bytes) => Found::File(bytes),
            None => Found::Missing,
        }
    }

    /// Whether anything is served at `path`, without rendering it.
    pub fn has(&self, path: &str) -> bool {
        self.routes.get(path).is_some()
            || self.files.contains_key(path)
            || self.data_file(path).is_some()
    }

    fn render(&self, path: &str, route: Route) -> Found {
        if let Some(bytes) = self.lock().get(path) {
            return Found::File(bytes.clone());
        }
        let sink = MemorySink::default();
        let (site, templates, assets) = (&*self.site, &*self.templates, &*self.assets);
        if let Err(problem) = render::render_route(site, templates, assets, path, route, &sink) {
            return Found::Failed(problem);
        }
        let mut rendered = self.lock();
        for (file, bytes) in shared(sink) {
            rendered.insert(file, bytes);
        }
        match rendered.get(path) {
            Some(bytes) => Found::File(bytes.clone()),
            None => Found::Missing,
        }
    }

    /// Renders the default-language version of every page, and every
    /// language's page of the first tariff code; returns the errors.
    fn render_probe(&self) -> Diagnostics {
        let mut problems = Diagnostics::new();
        let lang = self
            .site
            .config
            .languages
            .first()
            .map(|l| l.code.clone())
            .unwrap_or_default();
        let pages = self
            .site
            .pages
            .iter()
            .map(|p| format!("{}index.html", Urls::page_path(&lang, &p.path)));
        let codes = self.site.tariff.codes.first().into_iter().flat_map(|code| {
            self.site.config.languages.iter().map(move |l| {
                let path = Urls::code_path(&l.code, &code.digits);
                format!("{path}index.html")
            })
        });
        let paths: Vec<String> = pages.chain(codes).collect();
        let failed: Vec<Diagnostic> = paths
            .par_iter()
            .filter_map(|path| {
                let path = path.trim_start_matches('/');
                let route = self.routes.get(path)?;
                match self.render(path, route) {
                    Found::Failed(problem) => Some(problem),
                    _ => None,
                }
            })
            .collect();
        for problem in failed {
            problems.push(problem);
        }
        problems
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<[u8]>>> {
        self.rendered.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The outputs besides pages of one model, part by part.
pub struct DataFiles {
    parts: Vec<PartFiles>,
}

/// One part of the outputs besides pages: made once, when first asked
/// for; a search index keeps the last model's files to serve meanwhile.
struct PartFiles {
    part: DataPart,
    made: OnceLock<Arc<Files>>,
    /// The last model's search index of this language, if one was made.
    stale: Option<Arc<Files>>,
    /// Whether a thread has started making it.
    started: AtomicBool,
}

impl DataFiles {
    /// Nothing made yet for `site`; the search indexes of `last` (the
    /// last model's parts) are kept to serve while this model's are made.
    fn new(site: &Site, last: Option<&DataFiles>) -> DataFiles {
        let stale = |part: DataPart| {
            let kept = last?.parts.iter().find(|p| p.part == part)?;
            kept.made.get().or(kept.stale.as_ref()).cloned()
        };
        let parts = DataPart::all(site)
            .into_iter()
            .map(|part| PartFiles {
                part,
                made: OnceLock::new(),
                stale: part.is_search().then(|| stale(part)).flatten(),
                started: AtomicBool::new(false),
            })
            .collect();
        DataFiles { parts }
    }
}

/// What makes the parts of the outputs besides pages, on any thread.
struct DataMaker {
    site: Arc<Site>,
    templates: Arc<Templates>,
    routes: Arc<RouteTable>,
    data: Arc<DataFiles>,
}

impl DataMaker {
    /// The files of `part`: made now, on this thread, unless another
    /// thread already is making them, which is then waited for. (Only the
    /// thread that claimed a part makes it, so that no thread waits for a
    /// part while another waits for it to free the data thread.)
    fn made(&self, part: &PartFiles) -> Arc<Files> {
        if !part.started.swap(true, Ordering::AcqRel) {
            let _ = part.made.set(self.make(part.part));
        }
        part.made.wait().clone()
    }

    fn make(&self, part: DataPart) -> Arc<Files> {
        let inputs = OutputInputs {
            site: &self.site,
            templates: &self.templates,
            routes: &self.routes,
        };
        let sink = MemorySink::default();
        // Made in memory, a part fails only on a template error in a
        // feed, which the reload reported already: nothing is served.
        for file in part.make(&inputs).unwrap_or_default() {
            let _ = sink.write(&file.path, &file.bytes);
        }
        Arc::new(shared(sink))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{fixture_with, TODAY};

    /// A chapter before 09, so that the codes of an edited chapter 09 have
    /// chapters on both sides.
    const CHAPTER_07: &str = "+++\ntitle = \"Edible vegetables\"\nsection = \"II\"\n+++\n\n| Code | Description | Unit | MFN | ATIGA | Note |\n|---|---|---|---|---|---|\n| 07.01 | Potatoes, fresh or chilled | | | | |\n| 0701.10 | - Seed | kg | 0% | 0% | |\n| 0701.90 | - Other | kg | 10% | 0% | |\n";

    fn serve_inputs(root: &Path) -> Inputs {
        let options = BuildOptions {
            date: Some(TODAY.parse().expect("a date")),
            ..BuildOptions::default()
        };
        Inputs::new(root, options)
    }

    /// Saves `content/tariff/09.md` with `edit` applied and reloads.
    fn edit_chapter_09(
        inputs: &mut Inputs,
        root: &Path,
        edit: impl Fn(String) -> String,
    ) -> Snapshot {
        let path = root.join("content/tariff/09.md");
        let text = std::fs::read_to_string(&path).expect("chapter 09");
        std::fs::write(&path, edit(text)).expect("saved");
        let changes = Changes::from_paths(root, [path.as_path()]);
        let (snapshot, problems) = inputs.reload(&changes).expect("reloads");
        assert!(!problems.has_errors(), "{problems:?}");
        snapshot
    }

    fn bytes(snapshot: &Snapshot, path: &str) -> Arc<[u8]> {
        match snapshot.get(path) {
            Found::File(bytes) => bytes,
            Found::Failed(problem) => panic!("{path}: {problem:?}"),
            Found::Missing => panic!("{path} is missing"),
        }
    }

    /// Issue 19: a save of one chapter reads that chapter alone again,
    /// and serves what a fresh load of the same files serves.
    #[test]
    fn a_chapter_edit_reads_that_chapter_alone_and_serves_what_a_fresh_load_does() {
        let (dir, _) = fixture_with("tariff", &[("content/tariff/07.md", CHAPTER_07)]);
        let root = dir.path();
        let mut inputs = serve_inputs(root);
        let (first, _) = inputs.reload(&Changes::everything()).expect("loads");
        assert_eq!(inputs.inputs.chapter_reads(), 3);

        // A new row numbers every code after it again, chapter 85's too.
        let edited = edit_chapter_09(&mut inputs, root, |text| {
            text.replace("| 3000 VND/kg |", "| 4000 VND/kg |").replace(
                "| 09.02 |",
                "| 0901.22 | - - Roasted, decaffeinated | kg | 12% | 5% | |\n| 09.02 |",
            )
        });
        assert_eq!(inputs.inputs.chapter_reads(), 4);
        let site = edited.site();
        assert_eq!(site.tariff.codes.len(), first.site().tariff.codes.len() + 1);
        let (fresh, _) = serve_inputs(root)
            .reload(&Changes::everything())
            .expect("loads");
        let paths: Vec<&str> = fresh.routes.iter().map(|(path, _)| path).collect();
        let edited_paths: Vec<&str> = edited.routes.iter().map(|(path, _)| path).collect();
        assert_eq!(edited_paths, paths);
        for (path, _) in fresh.routes.iter().filter(|(_, r)| r.is_page()) {
            assert_eq!(bytes(&edited, path), bytes(&fresh, path), "{path}");
        }
        assert_eq!(edited.data(), fresh.data());

        // A change of a rate alone moves no code: the other chapters'
        // codes are the last site's, not copies.
        let again = edit_chapter_09(&mut inputs, root, |text| text.replace("| 20% |", "| 25% |"));
        assert_eq!(inputs.inputs.chapter_reads(), 5);
        let (before, after) = (&edited.site().tariff.codes, &again.site().tariff.codes);
        assert!(Arc::ptr_eq(&before[0], &after[0]), "chapter 07");
        let last = after.len() - 1;
        assert!(Arc::ptr_eq(&before[last], &after[last]), "chapter 85");
        let arabica = again.site().tariff.index_of("09011110").expect("a code");
        assert!(!Arc::ptr_eq(&before[arabica], &after[arabica]));
        let page = bytes(&again, "en/tariff/09011110/index.html");
        assert!(String::from_utf8_lossy(&page).contains("25%"));
    }
}
