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
