//! The tariff: chapters read from `content/tariff/NN.md`, their tariff
//! tables parsed into typed, validated [`TariffCode`]s (headings,
//! subheadings, national lines) with parsed duty rates, translations applied
//! line by line, and the HS sections of `content/tariff/_index.md`.
//!
//! Start at [`build`]; [`table`] finds the table, [`rate`] reads rates, and
//! [`import`] writes chapter files from a spreadsheet export.

mod amounts;
pub mod display;
pub mod import;
pub mod rate;
mod rate_words;
pub(crate) use rate_words::{currency_multiples, currency_words};
pub mod row;
pub mod table;

mod cache;
mod chapter;
pub mod lineage;
mod measures;
mod numbers;
mod succession;
pub mod terms;
mod units;
pub use measures::{is_known_unit, line_quantity_in, unit_name};
mod written;

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::config::{Config, TariffColumn};
use crate::content::Corpus;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::page::{Page, PageKind, TranslationState};

pub use cache::ChapterCache;
pub use lineage::{ContextPart, LineageStep};
pub use rate::{DutyRate, SpecificDuty};
pub use row::{LineStatus, Validity};
pub use written::{display_code, format_code, normalise_code, shown_by, shown_code};

use crate::timeline::{Dated, Timeline};

/// The level of a tariff code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeLevel {
    /// Four digits: an HS heading.
    Heading,
    /// Six digits: an HS subheading.
    Subheading,
    /// The national number of digits: a declarable national tariff line.
    NationalLine,
}

/// A rate cell: the text as written and the rates it gives over time
/// (`15%; 10% from 2027-01-01`); each value's rate is `None` for `-` or an
/// empty cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RateCell {
    /// The cell as written.
    pub text: String,
    /// The rate in force and those scheduled.
    pub timeline: Timeline<Option<DutyRate>>,
}

impl RateCell {
    /// The value in force on `date`; `None` before the first dated value.
    pub fn at(&self, date: jiff::civil::Date) -> Option<&Dated<Option<DutyRate>>> {
        self.timeline.at(date)
    }

    /// Whether any value of the cell is a rate (not `-`).
    pub fn has_rate(&self) -> bool {
        self.timeline.values().iter().any(|v| v.value.is_some())
    }
}

/// One coded row of a tariff table.
#[derive(Debug, Clone)]
pub struct TariffCode {
    /// Digits only: `09011110`.
    pub digits: String,
    /// As shown: `0901.11.10`.
    pub display: String,
    /// Heading, subheading or national line.
    pub level: CodeLevel,
    /// Chapter number, `09`.
    pub chapter: String,
    /// Index of the parent code; `None` for a heading (its parent is the chapter).
    pub parent: Option<usize>,
    /// Indexes of the child codes, in table order.
    pub children: Vec<usize>,
    /// Indentation from the description's leading dashes, or from the level.
    pub depth: usize,
    /// The days the line is in force (`from`/`until` in its code cell).
    pub validity: Validity,
    /// Description per configured language; index 0 (the default language) is always set.
    pub descriptions: Vec<Option<String>>,
    /// Plain data columns (unit…), by column key.
    pub data: BTreeMap<String, String>,
    /// The grouping lines between the code and its parent in the table
    /// (`- Roasted:` above 0901.21), broadest first, each its text per
    /// language (index 0 always set): see [`lineage`].
    pub groups: Vec<Vec<Option<String>>>,
    /// Rate columns, by column key.
    pub rates: BTreeMap<String, RateCell>,
    /// Translated text columns, by column key, per language.
    pub texts: BTreeMap<String, Vec<Option<String>>>,
    /// The words traders type for the code, per language (empty when no
    /// chapter file lists any): search finds the code by them
    /// ([`terms`]).
    pub search_terms: Vec<Vec<String>>,
    /// File and line the row is written on.
    pub source: PathBuf,
    /// 1-based line.
    pub line: usize,
}

impl TariffCode {
    /// The specific duties of column `key` over time (`2000 VND/kg` of
    /// `30% min 2000 VND/kg; 25% from 2027-01-01`).
    pub(crate) fn specific_duties<'c>(
        &'c self,
        key: &str,
    ) -> impl Iterator<Item = &'c SpecificDuty> {
        let values = self.rates.get(key).map(|cell| cell.timeline.values());
        values
            .into_iter()
            .flatten()
            .filter_map(|v| v.value.as_ref()?.specific())
    }

    /// Whether the code has no children: the rows that carry rates.
    pub fn is_leaf(&self) -> bool {
        self.children.is_empty()
    }

    /// The description in language `lang`, and whether it is the default
    /// language's for want of a translation.
    pub fn description(&self, lang: Lang<'_>) -> (&str, bool) {
        lineage::described(&self.descriptions, lang)
    }
}

