//! The embedded UI strings, file by file against the reference locale
//! (`locales/en`): the same files, no message English lacks, no variable
//! kb does not pass, and the review line docs/languages.md names. A
//! variable misspelt in a translation (`{ $cuont }`) is not a build error:
//! Fluent writes it into every page as `{$cuont}`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Variables kb passes beyond those the English message names: right-to-
/// left locales write a specific duty's `VND/kg` as one isolated `$per`
/// (docs/languages.md, "Choices made in the drafts").
const EXTRA_ARGS: &[(&str, &str)] = &[
    ("rate-specific", "per"),
    ("rate-compound", "per"),
    ("rate-minimum", "per"),
    ("rate-maximum", "per"),
];

/// The review lines docs/languages.md allows.
const REVIEW_LINES: &[&str] = &[
    "# Review: reference locale.",
    "# Review: drafted by the kb team, not yet reviewed by a native speaker.",
    "# Review: machine-drafted, not yet reviewed by a native speaker.",
];

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn ftl_files(lang: &str) -> BTreeSet<String> {
    std::fs::read_dir(locales().join(lang))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

/// Each message of `path` (terms left out) with the variables it names.
fn messages(path: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                pattern_vars(pattern, &mut vars);
            }
            out.insert(message.id.name.to_string(), vars);
        }
    }
    out
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            let named = arguments.named.iter().map(|n| &n.value);
            for argument in arguments.positional.iter().chain(named) {
                inline_vars(argument, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_embedded_locale_has_the_reference_files_messages_and_variables() {
    let reference = ftl_files("en");
    let langs: Vec<String> = kb::init::ui_languages()
        .into_iter()
        .filter(|l| l != "en")
        .collect();
    let mut problems = Vec::new();
    for lang in &langs {
        if ftl_files(lang) != reference {
            problems.push(format!("{lang}: files {:?}", ftl_files(lang)));
            continue;
        }
        for file in &reference {
            let english = messages(&locales().join("en").join(file));
            let path = locales().join(lang).join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            if !text.lines().take(6).any(|l| REVIEW_LINES.contains(&l)) {
                problems.push(format!("{lang}/{file}: no review line near the top"));
            }
            for (id, vars) in messages(&path) {
                let Some(passed) = english.get(&id) else {
                    problems.push(format!("{lang}/{file}: {id} is not a message of English"));
                    continue;
                };
                let extra = EXTRA_ARGS
                    .iter()
                    .filter(|(m, _)| *m == id)
                    .map(|(_, v)| v.to_string());
                let passed: BTreeSet<String> = passed.iter().cloned().chain(extra).collect();
                for var in vars.difference(&passed) {
                    problems.push(format!(
                        "{lang}/{file}: {id} names ${var}, which kb does not pass"
                    ));
                }
            }
        }
    }
    assert!(langs.len() >= 47, "{langs:?}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_misspelt_variable_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("main.ftl");
    std::fs::write(
        &path,
        "steps = { $cuont ->\n    [one] one\n   *[other] { NUMBER($n) } more\n}\n",
    )
    .unwrap();
    let found = messages(&path);
    let names: Vec<&str> = found["steps"].iter().map(String::as_str).collect();
    assert_eq!(names, ["cuont", "n"]);
}

/// Where a language's long date ends with a full stop (Russian and
/// Bulgarian `2027 г.`, Hungarian `2027. január 1.`, Lithuanian `1 d.`,
/// Croatian `1. siječnja 2027.`), a sentence must not add its own after
/// one: the page would read `г..`.
#[test]
fn no_sentence_adds_a_full_stop_to_a_date_that_ends_with_one() {
    // `{ $date }.` however the placeable is spaced.
    let placeable = |line: &str| {
        let compact: String = line.chars().filter(|c| *c != ' ').collect();
        ["date", "was", "from", "to"]
            .iter()
            .any(|var| compact.contains(&format!("${var}}}.")))
    };
    let mut problems = Vec::new();
    for lang in kb::init::ui_languages() {
        let date = kb::formats::Formats::new(&lang).date("2027-01-01");
        if !date.ends_with('.') {
            continue;
        }
        for file in ftl_files(&lang) {
            let text = std::fs::read_to_string(locales().join(&lang).join(&file)).unwrap();
            for (n, line) in text.lines().enumerate() {
                if !line.starts_with('#') && placeable(line) {
                    problems.push(format!(
                        "{lang}/{file}:{}: {line} (a date reads {date})",
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
