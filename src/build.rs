//! The pipeline, written down once: load → model → outputs → write.
//! `kb build`, `kb check` and `kb serve` all call [`load_site`]; only
//! [`build`] goes on to write.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::assets::Assets;
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, USAGE};
use crate::i18n::Locales;
use crate::model::{self, BuildOptions, Site};
use crate::output::folder::{check_output_folder, recover, OutputLock};
use crate::output::precompress::precompress;
use crate::output::{copy_static, Sink, Staging};
use crate::render::{render_html, Templates};
use crate::theme::{load_locale_files, load_theme, Theme};
use crate::{changes, content, feeds, history, opendata, search, sitemap};

/// A loaded, validated site with its theme, ready for outputs.
pub struct LoadedSite {
    /// The model.
    pub site: Site,
    /// Templates and assets.
    pub theme: Theme,
}

/// What a successful build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Pages written over all languages.
    pub pages: usize,
    /// Pages shown in the default language for want of a translation.
    pub untranslated: usize,
    /// Number of languages.
    pub languages: usize,
    /// Where the site was written.
    pub output: PathBuf,
    /// Seconds the build took (for the summary line only; never in output).
    pub seconds: f64,
    /// The day the site describes.
    pub reference_date: jiff::civil::Date,
    /// The first later day on which something the site shows changes: the
    /// site must be built again that day.
    pub next_change: Option<jiff::civil::Date>,
    /// Warnings met on the way.
    pub warnings: Diagnostics,
}

impl BuildReport {
    /// `built 31,842 pages in 4 languages (2,311 untranslated) in 2.4 s`.
    pub fn summary(&self) -> String {
        let next = match self.next_change {
            Some(date) => format!("next scheduled change on {date}: build again that day"),
            None => "nothing scheduled after it".into(),
        };
        format!(
            "built {} pages in {} languages ({} untranslated) in {:.1} s\nin force as of {}; {next} (data/schedule.json)",
            group_thousands(self.pages),
            self.languages,
            group_thousands(self.untranslated),
            self.seconds,
            self.reference_date,
        )
    }
}

fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Load and model stages: everything `build` validates, nothing written.
/// Warnings come back with the site; any error means no site.
pub fn load_site(
    root: &Path,
    options: &BuildOptions,
) -> Result<(LoadedSite, Diagnostics), Diagnostics> {
    let (loaded, problems) = load_site_with_errors(root, options)?;
    if problems.has_errors() {
        return Err(problems);
    }
    Ok((loaded, problems))
}

/// [`load_site`], returning the site as far as it could be built even when
/// there are errors (for `kb check`, which reports translation coverage of
/// a site that does not build). Fails only when `kb.toml` cannot be read.
/// Outputs must not be made from a site with errors.
pub fn load_site_with_errors(
    root: &Path,
    options: &BuildOptions,
) -> Result<(LoadedSite, Diagnostics), Diagnostics> {
    let config = Config::load(root)?;
    let mut problems = Diagnostics::new();
    let (corpus, found) = content::load(&config);
    problems.extend(found);
    let (theme, found) = load_theme(&config);
    problems.extend(found);
    let (locale_files, found) = load_locale_files(&config);
    problems.extend(found);
    let (locales, found) = Locales::load(&config, &locale_files);
    problems.extend(found);
    problems.extend(fluent_missing_warnings(&config, &locales));
    let (history, found) = read_history(&config);
    problems.extend(found);
    let (mut site, found) = model::build(config, corpus, Arc::new(locales), options);
    problems.extend(found);
    attach_changes(&mut site, &history, options);
    Ok((LoadedSite { site, theme }, problems))
}

