//! Text analysis for search, per language, with tantivy's tokenizer
//! pipeline: script normalisation (Arabic), word segmentation for scripts
//! written without spaces (ICU4X), then tantivy's tokenizer, lower-casing,
//! diacritic folding and the language's stemmer where tantivy has one.
//!
//! The browser never stems: the index maps the word forms it saw (lower
//! case, and folded) to their terms, so the runtime only lower-cases,
//! normalises Arabic and segments with `Intl.Segmenter`.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer,
    Stemmer, TextAnalyzer, TokenStream,
};

/// Longest token kept; longer ones are noise (hashes, URLs).
const MAX_TOKEN: usize = 40;

/// Languages whose words are not separated by spaces.
const SEGMENTED: &[&str] = &["zh", "ja", "th", "lo", "km", "my"];

/// The stemmer of a language, where tantivy has one.
fn stemmer(lang: &str) -> Option<Language> {
    Some(match lang {
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

/// The full analyzer of `lang`: what both the static index and `kb search`
/// use, so that they agree.
pub fn analyzer(lang: &str) -> TextAnalyzer {
    let base = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter);
    match stemmer(lang) {
        Some(language) => base.filter(Stemmer::new(language)).build(),
        None => base.build(),
    }
}

/// The analyzer without folding and stemming: the word forms a reader types.
fn surface_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN))
        .filter(LowerCaser)
        .build()
}

/// The full analyzer's filters for one word form taken whole, stemmed or
/// only folded (`cà phê` → `ca phe`, typed without accents). A form is
/// already a token: splitting it again would cut it where lower-casing added
/// a combining mark (`İstanbul` → `i̇stanbul`), and its length was checked
/// before lower-casing, as the full analyzer checks it.
fn word_analyzer(lang: &str, stem: bool) -> TextAnalyzer {
    let base = TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter);
    match stemmer(lang).filter(|_| stem) {
        Some(language) => base.filter(Stemmer::new(language)).build(),
        None => base.build(),
    }
}

/// Arabic without short vowels, tatweel and letter variants that writers
/// use interchangeably: `قَهْوَة` and `قهوه` are the same word.
pub fn normalise_arabic(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => None,
            'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
            'ى' => Some('ي'),
            'ة' => Some('ه'),
            'ؤ' => Some('و'),
            'ئ' => Some('ي'),
            other => Some(other),
        })
        .collect()
}

/// Text ready for tantivy's tokenizer: Arabic normalised, and words of
/// unspaced scripts separated by spaces.
pub fn prepare(text: &str, lang: &str) -> String {
    let text = if lang == "ar" || text.contains(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        normalise_arabic(text)
    } else {
        text.to_string()
    };
    if SEGMENTED.contains(&lang) || text.chars().any(is_unspaced_script) {
        segment(&text)
            .chars()
            .filter(|c| !is_tone_mark(*c))
            .collect()
    } else {
        text
    }
}

/// Tone and other marks of Thai, Lao, Khmer and Myanmar that Unicode does
/// not call alphabetic, so a tokenizer would split words at them; both the
/// index and the runtime drop them after segmentation.
pub fn is_tone_mark(c: char) -> bool {
    matches!(c as u32, 0x0E47..=0x0E4E | 0x0EC8..=0x0ECD | 0x17C9..=0x17D3 | 0x1037 | 0x1039..=0x103A)
}

/// Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

/// Words separated by spaces, with ICU4X's word segmenter (dictionary and
/// LSTM models for Chinese, Japanese and the South-East Asian scripts).
fn segment(text: &str) -> String {
    let segmenter = icu::segmenter::WordSegmenter::new_dictionary(Default::default());
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut last = 0;
    for (at, word_type) in segmenter.segment_str(text).iter_with_word_type() {
        if at == 0 {
            continue;
        }
        let piece = &text[last..at];
        out.push_str(piece);
        if word_type.is_word_like() {
            out.push(' ');
        }
        last = at;
    }
    out
}

fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// The terms of `text` in `lang`, in order.
pub fn terms(text: &str, lang: &str) -> Vec<String> {
    tokens(&mut analyzer(lang), &prepare(text, lang))
}

