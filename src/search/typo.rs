//! How far a typed word may be from a form of the site to be taken for
//! it, and which form it is taken for: the typo correction of `kb search`
//! and `kb-search.js` alike (docs/search.md, "Queries").

use std::collections::BTreeMap;

use super::engine::{document_count, Group, Options};
use super::format::near_parts;
use super::query::{intersect, Found};
use super::LanguageIndex;

/// Optimal string alignment distance (edits and swaps of neighbours),
/// stopping above `max`.
pub fn edit_distance(a: &[char], b: &[char], max: usize) -> usize {
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        prev2 = prev;
        prev = cur;
    }
    prev[b.len()]
}

/// The edits between a typed word and a form, a letter doubled or not
/// (`tobbaco`, `cigarete`) counted as one edit however many there are:
/// the commonest misspelling, which plain edits count once per letter.
pub fn typo_distance(a: &[char], b: &[char], max: usize) -> usize {
    let plain = edit_distance(a, b, max);
    if plain <= 1 {
        return plain;
    }
    let (a1, b1) = (single_letters(a), single_letters(b));
    if a1 == a && b1 == b {
        return plain;
    }
    plain.min(1 + edit_distance(&a1, &b1, max))
}

/// The word with each run of one letter written once (`tobacco` →
/// `tobaco`).
fn single_letters(word: &[char]) -> Vec<char> {
    let mut out = word.to_vec();
    out.dedup();
    out
}

/// Edits allowed for a typo in a word of `len` characters.
pub fn typo_budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Of `candidates` (form, documents), the one fewest edits from `word`
/// within `max`, then with the most documents, then the first in order.
fn closest<'a>(
    word: &[char],
    max: usize,
    candidates: impl Iterator<Item = (&'a str, usize)>,
) -> Option<String> {
    let mut best: Option<(usize, usize, &str)> = None;
    for (form, documents) in candidates {
        let f: Vec<char> = form.chars().collect();
        let d = typo_distance(word, &f, max);
        if d > max {
            continue;
        }
        let better = match best {
            None => true,
            Some((bd, bdf, bf)) => {
                d < bd || (d == bd && (documents > bdf || (documents == bdf && form < bf)))
            }
        };
        if better {
            best = Some((d, documents, form));
        }
    }
    best.map(|(_, _, form)| form.to_string())
}

impl LanguageIndex {
    /// The form closest to a word with no match, within its typo budget:
    /// fewest edits, then the most documents, then the first in order.
    /// Sought in the word's shard, then, for a typo in its first
    /// characters, within one edit, in its near parts ([`near_parts`]).
    pub(super) fn suggest(&self, word: &str) -> Option<String> {
        let w: Vec<char> = word.chars().collect();
        let max = typo_budget(w.len());
        if max == 0 {
            return None;
        }
        let shard = self.shard(word);
        let own = shard
            .forms
            .iter()
            .map(|(form, terms)| (form.as_str(), document_count(shard, terms)));
        if let Some(form) = closest(&w, max, own) {
            return Some(form);
        }
        let near = near_parts(word).into_iter().flat_map(|i| {
            let part = self.near.get(i as usize).into_iter().flatten();
            part.map(|(form, &n)| (form.as_str(), n as usize))
        });
        // One edit only, the one in the first characters: a word with a
        // second typo besides is too far (`jetables` is not `etablis`).
        closest(&w, 1, near)
    }

    /// For a query that finds nothing, its words found only as the term
    /// they begin with taken as typos instead (`sewnig machine`: `sewn`,
    /// then `sewing`), if every word then finds a document: the documents,
    /// with `groups`, `sets` and `searched` changed to match.
    pub(super) fn typos_for_beginnings<'a>(
        &'a self,
        groups: &mut [Group<'a>],
        sets: &mut [BTreeMap<u32, Found>],
        searched: &mut [String],
        options: &Options,
    ) -> Option<BTreeMap<u32, Found>> {
        let mut tried: Vec<(usize, Group<'a>, BTreeMap<u32, Found>)> = Vec::new();
        for (i, group) in groups.iter().enumerate().filter(|(_, g)| g.begun) {
            let Some(form) = self.suggest(&group.word) else {
                continue;
            };
            let Some(exact) = self.resolve(&form) else {
                continue;
            };
            let instead = Group {
                word: group.word.clone(),
                searched: form,
                exact: Some(exact),
                completions: Vec::new(),
                begun: false,
                at: group.at,
            };
            let set = self.group_documents(&instead, options);
            tried.push((i, instead, set));
        }
        if tried.is_empty() {
            return None;
        }
        let mut chosen: Vec<&BTreeMap<u32, Found>> = sets.iter().collect();
        for (i, _, set) in &tried {
            chosen[*i] = set;
        }
        let total = intersect(&chosen);
        if total.is_empty() {
            return None;
        }
        for (i, group, set) in tried {
            searched[group.at].clone_from(&group.searched);
            groups[i] = group;
            sets[i] = set;
        }
        Some(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_swaps_once() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(edit_distance(&c("cofee"), &c("coffee"), 2), 1);
        assert_eq!(edit_distance(&c("tobaco"), &c("tobacco"), 2), 1);
        assert_eq!(edit_distance(&c("cofefe"), &c("coffee"), 2), 1);
        assert!(edit_distance(&c("tea"), &c("coffee"), 2) > 2);
    }

    #[test]
    fn a_letter_doubled_or_not_is_one_edit_however_many() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(edit_distance(&c("tobbaco"), &c("tobacco"), 2), 2);
        assert_eq!(typo_distance(&c("tobbaco"), &c("tobacco"), 2), 1);
        assert_eq!(typo_distance(&c("cigarrete"), &c("cigarette"), 2), 1);
        assert_eq!(typo_distance(&c("cofee"), &c("coffee"), 2), 1);
        // Other edits still count one by one.
        assert_eq!(typo_distance(&c("tobbaca"), &c("tobacco"), 2), 2);
        assert!(typo_distance(&c("tea"), &c("coffee"), 2) > 2);
    }
}
