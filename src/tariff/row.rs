//! One reader of tariff table rows, for the build and for the change
//! history alike: which configured column each header names, and what each
//! row's cells hold (the code and the days it is in force, the description
//! and its depth, rates as timelines, data and text columns). The chapter
//! reader adds the rules between rows (levels, order, parents); the
//! history compares what this returns, version to version.

use std::collections::BTreeMap;
use std::ops::Range;

use jiff::civil::Date;

use crate::config::{ColumnKind, Config};
use crate::diagnostics::closest;
use crate::timeline::{parse_date, parse_schedule_date, parse_timeline_in_any_digits};
use crate::words::LatinNumerals;

use super::rate::{parse_rate, rate_forms};
use super::table::{Cell, RawTable};
use super::{normalise_code, RateCell};

/// A problem in one cell, with where it is in the file.
#[derive(Debug, Clone)]
pub struct CellProblem {
    /// Byte range in the file.
    pub range: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// What would fix it.
    pub hint: String,
}

/// The days a tariff line is in force: a national line may start or end
/// on a date (`0901.11.10 until 2026-12-31`, `0901.11.11 from 2027-01-01`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Validity {
    /// First day in force, if the line starts on a date.
    pub from: Option<Date>,
    /// Last day in force, if the line ends on a date.
    pub until: Option<Date>,
}

/// Whether a line is in force on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "state", content = "date", rename_all = "snake_case")]
pub enum LineStatus {
    /// In force.
    InForce,
    /// Starts on this day.
    NotYet(Date),
    /// Ended: this was its last day.
    Ended(Date),
}

