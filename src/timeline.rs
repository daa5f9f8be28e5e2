//! Dated values: the law as a timeline. A value a trader pays or relies on
//! (a duty rate, a fee amount) is written with the value in force and the
//! values scheduled after it, each from its date, in one grammar shared by
//! tariff table cells and front matter:
//!
//! ```text
//! 15%                                       one value, in force
//! 15%; 10% from 2027-01-01                  a scheduled change
//! 20% from 2025-01-01; 15% from 2026-01-01  every value dated
//! 10%; 8%, 6%, 4%, 2%, free yearly from 2027-01-01
//!                                           a staging schedule: 8% on
//!                                           2027-01-01, 6% on 2028-01-01…
//! ```
//!
//! The first value may go without a date (in force since before anything
//! the site says); every later one has its own. Dates ascend strictly. What
//! is in force on a day is [`Timeline::at`]; what comes next is
//! [`Timeline::next_after`]. Values are parsed by the caller's parser, so
//! the grammar is one and its errors point into the cell.

use std::ops::Range;

use jiff::civil::Date;
use serde::Serialize;

/// One value of a timeline and the day it takes effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dated<T> {
    /// First day in force; `None` for a first value in force since before
    /// any date the site gives.
    pub from: Option<Date>,
    /// The value as written (`10%`), for open data and tooltips.
    pub text: String,
    /// The parsed value.
    pub value: T,
}

/// A value over time: the value in force and those scheduled, in date
/// order. Never empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Timeline<T> {
    values: Vec<Dated<T>>,
}

/// Why a dated value could not be read, and where in its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineError {
    /// What is wrong.
    pub message: String,
    /// What would fix it.
    pub hint: String,
    /// Byte range in the text that was parsed.
    pub range: Range<usize>,
}

/// The forms of a dated value, for hints.
pub const DATED_FORMS: &str = "write the value in force, then each scheduled value with its date: `15%; 10% from 2027-01-01`, or a yearly staging `10%; 8%, 6%, 4% yearly from 2027-01-01`";

/// The hint for an empty value between `;`: most often a rate that starts
/// later, with none before, which is written with `-` in force.
const EMPTY_VALUE_FORMS: &str = "for no rate until a day, write `-` first: `-; 5% from 2027-01-01`; otherwise write the value in force, then each scheduled value with its date: `15%; 10% from 2027-01-01`";

impl<T> Timeline<T> {
    /// A timeline of one undated value.
    pub fn single(text: impl Into<String>, value: T) -> Self {
        Timeline {
            values: vec![Dated {
                from: None,
                text: text.into(),
                value,
            }],
        }
    }

    /// Every value in date order.
    pub fn values(&self) -> &[Dated<T>] {
        &self.values
    }

    /// The value in force on `date`: the last one that started on or
    /// before it; `None` before the first dated value takes effect.
    pub fn at(&self, date: Date) -> Option<&Dated<T>> {
        self.values
            .iter()
            .rev()
            .find(|v| v.from.is_none_or(|from| from <= date))
    }

    /// The first value that takes effect after `date`.
    pub fn next_after(&self, date: Date) -> Option<&Dated<T>> {
        self.values
            .iter()
            .find(|v| v.from.is_some_and(|from| from > date))
    }

    /// The values that take effect after `date`, in date order.
    pub fn scheduled_after(&self, date: Date) -> impl Iterator<Item = &Dated<T>> {
        self.values
            .iter()
            .filter(move |v| v.from.is_some_and(|from| from > date))
    }

    /// Whether any value carries a date.
    pub fn is_dated(&self) -> bool {
        self.values.iter().any(|v| v.from.is_some())
    }

    /// The last day `value` (the `index`th) is in force: the day before the
    /// next value starts, or `None` while it stays.
    pub fn until(&self, index: usize) -> Option<Date> {
        let next = self.values.get(index + 1)?.from?;
        next.yesterday().ok()
    }

