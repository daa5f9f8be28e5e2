//! Dates written the other ways editors write them (`01.07.2027` in
//! Russian or German, `1/7/2027` in French, Vietnamese or Arabic,
//! `2027/07/01` in Chinese or Japanese), read only to say which
//! `YYYY-MM-DD` date to write instead: kb reads one form, and a guess
//! between day-first and month-first is the editor's to make.

use std::ops::Range;

use jiff::civil::Date;

use crate::calendars::{is_schedule_date, Calendar, SCHEDULE_YEARS};

/// The dates that `text` may mean, written another way than
/// `YYYY-MM-DD`: none if it is no date, one, or two when it may be day
/// first or month first (`1/7/2027`), day first first. A month may be
/// named (`1st July 2027`, `July 1, 2027`, `01-Jul-27`, `1er juillet
/// 2027`, `1 июля 2027`), and a year written with two digits is in this
/// century. A year of another calendar is its Gregorian day (see
/// [`date_readings`]).
pub fn other_date_forms(text: &str) -> Vec<Date> {
    date_readings(text).iter().map(|r| r.date).collect()
}

/// One day a date written another way may be: the Gregorian day, and the
/// calendar its year was read in when it is no Gregorian year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// The Gregorian day.
    pub date: Date,
    /// The calendar the date was written in; `None` for the Gregorian.
    pub calendar: Option<Calendar>,
}

/// The days `text` may mean, as [`other_date_forms`] reads them, each with
/// its calendar: a year outside [`SCHEDULE_YEARS`] that is one of those
/// years in the Buddhist Era (`1 มกราคม 2570`) or a Hijri calendar
/// (`۱۴۰۶/۰۱/۰۱`) is read in it, by ICU4X. A date among other words is
/// read without them: `с 01.01.2027`, `01.01.2027 бастап`, `ตั้งแต่ 1
/// มกราคม 2570` (the words for "from" of Russian, Kazakh, Thai…).
pub fn date_readings(text: &str) -> Vec<Reading> {
    located_readings(text).1
}

/// The date as written in `text` (all of it, or the words that write it)
/// and its [`date_readings`].
fn located_readings(text: &str) -> (String, Vec<Reading>) {
    let readings = readings_of_date(text);
    if !readings.is_empty() {
        return (text.trim().to_string(), readings);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    match date_among_words(text) {
        Some(at) => {
            let date = words[at].join(" ");
            let readings = readings_of_date(&date);
            (date, readings)
        }
        None => (text.to_string(), Vec::new()),
    }
}

/// The words of `text` (split at white space) that write a date among
/// others, such as the words for "from" (`с 01.01.2027`, `01.01.2027
/// tarihinden itibaren`): the longest run of them that reads, the first
/// of those; `None` if none does or `text` has more than 12 words.
pub fn date_among_words(text: &str) -> Option<Range<usize>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 12 {
        return None;
    }
    (1..words.len()).rev().find_map(|n| {
        (0..=words.len() - n)
            .map(|start| start..start + n)
            .find(|at| !readings_of_date(&words[at.clone()].join(" ")).is_empty())
    })
}

/// The days `text`, a date alone, may mean (see [`date_readings`]).
fn readings_of_date(text: &str) -> Vec<Reading> {
    let mut readings: Vec<Reading> = Vec::new();
    for (year, month, day) in written_days(text) {
        let (Ok(month), Ok(day)) = (i8::try_from(month), i8::try_from(day)) else {
            continue;
        };
        let others = crate::calendars::readings(text, year, month, day);
        let found: Vec<Reading> = match others.is_empty() {
            true => Date::new(year, month, day)
                .ok()
                .map(|date| Reading {
                    date,
                    calendar: None,
                })
                .into_iter()
                .collect(),
            false => others
                .into_iter()
                .map(|(calendar, date)| Reading {
                    date,
                    calendar: Some(calendar),
                })
                .collect(),
        };
        for reading in found {
            if !readings.contains(&reading) {
                readings.push(reading);
            }
        }
    }
    readings
}

