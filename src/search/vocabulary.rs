//! A language's words as numbers, for building its index: each word form
//! is analysed the first time it is met, and every later occurrence costs
//! one lookup, with no string copied. A tariff in one language repeats a
//! few tens of thousands of forms millions of times, and this is most of
//! an index's making (docs/performance.md).

use rustc_hash::FxHashMap;

use tantivy::tokenizer::{LowerCaser, RawTokenizer, TextAnalyzer, TokenStream};

use super::analysis::{prepare, short_enough, FormAnalysis, WordTokenizer};
use super::arabic::{broken_plurals, fold_form};

/// The terms of one language's documents, numbered in the order met, and
/// the word forms that lead to them.
pub struct Vocabulary {
    lang: String,
    /// The words of a text as written.
    words: TextAnalyzer,
    /// One word in lower case.
    lower: TextAnalyzer,
    /// Each word met as written → its term's number (`None`: no term).
    /// Looked up once per word of every document: most words recur as
    /// written, and are then neither lower-cased nor analysed again
    /// (lower-casing every word was 4 % of a national build). A fast hash:
    /// the words are the site's own text, built once, so SipHash's
    /// defence against chosen keys buys nothing.
    written: FxHashMap<String, Option<u32>>,
    /// Two terms met one after the other → the number of the pair
    /// ([`Vocabulary::number_pair`]).
    pairs: FxHashMap<(u32, u32), u32>,
    terms: Terms,
}

/// The lower-case forms met, their terms and spellings.
struct Terms {
    forms: FormAnalysis,
    /// Each form met (lower case, as typed) → its term's number; `None`
    /// where the form has no term.
    known: FxHashMap<String, Option<u32>>,
    /// Term → its number.
    numbers: FxHashMap<String, u32>,
    /// Terms by number.
    terms: Vec<String>,
    /// Each form met, and each second spelling of one, with its term's
    /// number.
    spellings: Vec<(String, u32)>,
}

impl Vocabulary {
    /// An empty vocabulary of `lang`.
    pub fn new(lang: &str) -> Self {
        Vocabulary {
            lang: lang.to_string(),
            words: written_words(),
            lower: lower_caser(),
            written: FxHashMap::default(),
            pairs: FxHashMap::default(),
            terms: Terms {
                forms: FormAnalysis::new(lang),
                known: FxHashMap::default(),
                numbers: FxHashMap::default(),
                terms: Vec::new(),
                spellings: Vec::new(),
            },
        }
    }

    /// How many terms have been met.
    pub fn len(&self) -> usize {
        self.terms.terms.len()
    }

    /// Whether no term has been met.
    pub fn is_empty(&self) -> bool {
        self.terms.terms.is_empty()
    }

    /// Appends to `out` the term number of each word of `text`, in order:
    /// the same terms as `LanguageAnalysis::words` gives; and to `joined`
    /// the term of each two words written with a hyphen between them, as
    /// one word ([`HYPHENS`]): a reader types `antidumping`, `tshirt`,
    /// `xray` for what the text writes `anti-dumping`, `T-shirt`, `X-ray`.
    pub fn number_words(&mut self, text: &str, out: &mut Vec<u32>, joined: &mut Vec<u32>) {
        let prepared = prepare(text, &self.lang);
        let Vocabulary {
            words,
            lower,
            written,
            terms,
            ..
        } = self;
        let mut stream = words.token_stream(&prepared);
        // Where the word before began and ended in `prepared`.
        let mut before: Option<(usize, usize)> = None;
        while stream.advance() {
            let token = stream.token();
            let (from, to) = (token.offset_from, token.offset_to);
            if let Some((start, end)) = before {
                let hyphen = prepared
                    .get(end..from)
                    .is_some_and(|between| HYPHENS.contains(&between));
                if hyphen && !(is_number(&prepared[start..end]) && is_number(&token.text)) {
                    let whole = format!("{}{}", &prepared[start..end], &token.text);
                    joined.extend(number_written(written, lower, terms, &whole));
                }
            }
            before = Some((from, to));
            out.extend(number_written(written, lower, terms, &token.text));
        }
    }

    /// The number of a search term of several words as one term (`xe đạp
    /// điện`, e-bike), and its spelling without accents (`xe dap dien`):
    /// a query of those words, in that order, finds the codes that list
    /// it before those that only have each word somewhere (bicycle lamps,
    /// `đèn xe đạp`, `điện`). The words are query words, as a query's.
    pub fn number_phrase(&mut self, words: &[String]) -> u32 {
        let phrase = words.join(" ");
        let terms = &mut self.terms;
        if let Some(&number) = terms.numbers.get(&phrase) {
            return number;
        }
        let number = terms.terms.len() as u32;
        let folded: Vec<String> = words
            .iter()
            .map(|w| {
                terms
                    .forms
                    .analyse(w)
                    .and_then(|(_, folded)| folded)
                    .unwrap_or_else(|| w.clone())
            })
            .collect();
        let folded = folded.join(" ");
        if folded != phrase {
            terms.spellings.push((folded, number));
        }
        terms.spellings.push((phrase.clone(), number));
        terms.numbers.insert(phrase.clone(), number);
        terms.terms.push(phrase);
        number
    }

