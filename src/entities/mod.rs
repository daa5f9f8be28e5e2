//! Customs content beyond the tariff: procedures, fees, measures, WCO tools,
//! legal texts, forms, agencies and notices. Each is a page in its kind's
//! folder whose front matter is typed here; translations bring text fields
//! and inherit data fields; references between them are checked and turned
//! into backlinks (see [`refs`]).

pub mod duration;
pub mod exchange;
pub mod fees;
pub mod kinds;
pub mod money;
pub mod notices;
pub mod origin;
pub mod quotas;
pub mod refs;
pub mod rulings;
pub mod trade_kinds;
mod translations;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;

use crate::config::{toml_diagnostic_at, Config};
use crate::content::{ContentFile, Corpus};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::page::{Page, TranslationState};

pub use kinds::{EntityData, EntityKind, ALL_KINDS};
pub use refs::{Backlink, Backlinks};

/// One procedure, fee, measure… in every language.
#[derive(Debug, Clone)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// Its id: the file name (`import-home-use`).
    pub id: String,
    /// Its page's key (`procedures/import-home-use`).
    pub page_key: String,
    /// Typed fields per configured language (translations' text, the
    /// original's data).
    pub versions: Vec<EntityData>,
    /// The original file.
    pub source: PathBuf,
    /// A fee's amounts over time, read and checked; `None` for the other
    /// kinds and for a fee whose amounts have errors.
    pub fee: Option<fees::FeeAmounts>,
    /// Dated decimals the kind holds, read and checked: an exchange
    /// rate's rate, a quota's balance; `None` for the other kinds and
    /// for values with errors.
    pub amounts: Option<crate::timeline::Timeline<money::Amount>>,
    /// Index of the original in the corpus, for positions in errors.
    pub(crate) file: usize,
    /// Per language, the text keys (and arrays of tables) its translation
    /// leaves out, whose original's text it shows: marked as in the
    /// default language where shown (WCAG 3.1.2): all of them where the
    /// page is not translated. Empty for the original.
    pub inherited: Vec<Vec<&'static str>>,
}

impl Entity {
    /// The fields in language `lang` (the original's if that language has
    /// no version).
    pub fn data(&self, lang: Lang<'_>) -> &EntityData {
        self.versions.get(lang.index()).unwrap_or(&self.versions[0])
    }

    /// The fields of the original, in the site's default language: what
    /// validation, totals and cross-references read.
    pub fn original(&self) -> &EntityData {
        &self.versions[0]
    }
}

/// Every entity, by page key, with the references between them.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// Entities by page key (`fees/advance-ruling`).
    pub by_key: BTreeMap<String, Entity>,
    /// Who refers to what.
    pub backlinks: Backlinks,
}

impl Entities {
    /// The entity of `kind` with `id`.
    pub fn get(&self, kind: EntityKind, id: &str) -> Option<&Entity> {
        self.by_key.get(&format!("{}/{id}", kind.folder()))
    }

    /// Entities of one kind, by id.
    pub fn of_kind(&self, kind: EntityKind) -> impl Iterator<Item = &Entity> {
        self.by_key.values().filter(move |e| e.kind == kind)
    }

    /// Sets where each notice stands on `today`.
    pub fn set_notice_phases(&mut self, pages: &[Page], today: jiff::civil::Date) {
        for entity in self.by_key.values_mut() {
            let effective = pages
                .binary_search_by(|p| p.key.as_str().cmp(&entity.page_key))
                .ok()
                .and_then(|i| pages[i].effective);
            for data in &mut entity.versions {
                if let EntityData::Notice(n) = data {
                    n.phase = n.phase_on(effective, today);
                }
            }
        }
    }

    /// The agency marked `kind = "enquiry-point"`, if any.
    pub fn enquiry_point(&self) -> Option<&Entity> {
        self.of_kind(EntityKind::Agency).find(|e| {
            matches!(e.original(), EntityData::Agency(a) if a.kind == kinds::AgencyKind::EnquiryPoint)
        })
    }
}

