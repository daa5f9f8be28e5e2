//! What a word query becomes before and after its words are looked up, in
//! `kb search` and in `kb-search.js` alike: without the little words of
//! the reader's language (`how to import a car` is `import car`), and,
//! where no document has every word, the documents that have the most of
//! them, said in a note.

use std::collections::BTreeMap;

use super::analysis::query_words;

/// The little words Indonesian and Malay share.
const MALAY: &[&str] = &[
    "dan",
    "atau",
    "di",
    "ke",
    "dari",
    "untuk",
    "yang",
    "bagaimana",
    "berapa",
    "apa",
    "dengan",
    "pada",
    "ini",
    "itu",
];

/// Per language, the words a query is read without: articles,
/// prepositions, conjunctions and the words of a question. Not the words
/// that change what is asked (`not`, `without`, `sans`, `non`, `غير`), nor
/// a word that is also a product (`can`, a tin can) or part of one (`US`
/// dollar). Languages not listed keep every word: in Vietnamese, a
/// function word is also a syllable of other words (`cách`, how, in `cách
/// điện`, insulation).
const STOP_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "a", "an", "the", "to", "of", "for", "in", "on", "at", "by", "with", "from", "into",
            "and", "or", "how", "what", "where", "when", "which", "who", "why", "do", "does", "i",
            "my", "me", "we", "our", "you", "your", "is", "are", "be", "it", "its", "this", "that",
            "these", "those", "there", "about", "much", "many", "whats",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "à", "au", "aux", "en",
            "pour", "par", "avec", "et", "ou", "comment", "quel", "quelle", "quels", "quelles",
            "est", "je", "j", "mon", "ma", "mes", "sur", "dans", "qu", "que", "qui", "ce", "cette",
            "ces", "combien",
        ],
    ),
    (
        "es",
        &[
            "a", "al", "el", "la", "las", "los", "lo", "un", "una", "unos", "unas", "de", "del",
            "en", "para", "por", "con", "y", "e", "o", "u", "que", "qué", "como", "cómo", "cuanto",
            "cuánto", "cuanta", "cuánta", "cual", "cuál", "cuales", "cuáles", "donde", "dónde",
            "mi", "mis", "es", "son", "se", "sobre", "hay",
        ],
    ),
    (
        "pt",
        &[
            "a", "à", "ao", "aos", "as", "às", "o", "os", "um", "uma", "uns", "umas", "de", "do",
            "da", "dos", "das", "em", "no", "na", "nos", "nas", "para", "por", "pelo", "pela",
            "com", "e", "ou", "que", "como", "quanto", "quanta", "qual", "quais", "onde", "meu",
            "minha", "é", "são", "sobre",
        ],
    ),
    (
        "sw",
        &[
            "wa", "ya", "za", "la", "cha", "vya", "kwa", "na", "ni", "katika", "kwenye", "je",
            "gani", "vipi", "jinsi", "au",
        ],
    ),
    ("id", MALAY),
    ("ms", MALAY),
    (
        "de",
        &[
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
            "und", "oder", "für", "von", "mit", "auf", "im", "zu", "zum", "zur", "wie", "was",
            "ist", "viel",
        ],
    ),
    (
        "it",
        &[
            "il", "lo", "la", "i", "gli", "le", "un", "una", "di", "del", "della", "dei", "delle",
            "da", "in", "per", "con", "e", "o", "come", "quanto", "che", "su", "sul", "sulla",
            "al", "alla",
        ],
    ),
    (
        "bn",
        &["কত", "কি", "কী", "কীভাবে", "এবং", "ও", "বা", "জন্য", "থেকে"],
    ),
    (
        "ar",
        &[
            "في",
            "من",
            "على",
            "إلى",
            "الى",
            "عن",
            "مع",
            "و",
            "أو",
            "او",
            "كيف",
            "كيفية",
            "ما",
            "ماذا",
            "هل",
            "أين",
            "اين",
            "متى",
            "كم",
            "عند",
            "هذا",
            "هذه",
            "ذلك",
            "التي",
            "الذي",
        ],
    ),
    (
        // Postpositions, conjunctions, the copula and question words; not
        // `بغیر` nor `نہیں` (without, not).
        "ur",
        &[
            "کا", "کی", "کے", "کو", "نے", "پر", "میں", "سے", "تک", "اور", "یا", "کیسے", "کیا",
            "کہاں", "کب", "کتنا", "کتنی", "کتنے", "ہے", "ہیں", "یہ", "وہ", "لیے", "لئے", "مجھے",
            "میرا", "میری", "میرے",
        ],
    ),
    (
        // Not `بدون` nor `غیر` (without, not).
        "fa",
        &[
            "در",
            "از",
            "به",
            "با",
            "و",
            "یا",
            "برای",
            "را",
            "که",
            "چگونه",
            "چطور",
            "چه",
            "کجا",
            "کی",
            "چقدر",
            "چند",
            "این",
            "آن",
            "است",
            "هست",
            "من",
        ],
    ),
    (
        // Not `پرته` nor `نه` (without, not).
        "ps",
        &[
            "د",
            "په",
            "له",
            "ته",
            "سره",
            "او",
            "یا",
            "څنګه",
            "چې",
            "دا",
            "هغه",
            "څومره",
            "کې",
        ],
    ),
    (
        // Not `не` nor `без` (not, without): they change what is asked.
        "ru",
        &[
            "в",
            "во",
            "на",
            "с",
            "со",
            "к",
            "ко",
            "по",
            "о",
            "об",
            "от",
            "до",
            "из",
            "за",
            "для",
            "при",
            "у",
            "и",
            "или",
            "как",
            "какой",
            "какая",
            "какие",
            "какова",
            "каков",
            "что",
            "где",
            "когда",
            "сколько",
            "ли",
            "я",
            "мне",
            "мой",
            "моя",
            "мои",
            "это",
            "этот",
            "эта",
        ],
    ),
];

