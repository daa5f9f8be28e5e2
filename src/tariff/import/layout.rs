//! Where each column the import reads is in the CSV ([`CsvLayout`]), and
//! a line's row of the chapter table made from its fields.

use std::path::Path;

use crate::config::{ColumnKind, Config, TariffColumn};
use crate::diagnostics::Diagnostic;

use super::dated::{check_dated_headers, dated_columns};
use super::headers::{folded, ColumnNames};
use crate::tariff::{normalise_code, shown_by};
use crate::words::LatinNumerals;

/// Headers the import knows and needs no note for: the table's order
/// says them (`parent` and `level` of the HS dataset).
const KNOWN_UNREAD: &[&str] = &["parent", "level"];

/// Where each column the import reads is in the CSV.
pub(super) struct CsvLayout {
    /// The CSV's headers (trimmed, as written, for messages): every row
    /// has a field for each, no more.
    pub(super) headers: Vec<String>,
    pub(super) code_at: usize,
    pub(super) desc_at: usize,
    pub(super) section_at: Option<usize>,
    from_at: Option<usize>,
    until_at: Option<usize>,
    /// The search terms column: `mobile phone; cell phone`.
    pub(super) terms_at: Option<usize>,
    /// The column joined to the code (`--code-suffix nico`): `0901.11.01`
    /// and `00` make `0901.11.01.00`.
    pub(super) suffix_at: Option<usize>,
    /// The columns of kb.toml the CSV has, with their place.
    pub(super) columns: Vec<(TariffColumn, usize)>,
    /// How the site shows codes (`[tariff] code_format`): the chapter
    /// files write them so, as the editor reads them on the site's pages.
    pub(super) code_format: Option<String>,
    /// Dated values, one CSV column per date: (index in `columns`, place,
    /// first day), in order of column then date.
    scheduled: Vec<(usize, usize, jiff::civil::Date)>,
}

/// The import's reading of a CSV: the site, its column names, the
/// language of a translation, the column joined to the code.
pub(super) struct LayoutRequest<'a> {
    pub(super) config: &'a Config,
    pub(super) names: &'a ColumnNames,
    pub(super) translation: Option<&'a str>,
    pub(super) code_suffix: Option<&'a str>,
}

impl CsvLayout {
    /// The layout of a CSV with `headers` (trimmed, as written); a
    /// translation reads the text columns only.
    pub(super) fn of(
        request: &LayoutRequest<'_>,
        headers: &[String],
        csv_path: &Path,
    ) -> Result<CsvLayout, Diagnostic> {
        let names = request.names;
        let find = |fits: &dyn Fn(&str) -> bool| headers.iter().position(|h| fits(h));
        let found = headers_found(headers);
        let code_at = find(&|h| names.is_code(h)).ok_or_else(|| {
            Diagnostic::error(
                "import",
                format!("the CSV has no code column; its headers are {found}"),
            )
            .in_file(csv_path)
            .hint(&names.code_hint)
        })?;
        let desc_at = find(&|h| names.is_description(h)).ok_or_else(|| {
            Diagnostic::error(
                "import",
                format!("the CSV has no description column; its headers are {found}"),
            )
            .in_file(csv_path)
            .hint(&names.description_hint)
        })?;
        let suffix_at = match request.code_suffix {
            Some(wanted) => Some(find(&|h| folded(h) == folded(wanted)).ok_or_else(|| {
                Diagnostic::error(
                    "import",
                    format!(
                        "--code-suffix: the CSV has no column `{wanted}`; its headers are {found}"
                    ),
                )
                .in_file(csv_path)
                .hint("name the column that holds each code's suffix, as headed in the CSV")
            })?),
            None => None,
        };
        let taken = [Some(code_at), Some(desc_at), suffix_at];
        let columns = configured_columns(request, headers, &taken);
        let rate_names: Vec<(usize, &[String])> = columns
            .iter()
            .enumerate()
            .filter(|(_, (c, _))| c.kind.holds_rates())
            .map(|(n, (c, _))| (n, names.of_column(c)))
            .collect();
        // `mfn 2027-01-01` (or `mfn from 2027-01-01`) holds the MFN rate
        // from that day; `from` and `until` the first and last day of a
        // line. Dated headers are read in lower case, as the names are.
        let lower: Vec<String> = headers.iter().map(|h| h.to_lowercase()).collect();
        let scheduled = dated_columns(&rate_names, &lower);
        check_dated_headers(&rate_names, &lower, csv_path)?;
        let named = |names: &[&str]| find(&|h| names.contains(&folded(h).as_str()));
        // A configured column of that name is the column's.
        let terms_at =
            named(super::terms::HEADERS).filter(|i| !columns.iter().any(|(_, at)| at == i));
        Ok(CsvLayout {
            headers: headers.to_vec(),
            code_at,
            desc_at,
            section_at: named(&["section"]),
            from_at: named(&["from", "validfrom"]),
            until_at: named(&["until", "validuntil"]),
            terms_at,
            suffix_at,
            columns,
            scheduled,
            code_format: request.config.tariff.code_format.clone(),
        })
    }