/// Front matter keys a page key's kind adds to the common ones.
pub fn kind_keys(key: &str) -> Option<&'static [&'static str]> {
    EntityKind::of_key(key).map(EntityKind::keys)
}

/// Reads the typed fields of every entity page, checks translations and
/// references, and computes backlinks.
pub fn build(
    config: &Config,
    corpus: &Corpus,
    pages: &[Page],
    tariff: &crate::tariff::Tariff,
    problems: &mut Diagnostics,
) -> Entities {
    let mut entities = Entities::default();
    // Pages whose typed fields cannot be read: reported here, and not
    // again by each reference to them.
    let mut unreadable: Vec<&str> = Vec::new();
    for page in pages {
        let Some(kind) = page.kind.entity() else {
            continue;
        };
        let currency = config.tariff.currency.as_deref().unwrap_or("USD");
        match read_entity(kind, page, corpus, (currency, &config.currencies), problems) {
            Some(entity) => {
                entities.by_key.insert(page.key.clone(), entity);
            }
            None => unreadable.push(&page.key),
        }
    }
    let pages_by_key: BTreeMap<&str, &Page> = pages.iter().map(|p| (p.key.as_str(), p)).collect();
    for entity in entities.by_key.values() {
        check_fields(corpus, entity, problems);
        check_tool_category(config, corpus, entity, problems);
        check_fee_notice(config, corpus, entity, problems);
        origin::check(config, corpus, entity, problems);
        let issued = pages_by_key
            .get(entity.page_key.as_str())
            .and_then(|p| p.date);
        rulings::check(corpus, entity, issued, problems);
    }
    exchange::check_currencies(config, corpus, &entities, problems);
    exchange::check_duty_currencies(config, corpus, tariff, &entities, problems);
    entities.backlinks =
        refs::check_and_link(config, corpus, &unreadable, &entities, tariff, problems);
    entities
}

/// The entity of `page` in every language, its amounts read once from the
/// original; `None` when the original's typed fields cannot be read
/// (reported), or its front matter is not TOML (reported by the pages).
fn read_entity(
    kind: EntityKind,
    page: &Page,
    corpus: &Corpus,
    (currency, currencies): (&str, &crate::currency::Currencies),
    problems: &mut Diagnostics,
) -> Option<Entity> {
    let original = &corpus.files[page.versions[0].file];
    let data = match EntityData::from_text(kind, original.front_text()) {
        Ok(d) => d,
        Err(e) => {
            if !crate::front::misspelt_required_key(original, kind.keys(), &e) {
                problems.push(toml_diagnostic_at(
                    &original.source,
                    &e,
                    original.front.start,
                ));
            }
            return None;
        }
    };
    let original_table = toml::from_str::<toml::Table>(original.front_text()).ok()?;
    let mut versions = vec![data.clone()];
    let mut inherited = vec![Vec::new()];
    for version in &page.versions[1..] {
        if matches!(version.state, TranslationState::Missing) {
            versions.push(data.clone());
            let none = toml::Table::new();
            inherited.push(translations::inherited_texts(kind, &original_table, &none));
            continue;
        }
        let file = &corpus.files[version.file];
        let (translated, left_out) =
            translations::translated(kind, &original_table, file, &data, problems);
        versions.push(translated);
        inherited.push(left_out);
    }
    // Amounts are data: read once, from the original.
    let fee = match &data {
        EntityData::Fee(f) => read_fee(original, f, currencies, problems),
        _ => None,
    };
    let amounts = match &data {
        EntityData::ExchangeRate(x) => exchange::read_dated(
            original,
            "rate",
            &x.rate,
            exchange::read_exchange_rate,
            problems,
        ),
        EntityData::Quota(q) => quotas::read_and_check(original, q, currency, problems),
        _ => None,
    };
    let id = page.key.rsplit_once('/').map_or("", |(_, id)| id);
    Some(Entity {
        kind,
        id: id.to_string(),
        page_key: page.key.clone(),
        versions,
        source: original.source.path.clone(),
        fee,
        amounts,
        file: page.versions[0].file,
        inherited,
    })
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian).
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    // Howard Hinnant's days_from_civil: shift the year to start in March.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Values serde cannot judge: durations, amounts, currencies.
fn check_fields(corpus: &Corpus, entity: &Entity, problems: &mut Diagnostics) {
    let file = &corpus.files[entity.file];
    match entity.original() {
        EntityData::Procedure(p) => check_step_durations(file, p, problems),
        EntityData::Fee(fee) => {
            let mut report = |key: &str, message: String, hint: &str| {
                let (start, end) = crate::front::front_key_span(file, key);
                problems.push(
                    Diagnostic::error("front-matter", message)
                        .at(&file.source, start, end)
                        .hint(hint),
                );
            };
            check_fee_fields(fee, &mut report);
        }
        _ => {}
    }
}

