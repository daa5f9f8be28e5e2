//! Ordinary pages and sections: front matter, translations lined up with
//! their originals, data fields that translations may not change.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::value::Datetime;

use crate::config::{toml_diagnostic_at, Config};
use crate::content::{ContentFile, Corpus, Unreadable};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::front::front_key_span;
use crate::model::BuildOptions;
pub use crate::page::{Page, PageKind, PageVersion, TranslationState};
use crate::timeline::civil_date;

/// The front matter every kind shares; kinds read their own keys from the
/// same text, and [`crate::front::check_keys`] rejects unknown ones.
#[derive(Debug, Deserialize)]
struct PageFront {
    title: String,
    description: Option<String>,
    date: Option<Datetime>,
    updated: Option<Datetime>,
    effective: Option<Datetime>,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    weight: i64,
    #[serde(default)]
    aliases: Vec<String>,
    slug: Option<String>,
    template: Option<String>,
    #[serde(default)]
    tfa: Vec<String>,
    /// A page's words for search, a list; a tariff chapter's is a table
    /// by code, read by [`crate::tariff::terms`].
    search_terms: Option<toml::Value>,
    #[serde(default)]
    extra: toml::Table,
}

fn date_string(d: &Option<Datetime>) -> Option<String> {
    d.as_ref().and_then(|d| d.date.map(|d| d.to_string()))
}

/// A file of the corpus with its front matter read: its index, the file,
/// the front matter.
type FileFront<'a> = (usize, &'a ContentFile, PageFront);

/// Reads every file's front matter and groups translations with originals.
/// Files whose front matter cannot be read come back beside the pages (see
/// [`Corpus::unreadable`]).
pub(crate) fn collect(
    config: &Config,
    corpus: &Corpus,
    options: &BuildOptions,
    problems: &mut Diagnostics,
) -> (Vec<Page>, Vec<Unreadable>) {
    let (by_key, failed) = read_fronts(config, corpus, problems);
    let mut pages = Vec::new();
    for (key, files) in by_key {
        let Some(original) = files
            .iter()
            .find(|(_, f, _)| f.lang == config.default_language)
        else {
            report_missing_original(config, corpus, &failed, key, &files, problems);
            continue;
        };
        let front = &original.2;
        if front.draft && !options.drafts {
            continue;
        }
        for (_, file, translated) in files
            .iter()
            .filter(|(_, f, _)| f.lang != config.default_language)
        {
            check_data_fields(original.1, front, file, translated, problems);
        }
        // Two pages at one path are found with every other output path
        // (`paths::check_claims`).
        let path = page_path(key, front.slug.as_deref());
        pages.push(Page {
            key: key.to_string(),
            path,
            kind: PageKind::of_key(key),
            parent: parent_key(key),
            weight: front.weight,
            date: civil_date(&front.date),
            effective: civil_date(&front.effective),
            template: front.template.clone(),
            tfa: front.tfa.clone(),
            extra: front.extra.clone(),
            versions: page_versions(config, &files, original),
            original_changed: None,
        });
    }
    (pages, failed)
}

/// The front matter of every file, grouped by key (an original and its
/// translations), its keys and dates checked (and an original's declared
/// TFA articles); the files whose front matter
/// does not read are reported and come back apart.
fn read_fronts<'c>(
    config: &Config,
    corpus: &'c Corpus,
    problems: &mut Diagnostics,
) -> (BTreeMap<&'c str, Vec<FileFront<'c>>>, Vec<Unreadable>) {
    let mut by_key: BTreeMap<&str, Vec<FileFront<'c>>> = BTreeMap::new();
    let mut failed = Vec::new();
    for (index, file) in corpus.files.iter().enumerate() {
        crate::front::check_keys(file, kind_keys(&file.key), problems);
        crate::front::check_dates(file, problems);
        match toml::from_str::<PageFront>(file.front_text()) {
            Ok(mut front) => {
                check_address_keys(file, &mut front, problems);
                check_search_terms(file, &front, problems);
                if file.lang == config.default_language {
                    crate::tfa::check_declared(file, &front.tfa, problems);
                }
                by_key
                    .entry(&file.key)
                    .or_default()
                    .push((index, file, front))
            }
            Err(e) => {
                // A required key misspelt is reported once, as unknown.
                if !crate::front::misspelt_required_key(file, kind_keys(&file.key), &e) {
                    problems.push(toml_diagnostic_at(&file.source, &e, file.front.start));
                }
                failed.push(Unreadable {
                    key: file.key.clone(),
                    lang: file.lang.clone(),
                    path: file.source.path.clone(),
                });
            }
        }
    }
    (by_key, failed)
}

