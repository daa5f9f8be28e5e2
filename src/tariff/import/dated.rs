//! The CSV's dated columns (`mfn 2027-01-01`, `T-MEC 2027-01-01`): a
//! column per day a rate takes effect, as staging schedules come out of
//! spreadsheets.

use std::path::Path;

use crate::diagnostics::Diagnostic;

/// The CSV columns that hold a rate from a day on: for each of `columns`
/// (its index and its names, lower case), each header that is one of its
/// names in any case, optionally `from`, and a date of a schedule's years
/// (`mfn 2027-01-01`, `T-MEC from 2027-01-01`), as (index, place, day).
pub(super) fn dated_columns(
    columns: &[(usize, &[String])],
    headers: &[String],
) -> Vec<(usize, usize, jiff::civil::Date)> {
    let mut found: Vec<(usize, usize, jiff::civil::Date)> = Vec::new();
    for &(n, names) in columns {
        for (i, h) in headers.iter().enumerate() {
            let h = h.to_lowercase();
            let date = names.iter().find_map(|name| {
                let rest = h.strip_prefix(name.as_str())?;
                let rest = rest.strip_prefix(' ')?.trim_start();
                let rest = rest.strip_prefix("from").unwrap_or(rest).trim();
                crate::timeline::parse_schedule_date(rest).ok()
            });
            if let Some(date) = date {
                found.push((n, i, date));
            }
        }
    }
    found.sort_by_key(|&(n, _, date)| (n, date));
    found
}

/// `mfn 01/01/2027`: a dated column whose date is written another way
/// would be ignored, and the scheduled rates lost with it; an error that
/// gives the header to write. `columns` are the rate columns' names (lower
/// case); `headers` are read in any case and quoted as written.
pub(super) fn check_dated_headers(
    columns: &[(usize, &[String])],
    headers: &[String],
    csv_path: &Path,
) -> Result<(), Diagnostic> {
    let names: Vec<&str> = columns
        .iter()
        .flat_map(|(_, names)| names.iter().map(String::as_str))
        .collect();
    // A header one name reads (`excise tax 2027-01-01` by the label
    // `excise tax`) is no error by another (`excise`).
    let read_by = |h: &str, key: &str| {
        h.strip_prefix(key)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| {
                let r = r.strip_prefix("from ").unwrap_or(r);
                crate::timeline::parse_schedule_date(r).is_ok()
            })
    };
    for written in headers {
        let h = written.to_lowercase();
        if names.iter().any(|key| read_by(&h, key)) {
            continue;
        }
        for &key in &names {
            // After the key, a space or any sign that is no letter:
            // `rcep（2027-04-01）`, `rcep 令和9年4月1日`.
            if !h
                .strip_prefix(key)
                .is_some_and(|r| r.starts_with(|c: char| !c.is_alphanumeric() && c != '_'))
            {
                continue;
            }
            let (name, rest) = name_as_written(written, key);
            let rest = rest.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '(' | ')' | '（' | '）' | '[' | ']')
            });
            let rest = match rest.get(..4) {
                Some(from) if from.eq_ignore_ascii_case("from") => rest[4..].trim(),
                _ => rest,
            };
            // Any digit, in any script: a header that names a day kb does
            // not read is an error, never a column ignored with its rates.
            let dated = rest.chars().any(char::is_numeric)
                || !crate::date_forms::other_date_forms(rest).is_empty();
            if dated {
                let message = match crate::timeline::parse_schedule_date(rest) {
                    Ok(_) => format!("column `{written}`: a dated column is `{name} YYYY-MM-DD`"),
                    Err(why) => format!("column `{written}`: {why}"),
                };
                return Err(Diagnostic::error("import", message).in_file(csv_path).hint(
                    crate::date_forms::date_hint(rest, |day| format!("{name} {day}")),
                ));
            }
        }
    }
    Ok(())
}

/// The column name `key` (lower case) as `header` writes it, and the rest
/// of the header: `İGV` and ` 2027-01-01`, where lower case would show
/// `i̇gv`; in lower case where no part of `header` is `key` so written.
fn name_as_written(header: &str, key: &str) -> (String, String) {
    let at = header
        .char_indices()
        .map(|(i, _)| i)
        .chain([header.len()])
        .find(|&i| header[..i].to_lowercase() == key);
    match at {
        Some(at) => (header[..at].to_string(), header[at..].to_string()),
        None => {
            let lower = header.to_lowercase();
            let rest = lower.get(key.len()..).unwrap_or_default().to_string();
            (key.to_string(), rest)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(header: &str) -> Diagnostic {
        let names = ["i̇gv".to_string(), "mfn".to_string()];
        let columns = [(0, &names[..])];
        check_dated_headers(&columns, &[header.to_string()], Path::new("t.csv")).unwrap_err()
    }

    #[test]
    fn a_dated_header_is_quoted_as_written_with_the_day_it_names() {
        // Turkish `İGV` in lower case is `i̇gv`, with a dot above.
        let said = checked("İGV 2570-01-01");
        assert_eq!(
            said.message,
            "column `İGV 2570-01-01`: `2570-01-01` is not a Gregorian date of the years 1900 to 2200"
        );
        assert_eq!(
            said.hint.as_deref(),
            Some("`2570-01-01` reads as a Buddhist Era year: write `İGV 2027-01-01`")
        );
        let said = checked("MFN с 01.01.2027");
        assert_eq!(
            said.hint.as_deref(),
            Some("write dates as YYYY-MM-DD: `MFN 2027-01-01`")
        );
        // A header of a schedule's year is a dated column, in any case.
        let names = ["mfn".to_string()];
        let read = dated_columns(&[(0, &names[..])], &["MFN 2027-01-01".to_string()]);
        assert_eq!(read.len(), 1);
        let read = dated_columns(&[(0, &names[..])], &["mfn 2570-01-01".to_string()]);
        assert!(read.is_empty());
    }
}
