//! What a tariff code's page shows: its frame, lineage, rates, the lines
//! under it, its chapter, and what concerns it, as one template context.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::render::context::{Frame, PageContext};
use crate::render::frame_lists::crumb_items;
use crate::render::lineage::{ancestor_link, group_link, lineage_items, AncestorLink};
use crate::render::links::Link;
use crate::render::rates::Timeline;
use crate::render::tariff::{chapter_crumbs, chapter_view, ChapterView};
use crate::render::tariff_table::{
    chapter_columns, code_row, descendant_rows, table_rows, ColumnView, Row,
};
use crate::tariff::lineage::{self, CONTEXT_SEPARATOR};
use crate::tariff::{Chapter, ContextPart, LineStatus, LineageStep, TariffCode};
use crate::urls::Urls;

/// What `tariff-code.html` sees (docs/templates.md#tariff-templates), and
/// what kb writes a code page from when it writes the page itself.
#[derive(Serialize)]
pub(super) struct CodeContext<'a> {
    #[serde(flatten)]
    pub(super) shell: crate::render::context::Shell<'a>,
    pub(super) page: PageContext,
    pub(super) breadcrumbs: Vec<Link>,
    pub(super) breadcrumb_items: String,
    /// The codes above this one with their descriptions, and the grouping
    /// lines between them, heading first: a line described only as
    /// `Other`, or under `Roasted:`, reads in context.
    pub(super) lineage: Vec<AncestorLink>,
    /// `lineage` written out as the list's `<li>` items.
    pub(super) lineage_items: String,
    pub(super) code: Row,
    /// The rows under the code as data, for templates that name `rows`
    /// (`Frame::table_data`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) rows: Option<Vec<Row>>,
    /// The same rows written out as the table's `<tr>` elements.
    pub(super) table_rows: String,
    /// A line's rates, rules of origin and notes written out as the items
    /// of its rate list (`render::rate_list`); empty above the lines.
    pub(super) rate_list: String,
    pub(super) chapter: ChapterView,
    pub(super) columns: Vec<ColumnView>,
    /// Measures, procedures and notices that concern the code or its ancestors.
    pub(super) applies: Vec<crate::render::entities::LinkGroup>,
    /// The reference date, the reader's way: rates are those in force on it.
    pub(super) in_force_on: String,
    /// The day the rates shown began, the reader's way (`rates::code_since`):
    /// the page says "in force since" it, and so stays the same from one
    /// reference date to the next until what is in force changes.
    pub(super) rates_since: Option<String>,
    /// For a line not yet in force, its first day, the reader's way: its
    /// rates are "from" it, not "in force".
    pub(super) rates_from: Option<String>,
    /// For a line no longer in force, its last day, the reader's way.
    pub(super) rates_until: Option<String>,
    /// The duty and tax calculator of a line with a rate in force.
    pub(super) calculator: Option<crate::render::calculator::CalculatorView>,
    /// The rule of origin under each preferential rate, by column key.
    pub(super) origin: BTreeMap<String, crate::render::origin::OriginView>,
    /// Tariff quotas that cover the code.
    pub(super) quotas: Vec<crate::render::quotas::QuotaView>,
    /// Binding rulings that classify into the code.
    pub(super) rulings: Vec<crate::render::rulings::RulingView>,
    /// The lines that replace this one when it ends, and those it replaces
    /// when it starts (`Tariff::successors`), each list with its sentence.
    pub(super) replacements: Vec<Replacement>,
}

/// Lines that take over from a line, or that it takes over from, with
/// the sentence that says which and from when.
#[derive(Serialize)]
pub(super) struct Replacement {
    /// `replaced-by` or `replaces`.
    pub(super) kind: &'static str,
    /// "From July 1, 2027, this line is replaced by:".
    pub(super) text: String,
    /// The lines, as links with their codes and descriptions.
    pub(super) lines: Vec<AncestorLink>,
    /// `lines` written out as list items.
    pub(super) items: String,
}

