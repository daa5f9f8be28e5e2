//! Arabic script in the search: letter variants read as one letter, the
//! article and the prefixes written onto a word, sound feminine plurals
//! read as their singular for the stemmer, and ة typed as ه. Persian,
//! Pashto and Urdu text goes through the same normalisation
//! ([`normalise_arabic`]).

use std::borrow::Cow;

/// Arabic-script text without short vowels, tatweel and letter variants
/// that writers use interchangeably: `قَهْوَة` and `قهوة` are the same word,
/// and so are `أحمد` and `احمد`. Persian, Pashto and Urdu write yeh and
/// kaf as `ی` and `ک` where Arabic keyboards give `ي` and `ك` (and Arabic
/// text often ends a word with `ى`), and Urdu writes heh as `ہ` or `ۀ`:
/// each is read as one letter, so a Persian word typed on an Arabic
/// keyboard is found. The zero-width non-joiner inside Persian words
/// (`می‌شود`) is dropped, as readers often leave it out. Tā' marbūṭa (ة)
/// is kept: written as ه it is the pronoun suffix "his", which the
/// stemmer strips (`قهوه` → `قهو`), so `قهوة` and `القهوة` would part.
/// Readers who type ه for ة reach the word through the index's folded
/// forms ([`fold_form`]).
pub fn normalise_arabic(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' => None,
            'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
            'ى' | 'ی' | 'ئ' => Some('ي'),
            'ک' => Some('ك'),
            'ہ' | 'ۀ' | 'ە' => Some('ه'),
            'ؤ' => Some('و'),
            other => Some(other),
        })
        .collect()
}

/// Arabic prefixes (the article and the conjunctions and prepositions
/// written onto it) taken off before stemming, longest first: Snowball's
/// Arabic stemmer strips at most one affix per side, so `الشهادة` and
/// `شهادة` would get different stems.
const ARABIC_PREFIXES: &[&str] = &["وال", "بال", "كال", "فال", "لل", "ال"];

/// An Arabic form without its article, where at least three letters
/// remain.
pub fn strip_arabic_article(form: &str) -> Option<&str> {
    ARABIC_PREFIXES.iter().find_map(|p| {
        form.strip_prefix(p)
            .filter(|rest| rest.chars().count() >= 3)
    })
}

/// An Arabic sound feminine plural as its singular, for the stemmer:
/// Snowball's takes `ت` off `ثلاجات` (refrigerators) and leaves `ثلاجا`,
/// where `ثلاجة` gives `ثلاج`, so the plural on one page did not find the
/// singular on another. `ات` after three letters or more becomes `ة`,
/// which the stemmer takes off as it does the singular's (`حيوانات`,
/// animals, meets `حيوان`); `نبات` (plant), two letters before, stays.
pub(super) fn arabic_singular(form: &str) -> Cow<'_, str> {
    match form.strip_suffix("ات") {
        Some(stem) if stem.chars().count() >= 3 => format!("{stem}ة").into(),
        _ => form.into(),
    }
}

/// The second way readers spell a form: Arabic ة typed as ه.
pub(super) fn fold_form(form: &str) -> Option<String> {
    form.contains('ة').then(|| form.replace('ة', "ه"))
}
