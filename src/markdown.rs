//! Markdown bodies to HTML with pulldown-cmark: GFM tables, footnotes,
//! strikethrough, task lists, heading ids, code highlighted by syntect as CSS
//! classes, raw HTML escaped (or sanitised where the site allows it), and
//! every link handed to a [`Links`] resolver so that broken links are errors
//! with a file and line.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

use crate::diagnostics::{Diagnostic, SourceText};

/// Prefix of the CSS classes syntect writes, shared with the stylesheet.
pub const HIGHLIGHT_CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// A heading of a page, for anchors and the table of contents.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The anchor id (explicit `{#id}` or made from the text).
    pub id: String,
    /// The heading's plain text.
    pub text: String,
}

/// A body rendered to HTML.
#[derive(Debug, Clone, Default)]
pub struct RenderedMarkdown {
    /// The HTML.
    pub html: String,
    /// Every heading, in order.
    pub headings: Vec<Heading>,
    /// The body's plain text (for descriptions and search).
    pub text: String,
}

/// Why a link could not be resolved.
#[derive(Debug, Clone)]
pub struct LinkProblem {
    /// What is wrong.
    pub message: String,
    /// What would fix it.
    pub hint: String,
}

/// Resolves a link destination written in Markdown to the URL to write.
pub trait Links {
    /// The URL for `destination`, or why it is broken.
    fn resolve(&self, destination: &str) -> Result<String, LinkProblem>;
}

/// How bodies are rendered.
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkdownOptions {
    /// Keep raw HTML (sanitised) instead of escaping it.
    pub allow_html: bool,
}

fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The headings of a body and their ids, without rendering it: the first
/// pass, so that links to `page.md#anchor` can be checked while rendering.
pub fn headings(body: &str) -> Vec<Heading> {
    let mut ids = HashSet::new();
    let mut found = Vec::new();
    let mut current: Option<(u8, Option<String>, String)> = None;
    for event in Parser::new_ext(body, parser_options()) {
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                current = Some((
                    level_number(level),
                    id.map(|s| s.to_string()),
                    String::new(),
                ));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, text)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, id, text)) = current.take() {
                    let id = unique_id(&mut ids, id.unwrap_or_else(|| slugify(&text)));
                    found.push(Heading { level, id, text });
                }
            }
            _ => {}
        }
    }
    found
}

fn level_number(level: HeadingLevel) -> u8 {
    level as u8
}

/// Turns heading text into an anchor id: lowercase letters and digits of any
/// script, words joined by `-`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "section".into()
    } else {
        slug
    }
}

fn unique_id(ids: &mut HashSet<String>, id: String) -> String {
    let mut candidate = id.clone();
    let mut n = 1;
    while !ids.insert(candidate.clone()) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    candidate
}

/// A heading whose events are held until its text gives it an id.
type OpenHeading<'a> = (
    HeadingLevel,
    Option<CowStr<'a>>,
    Vec<CowStr<'a>>,
    Vec<Event<'a>>,
);

