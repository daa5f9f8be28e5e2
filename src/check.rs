//! `kb check`: the build pipeline stopped before writing. Every validation
//! of `kb build` (every page and code page is rendered, to nowhere, so
//! template errors show), plus what translators and CI need: translation
//! coverage and staleness per language, and the Fluent messages each
//! locale misses or defines for nothing.
//!
//! Start at [`check`]; [`CheckReport`] is what the text and JSON forms print.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Serialize;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::{untranslated_files, Locales};
use crate::load::{load_site_with_errors, Loaded};
use crate::model::{BuildOptions, Site, TranslationState};
use crate::output::NullSink;
use crate::render::render_html;
use crate::routes::RouteTable;
use crate::theme::{load_locale_files, load_theme};

/// Message ids the Rust code formats itself, outside the templates.
pub const CODE_MESSAGE_IDS: &[&str] = &[
    "chooser-intro",
    "changes-feed-chapter",
    "changes-follow-feed",
    "changes-kind-pages",
    "duration-days",
    "duration-hours",
    "duration-join",
    "duration-minutes",
    "duration-range",
    "fee-amount-from",
    "fee-changes-on",
    "fee-ended",
    "fee-not-yet",
    "fee-state-ended",
    "fee-state-not-yet",
    "label-value",
    "money",
    "origin-and",
    "origin-or",
    "origin-proof",
    "origin-rule",
    "quota-period-dates",
    "rate-ad-valorem",
    "rate-compound",
    "rate-free",
    "rate-maximum",
    "rate-minimum",
    "rate-specific",
    "ruling-expired",
    "ruling-valid",
    "ruling-valid-until",
    "search-count",
    "search-none",
    "search-note-code",
    "search-note-typo",
    "search-rate-words",
    "search-result-tariff",
    "tariff-chapter",
    "tariff-line-ended",
    "tariff-line-ending",
    "tariff-line-not-yet",
    "tariff-no-rate",
    "tariff-rate-from",
    "tariff-replaced-by",
    "tariff-replaces",
    "tariff-section",
    "tariff-tax-waived",
    "tariff-timeline-rate",
];

/// Families of ids the Rust code formats with a value appended
/// (`tariff-col-{column}`), and those archetypes name (`archetype-{NAME}`).
pub const CODE_MESSAGE_PREFIXES: &[&str] = &[
    "archetype-",
    "calc-",
    "change-",
    "changes-kind-",
    "origin-term-",
    "quota-allocation-",
    "tariff-col-",
    "tool-category-",
    "tool-status-",
];

/// Everything `kb check` found.
#[derive(Debug, Serialize)]
pub struct CheckReport {
    /// Errors and warnings, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Translation coverage per language (empty when the site did not load).
    pub coverage: Vec<LanguageCoverage>,
    /// Fluent messages per locale.
    pub messages: Vec<LocaleMessages>,
}

/// How much of the content one language has.
#[derive(Debug, Serialize)]
pub struct LanguageCoverage {
    /// Language code.
    pub language: String,
    /// Pages with a current translation (or the original, for the default).
    pub translated: usize,
    /// Pages shown in the default language for want of a translation.
    pub missing: usize,
    /// Translations older than their original's last update.
    pub stale: usize,
    /// The stale translations' files.
    pub stale_files: Vec<String>,
    /// The originals that have no translation in this language.
    pub missing_files: Vec<String>,
}

/// The UI messages of one locale.
#[derive(Debug, Serialize)]
pub struct LocaleMessages {
    /// Language code.
    pub language: String,
    /// Ids this locale defines (embedded and the site's own).
    pub defined: usize,
    /// Ids the default language defines or a template names that this
    /// locale lacks (shown in the default language, or failing to render).
    pub missing: Vec<String>,
    /// Ids this locale defines that no template and no code uses.
    pub unused: Vec<String>,
    /// Ids the site's files define in kb's English text, in a language
    /// that is not English (the copies `kb init` writes, still to
    /// translate): pages show them in English.
    pub untranslated: Vec<String>,
}

impl CheckReport {
    /// The findings as a list to render.
    pub fn problems(&self) -> Diagnostics {
        let mut problems = Diagnostics::new();
        for d in &self.diagnostics {
            problems.push(d.clone());
        }
        problems
    }

    /// Whether `kb check` fails: errors, or any warning with `deny_warnings`.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.is_error() || deny_warnings)
    }
}

