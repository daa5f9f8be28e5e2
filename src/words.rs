//! What a word is made of, in every script: the search's tokens, the
//! tariff's units of quantity (`kg`, Lao `ກ້ານ`) and the digits of every
//! script that a code or a date may be typed in, alike.

use icu::properties::props::{GeneralCategory, GeneralCategoryGroup};
use icu::properties::CodePointMapData;

/// Whether `c` belongs to a word: a letter, a digit or a combining mark
/// (`[\p{Alphabetic}\p{N}\p{M}]` in `kb-search.js`). A mark is part of
/// the word it follows: Thai tone marks, Devanagari viramas and combining
/// accents are not letters for Unicode, so a letter-only tokenizer would
/// cut `ข้าว` (rice) in two, or drop the mark and merge it with `ขาว`
/// (white). Every character of
/// every document passes here: ASCII is answered at once, and one general
/// category lookup answers letters (all of them Alphabetic), numbers and
/// marks, before the slower Alphabetic search for what is left (`Ⓐ`).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    [
        GeneralCategoryGroup::Letter,
        GeneralCategoryGroup::Number,
        GeneralCategoryGroup::Mark,
    ]
    .iter()
    .any(|group| group.contains(category))
        || c.is_alphabetic()
}

/// Zero of each run of decimal digits that readers type for codes: Arabic-
/// Indic, Extended Arabic-Indic (Persian, Urdu), Devanagari, Bengali, Thai,
/// Lao, Myanmar, Khmer, full-width, in ascending order (`native_digit`
/// stops below the first). `kb-search.js` has the same list.
pub const DIGIT_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10,
];

/// Native decimal digits as ASCII: `٠٩٠١` is the code `0901`. Text
/// without any (nearly all of it) is copied as it is.
pub fn ascii_digits(text: &str) -> String {
    if !text.chars().any(|c| native_digit(c).is_some()) {
        return text.to_string();
    }
    text.chars().map(|c| native_digit(c).unwrap_or(c)).collect()
}

/// The ASCII digit of a native decimal digit, or `None`.
pub fn native_digit(c: char) -> Option<char> {
    let cp = c as u32;
    if cp < DIGIT_ZEROS[0] {
        return None;
    }
    DIGIT_ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&cp))
        .and_then(|zero| char::from_digit(cp - zero, 10))
}

/// A data cell with its numerals in ASCII, as kb reads rates, codes,
/// amounts and dates: `៣៥%` is `35%`, Persian `۱۲٫۵٪` is `12.5%`. Tariffs
/// of Cambodia, Bangladesh or Iran are published in their own digits, and
/// each of them read as Latin is the same number. Errors found in `text`
/// are shown in the cell as written, through `original`.
pub struct LatinNumerals {
    /// The cell with ASCII digits, `.` for `٫` and `%` for `٪`.
    pub text: String,
    /// The byte in the cell as written where each byte of `text` came
    /// from, and one past the end; empty when nothing was changed.
    origin: Vec<usize>,
}

impl LatinNumerals {
    /// Reads `written`; text without native numerals is copied as it is.
    pub fn of(written: &str) -> LatinNumerals {
        let latin = |c: char| match c {
            '\u{066A}' => Some('%'),
            '\u{066B}' => Some('.'),
            '\u{066C}' => Some(','),
            _ => native_digit(c),
        };
        if !written.chars().any(|c| latin(c).is_some()) {
            return LatinNumerals {
                text: written.to_string(),
                origin: Vec::new(),
            };
        }
        let mut text = String::with_capacity(written.len());
        let mut origin = Vec::with_capacity(written.len() + 1);
        for (at, c) in written.char_indices() {
            let c = latin(c).unwrap_or(c);
            origin.extend(std::iter::repeat_n(at, c.len_utf8()));
            text.push(c);
        }
        origin.push(written.len());
        LatinNumerals { text, origin }
    }

    /// Only the text with ASCII numerals, for a cell kb rewrites (`kb
    /// import`) rather than reports on.
    pub fn latin(written: &str) -> String {
        LatinNumerals::of(written).text
    }

    /// A range of `text` as a range of the cell as written.
    pub fn original(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        if self.origin.is_empty() {
            return range;
        }
        let at = |i: usize| self.origin[i.min(self.origin.len() - 1)];
        // The end is where the character after the range starts, so that
        // a range ending on a Khmer digit covers all of its bytes.
        at(range.start)..at(range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_of_every_script_read_as_latin_and_point_back() {
        let khmer = LatinNumerals::of("៣៥% from ២០២៧-០១-០១");
        assert_eq!(khmer.text, "35% from 2027-01-01");
        // `2027-01-01` in the cell as written is ten Khmer digits and dashes.
        let date = khmer.original(9..19);
        assert_eq!(&"៣៥% from ២០២៧-០១-០១"[date], "២០២៧-០១-០១");
        let persian = LatinNumerals::of("۱۲٫۵٪");
        assert_eq!(persian.text, "12.5%");
        assert_eq!(persian.original(0..5), 0..10);
        let latin = LatinNumerals::of("10% + 5 USD/kg");
        assert_eq!(latin.original(3..6), 3..6);
    }
}
