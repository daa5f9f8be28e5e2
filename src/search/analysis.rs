//! Text analysis for search, per language, with tantivy's tokenizer
//! pipeline: script normalisation (Arabic, native digits), Chinese
//! characters as overlapping pairs, word segmentation for the other scripts
//! written without spaces (ICU4X), then a tokenizer that keeps combining
//! marks inside words, lower-casing and the language's stemmer where
//! tantivy has one. Accents stay in terms; folded forms lead to them.
//!
//! The browser never stems: the index maps the word forms it saw (lower
//! case, and folded) to their terms, so the runtime only lower-cases,
//! normalises Arabic and digits, pairs Chinese characters and segments
//! with `Intl.Segmenter`.

use std::borrow::Cow;

pub use crate::words::ascii_digits;
use crate::words::native_digit;

use super::arabic::{arabic_singular, fold_form, kept_whole};
pub use super::arabic::{normalise_arabic, strip_arabic_article};
use crate::lang::base_language;
use icu::normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
use icu::properties::props::GeneralCategory;
use icu::properties::CodePointMapData;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, Stemmer,
    TextAnalyzer, Token, TokenStream, Tokenizer,
};

/// Longest token kept; longer ones are noise (hashes, URLs).
const MAX_TOKEN: usize = 40;

/// Languages whose words are not separated by spaces.
const SEGMENTED: &[&str] = &["zh", "ja", "th", "lo", "km", "my"];

/// The stemmer of a language, where tantivy has one.
fn stemmer(lang: &str) -> Option<Language> {
    Some(match base_language(lang) {
        "ar" => Language::Arabic,
        "da" => Language::Danish,
        "nl" => Language::Dutch,
        "en" => Language::English,
        "fi" => Language::Finnish,
        "fr" => Language::French,
        "de" => Language::German,
        "el" => Language::Greek,
        "hu" => Language::Hungarian,
        "it" => Language::Italian,
        "no" | "nb" => Language::Norwegian,
        "pt" => Language::Portuguese,
        "ro" => Language::Romanian,
        "ru" => Language::Russian,
        "es" => Language::Spanish,
        "sv" => Language::Swedish,
        "ta" => Language::Tamil,
        "tr" => Language::Turkish,
        _ => return None,
    })
}

pub use crate::words::is_word_char;

/// Splits text into runs of word characters, like tantivy's
/// `SimpleTokenizer` but keeping combining marks inside words.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

/// The token stream of [`WordTokenizer`].
pub struct WordTokenStream<'a> {
    text: &'a str,
    at: usize,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            text,
            at: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let rest = &self.text[self.at..];
        let Some((start, _)) = rest.char_indices().find(|(_, c)| is_word_char(*c)) else {
            self.at = self.text.len();
            return false;
        };
        let from = self.at + start;
        let len = self.text[from..]
            .char_indices()
            .find(|(_, c)| !is_word_char(*c))
            .map_or(self.text.len() - from, |(i, _)| i);
        self.token.text.clear();
        self.token.text.push_str(&self.text[from..from + len]);
        self.token.offset_from = from;
        self.token.offset_to = from + len;
        self.token.position = self.token.position.wrapping_add(1);
        self.at = from + len;
        true
    }
    fn token(&self) -> &Token {
        self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// The full analyzer of `lang`: tokens, lower case, stemmed (accents
/// kept, see [`word_analyzer`]). The static index and `kb search` take
/// their terms from [`LanguageAnalysis`], which applies the same filters
/// word by word.
pub fn analyzer(lang: &str) -> TextAnalyzer {
    let base = TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN))
        .filter(LowerCaser);
    match stemmer(lang) {
        Some(language) => base.filter(Stemmer::new(language)).build(),
        None => base.build(),
    }
}

/// The analyzer without folding and stemming: the word forms a reader
/// types. Long words are dropped by [`short_enough`], in characters as the
/// runtime counts them (tantivy's filter counts bytes, which would drop
/// Thai words of 14 letters).
pub(super) fn surface_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(LowerCaser)
        .build()
}

/// Whether a lower-cased form is kept: at most [`MAX_TOKEN`] characters.
pub(super) fn short_enough(form: &str) -> bool {
    form.chars().count() <= MAX_TOKEN
}

