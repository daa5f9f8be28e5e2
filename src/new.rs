//! `kb new KIND ID`: a new content file from the kind's archetype, in the
//! kind's folder, that builds at once.
//!
//! Archetypes are Markdown files named after the kind (`procedure.md`),
//! looked up in the site's `archetypes/`, then `themes/<theme>/archetypes/`,
//! then the default theme embedded in the binary. `translation.md` is used
//! for `--lang` with a language other than the default. In an archetype,
//! `{{title}}` is the title, `{{original}}` the original's file (for a
//! translation), `{{text:NAME}}` the message `archetype-NAME` in the new
//! file's language (`locales/<lang>/archetypes.ftl`, the site's over the
//! embedded ones), `{{currency}}` the new file's currency (an exchange
//! rate's from its id, `eur`, any other's the national one), and a line
//! `{{date:KEY}}` becomes `KEY = YYYY-MM-DD` when
//! a date was asked for, and a commented placeholder otherwise: a build
//! depends on its content only, so no date is made up.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::entities::ALL_KINDS;
use crate::i18n::Locales;
use crate::theme::{load_locale_files, DEFAULT_THEME};

/// What `kb new` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewKind {
    /// `content/procedures/ID.md`.
    Procedure,
    /// `content/fees/ID.md`.
    Fee,
    /// `content/tools/ID.md`.
    Tool,
    /// `content/agencies/ID.md`.
    Agency,
    /// `content/notices/ID.md`.
    Notice,
    /// `content/measures/ID.md`.
    Measure,
    /// `content/legal/ID.md`.
    Legal,
    /// `content/forms/ID.md`.
    Form,
    /// `content/exchange-rates/ID.md`.
    ExchangeRate,
    /// `content/origin/ID.md`.
    Origin,
    /// `content/quotas/ID.md`.
    Quota,
    /// `content/rulings/ID.md`.
    Ruling,
    /// `content/ID.md`, where ID may name folders (`guides/valuation`).
    Page,
}

impl NewKind {
    /// Every kind, in the order `--help` lists them.
    pub const ALL: [NewKind; 13] = [
        NewKind::Procedure,
        NewKind::Fee,
        NewKind::Measure,
        NewKind::Tool,
        NewKind::Legal,
        NewKind::Form,
        NewKind::Agency,
        NewKind::Notice,
        NewKind::ExchangeRate,
        NewKind::Origin,
        NewKind::Quota,
        NewKind::Ruling,
        NewKind::Page,
    ];

    /// The name on the command line and of the archetype.
    pub fn name(self) -> &'static str {
        match self {
            NewKind::Procedure => "procedure",
            NewKind::Fee => "fee",
            NewKind::Tool => "tool",
            NewKind::Agency => "agency",
            NewKind::Notice => "notice",
            NewKind::Measure => "measure",
            NewKind::Legal => "legal",
            NewKind::Form => "form",
            NewKind::ExchangeRate => "exchange-rate",
            NewKind::Origin => "origin",
            NewKind::Quota => "quota",
            NewKind::Ruling => "ruling",
            NewKind::Page => "page",
        }
    }

    /// The kind called `name`.
    pub fn parse(name: &str) -> Option<NewKind> {
        NewKind::ALL.into_iter().find(|k| k.name() == name)
    }

    fn folder(self) -> Option<&'static str> {
        match self {
            NewKind::Procedure => Some("procedures"),
            NewKind::Fee => Some("fees"),
            NewKind::Tool => Some("tools"),
            NewKind::Agency => Some("agencies"),
            NewKind::Notice => Some("notices"),
            NewKind::Measure => Some("measures"),
            NewKind::Legal => Some("legal"),
            NewKind::Form => Some("forms"),
            NewKind::ExchangeRate => Some("exchange-rates"),
            NewKind::Origin => Some("origin"),
            NewKind::Quota => Some("quotas"),
            NewKind::Ruling => Some("rulings"),
            NewKind::Page => None,
        }
    }
}

/// Why `kb new` wrote nothing.
#[derive(Debug)]
pub enum NewError {
    /// The command line cannot be used (exit code 2).
    Usage(String),
    /// The site refuses it: the file exists, no original, no site (exit 1).
    Site(Diagnostic),
}

/// What to write.
#[derive(Debug, Clone, Default)]
pub struct NewRequest {
    /// The kind's name (`procedure`).
    pub kind: String,
    /// The id (`import-home-use`; for pages, `guides/valuation`).
    pub id: String,
    /// Language of the file; the default language when `None`.
    pub lang: Option<String>,
    /// `YYYY-MM-DD` for the archetype's date fields, if asked for.
    pub date: Option<String>,
}

