//! Pages of procedures, fees, measures, tools, legal texts, forms, agencies
//! and notices: their fields with references resolved into links in the
//! reader's language, procedure summaries, fee amounts the reader's way,
//! backlinks, the kinds' index pages, what applies to a tariff code, and
//! the TFA Art. 1 transparency index.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::entities::duration::{parse_duration_range, DurationRange};
use crate::entities::kinds::Direction;
use crate::entities::{Backlink, Entity, EntityData, EntityKind, ALL_KINDS};
use crate::model::Page;

use super::context::Frame;
use super::links::Link;
use super::steps::{charged_fees, distinct, duration_words, ChargedFee};

/// A group of links under a heading: backlinks of one kind, or tools of
/// one category.
#[derive(Serialize)]
pub(crate) struct LinkGroup {
    /// Machine name (`procedure`, `facilitation`): the Fluent id's tail.
    pub(super) key: String,
    pub(super) links: Vec<EntryLink>,
}

/// A link to an entity with a few of its fields, for lists.
#[derive(Serialize)]
pub(crate) struct EntryLink {
    #[serde(flatten)]
    pub(super) link: Link,
    id: String,
    data: EntityData,
    /// For a fee, what it charges on the reference date: `amount`,
    /// `scheduled`, `changes_on`, `status` (empty for other kinds).
    #[serde(flatten)]
    fee: super::fees::FeeSummary,
    /// The texts its translation leaves out, with their language.
    inherited: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
struct StepView {
    title: String,
    agency: Option<Link>,
    duration: Option<String>,
    /// Every fee of the step, the certain ones first.
    fees: Vec<ChargedFee>,
    forms: Vec<Link>,
    documents: Vec<String>,
}

#[derive(Serialize)]
struct ProcedureSummary {
    steps: usize,
    agencies: Vec<Link>,
    documents: Vec<String>,
    duration: Option<String>,
    fees_total: Option<String>,
    /// The total from each later day it changes.
    fees_total_scheduled: Vec<super::fees::ScheduledView>,
    fees_unknown: usize,
    /// Fees charged only in some cases, left out of the total.
    fees_conditional: Vec<ChargedFee>,
}

/// A link to the entity of `kind` with `id`, if it exists.
fn entity_link(frame: &Frame<'_>, from: &str, kind: EntityKind, id: &str) -> Option<Link> {
    let entity = frame.site.entities.get(kind, id)?;
    let page = frame.site.page(&entity.page_key)?;
    Some(frame.link_to(from, page))
}

fn links(frame: &Frame<'_>, from: &str, kind: EntityKind, ids: &[String]) -> Vec<Link> {
    ids.iter()
        .filter_map(|id| entity_link(frame, from, kind, id))
        .collect()
}

/// Each text the entity's translation in this language leaves out, with
/// the language it is shown in: the original's.
fn inherited_texts(frame: &Frame<'_>, entity: &Entity) -> BTreeMap<&'static str, String> {
    let original = &frame.site.config.default_language;
    let left_out = entity.inherited.get(frame.lang.index());
    left_out
        .into_iter()
        .flatten()
        .map(|key| (*key, original.clone()))
        .collect()
}

fn entry_link(frame: &Frame<'_>, from: &str, key: &str) -> Option<EntryLink> {
    let entity = frame.site.entities.by_key.get(key)?;
    let page = frame.site.page(key)?;
    let data = entity.data(frame.lang).clone();
    let fee = match &data {
        EntityData::Fee(f) => super::fees::fee_summary(frame, entity, f),
        _ => Default::default(),
    };
    Some(EntryLink {
        link: frame.link_to(from, page),
        id: entity.id.clone(),
        data,
        fee,
        inherited: inherited_texts(frame, entity),
    })
}

/// Backlinks grouped by kind, in the order of [`ALL_KINDS`].
fn grouped(frame: &Frame<'_>, from: &str, backlinks: &[&Backlink]) -> Vec<LinkGroup> {
    ALL_KINDS
        .iter()
        .filter_map(|kind| {
            let links: Vec<EntryLink> = backlinks
                .iter()
                .filter(|b| b.kind == *kind)
                .filter_map(|b| entry_link(frame, from, &b.page_key))
                .collect();
            (!links.is_empty()).then(|| LinkGroup {
                key: kind.scheme().to_string(),
                links,
            })
        })
        .collect()
}

/// What concerns the tariff code `digits` or its ancestors. Rules of
/// origin, quotas and rulings have places of their own on the code page.
pub(crate) fn applies_to_code(frame: &Frame<'_>, from: &str, digits: &str) -> Vec<LinkGroup> {
    let mut backlinks = frame.site.entities.backlinks.covering(digits);
    backlinks.retain(|b| {
        !matches!(
            b.kind,
            EntityKind::Origin | EntityKind::Quota | EntityKind::Ruling
        )
    });
    grouped(frame, from, &backlinks)
}

fn procedure_context(
    frame: &Frame<'_>,
    from: &str,
    p: &crate::entities::kinds::ProcedureData,
    context: &mut tera::Context,
) {
    let steps: Vec<StepView> = p.steps.iter().map(|s| step_view(frame, from, s)).collect();
    let summary = procedure_summary(frame, from, p);
    context.insert("steps", &steps);
    context.insert("summary", &summary);
    context.insert("fees", &links(frame, from, EntityKind::Fee, &p.fees));
    context.insert("tools", &links(frame, from, EntityKind::Tool, &p.tools));
    context.insert("forms", &links(frame, from, EntityKind::Form, &p.forms));
    context.insert("hs", &hs_links(frame, from, &p.hs));
}

/// A step of a procedure as its page shows it: who, how long, what it
/// costs (fees charged in some cases only marked so), forms, documents.
fn step_view(frame: &Frame<'_>, from: &str, s: &crate::entities::kinds::Step) -> StepView {
    let conditional: Vec<&String> = s.fees_if.iter().collect();
    let mut fees = charged_fees(frame, from, &distinct(&s.fees, &conditional), false);
    fees.extend(charged_fees(frame, from, &distinct(&s.fees_if, &[]), true));
    StepView {
        title: s.title.clone(),
        agency: s
            .agency
            .as_ref()
            .and_then(|a| entity_link(frame, from, EntityKind::Agency, a)),
        duration: s
            .duration
            .as_deref()
            .and_then(|d| parse_duration_range(d).ok())
            .map(|r| duration_words(frame, r)),
        fees,
        forms: links(frame, from, EntityKind::Form, &s.forms),
        documents: s.documents.clone(),
    }
}

/// A procedure at a glance: its agencies, documents, total time and fees.
fn procedure_summary(
    frame: &Frame<'_>,
    from: &str,
    p: &crate::entities::kinds::ProcedureData,
) -> ProcedureSummary {
    let mut agency_ids: Vec<&String> = p.agencies.iter().collect();
    for s in &p.steps {
        if let Some(a) = &s.agency {
            if !agency_ids.contains(&a) {
                agency_ids.push(a);
            }
        }
    }
    let mut documents: Vec<String> = Vec::new();
    for s in &p.steps {
        for d in &s.documents {
            if !documents.contains(d) {
                documents.push(d.clone());
            }
        }
    }
    let durations: Vec<DurationRange> = p
        .steps
        .iter()
        .filter_map(|s| {
            s.duration
                .as_deref()
                .and_then(|d| parse_duration_range(d).ok())
        })
        .collect();
    // A sum of ranges is exact to the minute, which nobody reads as a
    // promise: the summary gives it in whole days or hours.
    let total_time = durations
        .iter()
        .copied()
        .reduce(|a, b| a + b)
        .map(DurationRange::for_people);
    // Fees charged in some cases only (`fees_if` of the procedure or of a
    // step) are listed beside the total, not in it; the others, anywhere
    // in the procedure, are counted once.
    let conditional = distinct(
        p.fees_if
            .iter()
            .chain(p.steps.iter().flat_map(|s| &s.fees_if)),
        &[],
    );
    let fee_ids = distinct(
        p.fees.iter().chain(p.steps.iter().flat_map(|s| &s.fees)),
        &conditional,
    );
    let total = super::fees::fees_total(frame, &fee_ids);
    ProcedureSummary {
        steps: p.steps.len(),
        agencies: agency_ids
            .iter()
            .filter_map(|a| entity_link(frame, from, EntityKind::Agency, a))
            .collect(),
        documents,
        duration: total_time.map(|t| duration_words(frame, t)),
        fees_total: total.now,
        fees_total_scheduled: total.scheduled,
        fees_unknown: total.unknown,
        fees_conditional: charged_fees(frame, from, &conditional, true),
    }
}

/// The pages an entity's front matter names, by the key that names them,
/// each once.
fn references<'d>(
    frame: &Frame<'_>,
    from: &str,
    data: &'d EntityData,
) -> BTreeMap<&'d str, Vec<Link>> {
    let mut refs: BTreeMap<&str, Vec<Link>> = BTreeMap::new();
    for (key, kind, id) in data.references() {
        if let Some(link) = entity_link(frame, from, kind, &id) {
            let list = refs.entry(key).or_default();
            if !list.iter().any(|l| l.href == link.href) {
                list.push(link);
            }
        }
    }
    refs
}

