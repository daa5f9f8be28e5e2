//! Renders every page body in every language with its links resolved to
//! the page in that language, checking targets and `#anchors`.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::Corpus;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::entities::EntityKind;
use crate::lang::Lang;
use crate::markdown::{self, Heading, LinkProblem, Links, MarkdownOptions, RenderedMarkdown};
use crate::model::Page;
use crate::tariff::{normalise_code, TableRanges, Tariff, TariffOutline};
use crate::urls::Urls;

/// Schemes that leave the site and are written as they are.
const EXTERNAL_SCHEMES: [&str; 6] = ["http", "https", "mailto", "tel", "ftp", "sftp"];

/// The headings and bodies of the last build, for `kb serve`, which builds
/// the model after every edit: a body is rendered again only if its file
/// changed or anything its links read did (a page's place, a heading id,
/// the tariff).
#[derive(Default)]
pub(crate) struct BodyCache {
    /// By file (key, language): its text and headings.
    headings: HashMap<(String, String), (Arc<str>, Vec<Heading>)>,
    /// What links resolved against in the last build.
    environment: Option<LinkEnvironment>,
    /// By (page key, version language): the source text and the result.
    bodies: HashMap<(String, String), (Arc<str>, Rendered)>,
}

type Rendered = (RenderedMarkdown, Vec<Diagnostic>);

/// Everything a link may resolve against: every page's key, path and
/// version files, every file's heading ids, and the tariff's chapters and
/// codes (a body reads nothing else of the tariff, so an edit of a
/// chapter's rates or descriptions keeps every other body).
#[derive(PartialEq)]
struct LinkEnvironment {
    pages: Vec<PlacedPage>,
    tariff: TariffOutline,
    anchors: Vec<Vec<String>>,
    /// Keys of the files that could not be read: links to them are not
    /// reported, so a body reads them too.
    unreadable: Vec<(String, String)>,
}

/// A page's key, path, and the language and file of each version.
type PlacedPage = (String, String, Vec<(String, usize)>);

fn same_text(a: &Arc<str>, b: &Arc<str>) -> bool {
    Arc::ptr_eq(a, b) || a == b
}

/// What page bodies are rendered against: the site's settings and
/// addresses, the content, and the tariff with its tables (which are not
/// Markdown and are skipped).
pub(crate) struct BodyInputs<'a> {
    pub(crate) config: &'a Config,
    pub(crate) urls: &'a Urls,
    pub(crate) corpus: &'a Corpus,
    pub(crate) tariff: &'a Tariff,
    pub(crate) tables: &'a TableRanges,
}

/// Renders the body of every version of every page into it (HTML,
/// headings, plain text) and reports its broken links; bodies whose file
/// and link environment did not change since the last build come from
/// `cache`.
pub(crate) fn render_bodies(
    inputs: &BodyInputs,
    pages: &mut [Page],
    cache: &mut BodyCache,
    problems: &mut Diagnostics,
) {
    let headings = read_headings(inputs.corpus, cache);
    let environment = LinkEnvironment::of(inputs, pages, &headings);
    if cache.environment.as_ref() != Some(&environment) {
        cache.bodies.clear();
    }
    cache.environment = Some(environment);
    let anchors: Vec<HashSet<&str>> = headings
        .iter()
        .map(|hs| hs.iter().map(|h| h.id.as_str()).collect())
        .collect();
    let jobs: Vec<(usize, usize)> = pages
        .iter()
        .enumerate()
        .flat_map(|(p, page)| (0..page.versions.len()).map(move |v| (p, v)))
        .collect();
    let rendered = render_versions(inputs, pages, &anchors, &jobs, &cache.bodies);
    store_bodies(inputs.corpus, pages, jobs, rendered, cache, problems);
}

/// The headings of every file of the corpus, in its order: read again only
/// from files whose text changed, and left in `cache` for the next build.
fn read_headings(corpus: &Corpus, cache: &mut BodyCache) -> Vec<Vec<Heading>> {
    let headings: Vec<Vec<Heading>> = corpus
        .files
        .par_iter()
        .map(
            |f| match cache.headings.get(&(f.key.clone(), f.lang.clone())) {
                Some((text, found)) if same_text(text, &f.source.text) => found.clone(),
                _ => markdown::headings(f.body_text()),
            },
        )
        .collect();
    cache.headings = corpus
        .files
        .iter()
        .zip(&headings)
        .map(|(f, h)| {
            (
                (f.key.clone(), f.lang.clone()),
                (f.source.text.clone(), h.clone()),
            )
        })
        .collect();
    headings
}