/// Each step's `duration`, reported at the step's own `duration`, else at
/// the first `[[steps]]`.
fn check_step_durations(file: &ContentFile, p: &kinds::ProcedureData, problems: &mut Diagnostics) {
    for (i, step) in p.steps.iter().enumerate() {
        if let Some(Err(e)) = step.duration.as_deref().map(duration::parse_duration_range) {
            let index = i.to_string();
            let (start, end) =
                crate::config::toml_value_span(file.front_text(), &["steps", &index, "duration"])
                    .map(|at| (file.front.start + at.start, file.front.start + at.end))
                    .unwrap_or_else(|| crate::front::front_key_span_table(file, "steps"));
            problems.push(
                Diagnostic::error("front-matter", format!("step {}: {e}", i + 1))
                    .at(&file.source, start, end)
                    .hint("write PT4H for 4 hours, P2D for 2 days, PT2H/P1D for a range"),
            );
        }
    }
}

/// A fee's amount or rates, its `until` and its currency; `report` takes
/// the key to point at, the message and the hint. Amounts are read, with
/// their positions, by `read_fee`.
fn check_fee_fields(fee: &kinds::FeeData, report: &mut impl FnMut(&str, String, &str)) {
    match (&fee.amount, fee.rates.is_empty()) {
        (None, true) => report(
            "title",
            "a fee needs an `amount` or [[rates]]".into(),
            "write amount = \"20000\", or [[rates]] with label and amount",
        ),
        (Some(_), false) => report(
            "amount",
            "a fee has an `amount` or [[rates]], not both".into(),
            "keep one of them",
        ),
        _ => {}
    }
    match (&fee.until, crate::timeline::civil_date(&fee.until)) {
        (Some(written), None) => report(
            "until",
            format!("`until = {written}` is not a day"),
            "write the last day the fee is charged as a date: until = 2027-06-30",
        ),
        (_, Some(until)) => {
            if let Some(effective) =
                crate::timeline::civil_date(&fee.effective).filter(|e| *e > until)
            {
                report(
                    "until",
                    format!(
                        "the fee's last day {until} (`until`) is before its first {effective} (`effective`)"
                    ),
                    "`until` is the last day the fee is charged, on or after `effective`",
                );
            }
        }
        _ => {}
    }
    // `effective = 2570-01-01`: a Buddhist Era year read as Gregorian
    // would charge the fee 543 years late.
    for (key, written) in [("effective", &fee.effective), ("until", &fee.until)] {
        let day = crate::timeline::civil_date(written).map(|d| d.to_string());
        if let Some(Err(message)) = day.as_deref().map(crate::timeline::parse_schedule_date) {
            let day = day.unwrap_or_default();
            let hint = crate::date_forms::date_hint(&day, |d| format!("{key} = {d}"));
            report(key, format!("{key}: {message}"), &hint);
        }
    }
    if fee.currency.len() != 3 || !fee.currency.chars().all(|c| c.is_ascii_uppercase()) {
        report(
            "currency",
            format!("`{}` is not an ISO 4217 currency code", fee.currency),
            "write three capital letters, such as VND or USD",
        );
    }
}

