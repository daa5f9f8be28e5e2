//! A tariff table: its columns in the page's language, its rows as data
//! (`Row`: a chapter's, the lines under a code, a code's own), and the
//! rows written out as HTML (`table_rows`), the markup the default theme's
//! `tariff_table` macro once looped over `rows` to make.
//!
//! Every row of a chapter is in the chapter's table and again in the table
//! of each code above it: the national corpus's tables hold 2.5 rows for
//! each code page, each with a cell per column. Looped over in Tera, and
//! given to it as data first, they took over a quarter of a national
//! build's CPU time (docs/performance.md); written here, with the same
//! escaping as a template, they cost little. A theme that wants its own
//! row markup names `rows` in a template and gets the rows as data as
//! well (docs/templates.md#tariff-tables).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::config::ColumnKind;
use crate::html::escape_into;
use crate::i18n::MissingMessage;
use crate::tariff::{Chapter, ChapterRow, CodeLevel};

use super::context::Frame;
use super::rates::{code_since, rate_view, status_view, RateView, StatusView, Timeline};
use super::theme_html::{lang_mark, ThemeHtml};

/// A column of a tariff table, in the page's language.
#[derive(Serialize)]
pub(super) struct ColumnView {
    pub(super) key: String,
    pub(super) kind: ColumnKind,
    /// Fluent `tariff-col-KEY`, or the key itself (`MFN`, `Unit`) when the
    /// locales have no label for a column the site added.
    pub(super) label: String,
    /// What the name means (`description` of the column in kb.toml).
    pub(super) description: Option<String>,
    /// The description's language when it is not the page's.
    pub(super) description_lang: Option<String>,
    /// For a tax some regimes waive, that it is not levied under them
    /// (`Not levied at the AB or STA rate`), in the page's language.
    pub(super) waived: Option<String>,
}

impl ColumnView {
    /// Whether the column has something to say beside its name.
    pub(super) fn explained(&self) -> bool {
        filled(&self.description).is_some() || self.waived.is_some()
    }
}

