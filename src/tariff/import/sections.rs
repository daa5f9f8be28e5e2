//! `kb import tariff FILE.csv --sections SECTIONS.csv`: the HS sections'
//! names, written into the `[sections]` of `content/tariff/_index.md`, or
//! of its translation `_index.xx.md` with `--lang xx` (the rest of that
//! file kept).

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::i18n::Locales;
use crate::tariff::roman_value;
use crate::theme::load_locale_files;

use super::rows::wrong_field_count;
use super::{csv_error, csv_reader, read_csv_text, sentence_case};

/// Writes the `[sections]` of `content/tariff/_index.md` (`_index.xx.md`
/// for a `lang` other than the default) from a CSV with columns
/// `section,name` (the HS sections). A new file is titled with the UI's
/// name for the tariff in its language, as the index kb makes is.
pub fn import_sections(
    config: &Config,
    csv_path: &Path,
    lang: Option<&str>,
) -> Result<PathBuf, Diagnostics> {
    let sections = read_sections(csv_path)?;
    write_sections(config, sections, lang).map_err(Diagnostics::from)
}

/// The sections of a CSV with columns `section,name`, in the order of
/// their numerals, or every row that cannot be read: read before anything
/// is written, so that a failed import writes nothing.
pub fn read_sections(csv_path: &Path) -> Result<Sections, Diagnostics> {
    let text = read_csv_text(csv_path)?;
    let text = text.trim_start_matches('\u{feff}');
    let (mut reader, headers, delimiter) = csv_reader(text, csv_path)?;
    let source = SourceText::new(csv_path, text.to_string());
    let mut problems = Diagnostics::new();
    let mut sections: Vec<(String, String)> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(csv_path, text, e))?;
        let line = record.position().map_or(0, |p| p.line());
        if let Some(problem) = wrong_field_count(&source, &record, line, &headers, delimiter) {
            problems.push(problem);
            continue;
        }
        let (Some(number), Some(name)) = (record.get(0), record.get(1)) else {
            continue;
        };
        let number = number.trim();
        if number.is_empty() || !number.chars().all(|c| "IVXLC".contains(c)) {
            continue;
        }
        sections.retain(|(n, _)| n != number);
        sections.push((number.to_string(), name.trim().to_string()));
    }
    if problems.has_errors() {
        return Err(problems);
    }
    // In the order of the numerals, as the tariff index lists them.
    sections.sort_by_key(|(number, _)| roman_value(number));
    Ok(Sections(sections))
}

/// Sections read from a CSV: numeral and name, in order.
pub struct Sections(Vec<(String, String)>);

/// Writes `sections` into the `[sections]` of the tariff index of `lang`.
pub fn write_sections(
    config: &Config,
    sections: Sections,
    lang: Option<&str>,
) -> Result<PathBuf, Diagnostic> {
    let Sections(sections) = sections;
    let lang = lang.unwrap_or(&config.default_language);
    let path = if lang == config.default_language {
        config.root.join("content/tariff/_index.md")
    } else {
        config.root.join(format!("content/tariff/_index.{lang}.md"))
    };
    let (mut front, body) = match std::fs::read_to_string(&path) {
        Ok(old) => split(&old).map_err(|e| {
            Diagnostic::error(
                "import",
                format!(
                    "the front matter of {} is not valid TOML: {e}",
                    path.display()
                ),
            )
            .in_file(&path)
            .hint("fix it first (kb check shows where); the import rewrites only [sections]")
        })?,
        Err(_) => {
            let (files, _) = load_locale_files(config);
            let (locales, _) = Locales::load(config, &files);
            let title = locales.text(lang, "changes-kind-tariff", None);
            let mut front = toml::Table::new();
            front.insert("title".into(), toml::Value::String(title));
            (front, String::new())
        }
    };
    front.remove("sections");
    let mut front_text =
        toml::to_string(&front).map_err(|e| Diagnostic::error("import", e.to_string()))?;
    // Written by hand so that the numerals keep their order (a TOML table
    // would sort them as text: I, II, III, IV, IX, V…); a table header
    // after everything else keeps the other keys where they were.
    front_text.push_str("\n[sections]\n");
    for (number, name) in sections {
        let name = sentence_case(lang, &name);
        front_text.push_str(&format!("{number} = {}\n", toml::Value::String(name)));
    }
    std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")))
        .map_err(|e| Diagnostic::error("import", e.to_string()))?;
    std::fs::write(&path, format!("+++\n{front_text}+++\n{body}")).map_err(|e| {
        Diagnostic::error("import", format!("cannot write {}: {e}", path.display()))
    })?;
    Ok(path)
}

