//! `[tariff]` of kb.toml: the columns of the schedule, what each holds,
//! how taxes are based, and the checks serde cannot make.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics};

/// What a tariff column holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ColumnKind {
    /// Plain data, the same in every language (a unit, a statistical code).
    #[default]
    Data,
    /// A duty rate, parsed and shown localised.
    Rate,
    /// Translated text, like the description.
    Text,
    /// A tax levied at import besides duty (VAT, excise): a rate cell like
    /// a duty's, levied on the column's `base`.
    Tax,
}

impl ColumnKind {
    /// Whether cells are rates in the rate grammar (duty or tax).
    pub fn holds_rates(self) -> bool {
        matches!(self, ColumnKind::Rate | ColumnKind::Tax)
    }
}

/// What a tax is levied on, term by term: the customs value, the duty, or
/// a tax column before it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase", tag = "term", content = "key")]
pub enum BaseTerm {
    /// The customs value, in the national currency.
    Value,
    /// The duty of the regime chosen.
    Duty,
    /// The amount of the tax column with this key.
    Tax(String),
}

impl BaseTerm {
    /// Whether `terms` name the tax `key` (in any case): a base that
    /// names its own tax includes it.
    pub fn include_tax(terms: &[BaseTerm], key: &str) -> bool {
        terms
            .iter()
            .any(|term| matches!(term, BaseTerm::Tax(k) if k.eq_ignore_ascii_case(key)))
    }

    /// The term as `base` writes it: `value`, `duty` or the tax's key.
    pub fn name(&self) -> &str {
        match self {
            BaseTerm::Value => "value",
            BaseTerm::Duty => "duty",
            BaseTerm::Tax(key) => key,
        }
    }
}

/// One configured tariff column after `Code` and `Description`.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct TariffColumn {
    /// Header in the tables (any case); its label comes from Fluent `tariff-col-KEY`.
    pub key: String,
    /// What the column holds.
    #[serde(default)]
    pub kind: ColumnKind,
    /// For a tax column: what it is levied on, terms joined by `+`
    /// (`value + duty`, `value + duty + excise`); see [`TariffColumn::base_terms`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// For a tax column: the rate columns (duty regimes) under which it is
    /// not levied (`["ab", "sta"]`: Türkiye's İGV is waived on goods that
    /// claim the EU or an FTA preference). Empty: levied under every one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waived_by: Vec<String>,
    /// What the column's name means (`MFN`: the rate a WTO member charges
    /// every other member), shown beside the tables: one text, or one per
    /// language (`description = { en = "…", fr = "…" }`).
    #[serde(default)]
    pub description: Option<ColumnDescription>,
}

impl TariffColumn {
    /// The terms of a tax column's base, as checked by [`Config::load`]:
    /// `value`, `duty`, or the key of a tax column before it. Empty for
    /// other columns.
    pub fn base_terms(&self) -> Vec<BaseTerm> {
        let Some(base) = &self.base else {
            return Vec::new();
        };
        base.split('+')
            .map(|t| match t.trim().to_lowercase().as_str() {
                "value" => BaseTerm::Value,
                "duty" => BaseTerm::Duty,
                other => BaseTerm::Tax(other.to_string()),
            })
            .collect()
    }

    /// Whether a tax column's base names the tax itself: it is levied on a
    /// base that includes it (Brazil's ICMS "por dentro"), the other
    /// terms' sum divided by `1 − rate`.
    pub fn base_includes_itself(&self) -> bool {
        BaseTerm::include_tax(&self.base_terms(), &self.key)
    }

    /// Whether the tax is waived when the trader declares under the rate
    /// column `regime` (keys match in any case, as headers do).
    pub fn waived_under(&self, regime: &str) -> bool {
        self.waived_by
            .iter()
            .any(|k| k.eq_ignore_ascii_case(regime))
    }

