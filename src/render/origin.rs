//! Rules of origin as a reader sees them: under each preferential rate of a
//! code page, the rule that decides whether goods qualify for it, with the
//! agreement and the proof of origin; and an agreement's page of rules.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::entities::kinds::EntityData;
use crate::entities::origin::{parse_rule, rule_for, RuleTerm};
use crate::entities::{Entity, EntityKind};

use super::context::Frame;
use super::links::Link;

/// A rule, its terms explained.
#[derive(Serialize)]
pub(super) struct RuleView {
    /// As written (`RVC 40 or CTH`).
    pub(super) written: String,
    /// In words (`regional value content of at least 40% or change of
    /// tariff heading`), in the reader's language.
    pub(super) words: String,
    note: Option<String>,
}

/// The rule of origin under one preferential rate of a code page.
#[derive(Serialize)]
pub(super) struct OriginView {
    pub(super) rule: RuleView,
    /// The agreement's rules page.
    pub(super) rules: Link,
    /// The agreement's legal text.
    pub(super) agreement: Option<Link>,
    pub(super) proof: Option<String>,
}

/// A rule's terms in words, `or` and `and` the language's.
fn rule_words(frame: &Frame<'_>, written: &str) -> String {
    let Ok(rule) = parse_rule(written) else {
        return written.to_string();
    };
    let term = |t: &RuleTerm| match t {
        RuleTerm::Wo => frame.text("origin-term-wo", None),
        RuleTerm::Pe => frame.text("origin-term-pe", None),
        RuleTerm::Cc => frame.text("origin-term-cc", None),
        RuleTerm::Cth => frame.text("origin-term-cth", None),
        RuleTerm::Ctsh => frame.text("origin-term-ctsh", None),
        RuleTerm::Rvc { percent } => {
            let mut args = FluentArgs::new();
            args.set("percent", fluent_bundle::FluentValue::try_number(percent));
            frame.text("origin-term-rvc", Some(&args))
        }
    };
    let and = format!(" {} ", frame.text("origin-and", None));
    let or = format!(" {} ", frame.text("origin-or", None));
    rule.iter()
        .map(|terms| terms.iter().map(term).collect::<Vec<_>>().join(&and))
        .collect::<Vec<_>>()
        .join(&or)
}

fn rule_view(frame: &Frame<'_>, rule: &crate::entities::origin::OriginRule) -> RuleView {
    RuleView {
        written: rule.rule.clone(),
        words: rule_words(frame, &rule.rule),
        note: rule.note.clone(),
    }
}

fn agreement_link(frame: &Frame<'_>, from: &str, id: Option<&String>) -> Option<Link> {
    let entity = frame.site.entities.get(EntityKind::Legal, id?)?;
    let page = frame.site.page(&entity.page_key)?;
    Some(frame.link_to(from, page))
}

/// For each rate column with an agreement's rules covering `digits`, the
/// rule, by column key.
pub(super) fn origin_views(
    frame: &Frame<'_>,
    from: &str,
    digits: &str,
) -> BTreeMap<String, OriginView> {
    let site = frame.site;
    let mut views = BTreeMap::new();
    for column in &site.tariff.columns {
        let Some((entity, rule)) = rule_for(&site.entities, &column.key, digits) else {
            continue;
        };
        let (Some(page), EntityData::Origin(data)) =
            (site.page(&entity.page_key), entity.data(frame.lang))
        else {
            continue;
        };
        // The translated note of the same rule, by position.
        let index = match entity.original() {
            EntityData::Origin(o) => o.rules.iter().position(|r| std::ptr::eq(r, rule)),
            _ => None,
        };
        let own = index.and_then(|i| data.rules.get(i)).unwrap_or(rule);
        views.insert(
            column.key.clone(),
            OriginView {
                rule: rule_view(frame, own),
                rules: frame.link_to(from, page),
                agreement: agreement_link(frame, from, data.agreement.as_ref()),
                proof: data.proof.clone(),
            },
        );
    }
    views
}

/// Adds an agreement's rules, each explained, to its page's context.
pub(super) fn add_origin_context(
    frame: &Frame<'_>,
    entity: &Entity,
    from: &str,
    context: &mut tera::Context,
) {
    let EntityData::Origin(data) = entity.data(frame.lang) else {
        return;
    };
    let rules: Vec<(Vec<String>, RuleView)> = data
        .rules
        .iter()
        .map(|r| (r.hs.clone(), rule_view(frame, r)))
        .collect();
    context.insert("origin_rules", &rules);
    context.insert(
        "agreement",
        &agreement_link(frame, from, data.agreement.as_ref()),
    );
    let label = frame
        .site
        .locales
        .format(
            frame.lang.code(),
            &format!("tariff-col-{}", data.column),
            None,
        )
        .unwrap_or_else(|_| data.column.to_uppercase());
    context.insert("column_label", &label);
}