/// Reads a fee's amounts; each problem is reported at its place in the
/// amount's string (or at the whole value when escapes make the string's
/// text differ from the file's).
fn read_fee(
    file: &ContentFile,
    fee: &kinds::FeeData,
    currencies: &crate::currency::Currencies,
    problems: &mut Diagnostics,
) -> Option<fees::FeeAmounts> {
    let found = match fees::read_fee_amounts(fee, currencies) {
        Ok(amounts) => return Some(amounts),
        Err(found) => found,
    };
    let spans = toml::de::DeTable::parse(file.front_text()).ok();
    for problem in found {
        let value = spans
            .as_ref()
            .and_then(|table| amount_value_span(file, table.get_ref(), problem.field));
        let (start, end) = match value {
            Some((_, Some(content))) => (
                file.front.start + content + problem.range.start,
                file.front.start + content + problem.range.end,
            ),
            Some((whole, None)) => (file.front.start + whole.start, file.front.start + whole.end),
            None => match problem.field {
                fees::AmountField::Amount => crate::front::front_key_span(file, "amount"),
                fees::AmountField::Tier(_) => crate::front::front_key_span_table(file, "rates"),
            },
        };
        let message = match problem.field {
            fees::AmountField::Amount => format!("amount: {}", problem.message),
            fees::AmountField::Tier(i) => {
                format!("[[rates]] number {}: {}", i + 1, problem.message)
            }
        };
        problems.push(
            Diagnostic::error("front-matter", message)
                .at(&file.source, start, end)
                .hint(problem.hint),
        );
    }
    None
}

/// The span (in the front matter) of the string value that holds `field`,
/// and where its text starts when the string is written as it reads (no
/// escapes, no trimmed newline), so that a range in the text maps to the
/// file.
fn amount_value_span(
    file: &ContentFile,
    table: &toml::de::DeTable<'_>,
    field: fees::AmountField,
) -> Option<(Range<usize>, Option<usize>)> {
    use toml::de::DeValue;
    let value = match field {
        fees::AmountField::Amount => table.get("amount")?,
        fees::AmountField::Tier(i) => {
            let DeValue::Array(rates) = table.get("rates")?.get_ref() else {
                return None;
            };
            let DeValue::Table(tier) = rates.get(i)?.get_ref() else {
                return None;
            };
            tier.get("amount")?
        }
    };
    Some(string_content_span(file, value))
}

/// The span (in the front matter) of a value, and where its text starts
/// when it is a string written as it reads (no escapes), so that a range
/// in the string maps to the file.
fn string_content_span(
    file: &ContentFile,
    value: &toml::Spanned<toml::de::DeValue<'_>>,
) -> (Range<usize>, Option<usize>) {
    use toml::de::DeValue;
    let span = value.span();
    let DeValue::String(text) = value.get_ref() else {
        return (span, None);
    };
    let Some(raw) = file.front_text().get(span.clone()) else {
        return (span, None);
    };
    let content = ["\"\"\"", "'''", "\"", "'"].iter().find_map(|quote| {
        let inner = raw.strip_prefix(quote)?.strip_suffix(quote)?;
        (inner == text.as_ref()).then(|| span.start + quote.len())
    });
    (span, content)
}

/// A tool's `category` must be one of `[tools] categories` in `kb.toml`.
fn check_tool_category(
    config: &Config,
    corpus: &Corpus,
    entity: &Entity,
    problems: &mut Diagnostics,
) {
    let EntityData::Tool(tool) = entity.original() else {
        return;
    };
    let known = &config.tools.categories;
    if known.contains(&tool.category) {
        return;
    }
    let file = &corpus.files[entity.file];
    let (start, end) = crate::front::front_key_span(file, "category");
    let hint = match crate::diagnostics::closest(&tool.category, known.iter().map(String::as_str)) {
        Some(best) => format!("did you mean `{best}`?"),
        None => format!(
            "categories of this site: {}; add one under [tools] categories in kb.toml",
            known.join(", ")
        ),
    };
    problems.push(
        Diagnostic::error(
            "front-matter",
            format!("`{}` is not a tool category of this site", tool.category),
        )
        .at(&file.source, start, end)
        .hint(hint),
    );
}