/// The year, month and day numbers `text` writes, day first first where
/// it may be day or month first; checked against no calendar yet.
fn written_days(text: &str) -> Vec<(i16, i16, i16)> {
    // Full-width digits and signs, as a Japanese or Chinese input method
    // types them (`２０２７－０４－０１`), are the ASCII ones.
    let folded = icu::normalizer::ComposingNormalizerBorrowed::new_nfkc().normalize(text);
    // The digits of Khmer, Bengali, Arabic… (`១ មករា ២០២៧`) are ASCII's.
    let folded = crate::words::ascii_digits(&folded);
    let text = folded.trim();
    if let Some(day) = date_with_month_name(text).or_else(|| year_month_day_signs(text)) {
        return vec![day];
    }
    let Some(separator) = text.chars().find(|c| matches!(c, '.' | '/' | '-')) else {
        return Vec::new();
    };
    let parts: Vec<&str> = text.split(separator).collect();
    let numbers: Vec<i16> = parts.iter().filter_map(|p| number(p)).collect();
    if parts.len() != 3 || numbers.len() != 3 {
        return Vec::new();
    }
    let (a, b) = (numbers[0], numbers[1]);
    let year_last = match parts[2].len() {
        4 => Some(numbers[2]),
        2 if parts[0].len() <= 2 => Some(2000 + numbers[2]),
        _ => None,
    };
    match year_last {
        _ if parts[0].len() == 4 => vec![(a, b, numbers[2])],
        // Day first in most of the world, month first in the US.
        Some(year) if separator == '/' => vec![(year, b, a), (year, a, b)],
        Some(year) => vec![(year, b, a)],
        None => Vec::new(),
    }
}

/// A date written with the year, month and day signs of Chinese and
/// Japanese (`2027年4月1日`), or in a Japanese era (`令和9年4月1日`,
/// `R9.4.1`; Reiwa 1 is 2019, Heisei 1 is 1989; `元年` is its first year).
fn year_month_day_signs(text: &str) -> Option<(i16, i16, i16)> {
    let eras = [("令和", 2018), ("平成", 1988), ("r", 2018), ("h", 1988)];
    let lower = text.to_lowercase();
    let (era, rest) = eras
        .iter()
        .find_map(|(name, base)| Some((Some(*base), lower.strip_prefix(name)?)))
        .unwrap_or((None, &lower));
    let rest = rest.replacen('元', "1", 1);
    let signs = rest.contains('年') && rest.contains('月');
    if era.is_none() && !signs {
        return None;
    }
    let numbers: Vec<i16> = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .map(number)
        .collect::<Option<_>>()?;
    let [year, month, day] = numbers[..] else {
        return None;
    };
    let year = match era {
        Some(base) if (1..=99).contains(&year) => base + year,
        Some(_) => return None,
        None if year >= 1000 => year,
        None => return None,
    };
    Some((year, month, day))
}

/// The three parts of a date written with a word (`1 July 2027`,
/// `01-Jul-27`, `1 იანვრიდან 2027`), split at spaces and `.`, `/`, `-`,
/// `,`; `None` unless there are three.
fn three_parts(text: &str) -> Option<[&str; 3]> {
    let parts: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | '/' | '-' | ','))
        .filter(|p| !p.is_empty() && !CONNECTORS.contains(&p.to_lowercase().as_str()))
        .collect();
    parts.try_into().ok()
}

/// The words a long date puts between its parts: CLDR's Spanish and
/// Portuguese `1 de enero de 2027`, Catalan's `de`, English `1st of July`.
const CONNECTORS: [&str; 4] = ["de", "del", "of", "the"];

/// A day, a named month and a year in any order but the year's last or
/// first (`1st July 2027`, `July 1, 2027`, `01-Jul-27`).
fn date_with_month_name(text: &str) -> Option<(i16, i16, i16)> {
    let parts = three_parts(text)?;
    let month = parts.iter().position(|p| month_named(p).is_some())?;
    let numbers: Vec<&str> = (0..3).filter(|&i| i != month).map(|i| parts[i]).collect();
    let (day, year) = match numbers[..] {
        [year, day] if year.len() == 4 => (day, year),
        [day, year] => (day, year),
        _ => return None,
    };
    let day = ["st", "nd", "rd", "th", "er", "e"]
        .iter()
        .find_map(|suffix| day.strip_suffix(suffix))
        .unwrap_or(day);
    let year = match (year.len(), number(year)?) {
        (4, year) => year,
        (2, year) => 2000 + year,
        _ => return None,
    };
    let day = number(day).filter(|_| day.len() <= 2)?;
    Some((year, i16::from(month_named(parts[month])?), day))
}

