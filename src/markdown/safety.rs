//! What a body's HTML may hold: the rule every Markdown event goes through
//! (raw HTML escaped, heading attributes and table styles dropped), script
//! URLs, the allow-list for raw HTML a site allows, and escaping.

use std::sync::OnceLock;

use pulldown_cmark::{Event, Tag};

use super::MarkdownOptions;

/// The one rule every Markdown event goes through before it becomes HTML:
/// raw HTML is text unless the site allows it (and then it is sanitised at
/// the end); a heading keeps only its id and plain classes, never other
/// attributes (`{#x onfocus=…}`); table alignment, which pulldown-cmark writes as a `style`
/// attribute that the Content-Security-Policy would block, is dropped.
/// Working on events keeps this linear in the size of the body, whatever
/// its nesting.
pub(super) fn safe_event(event: Event<'_>, options: MarkdownOptions) -> Event<'_> {
    match event {
        Event::Html(h) | Event::InlineHtml(h) if !options.allow_html => Event::Text(h),
        Event::Start(Tag::Heading {
            level, id, classes, ..
        }) => Event::Start(Tag::Heading {
            level,
            id,
            classes: classes.into_iter().filter(|c| is_safe_class(c)).collect(),
            attrs: Vec::new(),
        }),
        Event::Start(Tag::Table(alignments)) => Event::Start(Tag::Table(
            alignments
                .iter()
                .map(|_| pulldown_cmark::Alignment::None)
                .collect(),
        )),
        other => other,
    }
}

/// Whether a URL would run script when followed.
pub fn is_script_url(url: &str) -> bool {
    let lowered: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    lowered.starts_with("javascript:")
        || lowered.starts_with("vbscript:")
        || lowered.starts_with("data:")
}

/// Whether a class from `{.class}` is a plain CSS class name.
pub(super) fn is_safe_class(class: &str) -> bool {
    !class.is_empty()
        && class
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// The allow-list every rendered body goes through: ammonia's safe
/// defaults (no script, no event handler, no style, only safe URL
/// schemes), plus what kb's Markdown itself writes: ids and classes,
/// `lang` and `dir`, task-list checkboxes and the language of code blocks.
pub(super) fn sanitize(html: &str) -> String {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER
        .get_or_init(|| {
            let mut builder = ammonia::Builder::default();
            builder
                .add_generic_attributes(["class", "id", "lang", "dir"])
                .add_tags(["input"])
                .add_tag_attributes("input", ["type", "checked", "disabled"])
                .add_tag_attributes("pre", ["data-lang"])
                .add_tag_attributes("ol", ["start"])
                .link_rel(None);
            builder
        })
        .clean(html)
        .to_string()
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).ok();
    out
}
