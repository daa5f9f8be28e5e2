//! The kinds of customs content, each in its own folder of `content/`:
//! below pages, so that a page's kind can name one.

use serde::Serialize;

/// A kind of customs content, each in its own folder of `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// `content/procedures/`.
    Procedure,
    /// `content/fees/`.
    Fee,
    /// `content/measures/`.
    Measure,
    /// `content/tools/`.
    Tool,
    /// `content/legal/`.
    Legal,
    /// `content/forms/`.
    Form,
    /// `content/agencies/`.
    Agency,
    /// `content/notices/`.
    Notice,
    /// `content/exchange-rates/`: one currency's rates for customs
    /// valuation over time.
    ExchangeRate,
    /// `content/origin/`: an agreement's rules of origin.
    Origin,
    /// `content/quotas/`: a tariff quota.
    Quota,
    /// `content/rulings/`: a binding ruling.
    Ruling,
}

/// Every kind, in the order indexes and backlinks list them.
pub const ALL_KINDS: [EntityKind; 12] = [
    EntityKind::Procedure,
    EntityKind::Measure,
    EntityKind::Fee,
    EntityKind::Form,
    EntityKind::Legal,
    EntityKind::Tool,
    EntityKind::Agency,
    EntityKind::Notice,
    EntityKind::ExchangeRate,
    EntityKind::Origin,
    EntityKind::Quota,
    EntityKind::Ruling,
];

impl EntityKind {
    /// The folder under `content/` (and the URL segment).
    pub fn folder(self) -> &'static str {
        match self {
            EntityKind::Procedure => "procedures",
            EntityKind::Fee => "fees",
            EntityKind::Measure => "measures",
            EntityKind::Tool => "tools",
            EntityKind::Legal => "legal",
            EntityKind::Form => "forms",
            EntityKind::Agency => "agencies",
            EntityKind::Notice => "notices",
            EntityKind::ExchangeRate => "exchange-rates",
            EntityKind::Origin => "origin",
            EntityKind::Quota => "quotas",
            EntityKind::Ruling => "rulings",
        }
    }

    /// The link scheme and reference prefix: `procedure:import`.
    pub fn scheme(self) -> &'static str {
        match self {
            EntityKind::Procedure => "procedure",
            EntityKind::Fee => "fee",
            EntityKind::Measure => "measure",
            EntityKind::Tool => "tool",
            EntityKind::Legal => "legal",
            EntityKind::Form => "form",
            EntityKind::Agency => "agency",
            EntityKind::Notice => "notice",
            EntityKind::ExchangeRate => "exchange-rate",
            EntityKind::Origin => "origin",
            EntityKind::Quota => "quota",
            EntityKind::Ruling => "ruling",
        }
    }

    /// The kind whose link scheme is `scheme`.
    pub fn from_scheme(scheme: &str) -> Option<EntityKind> {
        ALL_KINDS.into_iter().find(|k| k.scheme() == scheme)
    }

    /// The kind of a page key: `fees/advance-ruling` is a fee; folder
    /// indexes (`fees/_index`) are not entities.
    pub fn of_key(key: &str) -> Option<EntityKind> {
        let (folder, name) = key.split_once('/')?;
        if name.contains('/') || name == "_index" {
            return None;
        }
        ALL_KINDS.into_iter().find(|k| k.folder() == folder)
    }

    /// The kind whose folder index is `key` (`fees/_index`).
    pub fn of_index_key(key: &str) -> Option<EntityKind> {
        let folder = key.strip_suffix("/_index")?;
        ALL_KINDS.into_iter().find(|k| k.folder() == folder)
    }

    /// Front matter keys of this kind, besides the common ones.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            EntityKind::Procedure => &[
                "summary",
                "direction",
                "agencies",
                "fees",
                "fees_if",
                "tools",
                "forms",
                "hs",
                "legal_basis",
                "steps",
            ],
            EntityKind::Fee => &[
                "amount",
                "rates",
                "currency",
                "per",
                "reason",
                "authority",
                "payment",
                "legal_basis",
                "published",
                "until",
                "hs",
            ],
            EntityKind::Measure => &[
                "type",
                "number",
                "direction",
                "hs",
                "agency",
                "procedure",
                "legal_basis",
            ],
            EntityKind::Tool => &[
                "acronym", "category", "issuer", "adopted", "url", "status", "related",
            ],
            EntityKind::Legal => &["type", "number", "issuer", "url", "file"],
            EntityKind::Form => &["number", "file"],
            EntityKind::Agency => &[
                "acronym", "kind", "email", "phone", "url", "address", "hours",
            ],
            EntityKind::Notice => &["status", "affects", "comment_until", "comment_to"],
            EntityKind::ExchangeRate => &["currency", "rate", "legal_basis"],
            EntityKind::Origin => &["agreement", "column", "proof", "rules"],
            EntityKind::Quota => &[
                "order_number",
                "hs",
                "opens",
                "closes",
                "volume",
                "unit",
                "in_quota",
                "out_quota",
                "allocation",
                "balance",
                "legal_basis",
            ],
            EntityKind::Ruling => &[
                "number",
                "type",
                "hs",
                "goods",
                "valid_until",
                "legal_basis",
            ],
        }
    }

    /// Keys whose values are translated text; every other key is data.
    pub fn text_keys(self) -> &'static [&'static str] {
        match self {
            EntityKind::Procedure => &["summary"],
            EntityKind::Fee => &["reason", "payment"],
            EntityKind::Tool => &["acronym"],
            EntityKind::Legal => &["issuer"],
            EntityKind::Agency => &["acronym", "address", "hours"],
            EntityKind::Origin => &["proof"],
            EntityKind::Ruling => &["goods"],
            _ => &[],
        }
    }

    /// Arrays of tables, with the text keys of their tables: a translation
    /// repeats them in the same number, with text keys only.
    pub fn table_arrays(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            EntityKind::Procedure => &[("steps", &["title", "documents"])],
            EntityKind::Fee => &[("rates", &["label"])],
            EntityKind::Origin => &[("rules", &["note"])],
            _ => &[],
        }
    }
}
