//! Tera templates: one instance per language, whose `t()` function and
//! `date`/`num` filters speak that language; template errors mapped back to
//! the template's file, line and column.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Context, Tera, Value};

use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::i18n::{Formats, Locales};

/// Templates ready to render in every language.
pub struct Templates {
    by_lang: BTreeMap<String, Tera>,
    sources: BTreeMap<String, SourceText>,
}

impl Templates {
    /// Parses every template and binds a copy to each language.
    pub fn new(
        sources: &BTreeMap<String, SourceText>,
        languages: &[String],
        locales: &Arc<Locales>,
    ) -> Result<Templates, Diagnostics> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape);
        let raw: Vec<(&str, &str)> = sources
            .iter()
            .map(|(n, s)| (n.as_str(), &*s.text))
            .collect();
        if let Err(e) = tera.add_raw_templates(raw) {
            return Err(parse_error(&e, sources).into());
        }
        let mut by_lang = BTreeMap::new();
        for lang in languages {
            let mut own = tera.clone();
            let formats = Formats::new(lang);
            own.register_function("t", translate(lang.clone(), locales.clone()));
            // Output must depend on the content only: no environment variables.
            own.register_function("get_env", |_: &HashMap<String, Value>| {
                Err(tera::Error::msg(
                    "get_env is disabled: a build depends on its content only",
                ))
            });
            let f = formats.clone();
            own.register_filter("date", move |v: &Value, _: &HashMap<String, Value>| {
                Ok(Value::String(match v {
                    Value::String(s) => f.date(s),
                    other => other.to_string(),
                }))
            });
            let f = formats.clone();
            own.register_filter("num", move |v: &Value, _: &HashMap<String, Value>| {
                Ok(Value::String(match v {
                    Value::String(s) => f.number(s),
                    Value::Number(n) => f.number(&n.to_string()),
                    other => other.to_string(),
                }))
            });
            by_lang.insert(lang.clone(), own);
        }
        Ok(Templates {
            by_lang,
            sources: sources.clone(),
        })
    }

    /// Renders template `name` in `lang`.
    pub fn render(&self, lang: &str, name: &str, context: &Context) -> Result<String, Diagnostic> {
        let tera = self
            .by_lang
            .get(lang)
            .or_else(|| self.by_lang.values().next())
            .ok_or_else(|| Diagnostic::error("template", "no language to render in"))?;
        tera.render(name, context)
            .map_err(|e| render_error(&e, name, &self.sources))
    }

    /// Whether a template of that name exists.
    pub fn has(&self, name: &str) -> bool {
        self.sources.contains_key(name)
    }
}

/// `t(key="nav-home", count=3)`: the Fluent message in this instance's
/// language, with every other argument passed to Fluent.
fn translate(lang: String, locales: Arc<Locales>) -> impl tera::Function {
    move |args: &HashMap<String, Value>| -> tera::Result<Value> {
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        let mut fluent = FluentArgs::new();
        let mut names: Vec<&String> = args.keys().filter(|k| *k != "key").collect();
        names.sort();
        for name in names {
            let value = match &args[name] {
                Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or(0.0)),
                Value::String(s) => FluentValue::from(s.clone()),
                Value::Bool(b) => FluentValue::from(b.to_string()),
                other => FluentValue::from(other.to_string()),
            };
            fluent.set(name.replace('_', "-"), value);
        }
        locales
            .format(&lang, key, Some(&fluent))
            .map(Value::String)
            .map_err(|e| tera::Error::msg(e.to_string()))
    }
}

/// Escapes what HTML needs escaped and nothing more: Tera's default also
/// escapes `/`, which makes every URL longer and harder to read.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

fn error_chain(error: &tera::Error) -> Vec<String> {
    let mut messages = vec![error.to_string()];
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        messages.push(e.to_string());
        source = e.source();
    }
    messages
}

