//! Markdown bodies to HTML with pulldown-cmark: GFM tables, footnotes,
//! strikethrough, task lists, heading ids, code highlighted by syntect as CSS
//! classes, raw HTML escaped (or sanitised where the site allows it), and
//! every link handed to a [`Links`] resolver so that broken links are errors
//! with a file and line.

mod highlight;
mod safety;

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::diagnostics::{Diagnostic, SourceText};

pub use highlight::HIGHLIGHT_CLASS_STYLE;
pub use safety::{escape_html, is_script_url};

use highlight::highlight;
use safety::{is_safe_class, safe_event, sanitize};

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

/// Whether `tag` closes an inline element (its text runs on into the
/// words around it) rather than a block.
fn is_inline(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
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
    let mut state = BodyRender::new(source, body.start, links);
    for (event, range) in Parser::new_ext(text, parser_options()).into_offset_iter() {
        let absolute = body.start + range.start;
        if skip.iter().any(|s| s.contains(&absolute)) {
            continue;
        }
        let event = safe_event(event, options);
        if state.code.is_some() {
            state.read_code(event);
            continue;
        }
        match &event {
            Event::Text(t) => state.check_unmade_link(t, range.clone()),
            _ => state.bracket_closed = false,
        }
        let event = match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                state.open_code(kind);
                continue;
            }
            Event::Start(Tag::Link { .. }) => state.resolve_link(event, range),
            Event::Start(Tag::Image { .. }) => state.check_image(event, range),
            other => other,
        };
        state.push(event);
    }
    state.finish(text.len(), options)
}

/// A task list's checkbox (`- [ ] …`) named by its item's text, as a form
/// control must be (WCAG 4.1.2): `<input type="checkbox" disabled
/// aria-label="The goods are correctly classified">`. The text is the item's
/// own, up to a nested list.
fn name_task_checkboxes(events: &mut [Event<'_>]) {
    for i in 0..events.len() {
        let Event::TaskListMarker(checked) = events[i] else {
            continue;
        };
        let mut name = String::new();
        for event in &events[i + 1..] {
            match event {
                Event::Text(t) | Event::Code(t) => name.push_str(t),
                Event::SoftBreak | Event::HardBreak => name.push(' '),
                Event::End(TagEnd::Item) | Event::Start(Tag::List(_)) => break,
                _ => {}
            }
        }
        let checked = if checked { " checked=\"\"" } else { "" };
        events[i] = Event::Html(
            format!(
                "<input disabled=\"\" type=\"checkbox\"{checked} aria-label=\"{}\">\n",
                escape_html(name.trim())
            )
            .into(),
        );
    }
}

/// One body being rendered: the events to write, what is learnt on the
/// way (headings, plain text, link problems), and the heading or code
/// block being read.
struct BodyRender<'a> {
    source: &'a SourceText,
    /// Where the body starts in `source`, to place diagnostics.
    body_start: usize,
    links: &'a dyn Links,
    problems: Vec<Diagnostic>,
    out: Vec<Event<'a>>,
    headings: Vec<Heading>,
    ids: HashSet<String>,
    plain: String,
    heading: Option<OpenHeading<'a>>,
    /// The code block being read: its language and its text so far.
    code: Option<(String, String)>,
    /// Whether the last event was text ending in `]`: Markdown gives a
    /// link it did not make as text, `]` and `(address)` apart.
    bracket_closed: bool,
}

impl<'a> BodyRender<'a> {
    /// Starts rendering the body at `body_start` of `source`.
    fn new(source: &'a SourceText, body_start: usize, links: &'a dyn Links) -> Self {
        BodyRender {
            source,
            body_start,
            links,
            problems: Vec::new(),
            out: Vec::new(),
            headings: Vec::new(),
            ids: HashSet::new(),
            plain: String::new(),
            heading: None,
            code: None,
            bracket_closed: false,
        }
    }

