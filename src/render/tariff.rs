//! Tariff pages: the index of sections and chapters and each chapter's
//! full table; a chapter's view and trail are shared with the code pages
//! under it (`render::code_page`).

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::model::{Page, PageKind, TranslationState};
use crate::tariff::Chapter;

use super::context::Frame;
use super::frame_lists::crumb_items;
use super::links::Link;
use super::tariff_table::{
    chapter_columns, chapter_rows, columns, foreign, heading_links, table_rows, table_timeline,
};

#[derive(Serialize)]
struct SectionView {
    number: String,
    title: String,
    lang: Option<String>,
    chapters: Vec<ChapterView>,
}

#[derive(Serialize)]
pub(super) struct ChapterView {
    pub(super) number: String,
    pub(super) title: String,
    pub(super) lang: Option<String>,
    pub(super) href: String,
    pub(super) notes: String,
    pub(super) notes_lang: Option<String>,
    pub(super) section: Option<String>,
    pub(super) section_title: Option<String>,
    /// Set when the section title is the default language's.
    pub(super) section_lang: Option<String>,
    pub(super) section_href: Option<String>,
}

pub(super) fn chapter_view(frame: &Frame<'_>, from: &str, chapter: &Chapter) -> ChapterView {
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
        // A section with no chapter on the site (all 21 of the HS, from
        // `--sections`, in a tariff of four chapters) is no way in.
        .filter(|v| !v.chapters.is_empty())
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
pub(super) fn chapter_crumbs(
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
