//! What the import says about what it did: its notes, and the rate cells
//! it wrote otherwise than the CSV has them. The import writes a rate in
//! Latin digits (`۱۲٫۵٪` as `12.5%`) and, from a `;` file, with a decimal
//! point (`%11,5` as `%11.5`); the check that follows quotes the chapter
//! file, so each of its errors on such a cell also says what the CSV had,
//! and at which line: the editor searching the CSV for `%11.5` would not
//! find it.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::words::LatinNumerals;

use super::ImportReport;

/// A rate cell the import wrote otherwise than the CSV has it.
#[derive(Debug, Clone)]
pub struct RewrittenCell {
    /// The chapter file's name (`09.md`).
    pub file: String,
    /// The line's code, as the chapter file writes it (`0901.21.00.00.11`).
    pub code: String,
    /// The column's key (`gv`).
    pub key: String,
    /// The CSV line.
    pub line: u64,
    /// The cell as the CSV has it (`%11,5`).
    pub csv: String,
    /// The cell as the chapter file has it (`%11.5`).
    pub written: String,
}

impl RewrittenCell {
    /// The cells of the row of `code` in chapter `number`, CSV line
    /// `line`, that were `rewritten`: (column key, CSV cell, cell written).
    pub(super) fn of_row<'a>(
        (number, code, line): (&'a str, &'a str, u64),
        rewritten: Vec<(String, String, String)>,
    ) -> impl Iterator<Item = RewrittenCell> + 'a {
        rewritten
            .into_iter()
            .map(move |(key, csv, written)| RewrittenCell {
                file: format!("{number}.md"),
                code: code.to_string(),
                key,
                line,
                csv,
                written,
            })
    }

    /// How the cell was rewritten: `Latin digits`, `a decimal point`.
    fn how(&self) -> &'static str {
        let latin = LatinNumerals::latin(&self.csv) != self.csv;
        let point = self.csv.contains(',') && !self.written.contains(',');
        match (latin, point) {
            (true, true) => "Latin digits and a decimal point",
            (true, false) => "Latin digits",
            _ => "a decimal point",
        }
    }
}

impl ImportReport {
    /// What to tell the editor besides errors: columns ignored, total rows
    /// skipped, chapter search terms not written, rate cells rewritten.
    pub fn notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = self
            .ignored_columns
            .iter()
            .map(|column| format!("column `{column}` maps to no tariff column and was ignored"))
            .collect();
        notes.extend(self.skipped_totals.iter().map(|line| {
            format!(
                "line {line} is a total of all codes (`TOTAL`), not a tariff line, and was skipped"
            )
        }));
        notes.extend(self.chapter_terms.iter().map(|line| {
            format!("line {line} gives search terms to a chapter, which has none of its own: they were not written; give them to its headings")
        }));
        if let Some(first) = self.rewritten.first() {
            let count = self.rewritten.len();
            let cells = match count {
                1 => "1 rate cell was".to_string(),
                _ => format!("{count} rate cells were"),
            };
            notes.push(format!(
                "{cells} written with Latin digits and decimal points, as kb reads rates (line {}: `{}` as `{}`)",
                first.line, first.csv, first.written
            ));
        }
        notes
    }

    /// `found`, the check of the chapter files written, with each error
    /// on a rewritten cell saying what the CSV had: `` gv rate of
    /// `0901.21.00.00.11`: `%11.5` is not a rate; write `11.5%` (the CSV
    /// has `%11,5` at line 7, written with a decimal point) ``.
    pub fn explain(&self, found: Diagnostics) -> Diagnostics {
        found
            .iter()
            .map(|diagnostic| self.explained(diagnostic.clone()))
            .collect()
    }

    fn explained(&self, mut diagnostic: Diagnostic) -> Diagnostic {
        let in_file = |file: &str| {
            diagnostic
                .path
                .as_ref()
                .is_some_and(|p| p.file_name().is_some_and(|n| n == file))
        };
        let cell = self.rewritten.iter().find(|cell| {
            in_file(&cell.file)
                && diagnostic
                    .message
                    .starts_with(&format!("{} rate of `{}`: ", cell.key, cell.code))
        });
        if let Some(cell) = cell {
            diagnostic.message.push_str(&format!(
                " (the CSV has `{}` at line {}, written with {})",
                cell.csv,
                cell.line,
                cell.how()
            ));
        }
        diagnostic
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::SourceText;

    fn rewritten(csv: &str, written: &str) -> RewrittenCell {
        RewrittenCell {
            file: "09.md".into(),
            code: "0901.21.00.00.11".into(),
            key: "gv".into(),
            line: 7,
            csv: csv.into(),
            written: written.into(),
        }
    }

    #[test]
    fn an_error_on_a_rewritten_cell_says_what_the_csv_had() {
        // Türkiye: `%11,5` in the CSV was reported as `%11.5`, which the
        // editor could not find in it.
        let report = ImportReport {
            rewritten: vec![rewritten("%11,5", "%11.5")],
            ..ImportReport::default()
        };
        let chapter = SourceText::new("content/tariff/09.md", "| x |\n");
        let found: Diagnostics = [
            Diagnostic::error(
                "tariff",
                "gv rate of `0901.21.00.00.11`: `%11.5` is not a rate; write `11.5%`",
            )
            .at(&chapter, 0, 1),
            Diagnostic::error("tariff", "ab rate of `0901.21.00.00.11`: `x` is not a rate")
                .at(&chapter, 0, 1),
        ]
        .into_iter()
        .collect();
        let explained = report.explain(found);
        let messages: Vec<&str> = explained.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "gv rate of `0901.21.00.00.11`: `%11.5` is not a rate; write `11.5%` (the CSV has `%11,5` at line 7, written with a decimal point)",
                "ab rate of `0901.21.00.00.11`: `x` is not a rate",
            ]
        );
        assert_eq!(
            report.notes(),
            ["1 rate cell was written with Latin digits and decimal points, as kb reads rates (line 7: `%11,5` as `%11.5`)"]
        );
        assert_eq!(rewritten("۱۲٫۵٪", "12.5%").how(), "Latin digits");
    }
}
