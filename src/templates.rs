//! Tera templates: one instance per language, whose `t()` function and
//! `date`/`num` filters speak that language; template errors mapped back to
//! the template's file, line and column.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, RwLock};

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Context, Tera, Value};

use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::i18n::Locales;

/// Templates ready to render in every language.
pub struct Templates {
    by_lang: BTreeMap<String, Tera>,
    sources: BTreeMap<String, SourceText>,
    names_frame_lists: bool,
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
        tera.set_escape_fn(crate::html::escape);
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
            let formats = locales.formats(lang);
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
            register_lists(&mut own, lang);
            own.register_filter("by_key", by_key);
            by_lang.insert(lang.clone(), own);
        }
        Ok(Templates {
            by_lang,
            names_frame_lists: names_frame_lists(sources),
            sources: sources.clone(),
        })
    }

    /// Whether a template that renders content pages names `alternates`
    /// or `languages`, the lists the default theme gets written out
    /// (`alternate_links`, `language_items`): content pages carry them as
    /// data only then. The language chooser always has them.
    pub fn names_frame_lists(&self) -> bool {
        self.names_frame_lists
    }

    /// Renders template `name` in `lang`, as the bytes of the file to
    /// write: the templates and every value in them are UTF-8 already, so
    /// a page is not checked again as a `String` (2 % of a build).
    pub fn render(&self, lang: &str, name: &str, context: &Context) -> Result<Vec<u8>, Diagnostic> {
        let tera = self
            .by_lang
            .get(lang)
            .or_else(|| self.by_lang.values().next())
            .ok_or_else(|| Diagnostic::error("template", "no language to render in"))?;
        let mut bytes = Vec::with_capacity(16 * 1024);
        tera.render_to(name, context, &mut bytes)
            .map_err(|e| render_error(&e, name, &self.sources))?;
        Ok(bytes)
    }

    /// Whether a template of that name exists.
    pub fn has(&self, name: &str) -> bool {
        self.sources.contains_key(name)
    }
}

/// `cells | by_key(key=col.key)`: the first object of the list whose
/// `key` is the given one, or null. The same as Tera's `filter(attribute=
/// "key", value=…) | first`, which builds a filtered copy of the list on
/// every cell of every tariff table (an eighth of a national build).
fn by_key(value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
    let key = args
        .get("key")
        .ok_or_else(|| tera::Error::msg("by_key needs key=\"...\""))?;
    let found = match value {
        Value::Array(items) => items.iter().find(|item| item.get("key") == Some(key)),
        _ => None,
    };
    Ok(found.cloned().unwrap_or(Value::Null))
}