impl LinkEnvironment {
    /// What links resolve against in this build, `headings` being those of
    /// each file of the corpus.
    fn of(inputs: &BodyInputs, pages: &[Page], headings: &[Vec<Heading>]) -> LinkEnvironment {
        let corpus = inputs.corpus;
        LinkEnvironment {
            tariff: inputs.tariff.outline(),
            pages: pages
                .iter()
                .map(|p| {
                    let versions = p
                        .versions
                        .iter()
                        .map(|v| (v.lang.clone(), v.file))
                        .collect();
                    (p.key.clone(), p.path.clone(), versions)
                })
                .collect(),
            anchors: headings
                .iter()
                .map(|hs| hs.iter().map(|h| h.id.clone()).collect())
                .collect(),
            unreadable: corpus
                .unreadable
                .iter()
                .map(|u| (u.key.clone(), u.lang.clone()))
                .collect(),
        }
    }
}

/// Renders each (page, version) of `jobs` in parallel, with its links
/// resolved in the version's language; `None` where `kept` holds the body
/// of the same text.
fn render_versions(
    inputs: &BodyInputs,
    pages: &[Page],
    anchors: &[HashSet<&str>],
    jobs: &[(usize, usize)],
    kept: &HashMap<(String, String), (Arc<str>, Rendered)>,
) -> Vec<Option<Rendered>> {
    let BodyInputs {
        config,
        urls,
        corpus,
        tariff,
        tables,
        ..
    } = *inputs;
    let by_key: HashMap<&str, usize> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.key.as_str(), i))
        .collect();
    let options = MarkdownOptions {
        allow_html: config.markdown.allow_html,
    };
    jobs.par_iter()
        .map(|&(p, v)| {
            let page = &pages[p];
            let version = &page.versions[v];
            let file = &corpus.files[version.file];
            if let Some((text, _)) = kept.get(&(page.key.clone(), version.lang.clone())) {
                if same_text(text, &file.source.text) {
                    return None;
                }
            }
            let lang = config.lang_at(v)?;
            let resolver = PageLinks {
                config,
                corpus,
                urls,
                pages,
                by_key: &by_key,
                anchors,
                lang,
                from_dir: folder_of(&page.key),
                from_path: Urls::page_path(&version.lang, &page.path),
                own_file: version.file,
                tariff,
            };
            let skip: Vec<_> = tables.get(&version.file).cloned().into_iter().collect();
            Some(markdown::render(
                &file.source,
                file.body.clone(),
                &skip,
                options,
                &resolver,
            ))
        })
        .collect()
}

/// Puts each body (fresh, or the cached one where none was rendered) into
/// its page version, its link problems into `problems`, and every body
/// into `cache` for the next build.
fn store_bodies(
    corpus: &Corpus,
    pages: &mut [Page],
    jobs: Vec<(usize, usize)>,
    rendered: Vec<Option<Rendered>>,
    cache: &mut BodyCache,
    problems: &mut Diagnostics,
) {
    let mut bodies = HashMap::with_capacity(jobs.len());
    for ((p, v), rendered) in jobs.into_iter().zip(rendered) {
        let (body, link_problems) = match rendered {
            Some(fresh) => fresh,
            None => {
                let key = (pages[p].key.clone(), pages[p].versions[v].lang.clone());
                match cache.bodies.get(&key) {
                    Some((_, kept)) => kept.clone(),
                    None => continue,
                }
            }
        };
        let page = &mut pages[p];
        let version = &mut page.versions[v];
        let text = corpus.files[version.file].source.text.clone();
        bodies.insert(
            (page.key.clone(), version.lang.clone()),
            (text, (body.clone(), link_problems.clone())),
        );
        version.html = body.html;
        version.headings = body.headings;
        version.text = body.text;
        for d in link_problems {
            problems.push(d);
        }
    }
    cache.bodies = bodies;
}

/// Folder of a content key: `guides/valuation` and `guides/_index` → `guides`.
fn folder_of(key: &str) -> &str {
    key.rsplit_once('/').map_or("", |(dir, _)| dir)
}