impl Validity {
    /// The days `from`..=`to` of a value of the line (a rate), within the
    /// line's own first and last days; `None` if none of them is.
    pub fn bound(
        &self,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Option<(Option<Date>, Option<Date>)> {
        let from = match (from, self.from) {
            (Some(f), Some(first)) => Some(f.max(first)),
            (f, first) => f.or(first),
        };
        let to = match (to, self.until) {
            (Some(t), Some(last)) => Some(t.min(last)),
            (t, last) => t.or(last),
        };
        match (from, to) {
            (Some(from), Some(to)) if from > to => None,
            days => Some(days),
        }
    }

    /// Whether the line is in force on `date`.
    pub fn status(&self, date: Date) -> LineStatus {
        match (self.from, self.until) {
            (Some(from), _) if date < from => LineStatus::NotYet(from),
            (_, Some(until)) if date > until => LineStatus::Ended(until),
            _ => LineStatus::InForce,
        }
    }

    /// The dates on which the line starts or stops being in force.
    pub fn dates(&self) -> impl Iterator<Item = Date> {
        self.from
            .into_iter()
            .chain(self.until.and_then(|u| u.tomorrow().ok()))
    }
}

/// A code cell: the code's digits and the days it is in force.
#[derive(Debug, Clone)]
pub struct CodeCell {
    /// The digits (`09011110`); not checked to be digits here.
    pub digits: String,
    /// As written before any date (`0901.11.10`).
    pub written: String,
    /// The days it is in force.
    pub validity: Validity,
}

/// What a row of a tariff table holds, cell by cell.
#[derive(Debug, Clone, Default)]
pub struct RowCells {
    /// The code, or `None` for a grouping line.
    pub code: Option<CodeCell>,
    /// Leading dashes of the description.
    pub dashes: usize,
    /// The description without its dashes.
    pub description: String,
    /// Rate columns by key, with each cell's range.
    pub rates: BTreeMap<String, (RateCell, Range<usize>)>,
    /// Data columns by key (non-empty cells only).
    pub data: BTreeMap<String, String>,
    /// Text columns by key (non-empty cells only).
    pub texts: BTreeMap<String, String>,
}

/// Where each header of a table goes: the index of the configured column
/// it names (`None` for Code, Description and unknown headers).
#[derive(Debug, Clone)]
pub struct ColumnMap(Vec<Option<usize>>);

impl ColumnMap {
    /// For each header in order, the index of its configured column.
    pub fn iter(&self) -> impl Iterator<Item = &Option<usize>> {
        self.0.iter()
    }
}

/// Maps the headers of `table` to configured columns (any case), with a
/// problem for each header no column has.
pub fn map_columns(config: &Config, table: &RawTable) -> (ColumnMap, Vec<CellProblem>) {
    let columns = &config.tariff.columns;
    let mut map = vec![None, None];
    let mut problems = Vec::new();
    for header in table.headers.iter().skip(2) {
        let found = columns
            .iter()
            .position(|c| c.key.eq_ignore_ascii_case(&header.text));
        if found.is_none() {
            let keys: Vec<&str> = columns.iter().map(|c| c.key.as_str()).collect();
            let hint = match closest(&header.text.to_lowercase(), keys.iter().copied()) {
                Some(best) => format!(
                    "did you mean `{best}`? Columns are configured under [[tariff.columns]] in kb.toml"
                ),
                None => format!(
                    "configured columns: {}; add it under [[tariff.columns]] in kb.toml",
                    keys.join(", ")
                ),
            };
            problems.push(CellProblem {
                range: header.range.clone(),
                message: format!("unknown tariff column `{}`", header.text),
                hint,
            });
        }
        map.push(found);
    }
    (ColumnMap(map), problems)
}

/// `- - Not roasted` → (2, `Not roasted`).
pub fn strip_dashes(text: &str) -> (usize, &str) {
    let mut depth = 0;
    let mut rest = text.trim();
    while let Some(r) = rest.strip_prefix(['-', '–']) {
        depth += 1;
        rest = r.trim_start();
    }
    (depth, rest)
}

/// Where ` from ` and ` until ` stand in a code cell (in any case): each
/// word's start and its date's.
fn date_words(text: &str) -> [Option<(usize, usize)>; 2] {
    let lower = text.to_ascii_lowercase();
    ["from", "until"].map(|word| {
        lower
            .find(&format!(" {word} "))
            .map(|i| (i, i + word.len() + 2))
    })
}

/// A code cell's code as written, without its dates (`0901.11.10` of
/// `0901.11.10 from 2027-01-01`).
fn code_written(text: &str) -> &str {
    let end = date_words(text)
        .iter()
        .flatten()
        .map(|(start, _)| *start)
        .min()
        .unwrap_or(text.len());
    text[..end].trim()
}

/// Reads a code cell: `0901.11.10`, `0901.11.10 from 2027-01-01`,
/// `0901.11.10 until 2026-12-31`, or both.
pub fn read_code_cell(cell: &Cell) -> Result<CodeCell, CellProblem> {
    let latin = LatinNumerals::of(&cell.text);
    let text = latin.text.as_str();
    let [from_at, until_at] = date_words(text);
    let date = |found: Option<(usize, usize)>, word: &str| -> Result<Option<Date>, CellProblem> {
        let Some((_, start)) = found else {
            return Ok(None);
        };
        let rest = &text[start..];
        let end = rest.find(' ').unwrap_or(rest.len());
        // A date written in words (`1 July 2027`) runs to the next
        // `from` or `until`: the whole of it is shown and read for the hint.
        let written = [from_at, until_at]
            .iter()
            .flatten()
            .map(|(at, _)| *at)
            .filter(|&at| at > start)
            .min()
            .map_or(rest, |at| &text[start..at])
            .trim_end();
        let shown = latin.original(start..start + written.len());
        parse_schedule_date(&rest[..end])
            .map(Some)
            .map_err(|message| CellProblem {
                range: cell.range.start + shown.start..cell.range.start + shown.end,
                // `2570-01-01`: a day, but of no year a schedule names.
                message: match parse_date(&rest[..end]) {
                    Some(_) => message,
                    None => format!("`{written}` is not a date"),
                },
                hint: crate::date_forms::date_hint(written, |day| format!("{word} {day}")),
            })
    };
    let validity = Validity {
        from: date(from_at, "from")?,
        until: date(until_at, "until")?,
    };
    if let (Some(from), Some(until)) = (validity.from, validity.until) {
        if until < from {
            return Err(CellProblem {
                range: cell.range.clone(),
                message: format!("the line ends on {until}, before it starts on {from}"),
                hint: "`until` is the last day in force, after `from`".into(),
            });
        }
    }
    let written = code_written(text).to_string();
    Ok(CodeCell {
        digits: normalise_code(&written),
        written,
        validity,
    })
}

/// Reads a rate cell into its timeline; errors point into the cell, with
/// examples in `currency`.
pub fn read_rate_cell(cell: &Cell, currency: &str) -> Result<RateCell, Vec<CellProblem>> {
    let timeline = parse_timeline_in_any_digits(&cell.text, |value| {
        parse_rate(value).map_err(|e| e.to_string())
    });
    match timeline {
        Ok(timeline) => Ok(RateCell {
            text: cell.text.clone(),
            timeline,
        }),
        Err(errors) => Err(errors
            .into_iter()
            .map(|e| CellProblem {
                range: cell.range.start + e.range.start..cell.range.start + e.range.end,
                // `Rs.50/kg`: with the site's currency, the rate it means.
                message: match cell.text.get(e.range.clone()).and_then(|value| {
                    let value = LatinNumerals::latin(value);
                    let written = super::rate_words::rate_written_otherwise(&value, currency)?;
                    Some(format!("`{value}` is not a rate; write `{written}`"))
                }) {
                    Some(message) if !e.message.contains("; write `") => message,
                    _ => e.message,
                },
                hint: if e.hint.is_empty() {
                    rate_forms(currency)
                } else {
                    e.hint
                },
            })
            .collect()),
    }
}

/// A tax levied on a base that includes itself at 100% or more: the base
/// would be the other terms divided by nothing.
fn whole_rate(rate: &RateCell, cell: &Cell, key: &str) -> Option<CellProblem> {
    // Exactly, as the calculator reads it: `99.999` is under 100.
    let whole = |percent: &str| {
        let units = percent
            .split('.')
            .next()
            .unwrap_or_default()
            .trim_start_matches('0');
        units.len() > 3 || units.parse::<u16>().is_ok_and(|p| p >= 100)
    };
    rate.timeline
        .values()
        .iter()
        .filter_map(|dated| dated.value.as_ref()?.percent())
        .find(|percent| whole(percent))
        .map(|percent| CellProblem {
            range: cell.range.clone(),
            message: format!("`{key}` is levied on a base that includes itself, so its rate must be under 100%, not {percent}%"),
            hint: format!("write the rate the law gives, or take `{key}` out of its own `base` in kb.toml"),
        })
}

/// Names the column and the line in a rate cell's problem, which the
/// underline alone does not in a wide table: `mfn rate of `0901.11`: …`.
fn rate_problem_heading(column: &str, code: Option<&str>, message: &str) -> String {
    match code.filter(|c| !c.is_empty()) {
        Some(code) => format!("{column} rate of `{code}`: {message}"),
        None => format!("{column} rate: {message}"),
    }
}

/// Reads the cells of one row; each cell that cannot be read is a problem
/// and is left out of the row.
pub fn read_row(config: &Config, map: &ColumnMap, row: &[Cell]) -> (RowCells, Vec<CellProblem>) {
    let mut problems = Vec::new();
    let mut cells = RowCells::default();
    let currency = config.tariff.currency.as_deref().unwrap_or("USD");
    let code_cell = row.first();
    if let Some(cell) = code_cell.filter(|c| !c.text.is_empty()) {
        match read_code_cell(cell) {
            Ok(code) => cells.code = Some(code),
            Err(p) => {
                problems.push(p);
                cells.code = Some(CodeCell {
                    digits: String::new(),
                    written: code_written(&cell.text).to_string(),
                    validity: Validity::default(),
                });
            }
        }
    }
    if let Some(cell) = row.get(1) {
        let (dashes, description) = strip_dashes(&cell.text);
        cells.dashes = dashes;
        cells.description = description.to_string();
    }
    for (i, column) in map.0.iter().enumerate().skip(2) {
        let (Some(column), Some(cell)) = (column, row.get(i)) else {
            continue;
        };
        let column = &config.tariff.columns[*column];
        match column.kind {
            ColumnKind::Rate | ColumnKind::Tax => match read_rate_cell(cell, currency) {
                Ok(rate) => {
                    if column.base_includes_itself() {
                        problems.extend(whole_rate(&rate, cell, &column.key));
                    }
                    cells
                        .rates
                        .insert(column.key.clone(), (rate, cell.range.clone()));
                }
                Err(found) => {
                    let code = cells.code.as_ref().map(|c| c.written.as_str());
                    problems.extend(found.into_iter().map(|p| CellProblem {
                        message: rate_problem_heading(&column.key, code, &p.message),
                        ..p
                    }));
                }
            },
            ColumnKind::Data if !cell.text.is_empty() => {
                cells.data.insert(column.key.clone(), cell.text.clone());
            }
            ColumnKind::Text if !cell.text.is_empty() => {
                cells.texts.insert(column.key.clone(), cell.text.clone());
            }
            _ => {}
        }
    }
    (cells, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(text: &str) -> Cell {
        Cell {
            text: text.into(),
            range: 100..100 + text.len(),
        }
    }

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn dashes_give_depth() {
        assert_eq!(strip_dashes("- - Not roasted:"), (2, "Not roasted:"));
        assert_eq!(strip_dashes("Coffee"), (0, "Coffee"));
        assert_eq!(strip_dashes("-- Other"), (2, "Other"));
    }

    #[test]
    fn a_code_cell_may_say_when_the_line_starts_and_ends() {
        let c = read_code_cell(&cell("0901.11.10 until 2026-12-31")).unwrap();
        assert_eq!(c.digits, "09011110");
        assert_eq!(c.validity.until, Some(d("2026-12-31")));
        assert_eq!(
            c.validity.status(d("2027-01-01")),
            LineStatus::Ended(d("2026-12-31"))
        );
        let c = read_code_cell(&cell("0901.11.11 from 2027-01-01")).unwrap();
        assert_eq!(
            c.validity.status(d("2026-12-02")),
            LineStatus::NotYet(d("2027-01-01"))
        );
        assert_eq!(c.validity.status(d("2027-01-01")), LineStatus::InForce);
        let e = read_code_cell(&cell("0901.11.11 from 2027-02-30")).unwrap_err();
        assert_eq!(e.range, 116..126);
    }

    #[test]
    fn a_rate_cell_is_a_timeline_of_rates() {
        let r = read_rate_cell(&cell("15%; 10% from 2027-01-01"), "VND").unwrap();
        assert_eq!(r.at(d("2026-12-02")).unwrap().text, "15%");
        assert_eq!(r.at(d("2027-01-01")).unwrap().text, "10%");
        let e = read_rate_cell(&cell("15%; 10 from 2027-01-01"), "VND").unwrap_err();
        assert_eq!(e[0].range, 105..107);
    }
}
