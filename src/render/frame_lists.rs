//! The frame's lists written out as HTML, the way the default theme's
//! loops over them wrote them: the head's alternates, the language
//! switcher, the menu and the breadcrumb trail. They are on every page,
//! and a template loop over them cost more than writing them here
//! (docs/templates.md, "Why two forms").

use serde::Serialize;

use crate::config::{Direction, Language};
use crate::html::escape_into;

use super::links::Link;
use super::theme_html::lang_mark;

/// A language of the switcher, as data (`languages`).
#[derive(Serialize)]
pub(crate) struct LanguageLink {
    pub(super) code: String,
    pub(super) name: String,
    pub(super) dir: Direction,
    pub(super) href: String,
    /// The absolute address of `href`, for `hreflang` links.
    pub(super) permalink: String,
    /// The site's name in that language (the language chooser shows it).
    pub(super) title: String,
    /// The name's language when that language has none of its own.
    pub(super) title_lang: Option<String>,
    pub(super) current: bool,
    pub(super) translated: bool,
}

/// An `hreflang` alternate of the head, as data (`alternates`).
#[derive(Serialize)]
pub(crate) struct Alternate {
    pub(super) hreflang: String,
    pub(super) href: String,
}

/// The frame's two lists, the head's alternates and the language
/// switcher, written out as the default theme's loops wrote them, and
/// kept as data too where a template names them (`Frame::lists`).
pub(super) struct FrameLists {
    pub(super) alternate_links: String,
    pub(super) language_items: String,
    pub(super) alternates: Option<Vec<Alternate>>,
    pub(super) languages: Option<Vec<LanguageLink>>,
}

impl FrameLists {
    pub(super) fn new(as_data: bool) -> Self {
        FrameLists {
            alternate_links: String::new(),
            language_items: String::new(),
            alternates: as_data.then(Vec::new),
            languages: as_data.then(Vec::new),
        }
    }

    /// An alternate: one `<link>` per line, each after a line break.
    pub(super) fn alternate(&mut self, hreflang: &str, href: &str) {
        let html = &mut self.alternate_links;
        html.push_str("\n<link rel=\"alternate\" hreflang=\"");
        escape_into(html, hreflang, true);
        html.push_str("\" href=\"");
        escape_into(html, href, true);
        html.push_str("\">");
        if let Some(alternates) = &mut self.alternates {
            alternates.push(Alternate {
                hreflang: hreflang.to_string(),
                href: href.to_string(),
            });
        }
    }

    /// A switcher item, all on the switcher's one line; `permalink` is
    /// only made for the data. `dir` is written only where the language's
    /// direction is not the page's (`page_dir`): the item inherits it
    /// otherwise. On a site in 24 languages every byte of an item is paid
    /// 24 times on every page (docs/templates.md, "Why two forms").
    pub(super) fn language(
        &mut self,
        language: &Language,
        page_dir: Direction,
        href: &str,
        permalink: impl FnOnce() -> String,
        (current, translated): (bool, bool),
    ) {
        let html = &mut self.language_items;
        html.push_str("<li><a href=\"");
        escape_into(html, href, true);
        html.push_str("\" lang=\"");
        escape_into(html, &language.code, true);
        html.push_str("\" hreflang=\"");
        escape_into(html, &language.code, true);
        html.push('"');
        if language.direction != page_dir {
            html.push_str(" dir=\"");
            html.push_str(language.direction.as_str());
            html.push('"');
        }
        if current {
            html.push_str(" aria-current=\"true\"");
        }
        html.push('>');
        escape_into(html, &language.name, true);
        html.push_str("</a></li>");
        if let Some(languages) = &mut self.languages {
            languages.push(LanguageLink {
                code: language.code.clone(),
                name: language.name.clone(),
                dir: language.direction,
                href: href.to_string(),
                permalink: permalink(),
                title: language.title.clone(),
                title_lang: language.title_lang.clone(),
                current,
                translated,
            });
        }
    }
}

/// A menu's `<li>` items, each on its own indented line, as the default
/// theme's loop over `nav` wrote them.
pub(super) fn menu_items(links: &[Link]) -> String {
    link_items(links, "\n      ", true)
}

/// A breadcrumb trail's `<li>` items, as the default theme's loop over
/// `breadcrumbs` wrote them (the current page, last, is the template's).
pub(super) fn crumb_items(links: &[Link]) -> String {
    link_items(links, "\n    ", false)
}

/// `<li><a>` items, each after `indent`; `aria-current="page"` on the
/// current one where `mark_current`.
fn link_items(links: &[Link], indent: &str, mark_current: bool) -> String {
    let mut html = String::new();
    for link in links {
        html.push_str(indent);
        html.push_str("<li><a href=\"");
        escape_into(&mut html, &link.href, true);
        html.push('"');
        lang_mark(&mut html, link.lang.as_deref());
        if mark_current && link.current {
            html.push_str(" aria-current=\"page\"");
        }
        html.push('>');
        escape_into(&mut html, &link.title, true);
        html.push_str("</a></li>");
    }
    html
}