/// `names | and_list`: "A, B and C" the language's way (ICU4X);
/// `list_separators(count=n)`: the `n + 1` pieces around `n` items, for
/// lists of links (see `link_list` in macros.html).
fn register_lists(tera: &mut Tera, lang: &str) {
    let list = Arc::new(crate::lists::AndList::new(lang));
    let l = list.clone();
    tera.register_filter("and_list", move |v: &Value, _: &HashMap<String, Value>| {
        let items: Vec<String> = match v {
            Value::Array(items) => items
                .iter()
                .map(|i| match i {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect(),
            Value::String(s) => vec![s.clone()],
            _ => Vec::new(),
        };
        Ok(Value::String(l.join(&items)))
    });
    tera.register_function(
        "list_separators",
        move |args: &HashMap<String, Value>| -> tera::Result<Value> {
            let count = args.get("count").and_then(Value::as_u64).unwrap_or(0);
            let count = usize::try_from(count.min(10_000)).unwrap_or(0);
            Ok(Value::Array(
                list.separators(count)
                    .into_iter()
                    .map(Value::String)
                    .collect(),
            ))
        },
    );
}

/// `t(key="nav-home", count=3)`: the Fluent message in this instance's
/// language, with every other argument passed to Fluent.
fn translate(lang: String, locales: Arc<Locales>) -> impl tera::Function {
    // A page asks for the same thirty labels as every other page of its
    // language (header, search form, footer): a message asked for by key
    // alone is formatted once, then read from here.
    let plain: RwLock<HashMap<String, Value>> = RwLock::default();
    move |args: &HashMap<String, Value>| -> tera::Result<Value> {
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        if args.len() == 1 {
            if let Some(text) = plain.read().ok().and_then(|m| m.get(key).cloned()) {
                return Ok(text);
            }
            let text = locales
                .format(&lang, key, None)
                .map(Value::String)
                .map_err(|e| tera::Error::msg(e.to_string()))?;
            if let Ok(mut m) = plain.write() {
                m.insert(key.to_string(), text.clone());
            }
            return Ok(text);
        }
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

fn error_chain(error: &tera::Error) -> Vec<String> {
    let mut messages = vec![error.to_string()];
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        messages.push(e.to_string());
        source = e.source();
    }
    messages
}

/// Tera's parse errors say `--> LINE:COLUMN` inside their message; the
/// others (a missing parent, a duplicated block, macros from a missing
/// file) name the template, and often what to look for in it.
fn parse_error(error: &tera::Error, sources: &BTreeMap<String, SourceText>) -> Diagnostic {
    let messages = error_chain(error);
    let all = messages.join("\n");
    let detail = messages.last().cloned().unwrap_or_default();
    let summary = detail
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('='))
        .map(|l| l.trim_start_matches([' ', '=']).to_string());
    let d = Diagnostic::error(
        "template",
        format!(
            "template syntax error: {}",
            summary.unwrap_or_else(|| first_line(&detail))
        ),
    );
    let template = failing_template(&messages, sources);
    let d = match (template.and_then(|t| sources.get(t)), arrow_position(&all)) {
        (Some(source), Some((line, column))) => {
            let offset = offset_of(source, line, column);
            d.at(source, offset, offset + 1)
        }
        _ => locate(d, &needles(&messages, sources), template, sources),
    };
    d.hint("check the Tera syntax: {{ expression }}, {% tag %}, {# comment #}")
}

fn render_error(
    error: &tera::Error,
    name: &str,
    sources: &BTreeMap<String, SourceText>,
) -> Diagnostic {
    let messages = error_chain(error);
    let detail = messages.last().cloned().unwrap_or_default();
    let d = Diagnostic::error(
        "template",
        format!("cannot render `{name}`: {}", first_line(&detail)),
    );
    let template = failing_template(&messages, sources).or(Some(name));
    let d = locate(d, &needles(&messages, sources), template, sources);
    let hint = if detail.starts_with("Variable `") {
        "the variable is not in this template's context; see docs/templates.md for what each template receives, or use `| default(value=\"\")`"
    } else {
        "check the template and the Fluent message ids it uses"
    };
    d.hint(hint)
}

/// Names a Tera message quotes with `'…'` or `` `…` ``, in order: `'page.html'`,
/// `` `page.subtitle` ``, and `'[a.html, b.html]'` (the templates an include
/// tried) as `a.html` and `b.html`.
fn quoted_names(message: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = message;
    while let Some(open) = rest.find(['\'', '`']) {
        let quote = rest[open..].chars().next().unwrap_or('\'');
        let after = &rest[open + 1..];
        let Some(close) = after.find(quote) else {
            break;
        };
        let inner = &after[..close];
        match inner.strip_prefix('[').and_then(|i| i.strip_suffix(']')) {
            Some(list) => names.extend(list.split(", ")),
            None => names.push(inner),
        }
        rest = &after[close + 1..];
    }
    names
}

/// Whether a quoted token is a name that can be looked for in a template
/// (a variable, test, filter, function, argument, block, macro or template
/// name) rather than a value (`"About us"`, `3`) or a piece of prose.
fn is_name(token: &str) -> bool {
    token.len() <= 200
        && token.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && token
            .chars()
            .all(|c| c.is_alphanumeric() || "_.-/[]".contains(c))
}

/// The template an error is in: the one Tera says it "happened in" (a
/// parent's block), else the first template any message names.
fn failing_template<'a>(
    messages: &'a [String],
    sources: &BTreeMap<String, SourceText>,
) -> Option<&'a str> {
    let happened_in = messages.iter().find_map(|m| {
        let (_, rest) = m.split_once("(error happened in '")?;
        let (name, _) = rest.split_once('\'')?;
        Some(name)
    });
    happened_in
        .filter(|n| sources.contains_key(*n))
        .or_else(|| {
            messages
                .iter()
                .flat_map(|m| quoted_names(m))
                .find(|n| sources.contains_key(*n))
        })
}

