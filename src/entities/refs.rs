//! References between entities and to the tariff: each id a front matter
//! names must exist (an error at the line that names it), and each
//! reference becomes a backlink on the page it names, so a fee lists the
//! procedures that charge it and a tariff code the measures that cover it.

use std::collections::BTreeMap;

use crate::config::Config;
use crate::content::Corpus;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::tariff::{normalise_code, Tariff};

use super::kinds::NoticeData;
use super::{Entities, Entity, EntityData, EntityKind};

/// One page that refers to another.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Backlink {
    /// Kind of the referring entity.
    pub kind: EntityKind,
    /// Page key of the referring entity.
    pub page_key: String,
}

/// A tariff reference of an entity: a code or a range of codes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct HsReference {
    /// First code of the range, digits only.
    pub from: String,
    /// Last code of the range (equal to `from` for a single code).
    pub to: String,
    /// The referring entity.
    pub source: Backlink,
}

impl HsReference {
    /// Whether this reference covers `digits`: the code itself, an
    /// ancestor of it, or a range that holds it (compared at the range's
    /// own length).
    pub fn covers(&self, digits: &str) -> bool {
        range_covers(&self.from, &self.to, digits)
    }
}

/// Whether the range of codes `from..=to` covers `digits`, compared at
/// the range's own length: the rule of [`HsReference::covers`], also for
/// ranges kept without their source (the build cache).
pub fn range_covers(from: &str, to: &str, digits: &str) -> bool {
    let n = from.len();
    digits.len() >= n && from <= &digits[..n] && &digits[..n] <= to
}

/// Who refers to what.
#[derive(Debug, Clone, Default)]
pub struct Backlinks {
    /// By the referred page's key, sorted and without duplicates.
    pub by_target: BTreeMap<String, Vec<Backlink>>,
    /// Every tariff reference, for code pages to match.
    pub hs: Vec<HsReference>,
}

impl Backlinks {
    /// Entities that refer to the page `key`.
    pub fn to(&self, key: &str) -> &[Backlink] {
        self.by_target.get(key).map_or(&[], Vec::as_slice)
    }

    /// Entities whose tariff references cover `digits`.
    pub fn covering(&self, digits: &str) -> Vec<&Backlink> {
        let mut found: Vec<&Backlink> = self
            .hs
            .iter()
            .filter(|r| r.covers(digits))
            .map(|r| &r.source)
            .collect();
        found.sort();
        found.dedup();
        found
    }
}

/// Parses `0701-0714`, `06` or `0901.11` into a digit range, if the codes
/// exist in the tariff.
fn hs_range(text: &str, tariff: &Tariff) -> Result<(String, String), String> {
    let (a, b) = match text.split_once('-') {
        Some((a, b)) => (normalise_code(a), normalise_code(b)),
        None => (normalise_code(text), normalise_code(text)),
    };
    if a.len() != b.len() || a > b || a.is_empty() || !a.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "`{text}` is not a tariff code or a range such as 0701-0714"
        ));
    }
    for end in [&a, &b] {
        // A subheading that has no row of its own (`8703.40`, printed only
        // as its line `8703.40.00`) names the lines that begin with it.
        let known = if end.len() == 2 {
            tariff.chapter(end).is_some()
        } else {
            tariff.code(end).is_some()
                || (end.len() >= 4
                    && tariff
                        .codes
                        .iter()
                        .any(|c| c.digits.starts_with(end.as_str())))
        };
        if !known {
            return Err(format!("the tariff has no code `{end}`"));
        }
    }
    Ok((a, b))
}

/// The codes and ranges the links of a Markdown body name (`hs:0901`).
fn body_hs_links(body: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Parser, Tag};
    Parser::new(body)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => dest_url
                .strip_prefix("hs:")
                .map(|c| c.split('#').next().unwrap_or(c).to_string()),
            _ => None,
        })
        .collect()
}

/// Checks every reference and returns the backlinks. A reference to a
/// page that could not be read (`unreadable` page keys, and the corpus's
/// [unreadable](Corpus::unreadable) files) is left to that page's error.
pub(crate) fn check_and_link(
    config: &Config,
    corpus: &Corpus,
    unreadable: &[&str],
    entities: &Entities,
    tariff: &Tariff,
    problems: &mut Diagnostics,
) -> Backlinks {
    let linker = Linker {
        config,
        corpus,
        unreadable,
        entities,
        tariff,
    };
    let mut links = Backlinks::default();
    for entity in entities.by_key.values() {
        linker.link(entity, &mut links, problems);
    }
    for list in links.by_target.values_mut() {
        list.sort();
        list.dedup();
    }
    links.hs.sort();
    links
}

/// What checking and linking references reads.
struct Linker<'a> {
    config: &'a Config,
    corpus: &'a Corpus,
    unreadable: &'a [&'a str],
    entities: &'a Entities,
    tariff: &'a Tariff,
}