/// The filters for one word form taken whole: lower case, then either
/// the language's stemmer (the term: accents kept, so that French `thé`,
/// tea, is not the English `the` of an untranslated line, and Vietnamese
/// `cà` is not `cá`) or ASCII folding (the form a reader types without
/// accents: `cà phê` → `ca phe`, which the index maps to every term that
/// folds to it). A form is already a token: splitting it again would cut
/// it where lower-casing added a combining mark (`İstanbul` →
/// `i̇stanbul`), and its length was checked before lower-casing, as the
/// full analyzer checks it.
fn word_analyzer(lang: &str, stem: bool) -> TextAnalyzer {
    let base = TextAnalyzer::builder(RawTokenizer::default()).filter(LowerCaser);
    if !stem {
        return base.filter(AsciiFoldingFilter).build();
    }
    match stemmer(lang) {
        Some(language) => base.filter(Stemmer::new(language)).build(),
        None => base.build(),
    }
}

/// `text` after `word` (written in lower case), if it begins with it in
/// any case: `Heading 0901` after `heading` is ` 0901`.
pub fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let mut chars = text.char_indices();
    for expected in word.chars() {
        let (_, c) = chars.next()?;
        if !c.to_lowercase().eq(std::iter::once(expected)) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(i, _)| &text[i..]))
}

/// Han ideographs (CJK unified, extension A, compatibility).
fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Hiragana, Katakana, Thai, Lao, Khmer, Myanmar: segmented into words.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x3040..=0x30FF)
}

/// Whether a word form is in a script written without spaces: its shard is
/// chosen by two characters, not three, so that a two-character prefix
/// finds its completions (`รถ` → `รถยนต์`).
pub fn is_unspaced_word(form: &str) -> bool {
    form.chars()
        .next()
        .is_some_and(|c| is_han(c) || is_unspaced_script(c))
}

/// A run of Han characters as each character and each overlapping pair
/// (`和大米` → `和 和大 大 大米 米`). Any segmentation is a guess, and the
/// index (ICU4X) and the browser (`Intl.Segmenter`) guess differently
/// (`和大|米` against `大米`); pairs are the same on both sides, and a
/// query's pairs are all required, so `大米` finds `和大米`.
fn han_pairs(run: &[char], out: &mut String) {
    for (i, c) in run.iter().enumerate() {
        out.push(' ');
        out.push(*c);
        if let Some(next) = run.get(i + 1) {
            out.push(' ');
            out.push(*c);
            out.push(*next);
        }
    }
    out.push(' ');
}

/// Text ready for the tokenizer: digits in ASCII, Arabic normalised, Han
/// runs as characters and pairs, and words of the other unspaced scripts
/// separated by spaces.
pub fn prepare<'t>(text: &'t str, lang: &str) -> Cow<'t, str> {
    // Most text has nothing this changes (Latin, Greek, Cyrillic, accents
    // and dashes included): as it is, without a copy, after one pass.
    if text.is_ascii() || !text.chars().any(prepare_changes) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(prepared(text, lang))
}

/// Turkish and Azerbaijani `İ`, whose lower case is `i`: Unicode's
/// default lower case is `i` and a combining dot, so that `İthalat`
/// (import) in a title missed `ithalat` typed by a trader.
const TURKISH_CAPITAL_I: char = '\u{0130}';

/// What [`prepare`] gives, always made anew.
fn prepared(text: &str, lang: &str) -> String {
    // Zero-width spaces (CLDR writes Lao names with them) join.
    let mut text = ascii_digits(text)
        .replace(['\u{200B}', '\u{2060}', '\u{FEFF}'], "")
        .replace(TURKISH_CAPITAL_I, "i");
    if text.contains(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        text = normalise_arabic(&text);
    }
    let segmented = SEGMENTED.contains(&lang);
    if !text.chars().any(|c| is_han(c) || is_unspaced_script(c)) {
        return text;
    }
    let mut out = String::with_capacity(text.len() * 3);
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let han = is_han(chars[i]);
        let mut j = i;
        while j < chars.len() && is_han(chars[j]) == han {
            j += 1;
        }
        if han {
            han_pairs(&chars[i..j], &mut out);
        } else {
            let piece: String = chars[i..j].iter().collect();
            if segmented || piece.chars().any(is_unspaced_script) {
                out.push_str(&segment(&piece));
            } else {
                out.push_str(&piece);
            }
        }
        i = j;
    }
    out
}

