//! The pipeline, written down once: load → model → outputs → write.
//! `kb build`, `kb check` and `kb serve` all call [`load_site`]; only
//! [`build`] goes on to write.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, USAGE};
use crate::incremental::cache::SearchPart;
use crate::incremental::{self, BuildCache};
use crate::model::{self, BuildOptions, Site};
use crate::output::folder::{check_output_folder, recover, OutputLock};
use crate::output::precompress::precompress;
use crate::output::{OutputFile, Sink, Staging};
use crate::render::{render_routes, Templates};
use crate::routes::RouteTable;
use crate::{feeds, opendata, search, sitemap};

mod report;
mod timings;

pub use report::BuildReport;
use timings::Timings;

pub use crate::load::{load_site, load_site_with_errors, Loaded};

/// Builds the site at `root` into its output folder (or `output`), swapping
/// it in only if every stage succeeded.
pub fn build(
    root: &Path,
    options: &BuildOptions,
    output: Option<&Path>,
) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    let timings = Timings::from_env(started);
    // Hashed before the load: a file saved during the build is then seen
    // as changed by the next one.
    let content = if options.incremental {
        Config::load(root)
            .ok()
            .map(|config| incremental::cache::content_hashes(&config))
    } else {
        None
    };
    let (loaded, warnings) = load_site(root, options)?;
    timings.mark("load");
    let site = &*loaded.site;
    let (target, _lock, recovered) = take_output(site, output)?;
    let mut warnings = warnings;
    warnings.extend(recovered.into_iter().collect::<Diagnostics>());
    let Some(templates) = loaded.templates.clone() else {
        return Err(Diagnostics::from(Diagnostic::error(
            "template",
            "the templates do not compile",
        )));
    };
    let routes = RouteTable::of(site);
    let data = |sink: &dyn Sink, kept: &[&str]| {
        let inputs = OutputInputs {
            site,
            templates: &templates,
            routes: &routes,
        };
        write_data_but(&inputs, sink, kept)
    };
    let parts = incremental::Inputs {
        templates: &templates,
        assets: &loaded.assets,
        statics: &loaded.statics,
        routes: &routes,
        options,
        write_data: &data,
        data_stage_of,
    };
    let io = write_error;
    let previous = content
        .as_ref()
        .and_then(|_| BuildCache::read(&site.config.root, &target));
    let update = match (content, previous) {
        (Some(content), Some(previous)) => {
            let (cache, update) = incremental::update(site, &parts, &target, content, previous)?;
            cache.write(&site.config.root).map_err(io)?;
            timings.mark("incremental update");
            Some(update)
        }
        (content, _) => {
            write_whole(site, &parts, &target, content, &timings)?;
            None
        }
    };
    let html = crate::render::html_summary(site, &routes);

    Ok(BuildReport {
        pages: html.pages,
        untranslated: html.untranslated,
        languages: site.config.languages.len(),
        output: target,
        seconds: started.elapsed().as_secs_f64(),
        reference_date: site.reference_date,
        next_change: model::schedule::next_change(site),
        update,
        warnings,
    })
}

/// Writes the whole site into a staging folder and swaps it in; with the
/// content's hashes (`kb build --incremental` without a usable cache),
/// also leaves the cache the next incremental build starts from.
fn write_whole(
    site: &Site,
    parts: &incremental::Inputs,
    target: &Path,
    content: Option<incremental::ContentHashes>,
    timings: &Timings,
) -> Result<(), Diagnostics> {
    let io = |e: std::io::Error| {
        Diagnostics::from(Diagnostic::error(
            "write",
            format!("cannot write the output: {e}"),
        ))
    };
    // Whatever cache there was describes the folder about to be replaced.
    BuildCache::forget(&site.config.root, target).map_err(io)?;
    let staging = Staging::new(target).map_err(|e| {
        Diagnostics::from(
            Diagnostic::error("write", format!("cannot create the output folder: {e}"))
                .in_file(target),
        )
    })?;
    let recording = incremental::sink::Recording::new(&staging, None);
    let sink: &dyn Sink = if content.is_some() {
        &recording
    } else {
        &staging
    };
    incremental::write_files(parts, sink).map_err(io)?;
    let search = write_pages_and_data(site, parts, sink, content.is_some())?;
    timings.mark("pages and data");
    if parts.options.precompress {
        precompress(staging.dir(), Some(target)).map_err(io)?;
        timings.mark("precompress");
    }
    let (outputs, _) = recording.finish();
    staging.commit().map_err(io)?;
    timings.mark("swap");
    if let (Some(content), Some(search)) = (content, search) {
        let global = incremental::cache::global_fingerprint(site, parts.options);
        let cache = BuildCache::of(site, global, target, content, outputs, search);
        cache.write(&site.config.root).map_err(io)?;
    }
    Ok(())
}

