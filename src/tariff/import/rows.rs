//! The rows of a tariff CSV that stop `kb import tariff` before any file
//! is written, each reported at its line: a code that is not a code, and
//! a row whose fields do not line up with the header's.
//!
//! The reader is `flexible` so that every such row is reported with the
//! header's and the row's count, not only the first with the CSV reader's
//! own message; the count is checked here instead. A short row cannot be
//! read by guessing: `0901.11.10,Arabica,5%` under `code,description,unit,
//! mfn` may lack its unit or its rate, and taking fields in order put the
//! rate under Unit. A long one has a field with no column (often a comma
//! in an unquoted description), and the fields after it are shifted.

use crate::diagnostics::{Diagnostic, SourceText};

/// The error of `record`, at CSV line `line`, whose code cell `code` is not
/// a tariff code, pointing at the cell in `source`.
pub(super) fn bad_code(
    source: &SourceText,
    record: &csv::StringRecord,
    (line, code): (u64, &str),
) -> Diagnostic {
    let diagnostic = Diagnostic::error(
        "import",
        format!("line {line}: `{code}` is not a tariff code"),
    );
    let located = row_of(source, record).map(|(start, row)| {
        let at = if code.is_empty() {
            None
        } else {
            row.find(code)
        };
        at.map_or((start, start + 1), |i| (start + i, start + i + code.len()))
    });
    match located {
        Some((from, to)) => diagnostic.at(source, from, to),
        None => diagnostic.in_file(&source.path),
    }
    .hint("codes are digits with optional dots, such as 0901.11.10")
}

/// The error of `record`, at CSV line `line`, when its number of fields
/// is not that of `headers` (`None` when it is), pointing at the row.
pub(super) fn wrong_field_count(
    source: &SourceText,
    record: &csv::StringRecord,
    line: u64,
    headers: &[String],
    delimiter: u8,
) -> Option<Diagnostic> {
    let (fields, expected) = (record.len(), headers.len());
    if fields == expected {
        return None;
    }
    let diagnostic = Diagnostic::error(
        "import",
        format!(
            "line {line}: this row has {} where the header has {expected}",
            count(fields),
        ),
    );
    let diagnostic = match row_of(source, record) {
        Some((start, row)) => diagnostic.at(source, start, start + row.len().max(1)),
        None => diagnostic.in_file(&source.path),
    };
    let names: Vec<String> = headers.iter().map(|h| format!("`{h}`")).collect();
    let separator = match delimiter {
        b'\t' => "tab".to_string(),
        other => format!("`{}`", other as char),
    };
    Some(diagnostic.hint(format!(
        "the header has {} ({}) and this row {fields}: give every row one field per column, \
         an empty one for an empty cell (two {separator} in a row), and put a field that holds \
         a {separator} in double quotes",
        count(expected),
        names.join(", "),
    )))
}

/// `1 field`, `4 fields`.
fn count(fields: usize) -> String {
    match fields {
        1 => "1 field".to_string(),
        n => format!("{n} fields"),
    }
}

/// Where `record` starts in `source`, and the text of its first line.
pub(super) fn row_of<'a>(
    source: &'a SourceText,
    record: &csv::StringRecord,
) -> Option<(usize, &'a str)> {
    let start = usize::try_from(record.position()?.byte()).ok()?;
    let row = source.text.get(start..)?;
    let end = row.find(['\r', '\n']).unwrap_or(row.len());
    Some((start, &row[..end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str) -> (SourceText, Vec<csv::StringRecord>) {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let records = reader.records().map(Result::unwrap).collect();
        (SourceText::new("t.csv", text.to_string()), records)
    }

    #[test]
    fn a_row_with_the_header_s_count_is_no_error() {
        let (source, rows) = records("code,description,unit,mfn\n0901,Coffee,kg,5%\n");
        let headers: Vec<String> = ["code", "description", "unit", "mfn"]
            .map(String::from)
            .into();
        assert!(wrong_field_count(&source, &rows[0], 2, &headers, b',').is_none());
    }

    #[test]
    fn a_short_or_long_row_is_named_with_both_counts() {
        let text = "code,description,unit,mfn\n0901.11.10,Arabica,5%\n0902,\"Tea\",kg,5%,x\n";
        let (source, rows) = records(text);
        let headers: Vec<String> = ["code", "description", "unit", "mfn"]
            .map(String::from)
            .into();
        let short = wrong_field_count(&source, &rows[0], 2, &headers, b',').unwrap();
        assert_eq!(
            short.message,
            "line 2: this row has 3 fields where the header has 4"
        );
        assert_eq!((short.line, short.column), (2, 1));
        assert_eq!(short.source_line.as_deref(), Some("0901.11.10,Arabica,5%"));
        let hint = short.hint.unwrap();
        assert!(
            hint.starts_with(
                "the header has 4 fields (`code`, `description`, `unit`, `mfn`) and this row 3"
            ),
            "{hint}"
        );
        let long = wrong_field_count(&source, &rows[1], 3, &headers, b';').unwrap();
        assert!(
            long.message.contains("this row has 5 fields"),
            "{}",
            long.message
        );
        assert_eq!(long.line, 3);
        assert!(long.hint.unwrap().contains("two `;` in a row"));
    }
}