/// Runs every validation of `kb build` on the site at `root` and writes
/// nothing.
pub fn check(root: &Path, options: &BuildOptions) -> CheckReport {
    let mut problems = Diagnostics::new();
    let mut coverage = Vec::new();
    match load_site_with_errors(root, options) {
        Ok((loaded, found)) => {
            // Pages are rendered, as by `build`, only from a valid model.
            if !found.has_errors() {
                problems.extend(render_to_nowhere(&loaded));
            }
            problems.extend(crate::leftovers::find_leftovers(&loaded.site));
            problems.extend(found);
            problems.extend(tfa_gaps(&loaded.site));
            coverage = translation_coverage(&loaded.site);
        }
        Err(found) => problems.extend(found),
    }
    let messages = match Config::load(root) {
        Ok(config) => {
            // A build killed during its swap is put right by whichever
            // command runs next, check included.
            match crate::build::recover_output(&config.output_dir) {
                Ok(done) => problems.extend(Diagnostics::from_iter(done)),
                Err(found) => problems.extend(found),
            }
            let (messages, found) = fluent_messages(&config);
            problems.extend(found);
            messages
        }
        Err(_) => Vec::new(),
    };
    CheckReport {
        diagnostics: problems.sorted().into_iter().cloned().collect(),
        coverage,
        messages,
    }
}

/// The problems a build finds in `files` (paths under `root`), such as
/// the chapter files `kb import` just wrote: an import that writes a
/// chapter the build refuses (a line with no parent heading) fails.
pub fn check_files(root: &Path, files: &[std::path::PathBuf]) -> Diagnostics {
    let found = match load_site_with_errors(root, &BuildOptions::default()) {
        Ok((_, found)) => found,
        Err(found) => found,
    };
    let relative: Vec<std::path::PathBuf> = files
        .iter()
        .map(|f| f.strip_prefix(root).unwrap_or(f).to_path_buf())
        .collect();
    found
        .iter()
        .filter(|d| {
            d.path
                .as_ref()
                .is_some_and(|p| relative.iter().any(|r| p.ends_with(r) || r.ends_with(p)))
        })
        .cloned()
        .collect()
}

/// A warning for each TFA item that no page publishes (the gaps the
/// transparency page marks), at that page. A site without a transparency
/// index (`content/transparency.md`) makes no claim, and gets none.
fn tfa_gaps(site: &Site) -> Diagnostics {
    let mut problems = Diagnostics::new();
    let Some(at) = site
        .page("transparency")
        .map(|p| p.versions[0].source.clone())
    else {
        return problems;
    };
    let lang = &site.config.default_language;
    for gap in crate::model::transparency::coverage(site)
        .into_iter()
        .filter(|c| c.pages.is_empty())
    {
        let name = site.locales.text(
            lang,
            &format!("tfa-{}", crate::tfa::item_key(gap.item)),
            None,
        );
        problems.push(
            Diagnostic::warning(
                "tfa",
                format!("no page publishes TFA item {} ({name})", gap.item),
            )
            .in_file(&at)
            .hint(format!(
                "add `tfa = [\"{}\"]` to the front matter of the page that publishes it",
                gap.item
            )),
        );
    }
    problems
}

/// Renders every page as `build` would, into a sink that keeps nothing:
/// template errors are found, nothing is written.
fn render_to_nowhere(loaded: &Loaded) -> Diagnostics {
    let Some(templates) = &loaded.templates else {
        // Templates that do not compile are already among the load's errors.
        return Diagnostics::new();
    };
    let routes = RouteTable::of(&loaded.site);
    match render_html(&loaded.site, templates, &loaded.assets, &routes, &NullSink) {
        Ok(_) => Diagnostics::new(),
        Err(found) => found,
    }
}

/// Translated, missing and stale pages per language.
pub fn translation_coverage(site: &Site) -> Vec<LanguageCoverage> {
    let relative = |p: &Path| {
        p.strip_prefix(&site.config.root)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/")
    };
    site.config
        .languages
        .iter()
        .enumerate()
        .map(|(index, language)| {
            let mut entry = LanguageCoverage {
                language: language.code.clone(),
                translated: 0,
                missing: 0,
                stale: 0,
                stale_files: Vec::new(),
                missing_files: Vec::new(),
            };
            for page in &site.pages {
                let Some(version) = page.versions.get(index) else {
                    continue;
                };
                match version.state {
                    TranslationState::Original | TranslationState::Translated => {
                        entry.translated += 1
                    }
                    TranslationState::Stale => {
                        entry.stale += 1;
                        entry.stale_files.push(relative(&version.source));
                    }
                    TranslationState::Missing => {
                        entry.missing += 1;
                        entry.missing_files.push(relative(&version.source));
                    }
                }
            }
            entry
        })
        .collect()
}