/// Whether `prepare` does anything to `c`: a native digit, Arabic, Han or
/// a script written without spaces (all at U+0600 or above).
fn prepare_changes(c: char) -> bool {
    c == TURKISH_CAPITAL_I
        || c >= '\u{0600}'
            && (('\u{0600}'..='\u{06FF}').contains(&c)
                || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
                || native_digit(c).is_some()
                || is_han(c)
                || is_unspaced_script(c))
}

/// Words separated by spaces, with ICU4X's word segmenter (dictionary and
/// LSTM models for Japanese and the South-East Asian scripts).
fn segment(text: &str) -> String {
    let segmenter = icu::segmenter::WordSegmenter::new_dictionary(Default::default());
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut last = 0;
    for (at, word_type) in segmenter.segment_str(text).iter_with_word_type() {
        if at == 0 {
            continue;
        }
        let piece = &text[last..at];
        if piece.chars().next().is_some_and(is_dependent) && out.ends_with(' ') {
            out.pop();
        }
        out.push_str(piece);
        if word_type.is_word_like() {
            out.push(' ');
        }
        last = at;
    }
    out
}

/// A mark or a following vowel (Thai and Lao `ะ`, `า`, `ำ`): no word
/// begins with one, so a segment that does (`ໂດລ່` `າ`, the dictionary's
/// cut of `ໂດລ່າ`, dollar) is the end of the word before it.
fn is_dependent(c: char) -> bool {
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    matches!(
        category,
        GeneralCategory::NonspacingMark | GeneralCategory::SpacingMark
    ) || matches!(
        c,
        '\u{0E30}' | '\u{0E32}' | '\u{0E33}' | '\u{0E45}' | '\u{0EB0}' | '\u{0EB2}' | '\u{0EB3}'
    )
}

fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// The words of `text` as a reader types them: prepared, split, lower
/// case. `kb-search.js` computes the same (`words`), and both look these up
/// in the index's forms.
pub fn query_words(text: &str, lang: &str) -> Vec<String> {
    let digits = ascii_digits(text);
    let text = joined_codes(&digits);
    let mut words = tokens(&mut surface_analyzer(), &prepare(&text, lang));
    words.retain(|w| short_enough(w));
    words
}

/// `text` with each dotted code written as its digits (`0901.11.10
/// coffee` → `09011110 coffee`): a code's document holds its digits as
/// one term, where the dots would make three words, `11` and `10` being
/// in thousands of documents. A dotted code is two to four digits, then
/// one or more groups of two to four after a dot, between spaces (not
/// `2.5` or `12.5%`). `kb-search.js`'s `words` does the same.
pub fn joined_codes(text: &str) -> Cow<'_, str> {
    let is_code = |w: &str| {
        let mut groups = w.split('.');
        groups.clone().count() > 1
            && groups.all(|g| (2..=4).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
    };
    if !text.split_whitespace().any(is_code) {
        return Cow::Borrowed(text);
    }
    let joined: Vec<String> = text
        .split(' ')
        .map(|w| match is_code(w) {
            true => w.replace('.', ""),
            false => w.to_string(),
        })
        .collect();
    Cow::Owned(joined.join(" "))
}

/// The terms of `text` in `lang`, in order.
pub fn terms(text: &str, lang: &str) -> Vec<String> {
    LanguageAnalysis::new(lang)
        .words(text)
        .into_iter()
        .map(|w| w.1)
        .collect()
}

/// The two letters of an abbreviation typed with a plural `s` (`tvs`,
/// `pcs`), or `None`: a stemmer leaves a word with no vowel before its
/// `s` whole, and a stem of two letters is too short for a longer word to
/// reach it by beginning with it ([`Engine::resolve`](super::engine)), so
/// `tvs` found nothing where `tv` finds televisions. `kb-search.js`'s
/// `abbreviationSingular` does the same.
pub fn abbreviation_singular(word: &str) -> Option<&str> {
    let stem = word.strip_suffix('s')?;
    (stem.len() == 2 && stem.chars().all(|c| c.is_ascii_lowercase())).then_some(stem)
}