    /// The rate columns of `columns` that waive this tax, in their order
    /// (with their own keys, whatever case `waived_by` writes them in).
    pub fn waiving<'a>(
        &'a self,
        columns: &'a [TariffColumn],
    ) -> impl Iterator<Item = &'a TariffColumn> + 'a {
        columns
            .iter()
            .filter(|c| c.kind == ColumnKind::Rate && self.waived_under(&c.key))
    }
}

/// A tariff column's explanation, in one language or in several.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(untagged)]
pub enum ColumnDescription {
    /// The same text in every language (the default language's words).
    One(String),
    /// Language code → text.
    PerLanguage(BTreeMap<String, String>),
}

impl ColumnDescription {
    /// The text in `lang`, else in `default`, with the language it is in
    /// when that is not `lang` (a single text is in the default language).
    pub fn text<'a>(&'a self, lang: &str, default: &'a str) -> Option<(&'a str, Option<&'a str>)> {
        match self {
            ColumnDescription::One(text) => {
                Some((text.as_str(), (lang != default).then_some(default)))
            }
            ColumnDescription::PerLanguage(texts) => match texts.get_key_value(lang) {
                Some((_, text)) => Some((text.as_str(), None)),
                None => texts
                    .get_key_value(default)
                    .map(|(code, text)| (text.as_str(), Some(code.as_str()))),
            },
        }
    }
}

/// `[tariff]`: the shape of the national tariff.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TariffConfig {
    /// Length of national tariff line codes.
    pub national_digits: usize,
    /// Columns after `Code` and `Description`.
    pub columns: Vec<TariffColumn>,
    /// The currency duties and taxes are paid in (ISO 4217): the duty
    /// calculator converts a customs value into it. Without it, code pages
    /// have no calculator.
    pub currency: Option<String>,
    /// How a national line's code is shown, `#` for each digit and any of
    /// ` ` or `.` between them (`"#### ## ### #"`, the EAEU's way: the
    /// separators a code cell may hold, so that `kb import` writes it so);
    /// a shorter code is shown as the pattern's start. Without it, the HS
    /// way: `09.01`, `0901.11`, `0901.11.10`.
    pub code_format: Option<String>,
    /// The key of the data column that holds each line's unit of quantity
    /// (`umt`, Mexico's unidad de medida de la tarifa); `unit` when unset.
    /// The calculator asks for the quantity in it, and converts a specific
    /// duty per another unit of the same measure.
    pub unit_column: Option<String>,
}

impl TariffConfig {
    /// The key of the column of units: [`TariffConfig::unit_column`] or
    /// `unit`.
    pub fn unit_key(&self) -> &str {
        self.unit_column.as_deref().unwrap_or("unit")
    }
}

impl Default for TariffConfig {
    fn default() -> Self {
        TariffConfig {
            national_digits: 8,
            columns: vec![
                TariffColumn {
                    key: "unit".into(),
                    kind: ColumnKind::Data,
                    base: None,
                    waived_by: Vec::new(),
                    description: None,
                },
                TariffColumn {
                    key: "mfn".into(),
                    kind: ColumnKind::Rate,
                    base: None,
                    waived_by: Vec::new(),
                    description: None,
                },
            ],
            currency: None,
            code_format: None,
            unit_column: None,
        }
    }
}

/// The lengths `tariff.national_digits` may have: from an HS subheading
/// (6) to the longest national lines in use (12).
pub const NATIONAL_DIGITS: std::ops::RangeInclusive<usize> = 6..=12;