/// The git history of the site's `content/` (load stage), already compared
/// into change entries: what `attach_changes` adds notices to. `kb serve`
/// keeps it between edits, as only a commit changes it.
pub fn read_history(config: &Config) -> (changes::HistoryChanges, Diagnostics) {
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

/// Gives the model its change log.
pub fn attach_changes(site: &mut Site, history: &changes::HistoryChanges, _: &BuildOptions) {
    site.changes = changes::build(site, history);
}

/// A warning for each language that lacks UI messages: another language
/// lacks those of the default language (shown in the default language), the
/// default language those of English (shown in English).
pub fn fluent_missing_warnings(config: &Config, locales: &Locales) -> Diagnostics {
    let mut warnings = Diagnostics::new();
    for language in &config.languages {
        let missing = locales.missing_in(&language.code);
        let shown_in = if language.code == config.default_language {
            "en"
        } else {
            &config.default_language
        };
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

/// Builds the site at `root` into its output folder (or `output`), swapping
/// it in only if every stage succeeded.
pub fn build(
    root: &Path,
    options: &BuildOptions,
    output: Option<&Path>,
) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    let (loaded, warnings) = load_site(root, options)?;
    let site = &loaded.site;
    let target = output
        .map(|o| site.config.root.join(o))
        .unwrap_or_else(|| site.config.output_dir.clone());
    check_output_folder(&site.config.root, &target, output.is_none()).map_err(|message| {
        Diagnostics::from(
            Diagnostic::error(USAGE, message)
                .hint("kb build replaces its output folder whole: name a folder of its own"),
        )
    })?;
    let _lock = lock_output(&target)?;
    let mut warnings = warnings;
    warnings.extend(
        recover_locked(&target)?
            .into_iter()
            .collect::<Diagnostics>(),
    );
    let codes: Vec<String> = site.config.language_codes().map(str::to_string).collect();
    let templates = Templates::new(&loaded.theme.templates, &codes, &site.locales)?;
    let assets = Assets::build(&loaded.theme, &site.config);

    let staging = Staging::new(&target).map_err(|e| {
        Diagnostics::from(
            Diagnostic::error("write", format!("cannot create the output folder: {e}"))
                .in_file(&target),
        )
    })?;
    let io = |e: std::io::Error| {
        Diagnostics::from(Diagnostic::error(
            "write",
            format!("cannot write the output: {e}"),
        ))
    };
    let (_, skipped) = copy_static(&site.config.root.join("static"), &staging);
    for (path, bytes) in &assets.files {
        staging.write(path, bytes).map_err(io)?;
    }
    let html = render_html(site, &templates, &assets, &staging)?;
    write_data(site, &templates, &staging, None)?;
    if options.precompress {
        precompress(staging.dir(), Some(&target)).map_err(io)?;
    }
    staging.commit().map_err(io)?;

    for path in skipped {
        warnings.push(
            Diagnostic::warning("static", "a symbolic link in static/ was not copied")
                .in_file(path)
                .hint("copy the file itself into static/"),
        );
    }
    Ok(BuildReport {
        pages: html.pages,
        untranslated: html.untranslated,
        languages: site.config.languages.len(),
        output: target,
        seconds: started.elapsed().as_secs_f64(),
        reference_date: site.reference_date,
        next_change: model::schedule::next_change(site),
        warnings,
    })
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
        Some(o) => Some(root.join(o)),
        None => Config::load(root).ok().map(|c| c.output_dir),
    }
}

/// The outputs that are not HTML pages: sitemap, `robots.txt`, open data,
/// change feeds and the search index (`search`, if already made, else made
/// here). `kb serve` calls this too, so whatever `build` publishes, `serve`
/// serves.
pub fn write_data(
    site: &Site,
    templates: &Templates,
    sink: &dyn Sink,
    search: Option<Vec<search::SearchFile>>,
) -> Result<(), Diagnostics> {
    let io = |e: std::io::Error| {
        Diagnostics::from(Diagnostic::error(
            "write",
            format!("cannot write the output: {e}"),
        ))
    };
    sink.write("sitemap.xml", sitemap::render_sitemap(site).as_bytes())
        .map_err(io)?;
    sink.write("robots.txt", sitemap::render_robots(site).as_bytes())
        .map_err(io)?;
    // When the site must be built again, for the scheduled build that turns
    // it over on the morning a dated value takes effect.
    let mut schedule =
        serde_json::to_vec_pretty(&model::schedule::schedule(site)).unwrap_or_default();
    schedule.push(b'\n');
    sink.write("data/schedule.json", &schedule).map_err(io)?;
    for file in opendata::render_open_data(site) {
        sink.write(&file.path, &file.bytes).map_err(io)?;
    }
    for file in feeds::render_feeds(site, templates)? {
        sink.write(&file.path, &file.bytes).map_err(io)?;
    }
    match search {
        Some(files) => {
            for file in files {
                sink.write(&file.path, &file.bytes).map_err(io)?;
            }
        }
        None => search::write_search(site, sink).map_err(io)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_grouped() {
        assert_eq!(super::group_thousands(31842), "31,842");
        assert_eq!(super::group_thousands(999), "999");
        assert_eq!(super::group_thousands(1000000), "1,000,000");
    }
}
