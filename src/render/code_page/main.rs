//! The main block of a tariff code's page written by kb, byte for byte as
//! the default theme's `tariff-code.html` and its macros and includes
//! write it, used while a site has not changed any of those templates
//! (`Templates::writes_code_pages`). Code pages are most of a tariff site:
//! on the national corpus, rendering their main block in Tera and giving it
//! the page's data as Tera values took about a quarter of a build
//! (docs/performance.md). A theme that changes a code page's templates gets
//! them rendered by Tera as before; `tests/it/code_page.rs` holds the two
//! ways to the same bytes.

use crate::config::ColumnKind;
use crate::i18n::MissingMessage;

use super::context::CodeContext;
use crate::render::changes::{EntryView, FeedLink};
use crate::render::tariff_table::{ColumnView, Row};
use crate::render::theme_html::ThemeHtml;

/// The main block of the code page `c`, with its `history` and the
/// `feeds` that carry it.
pub(super) fn main_block(
    w: &mut ThemeHtml<'_>,
    c: &CodeContext<'_>,
    history: &[EntryView],
    feeds: &[FeedLink],
) -> Result<(), MissingMessage> {
    w.raw("\n");
    translation_notice(w, c)?;
    w.raw("\n<article class=\"tariff-code\">");
    if !c.lineage.is_empty() {
        w.raw("\n  <ol class=\"lineage\">");
        w.raw(&c.lineage_items);
        w.raw("\n  </ol>");
    }
    heading(w, c)?;
    if c.code.leaf {
        rates_section(w, c)?;
        if let Some(calculator) = &c.calculator {
            calculator.write(w, c.shell.calc_href())?;
        }
        if c.code.dated {
            timeline(w, &c.code, &c.columns)?;
        }
    } else {
        let code = c.code.code.as_deref().unwrap_or_default();
        w.raw("\n  <section>\n    <h2 id=\"lines-title\">");
        let caption = w.said_with("tariff-lines-under", "code", code)?;
        w.text(&caption);
        w.raw("</h2>\n    ");
        crate::render::tariff_table::write_table(w, &c.table_rows, &c.columns, &caption)?;
        w.raw("\n  </section>\n  ");
        crate::render::tariff_table::write_glossary(w, &c.columns)?;
    }
    w.raw("\n  ");
    crate::render::quotas::write_quotas(w, &c.quotas)?;
    crate::render::rulings::write_rulings(w, &c.rulings)?;
    w.raw("\n");
    w.raw("\n  ");
    applies(w, &c.applies)?;
    w.raw("\n  ");
    w.raw("\n  ");
    crate::render::changes::write_history(w, history, feeds)?;
    chapter_notes(w, c)?;
    w.raw("\n  <p><a href=\"");
    w.text(&c.chapter.href);
    w.raw("\">");
    w.message_with("tariff-see-chapter", "number", &c.chapter.number)?;
    w.raw("</a></p>\n</article>\n");
    Ok(())
}

/// `macros.html`'s `translation_notice`: a code page is shown in its own
/// language or, untranslated, in the default one (never stale).
fn translation_notice(w: &mut ThemeHtml<'_>, c: &CodeContext<'_>) -> Result<(), MissingMessage> {
    if c.page.state == "missing" {
        let original = c.shell.default_language_name();
        w.raw("\n<p class=\"notice notice-untranslated\" role=\"note\">");
        w.message_with("notice-untranslated", "original", original)?;
        w.raw("\n  <a href=\"");
        w.text(&c.page.original_href);
        w.raw("\" hreflang=\"");
        w.text(&c.page.content_lang);
        w.raw("\">");
        w.message_with("notice-read-original", "original", original)?;
        w.raw("</a></p>");
    }
    w.raw("\n");
    Ok(())
}

/// The code's level, number and description, why it is not in force, and
/// the lines that replace it or that it replaces.
fn heading(w: &mut ThemeHtml<'_>, c: &CodeContext<'_>) -> Result<(), MissingMessage> {
    let code = &c.code;
    w.raw("\n  <p class=\"code-level\">");
    let level = code
        .level
        .map(crate::render::tariff_table::level_name)
        .unwrap_or_default();
    w.message(&format!("tariff-level-{level}"))?;
    w.raw("</p>\n  <h1><span class=\"code-number\">");
    w.text(code.code.as_deref().unwrap_or_default());
    w.raw("</span>\n    <span");
    if c.page.content_lang != c.shell.lang_code() {
        w.content_lang(&c.page.content_lang, &c.page.content_dir);
    }
    w.raw(">");
    w.text(&code.description);
    w.raw("</span></h1>");
    if let Some(status) = &code.status {
        w.raw("\n  <p class=\"line-status line-");
        w.text(status.state);
        w.raw("\" role=\"note\">");
        w.text(&status.text);
        w.raw("</p>");
    }
    for replacement in &c.replacements {
        w.raw("\n  <div class=\"line-replacement line-");
        w.text(replacement.kind);
        w.raw("\">\n    <p>");
        w.text(&replacement.text);
        w.raw("</p>\n    <ul class=\"replacement-lines\">");
        w.raw(&replacement.items);
        w.raw("\n    </ul>\n  </div>");
    }
    Ok(())
}

