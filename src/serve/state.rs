//! What `kb serve` keeps in memory between edits: the loaded inputs
//! ([`Inputs`]: configuration, UI strings, templates, assets, static files
//! and the model), each reloaded only when an edit touched it, and the
//! served [`Snapshot`] built from them, which renders HTML pages when they
//! are asked for and keeps them until the next change.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use rayon::prelude::*;

use crate::assets::Assets;
use crate::build::{attach_changes, fluent_missing_warnings, read_history, write_data};
use crate::config::Config;
use crate::content;
use crate::content::Corpus;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::Locales;
use crate::model::{self, BuildOptions, ModelCache, Site, TranslationState};
use crate::output::{copy_static, MemorySink};
use crate::render::{self, Templates};
use crate::theme::{load_locale_files, load_theme, Theme};
use crate::urls::Urls;

use super::watch::{Changes, InputKind};

/// Files by site path (`en/about/index.html`, no leading `/`).
pub type Files = BTreeMap<String, Arc<[u8]>>;

/// The site's inputs as last loaded without error.
pub struct Inputs {
    root: PathBuf,
    options: BuildOptions,
    config: Option<Config>,
    locales: Option<Arc<Locales>>,
    theme: Option<Theme>,
    templates: Option<Arc<Templates>>,
    assets: Option<Arc<Assets>>,
    statics: Option<Arc<Files>>,
    /// The content as last read, and whether that read was clean (only
    /// then may the next read take the changed files alone).
    corpus: Option<(Corpus, bool)>,
    model_cache: ModelCache,
    /// Change entries from the git history of content/.
    history: Option<crate::changes::HistoryChanges>,
    site: Option<Arc<Site>>,
    routes: Option<(RoutesKey, Arc<Routes>)>,
    data: Option<Arc<OnceLock<Files>>>,
    /// One thread for the data outputs, so that their parallel work never
    /// holds up the global pool that rebuilds the model after an edit.
    data_pool: Option<Arc<rayon::ThreadPool>>,
    /// Changes not yet loaded because the last attempt failed.
    pending: Changes,
}

impl Inputs {
    /// Nothing loaded yet; the first [`Inputs::reload`] loads everything.
    pub fn new(root: &Path, options: BuildOptions) -> Inputs {
        Inputs {
            root: root.to_path_buf(),
            options,
            config: None,
            locales: None,
            theme: None,
            templates: None,
            assets: None,
            statics: None,
            corpus: None,
            model_cache: ModelCache::default(),
            history: None,
            site: None,
            routes: None,
            data: None,
            data_pool: rayon::ThreadPoolBuilder::new()
                .num_threads(1)
                .thread_name(|_| "kb-serve-data".into())
                .build()
                .ok()
                .map(Arc::new),
            pending: Changes {
                kinds: BTreeSet::from([InputKind::Config]),
                paths: BTreeSet::new(),
            },
        }
    }

