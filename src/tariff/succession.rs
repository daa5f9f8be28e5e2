//! A line that ends and the lines that take over from it: `0901.21.20
//! until 2027-06-30`, then `0901.21.21 from 2027-07-01`. `until` is the
//! last day in force, so what replaces a line starts the day after. An
//! editor who reads `until` as the first day without the line starts the
//! new line on the same day (a day with both), and one who counts a day
//! too many leaves a day with neither: both are warned of, at the ending
//! line. A sibling that starts weeks later is other goods, and is not.

use std::ops::Range;

use jiff::civil::Date;

use super::TariffCode;
use crate::content::ContentFile;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// How many days after a line's last day a sibling's first day is taken
/// for its replacement written a few days off.
const NEAR_DAYS: i32 = 7;

/// Warns of each line of `ending` (index and code cell) whose
/// replacement, a line under the same parent, starts on its last day or a
/// few days after the day after it.
pub(super) fn check_succession(
    codes: &[TariffCode],
    ending: &[(usize, Range<usize>)],
    file: &ContentFile,
    problems: &mut Diagnostics,
) {
    for (index, range) in ending {
        let code = &codes[*index];
        let (Some(last), Some(parent)) = (code.validity.until, code.parent) else {
            continue;
        };
        let starts: Vec<(Date, &str)> = codes[parent]
            .children
            .iter()
            .filter(|&&s| s != *index)
            .filter_map(|&s| Some((codes[s].validity.from?, codes[s].display.as_str())))
            .collect();
        let Ok(next) = last.tomorrow() else {
            continue;
        };
        if starts.iter().any(|(from, _)| *from == next) {
            continue;
        }
        let shown = &code.display;
        let found = match starts.iter().find(|(from, _)| *from == last) {
            Some((_, other)) => Some((
                format!("`{shown}` is in force until {last}, its last day, and `{other}` from {last}: on that day both are"),
                format!("`until` is the last day in force: end `{shown}` on {}, or start `{other}` on {next}", last.yesterday().unwrap_or(last)),
            )),
            None => starts
                .iter()
                .filter(|(from, _)| *from > next && (*from - next).get_days() <= NEAR_DAYS)
                .min()
                .map(|(from, other)| {
                    let before = from.yesterday().unwrap_or(*from);
                    let gap = match before == next {
                        true => format!("on {next}"),
                        false => format!("from {next} to {before}"),
                    };
                    (
                        format!("`{shown}` ends on {last} and `{other}` starts on {from}: {gap} neither is in force"),
                        format!("start `{other}` on {next}, the day after `{shown}`'s last, or end `{shown}` on {before}"),
                    )
                }),
        };
        if let Some((message, hint)) = found {
            problems.push(
                Diagnostic::warning("tariff", message)
                    .at(&file.source, range.start, range.end)
                    .hint(hint),
            );
        }
    }
}
