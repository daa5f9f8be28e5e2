//! The CSV's dated columns (`mfn 2027-01-01`): a column per day a rate
//! takes effect, as staging schedules come out of spreadsheets.

use std::path::Path;

use crate::config::TariffColumn;
use crate::diagnostics::Diagnostic;

/// `mfn 01/01/2027`: a dated column whose date is written another way
/// would be ignored, and the scheduled rates lost with it; an error that
/// gives the header to write.
pub(super) fn check_dated_headers(
    columns: &[(TariffColumn, usize)],
    headers: &[String],
    csv_path: &Path,
) -> Result<(), Diagnostic> {
    for (c, _) in columns.iter().filter(|(c, _)| c.kind.holds_rates()) {
        let key = c.key.to_lowercase();
        for h in headers {
            // After the key, a space or any sign that is no letter:
            // `rcep（2027-04-01）`, `rcep 令和9年4月1日`.
            let Some(rest) = h
                .strip_prefix(&key)
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
            let written = h.strip_prefix(&key).and_then(|r| r.strip_prefix(' '));
            let read = written.is_some_and(|r| {
                let r = r.strip_prefix("from ").unwrap_or(r);
                crate::timeline::parse_date(r).is_some()
            });
            if dated && !read {
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