/// What a notice affects (pages and tariff codes), and whether its
/// consultation is still open on the reference date.
fn notice_context(
    frame: &Frame<'_>,
    from: &str,
    n: &crate::entities::kinds::NoticeData,
    context: &mut tera::Context,
) {
    let mut affected = Vec::new();
    let mut codes = Vec::new();
    for a in &n.affects {
        match a.split_once(':') {
            Some(("hs", code)) => codes.push(code.to_string()),
            Some((scheme, id)) => {
                if let Some(link) =
                    EntityKind::from_scheme(scheme).and_then(|k| entity_link(frame, from, k, id))
                {
                    affected.push(link);
                }
            }
            None => {}
        }
    }
    context.insert("affected", &affected);
    context.insert("hs", &hs_links(frame, from, &codes));
    let open = crate::timeline::civil_date(&n.comment_until)
        .is_some_and(|until| until >= frame.site.reference_date);
    context.insert("consultation_open", &open);
}

#[derive(Serialize)]
struct CodeLink {
    code: String,
    href: Option<String>,
    description: Option<String>,
    /// The description's language where it is not the page's (an
    /// untranslated chapter or line shows the original's).
    lang: Option<String>,
    /// The last code of a range (`0701-0714`), with its page.
    to: Option<RangeEnd>,
}

