//! What `kb new` wrote and the editor never replaced: `kb check` warns
//! (code `placeholder`) where a page still holds a sentence of its
//! archetype ("One sentence for search results and link previews.") or a
//! fee still charges the archetype's `amount = "0"` (issue 15). A build
//! publishes them as they are; the warning is for whoever reviews before.

use crate::content::split_front_matter;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::model::{is_made_index, Site, TranslationState};
use crate::new::{archetype_text, fill_texts, NewKind};

/// The sentences of the archetypes an editor is meant to replace: quoted
/// values of uncommented front matter lines and lines of the body without
/// other `{{` fields. In an archetype with `{{text:NAME}}` fields, those
/// in every language of the site, and nothing else: its other values are
/// data a site may well keep (`rule = "RVC 40 or CTH"`). In one without,
/// a site's own, every such value or line of at least three words.
pub fn placeholder_sentences(site: &Site) -> Vec<String> {
    const ORIGINAL: &str = "\u{1}";
    let mut found: Vec<String> = Vec::new();
    let names = NewKind::ALL.iter().map(|k| k.name());
    for name in names.chain(["translation"]) {
        let Ok(text) = archetype_text(&site.config, name) else {
            continue;
        };
        let has_texts = text.contains("{{text:");
        // Without text fields the archetype reads the same in every language.
        let languages: Vec<&str> = if has_texts {
            site.config.language_codes().collect()
        } else {
            vec![site.config.default_language.as_str()]
        };
        for lang in languages {
            // A translation's prompt names its original: the parts around
            // the name are what every such prompt holds.
            let filled = fill_texts(&text, &site.locales, lang, ORIGINAL);
            for (line, filled) in text.lines().zip(filled.lines()) {
                let example = line.contains("{{text:");
                let Some(candidate) = candidate(filled.trim()) else {
                    continue;
                };
                for part in candidate.split(ORIGINAL).map(str::trim) {
                    let words = part.split_whitespace().count();
                    let sentence = if has_texts {
                        example && (words >= 3 || part == candidate)
                    } else {
                        words >= 3
                    };
                    if sentence && !part.is_empty() && !found.iter().any(|f| f == part) {
                        found.push(part.to_string());
                    }
                }
            }
        }
    }
    found
}

/// The text a line of an archetype offers as a sentence: the quoted value
/// of an uncommented front matter line, or a body line; none where the
/// line is a comment, a fence, an unquoted value or has a `{{` field left.
fn candidate(line: &str) -> Option<String> {
    if line.starts_with('#') || line.contains("{{") || line == "+++" {
        return None;
    }
    match line.split_once('=') {
        Some((_, value)) if !line.starts_with('[') => {
            let rest = value.trim().strip_prefix('"')?;
            Some(rest.split('"').next().unwrap_or("").to_string())
        }
        _ => Some(line.to_string()),
    }
}

/// A warning for each placeholder sentence and zero fee amount left in
/// the site's own files (read again from disk: the model keeps no text).
pub fn find_leftovers(site: &Site) -> Diagnostics {
    let sentences = placeholder_sentences(site);
    let mut problems = Diagnostics::new();
    for page in &site.pages {
        for version in &page.versions {
            if version.state == TranslationState::Missing || is_made_index(&version.source) {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(site.config.root.join(&version.source)) else {
                continue;
            };
            let source = SourceText::new(version.source.clone(), text);
            let front = split_front_matter(&source).map_or(0..0, |(front, _)| front);
            for sentence in &sentences {
                let shown = source
                    .text
                    .match_indices(sentence.as_str())
                    .map(|(at, _)| at)
                    .find(|&at| !in_comment(&source.text, &front, at));
                if let Some(start) = shown {
                    problems.push(
                        Diagnostic::warning("placeholder", "this is the archetype's example text")
                            .at(&source, start, start + sentence.len())
                            .hint("write the page's own words here, or remove the line"),
                    );
                }
            }
            untranslated_title(page, version, &source, &mut problems);
            title_of_its_id(site, page, version, &source, &mut problems);
            if page.key.starts_with("fees/") {
                placeholder_values(&source, &FEE_AMOUNT, &mut problems);
            }
            if page.key.starts_with("exchange-rates/") {
                placeholder_values(&source, &EXCHANGE_RATE, &mut problems);
            }
        }
    }
    problems
}

/// A translation whose title is its original's, word for word: `kb new
/// --lang` writes the original's title for the translator to replace,
/// and a page that keeps it shows a title in another language, unmarked.
/// Titles of fewer than three words are left alone: a name such as
/// `ATA Carnet` is the same in every language.
fn untranslated_title(
    page: &crate::page::Page,
    version: &crate::page::PageVersion,
    source: &SourceText,
    problems: &mut Diagnostics,
) {
    let Some(original) = page.versions.first() else {
        return;
    };
    let words = version
        .title
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic));
    if std::ptr::eq(original, version) || version.title != original.title || words.count() < 3 {
        return;
    }
    title_warning(
        source,
        &version.title,
        format!(
            "this translation's title is the original's, in {}",
            original.lang
        ),
        format!("translate the title into {}", version.lang),
        problems,
    );
}