/// Every configured column, in the order of kb.toml.
pub(super) fn columns(frame: &Frame<'_>) -> Vec<ColumnView> {
    let columns = &frame.site.tariff.columns;
    let label = |c: &crate::config::TariffColumn| {
        frame
            .site
            .locales
            .format(frame.lang.code(), &format!("tariff-col-{}", c.key), None)
            .unwrap_or_else(|_| crate::tariff::import::column_header(&c.key, c.kind))
    };
    columns
        .iter()
        .map(|c| ColumnView {
            key: c.key.clone(),
            kind: c.kind,
            label: label(c),
            waived: (c.kind == ColumnKind::Tax && !c.waived_by.is_empty()).then(|| {
                let regimes: Vec<String> = c.waiving(columns).map(label).collect();
                let or = format!(" {} ", frame.text("origin-or", None));
                super::calculator::waived_text(frame, &regimes.join(&or))
            }),
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
pub(super) fn chapter_columns(frame: &Frame<'_>, chapter: &Chapter) -> Vec<ColumnView> {
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

/// A text column's cell.
#[derive(Serialize)]
pub(super) struct TextView {
    pub(super) key: String,
    pub(super) text: String,
    /// The text as HTML, its references (`M-12`, `0901.11`) linked.
    pub(super) html: String,
    pub(super) lang: Option<String>,
}

/// One row of a tariff table as a template shows it.
#[derive(Serialize)]
pub(super) struct Row {
    pub(super) code: Option<String>,
    pub(super) digits: Option<String>,
    pub(super) href: Option<String>,
    pub(super) description: String,
    pub(super) lang: Option<String>,
    pub(super) depth: usize,
    pub(super) group: bool,
    pub(super) leaf: bool,
    pub(super) level: Option<CodeLevel>,
    pub(super) rates: Vec<RateView>,
    pub(super) data: BTreeMap<String, String>,
    pub(super) texts: Vec<TextView>,
    /// Set when the line is not in force on the reference date.
    pub(super) status: Option<StatusView>,
    /// Whether any rate of the row has dated values (the code page then
    /// shows the timeline table).
    pub(super) dated: bool,
    /// The day what the row shows of its rates began (`rates::code_since`).
    #[serde(skip)]
    pub(super) since: Option<jiff::civil::Date>,
}

impl Row {
    /// The row's cell for rate or tax column `key`, if it has one.
    pub(super) fn rate(&self, key: &str) -> Option<&RateView> {
        self.rates.iter().find(|r| r.key() == key)
    }

    /// The row's cell for text column `key`, if it has one.
    pub(super) fn text(&self, key: &str) -> Option<&TextView> {
        self.texts.iter().find(|t| t.key == key)
    }
}

/// The default language's code, for a text shown in it (`fallback`).
pub(super) fn foreign(frame: &Frame<'_>, fallback: bool) -> Option<String> {
    fallback.then(|| frame.site.config.default_language.clone())
}

/// The row of code `index`, `depth` counted from `depth_offset`; with each
/// rate's whole timeline or not (`shown`).
pub(super) fn code_row(
    frame: &Frame<'_>,
    from: &str,
    index: usize,
    depth_offset: usize,
    shown: Timeline,
) -> Row {
    let site = frame.site;
    let code = &site.tariff.codes[index];
    let (description, fallback) = code.description(frame.lang);
    let mut rates = Vec::new();
    let mut texts = Vec::new();
    for column in &site.tariff.columns {
        match column.kind {
            ColumnKind::Rate | ColumnKind::Tax => {
                if let Some(cell) = code.rates.get(&column.key) {
                    rates.push(rate_view(
                        frame,
                        &code.digits,
                        &column.key,
                        cell,
                        (shown, code.validity),
                    ));
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
        href: Some(frame.code_href(from, &code.digits)),
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

/// Every row of `chapter`'s table, grouping lines included, as seen
/// from page `from`.
pub(super) fn chapter_rows(
    frame: &Frame<'_>,
    from: &str,
    chapter: &Chapter,
    shown: Timeline,
) -> Vec<Row> {
    chapter
        .rows
        .iter()
        .map(|row| match row {
            ChapterRow::Code(i) => code_row(frame, from, *i, 0, shown),
            ChapterRow::Group {
                depth,
                descriptions,
            } => group_row(frame, *depth, descriptions, 0),
        })
        .collect()
}

/// Whether table rows carry their rates' whole timelines: only when they
/// are data for a template (`Frame::table_data`), as the table shows the
/// rate in force and the next one.
pub(super) fn table_timeline(frame: &Frame<'_>) -> Timeline {
    if frame.table_data {
        Timeline::Whole
    } else {
        Timeline::Skipped
    }
}

/// The rows under `index` in its chapter's table, in order, with the
/// grouping lines that lead to them.
pub(super) fn descendant_rows(
    frame: &Frame<'_>,
    from: &str,
    chapter: &Chapter,
    index: usize,
) -> Vec<Row> {
    let shown = table_timeline(frame);
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
                rows.push(code_row(frame, from, *i, offset, shown));
            }
        }
    }
    rows
}

/// `macros.html`'s `tariff_table`: the table of `table_rows` (written by
/// [`table_rows`]) under `columns`, named by `caption`.
pub(super) fn write_table(
    w: &mut ThemeHtml<'_>,
    table_rows: &str,
    columns: &[ColumnView],
    caption: &str,
) -> Result<(), MissingMessage> {
    w.raw("\n<div class=\"table-scroll\" role=\"region\" aria-label=\"");
    w.text(caption);
    w.raw("\" tabindex=\"0\">\n<table class=\"tariff\">\n  <caption>");
    w.text(caption);
    w.raw("</caption>\n  <thead>\n    <tr>\n      <th scope=\"col\">");
    w.message("tariff-col-code")?;
    w.raw("</th>\n      <th scope=\"col\">");
    w.message("tariff-col-description")?;
    w.raw("</th>");
    for column in columns {
        w.raw("\n      <th scope=\"col\" class=\"col-");
        w.raw(kind_name(column.kind));
        w.raw("\">");
        if column.explained() {
            w.raw("<a href=\"#col-");
            w.text(&column.key);
            w.raw("\">");
            w.text(&column.label);
            w.raw("</a>");
        } else {
            w.text(&column.label);
        }
        w.raw("</th>");
    }
    w.raw("\n    </tr>\n  </thead>\n  <tbody>");
    w.raw(table_rows);
    w.raw("\n  </tbody>\n</table>\n</div>\n");
    Ok(())
}

/// `macros.html`'s `column_glossary`: what each column's name means,
/// where kb.toml describes it.
pub(super) fn write_glossary(
    w: &mut ThemeHtml<'_>,
    columns: &[ColumnView],
) -> Result<(), MissingMessage> {
    // Tera's `filter(attribute="description")` keeps an empty description.
    if (columns.iter()).any(|c| c.description.is_some() || c.waived.is_some()) {
        w.raw("\n<section class=\"column-glossary\" aria-labelledby=\"columns-title\">\n  <h2 id=\"columns-title\">");
        w.message("tariff-columns-title")?;
        w.raw("</h2>\n  <dl>");
        for column in columns.iter().filter(|c| c.explained()) {
            w.raw("\n    <div id=\"col-");
            w.text(&column.key);
            w.raw("\"><dt>");
            w.text(&column.label);
            w.raw("</dt>");
            if let Some(description) = filled(&column.description) {
                w.raw("\n    <dd");
                w.lang_mark(column.description_lang.as_deref());
                w.raw(">");
                w.text(description);
                w.raw("</dd>");
            }
            if let Some(waived) = &column.waived {
                w.raw("\n    <dd class=\"tax-waived\">");
                w.text(waived);
                w.raw("</dd>");
            }
            w.raw("</div>");
        }
        w.raw("\n  </dl>\n</section>");
    }
    w.raw("\n");
    Ok(())
}

/// A column's kind as templates name it.
fn kind_name(kind: ColumnKind) -> &'static str {
    match kind {
        ColumnKind::Data => "data",
        ColumnKind::Rate => "rate",
        ColumnKind::Tax => "tax",
        ColumnKind::Text => "text",
    }
}

/// A heading of a chapter, for the chapter page's index of headings.
#[derive(Serialize)]
pub(super) struct HeadingLink<'a> {
    code: Option<&'a str>,
    digits: Option<&'a str>,
    description: &'a str,
    lang: Option<&'a str>,
}

/// The headings among `rows`, in order.
pub(super) fn heading_links(rows: &[Row]) -> Vec<HeadingLink<'_>> {
    rows.iter()
        .filter(|row| row.level == Some(CodeLevel::Heading))
        .map(|row| HeadingLink {
            code: row.code.as_deref(),
            digits: row.digits.as_deref(),
            description: &row.description,
            lang: row.lang.as_deref(),
        })
        .collect()
}

/// `rows` as the `<tr>` elements of a table with `columns`, each on its
/// own line indented for a `<tbody>`.
pub(super) fn table_rows(rows: &[Row], columns: &[ColumnView]) -> String {
    let mut html = String::with_capacity(rows.len() * 512);
    for row in rows {
        write_row(&mut html, row, columns);
    }
    html
}

fn write_row(html: &mut String, row: &Row, columns: &[ColumnView]) {
    html.push_str("\n    <tr class=\"");
    if row.group {
        html.push_str("group");
    } else if let Some(level) = row.level {
        html.push_str(level_name(level));
    }
    if row.leaf {
        html.push_str(" leaf");
    }
    html.push('"');
    if let (Some(digits), Some(CodeLevel::Heading)) = (filled(&row.digits), row.level) {
        html.push_str(" id=\"h");
        text(html, digits);
        html.push('"');
    }
    html.push('>');
    match filled(&row.code) {
        Some(code) => {
            html.push_str("\n      <th scope=\"row\" class=\"code\"><a href=\"");
            text(html, row.href.as_deref().unwrap_or_default());
            html.push_str("\">");
            text(html, code);
            html.push_str("</a></th>");
        }
        None => html.push_str("\n      <td class=\"code\"></td>"),
    }
    html.push_str("\n      <td class=\"desc depth-");
    html.push_str(&row.depth.min(6).to_string());
    html.push_str("\">");
    in_language(html, row.lang.as_deref(), |html| {
        text(html, &row.description)
    });
    if let Some(status) = &row.status {
        html.push_str("<span class=\"line-status line-");
        text(html, status.state);
        html.push_str("\">");
        text(html, &status.text);
        html.push_str("</span>");
    }
    html.push_str("</td>");
    for column in columns {
        match column.kind {
            ColumnKind::Rate | ColumnKind::Tax => rate_cell(html, row, column),
            ColumnKind::Text => {
                let cell = row.text(&column.key);
                html.push_str("\n      <td class=\"text\" data-label=\"");
                text(html, &column.label);
                html.push_str("\">");
                if let Some(cell) = cell {
                    in_language(html, cell.lang.as_deref(), |html| html.push_str(&cell.html));
                }
                html.push_str("</td>");
            }
            ColumnKind::Data => {
                html.push_str("\n      <td class=\"data\" data-label=\"");
                text(html, &column.label);
                html.push_str("\">");
                if let Some(value) = row.data.get(&column.key) {
                    text(html, value);
                }
                html.push_str("</td>");
            }
        }
    }
    html.push_str("\n    </tr>");
}

/// A rate or tax cell: the rate in force (as written in its `title`) and
/// the next scheduled one.
fn rate_cell(html: &mut String, row: &Row, column: &ColumnView) {
    let cell = row.rate(&column.key);
    html.push_str("\n      <td class=\"rate\" data-label=\"");
    text(html, &column.label);
    html.push_str("\">");
    if let Some(cell) = cell {
        let (shown, written) = cell.in_force();
        if !shown.is_empty() {
            html.push_str("<span title=\"");
            text(html, written);
            html.push_str("\">");
            text(html, shown);
            html.push_str("</span>");
        }
        if let Some((iso, next)) = cell.next() {
            html.push_str("<span class=\"rate-next\"><time datetime=\"");
            text(html, iso);
            html.push_str("\">");
            text(html, next);
            html.push_str("</time></span>");
        }
    }
    html.push_str("</td>");
}

/// A cell's text, in a `<span lang dir="auto">` where it is in another
/// language than the page's. The mark is on the text, not on the cell: the
/// cell keeps the table's direction (its alignment and its depth's indent
/// on an Arabic page stay by the code), and what else it holds, a line's
/// status or a phone's column label, is in the page's language.
fn in_language(html: &mut String, lang: Option<&str>, write: impl FnOnce(&mut String)) {
    match lang.filter(|l| !l.is_empty()) {
        Some(_) => {
            html.push_str("<span");
            lang_mark(html, lang);
            html.push('>');
            write(html);
            html.push_str("</span>");
        }
        None => write(html),
    }
}

/// A value a template would test as true: set and not empty.
pub(super) fn filled(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

/// Text escaped as Tera's autoescape does it in this theme.
pub(super) fn text(html: &mut String, value: &str) {
    escape_into(html, value, true);
}

pub(super) fn level_name(level: CodeLevel) -> &'static str {
    match level {
        CodeLevel::Heading => "heading",
        CodeLevel::Subheading => "subheading",
        CodeLevel::NationalLine => "national_line",
    }
}