/// The chapter's notes, folded.
fn chapter_notes(w: &mut ThemeHtml<'_>, c: &CodeContext<'_>) -> Result<(), MissingMessage> {
    let chapter = &c.chapter;
    if chapter.notes.is_empty() {
        return Ok(());
    }
    w.raw("\n  <details class=\"chapter-notes\">\n    <summary>");
    w.message_with("tariff-chapter-notes-of", "number", &chapter.number)?;
    w.raw("</summary>\n    <div class=\"content\"");
    w.lang_mark(chapter.notes_lang.as_deref());
    w.raw(">\n");
    w.raw(&chapter.notes);
    w.raw("\n    </div>\n  </details>");
    Ok(())
}

/// A line's timeline table, as `tariff-code.html` writes it: a row group
/// for each rate or tax column of `columns` whose cell has dated values.
fn timeline(
    w: &mut ThemeHtml<'_>,
    code: &Row,
    columns: &[ColumnView],
) -> Result<(), MissingMessage> {
    w.raw("\n  <section class=\"timeline\">\n    <h2 id=\"timeline-title\">");
    w.message("tariff-timeline")?;
    w.raw("</h2>\n    <div class=\"table-scroll\" role=\"region\" aria-labelledby=\"timeline-title\" tabindex=\"0\">\n    <table class=\"timeline-table\">\n      <thead>\n        <tr>");
    for key in ["column", "rate", "from", "to", "state"] {
        w.raw("\n          <th scope=\"col\">");
        w.message(&format!("tariff-timeline-{key}"))?;
        w.raw("</th>");
    }
    w.raw("\n        </tr>\n      </thead>");
    for column in columns {
        if !matches!(column.kind, ColumnKind::Rate | ColumnKind::Tax) {
            continue;
        }
        let Some(cell) = code.rate(&column.key).filter(|cell| cell.dated()) else {
            continue;
        };
        w.raw("\n      <tbody>");
        for (i, value) in cell.timeline().iter().enumerate() {
            w.raw("\n        <tr class=\"state-");
            w.text(value.state);
            w.raw("\">");
            if i == 0 {
                w.raw("<th scope=\"rowgroup\" rowspan=\"");
                w.raw(&cell.timeline().len().to_string());
                w.raw("\">");
                w.text(&column.label);
                w.raw("</th>");
            }
            w.raw("\n          <td title=\"");
            w.text(&value.original);
            w.raw("\">");
            w.text(&value.rate);
            w.raw("</td>\n          <td>");
            timeline_day(w, &value.from, &value.from_iso);
            w.raw("</td>\n          <td>");
            timeline_day(w, &value.to, &value.to_iso);
            w.raw("</td>\n          <td>");
            w.message(&format!("tariff-state-{}", value.state))?;
            w.raw("</td>\n        </tr>");
        }
        w.raw("\n      </tbody>");
    }
    w.raw("\n    </table>\n    </div>\n  </section>");
    Ok(())
}

/// A day of the timeline table, or a dash where there is none.
fn timeline_day(w: &mut ThemeHtml<'_>, day: &Option<String>, iso: &Option<String>) {
    match day.as_deref().filter(|d| !d.is_empty()) {
        Some(day) => {
            w.raw("<time datetime=\"");
            w.text(iso.as_deref().unwrap_or_default());
            w.raw("\">");
            w.text(day);
            w.raw("</time>");
        }
        None => w.raw("—"),
    }
}

/// What concerns a code, as `tariff-code.html` writes it: a heading and
/// a list of links for each kind.
fn applies(
    w: &mut ThemeHtml<'_>,
    groups: &[crate::render::entities::LinkGroup],
) -> Result<(), MissingMessage> {
    if groups.is_empty() {
        return Ok(());
    }
    w.raw("\n  <section class=\"applies\" aria-labelledby=\"applies-title\">\n    <h2 id=\"applies-title\">");
    w.message("tariff-what-applies")?;
    w.raw("</h2>");
    for group in groups {
        w.raw("\n    <h3>");
        w.message(&format!("kind-plural-{}", group.key))?;
        w.raw("</h3>\n    <ul>");
        for entry in &group.links {
            w.raw("\n      <li>");
            entry.link.write(w);
            w.raw("</li>");
        }
        w.raw("\n    </ul>");
    }
    w.raw("\n  </section>");
    Ok(())
}

/// A line's rates section around its rate list, as `tariff-code.html`
/// writes it: headed by the line's first or last day when it is not in
/// force, else by the day the rates began when it is known.
fn rates_section(w: &mut ThemeHtml<'_>, c: &CodeContext) -> Result<(), MissingMessage> {
    w.raw("\n  <section class=\"rates\" aria-labelledby=\"rates-title\">\n    <h2 id=\"rates-title\">");
    let known = |d: &Option<String>| d.clone().filter(|d| !d.is_empty());
    match (
        known(&c.rates_from),
        known(&c.rates_until),
        known(&c.rates_since),
    ) {
        (Some(date), _, _) => w.message_with("tariff-rates-from", "date", &date)?,
        (None, Some(date), _) => w.message_with("tariff-rates-until", "date", &date)?,
        (None, None, Some(date)) => w.message_with("tariff-rates-since", "date", &date)?,
        _ => w.message("tariff-rates-current")?,
    }
    w.raw("</h2>\n    <dl class=\"rate-list\">");
    w.raw(&c.rate_list);
    w.raw("\n    </dl>\n  </section>");
    Ok(())
}
