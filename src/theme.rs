//! Load stage for presentation: templates, theme assets and UI strings, each
//! from the binary's embedded default theme and locales, then the site's
//! `themes/<theme>/`, then the site's own `templates/` and `locales/`, each
//! later source overriding the earlier file by file (and, for Fluent,
//! message by message).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::i18n::LocaleFile;

/// The default theme, embedded so that `kb` works anywhere.
pub static DEFAULT_THEME: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");
/// The UI strings, embedded.
pub static DEFAULT_LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The text of the default theme's template `name` (`base.html`).
pub fn default_template(name: &str) -> Option<&'static str> {
    DEFAULT_THEME
        .get_file(format!("templates/{name}"))
        .and_then(|file| file.contents_utf8())
}

/// Templates and static assets after overrides.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// Template name (`page.html`) → its source.
    pub templates: BTreeMap<String, SourceText>,
    /// Asset name (`kb.css`) → bytes.
    pub assets: BTreeMap<String, Vec<u8>>,
}

/// Reads templates and assets.
pub fn load_theme(config: &Config) -> (Theme, Diagnostics) {
    let mut theme = Theme::default();
    let mut problems = Diagnostics::new();
    for file in embedded_files(&DEFAULT_THEME) {
        let path = file.path().to_string_lossy().replace('\\', "/");
        if let Some(name) = path.strip_prefix("templates/") {
            let text = String::from_utf8_lossy(file.contents()).into_owned();
            theme.templates.insert(
                name.to_string(),
                SourceText::new(format!("(embedded) themes/default/{path}"), text),
            );
        } else if let Some(name) = path.strip_prefix("static/") {
            theme
                .assets
                .insert(name.to_string(), file.contents().to_vec());
        }
    }
    let theme_dir = config.root.join("themes").join(&config.theme);
    for (name, path) in disk_files(&theme_dir.join("templates"), &mut problems) {
        if let Some(text) = read_text(config, &path, &mut problems) {
            theme.templates.insert(name, text);
        }
    }
    for (name, path) in disk_files(&config.root.join("templates"), &mut problems) {
        if let Some(text) = read_text(config, &path, &mut problems) {
            theme.templates.insert(name, text);
        }
    }
    for (name, path) in disk_files(&theme_dir.join("static"), &mut problems) {
        match std::fs::read(&path) {
            Ok(bytes) => {
                theme.assets.insert(name, bytes);
            }
            Err(e) => problems
                .push(Diagnostic::error("read", format!("cannot read asset: {e}")).in_file(&path)),
        }
    }
    (theme, problems)
}

/// Reads the Fluent files: embedded first, then the site's `locales/`.
pub fn load_locale_files(config: &Config) -> (Vec<LocaleFile>, Diagnostics) {
    let mut problems = Diagnostics::new();
    let mut files = Vec::new();
    for file in embedded_files(&DEFAULT_LOCALES) {
        let path = file.path().to_string_lossy().replace('\\', "/");
        let Some((lang, name)) = path.split_once('/') else {
            continue;
        };
        if name.ends_with(".ftl") {
            let text = String::from_utf8_lossy(file.contents()).into_owned();
            files.push(LocaleFile {
                lang: lang.to_string(),
                source: SourceText::new(format!("(embedded) locales/{path}"), text),
                embedded: true,
            });
        }
    }
    for (name, path) in disk_files(&config.root.join("locales"), &mut problems) {
        let Some((lang, file_name)) = name.split_once('/') else {
            continue;
        };
        if !file_name.ends_with(".ftl") {
            continue;
        }
        if let Some(source) = read_text(config, &path, &mut problems) {
            files.push(LocaleFile {
                lang: lang.to_string(),
                source,
                embedded: false,
            });
        }
    }
    (files, problems)
}

fn embedded_files<'a>(dir: &'a Dir<'a>) -> Vec<&'a include_dir::File<'a>> {
    let mut out = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        out.extend(d.files());
        stack.extend(d.dirs());
    }
    out.sort_by_key(|f| f.path());
    out
}

/// Every file under `dir`, by its `/`-separated path relative to `dir`.
pub(crate) fn disk_files(dir: &Path, problems: &mut Diagnostics) -> Vec<(String, PathBuf)> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
    {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
                let name = rel
                    .iter()
                    .map(|c| c.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                if !name.split('/').any(|part| part.starts_with('.')) {
                    out.push((name, e.path().to_path_buf()));
                }
            }
            Ok(_) => {}
            Err(e) => problems.push(
                Diagnostic::error("read", format!("cannot read {}: {e}", dir.display()))
                    .hint("remove the symbolic link loop or unreadable file"),
            ),
        }
    }
    out
}

fn read_text(config: &Config, path: &Path, problems: &mut Diagnostics) -> Option<SourceText> {
    let shown = path.strip_prefix(&config.root).unwrap_or(path);
    match std::fs::read_to_string(path) {
        Ok(text) => Some(SourceText::new(shown, text)),
        Err(e) => {
            problems.push(
                Diagnostic::error("read", format!("cannot read file: {e}"))
                    .in_file(shown)
                    .hint("save it as UTF-8"),
            );
            None
        }
    }
}