/// The month `word` names in one of [`crate::formats::READ_LANGUAGES`], as CLDR writes
/// it in a long date (`იანვარი`, `ጁላይ`, `ກໍລະກົດ`), if it names one
/// month in all of them. Worked out once, on the first date that needs it.
fn month_in_cldr(word: &str) -> Option<i8> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static MONTHS: OnceLock<HashMap<String, Option<i8>>> = OnceLock::new();
    let months = MONTHS.get_or_init(|| {
        let mut months: HashMap<String, Option<i8>> = HashMap::new();
        for formats in crate::formats::read_languages() {
            let words: Vec<Vec<String>> = (1..=12)
                .map(|m| {
                    formats
                        .date(&format!("2027-{m:02}-15"))
                        .split(|c: char| !crate::words::is_word_char(c) || c.is_numeric())
                        .filter(|w| w.chars().count() >= 2)
                        .map(str::to_lowercase)
                        .collect()
                })
                .collect();
            for (m, month_words) in words.iter().enumerate() {
                // `de` in `15 de julio de 2027`, `tháng`: in every month.
                let alone = month_words
                    .iter()
                    .filter(|w| words.iter().filter(|ws| ws.contains(w)).count() == 1);
                for word in alone {
                    let month = Some(m as i8 + 1);
                    let known = months.entry(word.clone()).or_insert(month);
                    if *known != month {
                        *known = None;
                    }
                }
            }
        }
        months
    });
    months.get(&word.to_lowercase()).copied().flatten()
}

/// The month a word names (in English, French, Spanish or Russian, whole
/// or its first three letters or more, or as CLDR writes it in a long date
/// in another language), if it names one alone.
fn month_named(word: &str) -> Option<i8> {
    if let Some(month) = month_in_cldr(word) {
        return Some(month);
    }
    const MONTHS: [[&str; 4]; 12] = [
        ["january", "janvier", "enero", "январ"],
        ["february", "février", "febrero", "феврал"],
        ["march", "mars", "marzo", "март"],
        ["april", "avril", "abril", "апрел"],
        ["may", "mai", "mayo", "ма"],
        ["june", "juin", "junio", "июн"],
        ["july", "juillet", "julio", "июл"],
        ["august", "août", "agosto", "август"],
        ["september", "septembre", "septiembre", "сентябр"],
        ["october", "octobre", "octubre", "октябр"],
        ["november", "novembre", "noviembre", "ноябр"],
        ["december", "décembre", "diciembre", "декабр"],
    ];
    let word = word.to_lowercase();
    let word = word.replace("fevrier", "février").replace("aout", "août");
    if word.chars().count() < 3 || word.chars().any(|c| !c.is_alphabetic()) {
        return None;
    }
    let named = |names: &[&str; 4]| {
        names.iter().any(|name| {
            // Russian month names are declined: a stem and an ending.
            let cyrillic = name.chars().any(|c| ('а'..='я').contains(&c));
            match cyrillic {
                true => word.starts_with(name) && word.chars().count() <= name.chars().count() + 2,
                false => name.starts_with(word.as_str()),
            }
        })
    };
    let mut found = (1..=12).filter(|&m| named(&MONTHS[m as usize - 1]));
    let month = found.next()?;
    found.next().is_none().then_some(month)
}

/// Digits, at most four.
fn number(part: &str) -> Option<i16> {
    let ok = !part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| part.parse().ok()).flatten()
}

/// The help for `text`, which is not a `YYYY-MM-DD` date: the same day so
/// written if `text` is a date written another way (`write(date)` shows it
/// where it goes, such as `from 2027-07-01`), converted from its calendar
/// if its year is of another, else the form with `YYYY-MM-DD` where the
/// day goes, so that no one copies an example as their day.
pub fn date_hint(text: &str, write: impl Fn(&str) -> String) -> String {
    date_hint_led("write dates as YYYY-MM-DD", text, write)
}

