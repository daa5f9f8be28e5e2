//! Translations of an entity: a translation carries text fields only,
//! over the original's data; a data value it changes, or a table array
//! of another length, is an error at the translation.

use super::kinds::{EntityData, EntityKind};
use crate::content::ContentFile;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// A translation's fields: its text keys over the original's data, and the
/// text keys it leaves out ([`inherited_texts`]). A data key it sets to
/// another value, or a table array of another length, is an error.
pub(super) fn translated(
    kind: EntityKind,
    original: &toml::Table,
    file: &ContentFile,
    fallback: &EntityData,
    problems: &mut Diagnostics,
) -> (EntityData, Vec<&'static str>) {
    let Ok(own) = toml::from_str::<toml::Table>(file.front_text()) else {
        return (
            fallback.clone(),
            inherited_texts(kind, original, &toml::Table::new()),
        );
    };
    let inherited = inherited_texts(kind, original, &own);
    let mut merged = original.clone();
    let at = |key: &str| crate::front::front_key_span(file, key);
    for (key, value) in &own {
        if crate::front::COMMON_KEYS.contains(&key.as_str()) {
            continue;
        }
        if kind.text_keys().contains(&key.as_str()) {
            merged.insert(key.clone(), value.clone());
            continue;
        }
        if let Some((_, text_keys)) = kind.table_arrays().iter().find(|(k, _)| k == key) {
            merge_tables(
                file,
                key,
                text_keys,
                original.get(key),
                value,
                &mut merged,
                problems,
            );
            continue;
        }
        if key == "legal_basis" && same_references(original.get(key), value) {
            merged.insert(key.clone(), value.clone());
            continue;
        }
        if original.get(key) != Some(value) {
            let (start, end) = at(key);
            problems.push(
                Diagnostic::error(
                    "translation",
                    format!("this translation changes `{key}`, which is data the original holds"),
                )
                .at(&file.source, start, end)
                .hint(match key.as_str() {
                    "legal_basis" => "a translation may write the plain-text entries of `legal_basis` in its language, in the original's order; its `legal:` references stay as they are".to_string(),
                    _ => format!(
                        "remove `{key}` from the translation: it inherits the original's value"
                    ),
                }),
            );
        }
    }
    let data = match EntityData::from_table(kind, merged) {
        Ok(d) => d,
        Err(e) => {
            problems.push(
                Diagnostic::error(
                    "translation",
                    format!("this translation cannot be read: {e}"),
                )
                .in_file(&file.source.path)
                .hint("a translation carries text fields only"),
            );
            fallback.clone()
        }
    };
    (data, inherited)
}

/// Whether a translation's `legal_basis` (`theirs`) is the original's
/// with its plain-text entries in another language: as many entries, the
/// same `legal:` references at the same places.
fn same_references(original: Option<&toml::Value>, theirs: &toml::Value) -> bool {
    let entries = |v: &toml::Value| -> Option<Vec<Option<String>>> {
        v.as_array()?
            .iter()
            .map(|e| {
                let text = e.as_str()?;
                Some(text.starts_with("legal:").then(|| text.to_string()))
            })
            .collect()
    };
    match (original.and_then(entries), entries(theirs)) {
        (Some(ours), Some(translated)) => ours == translated,
        _ => false,
    }
}

/// The text keys and arrays of tables of `kind` that the original sets and
/// the translation's front matter `own` leaves out (all of them, for an
/// empty one: no translation; an array counts where any of its tables lacks a text key
/// the original's has): the page shows the original's words there.
pub(super) fn inherited_texts(
    kind: EntityKind,
    original: &toml::Table,
    own: &toml::Table,
) -> Vec<&'static str> {
    let mut inherited: Vec<&'static str> = kind
        .text_keys()
        .iter()
        .filter(|key| original.contains_key(**key) && !own.contains_key(**key))
        .copied()
        .collect();
    for (array, text_keys) in kind.table_arrays() {
        let tables = |t: &toml::Table| t.get(*array).and_then(toml::Value::as_array).cloned();
        let Some(theirs) = tables(original) else {
            continue;
        };
        let ours = tables(own).unwrap_or_default();
        let left_out = theirs.iter().enumerate().any(|(i, table)| {
            text_keys.iter().any(|key| {
                table.get(*key).is_some() && ours.get(i).and_then(|t| t.get(*key)).is_none()
            })
        });
        if left_out {
            inherited.push(array);
        }
    }
    // Plain-text legal bases are words of the original's language.
    let plain_basis = original
        .get("legal_basis")
        .and_then(toml::Value::as_array)
        .is_some_and(|a| {
            a.iter()
                .any(|e| e.as_str().is_some_and(|t| !t.starts_with("legal:")))
        });
    if plain_basis && !own.contains_key("legal_basis") {
        inherited.push("legal_basis");
    }
    inherited
}

