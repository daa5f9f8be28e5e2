//! A tariff line's rates written out (`rate_list`): the `<div
//! class="rate-item">` elements of its page's rate list, one per column
//! with something to show, as `table_rows` writes a table's rows.
//!
//! The default theme once made them in Tera, looping over the columns and
//! looking up each one's cell and rule of origin: on a national tariff
//! that loop was the costliest part of a line's page (docs/performance.md).
//! A theme that wants its own markup still has `code.rates`, `code.texts`,
//! `code.data`, `columns` and `origin` (docs/templates.md#tariff-templates).

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;

use crate::config::ColumnKind;

use super::context::Frame;
use super::links::Link;
use super::origin::OriginView;
use super::tariff_table::{filled, text, ColumnView, Row};
use super::theme_html::lang_mark;

/// The items of the rate list of `code` (a line's own row): for each
/// column, its rate (or "no rate") and the next one, the rule of origin
/// under it; a tax only where the line levies it; a data or text column
/// only where the line has a value. Rates and taxes come first, in the
/// order of the columns, then data and texts: on a phone the first screen
/// shows the rate, not a whole item for the unit above it.
pub(super) fn rate_list(
    frame: &Frame<'_>,
    code: &Row,
    columns: &[ColumnView],
    origin: &BTreeMap<String, OriginView>,
) -> String {
    let mut html = String::with_capacity(columns.len() * 160);
    let is_rate = |c: &&ColumnView| matches!(c.kind, ColumnKind::Rate | ColumnKind::Tax);
    let rates = columns.iter().filter(is_rate);
    for column in rates.chain(columns.iter().filter(|c| !is_rate(c))) {
        match column.kind {
            ColumnKind::Rate | ColumnKind::Tax => {
                let cell = code.rate(&column.key);
                let shown = cell.map(|c| c.in_force().0).filter(|s| !s.is_empty());
                if column.kind == ColumnKind::Tax && shown.is_none() {
                    continue;
                }
                item_start(&mut html, "rate-item", &column.label);
                html.push_str("\n        <dd><span class=\"rate-now\">");
                match shown {
                    Some(shown) => text(&mut html, shown),
                    None => text(&mut html, &frame.text("tariff-no-rate", None)),
                }
                html.push_str("</span>");
                if let Some((iso, next)) = cell.and_then(|c| c.next()) {
                    html.push_str("\n          <span class=\"rate-next\"><time datetime=\"");
                    text(&mut html, iso);
                    html.push_str("\">");
                    text(&mut html, next);
                    html.push_str("</time></span>");
                }
                if let Some(rule) = origin.get(&column.key) {
                    origin_rule(&mut html, frame, rule);
                }
                html.push_str("</dd>");
                if let Some(description) = filled(&column.description) {
                    html.push_str("<dd class=\"rate-about\"");
                    lang_mark(&mut html, column.description_lang.as_deref());
                    html.push('>');
                    text(&mut html, description);
                    html.push_str("</dd>");
                }
                // The regimes that waive a tax, in the page's language.
                if let Some(waived) = &column.waived {
                    html.push_str("<dd class=\"rate-about tax-waived\">");
                    text(&mut html, waived);
                    html.push_str("</dd>");
                }
            }
            ColumnKind::Data => {
                let Some(value) = code.data.get(&column.key).filter(|v| !v.is_empty()) else {
                    continue;
                };
                item_start(&mut html, "rate-item", &column.label);
                html.push_str("\n        <dd>");
                text(&mut html, value);
                html.push_str("</dd>");
            }
            ColumnKind::Text => {
                let Some(cell) = code.text(&column.key).filter(|t| !t.text.is_empty()) else {
                    continue;
                };
                item_start(&mut html, "rate-item text-item", &column.label);
                html.push_str("\n        <dd");
                lang_mark(&mut html, cell.lang.as_deref());
                html.push('>');
                html.push_str(&cell.html);
                html.push_str("</dd>");
            }
        }
        html.push_str("\n      </div>");
    }
    html
}

/// An item's opening and its term, the column's label.
fn item_start(html: &mut String, class: &str, label: &str) {
    html.push_str("\n      <div class=\"");
    html.push_str(class);
    html.push_str("\">\n        <dt>");
    text(html, label);
    html.push_str("</dt>");
}

/// The rule of origin under a preferential rate: the rule as written, in
/// words, the proof, and links to the rules and the agreement.
fn origin_rule(html: &mut String, frame: &Frame<'_>, view: &OriginView) {
    html.push_str("\n          <span class=\"origin-rule\">");
    let (before, after) = label_around(frame, &frame.text("origin-rule", None));
    text(html, &before);
    html.push_str("<abbr title=\"");
    text(html, &view.rule.words);
    html.push_str("\">");
    // The rule's grammar is English (`WO or RVC 40`) in every language;
    // the words after it are the reader's.
    if crate::lang::base_language(frame.lang.code()) == "en" {
        text(html, &view.rule.written);
    } else {
        html.push_str("<span lang=\"en\" dir=\"ltr\">");
        text(html, &view.rule.written);
        html.push_str("</span>");
    }
    html.push_str("</abbr> (");
    text(html, &view.rule.words);
    html.push(')');
    text(html, &after);
    html.push('.');
    if let Some(proof) = filled(&view.proof) {
        html.push(' ');
        let (before, after) = label_around(frame, &frame.text("origin-proof", None));
        text(html, &before);
        // The agreement's page may not be in the reader's language yet:
        // its proof is then in the original's, and marked so.
        match view.rules.lang.as_deref() {
            Some(lang) => {
                html.push_str("<span");
                lang_mark(html, Some(lang));
                html.push('>');
                text(html, proof);
                html.push_str("</span>");
            }
            None => text(html, proof),
        }
        text(html, &after);
        html.push('.');
    }
    html.push_str("\n          ");
    link(html, &view.rules);
    if let Some(agreement) = &view.agreement {
        html.push_str(" · ");
        link(html, agreement);
    }
    html.push_str("</span>");
}

/// What comes before and after a value given with its label, the
/// language's way (`Rule of origin: `, `Règle d’origine : `, `原产地规则：`),
/// from the message `label-value`: for a value written as HTML.
fn label_around(frame: &Frame<'_>, label: &str) -> (String, String) {
    const VALUE: &str = "\u{1}";
    let mut args = FluentArgs::new();
    args.set("label", label.to_string());
    args.set("value", VALUE);
    let text = frame.text("label-value", Some(&args));
    match text.split_once(VALUE) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (format!("{label}: "), String::new()),
    }
}

fn link(html: &mut String, link: &Link) {
    html.push_str("<a href=\"");
    text(html, &link.href);
    html.push('"');
    lang_mark(html, link.lang.as_deref());
    html.push('>');
    text(html, &link.title);
    html.push_str("</a>");
}