/// Missing and unused messages of every locale, and a warning for each
/// message a template names that no locale defines.
fn fluent_messages(config: &Config) -> (Vec<LocaleMessages>, Diagnostics) {
    let mut problems = Diagnostics::new();
    let (theme, _) = load_theme(config);
    let (files, _) = load_locale_files(config);
    let (locales, _) = Locales::load(config, &files);
    let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let untranslated = untranslated_files(&files, &codes);
    for file in &untranslated {
        problems.push(file.warning());
    }
    let mut named = BTreeSet::new();
    let mut literals = BTreeSet::new();
    let mut prefixes: BTreeSet<String> = CODE_MESSAGE_PREFIXES
        .iter()
        .map(|p| p.to_string())
        .collect();
    for (name, source) in &theme.templates {
        let found = scan_template(&source.text);
        for id in &found.keys {
            named.insert((id.clone(), name.clone()));
        }
        literals.extend(found.literals);
        prefixes.extend(found.prefixes);
    }
    literals.extend(CODE_MESSAGE_IDS.iter().map(|id| id.to_string()));
    // What every page falls back to: the default language, then English.
    let default: BTreeSet<&str> = locales
        .message_ids(&config.default_language)
        .chain(locales.message_ids("en"))
        .collect();
    for (id, template) in &named {
        if !default.contains(id.as_str()) {
            problems.push(
                Diagnostic::warning(
                    "fluent-missing",
                    format!("template `{template}` names the UI message `{id}`, which no locale defines"),
                )
                .in_file(format!("locales/{}", config.default_language))
                .hint("define it in locales/<lang>/*.ftl, or correct the id in the template"),
            );
        }
    }
    problems.extend(column_labels_missing(config, &locales));
    let used =
        |id: &str| literals.contains(id) || prefixes.iter().any(|p| id.starts_with(p.as_str()));
    let messages = config
        .languages
        .iter()
        .map(|language| {
            let own: BTreeSet<&str> = locales.message_ids(&language.code).collect();
            let expected: BTreeSet<&str> = default
                .iter()
                .copied()
                .chain(named.iter().map(|(id, _)| id.as_str()))
                .collect();
            LocaleMessages {
                language: language.code.clone(),
                defined: own.len(),
                missing: expected.difference(&own).map(|id| id.to_string()).collect(),
                unused: own
                    .iter()
                    .filter(|id| !used(id))
                    .map(|id| id.to_string())
                    .collect(),
                untranslated: untranslated
                    .iter()
                    .filter(|f| f.lang == language.code)
                    .flat_map(|f| f.ids.iter().cloned())
                    .collect::<BTreeSet<String>>()
                    .into_iter()
                    .collect(),
            }
        })
        .collect();
    (messages, problems)
}

/// A warning for each tariff column with no label (`tariff-col-KEY`) in
/// some language, nor in the default language or English it would fall
/// back to: its pages show the key (`DUTY` on every Georgian page of a
/// column keyed `duty`), and the tables of missing messages, which list
/// what a language lacks of another's, could not say so.
fn column_labels_missing(config: &Config, locales: &Locales) -> Diagnostics {
    let mut problems = Diagnostics::new();
    for column in &config.tariff.columns {
        let id = format!("tariff-col-{}", column.key);
        let lacking: Vec<&str> = config
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .filter(|lang| locales.format(lang, &id, None).is_err())
            .collect();
        if lacking.is_empty() {
            continue;
        }
        let shown = crate::tariff::import::column_header(&column.key, column.kind);
        problems.push(
            Diagnostic::warning(
                "fluent-missing",
                format!(
                    "the tariff column `{}` has no label in {}: its pages show `{shown}`",
                    column.key,
                    lacking.join(", ")
                ),
            )
            .in_file("kb.toml")
            .hint(format!(
                "name it in each language's locales/<lang>/site.ftl: `{id} = …`"
            )),
        );
    }
    problems
}