/// A word without its accents (the Combining Diacritical Marks, U+0300 to
/// U+036F), or `None` where it has none. Greek's stemmer takes the accents
/// off its terms (`σάκους` → `σακ`), so a form the site does not use,
/// typed with them (`σάκων`), begins with no term until they are off too.
/// Other scripts' marks (Thai vowels, Devanagari viramas) are letters of
/// their words and stay. `kb-search.js`'s `stripMarks` does the same.
pub fn strip_marks(word: &str) -> Option<String> {
    let decomposed = DecomposingNormalizerBorrowed::new_nfd().normalize(word);
    let bare: String = decomposed
        .chars()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .collect();
    let bare = ComposingNormalizerBorrowed::new_nfc()
        .normalize(&bare)
        .into_owned();
    (bare != word).then_some(bare)
}

/// The filters that take one word form, already a token, to its term
/// and its second spelling.
pub(super) struct FormAnalysis {
    /// Arabic words are taken to their singular before stemming.
    arabic: bool,
    word: TextAnalyzer,
    folded: TextAnalyzer,
}

impl FormAnalysis {
    /// The filters of `lang`.
    pub(super) fn new(lang: &str) -> Self {
        FormAnalysis {
            arabic: base_language(lang) == "ar",
            word: word_analyzer(lang, true),
            folded: word_analyzer(lang, false),
        }
    }

    /// The term of one form, and its second spelling if any.
    pub(super) fn analyse(&mut self, form: &str) -> Option<(String, Option<String>)> {
        let stem_input = if self.arabic {
            arabic_singular(form)
        } else {
            std::borrow::Cow::Borrowed(form)
        };
        let term = if self.arabic && kept_whole(&stem_input) {
            stem_input.into_owned()
        } else {
            tokens(&mut self.word, &stem_input).into_iter().next()?
        };
        let folded = tokens(&mut self.folded, form)
            .into_iter()
            .next()
            .filter(|f| f != form)
            .or_else(|| fold_form(form));
        Some((term, folded))
    }
}

/// Reusable analyzers of one language, with the analysis of each word form
/// remembered (a site repeats its words).
pub struct LanguageAnalysis {
    lang: String,
    surface: TextAnalyzer,
    forms: FormAnalysis,
    known: std::collections::HashMap<String, Option<(String, Option<String>)>>,
}

impl LanguageAnalysis {
    /// The analyzers of `lang`.
    pub fn new(lang: &str) -> Self {
        LanguageAnalysis {
            lang: lang.to_string(),
            surface: surface_analyzer(),
            forms: FormAnalysis::new(lang),
            known: std::collections::HashMap::new(),
        }
    }

    /// The terms of `text`.
    pub fn terms(&mut self, text: &str) -> Vec<String> {
        self.words(text).into_iter().map(|w| w.1).collect()
    }

    /// Each word of `text` in order: its form as typed (lower case), its
    /// term, and its folded form where that differs.
    pub fn words(&mut self, text: &str) -> Vec<(String, String, Option<String>)> {
        let prepared = prepare(text, &self.lang);
        let surface = tokens(&mut self.surface, &prepared);
        let mut out = Vec::with_capacity(surface.len());
        for form in surface.into_iter().filter(|f| short_enough(f)) {
            let analysed = match self.known.get(&form) {
                Some(a) => a.clone(),
                None => {
                    let a = self.forms.analyse(&form);
                    self.known.insert(form.clone(), a.clone());
                    a
                }
            };
            if let Some((term, folded)) = analysed {
                out.push((form, term, folded));
            }
        }
        out
    }

