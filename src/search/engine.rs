//! `kb search` and the browser runtime's query algorithm, in Rust: the
//! same shards the static index writes, read the same way `kb-search.js`
//! reads them, so that the command line and the browser give the same
//! answers, as-you-type completion included. The integration tests hold
//! the two implementations to each other.
//!
//! A query is either a code (digits, with or without dots and spaces, in
//! any script's digits) or words. Every word is required. Each word is
//! looked up as written among the forms the site uses; failing that, the
//! longest term it begins with (`coffees` → `coffe`), for Arabic also
//! without its article, and for any word also without its accents (Greek
//! `σάκων` → `σακ`: its stemmer takes them off); failing that, the
//! closest form in its shard within one or two edits (`cofee` →
//! `coffee`), said in a note; and where the query then finds nothing, a
//! word found only as the term it begins with is corrected instead
//! (`sewnig machine`: `sewn`, then `sewing`). In the as-you-type mode the
//! last word also completes (`decaf` → `decaffeinated`), but a document
//! that matches it only by completion ranks below every document that
//! matches it as typed.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::analysis::{abbreviation_singular, query_words, strip_arabic_article, strip_marks};
use super::code_query::code_query;
use super::format::first_characters;
use super::query::{fewer_words, intersect, without_stop_words, Found};
use super::{
    build_language_index, collect_documents, shard_of, LanguageIndex, Posting, Shard, FIELDS,
    LEVELS,
};
use crate::lang::Lang;
use crate::model::Site;

/// Completions kept for the last word: the most frequent first.
const COMPLETIONS: usize = 50;

/// One result.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    /// Site path without the leading slash.
    pub path: String,
    /// Title.
    pub title: String,
    /// Kind of document.
    pub kind: String,
    /// Score (0 for code matches, which rank by code).
    pub score: f64,
    /// 1 where the last word matched only by completion.
    pub tier: u8,
    /// For a tariff line, the rate in force.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub rate: String,
}

/// What the answer changed in the query, for a sentence above the results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// `zero` (a leading zero added to a code), `ancestor` (a code that does
    /// not exist answered by its nearest existing ancestor) or `typo` (a
    /// word with no match replaced by the closest one).
    pub kind: &'static str,
    /// What was typed (a code's digits, or the query's words).
    pub asked: String,
    /// What was searched instead.
    pub found: String,
}

/// An answer: the hits shown, how many there are, and a note.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    /// The query.
    pub query: String,
    /// Number of matching documents.
    pub total: usize,
    /// The best `limit` of them.
    pub hits: Vec<SearchHit>,
    /// What was searched instead of the query, if anything.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Note>,
}

/// How to query.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// As you type: the last word also completes.
    pub prefix: bool,
    /// Only documents of this kind.
    pub kind: Option<String>,
    /// Only tariff documents of this chapter.
    pub chapter: Option<u8>,
    /// How many hits to return.
    pub limit: usize,
}

/// Shortest word that completes as you type: as long as the characters
/// that choose its shard, which then holds every completion.
fn completes_from(word: &str) -> usize {
    first_characters(word)
}