/// Renders the Markdown at `body` of `source`; link problems come back as
/// diagnostics pointing at the link.
pub fn render(
    source: &SourceText,
    body: Range<usize>,
    skip: &[Range<usize>],
    options: MarkdownOptions,
    links: &dyn Links,
) -> (RenderedMarkdown, Vec<Diagnostic>) {
    let text = &source.text[body.clone()];
    let mut problems = Vec::new();
    let mut out: Vec<Event<'_>> = Vec::new();
    let mut headings = Vec::new();
    let mut ids = HashSet::new();
    let mut plain = String::new();
    let mut heading: Option<OpenHeading<'_>> = None;
    let mut code: Option<(String, String)> = None;

    for (event, range) in Parser::new_ext(text, parser_options()).into_offset_iter() {
        let absolute = body.start + range.start;
        if skip.iter().any(|s| s.contains(&absolute)) {
            continue;
        }
        let event = safe_event(event, options);
        if let Some((_, buffer)) = code.as_mut() {
            match event {
                Event::Text(t) => buffer.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    let (lang, buffer) = code.take().unwrap_or_default();
                    plain.push_str(&buffer);
                    plain.push('\n');
                    out.push(Event::Html(highlight(&lang, &buffer).into()));
                }
                _ => {}
            }
            continue;
        }
        let event = match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new()));
                continue;
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = match links.resolve(&dest_url) {
                    Ok(url) => url.into(),
                    Err(problem) => {
                        let at = body.start + range.start;
                        problems.push(
                            Diagnostic::error("link", problem.message)
                                .at(source, at, body.start + range.end)
                                .hint(problem.hint),
                        );
                        dest_url
                    }
                };
                // Whatever the resolver said (and kb serve shows a page
                // even while its links are errors), never a script URL.
                let dest = if is_script_url(&dest) {
                    "".into()
                } else {
                    dest
                };
                Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                if is_script_url(&dest_url) {
                    let at = body.start + range.start;
                    problems.push(
                        Diagnostic::error("link", "an image may not point to a script URL")
                            .at(source, at, body.start + range.end)
                            .hint("point to an image file under static/"),
                    );
                    Event::Start(Tag::Image {
                        link_type,
                        dest_url: "".into(),
                        title,
                        id,
                    })
                } else {
                    Event::Start(Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        id,
                    })
                }
            }
            other => other,
        };
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                // Other attributes (`{#x onfocus=…}`) are dropped here:
                // a heading carries only its id and classes.
                attrs: _,
            }) => {
                heading = Some((level, id, classes, Vec::new()));
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some((_, id, classes, inner)) = heading.take() {
                    let text: String = inner
                        .iter()
                        .filter_map(|e| match e {
                            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                            _ => None,
                        })
                        .collect();
                    let id = unique_id(
                        &mut ids,
                        id.map(|s| s.to_string()).unwrap_or_else(|| slugify(&text)),
                    );
                    plain.push_str(&text);
                    plain.push('\n');
                    headings.push(Heading {
                        level: level_number(level),
                        id: id.clone(),
                        text,
                    });
                    out.push(Event::Start(Tag::Heading {
                        level,
                        id: Some(id.into()),
                        classes: classes.into_iter().filter(|c| is_safe_class(c)).collect(),
                        attrs: Vec::new(),
                    }));
                    out.extend(inner);
                    out.push(Event::End(TagEnd::Heading(level)));
                }
            }
            other => {
                if let Some((_, _, _, inner)) = heading.as_mut() {
                    inner.push(other);
                } else {
                    match &other {
                        Event::Text(t) | Event::Code(t) => plain.push_str(t),
                        Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) => {
                            plain.push('\n')
                        }
                        _ => {}
                    }
                    out.push(other);
                }
            }
        }
    }

    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    // Raw HTML the site allows goes through an allow-list; everything else
    // was made safe event by event above.
    if options.allow_html {
        html = sanitize(&html);
    }
    (
        RenderedMarkdown {
            html,
            headings,
            text: plain,
        },
        problems,
    )
}

