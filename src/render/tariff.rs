//! Tariff pages: the index of sections and chapters, each chapter's full
//! table, and a page for every heading, subheading and national line with
//! its breadcrumbs, rates shown the reader's way, the lines below it and
//! the chapter notes.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::assets::Assets;
use crate::diagnostics::Diagnostic;
use crate::lang::Lang;
use crate::model::{Page, PageKind, Site, TranslationState};
use crate::output::Sink;
use crate::tariff::{Chapter, TariffCode};
use crate::urls::Urls;

use super::context::{Frame, PageContext};
use super::frame_lists::crumb_items;
use super::links::Link;
use super::rates::Timeline;
use super::tariff_table::{
    ancestor_link, chapter_columns, chapter_rows, code_row, columns, descendant_rows, foreign,
    heading_links, lineage_items, table_rows, table_timeline, AncestorLink, ColumnView, Row,
};
use super::Templates;

#[derive(Serialize)]
struct SectionView {
    number: String,
    title: String,
    lang: Option<String>,
    chapters: Vec<ChapterView>,
}

#[derive(Serialize)]
struct ChapterView {
    number: String,
    title: String,
    lang: Option<String>,
    href: String,
    notes: String,
    notes_lang: Option<String>,
    section: Option<String>,
    section_title: Option<String>,
    /// Set when the section title is the default language's.
    section_lang: Option<String>,
    section_href: Option<String>,
}

fn chapter_view(frame: &Frame<'_>, from: &str, chapter: &Chapter) -> ChapterView {
    let site = frame.site;
    let page = site.page(&chapter.page_key);
    let version = page.and_then(|p| p.versions.get(frame.lang.index()));
    let (title, lang) = match version {
        Some(v) => (
            v.title.clone(),
            (v.state == TranslationState::Missing && !frame.lang.is_default())
                .then(|| v.content_lang.clone()),
        ),
        None => (chapter.number.clone(), None),
    };
    let section = site.tariff.section_of(chapter);
    ChapterView {
        number: chapter.number.clone(),
        href: frame.code_href(from, &chapter.number),
        notes: version.map(|v| v.html.clone()).unwrap_or_default(),
        notes_lang: lang.clone(),
        title,
        lang,
        section: chapter.section.clone(),
        section_title: section.map(|s| {
            s.titles[frame.lang.index()]
                .clone()
                .or_else(|| s.titles[0].clone())
                .unwrap_or_default()
        }),
        section_lang: section.and_then(|s| foreign(frame, s.titles[frame.lang.index()].is_none())),
        section_href: chapter.section.as_ref().map(|n| {
            frame.href(
                from,
                &format!("{}#section-{}", frame.path("tariff/"), n.to_lowercase()),
            )
        }),
    }
}

fn section_views(frame: &Frame<'_>, from: &str) -> Vec<SectionView> {
    let tariff = &frame.site.tariff;
    let mut views: Vec<SectionView> = tariff
        .sections
        .iter()
        .map(|s| {
            let own = s.titles[frame.lang.index()].clone();
            SectionView {
                number: s.number.clone(),
                lang: foreign(frame, own.is_none() && !frame.lang.is_default()),
                title: own.or_else(|| s.titles[0].clone()).unwrap_or_default(),
                chapters: s
                    .chapters
                    .iter()
                    .filter_map(|n| tariff.chapter(n))
                    .map(|c| chapter_view(frame, from, c))
                    .collect(),
            }
        })
        .collect();
    let orphans: Vec<ChapterView> = tariff
        .chapters
        .iter()
        .filter(|c| tariff.section_of(c).is_none())
        .map(|c| chapter_view(frame, from, c))
        .collect();
    if !orphans.is_empty() {
        views.push(SectionView {
            number: String::new(),
            title: String::new(),
            lang: None,
            chapters: orphans,
        });
    }
    views
}

/// Adds the tariff to the context of the tariff index and chapter pages.
pub(crate) fn add_page_context(frame: &Frame<'_>, page: &Page, context: &mut tera::Context) {
    let from = frame.path(&page.path);
    match page.kind {
        PageKind::TariffIndex => {
            context.insert("sections", &section_views(frame, &from));
            context.insert("columns", &columns(frame));
        }
        PageKind::TariffChapter => {
            let Some(chapter) = frame
                .site
                .tariff
                .chapters
                .iter()
                .find(|c| c.page_key == page.key)
            else {
                return;
            };
            let rows = chapter_rows(frame, &from, chapter, table_timeline(frame));
            context.insert("chapter", &chapter_view(frame, &from, chapter));
            let since = rows.iter().filter_map(|r| r.since).max();
            context.insert("rates_since", &since.map(|d| frame.date(d)));
            let columns = chapter_columns(frame, chapter);
            context.insert("table_rows", &table_rows(&rows, &columns));
            context.insert("headings", &heading_links(&rows));
            if frame.table_data {
                context.insert("rows", &rows);
            }
            context.insert("columns", &columns);
            let crumbs = chapter_crumbs(frame, &from, chapter, false);
            context.insert("breadcrumb_items", &crumb_items(&crumbs));
            context.insert("breadcrumbs", &crumbs);
        }
        _ => {}
    }
}

