//! The typed front matter of each kind of customs content, and which of its
//! fields are text (translated) and which are data (inherited by
//! translations, which may not change them).

use serde::{Deserialize, Serialize};

use super::trade_kinds::date_text;
use toml::value::Datetime;

/// `YYYY-MM-DD` of a TOML date.
pub fn date_string(date: &Option<Datetime>) -> Option<String> {
    date.as_ref().and_then(|d| d.date).map(|d| d.to_string())
}

pub use crate::entity_kind::{EntityKind, ALL_KINDS};

/// Which way goods move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Into the country.
    Import,
    /// Out of the country.
    Export,
    /// Through the country.
    Transit,
    /// Import and export.
    Both,
    /// Anything else.
    Other,
}

/// One step of a procedure.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// What the trader or officer does (text).
    pub title: String,
    /// The agency that acts.
    pub agency: Option<String>,
    /// ISO 8601 duration or range (`PT2H/P1D`).
    pub duration: Option<String>,
    /// Fees charged at this step.
    #[serde(default)]
    pub fees: Vec<String>,
    /// Fees charged at this step only in some cases (a scan, an
    /// inspection): shown as such, and not counted in the certain total.
    #[serde(default)]
    pub fees_if: Vec<String>,
    /// Documents to present (text).
    #[serde(default)]
    pub documents: Vec<String>,
    /// Forms used at this step.
    #[serde(default)]
    pub forms: Vec<String>,
}

/// A procedure's own fields.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ProcedureData {
    /// One sentence on what it is for (text).
    pub summary: Option<String>,
    /// Which way the goods move.
    pub direction: Direction,
    /// Agencies involved.
    #[serde(default)]
    pub agencies: Vec<String>,
    /// Fees charged.
    #[serde(default)]
    pub fees: Vec<String>,
    /// Fees charged only in some cases (outside office hours, on
    /// request), besides those of the steps.
    #[serde(default)]
    pub fees_if: Vec<String>,
    /// WCO tools it applies.
    #[serde(default)]
    pub tools: Vec<String>,
    /// Forms it uses.
    #[serde(default)]
    pub forms: Vec<String>,
    /// Goods it concerns, as tariff codes.
    #[serde(default)]
    pub hs: Vec<String>,
    /// `legal:ID` or plain text.
    #[serde(default)]
    pub legal_basis: Vec<String>,
    /// The steps, in order.
    #[serde(default)]
    pub steps: Vec<Step>,
}

/// One tier or condition of a fee.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FeeRate {
    /// When this amount applies (text).
    pub label: String,
    /// The tier's amounts as written: a dated value of decimal amounts
    /// (`"400000; 450000 from 2027-01-01"`), read by
    /// [`super::fees::read_fee_amounts`].
    pub amount: String,
}

/// A fee's own fields.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct FeeData {
    /// The amounts of a single-amount fee as written: a dated value of
    /// decimal amounts, read by [`super::fees::read_fee_amounts`].
    pub amount: Option<String>,
    /// Tiers or conditions, instead of `amount`.
    #[serde(default)]
    pub rates: Vec<FeeRate>,
    /// ISO 4217 currency.
    pub currency: String,
    /// What the amount is charged per (label from Fluent `fee-per-ID`).
    pub per: String,
    /// Why it is charged: the service it pays for (TFA Art. 6.1.2; text).
    pub reason: Option<String>,
    /// The agency that charges it.
    pub authority: Option<String>,
    /// How and when to pay (text).
    pub payment: Option<String>,
    /// `legal:ID` or plain text.
    #[serde(default)]
    pub legal_basis: Vec<String>,
    /// Publication date.
    #[serde(default, serialize_with = "date_text")]
    pub published: Option<Datetime>,
    /// Date from which it is charged.
    #[serde(default, serialize_with = "date_text")]
    pub effective: Option<Datetime>,
    /// Last day it is charged, for a fee that ends.
    #[serde(default, serialize_with = "date_text")]
    pub until: Option<Datetime>,
    /// Goods it is charged on, as tariff codes and ranges (like a
    /// measure's): their code pages list it.
    #[serde(default)]
    pub hs: Vec<String>,
}

