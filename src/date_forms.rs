//! Dates written the other ways editors write them (`01.07.2027` in
//! Russian or German, `1/7/2027` in French, Vietnamese or Arabic,
//! `2027/07/01` in Chinese or Japanese), read only to say which
//! `YYYY-MM-DD` date to write instead: kb reads one form, and a guess
//! between day-first and month-first is the editor's to make.

use jiff::civil::Date;

/// The dates that `text` may mean, written another way than
/// `YYYY-MM-DD`: none if it is no date, one, or two when it may be day
/// first or month first (`1/7/2027`), day first first.
pub fn other_date_forms(text: &str) -> Vec<Date> {
    let text = text.trim();
    let Some(separator) = text.chars().find(|c| matches!(c, '.' | '/' | '-')) else {
        return Vec::new();
    };
    let parts: Vec<&str> = text.split(separator).collect();
    let numbers: Vec<i16> = parts.iter().filter_map(|p| number(p)).collect();
    if parts.len() != 3 || numbers.len() != 3 {
        return Vec::new();
    }
    let date = |y: i16, m: i16, d: i16| Date::new(y, m as i8, d as i8).ok();
    let (a, b, c) = (numbers[0], numbers[1], numbers[2]);
    let found = if parts[0].len() == 4 {
        vec![date(a, b, c)]
    } else if parts[2].len() == 4 && separator == '/' {
        // Day first in most of the world, month first in the US.
        vec![date(c, b, a), date(c, a, b)]
    } else if parts[2].len() == 4 {
        vec![date(c, b, a)]
    } else {
        Vec::new()
    };
    let mut dates: Vec<Date> = found.into_iter().flatten().collect();
    dates.dedup();
    dates
}

/// Digits, at most four.
fn number(part: &str) -> Option<i16> {
    let ok = !part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| part.parse().ok()).flatten()
}

/// The help for `text`, which is not a `YYYY-MM-DD` date: the same day so
/// written if `text` is a date written another way (`write(date)` shows it
/// where it goes, such as `from 2027-07-01`), else the form with
/// `example`.
pub fn date_hint(text: &str, write: impl Fn(&str) -> String, example: &str) -> String {
    match other_date_forms(text).as_slice() {
        [one] => format!("write dates as YYYY-MM-DD: `{}`", write(&one.to_string())),
        [day_first, month_first] => format!(
            "write dates as YYYY-MM-DD: `{}` if {text} is day first, `{}` if month first",
            write(&day_first.to_string()),
            write(&month_first.to_string())
        ),
        _ => format!("write dates as YYYY-MM-DD: `{example}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<String> {
        other_date_forms(text).iter().map(Date::to_string).collect()
    }

    #[test]
    fn dates_written_other_ways_are_read_as_the_days_they_may_mean() {
        assert_eq!(forms("01.07.2027"), ["2027-07-01"]);
        assert_eq!(forms("1.7.2027"), ["2027-07-01"]);
        assert_eq!(forms("2027/07/01"), ["2027-07-01"]);
        assert_eq!(forms("2027-7-1"), ["2027-07-01"]);
        assert_eq!(forms("1/7/2027"), ["2027-07-01", "2027-01-07"]);
        // A day over 12 leaves one reading; the same day and month one.
        assert_eq!(forms("31/12/2027"), ["2027-12-31"]);
        assert_eq!(forms("12/31/2027"), ["2027-12-31"]);
        assert_eq!(forms("5/5/2027"), ["2027-05-05"]);
        for none in [
            "",
            "2027",
            "soon",
            "32.01.2027",
            "1.7.27",
            "1/2/3/2027",
            "١/٧/٢٠٢٧",
        ] {
            assert_eq!(forms(none), Vec::<String>::new(), "{none}");
        }
    }

    #[test]
    fn the_hint_gives_the_day_to_write() {
        let from = |d: &str| format!("from {d}");
        assert_eq!(
            date_hint("01.07.2027", from, "from 2027-01-01"),
            "write dates as YYYY-MM-DD: `from 2027-07-01`"
        );
        assert_eq!(
            date_hint("1/7/2027", from, "from 2027-01-01"),
            "write dates as YYYY-MM-DD: `from 2027-07-01` if 1/7/2027 is day first, `from 2027-01-07` if month first"
        );
        assert_eq!(
            date_hint("soon", from, "from 2027-01-01"),
            "write dates as YYYY-MM-DD: `from 2027-01-01`"
        );
    }
}
