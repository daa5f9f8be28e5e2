//! `kb init`: a new site that builds at once, with the embedded theme and
//! UI strings (no template or locale file needs to be copied).

use std::path::Path;

use crate::diagnostics::Diagnostic;

const CONFIG: &str = r#"title = "Customs Administration"
base_url = "https://customs.example.org"
default_language = "en"

[languages.en]
name = "English"

[languages.fr]
name = "Français"
title = "Administration des douanes"
"#;

const HOME: &str = r#"+++
title = "Welcome"
description = "Tariff, procedures, fees and charges."
+++
This site publishes the customs tariff, procedures, and fees and charges.
Read [about us](about.md).
"#;

const HOME_FR: &str = r#"+++
title = "Bienvenue"
description = "Tarif, procédures, redevances et impositions."
+++
Ce site publie le tarif douanier, les procédures, les redevances et impositions.
Lisez [qui nous sommes](about.md).
"#;

const ABOUT: &str = r#"+++
title = "About us"
description = "Who we are."
+++
Write here who the administration is and how to reach it.
"#;

/// The output folder and the names kb gives its staging, old output and
/// lock beside it: none of them belongs in the site's history.
const GITIGNORE: &str = "# kb's output, and the folders and lock it keeps beside it while it builds\n/public/\n/.public.kb-*\n# what kb build --incremental keeps for the next build (safe to delete)\n/.kb-cache/\n";

/// Languages written right to left, among the embedded UI languages.
const RIGHT_TO_LEFT: [&str; 4] = ["ar", "fa", "ps", "ur"];

/// The configuration of a site whose only language is `lang`: its UI is
/// embedded, so the site builds at once in that language.
fn config_for(lang: &str) -> String {
    let direction = if RIGHT_TO_LEFT.contains(&lang) {
        "direction = \"rtl\"\n"
    } else {
        ""
    };
    format!(
        "title = \"Customs Administration\"\nbase_url = \"https://customs.example.org\"\ndefault_language = \"{lang}\"\n\n[languages.{lang}]\nname = \"{lang}\"\n{direction}"
    )
}

/// The embedded UI languages (folders of `locales/`).
pub fn ui_languages() -> Vec<String> {
    let mut codes: Vec<String> = crate::theme::DEFAULT_LOCALES
        .dirs()
        .map(|d| d.path().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    codes
}

/// Writes a new site into `dir`, which must not hold a site already: in
/// English and French, or only in `lang`, which must be an embedded UI
/// language.
pub fn init(dir: &Path, lang: Option<&str>) -> Result<Vec<String>, Diagnostic> {
    if let Some(lang) = lang {
        let known = ui_languages();
        if !known.iter().any(|k| k == lang) {
            return Err(Diagnostic::error(
                "init",
                format!("`{lang}` is not one of kb's UI languages"),
            )
            .hint(format!("choose one of: {}", known.join(", "))));
        }
    }
    if dir.join("kb.toml").exists() {
        return Err(Diagnostic::error(
            "init",
            format!("{} already holds a site (kb.toml exists)", dir.display()),
        )
        .hint("choose an empty folder, or edit the existing site"));
    }
    let config = match lang {
        Some(lang) => config_for(lang),
        None => CONFIG.to_string(),
    };
    let files = [
        ("kb.toml", config.as_str()),
        ("content/_index.md", HOME),
        (
            "content/_index.fr.md",
            if lang.is_none() { HOME_FR } else { "" },
        ),
        ("content/about.md", ABOUT),
        (".gitignore", GITIGNORE),
    ];
    let mut written = Vec::new();
    for (name, text) in files.into_iter().filter(|(_, text)| !text.is_empty()) {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                Diagnostic::error("init", format!("cannot create {}: {e}", parent.display()))
            })?;
        }
        std::fs::write(&path, text).map_err(|e| {
            Diagnostic::error("init", format!("cannot write {}: {e}", path.display()))
        })?;
        written.push(name.to_string());
    }
    Ok(written)
}
