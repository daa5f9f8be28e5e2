//! Where a code sits: the codes and the grouping lines above it. A
//! grouping line (`- Roasted:`, a row with no code) applies to the rows
//! after it that are deeper than it, up to a row at its depth or
//! shallower; most tariffs put the words that tell two lines apart there
//! (roasted coffee from green, stout from lager), so a code's lineage, its
//! context in titles and its search document carry them.
//!
//! [`assign_groups`] gives each code of a chapter the grouping lines
//! between it and its parent; [`Tariff::lineage`] and
//! [`Tariff::context_of`] read them back.

use crate::lang::Lang;

use super::{ChapterRow, Tariff, TariffCode};

/// The text of `descriptions` (a code's or a grouping line's, per
/// language) in `lang`, and whether it is the default language's for want
/// of a translation.
pub fn described<'d>(descriptions: &'d [Option<String>], lang: Lang<'_>) -> (&'d str, bool) {
    match descriptions.get(lang.index()).and_then(Option::as_deref) {
        Some(d) => (d, false),
        None => (
            descriptions
                .first()
                .and_then(Option::as_deref)
                .unwrap_or_default(),
            !lang.is_default(),
        ),
    }
}

/// One step of a code's lineage: a code above it, or a grouping line.
#[derive(Debug, Clone, Copy)]
pub enum LineageStep<'t> {
    /// Index of a code above.
    Code(usize),
    /// A grouping line's text per language (index 0 always set).
    Group(&'t [Option<String>]),
}

/// A part of a code's context: its text and whether it is the default
/// language's for want of a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContextPart<'t> {
    /// The description or grouping line.
    pub text: &'t str,
    /// Whether `text` is untranslated.
    pub fallback: bool,
}

/// What separates the parts of a code's title: `Unground – Not
/// decaffeinated: – Roasted: – Coffee…`.
pub const CONTEXT_SEPARATOR: &str = " – ";