struct PageLinks<'a> {
    config: &'a Config,
    corpus: &'a Corpus,
    urls: &'a Urls,
    pages: &'a [Page],
    by_key: &'a HashMap<&'a str, usize>,
    anchors: &'a [HashSet<&'a str>],
    lang: Lang<'a>,
    from_dir: &'a str,
    from_path: String,
    own_file: usize,
    tariff: &'a Tariff,
}

impl Links for PageLinks<'_> {
    fn resolve(&self, destination: &str) -> Result<String, LinkProblem> {
        let destination = destination.trim();
        if markdown::is_script_url(destination) {
            return Err(problem(
                "links may not run script (`javascript:`, `data:`, `vbscript:`)",
                "link to a page, a file or an http(s) address",
            ));
        }
        if let Some(fragment) = destination.strip_prefix('#') {
            return if self.anchors[self.own_file].contains(fragment) {
                Ok(destination.to_string())
            } else {
                Err(self.no_anchor(fragment, "this page"))
            };
        }
        if let Some(code) = destination.strip_prefix("hs:") {
            return self.tariff_link(code);
        }
        if let Some((scheme, rest)) = destination.split_once(':') {
            if let Some(kind) = EntityKind::from_scheme(scheme) {
                return self.entity_link(kind, rest);
            }
        }
        if let Some(scheme) = scheme_of(destination) {
            return if EXTERNAL_SCHEMES.contains(&scheme.to_ascii_lowercase().as_str()) {
                Ok(destination.to_string())
            } else {
                Err(problem(
                    &format!("unknown link scheme `{scheme}:`"),
                    "use a relative path to a .md file, a path from the site root, or an http(s) address",
                ))
            };
        }
        if destination.starts_with('/') {
            // Through the site's addresses, so an offline copy finds it.
            return Ok(self.urls.href(&self.from_path, destination));
        }
        let (path, fragment) = match destination.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (destination, None),
        };
        let Some(stem) = path.strip_suffix(".md") else {
            return Ok(destination.to_string());
        };
        let Some(key) = normalise(self.from_dir, stem) else {
            return Err(problem(
                &format!("`{path}` points outside content/"),
                "link to a file inside content/",
            ));
        };
        let Some(page) = self.lookup(&key) else {
            return match self.unreadable_target(&key) {
                Some(href) => Ok(href),
                None => Err(problem(
                    &format!("no page `content/{key}.md` for the link `{path}`"),
                    "check the file name and the relative path from this file's folder",
                )),
            };
        };
        let version = page.version(self.lang).unwrap_or(&page.versions[0]);
        let target = Urls::page_path(self.lang.code(), &page.path);
        match fragment {
            None => Ok(self.urls.href(&self.from_path, &target)),
            Some(f) if self.anchors[version.file].contains(f) => {
                Ok(self.urls.href(&self.from_path, &format!("{target}#{f}")))
            }
            Some(f) => Err(self.no_anchor(f, &format!("`{}`", version.source.display()))),
        }
    }
}