/// [`date_hint`], with `lead` before the day a Gregorian date is written
/// as (`a value's date follows `from``).
pub fn date_hint_led(lead: &str, text: &str, write: impl Fn(&str) -> String) -> String {
    let (date, readings) = located_readings(text);
    if readings.iter().any(|r| r.calendar.is_some()) {
        return calendar_hint(&date, &readings, &write);
    }
    let dates: Vec<String> = readings.iter().map(|r| r.date.to_string()).collect();
    if readings.iter().any(|r| !is_schedule_date(r.date)) {
        return format!(
            "{}; write the day `{}` means in the Gregorian calendar: `{}`",
            schedule_years(),
            dates[0],
            write("YYYY-MM-DD")
        );
    }
    match dates.as_slice() {
        [one] => format!("{lead}: `{}`", write(one)),
        [day_first, month_first] => format!(
            "{lead}: `{}` if {date} is day first, `{}` if month first",
            write(day_first),
            write(month_first)
        ),
        _ => unread_date_hint(text, &write),
    }
}

/// What kb reads as a schedule's date, for messages.
pub fn schedule_years() -> String {
    format!(
        "a schedule's dates are Gregorian, of the years {} to {}",
        SCHEDULE_YEARS.start(),
        SCHEDULE_YEARS.end()
    )
}

/// The help for a date written in another calendar: the Gregorian day in
/// each calendar it may be of, day or month first where it may be either
/// (`1 มกราคม 2570` reads as a Buddhist Era year: write `from 2027-01-01`).
fn calendar_hint(text: &str, readings: &[Reading], write: &impl Fn(&str) -> String) -> String {
    let mut parts: Vec<String> = Vec::new();
    for calendar in Calendar::ALL {
        let days: Vec<String> = readings
            .iter()
            .filter(|r| r.calendar == Some(calendar))
            .map(|r| format!("`{}`", write(&r.date.to_string())))
            .collect();
        let days = match days.as_slice() {
            [] => continue,
            [one] => one.clone(),
            [day_first, month_first, ..] => {
                format!("{day_first} if day first, {month_first} if month first")
            }
        };
        parts.push(format!("{}: write {days}", calendar.year_name()));
    }
    format!("`{text}` reads as {}", parts.join("; or as "))
}

/// The help for what reads as no date: the form, with the Gregorian years
/// of a year written in another calendar (`1 ม.ค. 2570`), or the number
/// of a month kb does not read.
fn unread_date_hint(text: &str, write: &impl Fn(&str) -> String) -> String {
    let digits = crate::words::ascii_digits(text);
    let other_year = digits
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| n.len() == 4)
        .filter_map(number)
        .map(|year| (year, crate::calendars::year_readings(text, year)))
        .find(|(_, readings)| !readings.is_empty());
    if let Some((year, readings)) = other_year {
        let spans: Vec<String> = readings
            .iter()
            .map(|(calendar, first, last)| format!("{}, {first} to {last}", calendar.year_name()))
            .collect();
        return format!(
            "write the date year first in the Gregorian calendar, as `{}`: {year} reads as {}",
            write("YYYY-MM-DD"),
            spans.join(", or as ")
        );
    }
    match unread_month(text) {
        // An example here would be another real day, and was copied:
        // `1 იანვარი 2027` was given `2027-07-01`.
        Some((year, word, day)) => format!(
            "write dates as YYYY-MM-DD, year first: `{}`, MM the number of the month `{word}` (01 to 12)",
            write(&format!("{year}-MM-{day:02}"))
        ),
        // `ект 2027-07-01` for `ЕКТ с 01.01.2027` was copied as the day.
        None => format!(
            "write the date year first, as `{}` (for example 2027-07-01 for 1 July 2027)",
            write("YYYY-MM-DD")
        ),
    }
}

