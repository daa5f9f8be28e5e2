//! Reads one chapter's tariff table, the original and then each
//! translation, into the tariff's codes, checking every rule of the format.

use std::ops::Range;

use crate::config::{ColumnKind, Config};
use crate::content::ContentFile;
use crate::diagnostics::{Diagnostic, Diagnostics};

use super::row::{map_columns, read_code_cell, read_row, strip_dashes, CellProblem, ColumnMap};
use super::table::{Cell, RawTable};
use super::{display_code, normalise_code, ChapterRow, CodeLevel, Tariff, TariffCode};

/// The original's rows, as translations are matched against them.
pub(super) struct OriginalRows {
    rows: Vec<ChapterRow>,
    /// Positions in `rows` of the grouping lines, matched to a translation's
    /// grouping lines by order.
    groups: Vec<usize>,
}

pub(super) struct ChapterReader<'a> {
    config: &'a Config,
    number: &'a str,
    tariff: &'a mut Tariff,
    problems: &'a mut Diagnostics,
    first_code: usize,
}

impl<'a> ChapterReader<'a> {
    pub(super) fn new(
        config: &'a Config,
        number: &'a str,
        tariff: &'a mut Tariff,
        problems: &'a mut Diagnostics,
    ) -> Self {
        let first_code = tariff.codes.len();
        ChapterReader {
            config,
            number,
            tariff,
            problems,
            first_code,
        }
    }

    fn error(
        &mut self,
        file: &ContentFile,
        range: &Range<usize>,
        message: String,
        hint: impl Into<String>,
    ) {
        self.problems.push(
            Diagnostic::error("tariff", message)
                .at(&file.source, range.start, range.end)
                .hint(hint),
        );
    }

    fn report(&mut self, file: &ContentFile, found: Vec<CellProblem>) {
        for p in found {
            self.error(file, &p.range, p.message, p.hint);
        }
    }

    fn map_headers(&mut self, file: &ContentFile, table: &RawTable) -> ColumnMap {
        let (map, found) = map_columns(self.config, table);
        self.report(file, found);
        map
    }