/// What to look for in the templates to find the error's line, the most
/// precise first: every name the messages quote, innermost message first
/// (`` Tester `starting_with` was called on an undefined variable `` before
/// `Test call 'starting_with' failed`), except the templates' own names.
/// A missing Fluent message is looked for as the string literal of its id.
fn needles(messages: &[String], sources: &BTreeMap<String, SourceText>) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for message in messages.iter().rev() {
        if let Some(rest) = message.strip_prefix("no Fluent message `") {
            // Only the id: the language code after it names nothing in a template.
            if let Some((id, _)) = rest.split_once("` in `") {
                found.extend(["\"", "'", "`"].map(|q| format!("{q}{id}{q}")));
            }
            continue;
        }
        for name in quoted_names(message) {
            if is_name(name) && !sources.contains_key(name) && !found.iter().any(|f| f == name) {
                found.push(name.to_string());
            }
        }
    }
    found
}

/// Points `d` at the first needle found inside a tag, looking in `template`
/// first and then in the others (those it extends, includes or imports
/// macros from); if no needle is found, names `template`'s file without a
/// line, so that every template error says at least which file.
fn locate(
    d: Diagnostic,
    needles: &[String],
    template: Option<&str>,
    sources: &BTreeMap<String, SourceText>,
) -> Diagnostic {
    let own = template.and_then(|t| sources.get_key_value(t));
    let candidates: Vec<&SourceText> = own
        .into_iter()
        .chain(sources.iter().filter(|(n, _)| Some(n.as_str()) != template))
        .map(|(_, s)| s)
        .collect();
    for needle in needles {
        for source in &candidates {
            if let Some(offset) = find_in_tags(&source.text, needle) {
                return d.at(source, offset, offset + needle.len());
            }
        }
    }
    match own {
        Some((_, source)) => d.in_file(&source.path),
        None => d,
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}

fn arrow_position(message: &str) -> Option<(usize, usize)> {
    let (_, rest) = message.split_once("--> ")?;
    let token = rest.split_whitespace().next()?;
    let (line, column) = token.split_once(':')?;
    Some((line.parse().ok()?, column.parse().ok()?))
}

/// The byte offset of Tera's `line` and `column`. Tera's positions come
/// from pest, which ends a line at `\n` (a `\r` before it included) and
/// counts a lone `\r` as a character of the line: split the same way here,
/// even though diagnostics count a lone `\r` as a line ending.
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

fn names_frame_lists(sources: &BTreeMap<String, SourceText>) -> bool {
    sources
        .iter()
        .filter(|(name, _)| name.as_str() != "chooser.html")
        .any(|(_, source)| {
            ["alternates", "languages"]
                .iter()
                .any(|list| find_in_tags(&source.text, list).is_some())
        })
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
    fn the_frame_lists_are_data_only_where_a_page_template_names_them() {
        let default_like = templates(&[
            (
                "base.html",
                "{{ alternate_links | safe }}<ul>{{ language_items | safe }}</ul>",
            ),
            (
                "chooser.html",
                "{% for l in languages %}{{ l.title }}{% endfor %}",
            ),
            ("page.html", "{% extends \"base.html\" %}<p>languages</p>"),
        ])
        .expect("templates");
        assert!(!default_like.names_frame_lists());
        for own in [
            "{% for l in languages %}{{ l.name }}{% endfor %}",
            "{{ alternates | length }}",
        ] {
            let theme = templates(&[("page.html", own)]).expect("templates");
            assert!(theme.names_frame_lists(), "{own}");
        }
    }

    /// Templates from `(name, text)` pairs, in English, with no messages.
    fn templates(files: &[(&str, &str)]) -> Result<Templates, Diagnostics> {
        let config = crate::config::Config::parse(
            std::path::Path::new("."),
            "title = \"T\"\nbase_url = \"https://x.example\"\n[languages.en]\nname = \"English\"\n",
        )
        .unwrap();
        let locales = Arc::new(Locales::load(&config, &[]).0);
        let sources = files
            .iter()
            .map(|(n, t)| (n.to_string(), SourceText::new(format!("templates/{n}"), *t)))
            .collect();
        Templates::new(&sources, &["en".to_string()], &locales)
    }

    fn render_failure(files: &[(&str, &str)], name: &str) -> Diagnostic {
        let templates = templates(files).unwrap_or_else(|e| panic!("{}", e.render()));
        templates
            .render("en", name, &Context::new())
            .expect_err("the template should fail")
    }

    fn place(d: &Diagnostic) -> (String, usize) {
        let path = d.path.as_ref().map(|p| p.display().to_string());
        (path.unwrap_or_default(), d.line)
    }

    #[test]
    fn by_key_picks_the_cell_filter_and_first_would() {
        let page = "{% for col in cols %}[{% set c = cells | by_key(key=col) %}\
                    {% if c %}{{ c.text }}{% endif %}|\
                    {% set d = cells | filter(attribute=\"key\", value=col) | first %}\
                    {% if d %}{{ d.text }}{% endif %}]{% endfor %}";
        let templates = templates(&[("t.html", page)]).unwrap();
        let mut context = Context::new();
        context.insert("cols", &["duty", "vat", "none"]);
        context.insert(
            "cells",
            &serde_json::json!([
                {"key": "vat", "text": "10 %"},
                {"key": "duty", "text": "5 %"},
                {"key": "duty", "text": "later"}
            ]),
        );
        let html = templates.render("en", "t.html", &context).unwrap();
        assert_eq!(String::from_utf8(html).unwrap(), "[5 %|5 %][10 %|10 %][|]");
    }

    #[test]
    fn an_error_without_a_position_is_found_by_the_names_it_quotes() {
        // Issue 13, item 15 (a): Tera gives no line here, and kb gave no file.
        let d = render_failure(
            &[(
                "page.html",
                "<h1>T</h1>\n{% if x is starting_with(\"a\") %}y{% endif %}\n",
            )],
            "page.html",
        );
        assert_eq!(place(&d), ("templates/page.html".into(), 2));
        assert!(d.message.contains("starting_with"), "{}", d.message);
        let d = render_failure(
            &[("page.html", "a\nb\n{{ \"x\" | truncate(length=\"x\") }}\n")],
            "page.html",
        );
        assert_eq!(place(&d), ("templates/page.html".into(), 3));
        let d = render_failure(
            &[("page.html", "a\n{% include \"nope.html\" %}\n")],
            "page.html",
        );
        assert_eq!(place(&d), ("templates/page.html".into(), 2));
    }

    #[test]
    fn an_error_in_a_parent_or_an_include_is_found_there() {
        let base =
            "<html>\n{% block main %}{% endblock main %}\n{{ 1 | round(method=\"sideways\") }}\n";
        let d = render_failure(
            &[
                ("base.html", base),
                (
                    "page.html",
                    "{% extends \"base.html\" %}\n{% block main %}x{% endblock main %}\n",
                ),
            ],
            "page.html",
        );
        assert_eq!(place(&d), ("templates/base.html".into(), 3));
        let d = render_failure(
            &[
                ("part.html", "\n\n{{ nothing_here }}\n"),
                ("page.html", "{% include \"part.html\" %}\n"),
            ],
            "page.html",
        );
        assert_eq!(place(&d), ("templates/part.html".into(), 3));
    }

    #[test]
    fn every_template_error_names_at_least_the_file() {
        // Nothing to look for: a division by zero quotes no name.
        let d = render_failure(&[("page.html", "a\n{{ 1 % 0 }}\n")], "page.html");
        assert_eq!(place(&d), ("templates/page.html".into(), 0));
        // Errors found while loading, without Tera's `-->` position.
        for (files, expected) in [
            (
                vec![("page.html", "a\n{% extends \"nope.html\" %}\n")],
                ("templates/page.html", 2),
            ),
            (
                vec![("page.html", "{% import \"m.html\" as m %}\n{{ m::x() }}\n")],
                ("templates/page.html", 1),
            ),
            (
                vec![(
                    "page.html",
                    "\n{% block a %}{% endblock a %}{% block a %}{% endblock a %}\n",
                )],
                ("templates/page.html", 2),
            ),
        ] {
            let Err(problems) = templates(&files) else {
                panic!("{files:?} should not load");
            };
            let d = problems.iter().next().unwrap();
            assert_eq!(
                place(d),
                (expected.0.to_string(), expected.1),
                "{}",
                d.message
            );
        }
    }

    #[test]
    fn quoted_names_are_read_from_both_quotes_and_include_lists() {
        assert_eq!(
            quoted_names("Template '[a.html, b.html]' not found; `x.y` isn't 'z'"),
            ["a.html", "b.html", "x.y", "t "]
        );
        // Prose with apostrophes gives tokens that are no names.
        assert!(!is_name("t "));
        assert!(!is_name("\"About us\""));
        assert!(!is_name("3"));
        assert!(is_name("page.children[0].title"));
    }

    #[test]
    fn parse_error_position_is_read_from_the_arrow() {
        assert_eq!(
            arrow_position("Failed to parse 'a.html'\n --> 3:7\n"),
            Some((3, 7))
        );
    }
}
