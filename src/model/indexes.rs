//! The index page a kind gets when its folder has no `_index.md`: a fresh
//! site (`kb init`, then `kb new fee`) has fee pages but no `/en/fees/`,
//! and pages nothing lists are orphans (issue 15). Before the pages are
//! read, each folder of a kind (`tariff/`, `procedures/`, `fees/`…) that
//! holds pages but no `_index.md` gets one in every language, titled with
//! the kind's plural (`kind-plural-fee`), as if the editor had written it;
//! it is then listed in the navigation and on the home page like any
//! section. Writing `content/fees/_index.md` replaces it.

use crate::config::Config;
use crate::content::{parse_file, ContentFile, Corpus};
use crate::entities::ALL_KINDS;
use crate::i18n::Locales;

/// Where a made index says it comes from, in diagnostics and `kb check`.
const MADE_BY_KB: &str = "(made by kb)";

/// The folders of the kinds, with the message that titles their index.
fn kind_folders() -> Vec<(&'static str, String)> {
    let mut folders = vec![("tariff", "changes-kind-tariff".to_string())];
    folders.extend(
        ALL_KINDS
            .iter()
            .map(|k| (k.folder(), format!("kind-plural-{}", k.scheme()))),
    );
    folders
}

/// Adds an `_index` file, in every language, to each kind folder that has
/// pages and no index of its own (not even an unreadable one).
pub(crate) fn add_kind_indexes(config: &Config, locales: &Locales, corpus: &mut Corpus) {
    let mut made: Vec<ContentFile> = Vec::new();
    for (folder, title_id) in kind_folders() {
        let index_key = format!("{folder}/_index");
        let has_pages = corpus
            .files
            .iter()
            .any(|f| f.top_folder() == folder && f.key != index_key);
        let has_index = corpus.files.iter().any(|f| f.key == index_key)
            || corpus.unreadable.iter().any(|u| u.key == index_key);
        if !has_pages || has_index {
            continue;
        }
        for language in &config.languages {
            let title = locales.text(&language.code, &title_id, None);
            let text = format!("+++\ntitle = {}\n+++\n", toml::Value::String(title));
            let rel = if language.code == config.default_language {
                format!("{folder}/_index.md")
            } else {
                format!("{folder}/_index.{}.md", language.code)
            };
            let shown = format!("{MADE_BY_KB} content/{rel}");
            if let Ok(file) = parse_file(config, std::path::Path::new(&shown), &rel, text) {
                made.push(file);
            }
        }
    }
    if made.is_empty() {
        return;
    }
    corpus.files.extend(made);
    corpus
        .files
        .sort_by(|a, b| (&a.key, &a.lang).cmp(&(&b.key, &b.lang)));
}

/// Whether a page's file was made here rather than written by an editor.
pub fn is_made_index(source: &std::path::Path) -> bool {
    source.to_string_lossy().starts_with(MADE_BY_KB)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_folder_has_a_title_message() {
        let folders = kind_folders();
        assert!(folders
            .iter()
            .any(|(f, id)| *f == "fees" && id == "kind-plural-fee"));
        assert!(folders.iter().any(|(f, _)| *f == "tariff"));
        assert_eq!(folders.len(), ALL_KINDS.len() + 1);
    }
}