/// A row of a chapter's table in order: a code, or a grouping line.
#[derive(Debug, Clone)]
pub enum ChapterRow {
    /// Index of a [`TariffCode`].
    Code(usize),
    /// A code-less grouping line such as `- Not roasted:`.
    Group {
        /// Indentation.
        depth: usize,
        /// Text per language (index 0 always set).
        descriptions: Vec<Option<String>>,
    },
}

/// One chapter of the tariff.
#[derive(Debug, Clone)]
pub struct Chapter {
    /// Two digits.
    pub number: String,
    /// Roman numeral of its HS section.
    pub section: Option<String>,
    /// Key of its page (`tariff/09`).
    pub page_key: String,
    /// Table rows in order.
    pub rows: Vec<ChapterRow>,
}

/// An HS section: a group of chapters.
#[derive(Debug, Clone, Serialize)]
pub struct TariffSection {
    /// Roman numeral.
    pub number: String,
    /// Title per language; index 0 always set.
    pub titles: Vec<Option<String>>,
    /// Chapter numbers, ascending.
    pub chapters: Vec<String>,
}

/// The whole tariff.
#[derive(Debug, Clone, Default)]
pub struct Tariff {
    /// Columns after Code and Description.
    pub columns: Vec<TariffColumn>,
    /// Sections in order.
    pub sections: Vec<TariffSection>,
    /// Chapters in order.
    pub chapters: Vec<Chapter>,
    /// Every code, in chapter and table order (shared: `kb serve` keeps
    /// the codes of the chapters an edit did not touch).
    pub codes: Vec<Arc<TariffCode>>,
    by_digits: HashMap<String, usize>,
}

impl Tariff {
    /// The code with these digits (dots and spaces ignored).
    pub fn code(&self, code: &str) -> Option<&TariffCode> {
        self.index_of(code).map(|i| &*self.codes[i])
    }

    /// Index of a code (dots and spaces ignored).
    pub fn index_of(&self, code: &str) -> Option<usize> {
        self.by_digits.get(&normalise_code(code)).copied()
    }

    /// The chapter with this two-digit number.
    pub fn chapter(&self, number: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.number == number)
    }

    /// The codes, in table order, whose digits begin with `digits`, when
    /// no code has them: the lines of a subheading printed without a row
    /// of its own (`8703.40` as its line `8703.40.00`). Empty for a code
    /// that has a row, or fewer than four digits.
    pub fn lines_of_missing(&self, digits: &str) -> Vec<&TariffCode> {
        if digits.len() < 4 || self.by_digits.contains_key(digits) {
            return Vec::new();
        }
        self.codes
            .iter()
            .filter(|c| c.digits.starts_with(digits))
            .map(|c| &**c)
            .collect()
    }

    /// Indexes of a code's ancestors, nearest first.
    pub fn ancestors(&self, index: usize) -> Vec<usize> {
        self.above(&self.codes[index]).collect()
    }

    /// Indexes of the codes above `code`, nearest first.
    pub fn above<'a>(&'a self, code: &TariffCode) -> impl Iterator<Item = usize> + 'a {
        std::iter::successors(code.parent, |&p| self.codes[p].parent)
    }

    /// The lines that take over from line `index` on the day after its
    /// last: those under the same code whose first day it is. A split or
    /// a renumbering is written so (`0901.21.20 until 2027-06-30`, then
    /// `0901.21.21 from 2027-07-01`); the tariff says nothing more, so
    /// this is what kb infers from it.
    pub fn successors(&self, index: usize) -> Vec<usize> {
        let next = self.codes[index]
            .validity
            .until
            .and_then(|u| u.tomorrow().ok());
        self.siblings_where(index, next, |v| v.from)
    }

    /// The lines line `index` takes over from: those under the same code
    /// whose last day is the day before its first (see [`Self::successors`]).
    pub fn predecessors(&self, index: usize) -> Vec<usize> {
        let before = self.codes[index]
            .validity
            .from
            .and_then(|f| f.yesterday().ok());
        self.siblings_where(index, before, |v| v.until)
    }

    /// The other codes under line `index`'s parent whose `day_of` is `day`.
    fn siblings_where(
        &self,
        index: usize,
        day: Option<jiff::civil::Date>,
        day_of: fn(&Validity) -> Option<jiff::civil::Date>,
    ) -> Vec<usize> {
        let Some(day) = day else {
            return Vec::new();
        };
        self.siblings(&self.codes[index])
            .filter(|&s| day_of(&self.codes[s].validity) == Some(day))
            .collect()
    }

    /// Indexes of the other codes under `code`'s parent, in table order.
    fn siblings<'a>(&'a self, code: &'a TariffCode) -> impl Iterator<Item = usize> + 'a {
        code.parent
            .map(|p| self.codes[p].children.as_slice())
            .unwrap_or_default()
            .iter()
            .copied()
            .filter(move |&s| self.codes[s].digits != code.digits)
    }

    /// What the rest of the site reads of the tariff to link to it and
    /// give its pages their addresses: the chapters and codes there are.
    pub fn outline(&self) -> TariffOutline {
        TariffOutline {
            chapters: self.chapters.iter().map(|c| c.number.clone()).collect(),
            codes: self.codes.iter().map(|c| c.digits.clone()).collect(),
        }
    }

    /// The section a chapter belongs to.
    pub fn section_of(&self, chapter: &Chapter) -> Option<&TariffSection> {
        let number = chapter.section.as_deref()?;
        self.sections.iter().find(|s| s.number == number)
    }
}

