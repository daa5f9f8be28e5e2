//! HTML output: every page in every language through the Tera templates,
//! rendered in parallel and written into the staging folder; the language
//! chooser at `/`, the 404 pages, and redirects for `aliases`.

mod calculator;
mod calculator_money;
mod calculator_units;
mod changes;
mod code_page;
mod context;
mod entities;
mod exchange;
mod fees;
mod frame_html;
mod frame_lists;
mod home;
mod legal_basis;
mod lineage;
mod links;
mod notes;
mod origin;
mod quotas;
mod rate_list;
mod rates;
mod rulings;
mod steps;
mod tariff;
mod tariff_table;
mod theme_html;

#[cfg(test)]
mod tests;

/// What a page may load and run: files of the site only, no inline script
/// or style. Written into every page as a `<meta http-equiv>` and sent by
/// `kb serve` as a header, so one slip in a template is not an exploit.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'";

use rayon::prelude::*;

use crate::assets::Assets;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::model::{PageKind, Site, TranslationState};
use crate::output::Sink;
use crate::routes::{Route, RouteTable};
use crate::urls::Urls;

pub use crate::templates::Templates;

use context::Frame;

/// What the HTML output wrote.
#[derive(Debug, Default, Clone, Copy)]
pub struct HtmlSummary {
    /// Pages written, over all languages.
    pub pages: usize,
    /// Of those, pages shown in the default language for want of a translation.
    pub untranslated: usize,
}

/// Renders every page into `sink`.
pub fn render_html(
    site: &Site,
    templates: &Templates,
    assets: &Assets,
    routes: &RouteTable,
    sink: &dyn Sink,
) -> Result<HtmlSummary, Diagnostics> {
    render_routes(site, templates, assets, routes.as_slice(), sink)?;
    Ok(html_summary(site, routes))
}

/// How many pages `routes` holds, and how many of them are untranslated.
pub fn html_summary(site: &Site, routes: &RouteTable) -> HtmlSummary {
    let pages = routes.iter().filter(|(_, route)| route.is_page()).count();
    let untranslated_codes: usize = site
        .tariff
        .codes
        .iter()
        .map(|c| {
            c.descriptions
                .iter()
                .skip(1)
                .filter(|d| d.is_none())
                .count()
        })
        .sum();
    let untranslated = site
        .pages
        .iter()
        .flat_map(|p| &p.versions)
        .filter(|v| v.state == TranslationState::Missing)
        .count()
        + untranslated_codes;
    HtmlSummary {
        pages,
        untranslated,
    }
}