/// What kind of measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MeasureType {
    /// The goods may not cross.
    Prohibition,
    /// Conditions apply.
    Restriction,
    /// A licence or permit is needed.
    Licence,
    /// Sanitary and phytosanitary.
    Sps,
    /// Technical barriers to trade: standards, labels.
    Tbt,
    /// A quantity limit or tariff-rate quota.
    Quota,
    /// Anything else.
    Other,
}

/// A measure's own fields.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct MeasureData {
    /// What kind of measure.
    #[serde(rename = "type")]
    pub measure_type: MeasureType,
    /// The administration's reference (`M-12`), by which tariff notes
    /// name it; such a mention becomes a link.
    pub number: Option<String>,
    /// Which way it applies.
    pub direction: Direction,
    /// Codes and ranges (`06`, `0701-0714`, `0901`).
    #[serde(default)]
    pub hs: Vec<String>,
    /// The agency that administers it.
    pub agency: Option<String>,
    /// The procedure to follow.
    pub procedure: Option<String>,
    /// `legal:ID` or plain text.
    #[serde(default)]
    pub legal_basis: Vec<String>,
}

/// This administration's status with a tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ToolStatus {
    /// Party to the convention.
    ContractingParty,
    /// Applied in practice.
    Applied,
    /// Being put in place.
    InProgress,
    /// Not applied.
    NotApplied,
    /// Used as a reference.
    Reference,
}

impl ToolStatus {
    /// The name front matter, templates and the change log use
    /// (`contracting-party`): the one serde reads.
    pub fn name(self) -> &'static str {
        match self {
            ToolStatus::ContractingParty => "contracting-party",
            ToolStatus::Applied => "applied",
            ToolStatus::InProgress => "in-progress",
            ToolStatus::NotApplied => "not-applied",
            ToolStatus::Reference => "reference",
        }
    }
}

/// A tool's own fields.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ToolData {
    /// Short name (text).
    pub acronym: Option<String>,
    /// Area: one of `[tools] categories` of `kb.toml` (label from Fluent
    /// `tool-category-ID`).
    pub category: String,
    /// Who issued it (WCO, WTO, UNECE).
    pub issuer: Option<String>,
    /// Year of adoption.
    pub adopted: Option<i64>,
    /// Official page.
    pub url: Option<String>,
    /// This administration's status.
    pub status: ToolStatus,
    /// Related tools.
    #[serde(default)]
    pub related: Vec<String>,
}

/// What kind of legal text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LegalType {
    /// An act of parliament.
    Law,
    /// A government decree.
    Decree,
    /// A ministerial circular.
    Circular,
    /// An administrative ruling.
    Ruling,
    /// An international agreement.
    Agreement,
}

/// A legal text's own fields.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct LegalData {
    /// What kind of text.
    #[serde(rename = "type")]
    pub legal_type: LegalType,
    /// Official number.
    pub number: Option<String>,
    /// Who issued it (text).
    pub issuer: Option<String>,
    /// Official text online.
    pub url: Option<String>,
    /// Official text as a file under `static/`.
    pub file: Option<String>,
}

/// A form's own fields.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct FormData {
    /// Official form number.
    pub number: Option<String>,
    /// The form as a file under `static/`.
    pub file: Option<String>,
}

/// What an agency is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AgencyKind {
    /// The customs administration.
    Customs,
    /// Another border agency.
    Agency,
    /// The TFA Art. 1.3 enquiry point.
    EnquiryPoint,
}

