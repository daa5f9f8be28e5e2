//! What a word is made of, in every script: the search's tokens and the
//! tariff's units of quantity (`kg`, Lao `ກ້ານ`) alike.

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