/// `code_format` has a `#` for each digit of a national line, starts and
/// ends with one, and puts only spaces or dots between them.
fn check_code_format(
    pattern: &str,
    digits: usize,
    at: &dyn Fn(&[&str], String) -> Diagnostic,
    problems: &mut Diagnostics,
) {
    let hashes = pattern.chars().filter(|&c| c == '#').count();
    let problem = if let Some(other) = pattern.chars().find(|c| !"# .".contains(*c)) {
        Some(format!("`{other}` cannot separate the digits of a code"))
    } else if !pattern.starts_with('#') || !pattern.ends_with('#') {
        Some("code_format starts and ends with a digit (`#`)".to_string())
    } else if hashes != digits {
        Some(format!(
            "code_format has {hashes} digits (`#`), and national lines {digits} (national_digits)"
        ))
    } else {
        None
    };
    if let Some(message) = problem {
        problems.push(
            at(&["tariff", "code_format"], message)
                .hint("write a `#` for each digit and a space or `.` between groups, such as \"#### ## ### #\""),
        );
    }
}

/// `[tariff]`: the length of a national line, the columns, the taxes'
/// bases and the national currency.
pub(super) fn check_tariff(
    tariff: &TariffConfig,
    at: &dyn Fn(&[&str], String) -> Diagnostic,
    problems: &mut Diagnostics,
) {
    let digits = tariff.national_digits;
    if !NATIONAL_DIGITS.contains(&digits) {
        problems.push(
            at(
                &["tariff", "national_digits"],
                format!("national_digits = {digits} is not a length of a tariff code"),
            )
            .hint(format!(
                "national tariff lines have {} to {} digits (8 in most tariffs)",
                NATIONAL_DIGITS.start(),
                NATIONAL_DIGITS.end()
            )),
        );
    }
    if let Some(pattern) = &tariff.code_format {
        check_code_format(pattern, digits, at, problems);
    }
    check_columns(&tariff.columns, at, problems);
    check_tax_bases(&tariff.columns, at, problems);
    check_waivers(&tariff.columns, at, problems);
    if let Some(key) = &tariff.unit_column {
        let data = |c: &&TariffColumn| c.kind == ColumnKind::Data;
        if !tariff.columns.iter().filter(data).any(|c| c.key == *key) {
            let keys: Vec<&str> = tariff
                .columns
                .iter()
                .filter(data)
                .map(|c| c.key.as_str())
                .collect();
            problems.push(
                at(
                    &["tariff", "unit_column"],
                    format!("unit_column = \"{key}\" names no data column"),
                )
                .hint(
                    match crate::diagnostics::closest(key, keys.iter().copied()) {
                        Some(near) => format!(
                            "did you mean \"{near}\"? the data columns are {}",
                            keys.join(", ")
                        ),
                        None => format!(
                            "name a `data` column of [[tariff.columns]]: {}",
                            keys.join(", ")
                        ),
                    },
                ),
            );
        }
    }
    if let Some(currency) = &tariff.currency {
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
            problems.push(
                at(
                    &["tariff", "currency"],
                    format!("`{currency}` is not an ISO 4217 currency code"),
                )
                .hint("write the national currency in three capital letters: currency = \"VND\""),
            );
        }
    }
}

/// Two tariff columns with one key (headers are matched in any case), or
/// a column named like `Code` or `Description`, would make one header
/// mean two columns.
fn check_columns(
    columns: &[TariffColumn],
    at: &dyn Fn(&[&str], String) -> Diagnostic,
    problems: &mut Diagnostics,
) {
    for (i, column) in columns.iter().enumerate() {
        let key = column.key.to_lowercase();
        let earlier = columns[..i].iter().any(|c| c.key.to_lowercase() == key);
        let built_in = key == "code" || key == "description";
        if !(earlier || built_in) {
            continue;
        }
        let index = i.to_string();
        let message = if built_in {
            format!(
                "`{}` is a column every tariff table has already",
                column.key
            )
        } else {
            format!("two tariff columns have the key `{}`", column.key)
        };
        problems.push(
            at(&["tariff", "columns", &index, "key"], message)
                .hint("give each column of [[tariff.columns]] its own key"),
        );
    }
}

