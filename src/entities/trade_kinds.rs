//! The typed front matter of the kinds traders compute with: an
//! agreement's rules of origin, a tariff quota, a binding ruling. Apart
//! from [`super::kinds`], which names them, so that the modules that read
//! and check them (`origin`, `quotas`, `rulings`) sit above both.

use serde::{Deserialize, Serialize, Serializer};
use toml::value::Datetime;

/// Dates reach templates as `YYYY-MM-DD`.
pub(super) fn date_text<S: Serializer>(
    date: &Option<Datetime>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match date.as_ref().and_then(|d| d.date) {
        Some(d) => serializer.serialize_some(&d.to_string()),
        None => serializer.serialize_none(),
    }
}

/// One product-specific rule.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OriginRule {
    /// Codes and ranges it covers (`09`, `8501-8548`).
    pub hs: Vec<String>,
    /// The rule as written (`RVC 40 or CTH`).
    pub rule: String,
    /// A note on the rule (text).
    pub note: Option<String>,
}

/// An agreement's rules of origin.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct OriginData {
    /// Id of the agreement's legal text (`atiga` for `legal:atiga`).
    pub agreement: Option<String>,
    /// Key of the rate column the rules govern.
    pub column: String,
    /// The proof of origin required (text).
    pub proof: Option<String>,
    /// The product-specific rules.
    #[serde(default)]
    pub rules: Vec<OriginRule>,
}

/// How a quota's volume is shared among importers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Allocation {
    /// Declarations draw on it in the order they are accepted.
    FirstComeFirstServed,
    /// Importers hold licences for shares of it.
    Licence,
    /// Shares follow importers' past imports.
    Historical,
    /// Shares are sold.
    Auction,
}

/// A quota's own fields.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct QuotaData {
    /// The quota's order number.
    pub order_number: String,
    /// Codes and ranges it covers.
    pub hs: Vec<String>,
    /// First day of the quota period.
    #[serde(default, serialize_with = "date_text")]
    pub opens: Option<Datetime>,
    /// Last day of the quota period.
    #[serde(default, serialize_with = "date_text")]
    pub closes: Option<Datetime>,
    /// The volume for the period, a decimal in `unit`.
    pub volume: String,
    /// Unit of the volume (`t`, `kg`, `l`, `u`).
    pub unit: String,
    /// Rate within the quota, in the rate grammar.
    pub in_quota: String,
    /// Rate beyond it.
    pub out_quota: String,
    /// How it is allocated.
    pub allocation: Allocation,
    /// What is left, as a dated value of decimals in `unit`.
    pub balance: String,
    /// `legal:ID` or plain text.
    #[serde(default)]
    pub legal_basis: Vec<String>,
}

/// What a ruling decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RulingType {
    /// The tariff code of the goods.
    Classification,
    /// The origin of the goods.
    Origin,
    /// How the goods are valued.
    Valuation,
}

/// A ruling's own fields.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RulingData {
    /// The ruling's reference.
    pub number: String,
    /// What it decides.
    #[serde(rename = "type")]
    pub ruling_type: RulingType,
    /// The code the goods are classified into (or concern).
    #[serde(default)]
    pub hs: Vec<String>,
    /// The goods, described (text).
    pub goods: Option<String>,
    /// Last day the ruling binds.
    #[serde(default, serialize_with = "date_text")]
    pub valid_until: Option<Datetime>,
    /// `legal:ID` or plain text.
    #[serde(default)]
    pub legal_basis: Vec<String>,
}