    /// The dates of every value, for the next rebuild.
    pub fn dates(&self) -> impl Iterator<Item = Date> + '_ {
        self.values.iter().filter_map(|v| v.from)
    }

    /// The same timeline with each value mapped.
    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> Timeline<U> {
        Timeline {
            values: self
                .values
                .iter()
                .map(|v| Dated {
                    from: v.from,
                    text: v.text.clone(),
                    value: f(&v.value),
                })
                .collect(),
        }
    }
}

/// The plain date of a TOML date field (`None` for a time alone).
pub fn civil_date(value: &Option<toml::value::Datetime>) -> Option<Date> {
    let d = value.as_ref()?.date?;
    Date::new(d.year as i16, d.month as i8, d.day as i8).ok()
}

/// Reads a date written `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if text.len() != 10 || text.as_bytes()[4] != b'-' || text.as_bytes()[7] != b'-' {
        return None;
    }
    text.parse().ok()
}

/// Reads a date a schedule names: `YYYY-MM-DD`, of a year in
/// [`crate::calendars::SCHEDULE_YEARS`]. Else what is wrong with `text`:
/// `2570-01-01` is a day, but of the Buddhist Era's year 2570 (2027),
/// which read as Gregorian would publish a rate 543 years late.
pub fn parse_schedule_date(text: &str) -> Result<Date, String> {
    let text = text.trim();
    match parse_date(text) {
        Some(date) if crate::calendars::is_schedule_date(date) => Ok(date),
        Some(_) => Err(format!(
            "`{text}` is not a Gregorian date of the years {} to {}",
            crate::calendars::SCHEDULE_YEARS.start(),
            crate::calendars::SCHEDULE_YEARS.end()
        )),
        None => Err(format!("`{text}` is not a date")),
    }
}

/// A slice of the text with its place in it.
#[derive(Clone, Copy)]
struct Part<'a> {
    text: &'a str,
    start: usize,
}

impl<'a> Part<'a> {
    fn trimmed(self) -> Part<'a> {
        let lead = self.text.len() - self.text.trim_start().len();
        Part {
            text: self.text.trim(),
            start: self.start + lead,
        }
    }

    fn range(self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    fn split(self, separator: char) -> impl Iterator<Item = Part<'a>> {
        let mut offset = self.start;
        self.text.split(separator).map(move |piece| {
            let part = Part {
                text: piece,
                start: offset,
            };
            offset += piece.len() + separator.len_utf8();
            part.trimmed()
        })
    }

    /// Splits at the last ` word ` (as a whole word): `10% from 2027-01-01`
    /// → (`10%`, `2027-01-01`).
    fn split_word(self, word: &str) -> Option<(Part<'a>, Part<'a>)> {
        let lower = self.text.to_ascii_lowercase();
        let needle = format!(" {word} ");
        let at = lower.rfind(&needle)?;
        let before = Part {
            text: &self.text[..at],
            start: self.start,
        };
        let after = Part {
            text: &self.text[at + needle.len()..],
            start: self.start + at + needle.len(),
        };
        Some((before.trimmed(), after.trimmed()))
    }
}

fn error(
    message: impl Into<String>,
    hint: impl Into<String>,
    range: Range<usize>,
) -> TimelineError {
    TimelineError {
        message: message.into(),
        hint: hint.into(),
        range,
    }
}