impl PageLinks<'_> {
    /// `hs:0901.11` → the code's page; `hs:09` → the chapter's.
    fn tariff_link(&self, code: &str) -> Result<String, LinkProblem> {
        // A range (`hs:0701-0714`) links to its first code; both ends must
        // be codes.
        if let Some((first, last)) = code.split_once('-') {
            self.tariff_link(last)?;
            return self.tariff_link(first);
        }
        let mut digits = normalise_code(code);
        // A subheading without a row of its own links to its first line.
        if let Some(line) = self.tariff.lines_of_missing(&digits).first() {
            digits = line.digits.clone();
        }
        let known = if digits.len() == 2 {
            self.tariff.chapter(&digits).is_some()
        } else {
            self.tariff.code(&digits).is_some()
        };
        // A code of a chapter that could not be read is missing because
        // of that chapter's own error.
        let chapter = digits.get(..2).map(crate::tariff::chapter_key);
        if !known {
            if let Some(href) = chapter.and_then(|c| self.unreadable_target(&c)) {
                return Ok(href);
            }
            return Err(problem(
                &format!("no tariff code `{code}`"),
                "write a chapter, heading, subheading or national line that the tariff has, such as hs:0901.11",
            ));
        }
        let target = Urls::code_path(self.lang.code(), &digits);
        Ok(self.urls.href(&self.from_path, &target))
    }

    /// `fee:advance-ruling#amount` → the fee's page in this language.
    fn entity_link(&self, kind: EntityKind, rest: &str) -> Result<String, LinkProblem> {
        let (id, fragment) = match rest.split_once('#') {
            Some((id, f)) => (id, Some(f)),
            None => (rest, None),
        };
        let key = format!("{}/{id}", kind.folder());
        let Some(&index) = self.by_key.get(key.as_str()) else {
            if let Some(href) = self.unreadable_target(&key) {
                return Ok(href);
            }
            let prefix = format!("{}/", kind.folder());
            let mut ids: Vec<&str> = self
                .by_key
                .keys()
                .filter_map(|k| k.strip_prefix(prefix.as_str()))
                .filter(|k| !k.contains('/') && *k != "_index")
                .collect();
            ids.sort_unstable();
            let hint = match crate::diagnostics::closest(id, ids.iter().copied()) {
                Some(best) => format!("did you mean `{}:{best}`?", kind.scheme()),
                None => format!("the id is the file name: content/{key}.md"),
            };
            return Err(problem(
                &format!("no {} with the id `{id}`", kind.scheme()),
                &hint,
            ));
        };
        let page = &self.pages[index];
        let version = page.version(self.lang).unwrap_or(&page.versions[0]);
        let target = Urls::page_path(self.lang.code(), &page.path);
        match fragment {
            None => Ok(self.urls.href(&self.from_path, &target)),
            Some(f) if self.anchors[version.file].contains(f) => {
                Ok(self.urls.href(&self.from_path, &format!("{target}#{f}")))
            }
            Some(f) => Err(self.no_anchor(f, &format!("`{}`", version.source.display()))),
        }
    }

    /// For a link to `key` (language suffix allowed) whose original could
    /// not be read: where the page would be, so the link is not reported a
    /// second time as broken. The site does not build, so the address is
    /// only ever seen by `kb serve`'s error page, if at all.
    fn unreadable_target(&self, key: &str) -> Option<String> {
        let language_free = match key.rsplit_once('.') {
            Some((base, lang)) if self.config.language(lang).is_some() => base,
            _ => key,
        };
        self.corpus
            .original_unreadable(self.config, language_free)
            .then(|| {
                let folder = language_free
                    .strip_suffix("_index")
                    .unwrap_or(language_free);
                let folder = folder.trim_end_matches('/');
                let path = if folder.is_empty() {
                    String::new()
                } else {
                    format!("{folder}/")
                };
                let target = Urls::page_path(self.lang.code(), &path);
                self.urls.href(&self.from_path, &target)
            })
    }

    fn lookup(&self, key: &str) -> Option<&Page> {
        let language_free = match key.rsplit_once('.') {
            Some((base, lang)) if self.config.lang(lang).is_some() => base,
            _ => key,
        };
        [language_free.to_string(), format!("{language_free}/_index")]
            .iter()
            .find_map(|k| self.by_key.get(k.as_str()))
            .map(|&i| &self.pages[i])
    }

    fn no_anchor(&self, fragment: &str, place: &str) -> LinkProblem {
        problem(
            &format!("no heading with the id `{fragment}` in {place}"),
            "give the heading an explicit id, `## Title {#id}`, in every language version",
        )
    }
}

fn problem(message: &str, hint: &str) -> LinkProblem {
    LinkProblem {
        message: message.to_string(),
        hint: hint.to_string(),
    }
}

/// The scheme of an absolute URL (`https`, `hs`), if there is one.
fn scheme_of(url: &str) -> Option<&str> {
    let (scheme, _) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c)))
        .then_some(scheme)
}

/// Joins a relative link to the linking file's folder; `None` if it climbs
/// out of `content/`.
fn normalise(from_dir: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = from_dir.split('/').filter(|s| !s.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_are_joined_to_the_file_folder() {
        assert_eq!(normalise("guides", "../about").as_deref(), Some("about"));
        assert_eq!(
            normalise("guides", "valuation").as_deref(),
            Some("guides/valuation")
        );
        assert_eq!(
            normalise("", "./guides/_index").as_deref(),
            Some("guides/_index")
        );
        assert_eq!(normalise("", "../../etc/passwd"), None);
    }

    #[test]
    fn schemes_are_recognised() {
        assert_eq!(scheme_of("https://x"), Some("https"));
        assert_eq!(scheme_of("hs:0901"), Some("hs"));
        assert_eq!(scheme_of("about.md"), None);
        assert_eq!(scheme_of("a/b:c"), None);
    }
}
