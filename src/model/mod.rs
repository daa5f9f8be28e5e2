//! Model stage: the typed, validated, cross-referenced site built from the
//! [`Corpus`]. Outputs read a [`Site`] and nothing else.
//!
//! Start at [`build`]: it reads front matter, lines translations up with
//! their originals, renders bodies with links resolved per language, and
//! collects every problem on the way.

mod authored;
mod indexes;
mod links;
mod pages;
mod paths;
pub mod schedule;
pub mod transparency;

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::config::Config;
use crate::content::Corpus;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::entities::Entities;
use crate::i18n::Locales;
use crate::tariff::{TableRanges, Tariff};
use crate::urls::Urls;

pub use indexes::is_made_index;
pub use pages::{mark_stale_from_git, Page, PageKind, PageVersion, TranslationState};

/// Choices of one build that are not in `kb.toml`.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Include pages marked `draft = true`.
    pub drafts: bool,
    /// Write links for browsing from disk.
    pub offline: bool,
    /// The day the site describes, instead of today (UTC).
    pub date: Option<jiff::civil::Date>,
    /// Publish at this URL instead of `base_url`.
    pub base_url: Option<String>,
    /// Write `.gz` and `.br` copies beside text files (`kb build
    /// --precompress`; see `output::precompress`).
    pub precompress: bool,
    /// Render only what changed since the last build, and write only the
    /// files whose bytes changed (`kb build --incremental`; see
    /// [`crate::incremental`]).
    pub incremental: bool,
}

/// The whole site, validated and cross-referenced.
#[derive(Debug)]
pub struct Site {
    /// The configuration.
    pub config: Config,
    /// UI messages of every language.
    pub locales: Arc<Locales>,
    /// How pages link to each other.
    pub urls: Urls,
    /// Every page, sorted by key.
    pub pages: Vec<Page>,
    /// The tariff: sections, chapters and every code (shared with the next
    /// build of `kb serve` while no tariff file changes).
    pub tariff: Arc<Tariff>,
    /// Procedures, fees, measures, tools, legal texts, forms, agencies and
    /// notices, with the references between them.
    pub entities: Entities,
    /// The day the site describes: `--date`, or today (UTC). What is in
    /// force on this day is shown as in force; what starts after it, as
    /// scheduled. The only input that is not a file: the same files and
    /// date give the same bytes.
    pub reference_date: jiff::civil::Date,
    /// What changed and what will change: from git history and notices.
    /// Filled by [`crate::build::load_site`] once the model stands.
    pub changes: crate::changelog::ChangeLog,
    /// Each section's pages, as positions in `pages`, by weight then
    /// title ([`Site::children`]): every page's menu lists the top
    /// sections, and looking them up by a scan of every page made the
    /// build grow with the square of the site.
    sections: BTreeMap<String, Vec<usize>>,
}

impl Site {
    /// The page with this key (`guides/valuation`, `guides/_index`).
    pub fn page(&self, key: &str) -> Option<&Page> {
        self.pages
            .binary_search_by(|p| p.key.as_str().cmp(key))
            .ok()
            .map(|i| &self.pages[i])
    }

    /// Pages whose parent section is `section_key`, by weight then title.
    pub fn children(&self, section_key: &str) -> Vec<&Page> {
        self.sections
            .get(section_key)
            .map_or_else(Vec::new, |at| at.iter().map(|&i| &self.pages[i]).collect())
    }
}

/// The pages of each section, as positions in `pages`, by weight, then
/// title, then key.
fn sections_of(pages: &[Page]) -> BTreeMap<String, Vec<usize>> {
    let mut sections: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, page) in pages.iter().enumerate() {
        if let Some(parent) = &page.parent {
            sections.entry(parent.clone()).or_default().push(i);
        }
    }
    for children in sections.values_mut() {
        children.sort_by(|&a, &b| {
            let (a, b) = (&pages[a], &pages[b]);
            (a.weight, &a.versions[0].title, &a.key).cmp(&(b.weight, &b.versions[0].title, &b.key))
        });
    }
    sections
}

