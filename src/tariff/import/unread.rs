//! The CSV columns `kb import tariff` does not read, and what would be
//! lost with them. A column of rates that names no configured column
//! (`T-MEC 2`, a typo, a column missing from kb.toml) is an error, not a
//! note: dropped, it would drop law. A code on two rows that an unread
//! column tells apart (Mexico's TIGIE: `Fracción` and `NICO`) is an error
//! whose hint joins that column to the code, where `kb check` could only
//! say to merge the rows.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::{Config, TariffColumn};
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};

use super::headers::ColumnNames;
use super::layout::CsvLayout;
use super::rows::row_of;

/// What the unread columns of a CSV would lose, each an error.
pub(super) struct UnreadColumns<'a> {
    pub(super) config: &'a Config,
    pub(super) names: &'a ColumnNames,
    pub(super) layout: &'a CsvLayout,
    pub(super) records: &'a [csv::StringRecord],
    pub(super) source: &'a SourceText,
    pub(super) delimiter: u8,
}

impl UnreadColumns<'_> {
    /// Every problem of the unread columns, and of the code suffix.
    pub(super) fn problems(&self, translation: bool) -> Diagnostics {
        let mut problems = Diagnostics::new();
        // A translation reads text columns only: its rates are the
        // original's, and nothing is lost without them.
        if !translation {
            problems.extend(self.rate_columns());
        }
        problems.extend(self.codes_told_apart());
        problems.extend(self.suffixed_codes_too_long().into_iter().collect());
        problems
    }

    /// A field of `record`, trimmed.
    fn field(record: &csv::StringRecord, at: usize) -> String {
        record.get(at).unwrap_or("").trim().to_string()
    }

    /// Each unread column most of whose cells read as rates.
    fn rate_columns(&self) -> Diagnostics {
        let currency = self.config.tariff.currency.as_deref().unwrap_or("USD");
        let rate_columns: Vec<&TariffColumn> = self
            .config
            .tariff
            .columns
            .iter()
            .filter(|c| c.kind.holds_rates())
            .collect();
        let mut problems = Diagnostics::new();
        for at in self.layout.unread() {
            let cells: Vec<String> = self
                .records
                .iter()
                .map(|r| Self::field(r, at))
                .filter(|c| !c.is_empty() && c != "-")
                .collect();
            let rates = cells
                .iter()
                .filter(|c| reads_as_rate(c, currency, self.delimiter))
                .count();
            if cells.is_empty() || rates * 2 <= cells.len() {
                continue;
            }
            let header = &self.layout.headers[at];
            let hint = self.rate_column_hint(header, &rate_columns);
            problems.push(
                Diagnostic::error(
                    "import",
                    format!(
                        "column `{header}` maps to no tariff column, but {rates} of its {} cells are rates: they would be lost",
                        cells.len()
                    ),
                )
                .in_file(&self.source.path)
                .hint(hint),
            );
        }
        problems
    }

    /// What to do with the unread column `header` of rates: head it as
    /// the column its name is close to, if one is; else give a column
    /// that label (`tariff-col-mfn = อัตราอากรทั่วไป`) or add one. A
    /// column is named only when close: the closest of unrelated names
    /// sent Thailand's general duty to the municipal tax.
    fn rate_column_hint(&self, header: &str, rate_columns: &[&TariffColumn]) -> String {
        let keys: Vec<String> = rate_columns
            .iter()
            .map(|c| format!("`{}`", c.key))
            .collect();
        let keys = keys.join(", ");
        let add = "add it to kb.toml as a [[tariff.columns]] of kind \"rate\"";
        if let Some(closest) = self.names.closest(header, rate_columns) {
            return format!(
                "head it `{}` if it holds that column's rates (kb.toml's rate and tax columns are {keys}), or {add}",
                closest.key
            );
        }
        match rate_columns.first() {
            Some(first) => format!(
                "kb.toml's rate and tax columns are {keys}: if it holds one of them, head it with that column's key, or make this header that column's label in locales/{}/site.ftl (`tariff-col-{} = {header}` for `{}`); else {add}",
                self.config.default_language, first.key, first.key
            ),
            None => format!("{add}: kb.toml has no rate or tax column"),
        }
    }

    /// For each unread column that tells apart two rows of one code, an
    /// error at the first such code's second row, with the join to make.
    fn codes_told_apart(&self) -> Diagnostics {
        let unread = self.layout.unread();
        let mut first_row: BTreeMap<String, usize> = BTreeMap::new();
        // Per column: the codes it tells apart, and the first (its code as
        // written, its first two rows).
        type Apart = (BTreeSet<String>, (String, usize, usize));
        let mut apart: BTreeMap<usize, Apart> = BTreeMap::new();
        for (n, record) in self.records.iter().enumerate() {
            let (written, digits) = self.layout.code_of(&|i| Self::field(record, i));
            if digits.len() <= 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let Some(&m) = first_row.get(&digits) else {
                first_row.insert(digits, n);
                continue;
            };
            for &at in &unread {
                let (a, b) = (Self::field(&self.records[m], at), Self::field(record, at));
                // A suffix is digits: a column of other text that differs
                // (remarks) joins nothing, and `kb check` says to merge.
                let digits = |s: &str| s.bytes().all(|c| c.is_ascii_digit() || c == b'.');
                if a != b && digits(&a) && digits(&b) {
                    let (codes, _) = apart
                        .entry(at)
                        .or_insert_with(|| (BTreeSet::new(), (written.clone(), m, n)));
                    codes.insert(self.layout.code_of(&|i| Self::field(record, i)).1);
                }
            }
        }
        apart
            .into_iter()
            .map(|(at, (codes, (code, m, n)))| self.told_apart(at, codes.len(), &code, (m, n)))
            .collect()
    }

    /// The error of column `at`, which tells apart `count` codes' rows, the
    /// first `code` on records `m` and `n`.
    fn told_apart(
        &self,
        at: usize,
        count: usize,
        code: &str,
        (m, n): (usize, usize),
    ) -> Diagnostic {
        let header = &self.layout.headers[at];
        let line = |i: usize| self.records[i].position().map_or(0, |p| p.line());
        let (a, b) = (
            Self::field(&self.records[m], at),
            Self::field(&self.records[n], at),
        );
        let others = match count {
            1 => String::new(),
            2 => "; so is 1 other code".to_string(),
            _ => format!("; so are {} other codes", count - 1),
        };
        let shown = |value: &str| match value {
            "" => "empty".to_string(),
            value => format!("`{value}`"),
        };
        let message = format!(
            "`{code}` appears twice (lines {} and {}), and column `{header}` tells the rows apart ({}, {}){others}",
            line(m),
            line(n),
            shown(&a),
            shown(&b)
        );
        let diagnostic = Diagnostic::error("import", message);
        let diagnostic = match row_of(self.source, &self.records[n]) {
            Some((start, row)) => diagnostic.at(self.source, start, start + row.len().max(1)),
            None => diagnostic.in_file(&self.source.path),
        };
        let suffix = if b.is_empty() { a } else { b };
        let joined = format!("{code}.{suffix}");
        let digits = crate::tariff::normalise_code(&joined).len();
        let national = match digits == self.config.tariff.national_digits {
            true => String::new(),
            false => format!(", and set `national_digits = {digits}` under [tariff] in kb.toml"),
        };
        diagnostic.hint(format!(
            "join the column to the code: import with `--code-suffix {header}` to write `{code}` and `{suffix}` as `{joined}`{national}"
        ))
    }

    /// With a code suffix, the first code longer than a national line.
    fn suffixed_codes_too_long(&self) -> Option<Diagnostic> {
        let at = self.layout.suffix_at?;
        let national = self.config.tariff.national_digits;
        let (record, written, digits) = self.records.iter().find_map(|record| {
            let (written, digits) = self.layout.code_of(&|i| Self::field(record, i));
            (digits.len() > national).then_some((record, written, digits))
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let diagnostic = Diagnostic::error(
            "import",
            format!(
                "line {line}: with column `{}` joined, `{written}` has {} digits, and national lines have {national}",
                self.layout.headers[at],
                digits.len()
            ),
        );
        let diagnostic = match row_of(self.source, record) {
            Some((start, row)) => diagnostic.at(self.source, start, start + row.len().max(1)),
            None => diagnostic.in_file(&self.source.path),
        };
        Some(diagnostic.hint(format!(
            "set `national_digits = {}` under [tariff] in kb.toml",
            digits.len()
        )))
    }
}

/// Whether a CSV cell reads as a rate (`5%`, `free`, `10% + 2 USD/kg`, a
/// dated value) or as one written another way (`Ex.`, `Rs.50/kg`).
fn reads_as_rate(cell: &str, currency: &str, delimiter: u8) -> bool {
    let cell = super::layout::rate_written(cell, delimiter);
    let read = crate::timeline::parse_timeline(&cell, |value| {
        crate::tariff::rate::parse_rate(value).map_err(|e| e.to_string())
    });
    read.is_ok() || crate::tariff::rate_words::rate_written_otherwise(&cell, currency).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_reads_as_a_rate_when_kb_or_its_hint_reads_it() {
        for cell in [
            "5%",
            "free",
            "10% + 2 USD/kg",
            "15%; 10% from 2027-01-01",
            "Ex.",
            "Rs.50/kg",
        ] {
            assert!(reads_as_rate(cell, "PKR", b','), "{cell}");
        }
        assert!(reads_as_rate("5,5%", "EUR", b';'));
        for cell in ["00", "kg", "Licence needed", "12.5", "2027-01-01"] {
            assert!(!reads_as_rate(cell, "PKR", b','), "{cell}");
        }
    }
}