/// TFA Art. 6.1: a warning when a fee takes effect too soon after it is
/// published for traders to adapt, or was in force before it was
/// published here (a site launched with the fees already in force): the
/// date to give then is the fee's legal publication.
fn check_fee_notice(config: &Config, corpus: &Corpus, entity: &Entity, problems: &mut Diagnostics) {
    let EntityData::Fee(fee) = entity.original() else {
        return;
    };
    let published = kinds::date_string(&fee.published);
    let effective = kinds::date_string(&fee.effective);
    let (Some(p), Some(e)) = (published, effective) else {
        return;
    };
    let (Some(pd), Some(ed)) = (day_number(&p), day_number(&e)) else {
        return;
    };
    let minimum = config.fees.min_notice_days;
    if ed - pd >= minimum {
        return;
    }
    let (message, hint) = fee_notice_finding(&p, &e, ed - pd, minimum);
    let file = &corpus.files[entity.file];
    let (start, end) = crate::front::front_key_span(file, "effective");
    problems.push(
        Diagnostic::warning("fee-notice", message)
            .at(&file.source, start, end)
            .hint(hint),
    );
}

/// The warning and its hint for a fee published on `p` and in force from
/// `e`, `days` later (fewer than `minimum`; none or fewer than none when
/// it was in force first: "-323 days after" read as a bug).
fn fee_notice_finding(p: &str, e: &str, days: i64, minimum: i64) -> (String, String) {
    let set = "or set fees.min_notice_days in kb.toml";
    match days {
        ..0 => (
            format!("this fee was in force from {e}, {} days before its publication on this site ({p})", -days),
            format!("if it was published before, in the official gazette or a decree, set `published` to the date of that publication; fees are published before they apply (TFA Art. 6.1), {set}"),
        ),
        0 => (
            format!("this fee takes effect on the day it is published ({p}); the site asks for at least {minimum} days"),
            format!("publish fees well before they apply (TFA Art. 6.1), {set}"),
        ),
        _ => (
            format!("this fee takes effect {days} days after it is published ({p} → {e}); the site asks for at least {minimum}"),
            format!("publish fees well before they apply (TFA Art. 6.1), {set}"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fee_in_force_before_its_publication_says_so_with_no_negative_days() {
        // Türkiye: "takes effect -323 days after it is published".
        let (message, hint) = fee_notice_finding("2026-11-20", "2026-01-01", -323, 30);
        assert_eq!(
            message,
            "this fee was in force from 2026-01-01, 323 days before its publication on this site (2026-11-20)"
        );
        assert!(
            hint.contains("set `published` to the date of that publication"),
            "{hint}"
        );
        let (message, _) = fee_notice_finding("2026-11-20", "2026-11-20", 0, 30);
        assert!(message.contains("on the day it is published"), "{message}");
        let (message, _) = fee_notice_finding("2026-09-21", "2026-10-01", 10, 30);
        assert!(message.contains("takes effect 10 days after"), "{message}");
    }

    #[test]
    fn day_numbers_count_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(
            day_number("2024-03-01")
                .zip(day_number("2024-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
        assert_eq!(
            day_number("2025-01-01")
                .zip(day_number("2024-11-15"))
                .map(|(a, b)| a - b),
            Some(47)
        );
        assert_eq!(day_number("nope"), None);
    }

    #[test]
    fn kinds_come_from_folders() {
        assert_eq!(
            EntityKind::of_key("fees/advance-ruling"),
            Some(EntityKind::Fee)
        );
        assert_eq!(EntityKind::of_key("fees/_index"), None);
        assert_eq!(EntityKind::of_key("guides/valuation"), None);
        assert_eq!(
            EntityKind::of_index_key("tools/_index"),
            Some(EntityKind::Tool)
        );
        assert_eq!(EntityKind::from_scheme("legal"), Some(EntityKind::Legal));
    }
}