#[derive(Serialize)]
struct RangeEnd {
    code: String,
    href: String,
}

fn hs_links(frame: &Frame<'_>, from: &str, codes: &[String]) -> Vec<CodeLink> {
    let tariff = &frame.site.tariff;
    codes
        .iter()
        .map(|text| {
            // A subheading without a row of its own stands for its lines:
            // the one line, or the range from the first to the last.
            let lines = tariff.lines_of_missing(&crate::tariff::normalise_code(text));
            let text = match (lines.first(), lines.last()) {
                (Some(first), Some(_)) if lines.len() == 1 => first.digits.clone(),
                (Some(first), Some(last)) => format!("{}-{}", first.digits, last.digits),
                _ => text.clone(),
            };
            let text = &text;
            let digits = crate::tariff::normalise_code(text);
            let single = !text.contains('-');
            let original = &frame.site.config.default_language;
            let (description, lang) = if !single {
                (None, None)
            } else if digits.len() == 2 {
                let title = tariff.chapter(&digits).and_then(|c| {
                    let page = frame.site.page(&c.page_key)?;
                    let version = page.version(frame.lang).unwrap_or(&page.versions[0]);
                    let foreign = version.content_lang != frame.lang.code();
                    Some((
                        version.title.clone(),
                        foreign.then(|| version.content_lang.clone()),
                    ))
                });
                title.map_or((None, None), |(t, l)| (Some(t), l))
            } else {
                let line = tariff.code(&digits).map(|c| c.description(frame.lang));
                let lang = line.and_then(|(_, foreign)| foreign.then(|| original.clone()));
                (line.map(|(d, _)| d.to_string()), lang)
            };
            let page = |d: &str| frame.code_href(from, d);
            match text.split_once('-') {
                // Each end of a range links to its code's page.
                Some((first, last)) => {
                    let (first, last) = (
                        crate::tariff::normalise_code(first),
                        crate::tariff::normalise_code(last),
                    );
                    CodeLink {
                        code: crate::tariff::shown_code(&frame.site.config.tariff, &first),
                        href: Some(page(&first)),
                        description,
                        lang,
                        to: Some(RangeEnd {
                            code: crate::tariff::shown_code(&frame.site.config.tariff, &last),
                            href: page(&last),
                        }),
                    }
                }
                None => CodeLink {
                    code: crate::tariff::shown_code(&frame.site.config.tariff, &digits),
                    href: Some(page(&digits)),
                    description,
                    lang,
                    to: None,
                },
            }
        })
        .collect()
}

