//! The load and model stages, written once for every command: read
//! `kb.toml`, the UI strings, the theme, `static/` and `content/`, the git
//! history, and build the model from them.
//!
//! [`Inputs`] keeps what it loaded; [`Inputs::load`] takes the [`Changes`]
//! since the last load and reads again only what they touched. `kb build`
//! and `kb check` make one `Inputs` and load [`Changes::everything`];
//! `kb serve` keeps its `Inputs` and loads each batch of edits.

pub mod edits;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::assets::Assets;
use crate::changes::{self, HistoryChanges};
use crate::config::Config;
use crate::content::{self, Corpus};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::history;
use crate::i18n::Locales;
use crate::model::{self, BuildOptions, ModelCache, Site};
use crate::output::{copy_static, MemorySink};
use crate::templates::Templates;
use crate::theme::{load_locale_files, load_theme, Theme};

pub use edits::{Changes, InputKind};

/// Files by site path (`en/about/index.html`, no leading `/`).
pub type Files = BTreeMap<String, Arc<[u8]>>;

/// The site as last loaded: the model and everything outputs need beside
/// it. Cheap to clone (shared parts).
#[derive(Clone)]
pub struct Loaded {
    /// The model, with its change log: read-only from here on.
    pub site: Arc<Site>,
    /// Templates and assets as read from the theme.
    pub theme: Theme,
    /// The compiled templates; `None` when they do not compile (the
    /// errors are in the load's diagnostics).
    pub templates: Option<Arc<Templates>>,
    /// Fingerprinted assets of the theme.
    pub assets: Arc<Assets>,
    /// The files of `static/`, by site path.
    pub statics: Arc<Files>,
    /// What this load read again.
    pub fresh: Fresh,
}

/// Which parts a load made anew, for a caller that keeps derived work
/// (`kb serve`'s rendered pages and data files) between loads.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fresh {
    /// Templates or theme assets.
    pub theme: bool,
    /// UI strings.
    pub locales: bool,
    /// The model.
    pub model: bool,
}

/// The site's inputs as last loaded, each kept until an edit touches it.
pub struct Inputs {
    root: PathBuf,
    options: BuildOptions,
    config: Option<Config>,
    locales: Option<Arc<Locales>>,
    theme: Option<Theme>,
    /// `Some(None)`: loaded, and they did not compile.
    templates: Option<Option<Arc<Templates>>>,
    assets: Option<Arc<Assets>>,
    statics: Option<Arc<Files>>,
    /// The content as last read, and whether that read was clean (only
    /// then may the next read take the changed files alone).
    corpus: Option<(Corpus, bool)>,
    model_cache: ModelCache,
    /// Change entries from the git history of content/: read once, and
    /// again when kb.toml changes (commits, not edits, change it).
    history: Option<HistoryChanges>,
    site: Option<Arc<Site>>,
    /// Changes not yet loaded without error.
    pending: Changes,
}