/// Builds the site model from the loaded content; errors and warnings come
/// back together, and the site is only usable if there is no error.
pub fn build(
    config: Config,
    corpus: Corpus,
    locales: Arc<Locales>,
    options: &BuildOptions,
) -> (Site, Diagnostics) {
    build_cached(config, corpus, locales, options, &mut ModelCache::default())
}

/// What one build of the model hands to the next, for `kb serve`, which
/// builds the model again after every edit: the tariff (the dearest part)
/// is kept while no tariff file and no page's place changed, and each
/// chapter while its files did not. Use a new cache when the
/// configuration or the options change.
#[derive(Default)]
pub struct ModelCache {
    tariff: Option<CachedTariff>,
    /// Each chapter as last read: an edit of one chapter file reads that
    /// chapter alone again.
    chapters: crate::tariff::ChapterCache,
    bodies: links::BodyCache,
    /// What the last build claimed, if it met no conflict.
    claims: Option<paths::ClaimsKey>,
}

struct CachedTariff {
    inputs: TariffInputs,
    tariff: Arc<Tariff>,
    tables: TableRanges,
    problems: Diagnostics,
}

/// Everything the tariff is read from: the corpus files in order (the text
/// of tariff files only) and the pages in order.
#[derive(PartialEq)]
struct TariffInputs {
    files: Vec<(String, String, Option<Arc<str>>)>,
    pages: Vec<(String, Vec<usize>)>,
}

impl TariffInputs {
    fn of(corpus: &Corpus, pages: &[Page]) -> TariffInputs {
        TariffInputs {
            files: corpus
                .files
                .iter()
                .map(|f| {
                    let text = (f.top_folder() == "tariff").then(|| f.source.text.clone());
                    (f.key.clone(), f.lang.clone(), text)
                })
                .collect(),
            pages: pages
                .iter()
                .map(|p| (p.key.clone(), p.versions.iter().map(|v| v.file).collect()))
                .collect(),
        }
    }
}

/// [`build`], reusing what `cache` holds where its inputs are unchanged,
/// and leaving in it what the next build may reuse.
pub fn build_cached(
    config: Config,
    corpus: Corpus,
    locales: Arc<Locales>,
    options: &BuildOptions,
    cache: &mut ModelCache,
) -> (Site, Diagnostics) {
    let mut problems = Diagnostics::new();
    let base_url = options
        .base_url
        .clone()
        .unwrap_or_else(|| config.base_url.clone());
    let urls = Urls::new(&base_url, options.offline);
    let mut corpus = corpus;
    indexes::add_kind_indexes(&config, &locales, &mut corpus);
    let (mut pages, failed) = pages::collect(&config, &corpus, options, &mut problems);
    corpus.unreadable.extend(failed);
    authored::check_tariff_names(&corpus, &mut problems);
    let inputs = TariffInputs::of(&corpus, &pages);
    let cached = cache.tariff.take().filter(|c| c.inputs == inputs);
    let cached = cached.unwrap_or_else(|| {
        let mut found = Diagnostics::new();
        let (tariff, tables) =
            crate::tariff::build_cached(&config, &corpus, &pages, &mut cache.chapters, &mut found);
        CachedTariff {
            inputs,
            tariff: Arc::new(tariff),
            tables,
            problems: found,
        }
    });
    problems.extend(cached.problems.clone());
    let (tariff, tables) = (cached.tariff.clone(), cached.tables.clone());
    cache.tariff = Some(cached);
    let entities = crate::entities::build(&config, &corpus, &pages, &tariff, &mut problems);
    let bodies = links::BodyInputs {
        config: &config,
        urls: &urls,
        corpus: &corpus,
        tariff: &tariff,
        tables: &tables,
    };
    links::render_bodies(&bodies, &mut pages, &mut cache.bodies, &mut problems);
    paths::check_claims_again(
        &config,
        &corpus,
        &pages,
        &tariff,
        &mut cache.claims,
        &mut problems,
    );
    check_navigation(&config, &corpus, &pages, &mut problems);
    check_logo(&config, &mut problems);
    let reference_date = options.date.unwrap_or_else(today_utc);
    crate::entities::exchange::check_rates_in_force(
        &corpus,
        &entities,
        reference_date,
        &mut problems,
    );
    let mut entities = entities;
    entities.set_notice_phases(&pages, reference_date);
    let site = Site {
        config,
        locales,
        urls,
        sections: sections_of(&pages),
        pages,
        tariff,
        entities,
        reference_date,
        changes: Default::default(),
    };
    (site, problems)
}

