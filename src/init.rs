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
const GITIGNORE: &str = "# kb's output, and the folders and lock it keeps beside it while it builds\n/public/\n/.public.kb-*\n";

/// Writes a new site into `dir`, which must not hold a site already.
pub fn init(dir: &Path) -> Result<Vec<String>, Diagnostic> {
    if dir.join("kb.toml").exists() {
        return Err(Diagnostic::error(
            "init",
            format!("{} already holds a site (kb.toml exists)", dir.display()),
        )
        .hint("choose an empty folder, or edit the existing site"));
    }
    let files = [
        ("kb.toml", CONFIG),
        ("content/_index.md", HOME),
        ("content/_index.fr.md", HOME_FR),
        ("content/about.md", ABOUT),
        (".gitignore", GITIGNORE),
    ];
    let mut written = Vec::new();
    for (name, text) in files {
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