/// Tariff › Section II › Chapter 09, as links from `from`.
fn chapter_crumbs(
    frame: &Frame<'_>,
    from: &str,
    chapter: &Chapter,
    include_chapter: bool,
) -> Vec<Link> {
    let site = frame.site;
    let mut crumbs = Vec::new();
    if let Some(index) = site.page("tariff/_index") {
        let home = site.page("_index");
        if let Some(home) = home {
            crumbs.push(frame.link_to(from, home));
        }
        crumbs.push(frame.link_to(from, index));
        if let Some(section) = &chapter.section {
            let mut args = FluentArgs::new();
            args.set("number", section.clone());
            crumbs.push(Link {
                title: frame.text("tariff-section", Some(&args)),
                lang: None,
                href: frame.href(
                    from,
                    &format!(
                        "{}#section-{}",
                        frame.path("tariff/"),
                        section.to_lowercase()
                    ),
                ),
                current: false,
            });
        }
    }
    if include_chapter {
        let mut args = FluentArgs::new();
        args.set("number", chapter.number.clone());
        crumbs.push(Link {
            title: frame.text("tariff-chapter", Some(&args)),
            lang: None,
            href: frame.code_href(from, &chapter.number),
            current: false,
        });
    }
    crumbs
}

#[derive(Serialize)]
struct CodeContext<'a> {
    #[serde(flatten)]
    shell: super::context::Shell<'a>,
    page: PageContext,
    breadcrumbs: Vec<Link>,
    breadcrumb_items: String,
    /// The codes above this one with their descriptions, heading first: a
    /// line described only as `Other` reads in context.
    lineage: Vec<AncestorLink>,
    /// `lineage` written out as the list's `<li>` items.
    lineage_items: String,
    code: Row,
    /// The rows under the code as data, for templates that name `rows`
    /// (`Frame::table_data`).
    #[serde(skip_serializing_if = "Option::is_none")]
    rows: Option<Vec<Row>>,
    /// The same rows written out as the table's `<tr>` elements.
    table_rows: String,
    /// A line's rates, rules of origin and notes written out as the items
    /// of its rate list (`render::rate_list`); empty above the lines.
    rate_list: String,
    chapter: ChapterView,
    columns: Vec<ColumnView>,
    /// Measures, procedures and notices that concern the code or its ancestors.
    applies: Vec<super::entities::LinkGroup>,
    /// The reference date, the reader's way: rates are those in force on it.
    in_force_on: String,
    /// The day the rates shown began, the reader's way (`rates::code_since`):
    /// the page says "in force since" it, and so stays the same from one
    /// reference date to the next until what is in force changes.
    rates_since: Option<String>,
    /// The duty and tax calculator of a line with a rate in force.
    calculator: Option<super::calculator::CalculatorView>,
    /// The rule of origin under each preferential rate, by column key.
    origin: BTreeMap<String, super::origin::OriginView>,
    /// Tariff quotas that cover the code.
    quotas: Vec<super::quotas::QuotaView>,
    /// Binding rulings that classify into the code.
    rulings: Vec<super::rulings::RulingView>,
}

/// Breadcrumbs of a code page: the tariff, the chapter, then each of the
/// code's `ancestors`, broadest first.
fn code_crumbs(frame: &Frame<'_>, from: &str, chapter: &Chapter, ancestors: &[usize]) -> Vec<Link> {
    let mut breadcrumbs = chapter_crumbs(frame, from, chapter, true);
    for &ancestor in ancestors {
        let a = &frame.site.tariff.codes[ancestor];
        breadcrumbs.push(Link {
            title: a.display.clone(),
            lang: None,
            href: frame.code_href(from, &a.digits),
            current: false,
        });
    }
    breadcrumbs
}

