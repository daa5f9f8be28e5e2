//! What a tariff description says a code is not. HS descriptions tell
//! codes apart by negation: 0901.11 is "Coffee; not roasted or
//! decaffeinated", 0402.99 milk "other than in powder", 0904.11 pepper
//! "neither crushed nor ground". Indexed as they stand, those words make
//! "decaffeinated coffee" find the coffee that is not decaffeinated, and
//! "milk powder" the milk that is not in powder. The words a negation
//! governs (up to the next comma, semicolon, colon or bracket) are
//! therefore weighed as the body, not as the title: the code is still found
//! by them, after the codes that are what they say.

use super::analysis::strip_word;

/// The words that begin a negation, by language, lower case. A cue is
/// matched as whole words.
fn cues(lang: &str) -> &'static [&'static str] {
    match crate::lang::base_language(lang) {
        "en" => &["not", "other than", "excluding", "except", "neither"],
        "fr" => &[
            "non",
            "autres que",
            "autre que",
            "à l'exclusion",
            "à l’exclusion",
            "sauf",
            "ni",
        ],
        // Not `không`: it is also part of words ("không khí", air; "hàng
        // không", aviation; "thép không gỉ", stainless steel).
        "vi" => &["chưa", "trừ", "ngoại trừ"],
        "ar" => &["غير", "عدا", "باستثناء"],
        "es" => &[
            "no",
            "sin",
            "excepto",
            "salvo",
            "distinto de",
            "distintos de",
        ],
        "pt" => &["não", "sem", "exceto", "excepto", "diferentes de"],
        "de" => &["nicht", "weder", "ausgenommen", "außer"],
        "it" => &[
            "non",
            "senza",
            "escluso",
            "esclusi",
            "diversi da",
            "diverse da",
        ],
        "nl" => &["niet", "behalve", "uitgezonderd"],
        "ru" => &["не", "кроме", "за исключением"],
        "id" | "ms" => &["tidak", "bukan", "selain", "kecuali"],
        // Written without spaces: a cue is found inside a run of letters
        // (`กาแฟที่ไม่ได้คั่ว`, coffee not roasted; see `unspaced`).
        "th" => &["ไม่ได้", "ไม่", "นอกจาก", "ยกเว้น"],
        "km" => &["មិន", "ក្រៅពី"],
        "lo" => &["ບໍ່ໄດ້", "ບໍ່", "ນອກຈາກ"],
        _ => &[],
    }
}

/// Languages written without spaces between words, whose cues are not
/// whole words.
fn unspaced(lang: &str) -> bool {
    matches!(crate::lang::base_language(lang), "th" | "km" | "lo")
}

/// Words that, just before a cue, make it a choice, not a negation:
/// "whether or not roasted" covers both, as do "même non", "đã hoặc
/// chưa rang" (roasted or not) and "مطهوة أو غير مطهوة" (cooked or not).
fn choice_before(lang: &str) -> &'static [&'static str] {
    match crate::lang::base_language(lang) {
        "en" => &["whether or", "or"],
        "fr" => &["même", "ou"],
        "vi" => &["hoặc"],
        "ar" => &["أو"],
        "es" | "pt" => &["o", "ou"],
        "de" => &["oder"],
        "it" => &["o"],
        "th" => &["หรือ"],
        "km" => &["ឬ"],
        "lo" => &["ຫຼື"],
        _ => &[],
    }
}

/// Where a negation's words end.
fn ends_scope(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '(' | ')' | '[' | ']' | '،' | '؛' | '.' | '\n'
    )
}

/// `text` split into what it says the code is, and what it says the code
/// is not (the words governed by a negation in language `lang`); `None`
/// when it negates nothing, or the language has no cues. One pass over the
/// text: a cue can only begin where a word does.
pub fn split(lang: &str, text: &str) -> Option<(String, String)> {
    let cues = cues(lang);
    if cues.is_empty() {
        return None;
    }
    let choices = choice_before(lang);
    let unspaced = unspaced(lang);
    let mut parts: Option<(String, String)> = None;
    // The text up to `copied` is in the parts; no cue is looked for
    // before `resume` (the end of the last negation's words).
    let (mut copied, mut resume) = (0, 0);
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        let before = previous.replace(c);
        // Most characters begin no cue: that test comes first, as the
        // letter classes of other scripts take a table lookup.
        let first = c.to_ascii_lowercase();
        if at < resume
            || !cues.iter().any(|cue| cue.starts_with(first))
            || (!unspaced && before.is_some_and(char::is_alphanumeric))
        {
            continue;
        }
        let Some(end) = cues.iter().find_map(|cue| word_at(text, at, cue, unspaced)) else {
            continue;
        };
        if choices
            .iter()
            .any(|choice| ends_with_word(text[..at].trim_end(), choice, unspaced))
        {
            continue;
        }
        let scope_end = text[end..].find(ends_scope).map_or(text.len(), |i| end + i);
        let (is, is_not) = parts.get_or_insert_with(Default::default);
        is.push_str(&text[copied..end]);
        is.push(' ');
        is_not.push_str(&text[end..scope_end]);
        is_not.push('\n');
        (copied, resume) = (scope_end, scope_end);
    }
    let (mut is, is_not) = parts?;
    is.push_str(&text[copied..]);
    Some((is, is_not))
}

