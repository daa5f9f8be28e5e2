//! Lists and months the reader's way, with ICU4X: "A, B and C" is
//! "A, B et C" in French and "A، وB وC" in Arabic, so a list is never
//! joined with a bare ", " (issue 15); a month heading reads "December
//! 2026" or "tháng 12 năm 2026". Kept beside [`crate::i18n`], which formats
//! numbers and dates.

use icu::calendar::{Date, Gregorian};
use icu::datetime::fieldsets::YM;
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::list::options::ListFormatterOptions;
use icu::list::ListFormatter;
use icu::locale::Locale;

/// "A, B and C", or "A, B or C", in one language (CLDR's list patterns,
/// wide).
pub struct ListPattern {
    formatter: ListFormatter,
}

impl std::fmt::Debug for ListPattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ListPattern")
    }
}

fn locale(code: &str) -> Locale {
    Locale::try_from_str(code).unwrap_or(Locale::UNKNOWN)
}

type Constructor = fn(
    icu::list::ListFormatterPreferences,
    ListFormatterOptions,
) -> Result<ListFormatter, icu_provider::DataError>;

impl ListPattern {
    /// The "and" list of `code`; the root locale's if ICU4X has none.
    pub fn and(code: &str) -> ListPattern {
        Self::of(code, ListFormatter::try_new_and)
    }

    /// The "or" list of `code` (`air fryer, slow cooker, or rice cooker`,
    /// `A أو B أو C`, `A、B或C`): words that each name the same thing.
    pub fn or(code: &str) -> ListPattern {
        Self::of(code, ListFormatter::try_new_or)
    }

    fn of(code: &str, new: Constructor) -> ListPattern {
        let locale = locale(code);
        let formatter = new((&locale).into(), ListFormatterOptions::default())
            .or_else(|_| new(Default::default(), ListFormatterOptions::default()))
            .expect("ICU4X compiled data has the root locale");
        ListPattern { formatter }
    }

    /// `items` joined the language's way.
    pub fn join<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.formatter
            .format_to_string(items.iter().map(|s| s.as_ref()))
    }

    /// What goes before, between and after `count` items: `count + 1`
    /// pieces, for a template that writes each item itself (links, whose
    /// HTML must not pass through the formatter as text).
    pub fn separators(&self, count: usize) -> Vec<String> {
        // Private-use characters no list pattern contains mark each item.
        let marks: Vec<String> = (0..count)
            .map(|i| {
                char::from_u32(0xE000 + i as u32)
                    .unwrap_or('\u{E000}')
                    .to_string()
            })
            .collect();
        let joined = self.join(&marks);
        let mut pieces = Vec::with_capacity(count + 1);
        let mut rest = joined.as_str();
        for mark in &marks {
            match rest.split_once(mark.as_str()) {
                Some((before, after)) => {
                    pieces.push(before.to_string());
                    rest = after;
                }
                None => pieces.push(String::new()),
            }
        }
        pieces.push(rest.to_string());
        pieces
    }
}

/// "December 2026" in one language, for headings that group by month.
pub struct MonthNames {
    formatter: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    /// Latvian: ICU4X 2.4 writes `2026. gada. decembris`; the word `gada`
    /// (of the year) takes no full stop: `2026. gada decembris`.
    latvian: bool,
}

impl MonthNames {
    /// Month names of `code`; the root locale's if ICU4X has none.
    pub fn new(code: &str) -> MonthNames {
        let mut locale = locale(code);
        // ICU4X 2.4's year-and-month pattern for Portuguese (`pt`, `pt-BR`)
        // does not load the digits of the year: debug builds panic, others
        // write a fallback. Portugal's pattern is the same words
        // ("dezembro de 2026") and works.
        if locale.id.language.as_str() == "pt" {
            locale.id.region = Some(icu::locale::subtags::region!("PT"));
        }
        let formatter = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YM::long())
            .or_else(|_| FixedCalendarDateTimeFormatter::try_new(Default::default(), YM::long()))
            .expect("ICU4X compiled data has the root locale");
        let latvian = locale.id.language.as_str() == "lv";
        MonthNames { formatter, latvian }
    }

    /// The month of `date`, with its year.
    pub fn month(&self, date: jiff::civil::Date) -> String {
        match Date::try_new_gregorian(i32::from(date.year()), date.month() as u8, date.day() as u8)
        {
            Ok(d) if self.latvian => self
                .formatter
                .format(&d)
                .to_string()
                .replace("gada. ", "gada "),
            Ok(d) => self.formatter.format(&d).to_string(),
            Err(_) => format!("{:04}-{:02}", date.year(), date.month()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_joined_the_language_way() {
        assert_eq!(ListPattern::and("en").join(&["A", "B", "C"]), "A, B, and C");
        assert_eq!(ListPattern::and("fr").join(&["A", "B", "C"]), "A, B et C");
        let arabic = ListPattern::and("ar").join(&["أ", "ب", "ج"]);
        assert!(arabic.contains('،') || arabic.contains(" و"), "{arabic}");
        assert_eq!(ListPattern::and("en").join(&["A"]), "A");
        assert_eq!(ListPattern::or("en").join(&["A", "B", "C"]), "A, B, or C");
        assert_eq!(ListPattern::or("ar").join(&["أ", "ب", "ج"]), "أ أو ب أو ج");
        assert_eq!(
            ListPattern::or("zh").join(&["甲", "乙", "丙"]),
            "甲、乙或丙"
        );
    }

    #[test]
    fn month_headings_have_their_year_in_every_ui_language() {
        let date = jiff::civil::date(2026, 12, 2);
        for code in crate::init::ui_languages()
            .iter()
            .map(String::as_str)
            .chain(["pt-BR"])
        {
            let month = MonthNames::new(code).month(date);
            assert!(
                month.contains("2026") || month.contains("۲۰۲۶") || month.contains("၂၀၂၆"),
                "{code}: {month}"
            );
        }
        assert_eq!(MonthNames::new("pt").month(date), "dezembro de 2026");
        assert_eq!(MonthNames::new("lv").month(date), "2026. gada decembris");
    }

    #[test]
    fn separators_surround_each_item() {
        let pieces = ListPattern::and("en").separators(3);
        assert_eq!(pieces, vec!["", ", ", ", and ", ""]);
        assert_eq!(ListPattern::and("en").separators(0), vec![String::new()]);
    }

    #[test]
    fn months_have_names() {
        let date = jiff::civil::date(2026, 12, 2);
        assert_eq!(MonthNames::new("en").month(date), "December 2026");
    }
}