    /// The level of a code with these digits, or why it has none.
    fn level(&self, written: &str, digits: &str) -> Result<CodeLevel, (String, String)> {
        let national = self.config.tariff.national_digits;
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err((
                format!("`{written}` is not a tariff code"),
                "a code is digits with optional dots, such as 0901.11.10, then optionally `from` or `until` and a date".into(),
            ));
        }
        let level = match digits.len() {
            4 => CodeLevel::Heading,
            6 => CodeLevel::Subheading,
            n if n == national => CodeLevel::NationalLine,
            n => return Err((format!("`{written}` has {n} digits"), format!("codes have 4 digits (heading), 6 (subheading) or {national} (national line, set by tariff.national_digits)"))),
        };
        if !digits.starts_with(self.number) {
            return Err((
                format!("`{written}` is not in chapter {}", self.number),
                format!("move the line to content/tariff/{}.md", &digits[..2]),
            ));
        }
        Ok(level)
    }

    /// The parent of a code of `level`, or why it has none.
    fn parent(
        &self,
        written: &str,
        digits: &str,
        level: CodeLevel,
    ) -> Result<Option<usize>, (String, String)> {
        let parent_digits = match level {
            CodeLevel::Heading => return Ok(None),
            CodeLevel::Subheading => &digits[..4],
            CodeLevel::NationalLine => &digits[..6],
        };
        match self.tariff.by_digits.get(parent_digits) {
            Some(&p) => Ok(Some(p)),
            None => Err((
                format!(
                    "`{written}` has no parent `{}` in the table",
                    display_code(parent_digits)
                ),
                format!("add a row for {} above it", display_code(parent_digits)),
            )),
        }
    }

    /// Reads the original chapter's table into new codes: each row through
    /// the one row reader, then the rules between rows.
    pub(super) fn read_original(&mut self, file: &ContentFile, table: &RawTable) -> OriginalRows {
        let languages = self.config.languages.len();
        let columns = self.map_headers(file, table);
        let mut rows = Vec::new();
        let mut groups = Vec::new();
        let mut previous: Option<String> = None;
        let mut rate_cells: Vec<(usize, Range<usize>)> = Vec::new();
        let empty = Cell {
            text: String::new(),
            range: table.range.start..table.range.start,
        };
        for row in &table.rows {
            let code_cell = row.first().unwrap_or(&empty);
            let desc_cell = row.get(1).unwrap_or(code_cell);
            let (cells, found) = read_row(self.config, &columns, row);
            self.report(file, found);
            let Some(code) = cells.code else {
                if !cells.description.is_empty() {
                    groups.push(rows.len());
                    let mut descriptions = vec![None; languages];
                    descriptions[0] = Some(cells.description.clone());
                    rows.push(ChapterRow::Group {
                        depth: cells.dashes.max(1),
                        descriptions,
                    });
                }
                continue;
            };
            let (written, digits) = (code.written.as_str(), code.digits.clone());
            let range = &code_cell.range;
            if digits.is_empty() {
                continue; // the code cell's own problem is reported
            }
            let level = match self.level(written, &digits) {
                Ok(level) => level,
                Err((message, hint)) => {
                    self.error(file, range, message, hint);
                    continue;
                }
            };
            if self.tariff.by_digits.contains_key(&digits) {
                self.error(
                    file,
                    range,
                    format!("`{written}` appears twice"),
                    "each code has one row; merge the two rows",
                );
                continue;
            }
            if let Some(prev) = &previous {
                if *prev > digits {
                    let hint = format!(
                        "rows go in ascending order of code; `{}` belongs before `{}`",
                        display_code(&digits),
                        display_code(prev)
                    );
                    self.error(file, range, format!("`{written}` is out of order"), hint);
                    // Compare the next rows with this one, so one misplaced
                    // row gives one error, not one per row after it.
                    previous = Some(digits.clone());
                    continue;
                }
            }
            let parent = match self.parent(written, &digits, level) {
                Ok(parent) => parent,
                Err((message, hint)) => {
                    self.error(file, range, message, hint);
                    continue;
                }
            };
            if cells.description.is_empty() {
                self.error(
                    file,
                    &desc_cell.range,
                    format!("`{written}` has no description"),
                    "every code needs a description in the original",
                );
            }
            previous = Some(digits.clone());
            let index = self.tariff.codes.len();
            let (line, _) = file.source.line_col(range.start);
            let mut descriptions = vec![None; languages];
            descriptions[0] = Some(cells.description.clone());
            let mut rates = std::collections::BTreeMap::new();
            for (key, (cell, cell_range)) in cells.rates {
                if cell.has_rate() {
                    rate_cells.push((index, cell_range));
                }
                rates.insert(key, cell);
            }
            let texts = cells
                .texts
                .into_iter()
                .map(|(key, text)| {
                    let mut texts = vec![None; languages];
                    texts[0] = Some(text);
                    (key, texts)
                })
                .collect();
            if let Some(p) = parent {
                self.tariff.codes[p].children.push(index);
            }
            self.tariff.by_digits.insert(digits.clone(), index);
            self.tariff.codes.push(TariffCode {
                display: display_code(&digits),
                chapter: self.number.to_string(),
                level,
                parent,
                children: Vec::new(),
                depth: if cells.dashes > 0 {
                    cells.dashes
                } else {
                    level as usize
                },
                validity: code.validity,
                descriptions,
                data: cells.data,
                rates,
                texts,
                source: file.source.path.clone(),
                line,
                digits,
            });
            rows.push(ChapterRow::Code(index));
        }
        for (index, range) in rate_cells {
            if !self.tariff.codes[index].is_leaf() {
                let display = self.tariff.codes[index].display.clone();
                self.error(
                    file,
                    &range,
                    format!("`{display}` has lines below it, so it cannot carry a rate"),
                    "put rates on the rows without children, or write `-`",
                );
            }
        }
        OriginalRows { rows, groups }
    }

    /// Applies a translation's table (language number `lang`) to the codes.
    pub(super) fn read_translation(
        &mut self,
        file: &ContentFile,
        table: &RawTable,
        lang: usize,
        original: &mut OriginalRows,
    ) {
        let columns = self.map_headers(file, table);
        let mut group = 0;
        let empty = Cell {
            text: String::new(),
            range: table.range.start..table.range.start,
        };
        for row in &table.rows {
            let code_cell = row.first().unwrap_or(&empty);
            let desc_cell = row.get(1).unwrap_or(code_cell);
            let (_, description) = strip_dashes(&desc_cell.text);
            if code_cell.text.is_empty() {
                if description.is_empty() {
                    continue;
                }
                match original.groups.get(group).map(|&i| &mut original.rows[i]) {
                    Some(ChapterRow::Group { descriptions, .. }) => descriptions[lang] = Some(description.to_string()),
                    _ => self.error(file, &desc_cell.range, "this grouping line has no counterpart in the original".into(), "translations have the same grouping lines, in the same order, as the original"),
                }
                group += 1;
                continue;
            }
            let (digits, validity) = match read_code_cell(code_cell) {
                Ok(c) => (c.digits, c.validity),
                Err(_) => (normalise_code(&code_cell.text), Default::default()),
            };
            let Some(index) = self
                .tariff
                .by_digits
                .get(&digits)
                .copied()
                .filter(|&i| i >= self.first_code)
            else {
                self.error(file, &code_cell.range, format!("`{}` is not in the original chapter", code_cell.text), "a translation translates the original's codes; add the code to the original first");
                continue;
            };
            if !description.is_empty() {
                self.tariff.codes[index].descriptions[lang] = Some(description.to_string());
            }
            let original_validity = self.tariff.codes[index].validity;
            if validity != Default::default() && validity != original_validity {
                self.error(
                    file,
                    &code_cell.range,
                    format!("this translation changes the dates of `{}`", code_cell.text),
                    "when a line starts or ends lives in the original only; write the code alone",
                );
            }
            for (i, column) in columns.iter().enumerate().skip(2) {
                let (Some(column), Some(cell)) = (column, row.get(i)) else {
                    continue;
                };
                let column = self.config.tariff.columns[*column].clone();
                if cell.text.is_empty() {
                    continue;
                }
                let code = &mut self.tariff.codes[index];
                let original_text = match column.kind {
                    ColumnKind::Text => {
                        let languages = code.descriptions.len();
                        code.texts
                            .entry(column.key.clone())
                            .or_insert_with(|| vec![None; languages])[lang] =
                            Some(cell.text.clone());
                        continue;
                    }
                    ColumnKind::Rate | ColumnKind::Tax => {
                        code.rates.get(&column.key).map(|r| r.text.clone())
                    }
                    ColumnKind::Data => code.data.get(&column.key).cloned(),
                };
                let original_text = original_text.unwrap_or_default();
                if original_text != cell.text {
                    let display = code.display.clone();
                    self.error(
                        file,
                        &cell.range,
                        format!("this translation changes the {} of `{display}` from `{original_text}` to `{}`", column.key, cell.text),
                        "rates and data live in the original only; remove the column from the translation",
                    );
                }
            }
        }
    }

    pub(super) fn finish(self, original: OriginalRows) -> Vec<ChapterRow> {
        original.rows
    }
}