/// Adds an entity page's fields, links and backlinks to its context.
pub(crate) fn add_entity_context(
    frame: &Frame<'_>,
    page: &Page,
    from: &str,
    context: &mut tera::Context,
) {
    let site = frame.site;
    let Some(entity) = site.entities.by_key.get(&page.key) else {
        return;
    };
    let data = entity.data(frame.lang);
    context.insert("entity_kind", entity.kind.scheme());
    context.insert("entity_id", &entity.id);
    context.insert("entity", data);
    let inherited = inherited_texts(frame, entity);
    context.insert(
        "legal_basis",
        &super::legal_basis::basis(data.legal_basis(), inherited.get("legal_basis"), |id| {
            entity_link(frame, from, EntityKind::Legal, id)
        }),
    );
    context.insert("inherited", &inherited);
    let backlinks: Vec<&Backlink> = site.entities.backlinks.to(&page.key).iter().collect();
    context.insert("backlinks", &grouped(frame, from, &backlinks));
    context.insert("refs", &references(frame, from, data));
    // A legal text's or form's file under `static/`, linked through the
    // site's addresses so that an offline copy finds it on disk.
    let file = match data {
        EntityData::Legal(l) => l.file.as_deref(),
        EntityData::Form(f) => f.file.as_deref(),
        _ => None,
    };
    if let Some(file) = file {
        let to = format!("/{}", file.trim_start_matches('/'));
        context.insert("file_href", &frame.href(from, &to));
    }
    match data {
        EntityData::Procedure(p) => procedure_context(frame, from, p, context),
        EntityData::Measure(m) => context.insert("hs", &hs_links(frame, from, &m.hs)),
        EntityData::Fee(fee) => {
            context.insert("hs", &hs_links(frame, from, &fee.hs));
            super::fees::add_fee_context(frame, entity, fee, context);
        }
        EntityData::ExchangeRate(_) => {
            super::exchange::add_rate_context(frame, entity, from, context)
        }
        EntityData::Origin(_) => super::origin::add_origin_context(frame, entity, from, context),
        EntityData::Quota(q) => {
            context.insert("hs", &hs_links(frame, from, &q.hs));
            super::quotas::add_quota_context(frame, entity, from, context);
        }
        EntityData::Ruling(r) => {
            context.insert("hs", &hs_links(frame, from, &r.hs));
            super::rulings::add_ruling_context(frame, entity, from, context);
        }
        EntityData::Notice(n) => notice_context(frame, from, n, context),
        _ => {}
    }
}

