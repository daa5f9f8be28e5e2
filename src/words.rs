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
