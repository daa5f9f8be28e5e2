//! Rules of origin per agreement: one file per agreement in
//! `content/origin/`, naming the preferential rate column it governs and
//! its product-specific rules, each keyed by tariff codes and ranges:
//!
//! ```toml
//! agreement = "atiga"          # the legal text (legal:ID)
//! column = "atiga"             # the rate column whose rates need it
//! proof = "Form D"             # text: the proof of origin required
//! [[rules]]
//! hs = ["09"]
//! rule = "WO"
//! [[rules]]
//! hs = ["8501-8548"]
//! rule = "RVC 40 or CTH"
//! ```
//!
//! A rule is terms joined by `or` and `and` (`and` binds tighter): `WO`
//! (wholly obtained), `PE` (produced entirely from originating materials),
//! `CC`, `CTH`, `CTSH` (change of chapter, heading, subheading) and
//! `RVC n` (regional value content of at least n%). A code page shows,
//! under each preferential rate, the most specific rule that covers it.

use serde::Serialize;

pub use super::trade_kinds::{OriginData, OriginRule};

use super::kinds::{EntityData, EntityKind};
use super::{Entities, Entity};
use crate::config::Config;
use crate::content::Corpus;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// One term of a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "term", rename_all = "lowercase")]
pub enum RuleTerm {
    /// Wholly obtained.
    Wo,
    /// Produced entirely from originating materials.
    Pe,
    /// Change of chapter.
    Cc,
    /// Change of tariff heading.
    Cth,
    /// Change of tariff subheading.
    Ctsh,
    /// Regional value content of at least `percent`.
    Rvc {
        /// The threshold, as written.
        percent: String,
    },
}

/// A rule read: alternatives (`or`), each a list of terms all required
/// (`and`).
pub type ParsedRule = Vec<Vec<RuleTerm>>;

/// How rules are written, for hints.
pub const RULE_FORMS: &str =
    "write terms WO, PE, CC, CTH, CTSH or RVC 40, joined by `or` and `and`: \"RVC 40 or CTH\"";

/// Reads a rule; the error says which term is not one.
pub fn parse_rule(text: &str) -> Result<ParsedRule, String> {
    let mut alternatives = Vec::new();
    for alternative in split_words(text, "or") {
        let mut terms = Vec::new();
        for term in split_words(&alternative, "and") {
            terms.push(parse_term(term.trim())?);
        }
        alternatives.push(terms);
    }
    Ok(alternatives)
}

/// Splits at a whole word, in any case.
fn split_words(text: &str, word: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    for token in text.split_whitespace() {
        if token.eq_ignore_ascii_case(word) {
            parts.push(String::new());
        } else {
            let last = parts.last_mut().expect("never empty");
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(token);
        }
    }
    parts
}

fn parse_term(term: &str) -> Result<RuleTerm, String> {
    let upper = term.to_ascii_uppercase();
    Ok(match upper.as_str() {
        "" => return Err("a rule has an empty term".into()),
        "WO" => RuleTerm::Wo,
        "PE" => RuleTerm::Pe,
        "CC" => RuleTerm::Cc,
        "CTH" => RuleTerm::Cth,
        "CTSH" => RuleTerm::Ctsh,
        _ => {
            let Some(number) = upper.strip_prefix("RVC") else {
                return Err(format!("`{term}` is not a rule of origin"));
            };
            let number = number.trim().trim_end_matches('%');
            match number.parse::<u8>() {
                Ok(n) if (1..=100).contains(&n) => RuleTerm::Rvc {
                    percent: n.to_string(),
                },
                _ => return Err(format!("`{term}`: RVC takes a percentage from 1 to 100")),
            }
        }
    })
}

/// Whether the code or range `spec` (`8501-8548`, `09`, `0901.11`)
/// covers the code `digits`: compared at the spec's own length.
pub fn covers(spec: &str, digits: &str) -> bool {
    let clean = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let (from, to) = match spec.split_once('-') {
        Some((a, b)) => (clean(a), clean(b)),
        None => (clean(spec), clean(spec)),
    };
    let n = from.len();
    n > 0 && digits.len() >= n && from.as_str() <= &digits[..n] && &digits[..n] <= to.as_str()
}

