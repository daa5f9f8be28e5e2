//! Chapters kept from one build of the tariff to the next, for `kb serve`:
//! an edit of one chapter file reads that chapter again and takes every
//! other one as it was read last time.
//!
//! Codes are numbered in one list across chapters (a code's parent and
//! children are indexes into it), so a chapter is read on its own and its
//! codes numbered from where it starts in the whole list; a kept chapter
//! is numbered again only when a chapter before it gained or lost codes.
//! Codes are shared between builds, so a build copies no code of a kept
//! chapter, and freeing the last site frees only the edited ones. A chapter's codes can only name codes of the same
//! chapter (a code starts with its chapter's digits, and so do its
//! parent's), so reading chapters apart gives the same codes, rows and
//! problems as reading them one after the other.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use crate::config::Config;
use crate::content::Corpus;
use crate::diagnostics::Diagnostics;
use crate::page::{Page, PageKind, TranslationState};

use super::chapter::ChapterCodes;
use super::{Chapter, ChapterRow, TableRanges, Tariff, TariffCode};

/// The chapters of the last build, by page key (`tariff/09`), each with
/// the files it was read from. Holds one configuration's reading: make a
/// new cache when `kb.toml` changes.
#[derive(Default)]
pub struct ChapterCache {
    chapters: HashMap<String, ReadChapter>,
    /// Chapters read from their files since the cache was made (for tests
    /// that an edit reads only the chapter it touched).
    reads: usize,
}

/// One chapter page as read, its codes numbered from `first` (where it
/// was last placed in the whole list of codes).
pub(super) struct ReadChapter {
    files: ChapterFiles,
    /// `None` when the original has no tariff table.
    chapter: Option<Chapter>,
    codes: Vec<Arc<TariffCode>>,
    first: usize,
    /// Where each version's table is, by version (language) index.
    ranges: Vec<(usize, Range<usize>)>,
    problems: Diagnostics,
}

/// What a chapter is read from: for each language, the path and text of
/// its file, or `None` for a translation that is missing (not read).
#[derive(PartialEq)]
struct ChapterFiles(Vec<Option<(PathBuf, Arc<str>)>>);

impl ChapterFiles {
    fn of(corpus: &Corpus, page: &Page) -> ChapterFiles {
        let files = page.versions.iter().enumerate().map(|(lang, version)| {
            if lang > 0 && version.state == TranslationState::Missing {
                return None;
            }
            let source = &corpus.files[version.file].source;
            Some((source.path.clone(), source.text.clone()))
        });
        ChapterFiles(files.collect())
    }
}

impl ReadChapter {
    /// Reads chapter page `page` alone, its codes numbered from `first`.
    pub(super) fn read(config: &Config, corpus: &Corpus, page: &Page, first: usize) -> ReadChapter {
        let mut alone = ChapterCodes::default();
        let mut ranges = TableRanges::new();
        let mut problems = Diagnostics::new();
        let mut chapter =
            super::read_chapter(config, corpus, page, &mut alone, &mut ranges, &mut problems);
        let ranges = page
            .versions
            .iter()
            .enumerate()
            .filter_map(|(lang, v)| Some((lang, ranges.remove(&v.file)?)))
            .collect();
        let moved = |i: usize| i + first;
        if let Some(chapter) = &mut chapter {
            renumber_rows(chapter, moved);
        }
        let codes = alone
            .codes
            .into_iter()
            .map(|mut code| {
                renumber_code(&mut code, moved);
                Arc::new(code)
            })
            .collect();
        ReadChapter {
            files: ChapterFiles::of(corpus, page),
            chapter,
            codes,
            first,
            ranges,
            problems,
        }
    }

    /// Numbers the codes from `first`: a chapter after one that gained or
    /// lost codes moves (its codes are copied); otherwise nothing is done.
    fn place_at(&mut self, first: usize) {
        if first == self.first {
            return;
        }
        let moved = |i: usize| i - self.first + first;
        if let Some(chapter) = &mut self.chapter {
            renumber_rows(chapter, moved);
        }
        for code in &mut self.codes {
            renumber_code(Arc::make_mut(code), moved);
        }
        self.first = first;
    }
}

fn renumber_code(code: &mut TariffCode, moved: impl Fn(usize) -> usize) {
    code.parent = code.parent.map(&moved);
    code.children.iter_mut().for_each(|c| *c = moved(*c));
}

fn renumber_rows(chapter: &mut Chapter, moved: impl Fn(usize) -> usize) {
    for row in &mut chapter.rows {
        if let ChapterRow::Code(i) = row {
            *i = moved(*i);
        }
    }
}

/// Adds a chapter, its codes numbered from the number of codes already in
/// `tariff`, to it: its codes (shared), its table ranges under the corpus
/// files of `page`'s versions, and its problems.
pub(super) fn append_chapter(
    tariff: &mut Tariff,
    ranges: &mut TableRanges,
    page: &Page,
    read: &ReadChapter,
    problems: &mut Diagnostics,
) {
    debug_assert_eq!(read.first, tariff.codes.len());
    for (lang, range) in &read.ranges {
        if let Some(version) = page.versions.get(*lang) {
            ranges.insert(version.file, range.clone());
        }
    }
    problems.extend(read.problems.clone());
    for code in &read.codes {
        tariff
            .by_digits
            .insert(code.digits.clone(), tariff.codes.len());
        tariff.codes.push(code.clone());
    }
    if let Some(chapter) = &read.chapter {
        tariff.chapters.push(chapter.clone());
    }
}

impl ChapterCache {
    /// Reads, on every core, the chapter pages of `pages` whose files
    /// changed since they were kept (all of them in a new cache), each
    /// alone; [`ChapterCache::chapter`] then places them.
    pub(super) fn read_changed(&mut self, config: &Config, corpus: &Corpus, pages: &[Page]) {
        use rayon::prelude::*;
        let stale: Vec<&Page> = pages
            .iter()
            .filter(|page| page.kind == PageKind::TariffChapter)
            .filter(|page| {
                self.chapters
                    .get(&page.key)
                    .is_none_or(|kept| kept.files != ChapterFiles::of(corpus, page))
            })
            .collect();
        let read: Vec<ReadChapter> = stale
            .par_iter()
            .map(|page| ReadChapter::read(config, corpus, page, 0))
            .collect();
        for (page, read) in stale.into_iter().zip(read) {
            self.reads += 1;
            self.chapters.insert(page.key.clone(), read);
        }
    }

    /// Chapter page `page` as [`ChapterCache::read_changed`] left it, its
    /// codes numbered from `first`; `None` if it was not given to it.
    pub(super) fn placed(&mut self, page: &Page, first: usize) -> Option<&ReadChapter> {
        let read = self.chapters.get_mut(&page.key)?;
        read.place_at(first);
        Some(read)
    }

    /// Forgets the chapters whose page is not in `pages` any more.
    pub(super) fn keep_only(&mut self, pages: &[Page]) {
        let keys: HashSet<&str> = pages.iter().map(|p| p.key.as_str()).collect();
        self.chapters.retain(|key, _| keys.contains(key.as_str()));
    }
}

#[cfg(test)]
impl ChapterCache {
    /// How many chapters were read from their files (not taken from the
    /// cache) since the cache was made.
    pub(crate) fn reads(&self) -> usize {
        self.reads
    }
}