/// Tera's parse errors say `--> LINE:COLUMN` inside their message.
fn parse_error(error: &tera::Error, sources: &BTreeMap<String, SourceText>) -> Diagnostic {
    let messages = error_chain(error);
    let all = messages.join("\n");
    let name = quoted(&all);
    let detail = messages.last().cloned().unwrap_or_default();
    let summary = detail
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('='))
        .map(|l| l.trim_start_matches([' ', '=']).to_string());
    let mut d = Diagnostic::error(
        "template",
        format!(
            "template syntax error: {}",
            summary.unwrap_or_else(|| first_line(&all))
        ),
    );
    if let Some(source) = name.as_deref().and_then(|n| sources.get(n)) {
        if let Some((line, column)) = arrow_position(&all) {
            let offset = offset_of(source, line, column);
            d = d.at(source, offset, offset + 1);
        } else {
            d = d.in_file(&source.path);
        }
    }
    d.hint("check the Tera syntax: {{ expression }}, {% tag %}, {# comment #}")
}

fn render_error(
    error: &tera::Error,
    name: &str,
    sources: &BTreeMap<String, SourceText>,
) -> Diagnostic {
    let messages = error_chain(error);
    let detail = messages.last().cloned().unwrap_or_default();
    let mut d = Diagnostic::error(
        "template",
        format!("cannot render `{name}`: {}", first_line(&detail)),
    );
    let variable = detail
        .strip_prefix("Variable `")
        .and_then(|r| r.split_once('`'))
        .map(|(v, _)| v.to_string());
    let template = messages
        .iter()
        .rev()
        .find_map(|m| quoted(m))
        .unwrap_or_else(|| name.to_string());
    let needle = variable.clone().or_else(|| {
        detail
            .strip_prefix("no Fluent message `")
            .and_then(|r| r.split_once('`'))
            .map(|(id, _)| format!("\"{id}\""))
    });
    if let Some(needle) = needle {
        // Look in the template that failed, then in the ones it extends or includes.
        let candidates =
            std::iter::once(template.as_str()).chain(sources.keys().map(String::as_str));
        for candidate in candidates {
            if let Some(source) = sources.get(candidate) {
                if let Some(offset) = find_in_tags(&source.text, &needle) {
                    d = d.at(source, offset, offset + needle.len());
                    break;
                }
            }
        }
    }
    let hint = if variable.is_some() {
        "the variable is not in this template's context; see docs/templates.md for what each template receives, or use `| default(value=\"\")`"
    } else {
        "check the template and the Fluent message ids it uses"
    };
    d.hint(hint)
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}

/// The first 'single-quoted' name in a Tera message.
fn quoted(message: &str) -> Option<String> {
    let (_, rest) = message.split_once('\'')?;
    let (name, _) = rest.split_once('\'')?;
    Some(name.to_string())
}

fn arrow_position(message: &str) -> Option<(usize, usize)> {
    let (_, rest) = message.split_once("--> ")?;
    let token = rest.split_whitespace().next()?;
    let (line, column) = token.split_once(':')?;
    Some((line.parse().ok()?, column.parse().ok()?))
}

fn offset_of(source: &SourceText, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, text) in source.text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + text
                    .char_indices()
                    .nth(column.saturating_sub(1))
                    .map_or(0, |(b, _)| b);
        }
        offset += text.len();
    }
    0
}

/// Offset of `needle` inside a `{{ … }}` or `{% … %}` of a template.
fn find_in_tags(text: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find(needle) {
        let at = from + found;
        let before = &text[..at];
        let opened = before.rfind("{{").max(before.rfind("{%"));
        let closed = before.rfind("}}").max(before.rfind("%}"));
        let boundary_ok = !text[at + needle.len()..]
            .starts_with(|c: char| c.is_alphanumeric() || c == '_')
            && !before.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.');
        if opened > closed && boundary_ok {
            return Some(at);
        }
        from = at + needle.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_found_inside_tags_only() {
        let t = "title\n<p>{{ page.title }}</p>\n{{ title }}";
        assert_eq!(find_in_tags(t, "title"), Some(t.rfind("title").unwrap()));
        assert_eq!(
            find_in_tags(t, "page.title"),
            Some(t.find("page.title").unwrap())
        );
    }

    #[test]
    fn parse_error_position_is_read_from_the_arrow() {
        assert_eq!(
            arrow_position("Failed to parse 'a.html'\n --> 3:7\n"),
            Some((3, 7))
        );
    }
}