/// Renders the HTML files of `routes` into `sink`, in parallel: every
/// route of the table for a build, the ones an edit can change for an
/// incremental one.
pub fn render_routes(
    site: &Site,
    templates: &Templates,
    assets: &Assets,
    routes: &[(String, Route)],
    sink: &dyn Sink,
) -> Result<(), Diagnostics> {
    // One language after another, each core on its own languages: a
    // language's templates are a Tera instance of their own, and with the
    // EU's 24 in turn on every page none of them stayed in the cache
    // (docs/performance.md). Problems are reported in the table's order.
    let mut order: Vec<usize> = (0..routes.len()).collect();
    order.sort_by_key(|&i| routes[i].1.lang());
    let mut results: Vec<(usize, Result<(), Diagnostic>)> = order
        .into_par_iter()
        .map(|i| {
            let (path, route) = &routes[i];
            (i, render_route(site, templates, assets, path, *route, sink))
        })
        .collect();
    results.sort_by_key(|(i, _)| *i);
    let mut problems = Diagnostics::new();
    for (_, r) in results {
        if let Err(d) = r {
            problems.push(d);
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(())
}

/// Renders the HTML file at site path `path`, made by `route`, into `sink`.
pub fn render_route(
    site: &Site,
    templates: &Templates,
    assets: &Assets,
    path: &str,
    route: Route,
    sink: &dyn Sink,
) -> Result<(), Diagnostic> {
    let lang_at = |l: usize| {
        site.config
            .lang_at(l)
            .ok_or_else(|| Diagnostic::error("render", format!("{path}: no language number {l}")))
    };
    match route {
        Route::Page { page, lang } => {
            render_page(site, templates, assets, page, lang_at(lang)?, sink)
        }
        Route::Code { code, lang } => {
            code_page::render_code_page(site, templates, assets, code, lang_at(lang)?, sink)
        }
        Route::Alias { page, lang, alias } => {
            let lang = lang_at(lang)?;
            let page = &site.pages[page];
            let alias = &page.versions[lang.index()].aliases[alias];
            let target = Urls::page_path(lang.code(), &page.path);
            write_redirect(site, templates, sink, lang.code(), alias, &target)
        }
        Route::Special { template, lang } => {
            let frame = Frame {
                site,
                assets,
                lang: lang_at(lang)?,
                lists: true,
                alternates: true,
                table_data: true,
            };
            render_special(&frame, templates, sink, template, &format!("/{path}"))
        }
    }
}

/// Renders page number `p` in language `lang` (its `index.html`) into
/// `sink`.
pub fn render_page(
    site: &Site,
    templates: &Templates,
    assets: &Assets,
    p: usize,
    lang: Lang<'_>,
    sink: &dyn Sink,
) -> Result<(), Diagnostic> {
    let page = &site.pages[p];
    let version = &page.versions[lang.index()];
    let frame = Frame::for_content(site, templates, assets, lang);
    let mut context = tera::Context::from_serialize(frame.page_context(page, version))
        .map_err(|e| Diagnostic::error("template", e.to_string()))?;
    tariff::add_page_context(&frame, page, &mut context);
    let from = frame.path(&page.path);
    let chapter =
        (page.kind == PageKind::TariffChapter).then(|| page.key.trim_start_matches("tariff/"));
    changes::insert_feeds(
        &mut context,
        &changes::feed_links(&frame, &from, Some(&page.key), chapter),
    );
    let history = match chapter {
        Some(number) => changes::chapter_history(&frame, &from, number),
        None => changes::page_history(&frame, &from, &page.key),
    };
    context.insert("history", &history);
    // Every template of a page gets its kind's variables, its own
    // `template` included.
    match page.kind {
        PageKind::Entity(_) => entities::add_entity_context(&frame, page, &from, &mut context),
        PageKind::EntityIndex(kind) => {
            entities::add_index_context(&frame, kind, &from, &mut context)
        }
        PageKind::Transparency => entities::add_transparency_context(&frame, &from, &mut context),
        PageKind::Home => context.insert("tasks", &home::home_tasks(&frame, &from)),
        _ => {}
    }
    let template = page
        .template
        .clone()
        .unwrap_or_else(|| page.kind.template());
    let html = templates.render(lang.code(), &template, &mut context)?;
    let path = Urls::page_path(lang.code(), &page.path);
    write(sink, &format!("{path}index.html"), &html)
}

fn write(sink: &dyn Sink, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
    sink.write(path, bytes)
        .map_err(|e| Diagnostic::error("write", format!("cannot write {path}: {e}")))
}

/// Pages that are not content: the 404 pages, the changes and search
/// pages and the language chooser.
fn render_special(
    frame: &Frame<'_>,
    templates: &Templates,
    sink: &dyn Sink,
    template: &str,
    path: &str,
) -> Result<(), Diagnostic> {
    let mut context = tera::Context::from_serialize(frame.special_shell(path))
        .map_err(|e| Diagnostic::error("template", e.to_string()))?;
    context.insert("breadcrumbs", &Vec::<String>::new());
    context.insert("breadcrumb_items", "");
    changes::insert_feeds(&mut context, &changes::feed_links(frame, path, None, None));
    match template {
        "changes.html" => context.insert("changes", &changes::changes_view(frame, path)),
        "search.html" => context.insert("search_kinds", &search_kinds(frame.site)),
        "chooser.html" => context.insert("intros", &chooser_intros(frame)),
        _ => {}
    }
    let html = templates.render(frame.lang.code(), template, &mut context)?;
    write(sink, path, &html)
}

/// The kinds the search page's filter offers: those the site has pages
/// of, so a site without measures offers none.
fn search_kinds(site: &Site) -> Vec<&'static str> {
    crate::page::SEARCH_KINDS
        .into_iter()
        .filter(|kind| site.pages.iter().any(|p| p.kind.search_kind() == *kind))
        .collect()
}

/// The language chooser's request to choose, in each language, as the
/// reader whose browser chose none of them must read it in one of the
/// site's: a French reader of a Lao and English site was asked in Lao
/// only. A site of more than six languages, whose names stand for
/// themselves in the list, asks in the default language; a sentence said
/// alike in two languages (`en`, `en-GB`) is said once.
fn chooser_intros(frame: &Frame<'_>) -> Vec<ChooserIntro> {
    let languages = &frame.site.config.languages;
    let asked = if frame.site.config.languages_folded() {
        &languages[..1]
    } else {
        &languages[..]
    };
    let mut intros: Vec<ChooserIntro> = Vec::new();
    for language in asked {
        let text = frame
            .site
            .locales
            .text(&language.code, "chooser-intro", None);
        if !intros.iter().any(|i| i.text == text) {
            intros.push(ChooserIntro {
                code: language.code.clone(),
                dir: language.direction.as_str(),
                text,
            });
        }
    }
    intros
}

/// One language's sentence on the language chooser.
#[derive(serde::Serialize)]
struct ChooserIntro {
    code: String,
    dir: &'static str,
    text: String,
}

pub use crate::urls::alias_path;

/// A small page at an old address that sends the reader to the new one.
fn write_redirect(
    site: &Site,
    templates: &Templates,
    sink: &dyn Sink,
    lang: &str,
    alias: &str,
    target: &str,
) -> Result<(), Diagnostic> {
    let alias_path = alias_path(alias);
    let mut context = tera::Context::new();
    context.insert("lang", lang);
    context.insert("target", &site.urls.href(&alias_path, target));
    context.insert("canonical", &site.urls.permalink(target));
    context.insert("content_security_policy", CONTENT_SECURITY_POLICY);
    let html = templates.render(lang, "redirect.html", &mut context)?;
    write(sink, &alias_path, &html)
}