    /// Each word form of `text` (as typed, and folded) with its term.
    pub fn forms(&mut self, text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (form, term, folded) in self.words(text) {
            if let Some(folded) = folded {
                out.push((folded, term.clone()));
            }
            out.push((form, term));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text with nothing to change is returned uncopied; a character
    /// `prepare_changes` passes over is one `prepare` leaves alone.
    #[test]
    fn text_without_digits_or_unspaced_scripts_is_prepared_as_it_is() {
        assert!(crate::words::DIGIT_ZEROS[0] >= 0x0600);
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            if !prepare_changes(c) {
                let text = format!("a{c}b");
                assert_eq!(prepared(&text, "en"), text, "U+{:04X}", c as u32);
            }
        }
        let accented = "Čerstvé ryby – Frøzen ΨΆΡΙΑ рыба 0303.11";
        assert!(matches!(prepare(accented, "cs"), Cow::Borrowed(t) if t == accented));
        assert_eq!(prepare("رقم ٣٠٣", "ar"), "رقم 303");
    }

    /// The fast path gives what `is_alphanumeric() || is_mark()` gives,
    /// but for the letters that ICU4X's newer Unicode (17) assigns and
    /// Rust's does not know yet: about 12,800, nearly all of them CJK
    /// extension J and Tangut, which a browser of the same year knows.
    #[test]
    fn word_characters_are_alphabetic_numbers_and_marks_everywhere() {
        let is_mark = |c| {
            icu::properties::props::GeneralCategoryGroup::Mark
                .contains(CodePointMapData::<GeneralCategory>::new().get(c))
        };
        let mut newer = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let plain = c.is_alphanumeric() || is_mark(c);
            if plain {
                assert!(is_word_char(c), "{c:?} U+{:04X}", c as u32);
            } else if is_word_char(c) {
                newer += 1;
            }
        }
        assert!(newer < 15_000, "{newer} characters differ");
        assert!(is_word_char('\u{24B6}'), "Ⓐ is Alphabetic, not a letter");
    }

    #[test]
    fn english_and_french_stem_and_fold() {
        assert_eq!(terms("Roasted coffees", "en"), ["roast", "coffe"]);
        assert_eq!(terms("Café torréfié", "fr"), ["caf", "torréfi"]);
        // Accents stay in terms: tea is not the English article of an
        // untranslated line; the folded form leads to both.
        assert_ne!(terms("thé", "fr"), terms("the", "fr"));
        let mut fr = LanguageAnalysis::new("fr");
        let forms = fr.forms("Café");
        assert!(forms.contains(&("café".into(), "caf".into())));
        assert!(forms.contains(&("cafe".into(), "caf".into())));
    }

    #[test]
    fn a_word_whose_lower_case_adds_a_mark_keeps_its_term() {
        // Issue 8, point 3: `İ` lower-cases to `i` and a combining dot,
        // which must not split the word.
        for lang in ["en", "tr", "vi"] {
            let words = query_words("İstanbul İZMİR", lang);
            assert_eq!(words.len(), 2, "{lang}: {words:?}");
            assert_eq!(terms("İstanbul İZMİR", lang).len(), 2, "{lang}");
        }
    }

    #[test]
    fn vietnamese_keeps_tones_in_terms_and_folds_forms() {
        assert_eq!(terms("Cà phê rang", "vi"), ["cà", "phê", "rang"]);
        let mut vi = LanguageAnalysis::new("vi");
        assert!(vi.forms("phê").contains(&("phe".into(), "phê".into())));
    }

    #[test]
    fn accents_come_off_and_other_scripts_marks_stay() {
        assert_eq!(strip_marks("σάκων").as_deref(), Some("σακων"));
        assert_eq!(strip_marks("cà phê").as_deref(), Some("ca phe"));
        assert_eq!(strip_marks("coffee"), None);
        assert_eq!(strip_marks("ข้าว"), None);
    }

    #[test]
    fn arabic_keeps_ta_marbuta_and_strips_the_article() {
        assert_eq!(normalise_arabic("قَهْوَة"), "قهوة");
        assert_eq!(terms("قَهْوَة", "ar"), terms("القهوة", "ar"));
        assert_eq!(terms("شهادة", "ar"), terms("الشهادة", "ar"));
        assert_ne!(terms("قهوة", "ar"), [""]);
        assert_eq!(terms("أحمد", "ar"), terms("احمد", "ar"));
        assert_eq!(terms("الثلاجات", "ar"), terms("ثلاجة", "ar"));
        assert_eq!(terms("حيوانات", "ar"), terms("حيوان", "ar"));
        assert_eq!(terms("سيارات", "ar"), terms("السيارة", "ar"));
        assert_ne!(terms("نبات", "ar"), terms("نبة", "ar"));
        let mut ar = LanguageAnalysis::new("ar");
        let forms = ar.forms("قهوة");
        assert!(forms.iter().any(|(f, _)| f == "قهوه"), "{forms:?}");
    }