/// The rule of the agreement governing `column` that covers `digits`: the
/// most specific one (the longest code), with its entity.
pub fn rule_for<'a>(
    entities: &'a Entities,
    column: &str,
    digits: &str,
) -> Option<(&'a Entity, &'a OriginRule)> {
    let mut best: Option<(usize, &Entity, &OriginRule)> = None;
    for entity in entities.of_kind(EntityKind::Origin) {
        let EntityData::Origin(data) = entity.original() else {
            continue;
        };
        if !data.column.eq_ignore_ascii_case(column) {
            continue;
        }
        for rule in &data.rules {
            for spec in rule.hs.iter().filter(|s| covers(s, digits)) {
                let length = spec.split('-').next().map_or(0, |s| s.len());
                if best.is_none_or(|(l, _, _)| length > l) {
                    best = Some((length, entity, rule));
                }
            }
        }
    }
    best.map(|(_, e, r)| (e, r))
}

/// The column must be a rate column of `kb.toml`, and each rule a rule.
pub(super) fn check(config: &Config, corpus: &Corpus, entity: &Entity, problems: &mut Diagnostics) {
    let EntityData::Origin(data) = entity.original() else {
        return;
    };
    let file = &corpus.files[entity.file];
    let rate_columns: Vec<&str> = config
        .tariff
        .columns
        .iter()
        .filter(|c| c.kind == crate::config::ColumnKind::Rate)
        .map(|c| c.key.as_str())
        .collect();
    if !rate_columns
        .iter()
        .any(|c| c.eq_ignore_ascii_case(&data.column))
    {
        let (start, end) = crate::front::front_key_span(file, "column");
        problems.push(
            Diagnostic::error(
                "front-matter",
                format!("`{}` is not a rate column of the tariff", data.column),
            )
            .at(&file.source, start, end)
            .hint(format!(
                "name the preferential column the rules govern: one of {}",
                rate_columns.join(", ")
            )),
        );
    }
    for (i, rule) in data.rules.iter().enumerate() {
        if let Err(message) = parse_rule(&rule.rule) {
            let index = i.to_string();
            let (start, end) =
                crate::config::toml_value_span(file.front_text(), &["rules", &index, "rule"])
                    .map(|at| (file.front.start + at.start, file.front.start + at.end))
                    .unwrap_or_else(|| crate::front::front_key_span_table(file, "rules"));
            problems.push(
                Diagnostic::error(
                    "front-matter",
                    format!("[[rules]] number {}: {message}", i + 1),
                )
                .at(&file.source, start, end)
                .hint(RULE_FORMS),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_read_as_alternatives_of_terms() {
        assert_eq!(parse_rule("WO"), Ok(vec![vec![RuleTerm::Wo]]));
        assert_eq!(
            parse_rule("RVC 40 or CTH"),
            Ok(vec![
                vec![RuleTerm::Rvc {
                    percent: "40".into()
                }],
                vec![RuleTerm::Cth]
            ])
        );
        assert_eq!(
            parse_rule("ctsh and rvc35% OR cc"),
            Ok(vec![
                vec![
                    RuleTerm::Ctsh,
                    RuleTerm::Rvc {
                        percent: "35".into()
                    }
                ],
                vec![RuleTerm::Cc]
            ])
        );
        assert!(parse_rule("RVC 140").unwrap_err().contains("1 to 100"));
        assert!(parse_rule("CTH or").unwrap_err().contains("empty term"));
        assert!(parse_rule("made here").unwrap_err().contains("not a rule"));
    }

    #[test]
    fn codes_and_ranges_cover_lines() {
        assert!(covers("09", "09011110"));
        assert!(covers("8501-8548", "85171300"));
        assert!(covers("0901.11", "09011110"));
        assert!(!covers("8501-8516", "85171300"));
        assert!(!covers("0902", "09011110"));
    }
}