/// Reads a dated value. `parse` reads one value and says what is wrong
/// with it; every error comes back, each with its range in `text`.
pub fn parse_timeline<T>(
    text: &str,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<Timeline<T>, Vec<TimelineError>> {
    if text.trim().is_empty() {
        // An empty cell is one value: what the value parser makes of "".
        return match parse("") {
            Ok(value) => Ok(Timeline::single("", value)),
            Err(message) => Err(vec![error(message, "", 0..text.len())]),
        };
    }
    let whole = Part { text, start: 0 };
    let mut values: Vec<(Dated<T>, Range<usize>)> = Vec::new();
    let mut errors = Vec::new();
    let segments: Vec<Part<'_>> = whole.split(';').collect();
    for (n, segment) in segments.iter().enumerate() {
        if segment.text.is_empty() {
            if segments.len() > 1 {
                errors.push(error(
                    "an empty value between `;`",
                    EMPTY_VALUE_FORMS,
                    segment.start..segment.start,
                ));
            }
            continue;
        }
        match read_segment(*segment, n > 0) {
            Ok(segment) => read_values(segment, &parse, &mut values, &mut errors),
            Err(e) => errors.push(e),
        }
    }
    check_date_order(&values, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    if values.is_empty() {
        return Err(vec![error("no value", DATED_FORMS, 0..text.len())]);
    }
    Ok(Timeline {
        values: values.into_iter().map(|(v, _)| v).collect(),
    })
}

/// Reads a dated value written in any script's digits (`៤០០០០០ from
/// ២០២៧-០១-០១`), as [`parse_timeline`] reads it in ASCII digits; each
/// error's range is in `text` as written.
pub fn parse_timeline_in_any_digits<T>(
    text: &str,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<Timeline<T>, Vec<TimelineError>> {
    let latin = crate::words::LatinNumerals::of(text);
    parse_timeline(&latin.text, parse).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| TimelineError {
                range: latin.original(e.range),
                ..e
            })
            .collect()
    })
}

/// One `;`-separated part of a dated value, read up to its values: `10%
/// from 2027-01-01` or a yearly staging `8%, 6% yearly from 2027-01-01`.
struct Segment<'a> {
    /// The value, or the staging's values separated by `,`.
    values: Part<'a>,
    yearly: bool,
    /// The day the (first) value takes effect.
    from: Option<Date>,
}

/// Reads a segment's value part, `yearly` and date; `dated` when it is not
/// the first segment, which must have a date.
fn read_segment(segment: Part<'_>, dated: bool) -> Result<Segment<'_>, TimelineError> {
    let (value_part, date_part) = match segment.split_word("from") {
        Some((v, d)) => (v, Some(d)),
        None => (segment, None),
    };
    let (values, yearly) = match value_part.text.to_ascii_lowercase().strip_suffix(" yearly") {
        Some(_) => (
            Part {
                text: value_part.text[..value_part.text.len() - " yearly".len()].trim_end(),
                start: value_part.start,
            },
            true,
        ),
        None => (value_part, false),
    };
    let from = match date_part {
        Some(d) => match parse_schedule_date(d.text) {
            Ok(date) => Some(date),
            Err(message) => {
                return Err(error(
                    message,
                    crate::date_forms::date_hint(d.text, |day| format!("from {day}")),
                    d.range(),
                ));
            }
        },
        None if dated => {
            return Err(error(
                format!("`{}` has no date", segment.text),
                // `50% a partir del 01/01/2027`: the date is there, with
                // a word kb does not read as `from`.
                date_written_otherwise(segment.text).unwrap_or_else(|| {
                    "every value after the first says when it takes effect: `10% from 2027-01-01`"
                        .to_string()
                }),
                segment.range(),
            ));
        }
        None => None,
    };
    if yearly && from.is_none() {
        return Err(error(
            "a yearly staging needs its first date",
            "write `8%, 6%, 4% yearly from 2027-01-01`",
            segment.range(),
        ));
    }
    Ok(Segment {
        values,
        yearly,
        from,
    })
}

/// The hint for a segment whose date is written among words kb does not
/// read as `from` (`50% a partir del 01/01/2027`, `0% ตั้งแต่ 1 มกราคม
/// 2570`, `01.01.2027 tarihinden itibaren 60%`): the value, its first
/// word or, after a date written first, its last, `from` the day, in the
/// Gregorian calendar.
fn date_written_otherwise(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let at = crate::date_forms::date_among_words(text)?;
    let value = match at.start {
        0 => words.last()?,
        _ => words.first()?,
    };
    Some(crate::date_forms::date_hint_led(
        "a value's date follows `from`, year first",
        &words[at].join(" "),
        |day| format!("{value} from {day}"),
    ))
}

/// Parses a segment's value (or each value of a staging, a year apart)
/// into `values`, with its range; what does not parse goes to `errors`.
fn read_values<T>(
    segment: Segment<'_>,
    parse: &impl Fn(&str) -> Result<T, String>,
    values: &mut Vec<(Dated<T>, Range<usize>)>,
    errors: &mut Vec<TimelineError>,
) {
    let pieces: Vec<Part<'_>> = if segment.yearly {
        segment.values.split(',').collect()
    } else {
        vec![segment.values]
    };
    for (year, piece) in pieces.iter().enumerate() {
        let date = match segment.from {
            Some(d) if year > 0 => match d.checked_add(jiff::Span::new().years(year as i64)) {
                Ok(d) => Some(d),
                Err(_) => {
                    errors.push(error(
                        "the staging runs past the calendar",
                        DATED_FORMS,
                        piece.range(),
                    ));
                    break;
                }
            },
            other => other,
        };
        match parse(piece.text) {
            Ok(value) => values.push((
                Dated {
                    from: date,
                    text: piece.text.to_string(),
                    value,
                },
                piece.range(),
            )),
            // `0% ตั้งแต่ 1 มกราคม 2570` alone: a date kb did not read.
            Err(message) => {
                let hint = match segment.from.is_none() && !segment.yearly {
                    true => date_written_otherwise(piece.text),
                    false => None,
                };
                errors.push(error(message, hint.unwrap_or_default(), piece.range()))
            }
        }
    }
}

