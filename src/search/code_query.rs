//! What a query for a code looks like: digits with dots, spaces or
//! hyphens in any script's digits, after a word traders put before a code
//! (`HS 0901`, `heading 0901`, `chapitre 09`). `kb-search.js` reads a
//! query the same way, in two regular expressions; the integration tests
//! hold the two to each other.

use super::analysis::{ascii_digits, strip_word};

/// Digits of a code query (`0901.11`, `0901 11`, `0901-11`, `٠٩٠١`), if
/// the query is one; a word traders put before a code may come first
/// ([`CODE_WORDS`]: `HS 0901`, `HS code 0901`, `HS0901`, `heading 0901`,
/// French `SH 0901`, `chapitre 09`, Vietnamese `mã HS 0901`).
pub fn code_query(query: &str) -> Option<String> {
    let query = ascii_digits(query);
    let trimmed = query.trim();
    let query = without_code_word(trimmed);
    let mut digits: String = query.chars().filter(char::is_ascii_digit).collect();
    // After a word, one digit is a chapter: `chapter 9` is 09.
    if digits.len() == 1 && query.len() < trimmed.len() {
        digits.insert(0, '0');
    }
    (digits.len() >= 2
        && query
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ' ' | '-' | '٫')))
    .then_some(digits)
}

/// The nomenclature's abbreviation (English HS, French SH, Spanish SA,
/// Vietnamese mã) or a national tariff's (Pakistan's PCT, the US HTS, the
/// EU's CN and TARIC, ASEAN's AHTN, Indonesia's BTKI, the French NC,
/// Mercosur's NCM, the Andean NANDINA, India's HSN, the EAEU's ТН ВЭД),
/// which `code` or `HS` may follow (`HS code`, `mã HS`).
const CODE_ABBREVIATIONS: [&str; 15] = [
    "hs",
    "sh",
    "sa",
    "mã",
    "pct",
    "hts",
    "cn",
    "taric",
    "ahtn",
    "btki",
    // Before `nc`, which begins it.
    "ncm",
    "nc",
    "nandina",
    "hsn",
    "тн вэд",
];

/// The other words traders put before a code: the names of the tariff's
/// levels in the demo's languages. `kb-search.js` strips the same words,
/// in one regular expression.
const CODE_WORDS: [&str; 13] = [
    "code",
    "chapter",
    "chapitre",
    "ch.",
    "subheading",
    "heading",
    "sous-position",
    "position",
    "chương",
    "phân nhóm",
    "nhóm",
    "الفصل",
    "البند",
];

/// `query` without a leading [`CODE_ABBREVIATIONS`] or [`CODE_WORDS`]
/// word (in any case) followed by a space, a digit or a colon; as it is
/// otherwise (`sand 0901` and `shellfish` stay).
fn without_code_word(query: &str) -> &str {
    let abbreviation = CODE_ABBREVIATIONS.iter().find_map(|word| {
        let rest = strip_word(query, word)?;
        Some(
            [" code", " hs"]
                .iter()
                .find_map(|then| strip_word(rest, then))
                .unwrap_or(rest),
        )
    });
    let rest = abbreviation.or_else(|| CODE_WORDS.iter().find_map(|w| strip_word(query, w)));
    match rest {
        Some(rest)
            if rest.starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit() || c == ':') =>
        {
            rest.trim_start_matches(|c: char| c.is_whitespace() || c == ':')
        }
        _ => query,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_queries_are_digits_with_dots_in_any_script() {
        assert_eq!(code_query("0901.11").as_deref(), Some("090111"));
        assert_eq!(code_query(" 09 01 ").as_deref(), Some("0901"));
        assert_eq!(code_query("٠٩٠١٫١١").as_deref(), Some("090111"));
        assert_eq!(code_query("coffee 0901"), None);
        for query in [
            "HS 0901",
            "hs code 0901",
            "HS0901",
            "SH 09.01",
            "sa: 0901",
            "HS Code: 0901",
            "heading 0901",
            "Heading: 09.01",
            "chapitre 0901",
            "position 09.01",
            "Mã HS 0901",
            "nhóm 0901",
            "البند 0901",
            "09-01",
            "PCT 0901",
            "TARIC 0901",
            "NCM 0901",
            "ncm 0901",
            "ТН ВЭД 0901",
            "cn0901",
        ] {
            assert_eq!(code_query(query).as_deref(), Some("0901"), "{query}");
        }
        for query in [
            "sand 0901",
            "hs",
            "shellfish 03",
            "HS coffee",
            "headings 0901",
            "coder 0901",
            "ISO 9001",
        ] {
            assert_eq!(code_query(query), None, "{query}");
        }
        assert_eq!(code_query("9"), None);
        assert_eq!(code_query("Chapter 85").as_deref(), Some("85"));
        assert_eq!(code_query("ch. 85").as_deref(), Some("85"));
        assert_eq!(code_query("chapter 9").as_deref(), Some("09"));
        assert_eq!(code_query("chương 9").as_deref(), Some("09"));
        assert_eq!(code_query("0901-11-10").as_deref(), Some("09011110"));
    }
}
