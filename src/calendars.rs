//! The calendars administrations date their law in besides the Gregorian,
//! for hints: Thailand's Buddhist Era (`1 มกราคม 2570`), Iran's and
//! Afghanistan's Solar Hijri (`۱۴۰۶/۰۱/۰۱`), the Islamic Hijri of Saudi
//! Arabia (Umm al-Qura). kb's dates are Gregorian; a year of one of these
//! read as Gregorian puts a rate in force centuries early or late, so a
//! schedule's dates are held to [`SCHEDULE_YEARS`] and a year outside
//! them is read in these calendars to say which day to write. ICU4X does
//! the arithmetic.

use std::ops::RangeInclusive;

use icu::calendar::cal::Hijri;
use icu::calendar::{AsCalendar, Date as IcuDate, Iso};
use jiff::civil::Date;

/// The years a schedule's dates may fall in (`from 2027-01-01`, a line's
/// `until`, a dated column, `--date`). A tariff names days of its own
/// time, so a year before 1900 or after 2200 is a year of another
/// calendar (2570 of the Buddhist Era is 2027; 1406 of the Solar Hijri
/// begins on 2027-03-21) or a slip of the keys, never a day to publish.
pub const SCHEDULE_YEARS: RangeInclusive<i16> = 1900..=2200;

/// Whether `date` is in [`SCHEDULE_YEARS`].
pub fn is_schedule_date(date: Date) -> bool {
    SCHEDULE_YEARS.contains(&date.year())
}

/// A calendar other than the Gregorian that a date may be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Calendar {
    /// Thailand's (BE = CE + 543, months and days the Gregorian's).
    Buddhist,
    /// Iran's and Afghanistan's, new year at the March equinox.
    SolarHijri,
    /// The lunar Hijri calendar as Saudi Arabia's Umm al-Qura tables set it.
    IslamicHijri,
}

impl Calendar {
    /// Every calendar, in the order a hint names them.
    pub const ALL: [Calendar; 3] = [
        Calendar::Buddhist,
        Calendar::SolarHijri,
        Calendar::IslamicHijri,
    ];

    /// The calendar's year, as a hint names it (`a Buddhist Era year`).
    pub fn year_name(self) -> &'static str {
        match self {
            Calendar::Buddhist => "a Buddhist Era year",
            Calendar::SolarHijri => "a Solar Hijri year",
            Calendar::IslamicHijri => "an Islamic Hijri (Umm al-Qura) year",
        }
    }

    /// The Gregorian day of `year`-`month`-`day` in this calendar, if
    /// the calendar has that day.
    pub fn to_gregorian(self, year: i16, month: i8, day: i8) -> Option<Date> {
        let (year, month, day) = (
            i32::from(year),
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        );
        match self {
            Calendar::Buddhist => iso_day(IcuDate::try_new_buddhist(year, month, day).ok()?),
            Calendar::SolarHijri => iso_day(IcuDate::try_new_persian(year, month, day).ok()?),
            Calendar::IslamicHijri => iso_day(
                IcuDate::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura())
                    .ok()?,
            ),
        }
    }

    /// The first and last Gregorian days of `year` in this calendar.
    pub fn year_span(self, year: i16) -> Option<(Date, Date)> {
        let first = self.to_gregorian(year, 1, 1)?;
        let next = self.to_gregorian(year.checked_add(1)?, 1, 1)?;
        Some((first, next.yesterday().ok()?))
    }
}

/// The day `date` is, as jiff writes it.
fn iso_day<A: AsCalendar>(date: IcuDate<A>) -> Option<Date> {
    let iso: IcuDate<Iso> = date.to_calendar(Iso);
    let year = i16::try_from(iso.year().extended_year()).ok()?;
    Date::new(year, iso.month().ordinal as i8, iso.day_of_month().0 as i8).ok()
}

