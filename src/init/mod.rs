//! `kb init`: a new site that builds at once, with the embedded theme and
//! UI strings (no template or locale file needs to be copied).

use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::i18n::TO_TRANSLATE_NOTE;

/// The starter texts of every embedded UI language ([`Starter`]).
const STARTERS: &str = include_str!("starters.toml");

/// What a new site says in one language: the language's own name for the
/// switcher, the site's title, and the home and "about us" pages, so that
/// an administration that starts in Lao or Kazakh reads no English.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Starter {
    /// The language's name in itself (`ລາວ`), as the switcher shows it.
    name: String,
    /// "Customs Administration".
    site_title: String,
    /// The home page's title.
    home_title: String,
    /// The home page's description (its `<meta name="description">`).
    home_description: String,
    /// The home page's first paragraph.
    home_text: String,
    /// The home page's sentence with a Markdown link to `about.md`.
    home_more: String,
    /// The "about us" page's title.
    about_title: String,
    /// The "about us" page's description.
    about_description: String,
    /// The "about us" page's text: what to write there.
    about_text: String,
}

/// Every language's starter texts, by code (empty only if
/// `starters.toml` does not read, which a unit test rules out).
fn starters() -> std::collections::BTreeMap<String, Starter> {
    toml::from_str(STARTERS).unwrap_or_default()
}

impl Starter {
    /// The home page, `content/_index.md` (or its translation).
    fn home(&self) -> String {
        page(
            (&self.home_title, &self.home_description),
            &format!("{}\n{}", self.home_text, self.home_more),
        )
    }

    /// The "about us" page, `content/about.md`.
    fn about(&self) -> String {
        page(
            (&self.about_title, &self.about_description),
            &self.about_text,
        )
    }
}

/// A TOML string holding `text`, quoted and escaped.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// A content file: front matter with `title` and `description`, then `body`.
fn page((title, description): (&str, &str), body: &str) -> String {
    format!(
        "+++\ntitle = {}\ndescription = {}\n+++\n{body}\n",
        quoted(title),
        quoted(description)
    )
}

/// The output folder and the names kb gives its staging, old output and
/// lock beside it: none of them belongs in the site's history.
const GITIGNORE: &str = "# kb's output, and the folders and lock it keeps beside it while it builds\n/public/\n/.public.kb-*\n# what kb build --incremental keeps for the next build (safe to delete)\n/.kb-cache/\n";

/// Languages written right to left, among the embedded UI languages.
const RIGHT_TO_LEFT: [&str; 4] = ["ar", "fa", "ps", "ur"];

/// The configuration of a site in `langs`, the first its default, each
/// named in itself; the site's title is the default language's, and each
/// other language gets its own.
fn config_for(langs: &[(&str, &Starter)]) -> String {
    let (default, first) = langs[0];
    let mut config = format!(
        "title = {}\nbase_url = \"https://customs.example.org\"\ndefault_language = \"{default}\"\n",
        quoted(&first.site_title)
    );
    for (i, (lang, starter)) in langs.iter().enumerate() {
        let note = if starter.name == *lang {
            "  # the language's name in itself, as the switcher shows it"
        } else {
            ""
        };
        config.push_str(&format!(
            "\n[languages.{lang}]\nname = {}{note}\n",
            quoted(&starter.name)
        ));
        if i > 0 {
            config.push_str(&format!("title = {}\n", quoted(&starter.site_title)));
        }
        if RIGHT_TO_LEFT.contains(&crate::lang::base_language(lang)) {
            config.push_str("direction = \"rtl\"\n");
        }
    }
    config
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

/// The embedded UI language that a site language's strings come from:
/// itself, or the language it is a regional variant of (`ru` for `ru-KG`,
/// see [`crate::lang::fallback_chain`]).
fn ui_language_of(code: &str) -> Option<&str> {
    let known = ui_languages();
    crate::lang::fallback_chain(code)
        .into_iter()
        .rev()
        .find(|c| known.iter().any(|k| k == c))
}

/// Whether `code` is a BCP 47 language tag whose language subtag is a
/// language's (`am`, `om`, `syr`), though kb has no UI strings in it.
fn is_language_code(code: &str) -> bool {
    unic_langid::LanguageIdentifier::from_bytes(code.as_bytes()).is_ok_and(|id| {
        let language = id.language.as_str();
        (2..=3).contains(&language.len()) && language != "und"
    })
}

/// kb's English UI strings as `locales/{code}/`, for the editor to
/// translate: a site in a language kb has no strings in shows English's
/// until then, and these files say so and where each message goes.
fn english_to_translate(code: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = crate::theme::DEFAULT_LOCALES
        .get_dir("en")
        .into_iter()
        .flat_map(|dir| dir.files())
        .filter_map(|file| {
            let name = file.path().file_name()?.to_string_lossy().into_owned();
            let text = file.contents_utf8()?;
            let head = format!(
                "{TO_TRANSLATE_NOTE} `{code}`: keep each id\n\
                 # (left of `=`) and {{ $placeholders }}, translate the text. Until a\n\
                 # message is translated, pages in `{code}` show it in English.\n\n"
            );
            Some((format!("locales/{code}/{name}"), head + text))
        })
        .collect();
    files.sort();
    files
}

/// Each language's starter texts, and the languages kb has no strings in.
type Starters<'a> = (Vec<(&'a str, Starter)>, Vec<&'a str>);