/// The chapter numbers and code digits of a tariff, in order: equal for
/// two tariffs whose codes have the same addresses and indexes, however
/// their descriptions, rates or rows differ. `kb serve` keeps what was
/// made from these alone (link targets, output paths, routes) across an
/// edit of a chapter that adds or removes no code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TariffOutline {
    chapters: Vec<String>,
    codes: Vec<String>,
}

/// The content key of chapter `number`'s file (`09` → `tariff/09`).
pub fn chapter_key(number: &str) -> String {
    format!("tariff/{number}")
}

pub use crate::page::is_chapter_key;

#[derive(Deserialize)]
struct ChapterFront {
    section: Option<String>,
}

#[derive(Deserialize)]
struct IndexFront {
    #[serde(default)]
    sections: BTreeMap<String, String>,
}

/// What [`build`] found beside the tariff: byte ranges of the tariff table
/// in each chapter file (by corpus index), which the page body leaves out.
pub type TableRanges = HashMap<usize, Range<usize>>;

/// Reads every chapter of the corpus into the tariff.
pub fn build(
    config: &Config,
    corpus: &Corpus,
    pages: &[Page],
    problems: &mut Diagnostics,
) -> (Tariff, TableRanges) {
    assemble(config, corpus, pages, None, problems)
}

/// [`build`], reading again only the chapters whose files changed since
/// the build that filled `cache` (`kb serve`, after an edit), and leaving
/// in it what the next build may reuse.
pub fn build_cached(
    config: &Config,
    corpus: &Corpus,
    pages: &[Page],
    cache: &mut ChapterCache,
    problems: &mut Diagnostics,
) -> (Tariff, TableRanges) {
    cache.keep_only(pages);
    assemble(config, corpus, pages, Some(cache), problems)
}

/// The tariff of `pages`, each chapter read from its files or, when they
/// did not change, taken from `cache`; in page order, which is the order
/// of chapter numbers.
fn assemble(
    config: &Config,
    corpus: &Corpus,
    pages: &[Page],
    cache: Option<&mut ChapterCache>,
    problems: &mut Diagnostics,
) -> (Tariff, TableRanges) {
    let mut tariff = Tariff {
        columns: config.tariff.columns.clone(),
        ..Tariff::default()
    };
    let mut ranges = TableRanges::new();
    let mut section_titles: BTreeMap<String, Vec<Option<String>>> = BTreeMap::new();
    let mut alone = ChapterCache::default();
    let cache = cache.unwrap_or(&mut alone);
    cache.read_changed(config, corpus, pages);
    for page in pages {
        match page.kind {
            PageKind::TariffIndex => {
                read_section_titles(config, corpus, page, &mut section_titles);
            }
            PageKind::TariffChapter => {
                // Every chapter page was read (or kept) just above.
                if let Some(chapter) = cache.placed(page, tariff.codes.len()) {
                    cache::append_chapter(&mut tariff, &mut ranges, page, chapter, problems);
                }
            }
            _ => {}
        }
    }
    tariff.chapters.sort_by(|a, b| a.number.cmp(&b.number));
    tariff.sections = group_sections(section_titles, &tariff.chapters, problems);
    (tariff, ranges)
}

/// Adds the section titles of the tariff's index page (`[sections]` of
/// `content/tariff/_index.md`), in each language it is translated to, to
/// `titles` (by section number, then language).
fn read_section_titles(
    config: &Config,
    corpus: &Corpus,
    page: &Page,
    titles: &mut BTreeMap<String, Vec<Option<String>>>,
) {
    let languages = config.languages.len();
    for (lang, version) in page.versions.iter().enumerate() {
        if lang > 0 && version.state == TranslationState::Missing {
            continue;
        }
        let file = &corpus.files[version.file];
        if let Ok(front) = toml::from_str::<IndexFront>(file.front_text()) {
            for (number, title) in front.sections {
                let found = titles
                    .entry(number)
                    .or_insert_with(|| vec![None; languages]);
                found[lang] = Some(title);
            }
        }
    }
}