/// A tax column says what it is levied on, from terms the calculator
/// knows: the value, the duty, and tax columns before it (a tax on a later
/// one would be a loop); only tax columns have a base.
fn check_tax_bases(
    columns: &[TariffColumn],
    at: &dyn Fn(&[&str], String) -> Diagnostic,
    problems: &mut Diagnostics,
) {
    const HINT: &str = "write the terms joined by `+`: base = \"value + duty\"; a term is `value`, `duty`, the key of a tax column above this one, or this column's own key for a base that includes the tax itself";
    for (i, column) in columns.iter().enumerate() {
        let index = i.to_string();
        let place = |key: &'static str| ["tariff", "columns", index.as_str(), key];
        match (column.kind, &column.base) {
            (ColumnKind::Tax, None) => problems.push(
                at(
                    &place("kind"),
                    format!("the tax column `{}` has no `base`", column.key),
                )
                .hint(HINT),
            ),
            (ColumnKind::Tax, Some(_)) => {
                // Its own key is a base that includes the tax itself.
                let earlier: Vec<String> = columns[..=i]
                    .iter()
                    .filter(|c| c.kind == ColumnKind::Tax)
                    .map(|c| c.key.to_lowercase())
                    .collect();
                for term in column.base_terms() {
                    let BaseTerm::Tax(key) = term else { continue };
                    if !earlier.contains(&key) {
                        let message = if key.is_empty() {
                            "the base has an empty term".to_string()
                        } else {
                            format!(
                                "the base names `{key}`, which is not a tax column above this one"
                            )
                        };
                        problems.push(at(&place("base"), message).hint(HINT));
                    }
                }
            }
            (_, Some(_)) => problems.push(
                at(
                    &place("base"),
                    format!("`{}` is not a tax column, so it has no base", column.key),
                )
                .hint("set kind = \"tax\", or remove `base`"),
            ),
            (_, None) => {}
        }
    }
}

/// `waived_by` names the regimes a tax is not levied under: only a tax
/// column has it, each entry is the key of a rate column (a misspelt one
/// would leave the tax levied where the law waives it), and a tax waived
/// under every regime would never be levied.
fn check_waivers(
    columns: &[TariffColumn],
    at: &dyn Fn(&[&str], String) -> Diagnostic,
    problems: &mut Diagnostics,
) {
    let regimes: Vec<&str> = columns
        .iter()
        .filter(|c| c.kind == ColumnKind::Rate)
        .map(|c| c.key.as_str())
        .collect();
    for (i, column) in columns.iter().enumerate() {
        if column.waived_by.is_empty() {
            continue;
        }
        let index = i.to_string();
        if column.kind != ColumnKind::Tax {
            problems.push(
                at(
                    &["tariff", "columns", &index, "waived_by"],
                    format!(
                        "`{}` is not a tax column, so no regime waives it",
                        column.key
                    ),
                )
                .hint("set kind = \"tax\", or remove `waived_by`"),
            );
            continue;
        }
        for (j, regime) in column.waived_by.iter().enumerate() {
            if regimes.iter().any(|r| r.eq_ignore_ascii_case(regime)) {
                continue;
            }
            let hint = match crate::diagnostics::closest(regime, regimes.iter().copied()) {
                Some(near) => format!(
                    "did you mean \"{near}\"? waived_by names rate columns (duty regimes): {}",
                    regimes.join(", ")
                ),
                None => format!(
                    "waived_by names rate columns (duty regimes): {}",
                    regimes.join(", ")
                ),
            };
            problems.push(
                at(
                    &["tariff", "columns", &index, "waived_by", &j.to_string()],
                    format!(
                        "the tax `{}` is waived by `{regime}`, which is not a rate column",
                        column.key
                    ),
                )
                .hint(hint),
            );
        }
        if !regimes.is_empty() && regimes.iter().all(|r| column.waived_under(r)) {
            problems.push(
                at(
                    &["tariff", "columns", &index, "waived_by"],
                    format!(
                        "the tax `{}` is waived under every rate column, so it is never levied",
                        column.key
                    ),
                )
                .hint(
                    "name in waived_by only the regimes that waive the tax, or remove the column",
                ),
            );
        }
    }
}