/// Reports each translation of `key` that has no original, unless the
/// original is there but could not be read (reported already; its
/// translations only follow from it).
fn report_missing_original(
    config: &Config,
    corpus: &Corpus,
    failed: &[Unreadable],
    key: &str,
    files: &[FileFront],
    problems: &mut Diagnostics,
) {
    let original_failed = corpus
        .unreadable
        .iter()
        .chain(failed)
        .any(|u| u.key == key && u.lang == config.default_language);
    if original_failed {
        return;
    }
    for (_, file, _) in files {
        problems.push(
            Diagnostic::error("translation", "a translation without an original")
                .in_file(&file.source.path)
                .hint(format!(
                    "write the {} original `content/{key}.md` first",
                    config.default_language
                )),
        );
    }
}

/// A page's version in each language of the site: its own file where it
/// is translated (stale when its `updated` is older than the original's),
/// the original's where it is not.
fn page_versions(config: &Config, files: &[FileFront], original: &FileFront) -> Vec<PageVersion> {
    let (orig_index, original, front) = original;
    let original_updated = civil_date(&front.updated);
    config
        .languages
        .iter()
        .map(|language| {
            let own = files.iter().find(|(_, f, _)| f.lang == language.code);
            let (index, file, own_front, state) = match own {
                Some((i, f, fr)) if f.lang == config.default_language => (*i, *f, fr, TranslationState::Original),
                Some((i, f, fr)) => {
                    let stale = matches!((original_updated, civil_date(&fr.updated)), (Some(o), Some(t)) if o > t);
                    (*i, *f, fr, if stale { TranslationState::Stale } else { TranslationState::Translated })
                }
                None => (*orig_index, *original, front, TranslationState::Missing),
            };
            PageVersion {
                lang: language.code.clone(),
                content_lang: file.lang.clone(),
                state,
                title: own_front.title.clone(),
                description: own_front.description.clone(),
                updated: civil_date(&own_front.updated),
                aliases: own_front.aliases.clone(),
                search_terms: page_search_terms(own_front),
                html: String::new(),
                headings: Vec::new(),
                text: String::new(),
                source: file.source.path.clone(),
                file: index,
            }
        })
        .collect()
}

/// The words of a page's `search_terms` list (checked by
/// [`check_search_terms`]); none for a tariff chapter's table.
fn page_search_terms(front: &PageFront) -> Vec<String> {
    match &front.search_terms {
        Some(toml::Value::Array(terms)) => terms
            .iter()
            .filter_map(|t| t.as_str())
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

/// A page's `search_terms` is a list of words: anything else is an error
/// at its place (a tariff chapter's, a table by code, is checked with the
/// chapter).
fn check_search_terms(file: &ContentFile, front: &PageFront, problems: &mut Diagnostics) {
    let Some(value) = &front.search_terms else {
        return;
    };
    if file.top_folder() == "tariff" {
        return;
    }
    let words = value
        .as_array()
        .is_some_and(|terms| terms.iter().all(toml::Value::is_str));
    if !words {
        let (start, end) = front_key_span(file, crate::tariff::terms::KEY);
        problems.push(
            Diagnostic::error("front-matter", "`search_terms` is not a list of words")
                .at(&file.source, start, end)
                .hint("write the words readers type for this page, such as search_terms = [\"transit\", \"goods in transit\"]"),
        );
    }
}

/// Reports a `slug` that is not a name and each alias that is not a path
/// of this site, at its value, and drops them, so that the rest of the
/// build neither publishes them nor reports what only follows from them.
fn check_address_keys(file: &ContentFile, front: &mut PageFront, problems: &mut Diagnostics) {
    if let Some(slug) = &front.slug {
        if let Err(why) = super::authored::check_slug(slug) {
            let (start, end) = super::authored::front_value_span(file, "slug", None);
            problems.push(
                Diagnostic::error(
                    "path",
                    format!(
                        "the slug `{}` is not allowed: {why}",
                        crate::names::escape_control(slug)
                    ),
                )
                .at(&file.source, start, end)
                .hint(format!(
                    "a slug replaces the last segment of the address: {}",
                    crate::names::NAME_RULE
                )),
            );
            front.slug = None;
        } else {
            front.slug = Some(crate::names::nfc(slug).into_owned());
        }
    }
    front.aliases.retain(|alias| match super::authored::check_alias(alias) {
        Ok(()) => true,
        Err(why) => {
            let (start, end) = super::authored::front_value_span(file, "aliases", Some(alias));
            problems.push(
                Diagnostic::error(
                    "path",
                    format!(
                        "the alias `{}` is not a path of this site: {why}",
                        crate::names::escape_control(alias)
                    ),
                )
                .at(&file.source, start, end)
                .hint("an alias is an old address of this site from its root, such as \"/en/about-us/\""),
            );
            false
        }
    });
}

/// Front matter keys a file's kind adds to the common ones.
fn kind_keys(key: &str) -> &'static [&'static str] {
    if let Some(keys) = crate::entities::kind_keys(key) {
        keys
    } else if key == "tariff/_index" {
        &["sections"]
    } else if key.starts_with("tariff/") {
        &["section", crate::tariff::terms::KEY]
    } else {
        &[]
    }
}

/// The page path under a language: `guides/valuation/`, `guides/`, or empty
/// for the home page; `slug` replaces the last segment.
fn page_path(key: &str, slug: Option<&str>) -> String {
    let folder_key = key.strip_suffix("_index").unwrap_or(key);
    let folder_key = folder_key.trim_end_matches('/');
    if folder_key.is_empty() {
        return String::new();
    }
    let (dir, name) = folder_key.rsplit_once('/').unwrap_or(("", folder_key));
    let name = slug.unwrap_or(name);
    if dir.is_empty() {
        format!("{name}/")
    } else {
        format!("{dir}/{name}/")
    }
}

/// `guides/valuation` → `guides/_index`; `guides/_index` → `_index`.
fn parent_key(key: &str) -> Option<String> {
    if key == "_index" {
        return None;
    }
    let own_folder = key.strip_suffix("/_index").unwrap_or(key);
    Some(match own_folder.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/_index"),
        None => "_index".into(),
    })
}