/// Reusable analyzers of one language, with the analysis of each word form
/// remembered (a site repeats its words).
pub struct LanguageAnalysis {
    lang: String,
    full: TextAnalyzer,
    surface: TextAnalyzer,
    word: TextAnalyzer,
    folded: TextAnalyzer,
    known: std::collections::HashMap<String, Option<(String, Option<String>)>>,
}

impl LanguageAnalysis {
    /// The analyzers of `lang`.
    pub fn new(lang: &str) -> Self {
        LanguageAnalysis {
            lang: lang.to_string(),
            full: analyzer(lang),
            surface: surface_analyzer(),
            word: word_analyzer(lang, true),
            folded: word_analyzer(lang, false),
            known: std::collections::HashMap::new(),
        }
    }

    /// The terms of `text`.
    pub fn terms(&mut self, text: &str) -> Vec<String> {
        tokens(&mut self.full, &prepare(text, &self.lang))
    }

    /// Each word of `text` in order: its form as typed (lower case), its
    /// term, and its folded form where that differs. The terms are exactly
    /// what the full analyzer gives for the whole text.
    pub fn words(&mut self, text: &str) -> Vec<(String, String, Option<String>)> {
        let prepared = prepare(text, &self.lang);
        let surface = tokens(&mut self.surface, &prepared);
        let mut out = Vec::with_capacity(surface.len());
        for form in surface {
            let analysed = match self.known.get(&form) {
                Some(a) => a.clone(),
                None => {
                    let term = tokens(&mut self.word, &form).into_iter().next();
                    let folded = tokens(&mut self.folded, &form)
                        .into_iter()
                        .next()
                        .filter(|f| *f != form);
                    let a = term.map(|t| (t, folded));
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

    #[test]
    fn english_and_french_stem_and_fold() {
        assert_eq!(terms("Roasted coffees", "en"), ["roast", "coffe"]);
        assert_eq!(terms("Café torréfié", "fr"), ["caf", "torref"]);
        let mut fr = LanguageAnalysis::new("fr");
        let forms = fr.forms("Café");
        assert!(forms.contains(&("café".into(), "caf".into())));
        assert!(forms.contains(&("cafe".into(), "caf".into())));
        let words: Vec<String> = fr.words("Café torréfié").into_iter().map(|w| w.1).collect();
        assert_eq!(words, terms("Café torréfié", "fr"));
    }

    #[test]
    fn a_word_whose_lower_case_adds_a_mark_keeps_its_term() {
        // Issue 8, point 3: the search_query fuzz target holds `words` to
        // its promise. `İ` lower-cases to `i` and a combining dot, which
        // split the word in two when the form was tokenized again.
        for lang in ["en", "tr", "vi"] {
            let mut analysis = LanguageAnalysis::new(lang);
            let words: Vec<String> = analysis
                .words("İstanbul İZMİR")
                .into_iter()
                .map(|w| w.1)
                .collect();
            assert_eq!(words, terms("İstanbul İZMİR", lang), "{lang}");
        }
    }

    #[test]
    fn vietnamese_folds_diacritics_without_stemming() {
        assert_eq!(terms("Cà phê rang", "vi"), ["ca", "phe", "rang"]);
        let mut vi = LanguageAnalysis::new("vi");
        assert!(vi.forms("phê").contains(&("phe".into(), "phe".into())));
    }

    #[test]
    fn arabic_is_normalised_before_stemming() {
        assert_eq!(normalise_arabic("قَهْوَة"), "قهوه");
        assert_eq!(terms("قَهْوَة", "ar"), terms("قهوه", "ar"));
        assert_eq!(terms("أحمد", "ar"), terms("احمد", "ar"));
    }

    #[test]
    fn chinese_and_thai_are_segmented_into_words() {
        let zh = terms("咖啡豆进口", "zh");
        assert_eq!(zh, ["咖啡豆", "进口"]);
        assert!(zh.len() >= 2, "{zh:?}");
        let th = terms("กาแฟคั่วบด", "th");
        assert_eq!(th.first().map(String::as_str), Some("กาแฟ"), "{th:?}");
        assert!(th.len() >= 2, "{th:?}");
    }
}
