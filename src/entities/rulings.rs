//! Binding rulings by code: one file per ruling in `content/rulings/`, a
//! classification (or origin, or valuation) decision customs gave a trader
//! and publishes (TFA Art. 3, Art. 1.1 (d)):
//!
//! ```toml
//! number = "BTI-2026-0141"
//! type = "classification"
//! hs = ["0901.21.20"]           # the code the goods are classified into
//! goods = "Roasted arabica beans in 250 g bags"   # text
//! date = 2026-03-14             # issued (common key)
//! valid_until = 2029-03-13
//! ```
//!
//! The body is the reasoning. The code's page lists the rulings that
//! classify into it, each valid or expired on the reference date.

use jiff::civil::Date;

pub use super::trade_kinds::{RulingData, RulingType};

use super::kinds::EntityData;
use super::Entity;
use crate::content::Corpus;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::timeline::civil_date;

/// Whether a ruling binds on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RulingStatus {
    /// It binds until this day (or without end).
    Valid(Option<Date>),
    /// Its last day was this one.
    Expired(Date),
}

impl RulingData {
    /// Whether it binds on `date`.
    pub fn status(&self, date: Date) -> RulingStatus {
        match civil_date(&self.valid_until) {
            Some(until) if until < date => RulingStatus::Expired(until),
            until => RulingStatus::Valid(until),
        }
    }
}

/// A ruling names the code it classifies into, and binds from its date to
/// `valid_until`, not the other way round.
pub(super) fn check(
    corpus: &Corpus,
    entity: &Entity,
    issued: Option<Date>,
    problems: &mut Diagnostics,
) {
    let EntityData::Ruling(data) = entity.original() else {
        return;
    };
    let file = &corpus.files[entity.file];
    let mut report = |key: &str, message: String, hint: &str| {
        let (start, end) = crate::front::front_key_span(file, key);
        problems.push(
            Diagnostic::error("front-matter", message)
                .at(&file.source, start, end)
                .hint(hint),
        );
    };
    if data.ruling_type == RulingType::Classification && data.hs.len() != 1 {
        report(
            if data.hs.is_empty() { "type" } else { "hs" },
            format!(
                "a classification ruling names the one code the goods are classified into; this one names {}",
                data.hs.len()
            ),
            "write hs = [\"0901.21.20\"]",
        );
    }
    if let (Some(issued), Some(until)) = (issued, civil_date(&data.valid_until)) {
        if until < issued {
            report(
                "valid_until",
                format!("the ruling binds until {until}, before it was issued ({issued}, `date`)"),
                "valid_until is the ruling's last day, after its date",
            );
        }
    }
}
