//! ISO 8601 durations of procedure steps (`PT4H`, `P2D`, `P1W`) and ranges
//! of them (`PT2H/P1D`: between two hours and a day), kept in minutes so
//! that the steps of a procedure add up.

use serde::Serialize;

/// A time range in minutes; `min == max` for a single duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct DurationRange {
    /// Shortest, in minutes.
    pub min: u64,
    /// Longest, in minutes.
    pub max: u64,
}

impl std::ops::Add for DurationRange {
    type Output = DurationRange;

    /// Steps one after another: shortest plus shortest, longest plus longest.
    fn add(self, other: DurationRange) -> DurationRange {
        DurationRange {
            min: self.min.saturating_add(other.min),
            max: self.max.saturating_add(other.max),
        }
    }
}

const HOUR: u64 = 60;
const DAY: u64 = 24 * HOUR;

impl DurationRange {
    /// The range in whole units, as people say it: each end in its own
    /// largest unit (days, else hours, else minutes), the shortest rounded
    /// down and the longest rounded up, so the rounded range still holds
    /// the exact one. A total of "2 days 6 hours to 17 days 4 hours" reads
    /// "2 days to 18 days" (issue 15).
    pub fn for_people(self) -> DurationRange {
        let unit = |minutes: u64| match minutes {
            m if m >= DAY => DAY,
            m if m >= HOUR => HOUR,
            _ => 1,
        };
        let down = |m: u64| m / unit(m) * unit(m);
        let up = |m: u64| m.div_ceil(unit(m)).saturating_mul(unit(m));
        let (min, max) = (down(self.min), up(self.max));
        DurationRange {
            min,
            max: max.max(min),
        }
    }
}

/// Parses `PT4H`, `P2DT3H`, `P1W` or a range `PT2H/P1D`.
pub fn parse_duration_range(text: &str) -> Result<DurationRange, String> {
    let text = text.trim();
    match text.split_once('/') {
        Some((a, b)) => {
            let (min, max) = (parse_duration(a)?, parse_duration(b)?);
            if min > max {
                return Err(format!("`{text}`: the range ends before it starts"));
            }
            Ok(DurationRange { min, max })
        }
        None => {
            let minutes = parse_duration(text)?;
            Ok(DurationRange {
                min: minutes,
                max: minutes,
            })
        }
    }
}

/// The longest duration of one step: a year. Anything longer is a typo
/// (`PT99999999999H`) that would otherwise add up to nonsense in a
/// procedure's total.
pub const MAX_MINUTES: u64 = 365 * 24 * 60;

/// Minutes in an ISO 8601 duration. Years and months are refused: their
/// length varies, and no customs step is measured in them. More than
/// [`MAX_MINUTES`] is refused too.
fn parse_duration(text: &str) -> Result<u64, String> {
    let bad = || format!("`{text}` is not an ISO 8601 duration such as PT4H, P2D or PT2H/P1D");
    let too_long = || format!("`{text}` is longer than a year, the most one step may take (P365D)");
    let rest = text.strip_prefix('P').ok_or_else(bad)?;
    if rest.is_empty() {
        return Err(bad());
    }
    let mut minutes: u64 = 0;
    let mut in_time = false;
    let mut number = String::new();
    let mut seen_unit = false;
    for c in rest.chars() {
        match c {
            'T' if !in_time && number.is_empty() => in_time = true,
            '0'..='9' => number.push(c),
            unit => {
                let n: u64 = match number.parse() {
                    Ok(n) => n,
                    // Digits that do not fit in 64 bits.
                    Err(_) if !number.is_empty() => return Err(too_long()),
                    Err(_) => return Err(bad()),
                };
                number.clear();
                let factor = match (in_time, unit) {
                    (false, 'W') => 7 * 24 * 60,
                    (false, 'D') => 24 * 60,
                    (true, 'H') => 60,
                    (true, 'M') => 1,
                    (true, 'S') => 0,
                    (false, 'Y') | (false, 'M') => {
                        return Err(format!(
                            "`{text}`: years and months vary in length; write days (P30D)"
                        ))
                    }
                    _ => return Err(bad()),
                };
                minutes = minutes.saturating_add(n.saturating_mul(factor));
                seen_unit = true;
            }
        }
    }
    if !number.is_empty() || !seen_unit {
        return Err(bad());
    }
    if minutes > MAX_MINUTES {
        return Err(too_long());
    }
    Ok(minutes)
}

/// A duration split for words: whole days, hours and minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DurationParts {
    /// Whole days.
    pub days: u64,
    /// Hours after the days.
    pub hours: u64,
    /// Minutes after the hours.
    pub minutes: u64,
}

/// Splits minutes into days, hours and minutes.
pub fn parts(minutes: u64) -> DurationParts {
    DurationParts {
        days: minutes / (24 * 60),
        hours: minutes % (24 * 60) / 60,
        minutes: minutes % 60,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_ranges() {
        assert_eq!(parse_duration_range("PT4H").unwrap().max, 240);
        assert_eq!(parse_duration_range("P2DT3H").unwrap().min, 2 * 1440 + 180);
        assert_eq!(parse_duration_range("P1W").unwrap().min, 7 * 1440);
        assert_eq!(parse_duration_range("PT30M").unwrap().min, 30);
        let range = parse_duration_range("PT2H/P1D").unwrap();
        assert_eq!((range.min, range.max), (120, 1440));
        assert_eq!((range + range).max, 2880);
        assert_eq!(parse_duration_range("P365D").unwrap().max, MAX_MINUTES);
    }

    #[test]
    fn bad_durations_say_why() {
        for (text, why) in [
            ("4 hours", "not an ISO 8601 duration"),
            ("P", "not an ISO 8601 duration"),
            ("P1M", "years and months"),
            ("PT4", "not an ISO 8601 duration"),
            ("P1D/PT1H", "ends before it starts"),
            ("PTH", "not an ISO 8601 duration"),
            ("PT99999999999H", "longer than a year"),
            ("P99999999999999999999999D", "longer than a year"),
            ("P366D", "longer than a year"),
            ("PT1H/P53W", "longer than a year"),
        ] {
            let e = parse_duration_range(text).unwrap_err();
            assert!(e.contains(why), "{text}: {e}");
        }
    }

    #[test]
    fn parts_split_minutes() {
        assert_eq!(
            parts(2 * 1440 + 90),
            DurationParts {
                days: 2,
                hours: 1,
                minutes: 30
            }
        );
    }

    #[test]
    fn totals_are_rounded_for_people() {
        let exact = DurationRange {
            min: 2 * DAY + 6 * HOUR,
            max: 17 * DAY + 4 * HOUR,
        };
        assert_eq!(
            exact.for_people(),
            DurationRange {
                min: 2 * DAY,
                max: 18 * DAY
            }
        );
        let short = DurationRange { min: 90, max: 150 };
        assert_eq!(
            short.for_people(),
            DurationRange {
                min: HOUR,
                max: 3 * HOUR
            }
        );
        let same = DurationRange { min: 45, max: 45 };
        assert_eq!(same.for_people(), same);
    }
}