/// Writes the file and returns its path relative to the site root.
pub fn new_content(root: &Path, request: &NewRequest) -> Result<PathBuf, NewError> {
    let kind = NewKind::parse(&request.kind).ok_or_else(|| {
        let names: Vec<&str> = NewKind::ALL.iter().map(|k| k.name()).collect();
        NewError::Usage(format!(
            "`{}` is not a kind kb new knows; use one of {}",
            request.kind,
            names.join(", ")
        ))
    })?;
    check_id(kind, &request.id).map_err(NewError::Usage)?;
    let config = Config::load(root).map_err(|d| {
        NewError::Site(d.iter().next().cloned().unwrap_or_else(|| {
            Diagnostic::error("config", "cannot read kb.toml").in_file("kb.toml")
        }))
    })?;
    let lang = request
        .lang
        .clone()
        .unwrap_or_else(|| config.default_language.clone());
    if config.language(&lang).is_none() {
        let known: Vec<&str> = config.language_codes().collect();
        return Err(NewError::Usage(format!(
            "`{lang}` is not a language of this site ({})",
            known.join(", ")
        )));
    }
    let stem = match kind.folder() {
        Some(folder) => format!("content/{folder}/{}", request.id),
        None => format!("content/{}", request.id),
    };
    let original = PathBuf::from(format!("{stem}.md"));
    let (files, _) = load_locale_files(&config);
    let (locales, _) = Locales::load(&config, &files);
    let (relative, text) = if lang == config.default_language {
        let (currency, title) = currency_and_title(&config, kind, &request.id, &lang)?;
        let archetype = archetype(&config, kind.name())?;
        let texts = fill_texts(&archetype, &locales, &lang, "").replace("{{currency}}", &currency);
        (original, fill(&texts, &title, "", request.date.as_deref()))
    } else {
        let text = std::fs::read_to_string(root.join(&original)).map_err(|_| {
            NewError::Site(
                Diagnostic::error(
                    "new",
                    format!("there is no original to translate: {}", original.display()),
                )
                .hint(format!(
                    "write it first: kb new {} {}",
                    kind.name(),
                    request.id
                )),
            )
        })?;
        let title = original_title(&text).unwrap_or_else(|| title_of_id(&request.id));
        let archetype = archetype(&config, "translation")?;
        let shown = original.display().to_string();
        let texts = fill_texts(&archetype, &locales, &lang, &shown)
            .replace("{{original-texts}}\n", &original_texts(kind, &text));
        (
            PathBuf::from(format!("{stem}.{lang}.md")),
            fill(&texts, &title, &shown, request.date.as_deref()),
        )
    };
    write_new(&root.join(&relative), &relative, &text)?;
    Ok(relative)
}

/// The currency and the title of a new original. An exchange rate is the
/// rate of the currency its id names (`eur`: `EUR`), titled as the demo's
/// rates are, with the currency's name in the file's language and its code
/// (`Euro (EUR)`); the national currency has none. Any other file is in
/// the national currency (a fee is charged in it), titled from its id.
fn currency_and_title(
    config: &Config,
    kind: NewKind,
    id: &str,
    lang: &str,
) -> Result<(String, String), NewError> {
    if kind != NewKind::ExchangeRate {
        let currency = config.tariff.currency.as_deref().unwrap_or("USD");
        return Ok((currency.to_string(), title_of_id(id)));
    }
    let code = id.to_ascii_uppercase();
    if config.tariff.currency.as_deref() == Some(code.as_str()) {
        return Err(NewError::Site(
            Diagnostic::error(
                "new",
                format!("{code} is the national currency ([tariff] currency in kb.toml): it has no exchange rate"),
            )
            .in_file("kb.toml")
            .hint("name a foreign currency by its ISO 4217 code: kb new exchange-rate eur"),
        ));
    }
    Ok((code.clone(), currency_title(lang, &code)))
}

/// `EUR` → `Euro (EUR)`: CLDR's name of the currency in `lang`, begun with
/// a capital as a title is (`dollar des États-Unis` → `Dollar des
/// États-Unis (USD)`); the code alone where CLDR has no name.
fn currency_title(lang: &str, code: &str) -> String {
    match crate::formats::currency_name(lang, code) {
        Some(name) => format!("{} ({code})", crate::formats::capitalised(lang, &name)),
        None => code.to_string(),
    }
}

fn write_new(path: &Path, shown: &Path, text: &str) -> Result<(), NewError> {
    let io = |e: std::io::Error| {
        NewError::Site(
            Diagnostic::error("new", format!("cannot write {}: {e}", shown.display()))
                .in_file(shown),
        )
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    // `create_new` refuses an existing file, even one made since we looked.
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => NewError::Site(
                Diagnostic::error("new", format!("{} already exists", shown.display()))
                    .in_file(shown)
                    .hint("edit it, or choose another id"),
            ),
            _ => io(e),
        })?;
    std::io::Write::write_all(&mut file, text.as_bytes()).map_err(io)
}

