//! Tariff quotas as a reader sees them on the reference date: on a code's
//! page, each quota that covers it with its balance, rates and period; on
//! the quota's page, the same and the balance over time.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::entities::kinds::EntityData;
use crate::entities::quotas::{balance_on, QuotaState};
use crate::entities::{Entity, EntityKind};
use crate::i18n::MissingMessage;
use crate::tariff::rate::parse_rate;
use crate::timeline::civil_date;

use super::context::Frame;
use super::links::Link;
use super::theme_html::ThemeHtml;

/// A quota, the reader's way.
#[derive(Serialize)]
pub(super) struct QuotaView {
    link: Link,
    order_number: String,
    state: QuotaState,
    /// "38,400 t", or `None` before the first balance.
    balance: Option<String>,
    /// The day of that balance, the reader's way: the date it was
    /// published with, or the reference date for an undated balance.
    balance_on: Option<String>,
    /// "95,000 t".
    volume: String,
    in_quota: String,
    out_quota: String,
    /// "January 1, 2026 to December 31, 2026", when both are given.
    period: Option<String>,
    allocation: String,
}

fn rate(frame: &Frame<'_>, text: &str) -> String {
    let parsed = parse_rate(text).ok().flatten();
    crate::tariff::display::rate_text(
        &frame.site.locales,
        frame.lang.code(),
        text,
        parsed.as_ref(),
    )
}

fn quota_view(frame: &Frame<'_>, from: &str, entity: &Entity) -> Option<QuotaView> {
    let EntityData::Quota(q) = entity.data(frame.lang) else {
        return None;
    };
    let site = frame.site;
    let formats = site.locales.formats(frame.lang.code());
    let amount = |a: &str| format!("{}\u{a0}{}", formats.number(a), q.unit);
    let balance = balance_on(entity, site.reference_date);
    let balance_date = entity
        .amounts
        .as_ref()
        .and_then(|t| t.at(site.reference_date))
        .map(|v| v.from.unwrap_or(site.reference_date));
    let period = civil_date(&q.opens)
        .zip(civil_date(&q.closes))
        .map(|(o, c)| {
            let mut args = FluentArgs::new();
            args.set("from", frame.date(o));
            args.set("to", frame.date(c));
            frame.text("quota-period-dates", Some(&args))
        });
    Some(QuotaView {
        link: frame.link_to(from, site.page(&entity.page_key)?),
        order_number: q.order_number.clone(),
        state: q.state(site.reference_date, balance),
        balance: balance.map(|b| amount(&b.to_string())),
        balance_on: balance_date.map(|d| frame.date(d)),
        volume: amount(&q.volume),
        in_quota: rate(frame, &q.in_quota),
        out_quota: rate(frame, &q.out_quota),
        period,
        allocation: frame.text(
            &format!(
                "quota-allocation-{}",
                serde_json::to_value(q.allocation)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            ),
            None,
        ),
    })
}

/// The quotas that cover the code `digits`.
pub(super) fn quotas_for_code(frame: &Frame<'_>, from: &str, digits: &str) -> Vec<QuotaView> {
    frame
        .site
        .entities
        .backlinks
        .covering(digits)
        .into_iter()
        .filter(|b| b.kind == EntityKind::Quota)
        .filter_map(|b| frame.site.entities.by_key.get(&b.page_key))
        .filter_map(|e| quota_view(frame, from, e))
        .collect()
}

/// Adds a quota's view and its balance over time to its page's context.
pub(super) fn add_quota_context(
    frame: &Frame<'_>,
    entity: &Entity,
    from: &str,
    context: &mut tera::Context,
) {
    context.insert("quota", &quota_view(frame, from, entity));
    let EntityData::Quota(q) = entity.original() else {
        return;
    };
    let formats = frame.site.locales.formats(frame.lang.code());
    let balances: Vec<(String, Option<String>, Option<String>)> = entity
        .amounts
        .as_ref()
        .map(|t| {
            t.values()
                .iter()
                .map(|v| {
                    (
                        format!("{}\u{a0}{}", formats.number(&v.value.to_string()), q.unit),
                        v.from.map(|d| d.to_string()),
                        v.from.map(|d| frame.date(d)),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    context.insert("balances", &balances);
    context.insert("in_force_on", &frame.date(frame.site.reference_date));
}

/// The quotas that cover a code, as `code-trade.html` writes them.
pub(super) fn write_quotas(
    w: &mut ThemeHtml<'_>,
    quotas: &[QuotaView],
) -> Result<(), MissingMessage> {
    if quotas.is_empty() {
        return Ok(());
    }
    w.raw(
        "\n<section class=\"quotas\" aria-labelledby=\"quotas-title\">\n  <h2 id=\"quotas-title\">",
    );
    w.message("kind-plural-quota")?;
    w.raw("</h2>");
    for q in quotas {
        let state = match q.state {
            QuotaState::Open => "open",
            QuotaState::Exhausted => "exhausted",
            QuotaState::Closed => "closed",
        };
        w.raw("\n  <div class=\"quota quota-");
        w.text(state);
        w.raw("\">\n    <h3>");
        q.link.write(w);
        w.raw(" <span class=\"badge\">");
        w.message(&format!("quota-state-{state}"))?;
        w.raw("</span></h3>\n    <dl class=\"fields\">");
        // The template trims the line break before each optional field.
        // An identifier: isolated, so that its parts keep their order on
        // a right-to-left page (as `quota.html` does).
        field_in(
            w,
            "\n      ",
            "quota-order",
            &q.order_number,
            ("<bdi>", "</bdi>"),
        )?;
        if let Some(balance) = q.balance.as_deref().filter(|b| !b.is_empty()) {
            let on = q.balance_on.as_deref().unwrap_or("null");
            w.raw("<div class=\"field\"><dt>");
            w.message_with("quota-balance", "date", on)?;
            w.raw("</dt><dd><strong>");
            w.text(balance);
            w.raw("</strong> / ");
            w.text(&q.volume);
            w.raw("</dd></div>");
        }
        field(w, "\n      ", "quota-in", &q.in_quota)?;
        field(w, "\n      ", "quota-out", &q.out_quota)?;
        if let Some(period) = q.period.as_deref().filter(|p| !p.is_empty()) {
            field(w, "", "quota-period", period)?;
        }
        field(w, "\n      ", "quota-allocation", &q.allocation)?;
        w.raw("\n    </dl>\n  </div>");
    }
    w.raw("\n</section>");
    Ok(())
}

/// One field of a quota: `before`, then its term (message `term`) and value.
fn field(
    w: &mut ThemeHtml<'_>,
    before: &str,
    term: &str,
    value: &str,
) -> Result<(), MissingMessage> {
    field_in(w, before, term, value, ("", ""))
}

/// [`field`] with its value inside `wrap`'s opening and closing tags.
fn field_in(
    w: &mut ThemeHtml<'_>,
    before: &str,
    term: &str,
    value: &str,
    (open, close): (&str, &str),
) -> Result<(), MissingMessage> {
    w.raw(before);
    w.raw("<div class=\"field\"><dt>");
    w.message(term)?;
    w.raw("</dt><dd>");
    w.raw(open);
    w.text(value);
    w.raw(close);
    w.raw("</dd></div>");
    Ok(())
}
