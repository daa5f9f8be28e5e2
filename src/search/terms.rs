//! What one language's documents say, term by term, before it is cut
//! into shards: each document's words numbered (its title, search terms,
//! body; its search terms and its name as phrases; Vietnamese pairs of
//! syllables) and a posting for each of its terms.

use std::collections::{BTreeSet, HashMap};

use super::vocabulary::{self, Vocabulary};
use super::{analysis, chapter_number, fieldnorm, kind_number, negation, query};
use super::{Posting, SearchDocument};

/// Most words of a page's name indexed whole as one phrase.
const TITLE_PHRASE_WORDS: usize = 6;

/// What the documents say, term by term, before it is cut into shards.
pub(super) struct Terms {
    /// The terms met, by number, and the forms that lead to them.
    vocabulary: Vocabulary,
    /// Term number → postings, in document order.
    postings: Vec<Vec<Posting>>,
    /// Words in all titles and in all bodies, for the average lengths.
    pub(super) totals: [u64; 2],
    /// Term number → its frequency in the title and the body of the
    /// document being added; zero between documents.
    counts: Vec<(u32, u32)>,
    /// The document being added: its title's and its body's words.
    title: Vec<u32>,
    body: Vec<u32>,
    /// The document's search terms of several words, and a page's name
    /// of a few, each one term.
    phrases: Vec<u32>,
    /// Each two words side by side in its title and in its body, as one
    /// term each, where the language pairs them
    /// ([`vocabulary::pairs_words`]).
    title_pairs: Vec<u32>,
    body_pairs: Vec<u32>,
    /// Each two words written with a hyphen between them, as one word,
    /// in its title and in its body (`Vocabulary::number_words`). Like a
    /// pair, not counted in the field's length.
    title_joined: Vec<u32>,
    body_joined: Vec<u32>,
    /// The index's language, and its stop words.
    lang: String,
    stop: Vec<String>,
}

impl Terms {
    /// No document yet, in `lang`, whose stop words are `stop`.
    pub(super) fn new(lang: &str, stop: Vec<String>) -> Self {
        Terms {
            vocabulary: Vocabulary::new(lang),
            postings: Vec::new(),
            totals: [0, 0],
            counts: Vec::new(),
            title: Vec::new(),
            body: Vec::new(),
            phrases: Vec::new(),
            title_pairs: Vec::new(),
            body_pairs: Vec::new(),
            title_joined: Vec::new(),
            body_joined: Vec::new(),
            lang: lang.to_string(),
            stop,
        }
    }

    /// Adds document `id`'s words: a posting for each of its terms.
    pub(super) fn add_document(&mut self, id: u32, doc: &SearchDocument, kinds: &[String]) {
        self.number_document(doc);
        self.totals[0] += self.title.len() as u64;
        self.totals[1] += self.body.len() as u64;
        let met = self.vocabulary.len();
        self.counts.resize(met, (0, 0));
        self.postings.resize_with(met, Vec::new);
        let posting = Posting {
            doc: id,
            title_tf: 0,
            body_tf: 0,
            title_len: fieldnorm(self.title.len()),
            body_len: fieldnorm(self.body.len()),
            kind: kind_number(kinds, doc),
            chapter: chapter_number(doc),
            level: doc.level,
        };
        for &n in &self.title {
            self.counts[n as usize].0 += 1;
        }
        for &n in &self.body {
            self.counts[n as usize].1 += 1;
        }
        for &n in self.title_pairs.iter().chain(&self.title_joined) {
            self.counts[n as usize].0 += 1;
        }
        for &n in self.body_pairs.iter().chain(&self.body_joined) {
            self.counts[n as usize].1 += 1;
        }
        // A phrase is in the title once, and not one of its words more.
        for &n in &self.phrases {
            self.counts[n as usize].0 = 1;
        }
        let pairs = self.title_pairs.iter().chain(&self.body_pairs);
        let joined = self.title_joined.iter().chain(&self.body_joined);
        for &n in self
            .title
            .iter()
            .chain(&self.body)
            .chain(&self.phrases)
            .chain(pairs)
            .chain(joined)
        {
            let (title_tf, body_tf) = std::mem::take(&mut self.counts[n as usize]);
            if title_tf + body_tf > 0 {
                self.postings[n as usize].push(Posting {
                    title_tf,
                    body_tf,
                    ..posting
                });
            }
        }
    }