/// Adds the list of a kind's entities to its folder index's context:
/// procedures by direction, tools by category (in the language's
/// alphabetical order), everything else by title.
pub(crate) fn add_index_context(
    frame: &Frame<'_>,
    kind: EntityKind,
    from: &str,
    context: &mut tera::Context,
) {
    let site = frame.site;
    let collator = collator(frame.lang.code());
    let mut entries: Vec<EntryLink> = site
        .entities
        .of_kind(kind)
        .filter_map(|e| entry_link(frame, from, &e.page_key))
        .collect();
    entries.sort_by(|a, b| match &collator {
        Some(c) => c
            .compare(&a.link.title, &b.link.title)
            .then_with(|| a.id.cmp(&b.id)),
        None => a
            .link
            .title
            .cmp(&b.link.title)
            .then_with(|| a.id.cmp(&b.id)),
    });
    let group_of = |e: &EntryLink| -> String {
        match &e.data {
            EntityData::Procedure(p) => direction_key(p.direction).to_string(),
            EntityData::Tool(t) => t.category.clone(),
            _ => String::new(),
        }
    };
    let mut groups: Vec<LinkGroup> = Vec::new();
    let mut order: Vec<String> = entries.iter().map(&group_of).collect();
    order.sort();
    order.dedup();
    match kind {
        // Directions in the order goods move; categories by their name in
        // the reader's language.
        EntityKind::Procedure => order.sort_by_key(|d| {
            ["import", "export", "transit", "both", "other"]
                .iter()
                .position(|x| x == d)
        }),
        EntityKind::Tool => {
            let label = |c: &String| frame.text(&format!("tool-category-{c}"), None);
            order.sort_by(|a, b| match &collator {
                Some(c) => c.compare(&label(a), &label(b)),
                None => label(a).cmp(&label(b)),
            });
        }
        _ => {}
    }
    for key in order {
        let links: Vec<EntryLink> = Vec::new();
        groups.push(LinkGroup { key, links });
    }
    let mut statuses: BTreeMap<String, usize> = BTreeMap::new();
    for e in entries {
        if let EntityData::Tool(t) = &e.data {
            *statuses.entry(status_key(t.status)).or_default() += 1;
        }
        let key = group_of(&e);
        if let Some(g) = groups.iter_mut().find(|g| g.key == key) {
            g.links.push(e);
        }
    }
    if kind == EntityKind::ExchangeRate {
        super::exchange::add_rates_index_context(frame, from, context);
    }
    context.insert("index_kind", kind.scheme());
    context.insert("groups", &groups);
    context.insert("statuses", &statuses);
}

fn direction_key(d: Direction) -> &'static str {
    match d {
        Direction::Import => "import",
        Direction::Export => "export",
        Direction::Transit => "transit",
        Direction::Both => "both",
        Direction::Other => "other",
    }
}

fn status_key(s: crate::entities::kinds::ToolStatus) -> String {
    s.name().to_string()
}

/// The language's collation, so that `Édouard` sorts with `E` in French and
/// Arabic titles in Arabic order.
fn collator(lang: &str) -> Option<icu::collator::CollatorBorrowed<'static>> {
    let locale: icu::locale::Locale = lang.parse().ok()?;
    icu::collator::Collator::try_new((&locale).into(), Default::default()).ok()
}

/// The TFA Art. 1 items, each with the pages that publish it.
#[derive(Serialize)]
struct TransparencyItem {
    item: String,
    key: String,
    pages: Vec<Link>,
}

/// Adds the transparency index to its page's context.
pub(crate) fn add_transparency_context(frame: &Frame<'_>, from: &str, context: &mut tera::Context) {
    let site = frame.site;
    let mut items: Vec<TransparencyItem> = crate::model::transparency::coverage(site)
        .into_iter()
        .map(|c| TransparencyItem {
            item: c.item.to_string(),
            key: crate::tfa::item_key(c.item),
            pages: c
                .pages
                .iter()
                .filter_map(|key| site.page(key))
                .map(|page| frame.link_to(from, page))
                .collect(),
        })
        .collect();
    let collator = collator(frame.lang.code());
    for item in &mut items {
        item.pages.sort_by(|a, b| match &collator {
            Some(c) => c.compare(&a.title, &b.title),
            None => a.title.cmp(&b.title),
        });
    }
    let missing = items.iter().filter(|i| i.pages.is_empty()).count();
    context.insert("tfa_items", &items);
    context.insert("tfa_missing", &missing);
}