/// The menu entry of `kb.toml` that names the changes page
/// (`/{lang}/changes/`), which kb writes itself.
pub const CHANGES_MENU_ENTRY: &str = "changes";

/// A menu entry of `kb.toml` that names no page would vanish from the
/// menus without a word: warn, with the closest page key.
/// An entry whose page could not be read is left to that page's error.
fn check_navigation(config: &Config, corpus: &Corpus, pages: &[Page], problems: &mut Diagnostics) {
    let found = |entry: &str| {
        let entry = entry.trim_matches('/');
        let section = format!("{entry}/_index");
        entry == CHANGES_MENU_ENTRY
            || pages.iter().any(|p| p.key == entry || p.key == section)
            || corpus.original_unreadable(config, entry)
    };
    let navigation = &config.navigation;
    for (menu, entries) in [("main", &navigation.main), ("footer", &navigation.footer)] {
        for entry in entries.iter().filter(|e| !found(e)) {
            let keys = pages.iter().map(|p| p.key.trim_end_matches("/_index"));
            let mut diagnostic = Diagnostic::warning(
                "navigation",
                format!("the {menu} menu names `{entry}`, which is no page; it is left out"),
            )
            .in_file("kb.toml");
            diagnostic = match crate::diagnostics::closest(entry, keys) {
                Some(near) => diagnostic.hint(format!("did you mean `{near}`?")),
                None => diagnostic.hint("name a page by its path under content/, without .md"),
            };
            problems.push(diagnostic);
        }
    }
}

/// `[identity] logo` must be a file of `static/`: an error at its value.
fn check_logo(config: &Config, problems: &mut Diagnostics) {
    let Some(logo) = &config.identity.logo else {
        return;
    };
    if config.root.join("static").join(logo).is_file() {
        return;
    }
    let file = config.root.join(crate::config::CONFIG_FILE);
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    let span = crate::config::toml_value_span(&text, &["identity", "logo"]).unwrap_or(0..0);
    let source = crate::diagnostics::SourceText::new(crate::config::CONFIG_FILE, text);
    problems.push(
        Diagnostic::error("config", format!("the logo `{logo}` is not a file of static/"))
            .at(&source, span.start, span.end)
            .hint("put the image in the site's static/ folder and name it from there, such as logo = \"emblem.svg\""),
    );
}

/// Today's date in UTC: the default reference date, so that a daily build
/// turns the site over on the morning a change takes effect.
pub fn today_utc() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}

/// Every output path the model claims for `site` (folded), read again
/// from its files: for the route table's test that each route was claimed.
#[cfg(test)]
pub(crate) fn claimed_paths(site: &Site) -> std::collections::HashSet<String> {
    let (mut corpus, _) = crate::content::load(&site.config);
    indexes::add_kind_indexes(&site.config, &site.locales, &mut corpus);
    let mut problems = Diagnostics::new();
    let claimed = paths::check_claims(
        &site.config,
        &corpus,
        &site.pages,
        &site.tariff,
        &paths::static_files(&site.config),
        &mut problems,
    );
    assert!(!problems.has_errors(), "{problems:?}");
    claimed
}

#[cfg(test)]
impl ModelCache {
    /// How many tariff chapters were read from their files since the
    /// cache was made.
    pub(crate) fn chapter_reads(&self) -> usize {
        self.chapters.reads()
    }
}
