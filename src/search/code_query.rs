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
    // Turkish `GTİP` is `gtip` (`İ` in lower case is `i` and a dot).
    let query = ascii_digits(query).replace('\u{0130}', "i");
    let trimmed = query.trim();
    let query = without_chapter_suffix(without_code_word(trimmed));
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
/// which `code` or `HS` may follow (`HS code`, `mã HS`, `এইচএস কোড`);
/// `H.S.` is `HS`.
const CODE_ABBREVIATIONS: [&str; 23] = [
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
    // Mexico's tariff and its statistical suffix, Mercosur's TEC.
    "tigie",
    "nico",
    "tec",
    "тн вэд",
    // Kazakh ТН ВЭД, in either order, after the EAEU's initials;
    // Türkiye's GTİP.
    "еаэо сэқ тн",
    "тн сэқ",
    "сэқ тн",
    "gtip",
    // Bengali HS (এইচএস).
    "এইচএস",
];

/// The other words traders put before a code: the names of the tariff's
/// levels in the demo's languages. `kb-search.js` strips the same words,
/// in one regular expression.
const CODE_WORDS: [&str; 27] = [
    "code",
    // Spanish and Portuguese, with and without accents; the longer first
    // where one begins another.
    "código",
    "codigo",
    "capítulo",
    "capitulo",
    "subpartida",
    "partida",
    "fracción arancelaria",
    "fracción",
    "fraccion arancelaria",
    "fraccion",
    "subposição",
    "posição",
    "tariff item",
    "item",
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

/// The words for a chapter that kb's own locales write before its number
/// (`tariff-chapter`: Russian `Группа 24`, Thai `ตอนที่ 9`) and other
/// words of nomenclatures for their levels (Russian `глава`, `позиция`,
/// Turkish `fasıl`, `pozisyon`), so that what a page says finds it.
/// `kb-search.js` strips the same words.
const CHAPTER_WORDS: [&str; 37] = [
    "fəsil",
    "fasıl",
    "fasil",
    "pozisyon",
    "глава",
    "группа",
    "товарная позиция",
    "субпозиция",
    "позиция",
    "гурӯҳи",
    "бүлэг",
    "kapitola",
    "kapitel",
    "kapitolu",
    "capitolul",
    "capitolo",
    "κεφάλαιο",
    "grupp",
    "ryhmä",
    "kabanata",
    "caibidil",
    "poglavlje",
    "poglavje",
    "hoofdstuk",
    "dział",
    "bab",
    "topar",
    "ჯგუფი",
    "فصل",
    "باب",
    "ជំពូកទី",
    "ជំពូក",
    "ໝວດ",
    "အခန်း",
    "அத்தியாயம்",
    "ตอนที่",
    "พิกัด",
];

/// The words for a chapter that kb's locales write after its number
/// (Kazakh and Kyrgyz `09-топ`, Uzbek `09-guruh`, Hungarian `9.
/// árucsoport`, Lithuanian, Latvian, Pashto).
const CHAPTER_SUFFIXES: [&str; 8] = [
    "-топ",
    "-guruh",
    ". árucsoport",
    " árucsoport",
    " skirsnis",
    ". nodaļa",
    " nodaļa",
    " څپرکی",
];

/// `query` without a trailing [`CHAPTER_SUFFIXES`] word, in any case.
fn without_chapter_suffix(query: &str) -> &str {
    CHAPTER_SUFFIXES
        .iter()
        .find_map(|suffix| {
            let at = query.len().checked_sub(suffix.len())?;
            let tail = query.get(at..)?;
            (tail.to_lowercase() == *suffix).then(|| query[..at].trim_end())
        })
        .unwrap_or(query)
}

/// `query` without a leading [`CODE_ABBREVIATIONS`] or [`CODE_WORDS`]
/// word (in any case) followed by a space, a digit or a colon; as it is
/// otherwise (`sand 0901` and `shellfish` stay).
fn without_code_word(query: &str) -> &str {
    let dotted = ["h.s.", "h. s.", "g.t.i.p."]
        .iter()
        .find_map(|w| strip_word(query, w));
    let abbreviation = dotted.or_else(|| {
        CODE_ABBREVIATIONS
            .iter()
            .find_map(|word| strip_word(query, word))
    });
    let abbreviation = abbreviation.map(|rest| {
        [" code", " hs", " কোড", " коды", " код"]
            .iter()
            .find_map(|then| strip_word(rest, then))
            .unwrap_or(rest)
    });
    let rest = abbreviation.or_else(|| {
        CODE_WORDS
            .iter()
            .chain(CHAPTER_WORDS.iter())
            .find_map(|w| strip_word(query, w))
    });
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
            "H.S. Code 0901",
            "h.s. 0901",
            "H. S. code: 0901",
            "capítulo 0901",
            "partida 0901",
            "subpartida 09.01",
            "fracción 0901",
            "fracción arancelaria 0901",
            "NICO 0901",
            "código 0901",
            "subposição 0901",
            "tariff item 0901",
            "এইচএস কোড ০৯০১",
            "GTİP 0901",
            "G.T.İ.P. 09.01",
            "ТН СЭҚ 0901",
            "СЭҚ ТН коды 0901",
            "ЕАЭО СЭҚ ТН 0901",
            "товарная позиция 0901",
            "ТН ВЭД код 0901",
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
            "items 0901",
            "tea 0901",
        ] {
            assert_eq!(code_query(query), None, "{query}");
        }
        assert_eq!(code_query("9"), None);
        assert_eq!(code_query("Chapter 85").as_deref(), Some("85"));
        assert_eq!(code_query("ch. 85").as_deref(), Some("85"));
        assert_eq!(code_query("chapter 9").as_deref(), Some("09"));
        assert_eq!(code_query("chương 9").as_deref(), Some("09"));
        // As kb's own pages name chapters: Russian, Kazakh, Thai, Persian.
        for query in [
            "группа 17",
            "Группа 17",
            "17-топ",
            "ตอนที่ 17",
            "فصل ۱۷",
            "Fasıl 17",
        ] {
            assert_eq!(code_query(query).as_deref(), Some("17"), "{query}");
        }
        assert_eq!(code_query("бабушка 17"), None);
        assert_eq!(code_query("0901-11-10").as_deref(), Some("09011110"));
    }
}
