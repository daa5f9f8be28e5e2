//! A link as the pages show it.

use serde::Serialize;

/// A link with its title, as menus, breadcrumbs and lists show it.
#[derive(Serialize)]
pub(crate) struct Link {
    pub(crate) title: String,
    /// The title's language where it is not the page's (an untranslated page).
    pub(crate) lang: Option<String>,
    pub(crate) href: String,
    pub(crate) current: bool,
}

impl Link {
    /// The link as lists write it: `<a href="…" lang="…" dir="auto">title</a>`,
    /// the title's language named only where it is not the page's.
    pub(super) fn write(&self, w: &mut super::theme_html::ThemeHtml<'_>) {
        w.raw("<a href=\"");
        w.text(&self.href);
        w.raw("\"");
        w.lang_mark(self.lang.as_deref());
        w.raw(">");
        w.text(&self.title);
        w.raw("</a>");
    }
}
