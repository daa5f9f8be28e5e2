//! The words of an entry in the reader's language. The history compares
//! originals only (numbers live there), so a fee tier's label or a
//! document's name comes out of it in the default language; a translation
//! holds the same lists in the same order (a list of another length is an
//! error), so the item at the same place in today's translation is the one
//! the reader's page shows. Ids (agencies, fees) become titles; codes are
//! the same in every language. What today's original no longer holds has no
//! translation and stays as it was written.

use crate::entities::{EntityData, EntityKind};
use crate::lang::Lang;
use crate::model::Site;

/// A fee tier's `label` on the page `page_key`, in language `lang`.
pub(super) fn tier_label(site: &Site, page_key: &str, label: &str, lang: Lang<'_>) -> String {
    let Some(entity) = site.entities.by_key.get(page_key) else {
        return label.to_string();
    };
    let (EntityData::Fee(original), EntityData::Fee(translated)) =
        (entity.original(), entity.data(lang))
    else {
        return label.to_string();
    };
    original
        .rates
        .iter()
        .position(|r| r.label == label)
        .and_then(|i| translated.rates.get(i))
        .map_or_else(|| label.to_string(), |r| r.label.clone())
}

/// An item of a procedure's or measure's list (`documents`, `agencies`,
/// `fees`, `hs`) as the page `page_key` shows it in language `lang`.
pub(super) fn list_item(
    site: &Site,
    page_key: &str,
    field: &str,
    item: &str,
    lang: Lang<'_>,
) -> String {
    match field {
        "documents" => document(site, page_key, item, lang),
        "agencies" => title_of(site, EntityKind::Agency, item, lang),
        "fees" => title_of(site, EntityKind::Fee, item, lang),
        _ => item.to_string(),
    }
}

/// A document's name: the one at the same step and place in the
/// translation.
fn document(site: &Site, page_key: &str, item: &str, lang: Lang<'_>) -> String {
    let Some(entity) = site.entities.by_key.get(page_key) else {
        return item.to_string();
    };
    let (EntityData::Procedure(original), EntityData::Procedure(translated)) =
        (entity.original(), entity.data(lang))
    else {
        return item.to_string();
    };
    original
        .steps
        .iter()
        .enumerate()
        .find_map(|(s, step)| {
            let d = step.documents.iter().position(|d| d == item)?;
            translated.steps.get(s)?.documents.get(d).cloned()
        })
        .unwrap_or_else(|| item.to_string())
}

/// The title of the entity `kind`/`id` in language `lang`, or the id.
fn title_of(site: &Site, kind: EntityKind, id: &str, lang: Lang<'_>) -> String {
    site.page(&format!("{}/{id}", kind.folder()))
        .and_then(|p| p.version(lang))
        .map_or_else(|| id.to_string(), |v| v.title.clone())
}