/// Reports each value whose date is not after the one before it: dates
/// ascend strictly.
fn check_date_order<T>(values: &[(Dated<T>, Range<usize>)], errors: &mut Vec<TimelineError>) {
    for pair in values.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        match (a.0.from, b.0.from) {
            (Some(x), Some(y)) if x == y => errors.push(error(
                format!("two values from {y}"),
                "each date has one value; remove one of them",
                b.1.clone(),
            )),
            (Some(x), Some(y)) if x > y => errors.push(error(
                format!("{y} comes before {x}"),
                "write the values in date order, earliest first",
                b.1.clone(),
            )),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str) -> Result<u32, String> {
        text.trim_end_matches('%')
            .parse()
            .map_err(|_| format!("`{text}` is not a rate"))
    }

    fn d(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn the_value_in_force_follows_the_date() {
        let t = parse_timeline("15%; 10% from 2027-01-01", number).unwrap();
        assert_eq!(t.at(d("2026-12-02")).unwrap().value, 15);
        assert_eq!(t.at(d("2027-01-01")).unwrap().value, 10);
        assert_eq!(
            t.next_after(d("2026-12-02")).unwrap().from,
            Some(d("2027-01-01"))
        );
        assert!(t.next_after(d("2027-01-01")).is_none());
        assert_eq!(t.until(0), Some(d("2026-12-31")));
        assert_eq!(t.until(1), None);
    }

    #[test]
    fn an_empty_value_before_a_dated_one_is_answered_with_the_no_rate_form() {
        let errors = parse_timeline("; 35% from 2027-07-01", number).unwrap_err();
        assert_eq!(errors[0].message, "an empty value between `;`");
        assert!(
            errors[0].hint.contains("`-; 5% from 2027-01-01`"),
            "{}",
            errors[0].hint
        );
    }

    #[test]
    fn a_date_after_a_word_for_from_in_another_language_is_given_back() {
        for (text, hint) in [
            ("53%; 50% a partir del 01/01/2027", "`50% from 2027-01-01`"),
            (
                "53%; 50% desde el 1 de enero de 2027",
                "`50% from 2027-01-01`",
            ),
            ("10%; 5% ab 01.07.2027", "`5% from 2027-07-01`"),
            // The date first, the value last, as Turkish writes it.
            (
                "60%; 01.01.2027 tarihinden itibaren 50%",
                "`50% from 2027-01-01`",
            ),
            // A Buddhist Era year is given back in the Gregorian calendar.
            (
                "20%; 0% ตั้งแต่ 1 มกราคม 2570",
                "`1 มกราคม 2570` reads as a Buddhist Era year: write `0% from 2027-01-01`",
            ),
            (
                "26%; 20% از 1406/01/01",
                "a Solar Hijri year: write `20% from 2027-03-21`",
            ),
        ] {
            let errors = parse_timeline(text, number).unwrap_err();
            assert!(errors[0].message.ends_with("has no date"), "{text}");
            assert!(errors[0].hint.contains(hint), "{text}: {}", errors[0].hint);
        }
        let errors = parse_timeline("10%; 5%", number).unwrap_err();
        assert!(errors[0].hint.contains("`10% from 2027-01-01`"));
    }

    #[test]
    fn a_first_dated_value_is_not_in_force_before_its_date() {
        let t = parse_timeline("5% from 2027-01-01", number).unwrap();
        assert!(t.at(d("2026-12-31")).is_none());
        assert_eq!(t.at(d("2027-06-01")).unwrap().value, 5);
    }

    #[test]
    fn a_yearly_staging_gives_one_value_a_year() {
        let t = parse_timeline("10%; 8%, 6%, 4% yearly from 2027-01-01", number).unwrap();
        let dates: Vec<String> = t.dates().map(|d| d.to_string()).collect();
        assert_eq!(dates, ["2027-01-01", "2028-01-01", "2029-01-01"]);
        assert_eq!(t.at(d("2028-07-01")).unwrap().value, 6);
        assert_eq!(t.values()[2].text, "6%");
    }

    #[test]
    fn errors_point_into_the_text() {
        let text = "15%; 10% from 2027-13-01; x% from 2028-01-01; 5%";
        let errors = parse_timeline(text, number).unwrap_err();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert_eq!(&text[errors[0].range.clone()], "2027-13-01");
        assert_eq!(&text[errors[1].range.clone()], "x%");
        assert_eq!(&text[errors[2].range.clone()], "5%");
    }

    #[test]
    fn dates_must_ascend_once_each() {
        let e = parse_timeline("15%; 10% from 2028-01-01; 5% from 2027-01-01", number).unwrap_err();
        assert!(e[0].message.contains("comes before"), "{e:?}");
        let e = parse_timeline("15%; 10% from 2027-01-01; 5% from 2027-01-01", number).unwrap_err();
        assert!(e[0].message.contains("two values"), "{e:?}");
    }

    #[test]
    fn a_date_of_no_year_a_schedule_names_is_an_error_with_its_gregorian_day() {
        // Followed, the old hint published a rate cut 543 years late.
        let errors = parse_timeline("20%; 0% from 2570-01-01", number).unwrap_err();
        assert_eq!(
            errors[0].message,
            "`2570-01-01` is not a Gregorian date of the years 1900 to 2200"
        );
        assert_eq!(
            errors[0].hint,
            "`2570-01-01` reads as a Buddhist Era year: write `from 2027-01-01`"
        );
        // And one 600 years early.
        let errors = parse_timeline("26%; 20% from 1406-01-01", number).unwrap_err();
        assert!(
            errors[0]
                .hint
                .contains("a Solar Hijri year: write `from 2027-03-21`"),
            "{}",
            errors[0].hint
        );
        assert!(parse_timeline("26%; 20% from 3027-01-01", number).is_err());
        assert!(parse_timeline("26%; 20% from 2200-12-31", number).is_ok());
        assert_eq!(
            parse_schedule_date("1899-12-31").unwrap_err(),
            "`1899-12-31` is not a Gregorian date of the years 1900 to 2200"
        );
    }

    #[test]
    fn a_dated_first_value_written_with_another_word_gets_the_date_hint() {
        let errors = parse_timeline("0% ตั้งแต่ 1 มกราคม 2570", number).unwrap_err();
        assert_eq!(
            errors[0].hint,
            "`1 มกราคม 2570` reads as a Buddhist Era year: write `0% from 2027-01-01`"
        );
    }
}
