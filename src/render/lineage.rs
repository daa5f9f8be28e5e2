//! A code page's lineage: the codes above it, as links with their
//! descriptions, and the grouping lines between them (`Roasted:`), which
//! have no page and are shown as text (see `tariff::lineage`).

use serde::Serialize;

use crate::html::escape_into;
use crate::tariff::lineage::described;
use crate::tariff::CodeLevel;

use super::context::Frame;
use super::tariff_table::foreign;
use super::theme_html::lang_mark;

/// A code above a code page's own, for the page's lineage: a link with
/// its description, not a whole row. The default theme shows no more,
/// and the rates, notes and data of every ancestor of every code cost
/// about 4 % of a national build (docs/performance.md). A grouping line
/// of the lineage is one too, with `group` set and no code, link or level.
#[derive(Serialize)]
pub(super) struct AncestorLink {
    code: String,
    digits: String,
    href: String,
    pub(super) description: String,
    lang: Option<String>,
    level: Option<CodeLevel>,
    group: bool,
}

/// The link to code `index` from the page at `from`.
pub(super) fn ancestor_link(frame: &Frame<'_>, from: &str, index: usize) -> AncestorLink {
    let code = &frame.site.tariff.codes[index];
    let (description, fallback) = code.description(frame.lang);
    AncestorLink {
        code: code.display.clone(),
        digits: code.digits.clone(),
        href: frame.code_href(from, &code.digits),
        description: description.to_string(),
        lang: foreign(frame, fallback),
        level: Some(code.level),
        group: false,
    }
}

/// A grouping line of a lineage, its text per language in `descriptions`
/// (the original's where the page's language has none, marked so).
pub(super) fn group_link(frame: &Frame<'_>, descriptions: &[Option<String>]) -> AncestorLink {
    let (description, fallback) = described(descriptions, frame.lang);
    AncestorLink {
        code: String::new(),
        digits: String::new(),
        href: String::new(),
        description: description.to_string(),
        lang: foreign(frame, fallback),
        level: None,
        group: true,
    }
}

/// A code page's lineage written out as its `<li>` items, one per line,
/// as the default theme's loop over `lineage` wrote them: a code as a
/// link, a grouping line as text.
pub(super) fn lineage_items(lineage: &[AncestorLink]) -> String {
    let mut html = String::new();
    for link in lineage {
        if link.group {
            html.push_str("\n    <li class=\"lineage-group\"><span");
            lang_mark(&mut html, link.lang.as_deref());
            html.push('>');
            escape_into(&mut html, &link.description, true);
            html.push_str("</span></li>");
            continue;
        }
        html.push_str("\n    <li><a href=\"");
        escape_into(&mut html, &link.href, true);
        html.push_str("\"><span class=\"code-number\">");
        escape_into(&mut html, &link.code, true);
        html.push_str("</span> <span");
        lang_mark(&mut html, link.lang.as_deref());
        html.push('>');
        escape_into(&mut html, &link.description, true);
        html.push_str("</span></a></li>");
    }
    html
}
