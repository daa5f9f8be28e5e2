//! Binding rulings as a reader sees them: on the page of the code they
//! classify into, each with its number, date and whether it still binds
//! on the reference date.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::entities::kinds::EntityData;
use crate::entities::rulings::RulingStatus;
use crate::entities::{Entity, EntityKind};
use crate::i18n::MissingMessage;

use super::context::Frame;
use super::links::Link;
use super::theme_html::ThemeHtml;

/// A ruling, the reader's way.
#[derive(Serialize)]
pub(super) struct RulingView {
    link: Link,
    number: String,
    /// `classification`, `origin` or `valuation`.
    kind: String,
    goods: Option<String>,
    /// Issued, the reader's way, and as `YYYY-MM-DD`.
    issued: Option<(String, String)>,
    /// `valid` or `expired`.
    state: &'static str,
    /// "Valid until 13 March 2029", "Expired on …".
    validity: String,
}

fn ruling_view(frame: &Frame<'_>, from: &str, entity: &Entity) -> Option<RulingView> {
    let EntityData::Ruling(r) = entity.data(frame.lang) else {
        return None;
    };
    let page = frame.site.page(&entity.page_key)?;
    let (state, validity) = match r.status(frame.site.reference_date) {
        RulingStatus::Valid(None) => ("valid", frame.text("ruling-valid", None)),
        RulingStatus::Valid(Some(until)) => {
            let mut args = FluentArgs::new();
            args.set("date", frame.date(until));
            ("valid", frame.text("ruling-valid-until", Some(&args)))
        }
        RulingStatus::Expired(until) => {
            let mut args = FluentArgs::new();
            args.set("date", frame.date(until));
            ("expired", frame.text("ruling-expired", Some(&args)))
        }
    };
    let issued = page.date.map(|d| (frame.date(d), d.to_string()));
    Some(RulingView {
        link: frame.link_to(from, page),
        number: r.number.clone(),
        kind: serde_json::to_value(r.ruling_type)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        goods: r.goods.clone(),
        issued,
        state,
        validity,
    })
}

/// The rulings that name the code `digits` (or an ancestor of it), newest
/// first.
pub(super) fn rulings_for_code(frame: &Frame<'_>, from: &str, digits: &str) -> Vec<RulingView> {
    let mut views: Vec<RulingView> = frame
        .site
        .entities
        .backlinks
        .covering(digits)
        .into_iter()
        .filter(|b| b.kind == EntityKind::Ruling)
        .filter_map(|b| frame.site.entities.by_key.get(&b.page_key))
        .filter_map(|e| ruling_view(frame, from, e))
        .collect();
    views.sort_by(|a, b| {
        b.issued
            .as_ref()
            .map(|i| &i.1)
            .cmp(&a.issued.as_ref().map(|i| &i.1))
    });
    views
}

/// Adds a ruling's validity to its page's context.
pub(super) fn add_ruling_context(
    frame: &Frame<'_>,
    entity: &Entity,
    from: &str,
    context: &mut tera::Context,
) {
    context.insert("ruling", &ruling_view(frame, from, entity));
}

/// The rulings that classify into a code, as `code-trade.html` writes them.
pub(super) fn write_rulings(
    w: &mut ThemeHtml<'_>,
    rulings: &[RulingView],
) -> Result<(), MissingMessage> {
    if rulings.is_empty() {
        return Ok(());
    }
    w.raw("\n<section class=\"rulings\" aria-labelledby=\"rulings-title\">\n  <h2 id=\"rulings-title\">");
    w.message("kind-plural-ruling")?;
    w.raw("</h2>\n  <ul>");
    for r in rulings {
        w.raw("\n    <li class=\"ruling-");
        w.text(r.state);
        w.raw("\"><a href=\"");
        w.text(&r.link.href);
        w.raw("\"");
        w.lang_mark(r.link.lang.as_deref());
        w.raw(">");
        w.text(&r.number);
        w.raw(": ");
        w.text(&r.link.title);
        w.raw("</a>\n      — ");
        w.message(&format!("ruling-type-{}", r.kind))?;
        if let Some((day, iso)) = &r.issued {
            w.raw(", <time datetime=\"");
            w.text(iso);
            w.raw("\">");
            w.text(day);
            w.raw("</time>");
        }
        w.raw("\n      <span class=\"badge\">");
        w.text(&r.validity);
        w.raw("</span></li>");
    }
    w.raw("\n  </ul>\n</section>");
    Ok(())
}