impl Linker<'_> {
    /// Whether the page at `key` could not be read (and was reported).
    fn failed(&self, key: &str) -> bool {
        self.unreadable.contains(&key) || self.corpus.original_unreadable(self.config, key)
    }

    /// Checks the references of `entity` and adds its backlinks.
    fn link(&self, entity: &Entity, links: &mut Backlinks, problems: &mut Diagnostics) {
        let file = &self.corpus.files[entity.file];
        let source = Backlink {
            kind: entity.kind,
            page_key: entity.page_key.clone(),
        };
        let mut report = |key: &str, message: String, hint: String| {
            let (start, end) = crate::front::front_key_span(file, key);
            problems.push(
                Diagnostic::error("reference", message)
                    .at(&file.source, start, end)
                    .hint(hint),
            );
        };
        let data = entity.original();
        let mut targets = data.references();
        for basis in data.legal_basis() {
            if let Some(id) = basis.strip_prefix("legal:") {
                targets.push(("legal_basis", EntityKind::Legal, id.to_string()));
            }
        }
        let mut hs: Vec<(&str, String)> = data.hs().iter().map(|c| ("hs", c.clone())).collect();
        // `[0901](hs:0901)` in the body: the code page lists this page too.
        // A link to no code is the body's own error (model::links).
        for code in body_hs_links(file.body_text()) {
            if let Ok((from, to)) = hs_range(&code, self.tariff) {
                let source = source.clone();
                links.hs.push(HsReference { from, to, source });
            }
        }
        if let EntityData::Notice(notice) = data {
            notice_targets(notice, &mut targets, &mut hs, &mut report);
        }
        for (key, kind, id) in targets {
            match self.entities.get(kind, &id) {
                Some(target) => links
                    .by_target
                    .entry(target.page_key.clone())
                    .or_default()
                    .push(source.clone()),
                None if self.failed(&format!("{}/{id}", kind.folder())) => {}
                None => report(
                    key,
                    format!("no {} with the id `{id}`", kind.scheme()),
                    self.missing_hint(kind, &id),
                ),
            }
        }
        for (key, code) in hs {
            match hs_range(&code, self.tariff) {
                Ok((from, to)) => {
                    let source = source.clone();
                    links.hs.push(HsReference { from, to, source });
                }
                // A code of a chapter that could not be read.
                Err(_) if normalise_code(&code)
                    .get(..2)
                    .is_some_and(|c| self.failed(&crate::tariff::chapter_key(c))) => {}
                Err(message) => report(
                    key,
                    message,
                    "name a chapter (06), heading (0701), subheading (0901.11) or a range of one length (0701-0714)".into(),
                ),
            }
        }
    }

    /// What to say of a reference to no page: the nearest id, or the file
    /// to write.
    fn missing_hint(&self, kind: EntityKind, id: &str) -> String {
        let known: Vec<&str> = self.entities.of_kind(kind).map(|e| e.id.as_str()).collect();
        match crate::diagnostics::closest(id, known.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!(
                "write the {} first: content/{}/{id}.md",
                kind.scheme(),
                kind.folder()
            ),
        }
    }
}

/// What a notice `affects`: pages (`fee:ID`) and codes (`hs:CODE`).
fn notice_targets<'k>(
    notice: &NoticeData,
    targets: &mut Vec<(&'k str, EntityKind, String)>,
    hs: &mut Vec<(&'k str, String)>,
    report: &mut impl FnMut(&str, String, String),
) {
    for affected in &notice.affects {
        match affected.split_once(':') {
            Some(("hs", code)) => hs.push(("affects", code.to_string())),
            Some((scheme, id)) => match EntityKind::from_scheme(scheme) {
                Some(kind) => targets.push(("affects", kind, id.to_string())),
                None => report(
                    "affects",
                    format!("`{affected}` names no kind of content"),
                    "write hs:CODE, procedure:ID, fee:ID, measure:ID, tool:ID, legal:ID, form:ID or agency:ID".into(),
                ),
            },
            None => report(
                "affects",
                format!("`{affected}` names no kind of content"),
                "write kind:id, such as fee:declaration-processing or hs:0901".into(),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(from: &str, to: &str) -> HsReference {
        HsReference {
            from: from.into(),
            to: to.into(),
            source: Backlink {
                kind: EntityKind::Measure,
                page_key: "measures/x".into(),
            },
        }
    }

    #[test]
    fn references_cover_descendants_and_ranges() {
        assert!(reference("06", "06").covers("06029010"));
        assert!(reference("0701", "0714").covers("070910"));
        assert!(reference("0701", "0714").covers("0714"));
        assert!(!reference("0701", "0714").covers("0801"));
        assert!(!reference("090111", "090111").covers("0901"));
        assert!(reference("0901", "0901").covers("0901"));
    }
}
