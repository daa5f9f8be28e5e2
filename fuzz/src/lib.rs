//! What each fuzz target does with its input, in one file that both the
//! libFuzzer targets (`fuzz/fuzz_targets/*.rs`) and the stable regression
//! test (`tests/it/fuzz_corpus.rs`, which includes this file by path) call,
//! so a corpus file means the same thing in both.
//!
//! Every function takes raw bytes and must return without panicking,
//! whatever the bytes: bad input is a diagnostic, never a crash. Inputs
//! that a site cannot contain (text that is not UTF-8, which the loader
//! refuses before any parser sees it) are skipped.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use kb::config::Config;
use kb::content::{parse_file, ContentFile, Corpus};
use kb::i18n::{LocaleFile, Locales};
use kb::model::BuildOptions;

/// What a fuzz target does with one input.
pub type Target = fn(&[u8]);

/// The fuzz targets, by name, for the regression test.
pub const TARGETS: &[(&str, Target)] = &[
    ("front_matter", front_matter),
    ("tariff_table", tariff_table),
    ("duty_rate", duty_rate),
    ("duration", duration),
    ("fluent", fluent),
    ("search_query", search_query),
];

/// The demo site's configuration: four languages (one right-to-left), the
/// tariff columns and eight-digit national lines.
fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        Config::parse(Path::new("/site"), include_str!("../../kb.toml"))
            .expect("the demo kb.toml is valid")
    })
}

fn no_locales() -> Arc<Locales> {
    static LOCALES: OnceLock<Arc<Locales>> = OnceLock::new();
    LOCALES
        .get_or_init(|| Arc::new(Locales::load(config(), &[]).0))
        .clone()
}

/// Whether `path` could be the path of a Markdown file under `content/`
/// that the loader reads: relative, `/`-separated, no empty, `.` or `..`
/// segment, none hidden (the loader skips `.x`, `x~` and `#x`).
fn is_content_path(path: &str) -> bool {
    !path.is_empty()
        && path.split('/').all(|s| {
            !s.is_empty()
                && s != ".."
                && !s.starts_with('.')
                && !s.starts_with('#')
                && !s.ends_with('~')
        })
}

/// Builds the site model (front matter, tariff, entities, links, Markdown)
/// from files as the loader would hand them over.
fn build_model(mut files: Vec<ContentFile>) {
    files.sort_by(|a, b| (&a.key, &a.lang).cmp(&(&b.key, &b.lang)));
    let corpus = Corpus {
        files,
        ..Corpus::default()
    };
    let (_site, _problems) = kb::model::build(
        config().clone(),
        corpus,
        no_locales(),
        &BuildOptions::default(),
    );
}

/// Content files with their front matter, and the whole model stage after
/// them. The input is up to four files separated by NUL bytes; each starts
/// with its path under `content/` without `.md` (`procedures/appeal.fr`) on
/// its own line, then the file's text.
pub fn front_matter(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = Vec::new();
    let mut seen = Vec::new();
    for part in text.split('\0').take(4) {
        let (path, file) = part.split_once('\n').unwrap_or((part, ""));
        let rel = format!("{path}.md");
        if !is_content_path(path) || seen.contains(&rel) {
            continue;
        }
        let shown = format!("content/{rel}");
        if let Ok(file) = parse_file(config(), Path::new(&shown), &rel, file.to_string()) {
            files.push(file);
        }
        seen.push(rel);
    }
    build_model(files);
}

/// A tariff chapter: the input is `content/tariff/09.md`, then optionally
/// after a NUL byte its French translation `09.fr.md`, then after another
/// the tariff's `_index.md` (which names the HS sections).
pub fn tariff_table(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = Vec::new();
    for (part, rel) in text
        .split('\0')
        .zip(["tariff/09.md", "tariff/09.fr.md", "tariff/_index.md"])
    {
        // The table finder alone, on the whole text as body.
        kb::tariff::table::find_tariff_table(part, 0..part.len());
        let shown = format!("content/{rel}");
        if let Ok(file) = parse_file(config(), Path::new(&shown), rel, part.to_string()) {
            files.push(file);
        }
    }
    build_model(files);
}

/// One rate cell, as written in a tariff table's rate column.
pub fn duty_rate(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(Some(rate)) = kb::tariff::rate::parse_rate(text) {
        // What open data writes.
        serde_json::to_string(&rate).expect("a parsed rate serialises");
    }
}

/// A procedure step's duration or range of durations.
pub fn duration(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    use kb::entities::duration::{parse_duration_range, parts};
    if let Ok(range) = parse_duration_range(text) {
        assert!(range.min <= range.max, "{text:?} gives {range:?}");
        let total = range + range;
        parts(total.min);
        parts(total.max);
    }
}

/// A site's `.ftl` files: the input is the English file, then optionally
/// after a NUL byte the Arabic one (a right-to-left language, formatted
/// with isolation marks). Every message of each language is then formatted
/// with arguments, as templates do.
pub fn fluent(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    use kb::diagnostics::SourceText;
    let files: Vec<LocaleFile> = text
        .split('\0')
        .zip(["en", "ar"])
        .map(|(part, lang)| LocaleFile {
            lang: lang.to_string(),
            source: SourceText::new(format!("locales/{lang}/main.ftl"), part),
        })
        .collect();
    let (locales, _problems) = Locales::load(config(), &files);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", 31842);
    args.set("n", 1.5);
    args.set("name", "Hải quan");
    args.set("date", "2027-01-01");
    for lang in ["en", "ar", "fr"] {
        let ids: Vec<String> = locales.message_ids(lang).map(str::to_string).collect();
        for id in ids {
            let _ = locales.format(lang, &id, Some(&args));
            let _ = locales.format(lang, &id, None);
        }
        locales.missing_in(lang);
    }
}

/// A `kb search` query: told apart as a code query or analysed into words
/// as `kb search` and the index do, in a language with a stemmer, one
/// with Arabic normalisation, one with diacritics and one segmented. The
/// index's word by word analysis must give the terms `kb search` gives, or
/// the two would answer differently.
pub fn search_query(data: &[u8]) {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    use kb::search::analysis::{terms, LanguageAnalysis};
    use kb::search::engine::code_query;
    code_query(query);
    for lang in ["en", "ar", "vi", "zh", "th"] {
        let whole = terms(query, lang);
        let mut analysis = LanguageAnalysis::new(lang);
        let by_word: Vec<String> = analysis.words(query).into_iter().map(|w| w.1).collect();
        assert_eq!(by_word, whole, "{lang}: {query:?}");
        analysis.forms(query);
    }
}
