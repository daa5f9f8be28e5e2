//! A tariff code's page: what it shows ([`context`]), and its main block
//! written by kb as the default theme writes it ([`main`]) while the site
//! keeps that theme's code page templates; otherwise the theme's
//! `tariff-code.html` renders the page in Tera.

use serde::Serialize;

use crate::assets::Assets;
use crate::diagnostics::Diagnostic;
use crate::lang::Lang;
use crate::model::Site;
use crate::output::Sink;
use crate::render::changes::{EntryView, FeedLink};
use crate::render::context::{Frame, PageContext};
use crate::render::links::Link;
use crate::render::Templates;
use crate::templates::CODE_PAGE_FRAME;
use crate::urls::Urls;

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
    let frame = Frame {
        site,
        assets,
        lang,
        lists: templates.names_frame_lists(),
        table_data: templates.names_rows(),
    };
    let code = &site.tariff.codes[index];
    let from = frame.path(&Urls::code_page(&code.digits));
    let data = code_context(&frame, code, index);
    let feeds =
        crate::render::changes::feed_links(&frame, &from, Some("tariff/"), Some(&code.chapter));
    let history = crate::render::changes::code_history(&frame, &from, &code.digits);
    let html = match written_main(templates, lang, &data, &history, &feeds) {
        Some(main) => {
            let mut context = tera::Context::from_serialize(CodeFrame {
                shell: &data.shell,
                page: &data.page,
                breadcrumbs: &data.breadcrumbs,
                breadcrumb_items: &data.breadcrumb_items,
                main: &main,
            })
            .map_err(|e| Diagnostic::error("template", e.to_string()))?;
            crate::render::changes::insert_feeds(&mut context, &feeds);
            templates.render(lang.code(), CODE_PAGE_FRAME, &mut context)?
        }
        None => {
            let mut context = tera::Context::from_serialize(data)
                .map_err(|e| Diagnostic::error("template", e.to_string()))?;
            crate::render::changes::insert_feeds(&mut context, &feeds);
            context.insert("history", &history);
            templates.render(lang.code(), "tariff-code.html", &mut context)?
        }
    };
    let path = format!("{from}index.html");
    sink.write(&path, &html)
        .map_err(|e| Diagnostic::error("write", format!("cannot write {path}: {e}")))
}

/// What the theme's frame (`base.html`) of a code page sees when kb has
/// written the page's main block: that block, and what the frame names.
#[derive(Serialize)]
struct CodeFrame<'c, 'a> {
    #[serde(flatten)]
    shell: &'c crate::render::context::Shell<'a>,
    page: &'c PageContext,
    breadcrumbs: &'c [Link],
    breadcrumb_items: &'c str,
    main: &'c str,
}

/// The page's main block as the default theme writes it, when the site
/// has not changed its templates (`Templates::writes_code_pages`); `None`
/// otherwise, or where a message is missing, for Tera to render the page
/// and report that.
fn written_main(
    templates: &Templates,
    lang: Lang<'_>,
    data: &CodeContext<'_>,
    history: &[EntryView],
    feeds: &[FeedLink],
) -> Option<String> {
    if !templates.writes_code_pages() {
        return None;
    }
    let messages = templates.messages(lang.code())?;
    let mut html = crate::render::theme_html::ThemeHtml::new(messages, 8 * 1024);
    main::main_block(&mut html, data, history, feeds).ok()?;
    Some(html.html)
}
