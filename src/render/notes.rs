//! References in the text cells of the tariff (notes) made links: a
//! measure, legal text or form named by its number (`see measure M-12`)
//! links to its page, and a tariff code written with dots (`0901.11`,
//! `8517.13.00`) to the code's page (issue 15). Dotless numbers are left
//! alone: "2009" is more often a year than heading 20.09. A code link is
//! written left to right (`dir="ltr"`), isolated inside Arabic text.

use crate::entities::{EntityData, EntityKind};
use crate::urls::Urls;

use super::context::Frame;

/// Escapes `text` for HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page key of the entity whose official number is `number`.
fn numbered_entity(frame: &Frame<'_>, number: &str) -> Option<String> {
    let entities = &frame.site.entities;
    [EntityKind::Measure, EntityKind::Legal, EntityKind::Form]
        .into_iter()
        .flat_map(|kind| entities.of_kind(kind))
        .find(|e| {
            let own = match e.original() {
                EntityData::Measure(m) => m.number.as_deref(),
                EntityData::Legal(l) => l.number.as_deref(),
                EntityData::Form(f) => f.number.as_deref(),
                _ => None,
            };
            own.is_some_and(|n| n.eq_ignore_ascii_case(number))
        })
        .map(|e| e.page_key.clone())
}

/// Where a token links to, if it is a reference this site can resolve.
fn target(frame: &Frame<'_>, token: &str) -> Option<(String, bool)> {
    let is_code = token.contains('.')
        && token.chars().all(|c| c.is_ascii_digit() || c == '.')
        && token.split('.').all(|g| !g.is_empty());
    if is_code {
        let code = frame.site.tariff.code(token)?;
        return Some((frame.path(&Urls::code_page(&code.digits)), true));
    }
    let is_number = token.contains('-')
        && token.chars().any(|c| c.is_ascii_digit())
        && token.chars().any(|c| c.is_alphabetic());
    if is_number {
        let key = numbered_entity(frame, token)?;
        let page = frame.site.page(&key)?;
        return Some((frame.path(&page.path), false));
    }
    None
}

/// `text` as HTML, with each reference it makes linked from `from`.
pub(crate) fn linked_note(frame: &Frame<'_>, from: &str, text: &str) -> String {
    let mut html = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        // A token: letters, digits, `.` and `-`, not ending in `.` or `-`.
        let start = rest
            .char_indices()
            .find(|(_, c)| c.is_alphanumeric())
            .map_or(rest.len(), |(i, _)| i);
        html.push_str(&escape(&rest[..start]));
        rest = &rest[start..];
        let end = rest
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '.' || *c == '-'))
            .map_or(rest.len(), |(i, _)| i);
        let token = rest[..end].trim_end_matches(['.', '-']);
        if token.is_empty() {
            break;
        }
        match target(frame, token) {
            Some((to, code)) => html.push_str(&format!(
                "<a href=\"{}\"{}>{}</a>",
                escape(&frame.href(from, &to)),
                if code {
                    " class=\"code-ref\" dir=\"ltr\""
                } else {
                    " class=\"number-ref\""
                },
                escape(token)
            )),
            None => html.push_str(&escape(token)),
        }
        rest = &rest[token.len()..];
    }
    html
}
