//! A query's words taken together: the words in order as one of a code's
//! search terms, and in a language whose words are syllables
//! (Vietnamese), each two side by side as one word, for the score and for
//! the fallback to fewer words (docs/search.md, "Analysis, per language").

use std::collections::{BTreeMap, HashMap};

use super::engine::{document_count, Group};
use super::query::Found;
use super::vocabulary::{pairs_words, PAIR_FACTOR};
use super::LanguageIndex;

impl LanguageIndex {
    /// The words of the query for the fallback to fewer words, as
    /// positions in `groups`: each group alone, but in a language that
    /// pairs words ([`pairs_words`]) two side by side that the index holds
    /// as a pair are one word, the pairs most documents hold first (`xe ô
    /// tô` is `xe` and `ô tô`, car). The fallback then drops a word, not a
    /// syllable of one: `thủ tục nhập khẩu ô tô` (car import procedure)
    /// kept `ô` without `tô`, and found one page that has `ô` somewhere.
    pub(super) fn words_of(&self, groups: &[Group<'_>]) -> Vec<Vec<usize>> {
        let n = groups.len();
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        if pairs_words(&self.lang) {
            for i in 1..n {
                let phrase = format!("{} {}", groups[i - 1].searched, groups[i].searched);
                let shard = self.shard(&phrase);
                let held = shard
                    .forms
                    .get(&phrase)
                    .map_or(0, |t| document_count(shard, t));
                if held > 0 {
                    pairs.push((held, i - 1));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        // joined[i]: the group i and the next are one word.
        let mut joined = vec![false; n];
        let mut taken = vec![false; n];
        for (_, i) in pairs {
            if !taken[i] && !taken[i + 1] {
                taken[i] = true;
                taken[i + 1] = true;
                joined[i] = true;
            }
        }
        let mut words = Vec::new();
        let mut i = 0;
        while i < n {
            let len = if joined[i] { 2 } else { 1 };
            words.push((i..i + len).collect());
            i += len;
        }
        words
    }

    /// Adds the score of the query's words in order as one search term
    /// and, in a language whose words are syllables, of each two side by
    /// side, at [`PAIR_FACTOR`] ([`pairs_words`]).
    pub(super) fn add_phrases(&self, words: &[String], total: &mut BTreeMap<u32, Found>) {
        let pairs = pairs_words(&self.lang);
        let mut phrases = vec![words];
        if pairs {
            for two in words.windows(2) {
                if !phrases.contains(&two) {
                    phrases.push(two);
                }
            }
        }
        for phrase in phrases {
            let k = if pairs && phrase.len() == 2 {
                PAIR_FACTOR
            } else {
                1.0
            };
            self.add_phrase(phrase, k, total);
        }
    }

    /// Adds to each of `total` that lists `words`, in order, as one of its
    /// search terms, that term's score (`number_phrase`); or, where the
    /// language pairs words, that has the two `words` side by side
    /// (`number_pair`).
    fn add_phrase(&self, words: &[String], k: f64, total: &mut BTreeMap<u32, Found>) {
        let phrase = words.join(" ");
        let shard = self.shard(&phrase);
        let Some(terms) = shard.forms.get(&phrase).filter(|_| words.len() >= 2) else {
            return;
        };
        let mut bonus = HashMap::new();
        for term in terms {
            self.score_term(shard, term, k, &mut bonus);
        }
        for (doc, score) in bonus {
            if let Some(found) = total.get_mut(&doc) {
                found.0 += score;
            }
        }
    }
}
