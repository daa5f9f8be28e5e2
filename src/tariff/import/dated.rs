//! The CSV's dated columns (`mfn 2027-01-01`, `T-MEC 2027-01-01`): a
//! column per day a rate takes effect, as staging schedules come out of
//! spreadsheets.

use std::path::Path;

use crate::diagnostics::Diagnostic;

/// The CSV columns that hold a rate from a day on: for each of `columns`
/// (its index and its names, lower case), each header that is one of its
/// names, optionally `from`, and a date (`mfn 2027-01-01`, `t-mec from
/// 2027-01-01`), as (index, place, day).
pub(super) fn dated_columns(
    columns: &[(usize, &[String])],
    headers: &[String],
) -> Vec<(usize, usize, jiff::civil::Date)> {
    let mut found: Vec<(usize, usize, jiff::civil::Date)> = Vec::new();
    for &(n, names) in columns {
        for (i, h) in headers.iter().enumerate() {
            let date = names.iter().find_map(|name| {
                let rest = h.strip_prefix(name.as_str())?;
                let rest = rest.strip_prefix(' ')?.trim_start();
                let rest = rest.strip_prefix("from").unwrap_or(rest).trim();
                crate::timeline::parse_date(rest)
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
/// gives the header to write. `columns` are the rate columns' names.
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
                crate::timeline::parse_date(r).is_some()
            })
    };
    for h in headers {
        if names.iter().any(|key| read_by(h, key)) {
            continue;
        }
        for &key in &names {
            // After the key, a space or any sign that is no letter:
            // `rcep（2027-04-01）`, `rcep 令和9年4月1日`.
            let Some(rest) = h
                .strip_prefix(key)
                .filter(|r| r.starts_with(|c: char| !c.is_alphanumeric() && c != '_'))
            else {
                continue;
            };
            let rest = rest.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '(' | ')' | '（' | '）' | '[' | ']')
            });
            let rest = rest.strip_prefix("from").unwrap_or(rest).trim();
            // Any digit, in any script: a header that names a day kb does
            // not read is an error, never a column ignored with its rates.
            let dated = rest.chars().any(char::is_numeric)
                || !crate::date_forms::other_date_forms(rest).is_empty();
            if dated {
                let message = match crate::timeline::parse_date(rest) {
                    Some(_) => format!("column `{h}`: a dated column is `{key} YYYY-MM-DD`"),
                    None => format!("column `{h}`: `{rest}` is not a date"),
                };
                return Err(Diagnostic::error("import", message).in_file(csv_path).hint(
                    crate::date_forms::date_hint(rest, |day| format!("{key} {day}")),
                ));
            }
        }
    }
    Ok(())
}