/// The coverage and message tables of the text form.
pub fn render_text(report: &CheckReport) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    if !report.coverage.is_empty() {
        let _ = writeln!(
            out,
            "translations\n\n  language  translated  missing  stale"
        );
        for c in &report.coverage {
            let _ = writeln!(
                out,
                "  {:<8}  {:>10}  {:>7}  {:>5}",
                c.language, c.translated, c.missing, c.stale
            );
        }
        for c in &report.coverage {
            for file in &c.stale_files {
                let _ = writeln!(out, "  stale in {}: {file}", c.language);
            }
        }
        out.push('\n');
    }
    if !report.messages.is_empty() {
        let _ = writeln!(
            out,
            "UI messages\n\n  language  defined  missing  untranslated  unused"
        );
        for m in &report.messages {
            let _ = writeln!(
                out,
                "  {:<8}  {:>7}  {:>7}  {:>12}  {:>6}",
                m.language,
                m.defined,
                m.missing.len(),
                m.untranslated.len(),
                m.unused.len()
            );
        }
        for m in &report.messages {
            if !m.missing.is_empty() {
                let _ = writeln!(out, "  missing in {}: {}", m.language, m.missing.join(", "));
            }
            if !m.unused.is_empty() {
                let _ = writeln!(out, "  unused in {}: {}", m.language, m.unused.join(", "));
            }
        }
    }
    out
}

/// What a template says about message ids.
#[derive(Debug, Default, PartialEq)]
struct TemplateIds {
    /// Ids given literally as `key="id"`.
    keys: Vec<String>,
    /// Every quoted string: an id may be passed through a variable.
    literals: Vec<String>,
    /// Quoted strings joined to a value with `~` (`"kind-" ~ kind`).
    prefixes: Vec<String>,
}

/// The quoted strings inside Tera's `{{ … }}` and `{% … %}` tags (quotes
/// of the HTML around them are not Tera's and are skipped).
fn scan_template(text: &str) -> TemplateIds {
    let mut found = TemplateIds::default();
    let mut rest = text;
    while let Some(start) = rest.find(['{']) {
        let after = &rest[start + 1..];
        let close = match after.chars().next() {
            Some('{') => "}}",
            Some('%') => "%}",
            _ => {
                rest = after;
                continue;
            }
        };
        let tag_end = after.find(close).unwrap_or(after.len());
        scan_tag(after.get(1..tag_end).unwrap_or(""), &mut found);
        rest = &after[tag_end..];
    }
    found
}

fn scan_tag(tag: &str, found: &mut TemplateIds) {
    let mut i = 0;
    while let Some(offset) = tag[i..].find(['"', '\'']) {
        let open = i + offset;
        let quote = &tag[open..open + 1];
        let Some(len) = tag[open + 1..].find(quote) else {
            return;
        };
        let literal = &tag[open + 1..open + 1 + len];
        let before = tag[..open].trim_end();
        let after = tag[open + 2 + len..].trim_start();
        if after.starts_with('~') {
            found.prefixes.push(literal.to_string());
        } else if before.ends_with("key=") || before.ends_with("key =") {
            found.keys.push(literal.to_string());
        }
        found.literals.push(literal.to_string());
        i = open + 2 + len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_name_ids_literally_and_by_prefix() {
        let found = scan_template(
            r#"<a title="{{ t(key="nav-home") }}">{{ t(key = 'skip-link') }}</a> {% set k = "tools-title" %} {{ t(key="kind-" ~ kind) }}"#,
        );
        assert_eq!(found.keys, ["nav-home", "skip-link"]);
        assert!(found.literals.contains(&"tools-title".to_string()));
        assert_eq!(found.prefixes, ["kind-"]);
    }

    #[test]
    fn malformed_templates_do_not_panic() {
        for text in ["{%}", "{{", "{{ \"", "{% '", "{", "{{}}", "é{{ \"é\" }}"] {
            scan_template(text);
        }
    }

    #[test]
    fn every_id_the_code_formats_is_listed() {
        // The ids given as string literals to `message(frame, "…")` in the
        // renderer, and the search runtime's messages, must be in
        // CODE_MESSAGE_IDS, or check calls them unused.
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let english = std::fs::read_to_string(root.join("locales/en/main.ftl")).unwrap();
        let ids: BTreeSet<&str> = english
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
            .filter(|id| !id.is_empty() && !id.starts_with(['#', '-', ' ', '.']))
            .collect();
        for file in [
            "src/render/entities.rs",
            "src/render/fees.rs",
            "src/render/rate_list.rs",
            "src/render/tariff.rs",
            "src/search/messages.rs",
        ] {
            let code = std::fs::read_to_string(root.join(file)).unwrap();
            for literal in code.split('"').skip(1).step_by(2) {
                if ids.contains(literal) {
                    assert!(
                        CODE_MESSAGE_IDS.contains(&literal),
                        "{file} formats `{literal}`: add it to CODE_MESSAGE_IDS"
                    );
                }
            }
        }
    }
}
