//! Reads one chapter's tariff table, the original and then each
//! translation, into the tariff's codes, checking every rule of the format.

use std::ops::Range;

use crate::config::{ColumnKind, Config};
use crate::content::ContentFile;
use crate::diagnostics::{closest, Diagnostic, Diagnostics};

use super::rate::{parse_rate, RATE_FORMS};
use super::table::{Cell, RawTable};
use super::{display_code, normalise_code, ChapterRow, CodeLevel, RateCell, Tariff, TariffCode};

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

/// Where each column of a table goes: the configured column's index.
type ColumnMap = Vec<Option<usize>>;

/// `- - Not roasted` → (2, `Not roasted`).
fn strip_dashes(text: &str) -> (usize, &str) {
    let mut depth = 0;
    let mut rest = text.trim();
    while let Some(r) = rest.strip_prefix(['-', '–']) {
        depth += 1;
        rest = r.trim_start();
    }
    (depth, rest)
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

    fn map_headers(&mut self, file: &ContentFile, table: &RawTable) -> ColumnMap {
        let columns = &self.config.tariff.columns;
        let mut map: ColumnMap = vec![None, None];
        for header in table.headers.iter().skip(2) {
            let found = columns
                .iter()
                .position(|c| c.key.eq_ignore_ascii_case(&header.text));
            if found.is_none() {
                let keys: Vec<&str> = columns.iter().map(|c| c.key.as_str()).collect();
                let hint = match closest(&header.text.to_lowercase(), keys.iter().copied()) {
                    Some(best) => format!("did you mean `{best}`? Columns are configured under [[tariff.columns]] in kb.toml"),
                    None => format!("configured columns: {}; add it under [[tariff.columns]] in kb.toml", keys.join(", ")),
                };
                self.error(
                    file,
                    &header.range,
                    format!("unknown tariff column `{}`", header.text),
                    hint,
                );
            }
            map.push(found);
        }
        map
    }

    /// Reads the original chapter's table into new codes.
    pub(super) fn read_original(&mut self, file: &ContentFile, table: &RawTable) -> OriginalRows {
        let languages = self.config.languages.len();
        let national = self.config.tariff.national_digits;
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
            let (dashes, description) = strip_dashes(&desc_cell.text);
            if code_cell.text.is_empty() {
                if !description.is_empty() {
                    groups.push(rows.len());
                    let mut descriptions = vec![None; languages];
                    descriptions[0] = Some(description.to_string());
                    rows.push(ChapterRow::Group {
                        depth: dashes.max(1),
                        descriptions,
                    });
                }
                continue;
            }
            let digits = normalise_code(&code_cell.text);
            let range = &code_cell.range;
            if !digits.chars().all(|c| c.is_ascii_digit()) {
                self.error(
                    file,
                    range,
                    format!("`{}` is not a tariff code", code_cell.text),
                    "a code is digits with optional dots, such as 0901.11.10",
                );
                continue;
            }
            let level = match digits.len() {
                4 => CodeLevel::Heading,
                6 => CodeLevel::Subheading,
                n if n == national => CodeLevel::NationalLine,
                n => {
                    self.error(file, range, format!("`{}` has {n} digits", code_cell.text), format!("codes have 4 digits (heading), 6 (subheading) or {national} (national line, set by tariff.national_digits)"));
                    continue;
                }
            };
            if !digits.starts_with(self.number) {
                self.error(
                    file,
                    range,
                    format!("`{}` is not in chapter {}", code_cell.text, self.number),
                    format!("move the line to content/tariff/{}.md", &digits[..2]),
                );
                continue;
            }
            if self.tariff.by_digits.contains_key(&digits) {
                self.error(
                    file,
                    range,
                    format!("`{}` appears twice", code_cell.text),
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
                    self.error(
                        file,
                        range,
                        format!("`{}` is out of order", code_cell.text),
                        hint,
                    );
                    // Compare the next rows with this one, so one misplaced
                    // row gives one error, not one per row after it.
                    previous = Some(digits.clone());
                    continue;
                }
            }
            let parent = match level {
                CodeLevel::Heading => None,
                CodeLevel::Subheading | CodeLevel::NationalLine => {
                    let parent_digits = if level == CodeLevel::Subheading {
                        &digits[..4]
                    } else {
                        &digits[..6]
                    };
                    match self.tariff.by_digits.get(parent_digits) {
                        Some(&p) => Some(p),
                        None => {
                            self.error(
                                file,
                                range,
                                format!(
                                    "`{}` has no parent `{}` in the table",
                                    code_cell.text,
                                    display_code(parent_digits)
                                ),
                                format!("add a row for {} above it", display_code(parent_digits)),
                            );
                            continue;
                        }
                    }
                }
            };
            if description.is_empty() {
                self.error(
                    file,
                    &desc_cell.range,
                    format!("`{}` has no description", code_cell.text),
                    "every code needs a description in the original",
                );
            }
            previous = Some(digits.clone());
            let index = self.tariff.codes.len();
            let (line, _) = file.source.line_col(range.start);
            let mut code = TariffCode {
                display: display_code(&digits),
                chapter: self.number.to_string(),
                level,
                parent,
                children: Vec::new(),
                depth: if dashes > 0 { dashes } else { level as usize },
                descriptions: vec![None; languages],
                data: Default::default(),
                rates: Default::default(),
                texts: Default::default(),
                source: file.source.path.clone(),
                line,
                digits: digits.clone(),
            };
            code.descriptions[0] = Some(description.to_string());
            for (i, column) in columns.iter().enumerate().skip(2) {
                let (Some(column), Some(cell)) = (column, row.get(i)) else {
                    continue;
                };
                let column = &self.config.tariff.columns[*column];
                match column.kind {
                    ColumnKind::Rate => match parse_rate(&cell.text) {
                        Ok(rate) => {
                            if rate.is_some() {
                                rate_cells.push((index, cell.range.clone()));
                            }
                            code.rates.insert(
                                column.key.clone(),
                                RateCell {
                                    text: cell.text.clone(),
                                    rate,
                                },
                            );
                        }
                        Err(e) => self.error(
                            file,
                            &cell.range,
                            format!("{} rate of `{}`: {e}", column.key, code_cell.text),
                            RATE_FORMS,
                        ),
                    },
                    ColumnKind::Data => {
                        if !cell.text.is_empty() {
                            code.data.insert(column.key.clone(), cell.text.clone());
                        }
                    }
                    ColumnKind::Text => {
                        if !cell.text.is_empty() {
                            let mut texts = vec![None; languages];
                            texts[0] = Some(cell.text.clone());
                            code.texts.insert(column.key.clone(), texts);
                        }
                    }
                }
            }
            if let Some(p) = parent {
                self.tariff.codes[p].children.push(index);
            }
            self.tariff.by_digits.insert(digits, index);
            self.tariff.codes.push(code);
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
            let digits = normalise_code(&code_cell.text);
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
                    ColumnKind::Rate => code.rates.get(&column.key).map(|r| r.text.clone()),
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

#[cfg(test)]
mod tests {
    use super::strip_dashes;

    #[test]
    fn dashes_give_depth() {
        assert_eq!(strip_dashes("- - Not roasted:"), (2, "Not roasted:"));
        assert_eq!(strip_dashes("Coffee"), (0, "Coffee"));
        assert_eq!(strip_dashes("-- Other"), (2, "Other"));
    }
}
