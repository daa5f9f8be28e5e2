//! Reads one chapter's tariff table, the original and then each
//! translation, into the tariff's codes, checking every rule of the format.

use std::collections::HashMap;
use std::ops::Range;

use crate::config::{ColumnKind, Config};
use crate::content::ContentFile;
use crate::diagnostics::{Diagnostic, Diagnostics};

use super::row::{
    map_columns, read_code_cell, read_row, strip_dashes, CellProblem, CodeCell, ColumnMap, RowCells,
};
use super::table::{Cell, RawTable};
use super::{normalise_code, shown_code, ChapterRow, CodeLevel, TariffCode};

/// The original's rows, as translations are matched against them.
pub(super) struct OriginalRows {
    rows: Vec<ChapterRow>,
    /// Positions in `rows` of the grouping lines, matched to a translation's
    /// grouping lines by order.
    groups: Vec<usize>,
}

impl OriginalRows {
    /// Adds a code-less grouping line of the original, its text in the
    /// original's language only so far.
    fn push_group(&mut self, cells: &RowCells, languages: usize) {
        self.groups.push(self.rows.len());
        let mut descriptions = vec![None; languages];
        descriptions[0] = Some(cells.description.clone());
        self.rows.push(ChapterRow::Group {
            depth: cells.dashes.max(1),
            descriptions,
        });
    }
}

/// A code of the original that has its place in the tariff: its level and
/// its parent row, if any.
struct PlacedCode {
    code: CodeCell,
    level: CodeLevel,
    parent: Option<usize>,
}

/// The codes of one chapter, numbered from 0 in table order, as the
/// reader makes them (see `cache` for how they join the tariff).
#[derive(Default)]
pub(super) struct ChapterCodes {
    pub(super) codes: Vec<TariffCode>,
    pub(super) by_digits: HashMap<String, usize>,
}

pub(super) struct ChapterReader<'a> {
    config: &'a Config,
    number: &'a str,
    tariff: &'a mut ChapterCodes,
    problems: &'a mut Diagnostics,
    first_code: usize,
}

