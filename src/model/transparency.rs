//! The transparency index as data: for each TFA item ([`crate::tfa`]), the
//! pages that publish it, from their kind or their `tfa` key. The page
//! `/{lang}/transparency/` shows it, and `kb check` warns of each item no
//! page covers: the gap list an administration works from.

use crate::entities::kinds::{AgencyKind, LegalType, MeasureType};
use crate::entities::{EntityData, EntityKind};
use crate::tfa;

use super::{Page, Site};

/// One TFA item and the keys of the pages that publish it, in page order.
#[derive(Debug, Clone)]
pub struct TfaCoverage {
    /// As written in `tfa` (`1.1(g)`).
    pub item: &'static str,
    /// Keys of the pages that publish it.
    pub pages: Vec<String>,
}

/// Which items a page publishes by its kind alone.
fn items_by_kind(site: &Site, page: &Page) -> Vec<&'static str> {
    if page.key == "tariff/_index" {
        return vec!["1.1(b)"];
    }
    let Some(entity) = site.entities.by_key.get(&page.key) else {
        return Vec::new();
    };
    match (entity.kind, entity.original()) {
        // Art. 1.2.1 (a): procedures, appeal included, step by step.
        (EntityKind::Procedure, _) => vec!["1.1(a)", "1.2.1(a)"],
        (EntityKind::Form, _) => vec!["1.1(a)", "1.2.1(b)"],
        // Art. 6.1: fees published with their reason, before they apply.
        (EntityKind::Fee, _) => vec!["1.1(c)", "6.1"],
        (EntityKind::Measure, EntityData::Measure(m)) if m.measure_type == MeasureType::Quota => {
            vec!["1.1(f)", "1.1(j)"]
        }
        (EntityKind::Measure, _) => vec!["1.1(f)"],
        (EntityKind::Legal, EntityData::Legal(l)) if l.legal_type == LegalType::Agreement => {
            vec!["1.1(i)"]
        }
        (EntityKind::Agency, EntityData::Agency(a)) if a.kind == AgencyKind::EnquiryPoint => {
            vec!["1.3", "1.2.1(c)"]
        }
        // Art. 2.1: a draft published for comment before it is adopted.
        (EntityKind::Notice, EntityData::Notice(n)) if n.is_consultation() => vec!["2.1"],
        // What traders compute (issue 20): rules of origin, quotas, and
        // rulings and exchange rates as rules for classification and
        // valuation.
        (EntityKind::Origin, _) => vec!["1.1(e)"],
        (EntityKind::Quota, _) => vec!["1.1(j)"],
        (EntityKind::Ruling, _) | (EntityKind::ExchangeRate, _) => vec!["1.1(d)"],
        _ => Vec::new(),
    }
}

/// Every item of the index, in the Agreement's order, with its pages.
pub fn coverage(site: &Site) -> Vec<TfaCoverage> {
    let mut items: Vec<TfaCoverage> = tfa::items()
        .map(|item| TfaCoverage {
            item,
            pages: Vec::new(),
        })
        .collect();
    for page in &site.pages {
        let declared = page.tfa.iter().filter_map(|t| tfa::find_item(t));
        for item in items_by_kind(site, page).into_iter().chain(declared) {
            if let Some(entry) = items.iter_mut().find(|i| i.item == item) {
                if !entry.pages.contains(&page.key) {
                    entry.pages.push(page.key.clone());
                }
            }
        }
    }
    items
}