impl Inputs {
    /// Nothing loaded yet: the first [`Inputs::load`] reads everything.
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
            pending: Changes::everything(),
        }
    }

    /// Loads what `changes` (and any change whose load had errors)
    /// touched, and returns the site with every problem met. The site is
    /// returned even when there are errors, as far as it could be built
    /// (`kb check` reports on it); outputs must not be made from it then.
    /// Fails only when `kb.toml` cannot be read.
    pub fn load(&mut self, changes: &Changes) -> Result<(Loaded, Diagnostics), Diagnostics> {
        self.pending.merge(changes.clone());
        let kinds = &self.pending.kinds;
        let dirty = |kind: InputKind| kinds.contains(&InputKind::Config) || kinds.contains(&kind);
        let (config_dirty, locales_dirty) = (dirty(InputKind::Config), dirty(InputKind::Locales));
        let (theme_dirty, content_dirty) = (dirty(InputKind::Theme), dirty(InputKind::Content));
        let static_dirty = dirty(InputKind::Static);

        let mut problems = Diagnostics::new();
        let config = match (&self.config, config_dirty) {
            (Some(config), false) => config.clone(),
            _ => {
                let config = Config::load(&self.root)?;
                problems.extend(config.warnings.clone());
                config
            }
        };
        let locales = match (&self.locales, locales_dirty) {
            (Some(locales), false) => locales.clone(),
            _ => Arc::new(load_locales(&config, &mut problems)),
        };
        let (theme, templates, assets) = self.load_theme_parts(
            &config,
            &locales,
            (theme_dirty, locales_dirty),
            &mut problems,
        );
        let statics = match (&self.statics, static_dirty) {
            (Some(statics), false) => statics.clone(),
            _ => Arc::new(read_static(&config, &mut problems)),
        };
        // The model claims the paths of static/ files too (a file that a
        // page would overwrite is an error), so a static/ edit builds it
        // again; the model cache keeps that cheap.
        let model_dirty = content_dirty || locales_dirty || static_dirty;
        let site = match (&self.site, model_dirty) {
            (Some(site), false) => site.clone(),
            _ => {
                if config_dirty || locales_dirty {
                    self.model_cache = ModelCache::default();
                }
                Arc::new(self.build_model(&config, &locales, config_dirty, &mut problems))
            }
        };
        self.config = Some(config);
        self.locales = Some(locales);
        self.theme = Some(theme.clone());
        self.templates = Some(templates.clone());
        self.assets = Some(assets.clone());
        self.statics = Some(statics.clone());
        self.site = Some(site.clone());
        if !problems.has_errors() {
            self.pending = Changes::default();
        }
        let fresh = Fresh {
            theme: theme_dirty,
            locales: locales_dirty,
            model: model_dirty,
        };
        let loaded = Loaded {
            site,
            theme,
            templates,
            assets,
            statics,
            fresh,
        };
        Ok((loaded, problems))
    }

    /// The theme, its compiled templates (`None` when they do not
    /// compile) and its fingerprinted assets: kept, or loaded again when
    /// the theme changed (and the templates and assets when the UI strings
    /// did, which templates embed).
    fn load_theme_parts(
        &self,
        config: &Config,
        locales: &Arc<Locales>,
        (theme_dirty, locales_dirty): (bool, bool),
        problems: &mut Diagnostics,
    ) -> (Theme, Option<Arc<Templates>>, Arc<Assets>) {
        let theme = match (&self.theme, theme_dirty) {
            (Some(theme), false) => theme.clone(),
            _ => {
                let (theme, found) = load_theme(config);
                problems.extend(found);
                theme
            }
        };
        let (templates, assets) = match (&self.templates, &self.assets) {
            (Some(t), Some(a)) if !theme_dirty && !locales_dirty => (t.clone(), a.clone()),
            _ => {
                let codes: Vec<String> = config.language_codes().map(str::to_string).collect();
                let templates = match Templates::new(&theme.templates, &codes, locales) {
                    Ok(t) => Some(Arc::new(t)),
                    Err(found) => {
                        problems.extend(found);
                        None
                    }
                };
                (templates, Arc::new(Assets::build(&theme, config)))
            }
        };
        (theme, templates, assets)
    }

    /// The model from the content after the pending changes, with its
    /// change log: the last part of the model, which compares the git
    /// history with the model just built.
    fn build_model(
        &mut self,
        config: &Config,
        locales: &Arc<Locales>,
        config_dirty: bool,
        problems: &mut Diagnostics,
    ) -> Site {
        let corpus = self.read_content(config, config_dirty, problems);
        if config_dirty || self.history.is_none() {
            let (history, found) = read_history(config);
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
            model::mark_stale_from_git(&mut site.pages, &history.last_commits);
            site.changes = changes::build(&site, history);
        }
        site
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

/// The site at `root`, loaded whole: what `kb build`, `kb check` and
/// `kb search` start from. Any error means no site.
pub fn load_site(
    root: &Path,
    options: &BuildOptions,
) -> Result<(Loaded, Diagnostics), Diagnostics> {
    let (loaded, problems) = load_site_with_errors(root, options)?;
    if problems.has_errors() {
        return Err(problems);
    }
    Ok((loaded, problems))
}

/// [`load_site`], returning the site as far as it could be built even when
/// there are errors (for `kb check`, which reports translation coverage of
/// a site that does not build). Fails only when `kb.toml` cannot be read.
pub fn load_site_with_errors(
    root: &Path,
    options: &BuildOptions,
) -> Result<(Loaded, Diagnostics), Diagnostics> {
    Inputs::new(root, options.clone()).load(&Changes::everything())
}

/// The UI strings of every language, with a warning per language that
/// lacks messages.
fn load_locales(config: &Config, problems: &mut Diagnostics) -> Locales {
    let (files, found) = load_locale_files(config);
    problems.extend(found);
    let (locales, found) = Locales::load(config, &files);
    problems.extend(found);
    problems.extend(fluent_missing_warnings(config, &locales));
    locales
}

/// The files of `static/`, read into memory; a symbolic link is skipped
/// with a warning.
fn read_static(config: &Config, problems: &mut Diagnostics) -> Files {
    let sink = MemorySink::default();
    let (_, skipped) = copy_static(&config.root.join("static"), &sink);
    for path in skipped {
        problems.push(
            Diagnostic::warning("static", "a symbolic link in static/ was not copied")
                .in_file(path)
                .hint("copy the file itself into static/"),
        );
    }
    shared(sink)
}

/// The files of a memory sink, shared.
pub fn shared(sink: MemorySink) -> Files {
    sink.into_files()
        .into_iter()
        .map(|(path, bytes)| (path, Arc::from(bytes)))
        .collect()
}

/// The git history of the site's `content/`, already compared into change
/// entries: what the change log adds notices to.
pub fn read_history(config: &Config) -> (HistoryChanges, Diagnostics) {
    let mut problems = Diagnostics::new();
    let (history, unreadable) = history::read(&config.root, config.feeds.history);
    if let Some(why) = unreadable {
        problems.push(
            Diagnostic::warning("history", format!("cannot read the git history: {why}"))
                .hint("change feeds show notices and `updated` dates only"),
        );
    }
    if history.shallow {
        problems.push(
            Diagnostic::warning(
                "history",
                format!(
                    "the git history is shallow: changes before its oldest {} commit(s) are not in the feeds",
                    history.commits.len() + 1
                ),
            )
            .hint("fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` in a CI checkout)"),
        );
    }
    (changes::from_history(config, &history), problems)
}

/// A warning for each language that lacks UI messages of the default
/// language or of English, each shown in the first of them that has it.
pub fn fluent_missing_warnings(config: &Config, locales: &Locales) -> Diagnostics {
    let mut warnings = Diagnostics::new();
    for language in &config.languages {
        let missing = locales.missing_in(&language.code);
        let mut shown_in: Vec<&str> = missing
            .iter()
            .map(|id| locales.shown_in(&language.code, id))
            .collect();
        shown_in.sort();
        shown_in.dedup();
        let shown_in = shown_in.join(" or ");
        if !missing.is_empty() {
            warnings.push(
                Diagnostic::warning(
                    "fluent-missing",
                    format!(
                        "{} UI message(s) missing in `{}`, shown in {}: {}",
                        missing.len(),
                        language.code,
                        shown_in,
                        missing.join(", ")
                    ),
                )
                .in_file(format!("locales/{}", language.code))
                .hint("translate them in locales/<lang>/*.ftl"),
            );
        }
    }
    warnings
}

#[cfg(test)]
impl Inputs {
    /// How many tariff chapters the model was read from since these
    /// inputs were made.
    pub(crate) fn chapter_reads(&self) -> usize {
        self.model_cache.chapter_reads()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{fixture_with, write_files, TODAY};

    fn inputs(root: &Path) -> Inputs {
        let options = BuildOptions {
            date: Some(TODAY.parse().expect("a date")),
            ..BuildOptions::default()
        };
        Inputs::new(root, options)
    }

    fn edit(root: &Path, path: &str, text: &str) -> Changes {
        write_files(root, &[(path, text)]);
        Changes::from_paths(root, [root.join(path).as_path()])
    }

    #[test]
    fn a_load_with_no_change_keeps_every_part() {
        let (dir, _) = fixture_with("basic", &[]);
        let mut inputs = inputs(dir.path());
        let (first, problems) = inputs.load(&Changes::everything()).expect("loads");
        assert!(!problems.has_errors());
        let (second, _) = inputs.load(&Changes::default()).expect("loads");
        assert!(Arc::ptr_eq(&first.site, &second.site));
        assert!(Arc::ptr_eq(&first.assets, &second.assets));
        assert!(!second.fresh.model && !second.fresh.theme);
    }

    #[test]
    fn a_content_edit_builds_the_model_again_and_keeps_the_templates() {
        let (dir, _) = fixture_with("basic", &[]);
        let mut inputs = inputs(dir.path());
        let (first, _) = inputs.load(&Changes::everything()).expect("loads");
        let changes = edit(
            dir.path(),
            "content/contact.md",
            "+++\ntitle = \"Write to us\"\n+++\nHi.\n",
        );
        let (second, problems) = inputs.load(&changes).expect("loads");
        assert!(!problems.has_errors());
        assert!(second.fresh.model && !second.fresh.theme);
        assert!(!Arc::ptr_eq(&first.site, &second.site));
        let first_t = first.templates.as_ref().expect("templates");
        let second_t = second.templates.as_ref().expect("templates");
        assert!(Arc::ptr_eq(first_t, second_t));
        let contact = second.site.page("contact").expect("the page");
        assert_eq!(contact.versions[0].title, "Write to us");
    }

    #[test]
    fn a_failed_load_is_loaded_again_with_the_next_change() {
        let (dir, _) = fixture_with("basic", &[]);
        let mut inputs = inputs(dir.path());
        inputs.load(&Changes::everything()).expect("loads");
        let broken = edit(dir.path(), "content/contact.md", "+++\ntitle = \n+++\n");
        let (_, problems) = inputs.load(&broken).expect("kb.toml still reads");
        assert!(problems.has_errors());
        // The fix comes with an edit of another input: the content is read
        // again all the same, as the failed change is still pending.
        write_files(
            dir.path(),
            &[("content/contact.md", "+++\ntitle = \"Fixed\"\n+++\n")],
        );
        let theme_edit = edit(dir.path(), "static/x.txt", "x");
        let (loaded, problems) = inputs.load(&theme_edit).expect("loads");
        assert!(!problems.has_errors(), "{problems:?}");
        assert_eq!(
            loaded.site.page("contact").expect("page").versions[0].title,
            "Fixed"
        );
    }

    #[test]
    fn a_full_load_is_every_input_changed() {
        let (dir, loaded) = fixture_with("basic", &[]);
        let (again, _) = load_site(
            dir.path(),
            &BuildOptions {
                date: Some(TODAY.parse().expect("a date")),
                ..BuildOptions::default()
            },
        )
        .expect("loads");
        assert_eq!(loaded.site.pages.len(), again.site.pages.len());
        assert!(again.fresh.model && again.fresh.theme && again.fresh.locales);
        assert!(again.templates.is_some());
    }
}