/// Front matter and body of a Markdown file; a file without front matter
/// is all body.
fn split(text: &str) -> Result<(toml::Table, String), toml::de::Error> {
    if let Some(rest) = text.strip_prefix("+++\n") {
        if let Some(end) = rest.find("\n+++") {
            let front = toml::from_str(&rest[..end + 1])?;
            let after = &rest[end + 4..];
            let body = after.strip_prefix('\n').unwrap_or(after).to_string();
            return Ok((front, body));
        }
    }
    Ok((toml::Table::new(), text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_import_refuses_to_rewrite_broken_front_matter() {
        let dir = tempfile::tempdir().unwrap();
        let config =
            Config::parse(dir.path(), "title=\"T\"\nbase_url=\"https://x.example\"\n").unwrap();
        let index = dir.path().join("content/tariff/_index.md");
        std::fs::create_dir_all(index.parent().unwrap()).unwrap();
        let broken = "+++\ntitle = \"Tariff\"\ndescription = = 1\n+++\nBody\n";
        std::fs::write(&index, broken).unwrap();
        let csv = dir.path().join("sections.csv");
        std::fs::write(&csv, "section,name\nI,live animals\n").unwrap();
        let errors = import_sections(&config, &csv, None).unwrap_err();
        let message: String = errors.iter().map(|d| d.message.as_str()).collect();
        assert!(message.contains("not valid TOML"), "{message}");
        assert_eq!(std::fs::read_to_string(&index).unwrap(), broken);

        std::fs::write(&index, "+++\ntitle = \"Tariff\"\n+++\nBody\n").unwrap();
        import_sections(&config, &csv, None).unwrap();
        let written = std::fs::read_to_string(&index).unwrap();
        assert!(written.contains("title = \"Tariff\""));
        assert!(written.contains("I = \"Live animals\""));
        assert!(written.ends_with("+++\nBody\n"));
    }

    #[test]
    fn a_new_index_is_titled_in_its_language_and_lists_sections_in_numeral_order() {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::parse(
            dir.path(),
            "title=\"T\"\nbase_url=\"https://x.example\"\ndefault_language=\"kk\"\n\
             [languages.kk]\nname=\"Қазақ тілі\"\n[languages.fr]\nname=\"Français\"\n",
        )
        .unwrap();
        let csv = dir.path().join("sections.csv");
        std::fs::write(
            &csv,
            "section,name\nIX,wood\nV,mineral products\nIV,foodstuffs\n",
        )
        .unwrap();
        let path = import_sections(&config, &csv, None).unwrap();
        let written = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            written,
            "+++\ntitle = \"Тариф\"\n\n[sections]\nIV = \"Foodstuffs\"\nV = \"Mineral products\"\nIX = \"Wood\"\n+++\n"
        );

        // A translation's names go to its own index, not over the original's.
        std::fs::write(&csv, "section,name\nIV,denrées alimentaires\n").unwrap();
        let french = import_sections(&config, &csv, Some("fr")).unwrap();
        assert!(french.ends_with("content/tariff/_index.fr.md"));
        let french = std::fs::read_to_string(french).unwrap();
        assert!(french.starts_with("+++\ntitle = \"Tarif\"\n"), "{french}");
        assert!(french.contains("IV = \"Denrées alimentaires\""));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
    }
}