/// An agency's own fields.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AgencyData {
    /// Short name (text).
    pub acronym: Option<String>,
    /// What it is.
    pub kind: AgencyKind,
    /// Contact address.
    pub email: Option<String>,
    /// Telephone.
    pub phone: Option<String>,
    /// Website.
    pub url: Option<String>,
    /// Postal address (text).
    pub address: Option<String>,
    /// Opening hours (text).
    pub hours: Option<String>,
}

/// Where a notice stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoticeStatus {
    /// Open for comments (TFA Art. 2).
    DraftForComment,
    /// Adopted, not yet in force.
    Adopted,
    /// In force.
    InForce,
    /// No longer in force.
    Repealed,
    /// A draft that will not be adopted.
    Withdrawn,
}

/// Where a notice stands on the reference date: its declared status, with
/// a consultation closed once its deadline has passed and an adopted text
/// in force from its effective date (TFA Art. 2: a draft is never shown as
/// law, and an open consultation never outlives its deadline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoticePhase {
    /// Open for comment until `comment_until` (message
    /// `notice-status-draft-for-comment`).
    #[default]
    DraftForComment,
    /// The comment period is over; no decision yet.
    CommentClosed,
    /// Adopted, not yet in force.
    Adopted,
    /// In force.
    InForce,
    /// No longer in force.
    Repealed,
    /// Withdrawn.
    Withdrawn,
}

/// A notice's own fields.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct NoticeData {
    /// Where it stands.
    pub status: NoticeStatus,
    /// What it changes: `hs:0901`, `procedure:ID`, `fee:ID`…
    #[serde(default)]
    pub affects: Vec<String>,
    /// Last day for comments.
    #[serde(default, serialize_with = "date_text")]
    pub comment_until: Option<Datetime>,
    /// Where to send comments.
    pub comment_to: Option<String>,
    /// Where it stands on the reference date (set by the model, from
    /// `status`, `comment_until` and the page's `effective`).
    #[serde(skip_deserializing)]
    pub phase: NoticePhase,
}

/// An exchange rate's own fields: the national currency for one unit of
/// `currency`, over time.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ExchangeRateData {
    /// ISO 4217 code of the foreign currency.
    pub currency: String,
    /// National currency per unit, as a dated value of decimals
    /// (`"25350 from 2026-10-01; 25400 from 2026-11-01"`), read by
    /// [`super::exchange::read_exchange_rate`].
    pub rate: String,
    /// `legal:ID` or plain text: the rule that sets the rates.
    #[serde(default)]
    pub legal_basis: Vec<String>,
}

/// The typed fields of one entity in one language.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum EntityData {
    /// A procedure.
    Procedure(ProcedureData),
    /// A fee.
    Fee(FeeData),
    /// A measure.
    Measure(MeasureData),
    /// A WCO tool.
    Tool(ToolData),
    /// A legal text.
    Legal(LegalData),
    /// A form.
    Form(FormData),
    /// An agency.
    Agency(AgencyData),
    /// A notice.
    Notice(NoticeData),
    /// An exchange rate.
    ExchangeRate(ExchangeRateData),
    /// An agreement's rules of origin.
    Origin(super::trade_kinds::OriginData),
    /// A tariff quota.
    Quota(super::trade_kinds::QuotaData),
    /// A binding ruling.
    Ruling(super::trade_kinds::RulingData),
}

impl EntityData {
    /// Reads `kind`'s fields from front matter text (errors carry spans).
    pub fn from_text(kind: EntityKind, text: &str) -> Result<EntityData, toml::de::Error> {
        Ok(match kind {
            EntityKind::Procedure => EntityData::Procedure(toml::from_str(text)?),
            EntityKind::Fee => EntityData::Fee(toml::from_str(text)?),
            EntityKind::Measure => EntityData::Measure(toml::from_str(text)?),
            EntityKind::Tool => EntityData::Tool(toml::from_str(text)?),
            EntityKind::Legal => EntityData::Legal(toml::from_str(text)?),
            EntityKind::Form => EntityData::Form(toml::from_str(text)?),
            EntityKind::Agency => EntityData::Agency(toml::from_str(text)?),
            EntityKind::Notice => EntityData::Notice(toml::from_str(text)?),
            EntityKind::ExchangeRate => EntityData::ExchangeRate(toml::from_str(text)?),
            EntityKind::Origin => EntityData::Origin(toml::from_str(text)?),
            EntityKind::Quota => EntityData::Quota(toml::from_str(text)?),
            EntityKind::Ruling => EntityData::Ruling(toml::from_str(text)?),
        })
    }