/// The stop words of `lang`, as query words (the form a typed word takes:
/// lower case, Arabic letter variants unified), sorted.
pub fn stop_words(lang: &str) -> Vec<String> {
    let listed = STOP_WORDS
        .iter()
        .find(|(code, _)| *code == crate::lang::base_language(lang))
        .map_or(&[][..], |(_, words)| *words);
    let mut words: Vec<String> = listed.iter().flat_map(|w| query_words(w, lang)).collect();
    words.sort();
    words.dedup();
    words
}

/// `words` without the stop words, unless that would leave none.
pub fn without_stop_words(words: Vec<String>, stop: &[String]) -> Vec<String> {
    let kept: Vec<String> = words
        .iter()
        .filter(|w| stop.binary_search(w).is_err())
        .cloned()
        .collect();
    if kept.is_empty() {
        words
    } else {
        kept
    }
}

/// Most words a query searches for with fewer: beyond this the subsets
/// of a long pasted sentence would be too many to try.
const MOST_WORDS: usize = 8;

/// What a word finds in a document: score, tier (0 for the word's own
/// terms, 1 for its completions), level.
pub type Found = (f64, u8, u8);

/// The documents in every one of `sets`, their scores added, the worst
/// tier kept.
pub fn intersect(sets: &[&BTreeMap<u32, Found>]) -> BTreeMap<u32, Found> {
    let Some((first, rest)) = sets.split_first() else {
        return BTreeMap::new();
    };
    first
        .iter()
        .filter_map(|(doc, &(s, tier, level))| {
            rest.iter()
                .try_fold((s, tier), |(s, tier), set| {
                    set.get(doc).map(|o| (s + o.0, tier.max(o.1)))
                })
                .map(|(s, tier)| (*doc, (s, tier, level)))
        })
        .collect()
}

/// Where no document has every word of a query: the largest set of its
/// words that some documents have, as positions in `sets` (each word's
/// documents), and those documents. Of the sets of that size, the one
/// whose best document scores highest by `score`. `None` for a query of
/// one word, or where no word finds anything.
pub fn fewer_words(
    sets: &[BTreeMap<u32, Found>],
    score: impl Fn(&Found) -> f64,
) -> Option<(Vec<usize>, BTreeMap<u32, Found>)> {
    let n = sets.len().min(MOST_WORDS);
    if n < 2 {
        return None;
    }
    for size in (1..n).rev() {
        let mut best: Option<(f64, Vec<usize>, BTreeMap<u32, Found>)> = None;
        for subset in subsets(n, size) {
            let chosen: Vec<&BTreeMap<u32, Found>> = subset.iter().map(|&i| &sets[i]).collect();
            let docs = intersect(&chosen);
            let top = docs.values().map(&score).fold(f64::MIN, f64::max);
            if !docs.is_empty() && best.as_ref().is_none_or(|(b, _, _)| top > *b) {
                best = Some((top, subset, docs));
            }
        }
        if let Some((_, subset, docs)) = best {
            return Some((subset, docs));
        }
    }
    None
}