impl<'a> ChapterReader<'a> {
    pub(super) fn new(
        config: &'a Config,
        number: &'a str,
        tariff: &'a mut ChapterCodes,
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
            n if n == national => CodeLevel::NationalLine,
            // 6 digits is the HS subheading; longer ones are a national
            // subdivision (the CN's 8 digits in TARIC, the EAEU's 9).
            n if (6..national).contains(&n) => CodeLevel::Subheading,
            n => {
                let subheading = match national {
                    7 => "6".to_string(),
                    _ => format!("6 to {}", national - 1),
                };
                return Err((
                    format!("`{written}` has {n} digits"),
                    format!("codes have 4 digits (heading), {subheading} (subheading) or {national} (national line, set by tariff.national_digits)"),
                ));
            }
        };
        if !digits.starts_with(self.number) {
            return Err((
                format!("`{written}` is not in chapter {}", self.number),
                format!("move the line to content/tariff/{}.md", &digits[..2]),
            ));
        }
        Ok(level)
    }

    /// The parent of a code of `level`: the nearest row above that begins
    /// its digits, or why it has none. Tariffs print an undivided
    /// subheading only as its national line (`0901.12.00` under `0901`),
    /// so a line's parent may be its heading.
    fn parent(
        &self,
        written: &str,
        digits: &str,
        level: CodeLevel,
    ) -> Result<Option<usize>, (String, String)> {
        if level == CodeLevel::Heading {
            return Ok(None);
        }
        let nearest = (4..digits.len())
            .rev()
            .find_map(|len| self.tariff.by_digits.get(&digits[..len]));
        match nearest {
            Some(&p) => Ok(Some(p)),
            None => {
                let heading = shown_code(&self.config.tariff, &digits[..4]);
                Err((
                    format!("`{written}` has no heading `{heading}` in the table"),
                    format!("add a row for {heading} above it"),
                ))
            }
        }
    }

    /// Reads the original chapter's table into new codes: each row through
    /// the one row reader, then the rules between rows.
    pub(super) fn read_original(&mut self, file: &ContentFile, table: &RawTable) -> OriginalRows {
        let columns = self.map_headers(file, table);
        let mut original = OriginalRows {
            rows: Vec::new(),
            groups: Vec::new(),
        };
        let mut previous: Option<String> = None;
        let mut rate_cells: Vec<(usize, String, Range<usize>)> = Vec::new();
        let mut subdivisions: Vec<(usize, Range<usize>)> = Vec::new();
        let mut ending: Vec<(usize, Range<usize>)> = Vec::new();
        let empty = Cell {
            text: String::new(),
            range: table.range.start..table.range.start,
        };
        for row in &table.rows {
            let code_cell = row.first().unwrap_or(&empty);
            let desc_cell = row.get(1).unwrap_or(code_cell);
            let (mut cells, found) = read_row(self.config, &columns, row);
            self.report(file, found);
            let Some(code) = cells.code.take() else {
                if !cells.description.is_empty() {
                    original.push_group(&cells, self.config.languages.len());
                }
                continue;
            };
            let range = &code_cell.range;
            if code.digits.is_empty() {
                continue; // the code cell's own problem is reported
            }
            let Some((level, parent)) = self.place_code(file, range, &code, &mut previous) else {
                continue;
            };
            if cells.description.is_empty() {
                self.error(
                    file,
                    &desc_cell.range,
                    format!("`{}` has no description", code.written),
                    "every code needs a description in the original",
                );
            }
            previous = Some(code.digits.clone());
            let placed = PlacedCode {
                code,
                level,
                parent,
            };
            let subdivision = level == CodeLevel::Subheading && placed.code.digits.len() > 6;
            let ends = placed.code.validity.until.is_some();
            let index = self.add_code(file, range, placed, cells, &mut rate_cells);
            if subdivision {
                subdivisions.push((index, range.clone()));
            }
            if ends {
                ending.push((index, range.clone()));
            }
            original.rows.push(ChapterRow::Code(index));
        }
        let unit_key = self.config.tariff.unit_key();
        super::units::check_duty_units(
            &self.tariff.codes,
            &rate_cells,
            unit_key,
            file,
            self.problems,
        );
        super::amounts::check_duty_amounts(
            &self.tariff.codes,
            &rate_cells,
            self.config,
            (file, &self.config.currencies),
            self.problems,
        );
        self.check_rates_on_leaves(file, rate_cells);
        self.check_subdivisions_have_lines(file, subdivisions);
        super::succession::check_succession(&self.tariff.codes, &ending, file, self.problems);
        original
    }

    /// The level and parent of the original's code in the cell at `range`,
    /// or `None` once reported: a code that is no tariff code, appears
    /// twice, comes after a greater one (`previous`, which then moves on to
    /// it) or has no parent row.
    fn place_code(
        &mut self,
        file: &ContentFile,
        range: &Range<usize>,
        code: &CodeCell,
        previous: &mut Option<String>,
    ) -> Option<(CodeLevel, Option<usize>)> {
        let (written, digits) = (code.written.as_str(), &code.digits);
        let level = match self.level(written, digits) {
            Ok(level) => level,
            Err((message, hint)) => {
                self.error(file, range, message, hint);
                return None;
            }
        };
        if self.tariff.by_digits.contains_key(digits) {
            self.error(
                file,
                range,
                format!("`{written}` appears twice"),
                "each code has one row; merge the two rows",
            );
            return None;
        }
        if let Some(prev) = previous.as_ref() {
            if prev > digits {
                let hint = format!(
                    "rows go in ascending order of code; `{}` belongs before `{}`",
                    shown_code(&self.config.tariff, digits),
                    shown_code(&self.config.tariff, prev)
                );
                self.error(file, range, format!("`{written}` is out of order"), hint);
                // Compare the next rows with this one, so one misplaced
                // row gives one error, not one per row after it.
                *previous = Some(digits.clone());
                return None;
            }
        }
        match self.parent(written, digits, level) {
            Ok(parent) => Some((level, parent)),
            Err((message, hint)) => {
                self.error(file, range, message, hint);
                None
            }
        }
    }

    /// Adds the original's code read at `range` to the tariff (and to its
    /// parent's children) with the row's description, rates, data and
    /// texts, and returns its index; its rate cells go to `rate_cells` for
    /// [`Self::check_rates_on_leaves`].
    fn add_code(
        &mut self,
        file: &ContentFile,
        range: &Range<usize>,
        placed: PlacedCode,
        cells: RowCells,
        rate_cells: &mut Vec<(usize, String, Range<usize>)>,
    ) -> usize {
        let languages = self.config.languages.len();
        let PlacedCode {
            code,
            level,
            parent,
        } = placed;
        let index = self.tariff.codes.len();
        let (line, _) = file.source.line_col(range.start);
        let mut descriptions = vec![None; languages];
        descriptions[0] = Some(cells.description.clone());
        let mut rates = std::collections::BTreeMap::new();
        for (key, (cell, cell_range)) in cells.rates {
            if cell.has_rate() {
                rate_cells.push((index, key.clone(), cell_range));
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
        let digits = code.digits;
        self.tariff.by_digits.insert(digits.clone(), index);
        self.tariff.codes.push(TariffCode {
            display: shown_code(&self.config.tariff, &digits),
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
            groups: Vec::new(),
            rates,
            texts,
            search_terms: Vec::new(),
            source: file.source.path.clone(),
            line,
            digits,
        });
        index
    }

    /// Reports each rate written on a code that turned out to have lines
    /// below it: only the lines without children carry a rate.
    fn check_rates_on_leaves(
        &mut self,
        file: &ContentFile,
        rate_cells: Vec<(usize, String, Range<usize>)>,
    ) {
        for (index, _, range) in rate_cells {
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
    }

    /// Reports each national subdivision (a code longer than a subheading,
    /// shorter than a line) with no line below it: a code cut short by
    /// mistake, which would otherwise be read as a line of its own.
    fn check_subdivisions_have_lines(
        &mut self,
        file: &ContentFile,
        subdivisions: Vec<(usize, Range<usize>)>,
    ) {
        let national = self.config.tariff.national_digits;
        for (index, range) in subdivisions {
            let code = &self.tariff.codes[index];
            if code.is_leaf() {
                let (display, n) = (code.display.clone(), code.digits.len());
                self.error(
                    file,
                    &range,
                    format!("`{display}` has {n} digits and no line below it"),
                    format!("a national line has {national} digits: write the code in full, or add its lines below it"),
                );
            }
        }
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
            let Some(index) = self.translated_code(file, code_cell) else {
                continue;
            };
            if !description.is_empty() {
                self.tariff.codes[index].descriptions[lang] = Some(description.to_string());
            }
            self.check_translated_columns(file, row, &columns, index, lang);
        }
    }

    /// The index of the original's code that a translation's code cell
    /// names, or `None` once reported; a translation that gives the code
    /// other dates is reported too.
    fn translated_code(&mut self, file: &ContentFile, code_cell: &Cell) -> Option<usize> {
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
            self.error(
                file,
                &code_cell.range,
                format!("`{}` is not in the original chapter", code_cell.text),
                "a translation translates the original's codes; add the code to the original first",
            );
            return None;
        };
        let original_validity = self.tariff.codes[index].validity;
        if validity != Default::default() && validity != original_validity {
            self.error(
                file,
                &code_cell.range,
                format!("this translation changes the dates of `{}`", code_cell.text),
                "when a line starts or ends lives in the original only; write the code alone",
            );
        }
        Some(index)
    }

    /// Takes a translation row's text columns into the code at `index` in
    /// language `lang`, and reports each rate or data cell that differs
    /// from the original's: those live in the original only.
    fn check_translated_columns(
        &mut self,
        file: &ContentFile,
        row: &[Cell],
        columns: &ColumnMap,
        index: usize,
        lang: usize,
    ) {
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
                        .or_insert_with(|| vec![None; languages])[lang] = Some(cell.text.clone());
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

    /// The chapter's rows, once the translations are read: each code gets
    /// the grouping lines above it, in every language.
    pub(super) fn finish(self, original: OriginalRows) -> Vec<ChapterRow> {
        super::lineage::assign_groups(&original.rows, &mut self.tariff.codes, self.first_code);
        original.rows
    }
}