/// A word's resolution: its terms as typed or stemmed (a form typed
/// without accents stands for every term that folds to it), and its
/// completions.
pub(super) struct Group<'a> {
    /// The word as the query has it.
    pub(super) word: String,
    /// The word searched for it: itself, or its correction.
    pub(super) searched: String,
    pub(super) exact: Option<(&'a Shard, Vec<String>)>,
    pub(super) completions: Vec<(&'a Shard, String)>,
    /// Found only as the longest term it begins with (`sewnig` as
    /// `sewn`): a typo may say more, if the query finds nothing so.
    pub(super) begun: bool,
    /// Its place in the query's words.
    pub(super) at: usize,
}

/// Documents holding any of `terms` in `shard`.
pub(super) fn document_count(shard: &Shard, terms: &std::collections::BTreeSet<String>) -> usize {
    terms
        .iter()
        .map(|t| shard.postings.get(t).map_or(0, Vec::len))
        .max()
        .unwrap_or(0)
}

impl LanguageIndex {
    pub(super) fn shard(&self, form: &str) -> &Shard {
        &self.shards[shard_of(form) as usize]
    }

    /// The terms a word leads to: its form's, or those of the longest
    /// term or form it begins with (at least three characters and half the
    /// word). Forms count because a short stem fails the half-word rule
    /// where the form it came from passes: `kávéval` finds `kávé`, whose
    /// term is `ká`.
    pub(super) fn resolve<'a>(&'a self, word: &str) -> Option<(&'a Shard, Vec<String>)> {
        let shard = self.shard(word);
        if let Some(terms) = shard.forms.get(word) {
            return Some((shard, terms.iter().cloned().collect()));
        }
        let len = word.chars().count();
        let begins = |candidate: &str| {
            let n = candidate.chars().count();
            (n >= 3 && n * 2 >= len && word.starts_with(candidate)).then_some(n)
        };
        let mut best: Option<(usize, Vec<String>)> = None;
        let longer = |n: &usize, best: &Option<(usize, Vec<String>)>| {
            best.as_ref().is_none_or(|(b, _)| n > b)
        };
        for term in shard.postings.keys() {
            if let Some(n) = begins(term).filter(|n| longer(n, &best)) {
                best = Some((n, vec![term.clone()]));
            }
        }
        // After the terms: a form only wins by being longer.
        for (form, terms) in &shard.forms {
            if let Some(n) = begins(form).filter(|n| longer(n, &best)) {
                best = Some((n, terms.iter().cloned().collect()));
            }
        }
        best.map(|(_, terms)| (shard, terms))
    }

    /// BM25 of one term's postings, per field, as `kb-search.js` computes
    /// it, times `k`; the best of the group's terms where a document has
    /// several.
    pub(super) fn score_term(
        &self,
        shard: &Shard,
        term: &str,
        k: f64,
        into: &mut HashMap<u32, f64>,
    ) {
        let Some(postings) = shard.postings.get(term) else {
            return;
        };
        let docs = self.docs.len() as f64;
        let mut df = [0f64; 2];
        for p in postings {
            if p.title_tf > 0 {
                df[0] += 1.0;
            }
            if p.body_tf > 0 {
                df[1] += 1.0;
            }
        }
        let idf = df.map(|d| (1.0 + (docs - d + 0.5) / (d + 0.5)).ln());
        for p in postings {
            let mut s = 0.0;
            for (f, [weight, k1, b]) in FIELDS.iter().enumerate() {
                let (tf, len) = if f == 0 {
                    (p.title_tf as f64, p.title_len as f64)
                } else {
                    (p.body_tf as f64, p.body_len as f64)
                };
                if tf > 0.0 {
                    let norm = k1 * (1.0 - b + b * len / self.avg[f]);
                    let weight = if f == 1 {
                        weight * LEVELS.get(p.level as usize).map_or(1.0, |l| l[1])
                    } else {
                        *weight
                    };
                    s += weight * idf[f] * (k1 + 1.0) * tf / (tf + norm);
                }
            }
            let s = s * k;
            let e = into.entry(p.doc).or_insert(0.0);
            if s > *e {
                *e = s;
            }
        }
    }

    /// Documents of a term set that pass the filters, with their level.
    fn kept(&self, shard: &Shard, term: &str, options: &Options, into: &mut HashMap<u32, u8>) {
        let postings: &[Posting] = shard.postings.get(term).map_or(&[], Vec::as_slice);
        for p in postings {
            if options
                .kind
                .as_deref()
                .is_some_and(|k| self.kinds.get(p.kind as usize).map(String::as_str) != Some(k))
            {
                continue;
            }
            if options.chapter.is_some_and(|c| c != p.chapter) {
                continue;
            }
            into.insert(p.doc, p.level);
        }
    }

    /// Codes that begin with `digits`, shortest first then in order.
    fn descendants(&self, digits: &str) -> Vec<u32> {
        let mut found: Vec<(&String, u32)> = self
            .shard(digits)
            .codes
            .iter()
            .filter(|(c, _)| c.starts_with(digits))
            .map(|(c, d)| (c, *d))
            .collect();
        found.sort_by(|a, b| (a.0.len(), a.0).cmp(&(b.0.len(), b.0)));
        found.into_iter().map(|(_, d)| d).collect()
    }

    fn code_exists(&self, digits: &str) -> bool {
        self.shard(digits).codes.contains_key(digits)
    }

    /// A code query: the code and its descendants; for an odd number of
    /// digits that is not a code, the code with the leading zero a reader
    /// dropped (`901` → `0901`); for a code that does not exist, its
    /// nearest existing ancestor.
    fn rank_code(&self, digits: &str) -> (Vec<(u32, f64, u8)>, Option<Note>) {
        let hits = |docs: Vec<u32>| docs.into_iter().map(|d| (d, 0.0, 0)).collect();
        let note = |kind, asked: &str, found: &str| {
            Some(Note {
                kind,
                asked: asked.to_string(),
                found: found.to_string(),
            })
        };
        let mut base = digits.to_string();
        if !digits.len().is_multiple_of(2) && !self.code_exists(digits) {
            let zero = format!("0{digits}");
            if self.code_exists(&zero) {
                return (hits(self.descendants(&zero)), note("zero", digits, &zero));
            }
            let found = self.descendants(digits);
            if !found.is_empty() {
                return (hits(found), None);
            }
            let found = self.descendants(&zero);
            if !found.is_empty() {
                return (hits(found), note("zero", digits, &zero));
            }
            base = zero;
        } else {
            let found = self.descendants(digits);
            if !found.is_empty() {
                return (hits(found), None);
            }
        }
        // Any length: a national subdivision may have an odd one (the
        // EAEU's 9-digit rows).
        for len in (2..base.len()).rev() {
            let ancestor = &base[..len];
            if self.code_exists(ancestor) {
                return (
                    hits(self.descendants(ancestor)),
                    note("ancestor", &base, ancestor),
                );
            }
        }
        (Vec::new(), None)
    }

    /// A word's completions (the last word's as typed, or a word that
    /// matches no form): the terms of the forms it begins, other than its
    /// own, the most frequent first.
    fn completions<'a>(&'a self, w: &str, exact: &[String]) -> Vec<(&'a Shard, String)> {
        let shard = self.shard(w);
        let mut terms: Vec<(&String, usize)> = Vec::new();
        for (form, set) in shard
            .forms
            .range::<str, _>((std::ops::Bound::Included(w), std::ops::Bound::Unbounded))
        {
            if !form.starts_with(w) {
                break;
            }
            if form == w {
                continue;
            }
            for term in set {
                if exact.contains(term) || terms.iter().any(|(t, _)| *t == term) {
                    continue;
                }
                terms.push((term, shard.postings.get(term).map_or(0, Vec::len)));
            }
        }
        terms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        terms
            .into_iter()
            .take(COMPLETIONS)
            .map(|(t, _)| (shard, t.clone()))
            .collect()
    }

    /// Each word's group (empty for a word that matches nothing even
    /// after a typo correction), the words searched (each as typed or
    /// corrected), and whether one was corrected.
    fn groups(&self, words: &[String], prefix: bool) -> (Vec<Group<'_>>, Vec<String>, bool) {
        let mut groups: Vec<Group> = Vec::new();
        let mut seen: Vec<Vec<String>> = Vec::new();
        let mut searched: Vec<String> = words.to_vec();
        let mut corrected = false;
        for (i, w) in words.iter().enumerate() {
            let last = prefix && i + 1 == words.len() && w.chars().count() >= completes_from(w);
            let mut exact = self.resolve(w);
            let begun = exact.is_some() && !self.shard(w).forms.contains_key(w);
            let mut completions = if last {
                self.completions(w, exact.as_ref().map_or(&[][..], |(_, t)| t))
            } else {
                Vec::new()
            };
            if exact.is_none() && completions.is_empty() {
                // The word as readers also write it, as kb-search.js tries it.
                exact = strip_arabic_article(w)
                    .and_then(|rest| self.resolve(rest))
                    .or_else(|| strip_marks(w).and_then(|bare| self.resolve(&bare)))
                    .or_else(|| abbreviation_singular(w).and_then(|two| self.resolve(two)));
            }
            if exact.is_none() && completions.is_empty() && w.chars().count() >= completes_from(w) {
                // A word the site only uses with endings, in a language kb
                // does not stem (Kazakh `қап`, sack: `қаптармен`) finds the
                // forms it begins, as while typing, before a typo is sought.
                completions = self.completions(w, &[]);
            }
            if exact.is_none() && completions.is_empty() {
                // A word with no match and no correction finds nothing:
                // the query falls back to its other words (rank_words).
                if let Some(form) = self.suggest(w) {
                    exact = self.resolve(&form);
                    searched[i] = form;
                    corrected = true;
                }
            }
            if completions.is_empty() {
                if let Some((_, t)) = &exact {
                    if seen.contains(t) {
                        continue;
                    }
                    seen.push(t.clone());
                }
            }
            groups.push(Group {
                word: w.clone(),
                searched: searched[i].clone(),
                begun: begun && completions.is_empty(),
                exact,
                completions,
                at: i,
            });
        }
        (groups, searched, corrected)
    }

    /// The documents one word's group finds, with their score, tier (0
    /// for the word's own terms, 1 for its completions) and level.
    pub(super) fn group_documents(
        &self,
        group: &Group<'_>,
        options: &Options,
    ) -> BTreeMap<u32, Found> {
        let mut exact_scores = HashMap::new();
        let mut exact_docs = HashMap::new();
        if let Some((shard, terms)) = &group.exact {
            // A word typed as a term of the text is that term first:
            // Vietnamese `xe` (vehicle) before `xẻ` (to saw), which a
            // form without its marks also stands for.
            let typed = terms.contains(&group.word);
            for term in terms {
                let k = if typed && *term != group.word {
                    0.5
                } else {
                    1.0
                };
                self.score_term(shard, term, k, &mut exact_scores);
                self.kept(shard, term, options, &mut exact_docs);
            }
        }
        let mut completion_scores = HashMap::new();
        let mut completion_docs = HashMap::new();
        for (shard, term) in &group.completions {
            self.score_term(shard, term, 1.0, &mut completion_scores);
            self.kept(shard, term, options, &mut completion_docs);
        }
        let mut these: BTreeMap<u32, Found> = BTreeMap::new();
        for (doc, level) in &completion_docs {
            these.insert(*doc, (completion_scores[doc], 1, *level));
        }
        for (doc, level) in &exact_docs {
            these.insert(*doc, (exact_scores[doc], 0, *level));
        }
        these
    }

    /// The ranked documents of a word query: (document, score, tier).
    fn rank_words(
        &self,
        words: &[String],
        options: &Options,
    ) -> (Vec<(u32, f64, u8)>, Option<String>) {
        let (mut groups, mut searched, mut typo) = self.groups(words, options.prefix);
        let mut sets: Vec<BTreeMap<u32, Found>> = groups
            .iter()
            .map(|group| self.group_documents(group, options))
            .collect();
        let chosen: Vec<&BTreeMap<u32, Found>> = sets.iter().collect();
        let mut total = intersect(&chosen);
        if total.is_empty() {
            if let Some(found) =
                self.typos_for_beginnings(&mut groups, &mut sets, &mut searched, options)
            {
                total = found;
                typo = true;
            }
        }
        let mut corrected = typo.then(|| searched.join(" "));
        // A document's score times its level's factor.
        let scored = |v: &Found| v.0 * LEVELS.get(v.2 as usize).map_or(1.0, |l| l[0]);
        if total.is_empty() {
            // No document has every word: those with the most of them,
            // as "no results for …, showing results for …".
            let units = self.words_of(&groups);
            let unit_sets: Vec<BTreeMap<u32, Found>> = units
                .iter()
                .map(|unit| intersect(&unit.iter().map(|&i| &sets[i]).collect::<Vec<_>>()))
                .collect();
            if let Some((kept, docs)) = fewer_words(&unit_sets, scored) {
                let found: Vec<&str> = kept
                    .iter()
                    .flat_map(|&u| &units[u])
                    .map(|&i| groups[i].searched.as_str())
                    .collect();
                corrected = Some(found.join(" "));
                total = docs;
            }
        }
        self.add_phrases(words, &mut total);
        let mut hits: Vec<(u32, f64, u8)> = total
            .iter()
            .map(|(&doc, found)| (doc, scored(found), found.1))
            .collect();
        hits.sort_by(|a, b| {
            a.2.cmp(&b.2)
                .then(b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal))
                .then(a.0.cmp(&b.0))
        });
        (hits, corrected)
    }

    /// Answers `query`.
    pub fn answer(&self, query: &str, options: &Options) -> Answer {
        let (ranked, note) = match code_query(query) {
            Some(digits) => self.rank_code(&digits),
            None => {
                let typed = query_words(query, &self.lang);
                let words = without_stop_words(typed.clone(), &self.stop);
                let (hits, corrected) = self.rank_words(&words, options);
                let note = corrected.map(|found| Note {
                    kind: "typo",
                    asked: query.trim().to_string(),
                    found: as_typed(&found, query, &self.lang),
                });
                (hits, note)
            }
        };
        let hits = ranked
            .iter()
            .take(options.limit)
            .filter_map(|(doc, score, tier)| {
                self.docs.get(*doc as usize).map(|d| SearchHit {
                    path: d.path.clone(),
                    title: d.shown_title().into_owned(),
                    kind: d.kind.clone(),
                    score: *score,
                    tier: *tier,
                    rate: d.rate.clone(),
                })
            })
            .collect();
        Answer {
            query: query.to_string(),
            total: ranked.len(),
            hits,
            note,
        }
    }
}

/// The index of language `lang`, as the build writes it.
pub fn language_index(site: &Site, lang: Lang<'_>) -> LanguageIndex {
    build_language_index(lang.code(), collect_documents(site, lang))
}

/// Answers `query` in language `lang` from the site's documents.
pub fn search(site: &Site, lang: Lang<'_>, query: &str, options: &Options) -> Answer {
    language_index(site, lang).answer(query, options)
}

/// `words` (index forms, space-separated) as the reader typed each, where
/// a typed word gives that one form: a note echoes `چائے`, not the
/// `چايے` the index writes. A corrected word is the index's own.
fn as_typed(words: &str, query: &str, lang: &str) -> String {
    let mut surface: BTreeMap<String, &str> = BTreeMap::new();
    for typed in query.split_whitespace() {
        if let [form] = &query_words(typed, lang)[..] {
            surface.entry(form.clone()).or_insert(typed);
        }
    }
    words
        .split(' ')
        .map(|w| surface.get(w).copied().unwrap_or(w))
        .collect::<Vec<_>>()
        .join(" ")
}