/// Every set of `size` of the positions `0..n`, each in increasing order,
/// in lexicographic order.
fn subsets(n: usize, size: usize) -> Vec<Vec<usize>> {
    let mut all = Vec::new();
    let mut current: Vec<usize> = (0..size).collect();
    loop {
        all.push(current.clone());
        // The rightmost position that can still move right.
        let Some(i) = (0..size).rev().find(|&i| current[i] < n - size + i) else {
            return all;
        };
        current[i] += 1;
        for j in i + 1..size {
            current[j] = current[j - 1] + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_russian_query_is_read_without_its_prepositions_but_keeps_its_negation() {
        // A tester's report: `пошлина на чай` (duty on tea) kept `на` and
        // was answered by a typo correction that dropped the tea.
        let stop = stop_words("ru");
        let query = |q: &str| q.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(
            without_stop_words(query("пошлина на чай"), &stop),
            ["пошлина", "чай"]
        );
        assert_eq!(
            without_stop_words(query("чай без сахара"), &stop),
            ["чай", "без", "сахара"]
        );
        assert!(!stop.contains(&"не".to_string()));
    }

    #[test]
    fn a_question_is_read_without_its_little_words() {
        let stop = stop_words("en");
        let words = |q: &str| without_stop_words(query_words(q, "en"), &stop);
        assert_eq!(words("how to import a car"), ["import", "car"]);
        assert_eq!(words("coffee not roasted"), ["coffee", "not", "roasted"]);
        assert_eq!(words("the"), ["the"]);
        let fr = stop_words("fr");
        assert_eq!(
            without_stop_words(query_words("règles d'origine de l'ASEAN", "fr"), &fr),
            ["règles", "origine", "asean"]
        );
        let ar = stop_words("ar");
        assert_eq!(
            without_stop_words(query_words("كيفية استيراد سيارة", "ar"), &ar),
            ["استيراد", "سيارة"]
        );
        assert!(stop_words("vi").is_empty());
        // Spanish, Portuguese and Swahili: `impuesto a la cerveza` (a tester
        // in Mexico), `imposto sobre cerveja` (Brazil), `ushuru wa sukari`
        // (Kenya) kept the little words and dropped the good.
        let read =
            |q: &str, lang: &str| without_stop_words(query_words(q, lang), &stop_words(lang));
        assert_eq!(
            read("impuesto a la cerveza", "es-MX"),
            ["impuesto", "cerveza"]
        );
        assert_eq!(
            read("cerveza sin alcohol", "es"),
            ["cerveza", "sin", "alcohol"]
        );
        assert_eq!(
            read("imposto sobre cerveja", "pt-BR"),
            ["imposto", "cerveja"]
        );
        assert_eq!(read("ushuru wa sukari", "sw"), ["ushuru", "sukari"]);
        // Urdu: the product is kept, the postposition and question go
        // (`چائے کا`, tea's, found the examination fee by `کا`).
        let ur = stop_words("ur");
        let urdu = |q: &str| without_stop_words(query_words(q, "ur"), &ur);
        assert_eq!(urdu("چائے کا"), query_words("چائے", "ur"));
        assert_eq!(
            urdu("گاڑی کیسے درآمد کریں"),
            query_words("گاڑی درآمد کریں", "ur")
        );
        assert_eq!(urdu("چائے بغیر چینی"), query_words("چائے بغیر چینی", "ur"));
    }

    #[test]
    fn fewer_words_keeps_the_most_words_that_meet_in_a_document() {
        let set = |docs: &[(u32, f64)]| {
            docs.iter()
                .map(|&(d, s)| (d, (s, 0, 0)))
                .collect::<BTreeMap<u32, Found>>()
        };
        let score = |v: &Found| v.0;
        // Words 0 and 2 meet in document 7; 1 and 2 in document 8, which
        // scores higher; no document has all three.
        let sets = [
            set(&[(7, 1.0)]),
            set(&[(8, 2.0)]),
            set(&[(7, 1.0), (8, 2.0)]),
        ];
        let (words, docs) = fewer_words(&sets, score).unwrap();
        assert_eq!(words, [1, 2]);
        assert_eq!(docs.keys().collect::<Vec<_>>(), [&8]);
        // A word that finds nothing is left out.
        let sets = [set(&[(7, 1.0)]), set(&[])];
        assert_eq!(fewer_words(&sets, score).unwrap().0, [0]);
        assert!(fewer_words(&[set(&[])], score).is_none());
        assert_eq!(subsets(4, 2).len(), 6);
        assert_eq!(subsets(3, 3), [vec![0, 1, 2]]);
    }
}