/// A day, a word and a four-digit year (`1 იანვრიდან 2027`, `2027 წლის
/// 1`) whose word kb does not read as a month: the year, the word and
/// the day.
fn unread_month(text: &str) -> Option<(i16, &str, i16)> {
    let parts = three_parts(text)?;
    let year = parts
        .iter()
        .position(|p| p.len() == 4 && number(p).is_some())?;
    let day = parts
        .iter()
        .position(|p| p.len() <= 2 && number(p).is_some_and(|d| (1..=31).contains(&d)))?;
    let word = (0..3).find(|i| *i != year && *i != day)?;
    Some((number(parts[year])?, parts[word], number(parts[day])?))
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
        // CLDR's Spanish long date, as es-MX pages write it; Khmer digits.
        assert_eq!(forms("1 de enero de 2027"), ["2027-01-01"]);
        assert_eq!(forms("1º de janeiro de 2027"), Vec::<String>::new());
        assert_eq!(forms("1st of July 2027"), ["2027-07-01"]);
        assert_eq!(forms("១ មករា ២០២៧"), ["2027-01-01"]);
        assert_eq!(forms("০১/০৭/২০২৭"), ["2027-07-01", "2027-01-07"]);
        assert_eq!(forms("١/٧/٢٠٢٧"), ["2027-07-01", "2027-01-07"]);
        assert_eq!(forms("1.7.2027"), ["2027-07-01"]);
        assert_eq!(forms("2027/07/01"), ["2027-07-01"]);
        assert_eq!(forms("2027-7-1"), ["2027-07-01"]);
        assert_eq!(forms("1/7/2027"), ["2027-07-01", "2027-01-07"]);
        // A day over 12 leaves one reading; the same day and month one.
        assert_eq!(forms("31/12/2027"), ["2027-12-31"]);
        assert_eq!(forms("12/31/2027"), ["2027-12-31"]);
        assert_eq!(forms("5/5/2027"), ["2027-05-05"]);
        // Two-digit years and named months, as budgets and gazettes write them.
        assert_eq!(forms("01-07-27"), ["2027-07-01"]);
        assert_eq!(forms("1/7/27"), ["2027-07-01", "2027-01-07"]);
        for named in [
            "1st July 2027",
            "1 July 2027",
            "July 1, 2027",
            "01-Jul-2027",
            "1-Jul-27",
            "1 Jul. 2027",
            "1er juillet 2027",
            "1 июля 2027",
            "1 julio 2027",
            "2027 July 1",
        ] {
            assert_eq!(forms(named), ["2027-07-01"], "{named}");
        }
        assert_eq!(forms("22 juin 2027"), ["2027-06-22"]);
        // Any month CLDR writes in a long date, in kb's languages and others.
        assert_eq!(forms("1 იანვარი 2027"), ["2027-01-01"]);
        assert_eq!(forms("8 ጁላይ 2027"), ["2027-07-08"]);
        assert_eq!(forms("1 ມັງກອນ 2027"), ["2027-01-01"]);
        assert_eq!(forms("1 يوليو 2027"), ["2027-07-01"]);
        assert_eq!(forms("1 Temmuz 2027"), ["2027-07-01"]);
        // Chinese and Japanese signs, Japanese eras, full-width digits.
        assert_eq!(forms("2027年4月1日"), ["2027-04-01"]);
        assert_eq!(forms("令和9年4月1日"), ["2027-04-01"]);
        assert_eq!(forms("R9.4.1"), ["2027-04-01"]);
        assert_eq!(forms("令和元年5月1日"), ["2019-05-01"]);
        assert_eq!(forms("平成31年4月30日"), ["2019-04-30"]);
        assert_eq!(forms("２０２７－０４－０１"), ["2027-04-01"]);
        assert_eq!(forms("3 mai 2027"), ["2027-05-03"]);
        for none in [
            "",
            "2027",
            "soon",
            "32.01.2027",
            "1/2/3/2027",
            "FY2027-28",
            "1 Ju 2027",
            "1 jui 2027",
            "32 July 2027",
        ] {
            assert_eq!(forms(none), Vec::<String>::new(), "{none}");
        }
    }

    #[test]
    fn the_hint_gives_the_day_to_write() {
        let from = |d: &str| format!("from {d}");
        assert_eq!(
            date_hint("01.07.2027", from),
            "write dates as YYYY-MM-DD: `from 2027-07-01`"
        );
        assert_eq!(
            date_hint("1/7/2027", from),
            "write dates as YYYY-MM-DD: `from 2027-07-01` if 1/7/2027 is day first, `from 2027-01-07` if month first"
        );
        // No real day to copy as the editor's own: `ЕКТ с 01.01.2027`
        // was given `ект 2027-07-01`, 1 July for 1 January.
        assert_eq!(
            date_hint("soon", from),
            "write the date year first, as `from YYYY-MM-DD` (for example 2027-07-01 for 1 July 2027)"
        );
        // A month kb cannot read: no real day to copy.
        assert_eq!(
            date_hint("1 იანვრიდან 2027", from),
            "write dates as YYYY-MM-DD, year first: `from 2027-MM-01`, MM the number of the month `იანვრიდან` (01 to 12)"
        );
    }

    #[test]
    fn a_date_among_words_for_from_is_read_without_them() {
        let ekt = |d: &str| format!("ЕКТ {d}");
        for text in [
            "с 01.01.2027",
            "01.01.2027 бастап",
            "2027-01-01 бастап",
            "from 1 January 2027",
        ] {
            assert_eq!(
                date_hint(text, ekt),
                "write dates as YYYY-MM-DD: `ЕКТ 2027-01-01`",
                "{text}"
            );
        }
        assert_eq!(
            date_among_words("01.01.2027 tarihinden itibaren 60%"),
            Some(0..1)
        );
        assert_eq!(date_among_words("0% ตั้งแต่ 1 มกราคม 2570"), Some(2..5));
        assert_eq!(date_among_words("1 იანვრიდან 2027"), None);
    }

    #[test]
    fn a_year_of_another_calendar_is_given_back_as_its_gregorian_day() {
        let from = |d: &str| format!("from {d}");
        assert_eq!(forms("1 มกราคม 2570"), ["2027-01-01"]);
        assert_eq!(forms("2570-01-01"), ["2027-01-01"]);
        assert_eq!(
            date_hint("1 มกราคม 2570", from),
            "`1 มกราคม 2570` reads as a Buddhist Era year: write `from 2027-01-01`"
        );
        assert_eq!(
            date_hint("01/01/2570", |d| format!("JTEPA {d}")),
            "`01/01/2570` reads as a Buddhist Era year: write `JTEPA 2027-01-01`"
        );
        assert_eq!(
            date_hint("ตั้งแต่ 1/7/2570", from),
            "`1/7/2570` reads as a Buddhist Era year: write `from 2027-07-01` if day first, `from 2027-01-07` if month first"
        );
        // Persian digits are Iran's: the Solar Hijri calendar.
        assert_eq!(
            date_hint("۱۴۰۶/۰۱/۰۱", from),
            "`۱۴۰۶/۰۱/۰۱` reads as a Solar Hijri year: write `from 2027-03-21`"
        );
        assert_eq!(
            date_hint("۱۴۰۵/۰۹/۱۷", str::to_string),
            "`۱۴۰۵/۰۹/۱۷` reads as a Solar Hijri year: write `2026-12-08`"
        );
        // Latin digits may be either Hijri calendar: both readings.
        let both = date_hint("1406-01-01", from);
        assert!(
            both.starts_with("`1406-01-01` reads as a Solar Hijri year: write `from 2027-03-21`; or as an Islamic Hijri (Umm al-Qura) year: write `from 1985-"),
            "{both}"
        );
        // A year no calendar makes a schedule's: the form, no day.
        assert_eq!(
            date_hint("3027-01-01", from),
            "a schedule's dates are Gregorian, of the years 1900 to 2200; write the day `3027-01-01` means in the Gregorian calendar: `from YYYY-MM-DD`"
        );
        // A month kb does not read, in a Buddhist Era year.
        assert_eq!(
            date_hint("1 ม.ค. 2570", from),
            "write the date year first in the Gregorian calendar, as `from YYYY-MM-DD`: 2570 reads as a Buddhist Era year, 2027-01-01 to 2027-12-31"
        );
    }
}