/// The starter texts of each language of `codes`, and those of them kb has
/// no UI strings in: they start from English's, named by their code until
/// the editor names them in themselves.
fn starters_of<'a>(codes: &[&'a str]) -> Result<Starters<'a>, Diagnostic> {
    let all = starters();
    let mut starters = Vec::new();
    let mut to_translate = Vec::new();
    for &code in codes {
        let starter = match ui_language_of(code).and_then(|ui| all.get(ui)) {
            Some(starter) => starter.clone(),
            None => {
                to_translate.push(code);
                Starter {
                    name: code.to_string(),
                    ..all.get("en").cloned().ok_or_else(|| {
                        Diagnostic::error("init", "no English starter pages")
                            .hint("add its table to src/init/starters.toml")
                    })?
                }
            }
        };
        starters.push((code, starter));
    }
    Ok((starters, to_translate))
}

/// Writes a new site into `dir`, which must not hold a site already: in
/// English and French, or only in `lang`, which must be an embedded UI
/// language.
pub fn init(dir: &Path, lang: Option<&str>) -> Result<Vec<String>, Diagnostic> {
    // `LO`, `ru-kz`: a code as BCP 47 writes it. `ur,en`: the default
    // language first, then the others.
    let asked: Vec<String> = lang
        .into_iter()
        .flat_map(|l| l.split(','))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            unic_langid::LanguageIdentifier::from_bytes(l.as_bytes())
                .map_or_else(|_| l.to_string(), |id| id.to_string())
        })
        .collect();
    for lang in &asked {
        if ui_language_of(lang).is_none() && !is_language_code(lang) {
            return Err(Diagnostic::error(
                "init",
                format!("`{lang}` is not a language code"),
            )
            .hint(format!(
                "write a BCP 47 code (`am`, `om`, `ru-KG`): kb's own UI languages are {}; several separated by commas, the default first: --lang am,en",
                ui_languages().join(", ")
            )));
        }
    }
    if dir.join("kb.toml").exists() {
        return Err(Diagnostic::error(
            "init",
            format!("{} already holds a site (kb.toml exists)", dir.display()),
        )
        .hint("choose an empty folder, or edit the existing site"));
    }
    // With no language named, English and French: the second shows how a
    // translation sits beside its original (`_index.fr.md`).
    let mut codes: Vec<&str> = asked.iter().map(String::as_str).collect();
    codes.dedup();
    if codes.is_empty() {
        codes = vec!["en", "fr"];
    }
    let (starters, to_translate) = starters_of(&codes)?;
    let languages: Vec<(&str, &Starter)> = starters.iter().map(|(c, s)| (*c, s)).collect();
    let mut files = vec![
        ("kb.toml".to_string(), config_for(&languages)),
        ("content/_index.md".to_string(), languages[0].1.home()),
    ];
    for (code, starter) in &languages[1..] {
        files.push((format!("content/_index.{code}.md"), starter.home()));
    }
    files.push(("content/about.md".to_string(), languages[0].1.about()));
    files.push((".gitignore".to_string(), GITIGNORE.to_string()));
    for code in to_translate {
        files.extend(english_to_translate(code));
    }
    let mut written = Vec::new();
    for (name, text) in files {
        let path = dir.join(&name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                Diagnostic::error("init", format!("cannot create {}: {e}", parent.display()))
            })?;
        }
        std::fs::write(&path, text).map_err(|e| {
            Diagnostic::error("init", format!("cannot write {}: {e}", path.display()))
        })?;
        written.push(name);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ui_language_has_its_own_starter_texts() {
        let all = starters();
        let codes: Vec<&String> = all.keys().collect();
        assert_eq!(codes, ui_languages().iter().collect::<Vec<_>>());
        let english = &all["en"];
        for (code, starter) in &all {
            assert!(starter.home_more.contains("](about.md)"), "{code}");
            let texts = [
                &starter.name,
                &starter.site_title,
                &starter.home_title,
                &starter.home_description,
                &starter.home_text,
                &starter.about_title,
                &starter.about_description,
                &starter.about_text,
            ];
            assert!(texts.iter().all(|t| !t.trim().is_empty()), "{code}");
            if code != "en" {
                // Translated, not English left in place.
                assert_ne!(starter.home_title, english.home_title, "{code}");
                assert_ne!(starter.about_text, english.about_text, "{code}");
                assert_ne!(starter.site_title, english.site_title, "{code}");
            }
        }
    }

    #[test]
    fn a_language_kb_has_no_strings_in_starts_with_english_ones_to_translate() {
        // `kb init --lang am` was refused, although docs/languages.md says
        // any language works.
        let dir = tempfile::tempdir().unwrap();
        let written = init(dir.path(), Some("am,en")).unwrap();
        assert!(
            written.contains(&"locales/am/main.ftl".to_string()),
            "{written:?}"
        );
        assert!(
            !written.iter().any(|f| f.starts_with("locales/en/")),
            "{written:?}"
        );
        let main = std::fs::read_to_string(dir.path().join("locales/am/main.ftl")).unwrap();
        assert!(main.starts_with("# kb's English UI strings, to translate into `am`"));
        assert!(main.contains("\nsearch-button = "), "{main}");
        let config = std::fs::read_to_string(dir.path().join("kb.toml")).unwrap();
        assert!(config.contains("[languages.am]\nname = \"am\"  # the language's name"));
        for bad in ["a1", "und", "x"] {
            let err = init(tempfile::tempdir().unwrap().path(), Some(bad)).unwrap_err();
            assert!(err.message.contains("is not a language code"), "{bad}");
        }
    }

    #[test]
    fn a_starter_page_quotes_what_toml_would_misread() {
        let page = page(("Say \"hi\" \\ here", "a"), "Body.");
        let front = page.split("+++").nth(1).expect("front matter");
        let table: toml::Table = toml::from_str(front).expect("valid TOML");
        assert_eq!(table["title"].as_str(), Some("Say \"hi\" \\ here"));
        assert!(page.ends_with("+++\nBody.\n"), "{page}");
    }
}
