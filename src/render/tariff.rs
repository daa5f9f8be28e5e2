//! Tariff pages: the index of sections and chapters, each chapter's full
//! table, and a page for every heading, subheading and national line with
//! its breadcrumbs, rates shown the reader's way, the lines below it and
//! the chapter notes.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::assets::Assets;
use crate::config::ColumnKind;
use crate::diagnostics::Diagnostic;
use crate::lang::Lang;
use crate::model::{Page, PageKind, Site, TranslationState};
use crate::output::Sink;
use crate::tariff::{Chapter, ChapterRow, CodeLevel, TariffCode};
use crate::urls::Urls;

use super::context::{Frame, Link, PageContext};
use super::rates::{code_since, rate_view, status_view, RateView, StatusView};
use super::Templates;

#[derive(Serialize)]
struct TextView {
    key: String,
    text: String,
    /// The text as HTML, its references (`M-12`, `0901.11`) linked.
    html: String,
    lang: Option<String>,
}

/// One row of a tariff table as a template shows it.
#[derive(Serialize)]
struct Row {
    code: Option<String>,
    digits: Option<String>,
    href: Option<String>,
    description: String,
    lang: Option<String>,
    depth: usize,
    group: bool,
    leaf: bool,
    level: Option<CodeLevel>,
    rates: Vec<RateView>,
    data: BTreeMap<String, String>,
    texts: Vec<TextView>,
    /// Set when the line is not in force on the reference date.
    status: Option<StatusView>,
    /// Whether any rate of the row has dated values (the code page then
    /// shows the timeline table).
    dated: bool,
    /// The day what the row shows of its rates began (`rates::code_since`).
    #[serde(skip)]
    since: Option<jiff::civil::Date>,
}

#[derive(Serialize)]
struct ColumnView {
    key: String,
    kind: ColumnKind,
    /// Fluent `tariff-col-KEY`, or the key itself (`MFN`, `Unit`) when the
    /// locales have no label for a column the site added.
    label: String,
    /// What the name means (`description` of the column in kb.toml).
    description: Option<String>,
    /// The description's language when it is not the page's.
    description_lang: Option<String>,
}

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

fn foreign(frame: &Frame<'_>, fallback: bool) -> Option<String> {
    fallback.then(|| frame.site.config.default_language.clone())
}

fn code_row(frame: &Frame<'_>, from: &str, index: usize, depth_offset: usize) -> Row {
    let site = frame.site;
    let code = &site.tariff.codes[index];
    let (description, fallback) = code.description(frame.lang);
    let mut rates = Vec::new();
    let mut texts = Vec::new();
    for column in &site.tariff.columns {
        match column.kind {
            ColumnKind::Rate | ColumnKind::Tax => {
                if let Some(cell) = code.rates.get(&column.key) {
                    rates.push(rate_view(frame, &code.digits, &column.key, cell));
                }
            }
            ColumnKind::Text => {
                if let Some(values) = code.texts.get(&column.key) {
                    let own = values.get(frame.lang.index()).cloned().flatten();
                    let (text, lang) = match own {
                        Some(t) => (t, None),
                        None => (
                            values[0].clone().unwrap_or_default(),
                            foreign(frame, !frame.lang.is_default()),
                        ),
                    };
                    texts.push(TextView {
                        key: column.key.clone(),
                        html: super::notes::linked_note(frame, from, &text),
                        text,
                        lang,
                    });
                }
            }
            ColumnKind::Data => {}
        }
    }
    Row {
        code: Some(code.display.clone()),
        digits: Some(code.digits.clone()),
        href: Some(frame.href(from, &frame.path(&Urls::code_page(&code.digits)))),
        description: description.to_string(),
        lang: foreign(frame, fallback),
        depth: code.depth.saturating_sub(depth_offset),
        group: false,
        leaf: code.is_leaf(),
        level: Some(code.level),
        dated: code.rates.values().any(|c| c.timeline.is_dated()),
        status: status_view(frame, code),
        since: code_since(frame, code, &rates),
        rates,
        data: code.data.clone(),
        texts,
    }
}

fn group_row(
    frame: &Frame<'_>,
    depth: usize,
    descriptions: &[Option<String>],
    depth_offset: usize,
) -> Row {
    let own = descriptions.get(frame.lang.index()).cloned().flatten();
    let fallback = own.is_none() && !frame.lang.is_default();
    Row {
        code: None,
        digits: None,
        href: None,
        description: own.or_else(|| descriptions[0].clone()).unwrap_or_default(),
        lang: foreign(frame, fallback),
        depth: depth.saturating_sub(depth_offset),
        group: true,
        leaf: false,
        level: None,
        rates: Vec::new(),
        data: BTreeMap::new(),
        texts: Vec::new(),
        status: None,
        dated: false,
        since: None,
    }
}

fn columns(frame: &Frame<'_>) -> Vec<ColumnView> {
    frame
        .site
        .tariff
        .columns
        .iter()
        .map(|c| ColumnView {
            key: c.key.clone(),
            kind: c.kind,
            label: frame
                .site
                .locales
                .format(frame.lang.code(), &format!("tariff-col-{}", c.key), None)
                .unwrap_or_else(|_| crate::tariff::import::column_header(&c.key, c.kind)),
            description: c
                .description
                .as_ref()
                .and_then(|d| d.text(frame.lang.code(), &frame.site.config.default_language))
                .map(|(text, _)| text.to_string()),
            description_lang: c
                .description
                .as_ref()
                .and_then(|d| d.text(frame.lang.code(), &frame.site.config.default_language))
                .and_then(|(_, lang)| lang.map(str::to_string)),
        })
        .collect()
}

