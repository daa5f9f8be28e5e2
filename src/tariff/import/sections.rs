//! `kb import tariff FILE.csv --sections SECTIONS.csv`: the HS sections'
//! names, written into the `[sections]` of `content/tariff/_index.md`
//! (the rest of that file kept).

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostics::Diagnostic;

use super::{csv_error, delimiter_of, read_csv_text, sentence_case};

/// Writes the `[sections]` of `content/tariff/_index.md` from a CSV with
/// columns `section,name` (the HS sections).
pub fn import_sections(config: &Config, csv_path: &Path) -> Result<PathBuf, Diagnostic> {
    let text = read_csv_text(csv_path)?;
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter_of(text))
        .from_reader(text.as_bytes());
    let mut sections = toml::Table::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(csv_path, text, e))?;
        let (Some(number), Some(name)) = (record.get(0), record.get(1)) else {
            continue;
        };
        let number = number.trim();
        if number.is_empty() || !number.chars().all(|c| "IVXLC".contains(c)) {
            continue;
        }
        sections.insert(
            number.to_string(),
            toml::Value::String(sentence_case(name.trim())),
        );
    }
    let path = config.root.join("content/tariff/_index.md");
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
            let mut front = toml::Table::new();
            front.insert("title".into(), toml::Value::String("Tariff".into()));
            (front, String::new())
        }
    };
    front.insert("sections".into(), toml::Value::Table(sections));
    let front_text =
        toml::to_string(&front).map_err(|e| Diagnostic::error("import", e.to_string()))?;
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
        let error = import_sections(&config, &csv).unwrap_err();
        assert!(
            error.message.contains("not valid TOML"),
            "{}",
            error.message
        );
        assert_eq!(std::fs::read_to_string(&index).unwrap(), broken);

        std::fs::write(&index, "+++\ntitle = \"Tariff\"\n+++\nBody\n").unwrap();
        import_sections(&config, &csv).unwrap();
        let written = std::fs::read_to_string(&index).unwrap();
        assert!(written.contains("title = \"Tariff\""));
        assert!(written.contains("I = \"Live animals\""));
        assert!(written.ends_with("+++\nBody\n"));
    }
}