/// A translation inherits data fields; setting one to another value is an
/// error, because numbers and dates live in one place.
fn check_data_fields(
    original: &ContentFile,
    front: &PageFront,
    file: &ContentFile,
    translated: &PageFront,
    problems: &mut Diagnostics,
) {
    let pairs: [(&str, Option<String>, Option<String>, bool); 5] = [
        (
            "date",
            date_string(&front.date),
            date_string(&translated.date),
            translated.date.is_some(),
        ),
        (
            "effective",
            date_string(&front.effective),
            date_string(&translated.effective),
            translated.effective.is_some(),
        ),
        (
            "weight",
            Some(front.weight.to_string()),
            Some(translated.weight.to_string()),
            translated.weight != 0,
        ),
        (
            "slug",
            front.slug.clone(),
            translated.slug.clone(),
            translated.slug.is_some(),
        ),
        (
            "draft",
            Some(front.draft.to_string()),
            Some(translated.draft.to_string()),
            translated.draft,
        ),
    ];
    for (key, orig, trans, set) in pairs {
        if set && orig != trans {
            let span = front_key_span(file, key);
            problems.push(
                Diagnostic::error(
                    "translation",
                    format!(
                        "this translation sets `{key}` to {}, but the original `{}` has {}",
                        trans.unwrap_or_default(),
                        original.source.path.display(),
                        orig.unwrap_or_else(|| "none".into())
                    ),
                )
                .at(&file.source, span.0, span.1)
                .hint(format!(
                    "remove `{key}` from the translation: it inherits the original's value"
                )),
            );
        }
    }
}

/// Marks stale, from git (SPEC §3.1), each translation whose file's last
/// commit is older than its original's, where the two do not both carry
/// `updated` (which, when present, decides). `last_commits` holds the time
/// of the last commit of each file, by its path under `content/`.
pub fn mark_stale_from_git(pages: &mut [Page], last_commits: &BTreeMap<String, i64>) {
    let committed = |path: &std::path::Path| -> Option<i64> {
        let parts: Vec<String> = path
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let inside = parts
            .iter()
            .position(|p| p == crate::content::CONTENT_DIR)?;
        last_commits.get(&parts[inside + 1..].join("/")).copied()
    };
    for page in pages {
        let Some(original) = page.versions.first() else {
            continue;
        };
        let Some(changed) = committed(&original.source) else {
            continue;
        };
        let has_updated = original.updated.is_some();
        let mut stale_any = false;
        for version in page.versions.iter_mut().skip(1) {
            if version.state != TranslationState::Translated
                || (has_updated && version.updated.is_some())
            {
                continue;
            }
            if committed(&version.source).is_some_and(|t| t < changed) {
                version.state = TranslationState::Stale;
                stale_any = true;
            }
        }
        if stale_any {
            let day = jiff::Timestamp::from_second(changed)
                .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date());
            page.original_changed = day.ok();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_follow_folders_and_slugs() {
        assert_eq!(page_path("_index", None), "");
        assert_eq!(page_path("guides/_index", None), "guides/");
        assert_eq!(page_path("guides/valuation", None), "guides/valuation/");
        assert_eq!(
            page_path("guides/valuation", Some("value")),
            "guides/value/"
        );
        assert_eq!(page_path("about", None), "about/");
    }

    #[test]
    fn parents_are_section_keys() {
        assert_eq!(parent_key("about").as_deref(), Some("_index"));
        assert_eq!(parent_key("guides/a").as_deref(), Some("guides/_index"));
        assert_eq!(parent_key("guides/_index").as_deref(), Some("_index"));
        assert_eq!(parent_key("a/b/_index").as_deref(), Some("a/_index"));
        assert_eq!(parent_key("_index"), None);
    }
}