/// The one rule every Markdown event goes through before it becomes HTML:
/// raw HTML is text unless the site allows it (and then it is sanitised at
/// the end); a heading keeps only its id and plain classes, never other
/// attributes (`{#x onfocus=…}`); table alignment, which pulldown-cmark writes as a `style`
/// attribute that the Content-Security-Policy would block, is dropped.
/// Working on events keeps this linear in the size of the body, whatever
/// its nesting.
fn safe_event(event: Event<'_>, options: MarkdownOptions) -> Event<'_> {
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
fn is_safe_class(class: &str) -> bool {
    !class.is_empty()
        && class
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// The allow-list every rendered body goes through: ammonia's safe
/// defaults (no script, no event handler, no style, only safe URL
/// schemes), plus what kb's Markdown itself writes: ids and classes,
/// `lang` and `dir`, task-list checkboxes and the language of code blocks.
fn sanitize(html: &str) -> String {
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

fn syntaxes() -> &'static SyntaxSet {
    static SYNTAXES: OnceLock<SyntaxSet> = OnceLock::new();
    SYNTAXES.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).ok();
    out
}

fn highlight(lang: &str, code: &str) -> String {
    let lang_attr = escape_html(lang);
    if lang.is_empty() || lang == "text" {
        return format!(
            "<pre class=\"code\"><code>{}</code></pre>\n",
            escape_html(code)
        );
    }
    let set = syntaxes();
    let Some(syntax) = set.find_syntax_by_token(lang) else {
        return format!(
            "<pre class=\"code\" data-lang=\"{lang_attr}\"><code>{}</code></pre>\n",
            escape_html(code)
        );
    };
    let mut generator =
        ClassedHTMLGenerator::new_with_class_style(syntax, set, HIGHLIGHT_CLASS_STYLE);
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            return format!(
                "<pre class=\"code\"><code>{}</code></pre>\n",
                escape_html(code)
            );
        }
    }
    format!(
        "<pre class=\"code\" data-lang=\"{lang_attr}\"><code>{}</code></pre>\n",
        generator.finalize()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Plain;
    impl Links for Plain {
        fn resolve(&self, destination: &str) -> Result<String, LinkProblem> {
            if destination.ends_with(".md") {
                Err(LinkProblem {
                    message: format!("no page {destination}"),
                    hint: "fix it".into(),
                })
            } else {
                Ok(destination.to_string())
            }
        }
    }

    fn render_text(md: &str, allow_html: bool) -> (RenderedMarkdown, Vec<Diagnostic>) {
        let src = SourceText::new("a.md", md);
        render(
            &src,
            0..md.len(),
            &[],
            MarkdownOptions { allow_html },
            &Plain,
        )
    }

    #[test]
    fn headings_get_ids_from_text_or_attribute() {
        let (r, _) = render_text("# Café crème\n\n## Rules {#gir}\n\n## Rules\n", false);
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["café-crème", "gir", "rules"]);
        assert!(r.html.contains("<h2 id=\"gir\">Rules</h2>"));
        assert_eq!(
            headings("# Café crème\n\n## Rules {#gir}\n\n## Rules\n"),
            r.headings
        );
    }

    #[test]
    fn raw_html_is_escaped_unless_allowed() {
        let (r, _) = render_text("<script>alert(1)</script>\n\nHi <b>x</b>\n", false);
        assert!(!r.html.contains("<script>"), "{}", r.html);
        assert!(r.html.contains("&lt;script&gt;"));
        let (r, _) = render_text("Hi <b>x</b><script>alert(1)</script>\n", true);
        assert!(r.html.contains("<b>x</b>"));
        assert!(!r.html.contains("<script"));
    }

    #[test]
    fn heading_attributes_never_become_event_handlers() {
        let (r, _) = render_text(
            "## Hi {#x tabindex=0 autofocus onfocus=alert(document.domain)}\n\n## B {.note .x\"y onclick=1}\n",
            false,
        );
        assert!(r.html.contains("<h2 id=\"x\">Hi</h2>"), "{}", r.html);
        for bad in ["onfocus", "autofocus", "tabindex", "onclick", "alert"] {
            assert!(!r.html.contains(bad), "{bad} in {}", r.html);
        }
    }

    #[test]
    fn every_body_goes_through_the_allow_list() {
        for allow_html in [false, true] {
            let (r, _) = render_text(
                "[a](javascript:alert(1)) ![i](data:text/html,x) <img src=x onerror=alert(1)>\n\n| a |\n|:-:|\n| b |\n\n- [x] done\n",
                allow_html,
            );
            assert!(!r.html.contains("javascript:"), "{}", r.html);
            assert!(!r.html.contains("onerror=\""), "{}", r.html);
            assert!(!r.html.contains("style="), "{}", r.html);
            assert!(r.html.contains("type=\"checkbox\""), "{}", r.html);
        }
    }

    #[test]
    fn broken_link_is_reported_at_its_line() {
        let (_, problems) = render_text("Intro\n\nSee [x](nope.md).\n", false);
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].column), (3, 5));
    }

    #[test]
    fn code_is_highlighted_with_classes() {
        let (r, _) = render_text("```rust\nfn main() {}\n```\n", false);
        assert!(r.html.contains("class=\"hl-"), "{}", r.html);
        let (r, _) = render_text("```\n<b>\n```\n", false);
        assert!(r.html.contains("&lt;b&gt;"));
    }

    #[test]
    fn gfm_extensions_are_on() {
        let (r, _) = render_text(
            "|a|b|\n|-|-|\n|1|2|\n\n- [x] done\n\n~~old~~ text[^1]\n\n[^1]: note\n",
            false,
        );
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("type=\"checkbox\""));
        assert!(r.html.contains("<del>old</del>"));
        assert!(r.html.contains("footnote"));
    }
}