    /// The number of terms `a` and `b`, met one after the other, as one
    /// term, as [`Vocabulary::number_phrase`] numbers a phrase: in a
    /// language whose words are syllables ([`pairs_words`]).
    pub fn number_pair(&mut self, a: u32, b: u32) -> u32 {
        if let Some(&number) = self.pairs.get(&(a, b)) {
            return number;
        }
        let words = [a, b].map(|n| self.terms.terms[n as usize].clone());
        let number = self.number_phrase(&words);
        self.pairs.insert((a, b), number);
        number
    }

    /// The terms by number, and each spelling with its term's number.
    pub fn into_parts(mut self) -> (Vec<String>, Vec<(String, u32)>) {
        match crate::lang::base_language(&self.lang) {
            "ar" => self.terms.spell_broken_plurals(),
            "en" => self.terms.spell_english_singulars(),
            _ => {}
        }
        (self.terms.terms, self.terms.spellings)
    }
}

impl Terms {
    /// Where the site writes a broken plural or its singular and not the
    /// other, the other as a spelling of the same term, so that a query
    /// of either finds it ([`super::arabic::BROKEN_PLURALS`]); each with
    /// and without the article, as readers type both.
    fn spell_broken_plurals(&mut self) {
        for (plural, singular) in broken_plurals() {
            let Some((term, _)) = self.forms.analyse(singular) else {
                continue;
            };
            let Some(&number) = self.numbers.get(&term) else {
                continue;
            };
            for word in [plural, singular] {
                let with_article = format!("ال{word}");
                for form in [word.to_string(), with_article] {
                    if !self.known.contains_key(&form) {
                        if let Some(folded) = fold_form(&form) {
                            self.spellings.push((folded, number));
                        }
                        self.spellings.push((form.clone(), number));
                        self.known.insert(form, Some(number));
                    }
                }
            }
        }
    }

    /// Where the site writes an English plural in `-ies` and not its
    /// singular (`whiskies`, `cherries`, `accessories`), the singular as a
    /// spelling of the same term: the runtime reads only the forms the
    /// site has, and `whisky` found nothing though `whiskies` and it have
    /// one stem. Only a singular the stemmer takes to the same term.
    fn spell_english_singulars(&mut self) {
        let mut plurals: Vec<(String, u32)> = self
            .known
            .iter()
            .filter_map(|(form, number)| Some((form.clone(), (*number)?)))
            .filter(|(form, _)| form.ends_with("ies"))
            .collect();
        plurals.sort();
        for (plural, number) in plurals {
            // Only `-ies`: a singular that only drops `-s` (`organs`) is one
            // the typo correction then reached before the word meant
            // (`orgin` read as `organ`, not `origin`).
            let singulars = [plural.strip_suffix("ies").map(|s| format!("{s}y"))];
            for singular in singulars.into_iter().flatten() {
                if singular.chars().count() < 3 || self.known.contains_key(&singular) {
                    continue;
                }
                let same = self
                    .forms
                    .analyse(&singular)
                    .is_some_and(|(term, _)| self.numbers.get(&term) == Some(&number));
                if same {
                    self.spellings.push((singular.clone(), number));
                    self.known.insert(singular, Some(number));
                }
            }
        }
    }

    /// The term number of a lower-case form, if it has a term; a form met
    /// for the first time is analysed, and it and its folded spelling
    /// are remembered.
    fn number(&mut self, form: String) -> Option<u32> {
        if let Some(known) = self.known.get(&form) {
            return *known;
        }
        let number = self.forms.analyse(&form).map(|(term, folded)| {
            let number = match self.numbers.get(&term) {
                Some(&number) => number,
                None => {
                    let number = self.terms.len() as u32;
                    self.numbers.insert(term.clone(), number);
                    self.terms.push(term);
                    number
                }
            };
            self.spellings.push((form.clone(), number));
            if let Some(folded) = folded {
                self.spellings.push((folded, number));
            }
            number
        });
        self.known.insert(form, number);
        number
    }
}

/// Whether the index of `lang` also numbers each two words that follow
/// one another as one term ([`Vocabulary::number_pair`]), and a query
/// adds the score of each two of its words that follow one another.
/// Vietnamese writes a space between the syllables of a word: `hoàn thuế`
/// (refund of duties) is two syllables that are also in `hoàn toàn`
/// (entirely) and `thuế` (tax), and a page that says `hoàn thuế` should
/// come before one that has the two syllables apart. ICU4X segments no
/// Vietnamese words, and most of them have one or two syllables: two
/// syllables side by side hold most words, and the first two of longer
/// ones.
pub fn pairs_words(lang: &str) -> bool {
    crate::lang::base_language(lang) == "vi"
}

