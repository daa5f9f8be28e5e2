//! Where everything will be written, decided before anything is: each page
//! in each language, each tariff code page, each alias, each file of
//! `static/`, and the files and folders kb writes itself (the chooser,
//! sitemap, search index, open data, feeds, assets) *claim* their output
//! paths here, and two claims that meet are an error at the file (and
//! line) that made the second one. Nothing is then overwritten at write
//! time, silently or by a race between two parallel writers.
//!
//! Paths are compared [folded](crate::names::fold), so two that differ only
//! in case or Unicode form meet too (one file on a case-insensitive disk),
//! and a file meets a folder of the same path.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use crate::config::{toml_value_span, Config};
use crate::content::Corpus;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{Page, TranslationState};
use crate::names::{check_name, escape_control, fold};
use crate::tariff::{Tariff, TariffOutline};
use crate::urls::Urls;

use super::authored::front_value_span;

/// Whether `path` (folded, without a leading `/`) is a name the sitemap's
/// parts take when a site passes the protocol's limits: `sitemap-7.xml.gz`
/// (and `sitemap-7.xml`, the name they had before they were compressed).
/// Reserved on every site, so that a site that grows does not start
/// overwriting a file of `static/` one day.
fn is_sitemap_part(path: &str) -> bool {
    path.strip_prefix("sitemap-")
        .and_then(|rest| {
            rest.strip_suffix(".gz")
                .unwrap_or(rest)
                .strip_suffix(".xml")
        })
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Who claims an output path.
#[derive(Clone, Copy)]
enum Claimant<'a> {
    /// A file kb writes itself, described (`the sitemap`).
    Generated(&'a str),
    /// A tariff code's page.
    Code(&'a str),
    /// A content page, by index.
    Page(usize),
    /// A file of `static/`, by its path under it.
    Static(&'a str),
    /// An alias of a page's version: page index, version index, alias.
    Alias(usize, usize, &'a str),
}

/// How a new claim meets an earlier one.
enum Conflict<'a> {
    /// The same path (folded).
    Same(Claimant<'a>),
    /// Inside a folder that only kb writes in.
    Reserved(&'a str),
    /// A file where another claim needs a folder, or the other way round.
    FileAndFolder(Claimant<'a>),
}

/// The paths claimed so far, folded.
struct Claims<'a> {
    files: HashMap<String, Claimant<'a>>,
    folders: HashMap<String, Claimant<'a>>,
    /// Folders only kb writes in (folded, shown), and whether files of
    /// `static/` are kept out too (not of `/data/`, where a site may well
    /// publish data of its own beside kb's files).
    reserved: Vec<(String, &'a str, bool)>,
}

impl<'a> Claims<'a> {
    /// Claims the site path `path` (`/en/about/index.html`) for `who`.
    fn claim(&mut self, path: &str, who: Claimant<'a>) -> Result<(), Conflict<'a>> {
        let folded = fold(path.trim_start_matches('/'));
        if is_sitemap_part(&folded) {
            return Err(Conflict::Same(Claimant::Generated(
                "a part of the sitemap (a site of over 50,000 addresses gets sitemap-1.xml.gz, sitemap-2.xml.gz…)",
            )));
        }
        let is_static = matches!(who, Claimant::Static(_));
        if let Some((_, what, _)) = self.reserved.iter().find(|(prefix, _, statics)| {
            folded.starts_with(prefix.as_str()) && (*statics || !is_static)
        }) {
            return Err(Conflict::Reserved(what));
        }
        if let Some(other) = self.files.get(&folded) {
            return Err(Conflict::Same(*other));
        }
        if let Some(other) = self.folders.get(&folded) {
            return Err(Conflict::FileAndFolder(*other));
        }
        let folders: Vec<&str> = folded
            .match_indices('/')
            .map(|(i, _)| &folded[..i])
            .collect();
        if let Some(other) = folders.iter().find_map(|f| self.files.get(*f)) {
            return Err(Conflict::FileAndFolder(*other));
        }
        for folder in folders {
            self.folders.entry(folder.to_string()).or_insert(who);
        }
        self.files.insert(folded, who);
        Ok(())
    }
}

impl Claimant<'_> {
    /// Who this is, for a message about a claim that met it.
    fn describe(self, pages: &[Page]) -> String {
        match self {
            Claimant::Generated(what) => format!("where kb writes {what}"),
            Claimant::Code(display) => format!("where kb writes the page of tariff code {display}"),
            Claimant::Page(p) => format!(
                "the address of the page `{}`",
                pages[p].versions[0].source.display()
            ),
            Claimant::Static(path) => {
                format!("where `static/{}` is copied", escape_control(path))
            }
            Claimant::Alias(p, v, alias) => format!(
                "the alias `{}` of `{}`",
                escape_control(alias),
                pages[p].versions[v].source.display()
            ),
        }
    }
}

impl Conflict<'_> {
    /// What a claimed path is already, for a message (`inside /data/, a
    /// folder that kb writes itself`).
    fn explain(&self, pages: &[Page]) -> String {
        match self {
            Conflict::Same(other) => other.describe(pages),
            Conflict::Reserved(folder) => {
                format!("inside {folder}, a folder that kb writes itself")
            }
            Conflict::FileAndFolder(other) => {
                format!(
                    "a file where a folder is needed, or a folder where a file is: {}",
                    other.describe(pages)
                )
            }
        }
    }
}

/// What the claims of a site follow from: the languages, every page's key
/// and address and its versions' aliases, the tariff's codes and the files
/// of `static/` (the corpus only gives reports their place).
#[derive(PartialEq)]
pub(crate) struct ClaimsKey {
    languages: Vec<String>,
    pages: Vec<ClaimingPage>,
    tariff: TariffOutline,
    statics: Vec<String>,
}

/// A page's key and path, and the aliases of each of its versions
/// (`None` for an untranslated one, which writes none).
type ClaimingPage = (String, String, Vec<Option<Vec<String>>>);

/// [`check_claims`], unless the last build that met no conflict
/// (`clean`) claimed the same paths: a save in `kb serve` that moves no
/// page and adds no code claims nothing again. `clean` is left holding
/// this build's key when it met no conflict either.
pub(crate) fn check_claims_again(
    config: &Config,
    corpus: &Corpus,
    pages: &[Page],
    tariff: &Tariff,
    clean: &mut Option<ClaimsKey>,
    problems: &mut Diagnostics,
) {
    let statics = static_files(config);
    let key = ClaimsKey {
        languages: config.language_codes().map(str::to_string).collect(),
        pages: pages
            .iter()
            .map(|p| {
                let versions = p
                    .versions
                    .iter()
                    .map(|v| (v.state != TranslationState::Missing).then(|| v.aliases.clone()));
                (p.key.clone(), p.path.clone(), versions.collect())
            })
            .collect(),
        tariff: tariff.outline(),
        statics,
    };
    if clean.as_ref() == Some(&key) {
        return;
    }
    let mut found = Diagnostics::new();
    check_claims(config, corpus, pages, tariff, &key.statics, &mut found);
    *clean = found.is_empty().then_some(key);
    problems.extend(found);
}

/// Claims every output path of the site and reports each one claimed
/// twice, at the second claimant: a page (at its `slug` if it has one), an
/// alias (at the alias), or a file of `static/` (`statics`, from
/// [`static_files`]). Returns the claimed files, folded, so that a test can
/// hold them against the route table.
pub(crate) fn check_claims(
    config: &Config,
    corpus: &Corpus,
    pages: &[Page],
    tariff: &Tariff,
    statics: &[String],
    problems: &mut Diagnostics,
) -> HashSet<String> {
    let languages: Vec<&str> = config.language_codes().collect();
    let reserved = reserved_folders(&languages);
    let generated = generated_files(&languages, tariff);
    let code_pages = code_page_files(&languages, tariff);
    let mut claims = Claims {
        files: HashMap::new(),
        folders: HashMap::new(),
        reserved: Vec::new(),
    };
    // What kb writes itself, first: nothing is reported against it.
    for (path, what) in &generated {
        let _ = claims.claim(path, Claimant::Generated(what));
    }
    for (path, display) in &code_pages {
        let _ = claims.claim(path, Claimant::Code(display));
    }
    // kb's own folders: after its files in them, before anyone else's.
    claims.reserved = reserved
        .iter()
        .map(|(folded, shown, statics)| (fold(folded), shown.as_str(), *statics))
        .collect();

    claim_page_addresses(&mut claims, &languages, corpus, pages, problems);
    claim_static_files(&mut claims, statics, pages, problems);
    claim_aliases(&mut claims, corpus, pages, problems);
    claims.files.into_keys().collect()
}

/// The folders only kb writes in, as (path to fold, path shown, whether
/// files of `static/` are kept out too): assets, search, data and each
/// language's feeds.
fn reserved_folders(languages: &[&str]) -> Vec<(String, String, bool)> {
    [("assets", true), ("search", true), ("data", false)]
        .iter()
        .map(|(f, statics)| (format!("{f}/"), format!("/{f}/"), *statics))
        .chain(
            languages
                .iter()
                .map(|l| (format!("{l}/feeds/"), format!("/{l}/feeds/"), true)),
        )
        .collect()
}

/// The files kb writes itself, with what each is: the chooser, 404 pages,
/// sitemap, robots.txt, schedule, output stamp, each language's search and
/// changes pages, and the tariff's open data when there is a tariff.
fn generated_files(languages: &[&str], tariff: &Tariff) -> Vec<(String, String)> {
    let mut generated: Vec<(String, String)> = vec![
        ("index.html".into(), "the language chooser".into()),
        ("404.html".into(), "the 404 page".into()),
        ("sitemap.xml".into(), "the sitemap".into()),
        ("robots.txt".into(), "robots.txt".into()),
        ("data/schedule.json".into(), "the build schedule".into()),
        (
            crate::output::folder::STAMP.into(),
            "the stamp that marks kb's output".into(),
        ),
    ];
    for lang in languages {
        generated.push((format!("{lang}/404.html"), format!("the `{lang}` 404 page")));
        generated.push((
            format!("{lang}/search/index.html"),
            format!("the `{lang}` search page"),
        ));
        generated.push((
            format!("{lang}/changes/index.html"),
            format!("the `{lang}` changes page"),
        ));
    }
    if !tariff.codes.is_empty() {
        generated.push(("data/tariff.json".into(), "the tariff's open data".into()));
        for lang in languages {
            generated.push((
                format!("data/tariff-{lang}.csv"),
                "the tariff's open data".into(),
            ));
        }
    }
    generated
}

/// The page file of each tariff code in each language, with the code as
/// shown.
fn code_page_files<'t>(languages: &[&str], tariff: &'t Tariff) -> Vec<(String, &'t str)> {
    tariff
        .codes
        .iter()
        .flat_map(|code| {
            languages.iter().map(move |lang| {
                (
                    format!("{lang}/tariff/{}/index.html", code.digits),
                    code.display.as_str(),
                )
            })
        })
        .collect()
}

/// Claims each page's address in each language; a page whose address is
/// taken is reported once, at its `slug` if it has one.
fn claim_page_addresses(
    claims: &mut Claims,
    languages: &[&str],
    corpus: &Corpus,
    pages: &[Page],
    problems: &mut Diagnostics,
) {
    for (p, page) in pages.iter().enumerate() {
        // A file name that is no name is reported at load; where it would
        // be published only follows from it.
        if page.key.split('/').any(|name| check_name(name).is_err()) {
            continue;
        }
        for lang in languages {
            let site_path = Urls::page_path(lang, &page.path);
            let Err(conflict) = claims.claim(&format!("{site_path}index.html"), Claimant::Page(p))
            else {
                continue;
            };
            let original = &corpus.files[page.versions[0].file];
            let (code, message) = match conflict {
                Conflict::Same(Claimant::Page(other)) => (
                    "duplicate",
                    format!(
                        "two pages have the path /{}: `{}` and `{}`",
                        page.path, pages[other].key, page.key
                    ),
                ),
                ref other => (
                    "path",
                    format!(
                        "this page's address {site_path} is {}",
                        other.explain(pages)
                    ),
                ),
            };
            let has_slug = toml_value_span(original.front_text(), &["slug"]).is_some();
            let diagnostic = Diagnostic::error(code, message);
            let diagnostic = if has_slug {
                let (start, end) = front_value_span(original, "slug", None);
                diagnostic.at(&original.source, start, end)
            } else {
                diagnostic.in_file(&original.source.path)
            };
            problems.push(diagnostic.hint("change the file name or its `slug`"));
            // One report per page, not one per language.
            break;
        }
    }
}

/// Claims where each file of `static/` is copied and reports those that
/// would be overwritten.
fn claim_static_files<'a>(
    claims: &mut Claims<'a>,
    statics: &'a [String],
    pages: &[Page],
    problems: &mut Diagnostics,
) {
    for path in statics {
        if let Err(conflict) = claims.claim(path, Claimant::Static(path)) {
            // Names in static/ are not judged: one may hold a line break.
            let shown = escape_control(path);
            problems.push(
                Diagnostic::error(
                    "path",
                    format!(
                        "`static/{shown}` would be overwritten: its path is {}",
                        conflict.explain(pages)
                    ),
                )
                .in_file(format!("static/{shown}"))
                .hint("kb writes that path itself; rename or move the file in static/"),
            );
        }
    }
}

/// Claims the aliases of each translated page version and reports each
/// alias that meets another claim, once per file, at the alias.
fn claim_aliases<'a>(
    claims: &mut Claims<'a>,
    corpus: &Corpus,
    pages: &'a [Page],
    problems: &mut Diagnostics,
) {
    let mut reported: HashSet<(usize, String)> = HashSet::new();
    for (p, page) in pages.iter().enumerate() {
        for (v, version) in page.versions.iter().enumerate() {
            // An untranslated version writes no alias (see render).
            if version.state == TranslationState::Missing {
                continue;
            }
            for alias in &version.aliases {
                let path = crate::urls::alias_path(alias);
                let Err(conflict) = claims.claim(&path, Claimant::Alias(p, v, alias)) else {
                    continue;
                };
                if !reported.insert((version.file, alias.clone())) {
                    continue;
                }
                let file = &corpus.files[version.file];
                let (start, end) = front_value_span(file, "aliases", Some(alias));
                problems.push(
                    Diagnostic::error(
                        "path",
                        format!(
                            "the alias `{alias}` ({path}) is {}",
                            conflict.explain(pages)
                        ),
                    )
                    .at(&file.source, start, end)
                    .hint("an alias is an old address that no longer has a page; remove it or name another one"),
                );
            }
        }
    }
}

/// The site paths of the files of `static/` (`forms/a.pdf`), as the write
/// stage copies them: symbolic links are not followed, so not listed.
pub(crate) fn static_files(config: &Config) -> Vec<String> {
    let dir = config.root.join("static");
    if !dir.is_dir() {
        return Vec::new();
    }
    walkdir::WalkDir::new(&dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel: PathBuf = e.path().strip_prefix(&dir).unwrap_or(e.path()).into();
            rel.iter()
                .map(|c| c.to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_meet_on_folded_paths_and_folders() {
        let mut claims = Claims {
            files: HashMap::new(),
            folders: HashMap::new(),
            reserved: vec![(fold("data/"), "/data/", false)],
        };
        let who = Claimant::Generated("x");
        assert!(claims.claim("/en/about/index.html", who).is_ok());
        assert!(matches!(
            claims.claim("/en/About/index.html", who),
            Err(Conflict::Same(_))
        ));
        assert!(matches!(
            claims.claim("/en/about", who),
            Err(Conflict::FileAndFolder(_))
        ));
        assert!(matches!(
            claims.claim("/en/about/index.html/index.html", who),
            Err(Conflict::FileAndFolder(_))
        ));
        assert!(matches!(
            claims.claim("/data/x/index.html", who),
            Err(Conflict::Reserved("/data/"))
        ));
        assert!(claims
            .claim("/data/fees.csv", Claimant::Static("data/fees.csv"))
            .is_ok());
    }
}