/// The `page` of a code's page: its title (with its parent's description,
/// so that a line described only as `Other` reads in context), and the
/// language its description is shown in.
fn code_page(
    frame: &Frame<'_>,
    code: &TariffCode,
    path: &str,
    from: &str,
    parent: Option<&str>,
) -> PageContext {
    let site = frame.site;
    let (description, fallback) = code.description(frame.lang);
    let title = match parent {
        Some(parent) => format!("{} {} – {}", code.display, description, parent),
        None => format!("{} {}", code.display, description),
    };
    let default_language = &site.config.default_language;
    PageContext {
        kind: "tariff_code".into(),
        key: path.to_string(),
        title,
        description: Some(description.to_string()),
        state: if fallback {
            "missing"
        } else if frame.lang.is_default() {
            "original"
        } else {
            "translated"
        }
        .into(),
        content_lang: if fallback {
            default_language.clone()
        } else {
            frame.lang.code().to_string()
        },
        content_dir: super::context::direction_name(if fallback {
            site.config.languages[0].direction
        } else {
            frame.lang.direction()
        }),
        permalink: site.urls.permalink(from),
        original_href: frame.href(from, &crate::urls::Urls::page_path(default_language, path)),
        ..PageContext::default()
    }
}

fn code_context<'a>(frame: &Frame<'a>, code: &TariffCode, index: usize) -> CodeContext<'a> {
    let site = frame.site;
    let path = Urls::code_page(&code.digits);
    let present: Vec<bool> = code.descriptions.iter().map(Option::is_some).collect();
    let shell = frame.shell(&path, &present);
    let from = shell.current_path.clone();
    let chapter = site
        .tariff
        .chapter(&code.chapter)
        .expect("every code belongs to a read chapter");
    let ancestors: Vec<usize> = site.tariff.ancestors(index).into_iter().rev().collect();
    let breadcrumbs = code_crumbs(frame, &from, chapter, &ancestors);
    let lineage: Vec<AncestorLink> = ancestors
        .iter()
        .map(|&a| ancestor_link(frame, &from, a))
        .collect();
    let row = code_row(frame, &from, index, 0, Timeline::Whole);
    let rows = descendant_rows(frame, &from, chapter, index);
    let columns = chapter_columns(frame, chapter);
    let rates_since = row.since.map(|d| frame.date(d));
    let origin = super::origin::origin_views(frame, &from, &code.digits);
    let rate_list = if code.is_leaf() {
        super::rate_list::rate_list(frame, &row, &columns, &origin)
    } else {
        String::new()
    };
    let parent = lineage.last().map(|p| p.description.as_str());
    CodeContext {
        page: code_page(frame, code, &path, &from, parent),
        breadcrumb_items: crumb_items(&breadcrumbs),
        breadcrumbs,
        lineage_items: lineage_items(&lineage),
        lineage,
        table_rows: table_rows(&rows, &columns),
        rate_list,
        rows: frame.table_data.then_some(rows),
        code: row,
        chapter: chapter_view(frame, &from, chapter),
        columns,
        applies: super::entities::applies_to_code(frame, &from, &code.digits),
        in_force_on: frame.date(site.reference_date),
        rates_since,
        calculator: code
            .is_leaf()
            .then(|| super::calculator::calculator_view(frame, &from, code))
            .flatten(),
        origin,
        quotas: super::quotas::quotas_for_code(frame, &from, &code.digits),
        rulings: super::rulings::rulings_for_code(frame, &from, &code.digits),
        shell,
    }
}

/// Renders the page of tariff code `index` in language `lang`.
pub fn render_code_page(
    site: &Site,
    templates: &Templates,
    assets: &Assets,
    index: usize,
    lang: Lang<'_>,
    sink: &dyn Sink,
) -> Result<(), Diagnostic> {
    let frame = Frame {
        site,
        assets,
        lang,
        lists: templates.names_frame_lists(),
        table_data: templates.names_rows(),
    };
    let code = &site.tariff.codes[index];
    let mut context = tera::Context::from_serialize(code_context(&frame, code, index))
        .map_err(|e| Diagnostic::error("template", e.to_string()))?;
    let from = frame.path(&Urls::code_page(&code.digits));
    super::changes::insert_feeds(
        &mut context,
        &super::changes::feed_links(&frame, &from, Some("tariff/"), Some(&code.chapter)),
    );
    context.insert(
        "history",
        &super::changes::code_history(&frame, &from, &code.digits),
    );
    let html = templates.render(lang.code(), "tariff-code.html", &mut context)?;
    let path = format!("{}index.html", frame.path(&Urls::code_page(&code.digits)));
    sink.write(&path, &html)
        .map_err(|e| Diagnostic::error("write", format!("cannot write {path}: {e}")))
}