/// The share of a pair's score that a query adds ([`pairs_words`]): at
/// the whole score, two syllables side by side outweighed a word of the
/// query in the title (`phí tờ khai hải quan`, the declaration fee, found
/// the declaration form first, whose title has `tờ khai hải quan`);
/// docs/search.md has the measures.
pub const PAIR_FACTOR: f64 = 0.5;

/// `analysis::surface_analyzer` in two steps, as the vocabulary remembers
/// what it has seen: the words as written, then [`lower_case`] of one.
fn written_words() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default()).build()
}

/// What joins two words into one that readers also type whole.
const HYPHENS: [&str; 3] = ["-", "\u{2010}", "\u{2011}"];

/// Whether `word` is digits only: `10-20` and `84.01-84.05` are ranges,
/// not a word written in two.
fn is_number(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit())
}

/// The term number of a word as written, if it has a term: most words
/// recur as written, and are then neither lower-cased nor analysed again.
fn number_written(
    written: &mut FxHashMap<String, Option<u32>>,
    lower: &mut TextAnalyzer,
    terms: &mut Terms,
    word: &str,
) -> Option<u32> {
    if let Some(known) = written.get(word) {
        return *known;
    }
    let form = lower_case(lower, word);
    // A long form is never remembered, so it is only measured here.
    if !short_enough(&form) {
        return None;
    }
    let number = terms.number(form);
    written.insert(word.to_string(), number);
    number
}

/// One word in lower case, as `analysis::surface_analyzer` gives it.
fn lower_case(lower: &mut TextAnalyzer, word: &str) -> String {
    let mut stream = lower.token_stream(word);
    let mut out = String::new();
    while stream.advance() {
        out.push_str(&stream.token().text);
    }
    out
}

/// The analyzer for [`lower_case`].
fn lower_caser() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .build()
}

#[cfg(test)]
mod tests {
    use super::super::analysis::LanguageAnalysis;
    use super::*;

    #[test]
    fn numbered_words_are_the_terms_of_the_analysis() {
        for (lang, text) in [
            ("en", "Coffee, not roasted; coffee husks and skins. COFFEE!"),
            ("fr", "Café non torréfié ; thé, maté et épices. Cafés"),
            ("vi", "Cà phê, chưa rang; cà phê đã khử chất caffeine"),
            ("ar", "البن غير المحمص والشاي والبن ١٢٣"),
            ("th", "กาแฟที่ยังไม่ได้คั่ว กาแฟ"),
        ] {
            let expected: Vec<String> = LanguageAnalysis::new(lang).terms(text);
            let mut vocabulary = Vocabulary::new(lang);
            let mut numbers = Vec::new();
            vocabulary.number_words(text, &mut numbers, &mut Vec::new());
            vocabulary.number_words(text, &mut numbers, &mut Vec::new());
            let (terms, _) = vocabulary.into_parts();
            let got: Vec<String> = numbers.iter().map(|&n| terms[n as usize].clone()).collect();
            let twice: Vec<String> = expected.iter().chain(&expected).cloned().collect();
            assert_eq!(got, twice, "{lang}");
        }
    }

    #[test]
    fn words_joined_by_a_hyphen_are_also_one_word() {
        let mut vocabulary = Vocabulary::new("en");
        let (mut words, mut joined) = (Vec::new(), Vec::new());
        let text = "Anti-dumping duties on T-shirts, X\u{2011}ray tubes - not these 10-20";
        vocabulary.number_words(text, &mut words, &mut joined);
        let (terms, spellings) = vocabulary.into_parts();
        let named = |numbers: &[u32]| -> Vec<String> {
            numbers.iter().map(|&n| terms[n as usize].clone()).collect()
        };
        // The words stay as they were; the joined ones come beside them.
        assert_eq!(named(&words).len(), 13);
        assert_eq!(named(&joined), ["antidump", "tshirt", "xray"]);
        assert!(spellings.iter().any(|(form, _)| form == "antidumping"));
        assert!(!spellings
            .iter()
            .any(|(form, _)| form == "tubesnot" || form == "1020"));
    }

    #[test]
    fn every_form_and_folded_form_is_spelled_once() {
        let mut vocabulary = Vocabulary::new("fr");
        vocabulary.number_words("Café café CAFÉ thé", &mut Vec::new(), &mut Vec::new());
        let (terms, spellings) = vocabulary.into_parts();
        let spelled: Vec<(&str, &str)> = spellings
            .iter()
            .map(|(form, n)| (form.as_str(), terms[*n as usize].as_str()))
            .collect();
        assert_eq!(
            spelled,
            [
                ("café", "caf"),
                ("cafe", "caf"),
                ("thé", "thé"),
                ("the", "thé")
            ]
        );
    }
}
