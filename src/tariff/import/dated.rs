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
            let Some(rest) = h.strip_prefix(&key).filter(|r| r.starts_with(' ')) else {
                continue;
            };
            let rest = rest.trim_start();
            let rest = rest.strip_prefix("from").unwrap_or(rest).trim();
            let dated = rest.starts_with(|c: char| c.is_ascii_digit())
                || !crate::date_forms::other_date_forms(rest).is_empty();
            if dated && crate::timeline::parse_date(rest).is_none() {
                return Err(Diagnostic::error(
                    "import",
                    format!("column `{h}`: `{rest}` is not a date"),
                )
                .in_file(csv_path)
                .hint(crate::date_forms::date_hint(rest, |day| {
                    format!("{key} {day}")
                })));
            }
        }
    }
    Ok(())
}