/// `parts` as one text, nearest first.
pub fn joined(parts: &[ContextPart<'_>]) -> String {
    let texts: Vec<&str> = parts.iter().map(|p| p.text).collect();
    texts.join(CONTEXT_SEPARATOR)
}

/// Gives each code of a chapter (`rows`, in table order, indexing
/// `codes`) the grouping lines between it and its parent, broadest first:
/// those still open at its row (deeper rows follow them, no row at their
/// depth or shallower came between) that were not already open at its
/// parent's.
pub(super) fn assign_groups(rows: &[ChapterRow], codes: &mut [TariffCode], first_code: usize) {
    // Open grouping lines: their depth and their position in `rows`.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut row_of = vec![0; codes.len().saturating_sub(first_code)];
    for (at, row) in rows.iter().enumerate() {
        let depth = match row {
            ChapterRow::Group { depth, .. } => *depth,
            ChapterRow::Code(i) => codes[*i].depth,
        };
        while open.last().is_some_and(|&(d, _)| d >= depth) {
            open.pop();
        }
        match row {
            ChapterRow::Group { .. } => open.push((depth, at)),
            ChapterRow::Code(i) => {
                let code = &codes[*i];
                // A parent is in this chapter, above its code.
                let parent_row = code
                    .parent
                    .and_then(|p| row_of.get(p.checked_sub(first_code)?).copied());
                let groups = open
                    .iter()
                    .filter(|&&(_, g)| parent_row.is_none_or(|p| g > p))
                    .filter_map(|&(_, g)| match &rows[g] {
                        ChapterRow::Group { descriptions, .. } => Some(descriptions.clone()),
                        ChapterRow::Code(_) => None,
                    })
                    .collect();
                codes[*i].groups = groups;
                if let Some(slot) = i.checked_sub(first_code).and_then(|i| row_of.get_mut(i)) {
                    *slot = at;
                }
            }
        }
    }
}

impl Tariff {
    /// The steps above code `index`, broadest first: each code above it
    /// with, before it, the grouping lines between it and its parent; then
    /// the grouping lines between the code and its own parent.
    pub fn lineage(&self, index: usize) -> Vec<LineageStep<'_>> {
        let mut steps = Vec::new();
        let mut at = Some(index);
        while let Some(i) = at {
            let code = &self.codes[i];
            for group in code.groups.iter().rev() {
                steps.push(LineageStep::Group(group));
            }
            at = code.parent;
            if let Some(parent) = at {
                steps.push(LineageStep::Code(parent));
            }
        }
        steps.reverse();
        steps
    }

    /// Where `code` (at `index`) sits, in `lang`, nearest first: the
    /// description of the nearest code above it that says something its
    /// own does not, every grouping line above it, and the description of
    /// the code above the broadest of those, in whose context a grouping
    /// line such as `Roasted:` is read. A subheading not divided nationally
    /// has one line with the same words as itself (5305.00 under 53.05),
    /// whose context is then the code above both, or none. Empty for a
    /// heading.
    pub fn context_of(&self, index: usize, lang: Lang<'_>) -> Vec<ContextPart<'_>> {
        let (own, _) = self.codes[index].description(lang);
        let mut steps = self.lineage(index);
        steps.reverse();
        let differs = |step: &LineageStep<'_>| match step {
            LineageStep::Code(c) => self.codes[*c].description(lang).0 != own,
            LineageStep::Group(_) => false,
        };
        let nearest = steps.iter().position(differs);
        let broadest_group = steps
            .iter()
            .rposition(|s| matches!(s, LineageStep::Group(_)));
        // The code above the broadest grouping line, when that line is
        // above the nearest code worded differently.
        let above_groups = broadest_group
            .filter(|&g| nearest.is_none_or(|n| g > n))
            .and_then(|g| (g + 1..steps.len()).find(|&s| differs(&steps[s])));
        steps
            .iter()
            .enumerate()
            .filter(|&(at, step)| match step {
                LineageStep::Group(_) => true,
                LineageStep::Code(_) => Some(at) == nearest || Some(at) == above_groups,
            })
            .map(|(_, step)| {
                let (text, fallback) = match step {
                    LineageStep::Code(c) => self.codes[*c].description(lang),
                    LineageStep::Group(g) => described(g, lang),
                };
                ContextPart { text, fallback }
            })
            .filter(|part| !part.text.is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::fixture_with;

    /// A chapter as AHTN prints coffee: grouping lines at depth 1 between
    /// the heading and the subheadings, the roasted ones 35%.
    const COFFEE: &str = "+++\ntitle = \"Coffee\"\n+++\n\n\
| Code | Description | Unit | MFN | ATIGA | Note |\n\
|---|---|---|---|---|---|\n\
| 09.01 | Coffee, whether or not roasted or decaffeinated | | | | |\n\
| | - Not roasted: | | | | |\n\
| 0901.11 | - - Not decaffeinated: | | | | |\n\
| 0901.11.10 | - - - Arabica | kg | 7% | 0% | |\n\
| 0901.11.90 | - - - Other | kg | 7% | 0% | |\n\
| 0901.12 | - - Decaffeinated | kg | 7% | 0% | |\n\
| | - Roasted: | | | | |\n\
| 0901.21 | - - Not decaffeinated: | | | | |\n\
| | - - - Unground: | | | | |\n\
| 0901.21.11 | - - - - In packages | kg | 35% | 0% | |\n\
| 0901.21.19 | - - - - Other | kg | 35% | 0% | |\n\
| 0901.21.20 | - - - Ground | kg | 35% | 0% | |\n\
| 0901.90 | - Other | kg | 20% | 0% | |\n";

    fn texts(parts: &[ContextPart<'_>]) -> Vec<String> {
        parts.iter().map(|p| p.text.to_string()).collect()
    }

    #[test]
    fn a_grouping_line_reaches_the_codes_under_it_by_depth() {
        let (_dir, loaded) = fixture_with("tariff", &[("content/tariff/09.md", COFFEE)]);
        let tariff = &loaded.site.tariff;
        let groups = |code: &str| -> Vec<String> {
            let code = tariff.code(code).expect("a code");
            code.groups
                .iter()
                .map(|g| g[0].clone().unwrap_or_default())
                .collect()
        };
        assert_eq!(groups("0901.11"), ["Not roasted:"]);
        // Under its parent's grouping line, not a second time its own.
        assert!(groups("0901.11.10").is_empty());
        assert_eq!(groups("0901.21"), ["Roasted:"]);
        assert_eq!(groups("0901.21.11"), ["Unground:"]);
        assert_eq!(groups("0901.21.19"), ["Unground:"]);
        // A row at the grouping line's depth closes it.
        assert!(groups("0901.21.20").is_empty());
        assert!(groups("0901.90").is_empty());
    }

    #[test]
    fn a_context_goes_up_to_the_code_above_the_broadest_grouping_line() {
        let (_dir, loaded) = fixture_with("tariff", &[("content/tariff/09.md", COFFEE)]);
        let tariff = &loaded.site.tariff;
        let en = loaded.site.config.lang("en").expect("English");
        let context = |code: &str| texts(&tariff.context_of(tariff.index_of(code).unwrap(), en));
        let coffee = "Coffee, whether or not roasted or decaffeinated";
        assert_eq!(
            context("0901.21.11"),
            ["Unground:", "Not decaffeinated:", "Roasted:", coffee]
        );
        assert_eq!(
            context("0901.21.20"),
            ["Not decaffeinated:", "Roasted:", coffee]
        );
        assert_eq!(
            context("0901.11.10"),
            ["Not decaffeinated:", "Not roasted:", coffee]
        );
        assert_eq!(context("0901.21"), ["Roasted:", coffee]);
        // Without a grouping line, the nearest code worded differently.
        assert_eq!(context("0901.90"), [coffee]);
        assert!(context("0901").is_empty());
    }

    #[test]
    fn a_lineage_holds_the_grouping_lines_in_table_order() {
        let (_dir, loaded) = fixture_with("tariff", &[("content/tariff/09.md", COFFEE)]);
        let tariff = &loaded.site.tariff;
        let steps: Vec<String> = tariff
            .lineage(tariff.index_of("0901.21.11").unwrap())
            .iter()
            .map(|s| match s {
                LineageStep::Code(c) => tariff.codes[*c].display.clone(),
                LineageStep::Group(g) => g[0].clone().unwrap_or_default(),
            })
            .collect();
        assert_eq!(steps, ["09.01", "Roasted:", "0901.21", "Unground:"]);
    }
}
