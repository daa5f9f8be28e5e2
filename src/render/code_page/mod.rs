//! A tariff code's page: what it shows ([`context`]), written by kb as the
//! default theme's templates write it (its main block in [`main`], its
//! frame in `render::frame_html`) while the site keeps those templates;
//! otherwise rendered by the theme's `tariff-code.html` in Tera.

use crate::assets::Assets;
use crate::diagnostics::Diagnostic;
use crate::lang::Lang;
use crate::model::Site;
use crate::output::Sink;
use crate::render::changes::{
    code_history, feed_link_elements, feed_links, insert_feeds, EntryView, FeedLink,
};
use crate::render::context::Frame;
use crate::render::frame_html::{write_page, Framed};
use crate::render::theme_html::ThemeHtml;
use crate::render::Templates;

mod context;
mod main;

use context::{code_context, CodeContext};

/// Renders the page of tariff code `index` in language `lang`.
pub fn render_code_page(
    site: &Site,
    templates: &Templates,
    assets: &Assets,
    index: usize,
    lang: Lang<'_>,
    sink: &dyn Sink,
) -> Result<(), Diagnostic> {
    let frame = Frame::for_content(site, templates, assets, lang);
    let code = &site.tariff.codes[index];
    let data = code_context(&frame, code, index);
    let from = &data.shell.current_path;
    let feeds = feed_links(&frame, from, Some("tariff/"), Some(&code.chapter));
    let history = code_history(&frame, from, &code.digits);
    let path = format!("{from}index.html");
    let html = match written_page(templates, lang, &data, &history, &feeds)? {
        Some(html) => html,
        None => {
            let mut context = tera::Context::from_serialize(data)
                .map_err(|e| Diagnostic::error("template", e.to_string()))?;
            insert_feeds(&mut context, &feeds);
            context.insert("history", &history);
            templates.render(lang.code(), "tariff-code.html", &mut context)?
        }
    };
    sink.write(&path, &html)
        .map_err(|e| Diagnostic::error("write", format!("cannot write {path}: {e}")))
}

/// The whole page as the default theme writes it, when the site has not
/// changed the templates it is made of (`Templates::writes_code_pages`);
/// `None` otherwise, or where a message or fragment is missing, for Tera
/// to render the page and report that.
fn written_page(
    templates: &Templates,
    lang: Lang<'_>,
    data: &CodeContext<'_>,
    history: &[EntryView],
    feeds: &[FeedLink],
) -> Result<Option<Vec<u8>>, Diagnostic> {
    if !templates.writes_code_pages() {
        return Ok(None);
    }
    let Some(messages) = templates.messages(lang.code()) else {
        return Ok(None);
    };
    let template_error = |e: &dyn std::fmt::Display| Diagnostic::error("template", e.to_string());
    let json = data
        .shell
        .fragment_variables_json()
        .map_err(|e| template_error(&e))?;
    let fragments = templates.fragments_for_json(lang.code(), json, || {
        data.shell
            .fragment_variables()
            .map_err(|e| template_error(&e))
    })?;
    let fragment = |name: &str| fragments.get(name).and_then(|f| f.as_str());
    let (Some(search_form), Some(footer)) = (fragment("search_form"), fragment("footer")) else {
        return Ok(None);
    };
    let feed_links = feed_link_elements(feeds);
    let framed = Framed {
        page: &data.page,
        breadcrumbs: !data.breadcrumbs.is_empty(),
        breadcrumb_items: &data.breadcrumb_items,
        feed_links: &feed_links,
        search_form,
        footer,
    };
    let mut html = ThemeHtml::new(messages, 16 * 1024);
    let written = write_page(&mut html, &data.shell, &framed, |w| {
        main::main_block(w, data, history, feeds)
    });
    Ok(written.ok().map(|()| html.html.into_bytes()))
}