/// The end of `word` (lower case) in `text` at `at`, in any case, if it is
/// there as a whole word (or at all, in a language written `unspaced`).
fn word_at(text: &str, at: usize, word: &str, unspaced: bool) -> Option<usize> {
    let rest = strip_word(&text[at..], word)?;
    (unspaced || !rest.starts_with(char::is_alphanumeric)).then(|| text.len() - rest.len())
}

/// Whether `text` ends with `word` (lower case), in any case, as a whole
/// word (or at all, in a language written `unspaced`).
fn ends_with_word(text: &str, word: &str, unspaced: bool) -> bool {
    let mut chars = text.char_indices().rev();
    for expected in word.chars().rev() {
        match chars.next() {
            Some((_, c)) if c.to_lowercase().eq(std::iter::once(expected)) => {}
            _ => return false,
        }
    }
    unspaced || !chars.next().is_some_and(|(_, c)| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::split;

    fn is(lang: &str, text: &str) -> String {
        split(lang, text)
            .unwrap()
            .0
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn thai_and_spanish_negations_are_read_as_english_ones() {
        // Thailand: `กาแฟคั่ว` (roasted coffee) ranked the coffee that is
        // not roasted (`ที่ไม่ได้คั่ว`) first; Thai has no spaces.
        assert_eq!(
            split("th", "กาแฟที่ไม่ได้คั่ว :"),
            Some(("กาแฟที่ไม่ได้ :".into(), "คั่ว \n".into()))
        );
        assert_eq!(split("th", "กาแฟจะคั่วหรือไม่ก็ตาม"), None);
        assert_eq!(
            is("es", "Café sin tostar, descafeinado"),
            "Café sin , descafeinado"
        );
        assert_eq!(split("es", "Café, incluso tostado o sin tostar"), None);
    }

    #[test]
    fn a_negation_governs_its_words_up_to_the_next_comma() {
        assert_eq!(
            split("en", "Coffee; not roasted or decaffeinated"),
            Some(("Coffee; not ".into(), " roasted or decaffeinated\n".into()))
        );
        assert_eq!(
            is("en", "Coffee; roasted, not decaffeinated"),
            "Coffee; roasted, not"
        );
        assert_eq!(
            is(
                "en",
                "Dairy produce; milk and cream, other than in powder, granules or other solid forms"
            ),
            "Dairy produce; milk and cream, other than , granules or other solid forms"
        );
        assert_eq!(
            is("en", "Spices; pepper, neither crushed nor ground"),
            "Spices; pepper, neither"
        );
        assert_eq!(
            is("fr", "Café non torréfié, non décaféiné"),
            "Café non , non"
        );
        assert_eq!(
            is("fr", "Autres, à l’exclusion des filets, congelés"),
            "Autres, à l’exclusion , congelés"
        );
        assert_eq!(
            is("en", "NOT ROASTED, decaffeinated"),
            "NOT , decaffeinated"
        );
        assert_eq!(
            is("vi", "Cà phê, chưa rang, chưa khử chất caffeine"),
            "Cà phê, chưa , chưa"
        );
        assert_eq!(
            is("ar", "بن غير محمص، منزوع الكافيين"),
            "بن غير ، منزوع الكافيين"
        );
    }

    #[test]
    fn a_choice_is_no_negation_and_words_are_whole() {
        for (lang, text) in [
            ("en", "Coffee, whether or not roasted or decaffeinated"),
            ("en", "Roasted or not"),
            ("en", "Knotted nets; nothing else"),
            ("fr", "Café, même non torréfié"),
            ("vi", "Cà phê, đã hoặc chưa rang"),
            ("vi", "Máy điều hòa không khí"),
            ("ar", "قشريات، مطهوة أو غير مطهوة"),
            ("de", "Kaffee, geröstet oder nicht geröstet"),
        ] {
            assert_eq!(split(lang, text), None, "{text}");
        }
    }
}