    /// Reloads what `changes` (and any earlier failed ones) affect, and
    /// returns the snapshot to serve with the warnings met. On error the
    /// previous inputs stay as they were.
    pub fn reload(&mut self, changes: &Changes) -> Result<(Snapshot, Diagnostics), Diagnostics> {
        self.pending.merge(changes.clone());
        let kinds = &self.pending.kinds;
        let dirty = |kind: InputKind| kinds.contains(&InputKind::Config) || kinds.contains(&kind);
        let (config_dirty, locales_dirty) = (dirty(InputKind::Config), dirty(InputKind::Locales));
        let (theme_dirty, content_dirty) = (dirty(InputKind::Theme), dirty(InputKind::Content));
        let static_dirty = dirty(InputKind::Static);

        let mut problems = Diagnostics::new();
        let config = match (&self.config, config_dirty) {
            (Some(config), false) => config.clone(),
            _ => Config::load(&self.root)?,
        };
        let locales = match (&self.locales, locales_dirty) {
            (Some(locales), false) => locales.clone(),
            _ => {
                let (files, found) = load_locale_files(&config);
                problems.extend(found);
                let (locales, found) = Locales::load(&config, &files);
                problems.extend(found);
                problems.extend(fluent_missing_warnings(&config, &locales));
                Arc::new(locales)
            }
        };
        let theme = match (&self.theme, theme_dirty) {
            (Some(theme), false) => theme.clone(),
            _ => {
                let (theme, found) = load_theme(&config);
                problems.extend(found);
                theme
            }
        };
        let (templates, assets) = match (&self.templates, &self.assets) {
            (Some(t), Some(a)) if !theme_dirty && !locales_dirty => (Some(t.clone()), a.clone()),
            _ => {
                let codes: Vec<String> = config.language_codes().map(str::to_string).collect();
                let templates = match Templates::new(&theme.templates, &codes, &locales) {
                    Ok(t) => Some(Arc::new(t)),
                    Err(found) => {
                        problems.extend(found);
                        None
                    }
                };
                (templates, Arc::new(Assets::build(&theme, &config)))
            }
        };
        let statics = match (&self.statics, static_dirty) {
            (Some(statics), false) => statics.clone(),
            _ => {
                let sink = MemorySink::default();
                let (_, skipped) = copy_static(&config.root.join("static"), &sink);
                for path in skipped {
                    problems.push(
                        Diagnostic::warning("static", "a symbolic link in static/ was not copied")
                            .in_file(path)
                            .hint("copy the file itself into static/"),
                    );
                }
                Arc::new(shared(sink))
            }
        };
        // The model claims the paths of static/ files too (a file that a
        // page would overwrite is an error), so a static/ edit builds it
        // again; the model cache keeps that cheap.
        let model_dirty = content_dirty || locales_dirty || static_dirty;
        let (site, data) = match (&self.site, &self.data, model_dirty) {
            (Some(site), Some(data), false) => (site.clone(), data.clone()),
            _ => {
                if config_dirty || locales_dirty {
                    self.model_cache = ModelCache::default();
                }
                let corpus = self.read_content(&config, config_dirty, &mut problems);
                // History changes with commits, not with edits: it is read
                // once, and again when kb.toml changes.
                if config_dirty || self.history.is_none() {
                    let (history, found) = read_history(&config);
                    problems.extend(found);
                    self.history = Some(history);
                }
                let (mut site, found) = model::build_cached(
                    config.clone(),
                    corpus,
                    locales.clone(),
                    &self.options,
                    &mut self.model_cache,
                );
                problems.extend(found);
                if let Some(history) = &self.history {
                    attach_changes(&mut site, history, &self.options);
                }
                (Arc::new(site), Arc::new(OnceLock::new()))
            }
        };
        if problems.has_errors() {
            return Err(problems);
        }
        let Some(templates) = templates else {
            return Err(problems);
        };
        let key = RoutesKey::of(&site);
        let routes = match &self.routes {
            Some((old, routes)) if *old == key => routes.clone(),
            _ => Arc::new(routes(&site)),
        };
        let snapshot = Snapshot::new(
            (site.clone(), routes.clone()),
            templates.clone(),
            assets.clone(),
            &statics,
            (data.clone(), self.data_pool.clone()),
        );
        if snapshot.special_problems.has_errors() {
            return Err(snapshot.special_problems);
        }
        // A template can compile and still fail on a page (an unknown
        // variable): after an edit of templates or UI strings, render every
        // page once in the default language, so that such an edit counts as
        // failed and the last good site stays served.
        if theme_dirty || locales_dirty {
            let found = snapshot.render_probe();
            if found.has_errors() {
                return Err(found);
            }
        }
        self.config = Some(config);
        self.locales = Some(locales);
        self.theme = Some(theme);
        self.templates = Some(templates);
        self.assets = Some(assets);
        self.statics = Some(statics);
        self.site = Some(site);
        self.routes = Some((key, routes));
        self.data = Some(data);
        self.pending = Changes::default();
        Ok((snapshot, problems))
    }

    /// The content after the pending changes: only the changed files are
    /// read again when the last read was clean, else all of them.
    fn read_content(
        &mut self,
        config: &Config,
        everything: bool,
        problems: &mut Diagnostics,
    ) -> Corpus {
        let changed: Vec<PathBuf> = self
            .pending
            .paths
            .iter()
            .filter(|p| p.starts_with(content::CONTENT_DIR))
            .cloned()
            .collect();
        if let (Some((corpus, true)), false) = (&self.corpus, everything) {
            let mut corpus = corpus.clone();
            if let Some(found) = content::reload_files(config, &mut corpus, &changed) {
                let clean = found.is_empty();
                problems.extend(found);
                self.corpus = Some((corpus.clone(), clean));
                return corpus;
            }
        }
        let (corpus, found) = content::load(config);
        self.corpus = Some((corpus.clone(), found.is_empty()));
        problems.extend(found);
        corpus
    }
}

fn shared(sink: MemorySink) -> Files {
    sink.into_files()
        .into_iter()
        .map(|(path, bytes)| (path, Arc::from(bytes)))
        .collect()
}

/// How to make the HTML file at a site path.
#[derive(Debug, Clone, Copy)]
enum Route {
    /// Version `.1` of page `.0`, or a redirect from one of its aliases.
    Page(usize, usize),
    /// Tariff code `.0` in language `.1`.
    Code(usize, usize),
}