    /// Starts a code block, whose text is gathered until it ends.
    fn open_code(&mut self, kind: CodeBlockKind<'a>) {
        let lang = match kind {
            CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or("").to_string(),
            CodeBlockKind::Indented => String::new(),
        };
        self.code = Some((lang, String::new()));
    }

    /// An event inside a code block: its text is kept; at its end the
    /// block is written highlighted.
    fn read_code(&mut self, event: Event<'a>) {
        let Some((_, buffer)) = self.code.as_mut() else {
            return;
        };
        match event {
            Event::Text(t) => buffer.push_str(&t),
            Event::End(TagEnd::CodeBlock) => {
                let (lang, buffer) = self.code.take().unwrap_or_default();
                self.plain.push_str(&buffer);
                self.plain.push('\n');
                self.out.push(Event::Html(highlight(&lang, &buffer).into()));
            }
            _ => {}
        }
    }

    /// A link's start with its destination resolved; a broken one is
    /// reported at `range` (of the body) and kept as written.
    fn resolve_link(&mut self, event: Event<'a>, range: Range<usize>) -> Event<'a> {
        let Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) = event
        else {
            return event;
        };
        let dest = match self.links.resolve(&dest_url) {
            Ok(url) => url.into(),
            Err(problem) => {
                self.problems.push(
                    Diagnostic::error("link", problem.message)
                        .at(
                            self.source,
                            self.body_start + range.start,
                            self.body_start + range.end,
                        )
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

    /// An image's start, its source emptied and reported at `range` if it
    /// is a script URL.
    fn check_image(&mut self, event: Event<'a>, range: Range<usize>) -> Event<'a> {
        let Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) = event
        else {
            return event;
        };
        if !is_script_url(&dest_url) {
            return Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            });
        }
        self.problems.push(
            Diagnostic::error("link", "an image may not point to a script URL")
                .at(
                    self.source,
                    self.body_start + range.start,
                    self.body_start + range.end,
                )
                .hint("point to an image file under static/"),
        );
        Event::Start(Tag::Image {
            link_type,
            dest_url: "".into(),
            title,
            id,
        })
    }

    /// Adds an event to the output: held while a heading is open (until
    /// its text gives it an id), its text kept for the plain text.
    /// Reports text that was meant as a link and is not one: Markdown
    /// makes no link of an address with a space (`[coffee](hs:0901 21 000
    /// 1)`, a code copied as the EAEU writes it), and would publish it as
    /// written.
    fn check_unmade_link(&mut self, text: &str, range: Range<usize>) {
        let after_bracket = std::mem::replace(&mut self.bracket_closed, text.ends_with(']'));
        let rest = match (after_bracket, text.find("](")) {
            (true, _) if text.starts_with('(') => &text[1..],
            (_, Some(start)) => &text[start + 2..],
            _ => return,
        };
        let Some(end) = rest.find(')') else {
            return;
        };
        let address = &rest[..end];
        if address.trim().is_empty() || !address.trim().contains(char::is_whitespace) {
            return;
        }
        let address = address.trim();
        let compact: String = address.split_whitespace().collect();
        let hint = match address.strip_prefix("hs:") {
            Some(_) => format!("write the code without spaces, `({compact})`, or put the address in angle brackets: `(<{address}>)`"),
            None => format!("put the address in angle brackets, `(<{address}>)`, or write its spaces as %20"),
        };
        self.problems.push(
            Diagnostic::error(
                "link",
                format!("`{address}` is not a link: Markdown makes none of an address with spaces"),
            )
            .at(
                self.source,
                self.body_start + range.start,
                self.body_start + range.end,
            )
            .hint(hint),
        );
    }

    fn push(&mut self, event: Event<'a>) {
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                // Other attributes (`{#x onfocus=…}`) are dropped here:
                // a heading carries only its id and classes.
                attrs: _,
            }) => {
                self.heading = Some((level, id, classes, Vec::new()));
            }
            Event::End(TagEnd::Heading(level)) => self.close_heading(level),
            other => {
                if let Some((_, _, _, inner)) = self.heading.as_mut() {
                    inner.push(other);
                } else {
                    match &other {
                        Event::Text(t) | Event::Code(t) => self.plain.push_str(t),
                        Event::SoftBreak | Event::HardBreak => self.plain.push('\n'),
                        // The end of every block (a paragraph, a table
                        // cell, a list item) ends its words: the cells of
                        // a row were one word across (`attention` and
                        // `formulaire` of two cells: `attentionformulaire`),
                        // and search never found either.
                        Event::End(tag) if !is_inline(tag) => self.plain.push('\n'),
                        _ => {}
                    }
                    self.out.push(other);
                }
            }
        }
    }

    /// Writes the open heading with its id (given, or made from its text
    /// and unique in the body) and records it.
    fn close_heading(&mut self, level: HeadingLevel) {
        let Some((_, id, classes, inner)) = self.heading.take() else {
            return;
        };
        let text: String = inner
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let id = unique_id(
            &mut self.ids,
            id.map(|s| s.to_string()).unwrap_or_else(|| slugify(&text)),
        );
        self.plain.push_str(&text);
        self.plain.push('\n');
        self.headings.push(Heading {
            level: level_number(level),
            id: id.clone(),
            text,
        });
        self.out.push(Event::Start(Tag::Heading {
            level,
            id: Some(id.into()),
            classes: classes.into_iter().filter(|c| is_safe_class(c)).collect(),
            attrs: Vec::new(),
        }));
        self.out.extend(inner);
        self.out.push(Event::End(TagEnd::Heading(level)));
    }

    /// The HTML of the events (sized for a body of `body_len` bytes) with
    /// what was learnt, and the link problems.
    fn finish(
        self,
        body_len: usize,
        options: MarkdownOptions,
    ) -> (RenderedMarkdown, Vec<Diagnostic>) {
        let mut out = self.out;
        name_task_checkboxes(&mut out);
        let mut html = String::with_capacity(body_len * 3 / 2);
        pulldown_cmark::html::push_html(&mut html, out.into_iter());
        // Raw HTML the site allows goes through an allow-list; everything else
        // was made safe event by event above.
        if options.allow_html {
            html = sanitize(&html);
        }
        (
            RenderedMarkdown {
                html,
                headings: self.headings,
                text: self.plain,
            },
            self.problems,
        )
    }
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
    fn a_link_whose_address_has_spaces_is_reported_not_published_as_text() {
        let (r, problems) = render_text(
            "A [coffee](hs:0901 21 000 1) and [tea](<hs:0902 10>) and `[x](a b)`.\n",
            false,
        );
        assert_eq!(problems.len(), 1, "{problems:?}");
        let report = format!("{:?}", problems[0]);
        assert!(
            report.contains("`hs:0901 21 000 1` is not a link"),
            "{report}"
        );
        assert!(report.contains("`(hs:0901210001)`"), "{report}");
        // In angle brackets it is a link, spaces and all.
        assert!(
            r.html.contains("<a href=\"hs:0902%2010\">tea</a>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn the_plain_text_ends_a_word_at_every_block() {
        let md = "- one\n- two\n\n| A | B |\n|---|---|\n| attention | formulaire D |\n\n> quoted\n\n**bold**text\n";
        let (rendered, _) = render_text(md, false);
        let words: Vec<&str> = rendered.text.split_whitespace().collect();
        for word in ["one", "two", "A", "B", "attention", "formulaire", "quoted"] {
            assert!(words.contains(&word), "{word}: {words:?}");
        }
        // An inline element stays part of its word.
        assert!(words.contains(&"boldtext"), "{words:?}");
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
            // The checkbox is named by its item (axe: form elements have labels).
            assert!(r.html.contains("aria-label=\"done\""), "{}", r.html);
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
