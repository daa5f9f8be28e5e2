//! References in the text cells of the tariff (notes) made links: a
//! measure, legal text or form named by its number (`see measure M-12`)
//! links to its page, and a tariff code written with dots (`0901.11`,
//! `8517.13.00`) to the code's page (issue 15). Dotless numbers are left
//! alone: "2009" is more often a year than heading 20.09. A code link is
//! written left to right (`dir="ltr"`), isolated inside Arabic text.

use crate::entities::{EntityData, EntityKind};
use crate::urls::Urls;

use super::context::Frame;

/// Notes are escaped as the text of an element or a double-quoted
/// attribute: `'` stays as written.
fn escape_into(html: &mut String, text: &str) {
    crate::html::escape_into(html, text, false);
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
    let mut html = String::with_capacity(text.len() + 16);
    // Every reference has an ASCII digit; a note without one (most) is
    // only escaped. A note is made again in every table that shows it.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        escape_into(&mut html, text);
        return html;
    }
    link_tokens(&mut html, text, |token| {
        let (to, code) = target(frame, token)?;
        let mut tag = String::from("<a href=\"");
        escape_into(&mut tag, &frame.href(from, &to));
        tag.push_str(if code {
            "\" class=\"code-ref\" dir=\"ltr\">"
        } else {
            "\" class=\"number-ref\">"
        });
        Some(tag)
    });
    html
}

/// Whether `c` can be part of a reference: `0901.11`, `M-12`.
fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || c == '.' || c == '-'
}

/// Appends `text` escaped to `html`, with each token that `open` resolves
/// wrapped in the opening tag it returns and `</a>`. A token is a run of
/// letters, digits, `.` and `-` without its leading or trailing `.` and
/// `-`. Both kinds of reference hold an ASCII digit, so only the runs
/// around one are looked at: most words of a note are never resolved.
fn link_tokens(html: &mut String, text: &str, mut open: impl FnMut(&str) -> Option<String>) {
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(u8::is_ascii_digit) {
        let digit = at + offset;
        let run_start = text[..digit]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_token_char(*c))
            .last()
            .map_or(digit, |(i, _)| i);
        let run_end = text[digit..]
            .char_indices()
            .find(|(_, c)| !is_token_char(*c))
            .map_or(text.len(), |(i, _)| digit + i);
        let run = &text[run_start..run_end];
        let token = run.trim_matches(['.', '-']);
        let token_start = run_start + (run.len() - run.trim_start_matches(['.', '-']).len());
        if let Some(tag) = open(token) {
            escape_into(html, &text[copied..token_start]);
            html.push_str(&tag);
            escape_into(html, token);
            html.push_str("</a>");
            copied = token_start + token.len();
        }
        at = run_end;
    }
    escape_into(html, &text[copied..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule as first written, word by word: the oracle.
    fn linked_word_by_word(text: &str, open: impl Fn(&str) -> Option<String>) -> String {
        let escape = |t: &str| {
            t.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        };
        let mut html = String::new();
        let mut rest = text;
        while !rest.is_empty() {
            let start = rest
                .char_indices()
                .find(|(_, c)| c.is_alphanumeric())
                .map_or(rest.len(), |(i, _)| i);
            html.push_str(&escape(&rest[..start]));
            rest = &rest[start..];
            let end = rest
                .char_indices()
                .find(|(_, c)| !is_token_char(*c))
                .map_or(rest.len(), |(i, _)| i);
            let token = rest[..end].trim_end_matches(['.', '-']);
            if token.is_empty() {
                break;
            }
            match open(token) {
                Some(tag) => html.push_str(&format!("{tag}{}</a>", escape(token))),
                None => html.push_str(&escape(token)),
            }
            rest = &rest[token.len()..];
        }
        html
    }

    fn open(token: &str) -> Option<String> {
        let code = token.contains('.')
            && token.chars().all(|c| c.is_ascii_digit() || c == '.')
            && token.split('.').all(|g| !g.is_empty());
        let number = token.contains('-') && token.chars().any(|c| c.is_ascii_digit());
        (code || number).then(|| format!("<a href=\"/{token}/\">"))
    }

    #[test]
    fn links_the_same_tokens_as_the_word_by_word_rule() {
        let notes = [
            "",
            "see measure M-12.",
            "Heading 0901.11, and 8517.13.00; not 2009.",
            "..0901.11.. -M-12- <b>&\"x\"</b>",
            "القهوة 0901.21 غير محمصة، انظر M-3",
            "cà phê 0901.11–0901.12 (xem L-2025-7).",
            "a.b-c 12 3.4.5 -.-. 1.-2 x",
            "naïve 09é01.11 ٣.٤ 0901.11€",
            "trailing 0901.",
        ];
        for note in notes {
            let mut fast = String::new();
            link_tokens(&mut fast, note, open);
            assert_eq!(fast, linked_word_by_word(note, open), "{note}");
        }
    }

    #[test]
    fn escapes_in_one_pass() {
        let mut html = String::from("<p>");
        escape_into(&mut html, "a & b < c > \"d\" é");
        assert_eq!(html, "<p>a &amp; b &lt; c &gt; &quot;d&quot; é");
    }
}
