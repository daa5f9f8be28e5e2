//! What a procedure's steps add up to, as a reader is told it: the fees
//! each step charges with their amounts (those charged only in some cases
//! marked so), and durations in words (`2 hours to 1 day`).

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::entities::duration::{parts, DurationRange};
use crate::entities::{EntityData, EntityKind};

use super::context::Frame;
use super::links::Link;

/// A fee where a procedure charges it: the link, what it charges on the
/// reference date, and whether it is charged only in some cases.
#[derive(Serialize)]
pub(crate) struct ChargedFee {
    #[serde(flatten)]
    link: Link,
    /// The single amount charged, the reader's way (none for tiers).
    amount: Option<String>,
    /// Charged only in some cases (`fees_if`).
    conditional: bool,
}

/// The fees `ids`, each with its amount; `conditional` for `fees_if`.
pub(crate) fn charged_fees(
    frame: &Frame<'_>,
    from: &str,
    ids: &[&String],
    conditional: bool,
) -> Vec<ChargedFee> {
    ids.iter()
        .filter_map(|id| {
            let entity = frame.site.entities.get(EntityKind::Fee, id)?;
            let page = frame.site.page(&entity.page_key)?;
            let amount = match entity.data(frame.lang) {
                EntityData::Fee(fee) => super::fees::fee_summary(frame, entity, fee).amount,
                _ => None,
            };
            Some(ChargedFee {
                link: frame.link_to(from, page),
                amount,
                conditional,
            })
        })
        .collect()
}

/// `ids` without those in `without`, each once, in order.
pub(crate) fn distinct<'s>(
    ids: impl IntoIterator<Item = &'s String>,
    without: &[&String],
) -> Vec<&'s String> {
    let mut out: Vec<&String> = Vec::new();
    for id in ids {
        if !out.contains(&id) && !without.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// `2 hours to 1 day`, from minutes.
pub(crate) fn duration_words(frame: &Frame<'_>, range: DurationRange) -> String {
    let words = |minutes: u64| {
        let p = parts(minutes);
        let mut pieces = Vec::new();
        for (count, id) in [
            (p.days, "duration-days"),
            (p.hours, "duration-hours"),
            (p.minutes, "duration-minutes"),
        ] {
            if count > 0 {
                let mut args = FluentArgs::new();
                args.set("count", count);
                pieces.push(frame.text(id, Some(&args)));
            }
        }
        if pieces.is_empty() {
            let mut args = FluentArgs::new();
            args.set("count", 0);
            pieces.push(frame.text("duration-minutes", Some(&args)));
        }
        // `1 day 4 hours`; languages that need a conjunction say so in
        // the `duration-join` message.
        let mut text = pieces.pop().unwrap_or_default();
        while let Some(first) = pieces.pop() {
            let mut args = FluentArgs::new();
            args.set("first", first);
            args.set("rest", text);
            text = frame.text("duration-join", Some(&args));
        }
        text
    };
    if range.min == range.max {
        return words(range.min);
    }
    let mut args = FluentArgs::new();
    args.set("min", words(range.min));
    args.set("max", words(range.max));
    frame.text("duration-range", Some(&args))
}