/// What the text of a date shows of its calendar: Persian digits or
/// letters (`۱۴۰۶`, `فروردین`) are Iran's or Afghanistan's, Arabic-Indic
/// digits or Arabic letters Persian has not (`١٤٤٨`, `هـ`) Arabic's.
fn hijri_shown(text: &str) -> Option<Calendar> {
    let persian = text.chars().any(|c| {
        ('\u{06F0}'..='\u{06F9}').contains(&c) || matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک')
    });
    let arabic = text
        .chars()
        .any(|c| ('\u{0660}'..='\u{0669}').contains(&c) || matches!(c, 'ي' | 'ك' | 'ة' | 'ـ'));
    match (persian, arabic) {
        (true, false) => Some(Calendar::SolarHijri),
        (false, true) => Some(Calendar::IslamicHijri),
        _ => None,
    }
}

/// The Gregorian days `year`-`month`-`day`, a year outside
/// [`SCHEDULE_YEARS`], is in the calendars whose day it lands in those
/// years; `written` is the date as written, whose digits and letters
/// choose between the two Hijri calendars (both when they do not).
pub fn readings(written: &str, year: i16, month: i8, day: i8) -> Vec<(Calendar, Date)> {
    if SCHEDULE_YEARS.contains(&year) {
        return Vec::new();
    }
    let shown = hijri_shown(written);
    Calendar::ALL
        .into_iter()
        .filter(|c| *c == Calendar::Buddhist || shown.is_none_or(|s| s == *c))
        .filter_map(|c| Some((c, c.to_gregorian(year, month, day)?)))
        .filter(|(_, date)| is_schedule_date(*date))
        .collect()
}

/// The calendars in which `year`, outside [`SCHEDULE_YEARS`], is a year
/// of those years, each with its first and last Gregorian days.
pub fn year_readings(written: &str, year: i16) -> Vec<(Calendar, Date, Date)> {
    readings(written, year, 1, 1)
        .into_iter()
        .filter_map(|(c, _)| {
            let (first, last) = c.year_span(year)?;
            Some((c, first, last))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn a_year_of_another_calendar_is_read_as_the_day_it_is() {
        assert_eq!(
            readings("1 มกราคม 2570", 2570, 1, 1),
            [(Calendar::Buddhist, d("2027-01-01"))]
        );
        assert_eq!(
            readings("۱۴۰۶/۰۱/۰۱", 1406, 1, 1),
            [(Calendar::SolarHijri, d("2027-03-21"))]
        );
        assert_eq!(
            readings("١٤٤٨/٠٩/٠١", 1448, 9, 1).first().map(|r| r.0),
            Some(Calendar::IslamicHijri)
        );
        // Latin digits say nothing of which Hijri calendar: both.
        let both = readings("1406/01/01", 1406, 1, 1);
        assert_eq!(both.len(), 2, "{both:?}");
        assert_eq!(both[0], (Calendar::SolarHijri, d("2027-03-21")));
        assert_eq!(both[1].0, Calendar::IslamicHijri);
        assert_eq!(readings("1405/09/17", 1405, 9, 17)[0].1, d("2026-12-08"));
        // A year of the schedule's years, or of no calendar's, has none.
        assert!(readings("2027-01-01", 2027, 1, 1).is_empty());
        assert!(readings("3027-01-01", 3027, 1, 1).is_empty());
        // Esfand 30 only in a leap year; month 31 days in the first half.
        assert_eq!(
            readings("۱۴۰۶/۰۲/۳۱", 1406, 2, 31),
            [(Calendar::SolarHijri, d("2027-05-21"))]
        );
    }

    #[test]
    fn a_year_alone_spans_its_gregorian_days() {
        assert_eq!(
            year_readings("2570", 2570),
            [(Calendar::Buddhist, d("2027-01-01"), d("2027-12-31"))]
        );
        assert_eq!(
            year_readings("۱۴۰۶", 1406),
            [(Calendar::SolarHijri, d("2027-03-21"), d("2028-03-19"))]
        );
    }
}
