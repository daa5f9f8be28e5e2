//! Tera templates: one instance per language, whose `t()` function and
//! `date`/`num` filters speak that language; template errors mapped back to
//! the template's file, line and column ([`errors`]).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Context, Tera, Value};

use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::i18n::Locales;

mod errors;
mod fragments;
mod messages;

pub use messages::Messages;

use errors::{find_in_tags, parse_error, render_error};
use fragments::Fragments;

/// Templates ready to render in every language.
pub struct Templates {
    by_lang: BTreeMap<String, Tera>,
    sources: BTreeMap<String, SourceText>,
    names_frame_lists: bool,
    names_alternates: bool,
    names_rows: bool,
    writes_code_pages: bool,
    messages: BTreeMap<String, Arc<Messages>>,
    fragments: Fragments,
}

/// The templates a code page of the default theme is made of. kb writes
/// the page itself only while every one of them is the default theme's
/// own; the fragments (search form, footer) are the theme's in any case.
const CODE_PAGE_TEMPLATES: &[&str] = &[
    "base.html",
    "tariff-code.html",
    "macros.html",
    "code-trade.html",
    "calculator.html",
];

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
        let writes_code_pages = CODE_PAGE_TEMPLATES.iter().all(|name| {
            sources.get(*name).map(|s| &*s.text) == crate::theme::default_template(name)
        });
        if let Err(e) = tera.add_raw_templates(raw) {
            return Err(parse_error(&e, sources).into());
        }
        let mut by_lang = BTreeMap::new();
        let mut messages = BTreeMap::new();
        for lang in languages {
            let mut own = tera.clone();
            let formats = locales.formats(lang);
            let said = Arc::new(Messages::new(lang, locales.clone()));
            own.register_function("t", translate(said.clone()));
            messages.insert(lang.clone(), said);
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
            names_frame_lists: names_any(sources, &["alternates", "languages"]),
            names_alternates: names_any(sources, &["alternates", "alternate_links"]),
            names_rows: sources
                .values()
                .any(|source| find_in_tags(&source.text, "rows").is_some()),
            writes_code_pages,
            messages,
            fragments: Fragments::new(sources.keys().map(String::as_str)),
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

    /// Whether a template that renders content pages names `alternates`
    /// or `alternate_links`, a page's hreflang alternates: only then are
    /// they made. The default theme leaves them to the sitemap, which
    /// carries the same alternates for every page (docs/output.md).
    pub fn names_alternates(&self) -> bool {
        self.names_alternates
    }

    /// Whether a template names `rows`: only then are a tariff table's
    /// rows given as data beside `table_rows`, the default theme's
    /// written-out `<tr>` elements (docs/templates.md#tariff-tables).
    pub fn names_rows(&self) -> bool {
        self.names_rows
    }

    /// Whether kb writes tariff code pages itself, as the default theme's
    /// templates would (`render::code_page`): only while the theme has not
    /// changed any template a code page is made of ([`CODE_PAGE_TEMPLATES`]).
    pub fn writes_code_pages(&self) -> bool {
        self.writes_code_pages
    }

    /// The UI messages of `lang`, as `t()` gives them.
    pub fn messages(&self, lang: &str) -> Option<&Messages> {
        self.messages.get(lang).map(|m| &**m)
    }

    /// Renders template `name` in `lang`, as the bytes of the file to
    /// write: the templates and every value in them are UTF-8 already, so
    /// a page is not checked again as a `String` (2 % of a build). A page
    /// with a frame gets the theme's `fragments` too.
    pub fn render(
        &self,
        lang: &str,
        name: &str,
        context: &mut Context,
    ) -> Result<Vec<u8>, Diagnostic> {
        let tera = self.tera(lang)?;
        self.fragments
            .add_to(tera, lang, context)
            .map_err(|e| render_error(&e.error, &e.template, &self.sources))?;
        let mut bytes = Vec::with_capacity(16 * 1024);
        tera.render_to(name, context, &mut bytes)
            .map_err(|e| render_error(&e, name, &self.sources))?;
        Ok(bytes)
    }

    /// The fragments (`fragments.<name>`) of a page in `lang` whose frame
    /// variables (`lang`, `site`, `assets`…) are those of `frame`, for a
    /// page kb writes itself.
    pub fn fragments(&self, lang: &str, frame: &Context) -> Result<Arc<Value>, Diagnostic> {
        let tera = self.tera(lang)?;
        self.fragments
            .made_for(tera, lang, frame)
            .map_err(|e| render_error(&e.error, &e.template, &self.sources))
    }

    /// The same for a frame whose variables are `json`
    /// (`render::context::Shell::fragment_variables_json`): found by that
    /// text, without making the context (`variables`) but the first time.
    pub fn fragments_for_json(
        &self,
        lang: &str,
        json: Vec<u8>,
        variables: impl FnOnce() -> Result<Context, Diagnostic>,
    ) -> Result<Arc<Value>, Diagnostic> {
        if let Some(made) = self.fragments.known_json(lang, &json) {
            return Ok(made);
        }
        let made = self.fragments(lang, &variables()?)?;
        self.fragments.remember_json(lang, json, made.clone());
        Ok(made)
    }

    /// The templates bound to `lang` (or to the first language, for a
    /// language the site does not have).
    fn tera(&self, lang: &str) -> Result<&Tera, Diagnostic> {
        self.by_lang
            .get(lang)
            .or_else(|| self.by_lang.values().next())
            .ok_or_else(|| Diagnostic::error("template", "no language to render in"))
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
pub(crate) fn by_key(value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
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
    let list = Arc::new(crate::lists::ListPattern::and(lang));
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
fn translate(messages: Arc<Messages>) -> impl tera::Function {
    move |args: &HashMap<String, Value>| -> tera::Result<Value> {
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        if args.len() == 1 {
            return messages
                .plain(key)
                .map(Value::String)
                .map_err(|e| tera::Error::msg(e.to_string()));
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
        messages
            .format(key, &fluent)
            .map(Value::String)
            .map_err(|e| tera::Error::msg(e.to_string()))
    }
}

/// Whether a template other than the chooser (which always has its
/// lists) names one of `variables`.
fn names_any(sources: &BTreeMap<String, SourceText>, variables: &[&str]) -> bool {
    sources
        .iter()
        .filter(|(name, _)| name.as_str() != "chooser.html")
        .any(|(_, source)| {
            variables
                .iter()
                .any(|variable| find_in_tags(&source.text, variable).is_some())
        })
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

    #[test]
    fn alternates_are_made_only_where_a_page_template_names_them() {
        // The default theme leaves hreflang alternates to the sitemap; the
        // chooser lists its own.
        let chooser = (
            "chooser.html",
            "{% for l in alternates %}{{ l.href }}{% endfor %}",
        );
        let default_like = templates(&[
            ("base.html", "<ul>{{ language_items | safe }}</ul>"),
            chooser,
        ])
        .expect("templates");
        assert!(!default_like.names_alternates());
        let pairs: Vec<(String, String)> = default_theme();
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        assert!(!templates(&refs).expect("templates").names_alternates());
        for own in ["{{ alternate_links | safe }}", "{{ alternates | length }}"] {
            let theme = templates(&[("base.html", own), chooser]).expect("templates");
            assert!(theme.names_alternates(), "{own}");
        }
    }

    /// The default theme's templates, as `(name, text)`.
    fn default_theme() -> Vec<(String, String)> {
        let default_theme: Vec<(String, String)> = crate::theme::DEFAULT_THEME
            .get_dir("templates")
            .expect("the default theme's templates")
            .files()
            .map(|file| {
                let name = file.path().to_string_lossy().replace("templates/", "");
                (name, file.contents_utf8().unwrap_or_default().to_string())
            })
            .collect();
        assert!(default_theme.len() > 20, "the default theme's templates");
        default_theme
    }

    #[test]
    fn kb_writes_code_pages_only_while_their_templates_are_the_default_themes() {
        let theme = default_theme();
        let with = |name: &str, text: &str| {
            let mut pairs: Vec<(&str, &str)> = theme
                .iter()
                .filter(|(n, _)| n != name)
                .map(|(n, t)| (n.as_str(), t.as_str()))
                .collect();
            pairs.push((name, text));
            templates(&pairs).expect("templates").writes_code_pages()
        };
        let page = theme.iter().find(|(n, _)| n == "page.html").expect("page");
        assert!(with("page.html", &page.1), "the default theme");
        assert!(
            with("page.html", "{% extends \"base.html\" %}"),
            "another page's template"
        );
        for name in CODE_PAGE_TEMPLATES {
            let own = theme.iter().find(|(n, _)| n == name).expect(name);
            assert!(!with(name, &format!("{}{{# own #}}", own.1)), "{name}");
        }
    }

    #[test]
    fn the_rows_are_data_only_where_a_template_names_them() {
        let default_theme = default_theme();
        let pairs: Vec<(&str, &str)> = default_theme
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        assert!(!templates(&pairs).expect("templates").names_rows());
        for own in [
            "{% for row in rows %}{{ row.code }}{% endfor %}",
            "{{ rows | length }}",
        ] {
            let theme = templates(&[("page.html", own)]).expect("templates");
            assert!(theme.names_rows(), "{own}");
        }
        let prose =
            "{# the rows #}<p>rows</p>{{ t(key=\"home-browse-title\") }}{{ table_rows | safe }}";
        assert!(!templates(&[("page.html", prose)]).expect("t").names_rows());
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
            .render("en", name, &mut Context::new())
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
        let html = templates.render("en", "t.html", &mut context).unwrap();
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
}