    #[test]
    fn arabic_broken_plurals_meet_their_singular() {
        for (plural, singular) in [
            ("سجائر", "سيجارة"),
            ("الرسوم", "رسم"),
            ("أحذية", "الحذاء"),
            ("ألعاب", "لعبة"),
            ("الألعاب", "لعبة"),
            ("والبضائع", "بضاعة"),
        ] {
            assert_eq!(terms(plural, "ar"), terms(singular, "ar"), "{plural}");
        }
        assert_ne!(terms("رسوم", "ar"), terms("رسالة", "ar"));
        // Cigarettes are not cigars, though the stemmer makes one of them.
        assert_eq!(terms("السجائر", "ar"), terms("سيجارة", "ar"));
        assert_ne!(terms("سيجارة", "ar"), terms("سيجار", "ar"));
        assert_ne!(terms("سجائر", "ar"), terms("السيجار", "ar"));
        // With the conjunction written onto them, as 24.02's title has it.
        assert_eq!(terms("وسجائر", "ar"), terms("سيجارة", "ar"));
        assert_eq!(terms("وسيجارة", "ar"), terms("سيجارة", "ar"));
        assert_eq!(terms("والأحذية", "ar"), terms("حذاء", "ar"));
        // Every entry of the list reaches its singular's term.
        for (plural, singular) in super::super::arabic::BROKEN_PLURALS {
            assert_eq!(terms(plural, "ar"), terms(singular, "ar"), "{plural}");
        }
    }

    #[test]
    fn zero_width_spaces_join_and_no_word_begins_with_a_vowel_sign() {
        // CLDR's Lao name of the US dollar, with zero-width spaces.
        assert_eq!(
            terms("ໂດ\u{200B}ລ່າ\u{200B}ສະ\u{200B}ຫະ\u{200B}ລັດ", "lo"),
            terms("ໂດລ່າສະຫະລັດ", "lo")
        );
        for word in terms("ໂດລ່າ", "lo") {
            assert!(!word.starts_with(is_dependent), "{word}");
        }
        assert_eq!(query_words("چاۓ", "ur"), query_words("چائے", "ur"));
    }

    #[test]
    fn persian_pashto_and_urdu_letters_meet_their_arabic_keyboard_forms() {
        // Persian yeh and keheh typed as Arabic yeh and kaf, and the
        // non-joiner left out.
        for lang in ["fa", "ps", "ur"] {
            assert_eq!(terms("کیسه", lang), terms("كيسه", lang), "{lang}");
            assert_eq!(terms("می\u{200C}شود", lang), terms("میشود", lang), "{lang}");
        }
        assert_eq!(terms("چاۓ کی پتی", "ur"), terms("چاۓ كي پتي", "ur"));
        assert_eq!(normalise_arabic("گہرا"), "گهرا");
    }

    #[test]
    fn native_digits_are_ascii() {
        assert_eq!(ascii_digits("٠٩٠١.١١"), "0901.11");
        assert_eq!(ascii_digits("۰۹۰۱ ๐๙"), "0901 09");
        assert_eq!(query_words("٠٩٠١", "ar"), ["0901"]);
    }

    #[test]
    fn thai_keeps_tone_marks() {
        assert_ne!(terms("ข้าว", "th"), terms("ขาว", "th"));
        assert_eq!(terms("ข้าว", "th"), ["ข้าว"]);
        let th = terms("กาแฟคั่วบด", "th");
        assert_eq!(th.first().map(String::as_str), Some("กาแฟ"), "{th:?}");
        assert!(th.len() >= 2, "{th:?}");
    }

    #[test]
    fn chinese_is_indexed_as_characters_and_pairs() {
        let text = terms("进口和大米", "zh");
        for q in ["大米", "进口", "米"] {
            for t in terms(q, "zh") {
                assert!(text.contains(&t), "{q}: {t} not in {text:?}");
            }
        }
        assert_eq!(terms("大米", "zh"), ["大", "大米", "米"]);
    }
}
