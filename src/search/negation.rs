//! What a tariff description says a code is not. HS descriptions tell
//! codes apart by negation: 0901.11 is "Coffee; not roasted or
//! decaffeinated", 0402.99 milk "other than in powder", 0904.11 pepper
//! "neither crushed nor ground". Indexed as they stand, those words make
//! "decaffeinated coffee" find the coffee that is not decaffeinated, and
//! "milk powder" the milk that is not in powder. The words a negation
//! governs (up to the next comma, semicolon, colon or bracket) are
//! therefore weighed as the body, not as the title: the code is still found
//! by them, after the codes that are what they say.

/// The words that begin a negation, by language, lower case. A cue is
/// matched as whole words.
fn cues(lang: &str) -> &'static [&'static str] {
    match lang.split('-').next().unwrap_or(lang) {
        "en" => &["not", "other than", "excluding", "except", "neither"],
        "fr" => &[
            "non",
            "autres que",
            "autre que",
            "à l'exclusion",
            "sauf",
            "ni",
        ],
        // Not `không`: it is also part of words ("không khí", air; "hàng
        // không", aviation; "thép không gỉ", stainless steel).
        "vi" => &["chưa", "trừ", "ngoại trừ"],
        "ar" => &["غير", "عدا", "باستثناء"],
        _ => &[],
    }
}

/// Words that, just before a cue, make it a choice, not a negation:
/// "whether or not roasted" covers both, as do "même non", "đã hoặc
/// chưa rang" (roasted or not) and "مطهوة أو غير مطهوة" (cooked or not).
fn choice_before(lang: &str) -> &'static [&'static str] {
    match lang.split('-').next().unwrap_or(lang) {
        "en" => &["whether or", "or"],
        "fr" => &["même", "ou"],
        "vi" => &["hoặc"],
        "ar" => &["أو"],
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
/// when it negates nothing, or the language has no cues.
pub fn split(lang: &str, text: &str) -> Option<(String, String)> {
    let cues = cues(lang);
    // Most descriptions negate nothing: those are not lower-cased.
    if !cues.iter().any(|cue| mentions(text, cue)) {
        return None;
    }
    let lower = text.to_lowercase();
    // Lower-casing can change lengths (İ): then keep the text as it is.
    if lower.len() != text.len() {
        return None;
    }
    next_cue(&lower, 0, cues, choice_before(lang))?;
    let mut is = String::with_capacity(text.len());
    let mut is_not = String::new();
    let mut at = 0;
    while at < text.len() {
        let Some((start, cue)) = next_cue(&lower, at, cues, choice_before(lang)) else {
            break;
        };
        let scope_start = start + cue.len();
        let scope_end = text[scope_start..]
            .find(ends_scope)
            .map_or(text.len(), |i| scope_start + i);
        is.push_str(&text[at..scope_start]);
        is.push(' ');
        is_not.push_str(&text[scope_start..scope_end]);
        is_not.push('\n');
        at = scope_end;
    }
    is.push_str(&text[at..]);
    Some((is, is_not))
}

/// Whether `text` holds `cue`, ASCII letters in any case: a quick test
/// before the full one, which lower-cases the text.
fn mentions(text: &str, cue: &str) -> bool {
    let cue = cue.as_bytes();
    text.as_bytes()
        .windows(cue.len())
        .any(|window| window.eq_ignore_ascii_case(cue))
}

/// The first cue in `lower` from `from` on that stands as whole words and
/// is not a choice ("whether or not"), with its byte offset.
fn next_cue<'a>(
    lower: &str,
    from: usize,
    cues: &[&'a str],
    choices: &[&str],
) -> Option<(usize, &'a str)> {
    let mut best: Option<(usize, &str)> = None;
    for cue in cues {
        let mut search = from;
        while let Some(i) = lower[search..].find(cue) {
            let start = search + i;
            let end = start + cue.len();
            search = end;
            let before = lower[..start].chars().next_back();
            let after = lower[end..].chars().next();
            let whole = !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric);
            let preceding = lower[..start].trim_end();
            let choice = choices.iter().any(|c| {
                preceding.ends_with(c)
                    && !preceding[..preceding.len() - c.len()]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
            });
            if whole && !choice {
                if best.is_none_or(|(b, _)| start < b) {
                    best = Some((start, cue));
                }
                break;
            }
        }
    }
    best
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
            ("de", "Kaffee, nicht geröstet"),
        ] {
            assert_eq!(split(lang, text), None, "{text}");
        }
    }
}