    /// Reads `kind`'s fields from a merged front matter table.
    pub fn from_table(kind: EntityKind, table: toml::Table) -> Result<EntityData, toml::de::Error> {
        Self::from_text(kind, &toml::to_string(&table).unwrap_or_default())
    }

    /// Every reference its data fields make, as (front matter key, kind, id).
    pub fn references(&self) -> Vec<(&'static str, EntityKind, String)> {
        use EntityKind as K;
        fn many(
            out: &mut Vec<(&'static str, K, String)>,
            key: &'static str,
            kind: K,
            ids: &[String],
        ) {
            out.extend(ids.iter().map(|id| (key, kind, id.clone())));
        }
        let mut out = Vec::new();
        match self {
            EntityData::Procedure(p) => {
                many(&mut out, "agencies", K::Agency, &p.agencies);
                many(&mut out, "fees", K::Fee, &p.fees);
                many(&mut out, "fees_if", K::Fee, &p.fees_if);
                many(&mut out, "tools", K::Tool, &p.tools);
                many(&mut out, "forms", K::Form, &p.forms);
                for step in &p.steps {
                    many(&mut out, "fees", K::Fee, &step.fees);
                    many(&mut out, "fees_if", K::Fee, &step.fees_if);
                    many(&mut out, "forms", K::Form, &step.forms);
                    many(&mut out, "agency", K::Agency, step.agency.as_slice());
                }
            }
            EntityData::Fee(f) => many(&mut out, "authority", K::Agency, f.authority.as_slice()),
            EntityData::Measure(m) => {
                many(&mut out, "agency", K::Agency, m.agency.as_slice());
                many(&mut out, "procedure", K::Procedure, m.procedure.as_slice());
            }
            EntityData::Tool(t) => many(&mut out, "related", K::Tool, &t.related),
            EntityData::Origin(o) => many(&mut out, "agreement", K::Legal, o.agreement.as_slice()),
            _ => {}
        }
        out
    }

    /// `legal_basis` entries.
    pub fn legal_basis(&self) -> &[String] {
        match self {
            EntityData::Procedure(p) => &p.legal_basis,
            EntityData::Fee(f) => &f.legal_basis,
            EntityData::Measure(m) => &m.legal_basis,
            EntityData::ExchangeRate(x) => &x.legal_basis,
            EntityData::Quota(q) => &q.legal_basis,
            EntityData::Ruling(r) => &r.legal_basis,
            _ => &[],
        }
    }

    /// Tariff codes and ranges the entity concerns (every rule's, for
    /// rules of origin).
    pub fn hs(&self) -> Vec<String> {
        match self {
            EntityData::Procedure(p) => p.hs.clone(),
            EntityData::Fee(f) => f.hs.clone(),
            EntityData::Measure(m) => m.hs.clone(),
            EntityData::Origin(o) => o.rules.iter().flat_map(|r| r.hs.clone()).collect(),
            EntityData::Quota(q) => q.hs.clone(),
            EntityData::Ruling(r) => r.hs.clone(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ToolStatus;

    #[test]
    fn tool_names_are_the_ones_front_matter_uses() {
        // Categories are ids of `[tools] categories` in kb.toml (issue 17).
        use ToolStatus as S;
        for s in [
            S::ContractingParty,
            S::Applied,
            S::InProgress,
            S::NotApplied,
            S::Reference,
        ] {
            assert_eq!(serde_json::to_value(s).unwrap(), s.name());
        }
    }
}