/// `[[steps]]` of a translation: the same number, text keys only.
fn merge_tables(
    file: &ContentFile,
    key: &str,
    text_keys: &[&str],
    original: Option<&toml::Value>,
    own: &toml::Value,
    merged: &mut toml::Table,
    problems: &mut Diagnostics,
) {
    let (start, end) = crate::front::front_key_span_table(file, key);
    let originals = original.and_then(toml::Value::as_array);
    let own = own.as_array();
    let (Some(originals), Some(own)) = (originals, own) else {
        return;
    };
    if originals.len() != own.len() {
        problems.push(
            Diagnostic::error(
                "translation",
                format!(
                    "this translation has {} [[{key}]], the original {}",
                    own.len(),
                    originals.len()
                ),
            )
            .at(&file.source, start, end)
            .hint(format!(
                "translate each of the original's [[{key}]] in order, with its text fields only"
            )),
        );
        return;
    }
    let mut tables = originals.clone();
    for (i, (target, theirs)) in tables.iter_mut().zip(own).enumerate() {
        if let (Some(target), Some(theirs)) = (target.as_table_mut(), theirs.as_table()) {
            let table = TableOf {
                file,
                key,
                number: i,
                text_keys,
                at: (start, end),
            };
            table.merge(target, theirs, problems);
        }
    }
    merged.insert(key.to_string(), toml::Value::Array(tables));
}

/// One table of a translation's array (`[[steps]]` number `number`).
struct TableOf<'a> {
    file: &'a ContentFile,
    key: &'a str,
    number: usize,
    text_keys: &'a [&'a str],
    /// Where the array is, for errors without a place of their own.
    at: (usize, usize),
}

impl TableOf<'_> {
    /// Sets the translation's text keys of this table over the
    /// original's (`target`); reports a data key it changes.
    fn merge(&self, target: &mut toml::Table, theirs: &toml::Table, problems: &mut Diagnostics) {
        let (key, file) = (self.key, self.file);
        for (sub, value) in theirs {
            if !self.text_keys.contains(&sub.as_str()) {
                if target.get(sub) != Some(value) {
                    problems.push(
                        Diagnostic::error(
                            "translation",
                            format!(
                                "[[{key}]] number {} of this translation changes `{sub}`, which is data the original holds",
                                self.number + 1
                            ),
                        )
                        .at(&file.source, self.at.0, self.at.1)
                        .hint(format!("keep only {} in the translation's [[{key}]]", self.text_keys.join(" and "))),
                    );
                }
                continue;
            }
            let original = target.get(sub).and_then(toml::Value::as_array);
            if let (Some(mine), Some(original)) = (value.as_array(), original) {
                if mine.len() != original.len() {
                    self.report_list_length(sub, mine.len(), original.len(), problems);
                    continue;
                }
            }
            target.insert(sub.clone(), value.clone());
        }
    }

    /// A translated list (a step's documents) names the same items in the
    /// same order: one item more or less is a translation that missed an
    /// edit of the original.
    fn report_list_length(
        &self,
        sub: &str,
        mine: usize,
        original: usize,
        problems: &mut Diagnostics,
    ) {
        let (key, file) = (self.key, self.file);
        let index = self.number.to_string();
        let (start, end) = crate::config::toml_value_span(file.front_text(), &[key, &index, sub])
            .map(|at| (file.front.start + at.start, file.front.start + at.end))
            .unwrap_or(self.at);
        problems.push(
            Diagnostic::error(
                "translation",
                format!(
                    "[[{key}]] number {} of this translation has {mine} {sub}, the original {original}",
                    self.number + 1,
                ),
            )
            .at(&file.source, start, end)
            .hint(format!(
                "translate each of the original's {sub} in order; the original has changed since this translation"
            )),
        );
    }
}