/// Every HTML path of a model, with how to render it.
type Routes = HashMap<String, Route>;

/// What the routes are made from: each page's path and the aliases of its
/// versions, and the tariff (the same one while no tariff file changes).
#[derive(PartialEq)]
struct RoutesKey {
    pages: Vec<(String, Vec<Vec<String>>)>,
    tariff: usize,
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
            tariff: Arc::as_ptr(&site.tariff) as usize,
            languages: site.config.languages.len(),
        }
    }
}

/// One consistent version of the served site.
pub struct Snapshot {
    site: Arc<Site>,
    templates: Arc<Templates>,
    assets: Arc<Assets>,
    routes: Arc<Routes>,
    /// Assets, static files and the pages that are not content (404,
    /// search, the language chooser), made when the snapshot is.
    files: Files,
    /// Sitemap, open data and search index: made when a path that is no
    /// page, asset or static file is first asked for (on a national tariff
    /// they take seconds, which an edit of a page must not wait for), and
    /// shared by snapshots of the same model.
    data: Arc<OnceLock<Files>>,
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
        (site, routes): (Arc<Site>, Arc<Routes>),
        templates: Arc<Templates>,
        assets: Arc<Assets>,
        statics: &Files,
        (data, data_pool): (Arc<OnceLock<Files>>, Option<Arc<rayon::ThreadPool>>),
    ) -> Snapshot {
        let mut files = statics.clone();
        for (path, bytes) in &assets.files {
            files.insert(path.clone(), Arc::from(bytes.as_slice()));
        }
        let sink = MemorySink::default();
        let special_problems = render::render_special_pages(&site, &templates, &assets, &sink);
        files.extend(shared(sink));
        Snapshot {
            routes,
            site,
            templates,
            assets,
            files,
            data,
            data_pool,
            rendered: Mutex::default(),
            special_problems,
        }
    }

    /// The site model.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// Makes the sitemap, open data and search index if not yet made.
    pub fn data(&self) -> &Files {
        self.data.get_or_init(|| {
            let sink = MemorySink::default();
            // Writes into memory cannot fail but for a path leaving the
            // output, which the outputs never make.
            let write = || write_data(&self.site, &self.templates, &sink, None);
            let _ = match &self.data_pool {
                Some(pool) => pool.install(write),
                None => write(),
            };
            shared(sink)
        })
    }

    /// The file at site path `path` (`en/about/index.html`).
    pub fn get(&self, path: &str) -> Found {
        if let Some(&route) = self.routes.get(path) {
            return self.render(path, route);
        }
        if let Some(bytes) = self.files.get(path) {
            return Found::File(bytes.clone());
        }
        match self.data().get(path) {
            Some(bytes) => Found::File(bytes.clone()),
            None => Found::Missing,
        }
    }

    /// Whether anything is served at `path`, without rendering it.
    pub fn has(&self, path: &str) -> bool {
        self.routes.contains_key(path)
            || self.files.contains_key(path)
            || self.data().contains_key(path)
    }

    fn render(&self, path: &str, route: Route) -> Found {
        if let Some(bytes) = self.lock().get(path) {
            return Found::File(bytes.clone());
        }
        let sink = MemorySink::default();
        let (site, templates, assets) = (&*self.site, &*self.templates, &*self.assets);
        let result = match route {
            Route::Page(p, v) => render::render_page(site, templates, assets, p, v, &sink),
            Route::Code(c, l) => render::render_code_page(site, templates, assets, c, l, &sink),
        };
        if let Err(problem) = result {
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
                let route = *self.routes.get(path)?;
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

/// Every HTML path of the model, with how to render it.
fn routes(site: &Site) -> Routes {
    let mut routes = HashMap::new();
    let key = |path: &str| path.trim_start_matches('/').to_string();
    for (p, page) in site.pages.iter().enumerate() {
        for (v, version) in page.versions.iter().enumerate() {
            let Some(language) = site.config.languages.get(v) else {
                continue;
            };
            let path = Urls::page_path(&language.code, &page.path);
            routes.insert(key(&format!("{path}index.html")), Route::Page(p, v));
            if version.state != TranslationState::Missing {
                for alias in &version.aliases {
                    routes.insert(key(&render::alias_path(alias)), Route::Page(p, v));
                }
            }
        }
    }
    for (c, code) in site.tariff.codes.iter().enumerate() {
        for (l, language) in site.config.languages.iter().enumerate() {
            let path = Urls::code_path(&language.code, &code.digits);
            routes.insert(key(&format!("{path}index.html")), Route::Code(c, l));
        }
    }
    routes
}