    /// The places of the headers the import does not read, but those it
    /// knows ([`KNOWN_UNREAD`]).
    pub(super) fn unread(&self) -> Vec<usize> {
        let used = |i: usize| {
            [self.code_at, self.desc_at].contains(&i)
                || [
                    self.section_at,
                    self.from_at,
                    self.until_at,
                    self.terms_at,
                    self.suffix_at,
                ]
                .contains(&Some(i))
                || self.scheduled.iter().any(|(_, at, _)| *at == i)
                || self.columns.iter().any(|(_, at)| *at == i)
        };
        (0..self.headers.len())
            .filter(|&i| !used(i) && !KNOWN_UNREAD.contains(&folded(&self.headers[i]).as_str()))
            .collect()
    }

    /// A row's code as written and its digits, its suffix joined
    /// (`0901.11.01` and `00`: `0901.11.01.00`, `0901110100`).
    pub(super) fn code_of(&self, field: &dyn Fn(usize) -> String) -> (String, String) {
        // `០៩០១.១១` from a Khmer spreadsheet is the code `0901.11`.
        let code = LatinNumerals::latin(&field(self.code_at));
        let suffix = LatinNumerals::latin(&self.suffix_at.map(field).unwrap_or_default());
        if code.is_empty() || suffix.is_empty() {
            let digits = normalise_code(&code);
            return (code, digits);
        }
        let joined = format!("{code}.{suffix}");
        let digits = normalise_code(&joined);
        (joined, digits)
    }

    /// A line's row of the chapter table: its code with its validity
    /// (`0901.21.21 from 2027-07-01`), its description, then each column
    /// with its scheduled values (`15%; 10% from 2027-01-01`); and each
    /// rate cell written otherwise than the CSV has it (a decimal point,
    /// Latin digits), as (column key, CSV cell, cell written).
    pub(super) fn row(
        &self,
        digits: &str,
        field: &dyn Fn(usize) -> String,
        delimiter: u8,
    ) -> (Vec<String>, Vec<(String, String, String)>) {
        let mut code = if digits.is_empty() {
            String::new()
        } else {
            shown_by(self.code_format.as_deref(), digits)
        };
        for (word, at) in [("from", self.from_at), ("until", self.until_at)] {
            let value = LatinNumerals::latin(&at.map(field).unwrap_or_default());
            if !code.is_empty() && !value.is_empty() {
                code.push_str(&format!(" {word} {value}"));
            }
        }
        let mut row = vec![code, field(self.desc_at)];
        let mut rewritten = Vec::new();
        for (n, (column, i)) in self.columns.iter().enumerate() {
            let is_rate = matches!(column.kind, ColumnKind::Rate | ColumnKind::Tax);
            let mut value_of = |at: usize| {
                let value = field(at);
                let written = match is_rate {
                    true => rate_written(&value, delimiter),
                    false => return value,
                };
                if written != value {
                    rewritten.push((column.key.clone(), value, written.clone()));
                }
                written
            };
            let base = value_of(*i);
            let scheduled: Vec<(String, jiff::civil::Date)> = self
                .scheduled
                .iter()
                .filter(|(m, _, _)| *m == n)
                .map(|&(_, at, date)| (value_of(at), date))
                .filter(|(value, _)| !value.is_empty())
                .collect();
            row.push(dated_cell(base, &scheduled));
        }
        (row, rewritten)
    }
}