/// Reads a chapter page's tariff table, original then translations, into
/// `tariff`'s codes and the chapter's rows, noting where each table is in
/// `ranges`; `None` (with a warning) when the original has no table.
fn read_chapter(
    config: &Config,
    corpus: &Corpus,
    page: &Page,
    tariff: &mut chapter::ChapterCodes,
    ranges: &mut TableRanges,
    problems: &mut Diagnostics,
) -> Option<Chapter> {
    let number = page.key["tariff/".len()..].to_string();
    let original = &corpus.files[page.versions[0].file];
    let section = match toml::from_str::<ChapterFront>(original.front_text()) {
        Ok(front) => front.section,
        Err(_) => None,
    };
    let Some(table) = table::find_tariff_table(&original.source.text, original.body.clone()) else {
        problems.push(
            Diagnostic::warning("tariff", format!("chapter {number} has no tariff table"))
                .in_file(&original.source.path)
                .hint("add a table whose headers start `| Code | Description |`"),
        );
        return None;
    };
    ranges.insert(page.versions[0].file, table.range.clone());
    let mut reader = chapter::ChapterReader::new(config, &number, tariff, problems);
    let mut rows = reader.read_original(original, &table);
    for (lang, version) in page.versions.iter().enumerate().skip(1) {
        if version.state == TranslationState::Missing {
            continue;
        }
        let file = &corpus.files[version.file];
        if let Some(t) = table::find_tariff_table(&file.source.text, file.body.clone()) {
            ranges.insert(version.file, t.range.clone());
            reader.read_translation(file, &t, lang, &mut rows);
        }
    }
    let rows = reader.finish(rows);
    let languages = config.languages.len();
    for (lang, version) in page.versions.iter().enumerate() {
        if lang > 0 && version.state == TranslationState::Missing {
            continue;
        }
        let file = &corpus.files[version.file];
        terms::read_search_terms(file, &number, lang, languages, tariff, problems);
    }
    Some(Chapter {
        number,
        section,
        page_key: page.key.clone(),
        rows,
    })
}

/// The HS sections with a title in the original language, in order of
/// their Roman numbers, each with its chapters; a chapter naming a section
/// the index does not define is an error (when the index defines any).
fn group_sections(
    titles: BTreeMap<String, Vec<Option<String>>>,
    chapters: &[Chapter],
    problems: &mut Diagnostics,
) -> Vec<TariffSection> {
    let mut sections: Vec<TariffSection> = titles
        .into_iter()
        .map(|(number, titles)| TariffSection {
            chapters: chapters
                .iter()
                .filter(|c| c.section.as_deref() == Some(number.as_str()))
                .map(|c| c.number.clone())
                .collect(),
            number,
            titles,
        })
        .filter(|s| s.titles[0].is_some())
        .collect();
    sections.sort_by_key(|s| roman_value(&s.number));
    for chapter in chapters {
        if let Some(section) = &chapter.section {
            if !sections.is_empty() && !sections.iter().any(|s| &s.number == section) {
                problems.push(
                    Diagnostic::error("tariff", format!("chapter {} names section `{section}`, which tariff/_index.md does not define", chapter.number))
                        .in_file(format!("content/{}.md", chapter.page_key))
                        .hint("add it under [sections] in content/tariff/_index.md"),
                );
            }
        }
    }
    sections
}

/// Value of a Roman numeral, for ordering sections; unknown text sorts last.
/// Malformed numerals (`IIIIIIV`) sort somewhere, without overflowing.
pub(crate) fn roman_value(numeral: &str) -> u32 {
    let mut total = 0;
    let mut previous = 0;
    for c in numeral.chars().rev() {
        let v = match c.to_ascii_uppercase() {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return u32::MAX,
        };
        if v < previous {
            total = u32::saturating_sub(total, v);
        } else {
            total = u32::saturating_add(total, v);
            previous = v;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_order_sections() {
        let mut s = vec!["X", "II", "XXI", "IV", "I", "IX"];
        s.sort_by_key(|n| roman_value(n));
        assert_eq!(s, ["I", "II", "IV", "IX", "X", "XXI"]);
    }

    #[test]
    fn malformed_roman_numerals_do_not_overflow() {
        // Issue 8, point 3: found by the tariff_table fuzz target.
        assert_eq!(roman_value("IIIIIIV"), 0);
        assert_eq!(roman_value("IC"), 99);
    }

    #[test]
    fn chapter_keys_are_two_digits() {
        assert!(is_chapter_key("tariff/09"));
        assert!(!is_chapter_key("tariff/_index"));
        assert!(!is_chapter_key("tariff/9"));
        assert!(!is_chapter_key("guides/09"));
    }
}