/// A `placeholder` warning at the first place `title` is written.
fn title_warning(
    source: &SourceText,
    title: &str,
    message: String,
    hint: String,
    problems: &mut Diagnostics,
) {
    if let Some(at) = source.text.find(title) {
        problems.push(
            Diagnostic::warning("placeholder", message)
                .at(source, at, at + title.len())
                .hint(hint),
        );
    }
}

/// A title that is the page's id in words (`import-home-use`: `Import home
/// use`), as `kb new` writes it, in an original of another language than
/// English: the English of the id, not the page's. A one-word title is
/// left alone where the language is written in Latin letters (`Douane`
/// may be meant). A translation's title is [`untranslated_title`]'s.
fn title_of_its_id(
    site: &Site,
    page: &crate::page::Page,
    version: &crate::page::PageVersion,
    source: &SourceText,
    problems: &mut Diagnostics,
) {
    let original = page
        .versions
        .first()
        .is_some_and(|o| std::ptr::eq(o, version));
    if !original
        || crate::lang::base_language(&version.lang) == "en"
        || version.title != crate::new::title_of_id(&page.key)
    {
        return;
    }
    let latin = |c: char| {
        c.is_ascii_alphabetic()
            || ('\u{c0}'..='\u{24f}').contains(&c)
            || ('\u{1e00}'..='\u{1eff}').contains(&c)
    };
    let name = site
        .config
        .language(&version.lang)
        .map_or("", |l| l.name.as_str());
    let latin_script = name.chars().filter(|c| c.is_alphabetic()).all(latin);
    if latin_script && version.title.split_whitespace().count() < 2 {
        return;
    }
    let shown = if name.is_empty() { &version.lang } else { name };
    title_warning(
        source,
        &version.title,
        "the title is the page's id in English words, as `kb new` writes it".to_string(),
        format!("write the title in {shown}"),
        problems,
    );
}

/// Whether `at` is on a comment line of the front matter (`front`): a
/// translation made by `kb new --lang` quotes the original's texts there,
/// and a comment is never shown (a `#` line of the body is a heading, and
/// is).
fn in_comment(text: &str, front: &std::ops::Range<usize>, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    front.contains(&at) && text[line_start..].trim_start().starts_with('#')
}

/// A front matter value an archetype writes as a stand-in for a number
/// only the editor knows.
struct PlaceholderValue {
    key: &'static str,
    is_placeholder: fn(&str) -> bool,
    message: &'static str,
    hint: &'static str,
}

/// A fee's `amount = "0"` (or `0.00`, or unquoted).
const FEE_AMOUNT: PlaceholderValue = PlaceholderValue {
    key: "amount",
    is_placeholder: |value| value.chars().all(|c| c == '0' || c == '.') && value.contains('0'),
    message: "this fee's amount is 0",
    hint: "write the amount charged; a fee that is free is better not listed as a fee",
};

/// An exchange rate's `rate = "1"`: `kb new exchange-rate` cannot know the
/// rate, and one unit of a foreign currency is worth one of the national
/// currency only for a currency at par with it.
const EXCHANGE_RATE: PlaceholderValue = PlaceholderValue {
    key: "rate",
    is_placeholder: |value| value.trim_end_matches('0').trim_end_matches('.') == "1",
    message: "this exchange rate is 1, as `kb new` wrote it",
    hint: "write the national currency's amount for one unit of this currency (a currency at par with the national one may keep 1)",
};

/// The placeholder `value` where it is still in the front matter.
fn placeholder_values(source: &SourceText, value: &PlaceholderValue, problems: &mut Diagnostics) {
    let mut offset = 0;
    let mut fences = 0;
    for line in source.text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if line.trim() == "+++" {
            fences += 1;
            if fences == 2 {
                return;
            }
            continue;
        }
        let Some((key, written)) = line.split_once('=') else {
            continue;
        };
        let written = written
            .split('#')
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches('"');
        if key.trim() == value.key && !written.is_empty() && (value.is_placeholder)(written) {
            let at = start + line.find(written).unwrap_or(0);
            problems.push(
                Diagnostic::warning("placeholder", value.message)
                    .at(source, at, at + written.len())
                    .hint(value.hint),
            );
        }
    }
}