/// Renders every page and writes the data outputs (sitemap, open data,
/// feeds, search) into `sink`; with `record_search`, also returns the
/// search index's parts for the incremental cache.
fn write_pages_and_data(
    site: &Site,
    parts: &incremental::Inputs,
    sink: &dyn Sink,
    record_search: bool,
) -> Result<Option<BTreeMap<String, SearchPart>>, Diagnostics> {
    let inputs = OutputInputs {
        site,
        templates: parts.templates,
        routes: parts.routes,
    };
    // Side by side: neither reads what the other writes, and made one
    // after the other, the data stage's last file (a language's search
    // index, one thread each) left a core idle at the end of the build.
    let pages = || {
        render_routes(
            site,
            parts.templates,
            parts.assets,
            parts.routes.as_slice(),
            sink,
        )
    };
    let data = || -> Result<_, Diagnostics> {
        if !record_search {
            return write_data(&inputs, sink, None).map(|()| None);
        }
        let (data, made) = rayon::join(
            || write_data(&inputs, sink, Some(Vec::new())),
            || incremental::write_search(site, sink, None, &mut Default::default()),
        );
        data?;
        made.map(Some).map_err(write_error)
    };
    match rayon::join(pages, data) {
        (Ok(()), Ok(search)) => Ok(search),
        (Err(mut problems), Err(more)) => {
            problems.extend(more);
            Err(problems)
        }
        (Err(problems), _) | (_, Err(problems)) => Err(problems),
    }
}

/// The output folder of the build (`output`, else the site's), checked
/// to be one kb may replace, locked, and put back if a killed build left
/// it half-swapped (what was done, as warnings).
fn take_output(
    site: &Site,
    output: Option<&Path>,
) -> Result<(PathBuf, OutputLock, Vec<Diagnostic>), Diagnostics> {
    let target = output
        .map(from_current_folder)
        .unwrap_or_else(|| site.config.output_dir.clone());
    check_output_folder(&site.config.root, &target, output.is_none()).map_err(|message| {
        Diagnostics::from(
            Diagnostic::error(USAGE, message)
                .hint("kb build replaces its output folder whole: name a folder of its own"),
        )
    })?;
    let lock = lock_output(&target)?;
    let recovered = recover_locked(&target)?;
    Ok((target, lock, recovered))
}

/// Takes the lock of the output folder `target`, saying so on the
/// terminal if another build holds it.
fn lock_output(target: &Path) -> Result<OutputLock, Diagnostics> {
    OutputLock::acquire(target, || {
        eprintln!(
            "waiting for another build of {} to finish…",
            target.display()
        )
    })
    .map_err(|e| {
        Diagnostics::from(
            Diagnostic::error("write", format!("cannot lock the output folder: {e}"))
                .in_file(target),
        )
    })
}

/// Restores the output folder `target` after a build that was killed
/// during its swap (see [`recover`]); what was done comes back as a
/// warning. `kb check` and `kb serve` call it too, so whichever runs next
/// puts the site back.
pub fn recover_output(target: &Path) -> Result<Vec<Diagnostic>, Diagnostics> {
    let _lock = lock_output(target)?;
    recover_locked(target)
}

/// [`recover_output`] for a caller that already holds the lock.
fn recover_locked(target: &Path) -> Result<Vec<Diagnostic>, Diagnostics> {
    let done = recover(target).map_err(|e| {
        Diagnostics::from(
            Diagnostic::error(
                "write",
                format!("cannot restore the output folder after an interrupted build: {e}"),
            )
            .in_file(target),
        )
    })?;
    Ok(done
        .map(|message| Diagnostic::warning("write", message).in_file(target))
        .into_iter()
        .collect())
}

/// The output folder a build of the site at `root` would write (`output`
/// from the command line, else `output_dir` of its kb.toml), if its
/// kb.toml can be read: for saying what a failed build left there.
pub fn output_folder(root: &Path, output: Option<&Path>) -> Option<PathBuf> {
    match output {
        Some(o) => Some(from_current_folder(o)),
        None => Config::load(root).ok().map(|c| c.output_dir),
    }
}