/// The columns of one chapter's tables: a tax column only where the
/// chapter levies it (VAT and excise are set chapter by chapter), so that
/// other chapters do not show an empty column.
fn chapter_columns(frame: &Frame<'_>, chapter: &Chapter) -> Vec<ColumnView> {
    let codes = &frame.site.tariff.codes;
    let levies = |key: &str| {
        chapter.rows.iter().any(|row| match row {
            ChapterRow::Code(i) => codes[*i].rates.contains_key(key),
            ChapterRow::Group { .. } => false,
        })
    };
    columns(frame)
        .into_iter()
        .filter(|c| c.kind != ColumnKind::Tax || levies(&c.key))
        .collect()
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
        href: frame.href(from, &frame.path(&Urls::code_page(&chapter.number))),
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
            let rows: Vec<Row> = chapter
                .rows
                .iter()
                .map(|row| match row {
                    ChapterRow::Code(i) => code_row(frame, &from, *i, 0),
                    ChapterRow::Group {
                        depth,
                        descriptions,
                    } => group_row(frame, *depth, descriptions, 0),
                })
                .collect();
            context.insert("chapter", &chapter_view(frame, &from, chapter));
            let since = rows.iter().filter_map(|r| r.since).max();
            context.insert("rates_since", &since.map(|d| frame.date(d)));
            context.insert("rows", &rows);
            context.insert("columns", &chapter_columns(frame, chapter));
            context.insert("breadcrumbs", &chapter_crumbs(frame, &from, chapter, false));
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
            href: frame.href(from, &frame.path(&Urls::code_page(&chapter.number))),
            current: false,
        });
    }
    crumbs
}

/// The rows under `index` in its chapter's table, in order, with the
/// grouping lines that lead to them.
fn descendant_rows(frame: &Frame<'_>, from: &str, chapter: &Chapter, index: usize) -> Vec<Row> {
    let codes = &frame.site.tariff.codes;
    let code = &codes[index];
    let Some(start) = chapter
        .rows
        .iter()
        .position(|r| matches!(r, ChapterRow::Code(i) if *i == index))
    else {
        return Vec::new();
    };
    let offset = code.depth + 1;
    let mut rows = Vec::new();
    let mut pending = Vec::new();
    for row in &chapter.rows[start + 1..] {
        match row {
            ChapterRow::Group {
                depth,
                descriptions,
            } => pending.push(group_row(frame, *depth, descriptions, offset)),
            ChapterRow::Code(i) => {
                let other = &codes[*i];
                if !(other.digits.len() > code.digits.len()
                    && other.digits.starts_with(&code.digits))
                {
                    break;
                }
                rows.append(&mut pending);
                rows.push(code_row(frame, from, *i, offset));
            }
        }
    }
    rows
}

#[derive(Serialize)]
struct CodeContext<'a> {
    #[serde(flatten)]
    shell: super::context::Shell<'a>,
    page: PageContext,
    breadcrumbs: Vec<Link>,
    /// The codes above this one with their descriptions, heading first: a
    /// line described only as `Other` reads in context.
    lineage: Vec<Row>,
    code: Row,
    rows: Vec<Row>,
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
            href: frame.href(from, &frame.path(&Urls::code_page(&a.digits))),
            current: false,
        });
    }
    breadcrumbs
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
    let lineage: Vec<Row> = ancestors
        .iter()
        .map(|&a| code_row(frame, &from, a, 0))
        .collect();
    let row = code_row(frame, &from, index, 0);
    let rates_since = row.since.map(|d| frame.date(d));
    let (description, fallback) = code.description(frame.lang);
    let title = match lineage.last() {
        Some(parent) => format!("{} {} – {}", code.display, description, parent.description),
        None => format!("{} {}", code.display, description),
    };
    let default_language = &site.config.default_language;
    CodeContext {
        page: PageContext {
            kind: "tariff_code".into(),
            key: path.clone(),
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
            permalink: site.urls.permalink(&from),
            original_href: frame.href(
                &from,
                &crate::urls::Urls::page_path(default_language, &path),
            ),
            ..PageContext::default()
        },
        breadcrumbs,
        lineage,
        rows: descendant_rows(frame, &from, chapter, index),
        code: row,
        chapter: chapter_view(frame, &from, chapter),
        columns: chapter_columns(frame, chapter),
        applies: super::entities::applies_to_code(frame, &from, &code.digits),
        in_force_on: frame.date(site.reference_date),
        rates_since,
        calculator: code
            .is_leaf()
            .then(|| super::calculator::calculator_view(frame, &from, code))
            .flatten(),
        origin: super::origin::origin_views(frame, &from, &code.digits),
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
    };
    let code = &site.tariff.codes[index];
    let mut context = tera::Context::from_serialize(code_context(&frame, code, index))
        .map_err(|e| Diagnostic::error("template", e.to_string()))?;
    let from = frame.path(&Urls::code_page(&code.digits));
    context.insert(
        "feeds",
        &super::changes::feed_links(&frame, &from, Some("tariff/"), Some(&code.chapter)),
    );
    context.insert(
        "history",
        &super::changes::code_history(&frame, &from, &code.digits),
    );
    let html = templates.render(lang.code(), "tariff-code.html", &context)?;
    let path = format!("{}index.html", frame.path(&Urls::code_page(&code.digits)));
    sink.write(&path, &html)
        .map_err(|e| Diagnostic::error("write", format!("cannot write {path}: {e}")))
}