/// A rate cell as the import writes it: in Latin digits (Persian
/// `۱۲٫۵٪` is `12.5%`), and, from a `;` file, which comes from a
/// spreadsheet that writes decimals with a comma, with a decimal point
/// (`5,5%` is `5.5%`), a tax's and a scheduled rate's too.
pub(super) fn rate_written(cell: &str, delimiter: u8) -> String {
    let latin = LatinNumerals::latin(cell);
    match delimiter {
        b';' => super::decimal_points(&latin),
        _ => latin,
    }
}

/// A rate cell of the value in force, `base`, and the values `scheduled`
/// from their days: `15%; 10% from 2027-01-01`. With no value in force,
/// `-; 35% from 2027-07-01`, as the docs write "no rate until then": an
/// empty value before `;` is one `kb check` refuses.
fn dated_cell(base: String, scheduled: &[(String, jiff::civil::Date)]) -> String {
    let mut cell = match (base.is_empty(), scheduled.is_empty()) {
        (true, false) => "-".to_string(),
        _ => base,
    };
    for (value, date) in scheduled {
        cell.push_str(&format!("; {value} from {date}"));
    }
    cell
}

/// The configured columns the CSV has (text columns only for a
/// translation), each at the first header that names it and that no
/// other column has (`taken` too).
fn configured_columns(
    request: &LayoutRequest<'_>,
    headers: &[String],
    taken: &[Option<usize>],
) -> Vec<(TariffColumn, usize)> {
    let mut columns: Vec<(TariffColumn, usize)> = Vec::new();
    for column in &request.config.tariff.columns {
        if request.translation.is_some() && column.kind != ColumnKind::Text {
            continue;
        }
        let at = headers.iter().enumerate().position(|(i, h)| {
            !taken.contains(&Some(i))
                && !columns.iter().any(|(_, at)| *at == i)
                && request.names.names(h, column)
        });
        if let Some(at) = at {
            columns.push((column.clone(), at));
        }
    }
    columns
}

/// `` `code`, `mfn` ``: the headers of a CSV, for a message.
pub(super) fn headers_found(headers: &[String]) -> String {
    let quoted: Vec<String> = headers.iter().map(|h| format!("`{h}`")).collect();
    quoted.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(day: &str) -> jiff::civil::Date {
        day.parse().unwrap()
    }

    #[test]
    fn a_dated_value_with_no_value_in_force_is_written_as_no_rate_until_then() {
        let later = [("35%".to_string(), date("2027-07-01"))];
        assert_eq!(dated_cell(String::new(), &later), "-; 35% from 2027-07-01");
        assert_eq!(dated_cell("25%".into(), &later), "25%; 35% from 2027-07-01");
        assert_eq!(dated_cell("-".into(), &later), "-; 35% from 2027-07-01");
        assert_eq!(dated_cell("25%".into(), &[]), "25%");
        assert_eq!(dated_cell(String::new(), &[]), "");
        let two = [
            ("10%".to_string(), date("2027-01-01")),
            ("5%".to_string(), date("2028-01-01")),
        ];
        assert_eq!(
            dated_cell(String::new(), &two),
            "-; 10% from 2027-01-01; 5% from 2028-01-01"
        );
        // Every cell written so reads as a timeline of rates.
        for cell in [
            dated_cell(String::new(), &later),
            dated_cell(String::new(), &two),
        ] {
            let read = crate::timeline::parse_timeline(&cell, |v| {
                crate::tariff::rate::parse_rate(v).map_err(|e| e.to_string())
            });
            assert!(read.is_ok(), "{cell}");
        }
    }
}