/// `--output` as the shell means it: a relative path is taken from the
/// current folder, as every other path on a command line is, not from
/// `--root` (docs/cli.md).
fn from_current_folder(output: &Path) -> PathBuf {
    std::path::absolute(output).unwrap_or_else(|_| output.to_path_buf())
}

/// What an output stage reads: the model, the templates (feeds are
/// rendered through one) and the route table.
pub struct OutputInputs<'a> {
    /// The model.
    pub site: &'a Site,
    /// The theme's templates.
    pub templates: &'a Templates,
    /// Every HTML file of the site.
    pub routes: &'a RouteTable,
}

/// An output stage that is not the HTML pages: it reads the model and
/// writes files into a sink, knowing nothing of the other stages.
type DataStage = fn(&OutputInputs, &dyn Sink) -> Result<(), Diagnostics>;

/// A failed write, as a build reports it.
fn write_error(e: std::io::Error) -> Diagnostics {
    Diagnostics::from(Diagnostic::error(
        "write",
        format!("cannot write the output: {e}"),
    ))
}

/// Whether a stage writes the site path given (`data/tariff.json`).
type Holds = fn(&str) -> bool;

/// The outputs besides HTML pages, in the order they are written, each
/// with the site paths it writes (a path is the first stage's that
/// holds it). Each writes into the sink file by file: on a tariff in many
/// languages the sitemap or the open data whole would be larger than the
/// rest of the build (the EU-sized corpus: a 1 GB sitemap, now in parts,
/// and 781 MB of open data). The search index is not listed:
/// [`write_data`] writes it language by language (`search::write_search`).
const DATA_STAGES: [(&str, Holds, DataStage); 4] = [
    (
        "sitemap",
        |path| path == "robots.txt" || path == "sitemap.xml" || sitemap::is_part(path),
        |o, sink| {
            sink.write("robots.txt", sitemap::render_robots(o.site).as_bytes())
                .and_then(|()| sitemap::write_sitemaps(o.site, o.routes, sink))
                .map_err(write_error)
        },
    ),
    // When the site must be built again, for the scheduled build that
    // turns it over on the morning a dated value takes effect.
    (
        "schedule",
        |path| path == "data/schedule.json",
        |o, sink| {
            let mut schedule =
                serde_json::to_vec_pretty(&model::schedule::schedule(o.site)).unwrap_or_default();
            schedule.push(b'\n');
            sink.write("data/schedule.json", &schedule)
                .map_err(write_error)
        },
    ),
    (
        opendata::STAGE,
        |path| path.starts_with("data/"),
        |o, sink| opendata::write_open_data(o.site, sink).map_err(write_error),
    ),
    (
        "feeds",
        |path| path.split('/').nth(1) == Some("feeds"),
        |o, sink| {
            let files = feeds::render_feeds(o.site, o.templates)?;
            files
                .iter()
                .try_for_each(|f| sink.write(&f.path, &f.bytes))
                .map_err(write_error)
        },
    ),
];

/// A part of the outputs besides HTML pages that is made alone: `kb
/// serve` makes each when one of its files is first asked for, so that a
/// request for the open data does not wait for the search index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DataPart {
    /// A stage of [`write_data`] (sitemap, schedule, open data, feeds), by
    /// position.
    Stage(usize),
    /// The search index of one language, by position.
    Search(usize),
}

impl DataPart {
    /// Every part of `site`'s outputs besides HTML pages.
    pub fn all(site: &Site) -> Vec<DataPart> {
        let stages = (0..DATA_STAGES.len()).map(DataPart::Stage);
        stages
            .chain((0..site.config.languages.len()).map(DataPart::Search))
            .collect()
    }

    /// The part that writes site path `path` (`data/tariff.json`), if any
    /// may: told from the path alone, without making anything.
    pub fn of_path(site: &Site, path: &str) -> Option<DataPart> {
        if let Some(rest) = path.strip_prefix("search/") {
            let lang = rest.split('/').next()?;
            return site
                .config
                .langs()
                .find(|l| l.code() == lang)
                .map(|l| DataPart::Search(l.index()));
        }
        DATA_STAGES
            .iter()
            .position(|(_, holds, _)| holds(path))
            .map(DataPart::Stage)
    }

    /// Whether the part is a search index, whose files a browser fetches
    /// by the names its entry gave them.
    pub fn is_search(self) -> bool {
        matches!(self, DataPart::Search(_))
    }