/// The lines that replace line `index` and those it replaces.
fn replacements(frame: &Frame<'_>, from: &str, index: usize) -> Vec<Replacement> {
    let tariff = &frame.site.tariff;
    let code = &tariff.codes[index];
    let next_day = code.validity.until.and_then(|u| u.tomorrow().ok());
    [
        (
            "replaced-by",
            "tariff-replaced-by",
            tariff.successors(index),
            next_day,
        ),
        (
            "replaces",
            "tariff-replaces",
            tariff.predecessors(index),
            code.validity.from,
        ),
    ]
    .into_iter()
    .filter_map(|(kind, message, found, date)| {
        let date = date.filter(|_| !found.is_empty())?;
        let lines: Vec<AncestorLink> = found
            .iter()
            .map(|&i| ancestor_link(frame, from, i))
            .collect();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("date", frame.date(date));
        Some(Replacement {
            kind,
            text: frame.text(message, Some(&args)),
            items: lineage_items(&lines),
            lines,
        })
    })
    .collect()
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

/// The `page` of a code's page: its title (with where it sits, so that a
/// line described only as `Other` reads in context, and a line under
/// `Roasted:` is told from one under `Not roasted:`:
/// [`Tariff::context_of`](crate::tariff::Tariff::context_of)), and the
/// language its description is shown in.
fn code_page(
    frame: &Frame<'_>,
    code: &TariffCode,
    path: &str,
    from: &str,
    context: &[ContextPart<'_>],
) -> PageContext {
    let site = frame.site;
    let (description, fallback) = code.description(frame.lang);
    let title = match context {
        [] => format!("{} {}", code.display, description),
        _ => format!(
            "{} {}{CONTEXT_SEPARATOR}{}",
            code.display,
            description,
            lineage::joined(context)
        ),
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
        content_dir: if fallback {
            site.config.languages[0].direction
        } else {
            frame.lang.direction()
        }
        .as_str()
        .to_string(),
        permalink: site.urls.permalink(from),
        original_href: frame.href(from, &crate::urls::Urls::page_path(default_language, path)),
        ..PageContext::default()
    }
}

pub(super) fn code_context<'a>(
    frame: &Frame<'a>,
    code: &TariffCode,
    index: usize,
) -> CodeContext<'a> {
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
    let lineage: Vec<AncestorLink> = site
        .tariff
        .lineage(index)
        .into_iter()
        .map(|step| match step {
            LineageStep::Code(a) => ancestor_link(frame, &from, a),
            LineageStep::Group(descriptions) => group_link(frame, descriptions),
        })
        .collect();
    let row = code_row(frame, &from, index, 0, Timeline::Whole);
    let rows = descendant_rows(frame, &from, chapter, index);
    let columns = chapter_columns(frame, chapter);
    let rates_since = row.since.map(|d| frame.date(d));
    let (rates_from, rates_until) = match code.validity.status(site.reference_date) {
        LineStatus::NotYet(first) => (Some(frame.date(first)), None),
        LineStatus::Ended(last) => (None, Some(frame.date(last))),
        LineStatus::InForce => (None, None),
    };
    let origin = crate::render::origin::origin_views(frame, &from, &code.digits);
    let rate_list = if code.is_leaf() {
        crate::render::rate_list::rate_list(frame, &row, &columns, &origin)
    } else {
        String::new()
    };
    let context = site.tariff.context_of(index, frame.lang);
    CodeContext {
        page: code_page(frame, code, &path, &from, &context),
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
        applies: crate::render::entities::applies_to_code(frame, &from, &code.digits),
        in_force_on: frame.date(site.reference_date),
        rates_since,
        rates_from,
        rates_until,
        calculator: code
            .is_leaf()
            .then(|| crate::render::calculator::calculator_view(frame, &from, code))
            .flatten(),
        origin,
        quotas: crate::render::quotas::quotas_for_code(frame, &from, &code.digits),
        rulings: crate::render::rulings::rulings_for_code(frame, &from, &code.digits),
        replacements: replacements(frame, &from, index),
        shell,
    }
}