/// Ids are kebab-case: lower-case letters, digits and single hyphens;
/// a page's id may have several such parts separated by `/`; an exchange
/// rate's is its currency's code in lower case (`eur`).
fn check_id(kind: NewKind, id: &str) -> Result<(), String> {
    if kind == NewKind::ExchangeRate {
        return match id.len() == 3 && id.bytes().all(|b| b.is_ascii_lowercase()) {
            true => Ok(()),
            false => Err(format!(
                "`{id}` is not a currency code: an exchange rate's id is its currency's ISO 4217 code in lower case (eur, usd)"
            )),
        };
    }
    let part_ok = |part: &str| {
        !part.is_empty()
            && !part.starts_with('-')
            && !part.ends_with('-')
            && !part.contains("--")
            && part
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let ok = match kind {
        NewKind::Page => id.split('/').all(|part| part_ok(part) || part == "_index"),
        _ => part_ok(id),
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{id}` is not a valid id: use lower-case letters, digits and hyphens{}",
            if kind == NewKind::Page {
                ", with `/` between folders (guides/valuation)"
            } else {
                " (import-home-use)"
            }
        ))
    }
}

/// The text of the archetype `name.md` (see [`archetype`]), for
/// `kb check` to recognise what an editor left unchanged.
pub fn archetype_text(config: &Config, name: &str) -> Result<String, Diagnostic> {
    archetype(config, name).map_err(|e| match e {
        NewError::Site(d) => d,
        NewError::Usage(message) => Diagnostic::error("new", message),
    })
}

/// The archetype `name.md`: the site's, the site theme's, or the embedded one.
fn archetype(config: &Config, name: &str) -> Result<String, NewError> {
    let file = format!("{name}.md");
    for dir in [
        config.root.join("archetypes"),
        config
            .root
            .join("themes")
            .join(&config.theme)
            .join("archetypes"),
    ] {
        let path = dir.join(&file);
        if path.is_file() {
            return std::fs::read_to_string(&path).map_err(|e| {
                NewError::Site(
                    Diagnostic::error("new", format!("cannot read the archetype: {e}"))
                        .in_file(path.strip_prefix(&config.root).unwrap_or(&path)),
                )
            });
        }
    }
    DEFAULT_THEME
        .get_file(format!("archetypes/{file}"))
        .and_then(|f| f.contents_utf8())
        .map(str::to_string)
        .ok_or_else(|| {
            NewError::Site(Diagnostic::error(
                "new",
                format!("no archetype {file} in archetypes/ or the theme"),
            ))
        })
}

/// Fills an archetype's `{{text:NAME}}` fields with the messages
/// `archetype-NAME` of `lang` (`$original` is the original's file, for a
/// translation). Each text is one line, escaped for TOML in the front
/// matter, so the result has the archetype's lines, line for line.
pub fn fill_texts(archetype: &str, locales: &Locales, lang: &str, original: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("original", original.to_string());
    let mut fences = 0;
    let mut out = String::new();
    for line in archetype.lines() {
        if line.trim() == "+++" {
            fences += 1;
        }
        let mut rest = line;
        while let Some((before, after)) = rest.split_once("{{text:") {
            let Some((name, after)) = after.split_once("}}") else {
                break;
            };
            let text = locales.text(lang, &format!("archetype-{name}"), Some(&args));
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            out.push_str(before);
            if fences == 1 {
                out.push_str(&toml_escaped(&text));
            } else {
                out.push_str(&text);
            }
            rest = after;
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

/// `text` escaped for the inside of a TOML basic string: an archetype
/// writes the quotes around its fields.
fn toml_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// The original's texts, as commented lines for its translation to fill:
/// `description`, the kind's text keys, and its arrays of tables with their
/// text keys (`[[steps]]`: `title`, `documents`). Commented, so the new
/// file changes nothing until a text is translated: a text key left out
/// shows the original's (docs/content-kinds.md#text-and-data).
fn original_texts(kind: NewKind, original: &str) -> String {
    let Some(front) = original_front(original) else {
        return String::new();
    };
    let entity = ALL_KINDS.iter().find(|k| Some(k.folder()) == kind.folder());
    let mut keys = vec!["description"];
    keys.extend(entity.map_or(&[][..], |e| e.text_keys()));
    let mut lines: Vec<String> = keys
        .iter()
        .filter_map(|key| Some(format!("# {key} = {}", one_line(front.get(*key)?)?)))
        .collect();
    for (array, text_keys) in entity.map_or(&[][..], |e| e.table_arrays()) {
        let Some(tables) = front.get(*array).and_then(toml::Value::as_array) else {
            continue;
        };
        lines.push(format!(
            "# All of its [[{array}]], in their order, or none:"
        ));
        for table in tables {
            lines.push(format!("# [[{array}]]"));
            for key in *text_keys {
                if let Some(value) = table.get(*key).and_then(one_line) {
                    lines.push(format!("# {key} = {value}"));
                }
            }
        }
    }
    if lines.is_empty() {
        return String::new();
    }
    lines.insert(
        0,
        "# The original's texts: translate each, then remove its #.".into(),
    );
    lines.join("\n") + "\n"
}

/// A text value on one line of TOML: a string, or an array of strings.
fn one_line(value: &toml::Value) -> Option<String> {
    let quoted = |s: &str| format!("\"{}\"", toml_escaped(s));
    match value {
        toml::Value::String(s) => Some(quoted(s)),
        toml::Value::Array(items) => {
            let items: Option<Vec<String>> = items.iter().map(|i| i.as_str().map(quoted)).collect();
            Some(format!("[{}]", items?.join(", ")))
        }
        _ => None,
    }
}

/// Fills the placeholders of an archetype.
fn fill(archetype: &str, title: &str, original: &str, date: Option<&str>) -> String {
    let title = toml_escaped(title);
    let mut out = String::new();
    for line in archetype.lines() {
        let trimmed = line.trim();
        if let Some(key) = trimmed
            .strip_prefix("{{date:")
            .and_then(|rest| rest.strip_suffix("}}"))
        {
            match date {
                Some(date) => out.push_str(&format!("{key} = {date}")),
                None => out.push_str(&format!(
                    "# {key} = YYYY-MM-DD              # kb new --date YYYY-MM-DD fills it"
                )),
            }
        } else {
            out.push_str(
                &line
                    .replace("{{title}}", &title)
                    .replace("{{original}}", original),
            );
        }
        out.push('\n');
    }
    out
}

/// `import-home-use` → `Import home use`.
pub(crate) fn title_of_id(id: &str) -> String {
    let last = id.rsplit('/').next().unwrap_or(id);
    capitalised(&last.replace('-', " "))
}

/// `text` with a capital first letter.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The `title` of a content file's front matter, if it has one.
fn original_title(text: &str) -> Option<String> {
    original_front(text)?
        .get("title")?
        .as_str()
        .map(str::to_string)
}

/// The front matter of an original, where it is readable TOML.
fn original_front(text: &str) -> Option<toml::Table> {
    let front = text.strip_prefix("+++")?;
    let end = front.find("\n+++")?;
    toml::from_str(&front[..end]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_kebab_case() {
        assert!(check_id(NewKind::Fee, "declaration-processing").is_ok());
        assert!(check_id(NewKind::Page, "guides/valuation").is_ok());
        for bad in ["", "Fee", "a b", "../x", "a/b", "-a", "a--b", "é"] {
            assert!(check_id(NewKind::Fee, bad).is_err(), "{bad}");
        }
        assert!(check_id(NewKind::Page, "guides/../x").is_err());
        assert!(check_id(NewKind::Page, "/etc").is_err());
    }

    #[test]
    fn an_exchange_rate_is_named_by_its_currency_in_the_file_s_language() {
        // Before, `kb new exchange-rate eur` wrote USD, titled `Eur`.
        assert_eq!(currency_title("en", "EUR"), "Euro (EUR)");
        assert_eq!(currency_title("fr", "USD"), "Dollar des États-Unis (USD)");
        assert_eq!(currency_title("vi", "USD"), "Đô la Mỹ (USD)");
        assert_eq!(currency_title("ka", "EUR"), "ევრო (EUR)");
        assert_eq!(currency_title("en", "XBT"), "XBT");
        assert!(check_id(NewKind::ExchangeRate, "eur").is_ok());
        for bad in ["euro", "EUR", "eu", "us-dollar", "e1r"] {
            assert!(check_id(NewKind::ExchangeRate, bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates_are_filled_only_when_asked() {
        let archetype = "+++\ntitle = \"{{title}}\"\n{{date:updated}}\n+++\n";
        let dated = fill(archetype, "Say \"hi\"", "", Some("2026-11-23"));
        assert!(dated.contains("title = \"Say \\\"hi\\\"\"\nupdated = 2026-11-23\n"));
        let undated = fill(archetype, "T", "", None);
        assert!(undated.contains("\n# updated = YYYY-MM-DD"));
        assert_eq!(title_of_id("guides/import-home-use"), "Import home use");
    }

    #[test]
    fn every_kind_has_an_embedded_archetype() {
        for kind in NewKind::ALL
            .map(NewKind::name)
            .into_iter()
            .chain(["translation"])
        {
            assert!(
                DEFAULT_THEME
                    .get_file(format!("archetypes/{kind}.md"))
                    .is_some(),
                "{kind}"
            );
        }
    }
}