    /// Makes the part's files.
    pub fn make(self, inputs: &OutputInputs) -> Result<Vec<OutputFile>, Diagnostics> {
        match self {
            DataPart::Stage(i) => {
                let sink = crate::output::MemorySink::default();
                if let Some((_, _, stage)) = DATA_STAGES.get(i) {
                    stage(inputs, &sink)?;
                }
                Ok(sink
                    .into_files()
                    .into_iter()
                    .map(|(path, bytes)| OutputFile { path, bytes })
                    .collect())
            }
            DataPart::Search(i) => Ok(match inputs.site.config.lang_at(i) {
                Some(lang) => {
                    search::write_language_index(
                        lang.code(),
                        search::collect_documents(inputs.site, lang),
                        &search::runtime_messages(inputs.site, lang),
                    )
                    .0
                }
                None => Vec::new(),
            }),
        }
    }
}

/// The outputs that are not HTML pages: sitemap, `robots.txt`, the build
/// schedule, open data, change feeds and the search index (`search`, if
/// already made, else made here). `kb serve` calls this too, so whatever
/// `build` publishes, `serve` serves.
pub fn write_data(
    inputs: &OutputInputs,
    sink: &dyn Sink,
    search: Option<Vec<OutputFile>>,
) -> Result<(), Diagnostics> {
    let io = |e: std::io::Error| {
        Diagnostics::from(Diagnostic::error(
            "write",
            format!("cannot write the output: {e}"),
        ))
    };
    use rayon::prelude::*;
    // Made side by side: written one after the other, the sitemap, open
    // data and feeds (one thread each) left the other core idle while
    // they ran (the EU-sized corpus's whole data stage takes about 38 s).
    // Each stage still writes its files one at a time.
    let (stages, searched) = rayon::join(
        || {
            DATA_STAGES
                .par_iter()
                .try_for_each(|(_, _, stage)| stage(inputs, sink))
        },
        || match search {
            Some(files) => files
                .iter()
                .try_for_each(|file| sink.write(&file.path, &file.bytes)),
            None => search::write_search(inputs.site, sink),
        },
    );
    stages?;
    searched.map_err(io)
}

/// [`write_data`] without the search index and without the stages named
/// in `kept`, whose files an incremental build keeps as they are.
pub fn write_data_but(
    inputs: &OutputInputs,
    sink: &dyn Sink,
    kept: &[&str],
) -> Result<(), Diagnostics> {
    for (name, _, stage) in DATA_STAGES {
        if !kept.contains(&name) {
            stage(inputs, sink)?;
        }
    }
    Ok(())
}

/// The name of the output stage that writes site path `path`, if any.
pub fn data_stage_of(path: &str) -> Option<&'static str> {
    DATA_STAGES
        .iter()
        .find(|(_, holds, _)| holds(path))
        .map(|(name, _, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::MemorySink;

    /// The files of `files` by path, as a sink names them.
    fn by_path(files: Vec<OutputFile>) -> std::collections::BTreeMap<String, Vec<u8>> {
        let sink = MemorySink::default();
        for file in files {
            sink.write(&file.path, &file.bytes).expect("in memory");
        }
        sink.into_files()
    }

    #[test]
    fn each_data_file_is_made_by_the_part_its_path_names() {
        // Issue 19: kb serve makes each part of the data alone, found
        // from the path asked for.
        let (_dir, loaded) = crate::testing::fixture_with("tariff", &[]);
        let site = &loaded.site;
        let routes = RouteTable::of(site);
        let templates = loaded.templates.as_deref().expect("templates");
        let inputs = OutputInputs {
            site,
            templates,
            routes: &routes,
        };
        let sink = MemorySink::default();
        write_data(&inputs, &sink, None).expect("written");
        let all = sink.into_files();
        assert!(all.keys().any(|p| p.starts_with("search/fr/")));
        let mut parts = std::collections::HashMap::new();
        for (path, bytes) in &all {
            let part = DataPart::of_path(site, path).unwrap_or_else(|| panic!("{path}: no part"));
            let made = parts
                .entry(part)
                .or_insert_with(|| by_path(part.make(&inputs).expect("made")));
            assert_eq!(made.get(path), Some(bytes), "{path}");
        }
        assert_eq!(parts.len(), DataPart::all(site).len());
        assert_eq!(DataPart::of_path(site, "favicon.ico"), None);
        // A large site's sitemap parts, which this small one has not.
        assert_eq!(data_stage_of("sitemap-3.xml.gz"), Some("sitemap"));
        assert_eq!(data_stage_of("sitemap-3.xml"), None);
    }
}
