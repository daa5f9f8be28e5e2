//! A page's frame written by kb, byte for byte as the default theme's
//! `base.html` writes it: head, header with the language switcher, search
//! form and menu, breadcrumb trail, main, footer. Used for the pages kb
//! writes whole while a site keeps the templates they are made of
//! (`code_page`); the search form and footer are the theme's fragments,
//! made by Tera once per language (`templates::Templates::fragments`).

use crate::i18n::MissingMessage;

use super::context::{PageContext, Shell};
use super::theme_html::ThemeHtml;

/// What the frame shows of the page inside it.
pub(super) struct Framed<'p> {
    pub(super) page: &'p PageContext,
    /// Whether the page has a breadcrumb trail, and its `<li>` items.
    pub(super) breadcrumbs: bool,
    pub(super) breadcrumb_items: &'p str,
    /// The head's feed links (`changes::feed_link_elements`).
    pub(super) feed_links: &'p str,
    /// The theme's `fragments.search_form` and `fragments.footer`.
    pub(super) search_form: &'p str,
    pub(super) footer: &'p str,
}

/// The page `framed` in the frame of `shell`, its main block written by
/// `main`.
pub(super) fn write_page(
    w: &mut ThemeHtml<'_>,
    shell: &Shell<'_>,
    framed: &Framed<'_>,
    main: impl FnOnce(&mut ThemeHtml<'_>) -> Result<(), MissingMessage>,
) -> Result<(), MissingMessage> {
    head(w, shell, framed);
    header(w, shell, framed)?;
    w.raw("\n<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n");
    main(w)?;
    w.raw("\n</main>\n");
    w.raw(framed.footer);
    w.raw("\n<script src=\"");
    w.text(&shell.assets.search);
    w.raw("\" defer></script>\n</body>\n</html>\n");
    Ok(())
}

/// `<head>`: title, description, canonical and feed links, styles.
fn head(w: &mut ThemeHtml<'_>, shell: &Shell<'_>, framed: &Framed<'_>) {
    let page = framed.page;
    let site = &shell.site;
    w.raw("<!DOCTYPE html>\n<html lang=\"");
    w.text(&shell.lang.code);
    w.raw("\" dir=\"");
    w.text(shell.lang.dir.as_str());
    w.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"");
    w.text(shell.assets.content_security_policy);
    w.raw("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    w.text(&page.title);
    w.raw(" · ");
    w.text(site.title);
    w.raw("</title>");
    let description = page
        .description
        .as_deref()
        .filter(|d| !d.is_empty())
        .or(Some(site.description).filter(|d| !d.is_empty()));
    if let Some(description) = description {
        w.raw("\n<meta name=\"description\" content=\"");
        w.text(description);
        w.raw("\">");
    }
    w.raw("\n<link rel=\"canonical\" href=\"");
    w.text(&shell.canonical);
    w.raw("\">");
    w.raw(framed.feed_links);
    w.raw("\n<link rel=\"stylesheet\" href=\"");
    w.text(&shell.assets.css);
    w.raw("\">");
    if !shell.assets.icon.is_empty() {
        w.raw("\n<link rel=\"icon\" href=\"");
        w.text(&shell.assets.icon);
        w.raw("\" type=\"image/svg+xml\">");
    }
    w.raw("\n</head>\n<body>\n");
}

/// The skip link, the header (title, languages, search, menu) and the
/// breadcrumb trail.
fn header(
    w: &mut ThemeHtml<'_>,
    shell: &Shell<'_>,
    framed: &Framed<'_>,
) -> Result<(), MissingMessage> {
    w.raw("<a class=\"skip-link\" href=\"#main\">");
    w.message("skip-to-content")?;
    w.raw("</a>\n<header class=\"site-header\">\n  <div class=\"wrap header-bar\">\n    <a class=\"site-title\" href=\"");
    w.text(&shell.home);
    w.raw("\">");
    if !shell.assets.logo.is_empty() {
        w.raw("<img class=\"site-logo\" src=\"");
        w.text(&shell.assets.logo);
        w.raw("\" alt=\"");
        w.text(shell.site.logo_alt);
        w.raw("\" width=\"40\" height=\"40\">");
    }
    w.raw("<span");
    w.lang_mark(shell.site.title_lang);
    w.raw(">");
    w.text(shell.site.title);
    w.raw("</span></a>");
    if shell.site.languages_switch {
        w.raw("\n    <nav class=\"lang-switch\" aria-label=\"");
        w.message("language-switcher")?;
        w.raw("\">\n      ");
        let folded = shell.site.languages_folded;
        if folded {
            w.raw("<details><summary>");
            w.text(&shell.lang.name);
            w.raw("</summary>");
        }
        w.raw("<ul>");
        w.raw(&shell.language_items);
        w.raw(if folded { "</ul></details>" } else { "</ul>" });
        w.raw("\n    </nav>");
    }
    w.raw("\n  </div>\n  ");
    w.raw(framed.search_form);
    if !shell.nav.is_empty() {
        w.raw("\n  <nav class=\"main-nav\" aria-label=\"");
        w.message("main-navigation")?;
        w.raw("\">\n    <ul class=\"wrap\">");
        w.raw(&shell.nav_items);
        w.raw("\n    </ul>\n  </nav>");
    }
    w.raw("\n</header>");
    if framed.breadcrumbs {
        let page = framed.page;
        w.raw("\n<nav class=\"breadcrumbs wrap\" aria-label=\"");
        w.message("breadcrumb")?;
        w.raw("\">\n  <ol>");
        w.raw(framed.breadcrumb_items);
        w.raw("\n    <li><span aria-current=\"page\"");
        if page.content_lang != shell.lang.code {
            w.content_lang(&page.content_lang, &page.content_dir);
        }
        w.raw(">");
        w.text(&page.title);
        w.raw("</span></li>\n  </ol>\n</nav>");
    }
    Ok(())
}