    /// Numbers `doc`'s words: its title's, grouping lines' and search
    /// terms' (what a code is not as its body), its body's, its search terms of several
    /// words, and where the language pairs words, each two side by side.
    fn number_document(&mut self, doc: &SearchDocument) {
        self.title.clear();
        self.body.clear();
        self.title_joined.clear();
        self.body_joined.clear();
        self.number_title(doc, &doc.title);
        // A code's grouping lines (`Roasted:`) say what it is, as its
        // description does.
        for group in doc.groups.lines() {
            self.number_title(doc, group);
        }
        let pairs = vocabulary::pairs_words(&self.lang);
        self.title_pairs.clear();
        self.body_pairs.clear();
        if pairs {
            self.number_pairs(0, true);
        }
        self.phrases.clear();
        // A page's name of a few words, whole, is one term too: a query
        // that is the name (`thủ tục hải quan`, customs procedures: the
        // procedures' index) finds the page before those that hold its
        // words apart (the broker licensing procedure, `đại lý làm thủ tục
        // hải quan`). Not a code's description: most are long, and a code
        // has its search terms.
        if doc.kind != "tariff" {
            self.number_phrase_of(&doc.title, TITLE_PHRASE_WORDS);
        }
        for line in doc.terms.lines() {
            let start = self.title.len();
            self.vocabulary
                .number_words(line, &mut self.title, &mut self.title_joined);
            if pairs {
                self.number_pairs(start, true);
            }
            self.number_phrase_of(line, usize::MAX);
        }
        self.vocabulary
            .number_words(&doc.body, &mut self.body, &mut self.body_joined);
        if pairs {
            self.number_pairs(0, false);
        }
    }

    /// Numbers `text`, the title of `doc` or a part of it, as its title;
    /// but what a code is not weighs as its body ([`negation`]).
    fn number_title(&mut self, doc: &SearchDocument, text: &str) {
        let negated = (doc.kind == "tariff")
            .then(|| negation::split(&self.lang, text))
            .flatten();
        match negated {
            Some((is, is_not)) => {
                self.vocabulary
                    .number_words(&is, &mut self.title, &mut self.title_joined);
                self.vocabulary
                    .number_words(&is_not, &mut self.body, &mut self.body_joined);
            }
            None => {
                self.vocabulary
                    .number_words(text, &mut self.title, &mut self.title_joined);
            }
        }
    }

    /// Numbers `text`'s words without its little words as one phrase,
    /// where they are two to `most`.
    fn number_phrase_of(&mut self, text: &str, most: usize) {
        let words = query::without_stop_words(analysis::query_words(text, &self.lang), &self.stop);
        if (2..=most).contains(&words.len()) {
            let number = self.vocabulary.number_phrase(&words);
            self.phrases.push(number);
        }
    }

    /// Numbers each two words side by side in the title (`in_title`) or
    /// the body, from word `start` on, as one term each. A field's length
    /// counts its words, not these pairs.
    fn number_pairs(&mut self, start: usize, in_title: bool) {
        let (words, pairs) = if in_title {
            (&self.title, &mut self.title_pairs)
        } else {
            (&self.body, &mut self.body_pairs)
        };
        for two in words[start.min(words.len())..].windows(2) {
            pairs.push(self.vocabulary.number_pair(two[0], two[1]));
        }
    }

    /// Adds each term's forms and postings to `merged`, after those of
    /// the documents before.
    pub(super) fn merge_into(self, merged: &mut HashMap<String, (BTreeSet<String>, Vec<Posting>)>) {
        let (terms, spellings) = self.vocabulary.into_parts();
        let mut forms_of: Vec<BTreeSet<String>> = vec![BTreeSet::new(); terms.len()];
        for (form, n) in spellings {
            forms_of[n as usize].insert(form);
        }
        for ((term, forms), list) in terms.into_iter().zip(forms_of).zip(self.postings) {
            let (all_forms, all_postings) = merged.entry(term).or_default();
            all_forms.extend(forms);
            all_postings.extend(list);
        }
    }
}
