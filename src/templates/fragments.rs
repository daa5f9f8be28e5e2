//! Fragments: templates under `fragments/` that depend only on the
//! frame's language-level variables (the search form, the footer), made
//! once for each value of those variables and given to every page as
//! `fragments.<name>`. On a national tariff the search form alone asks
//! for twenty messages on each of 73,000 pages; as a fragment it is made
//! once per language (docs/templates.md#fragments).

use std::hash::{Hash, Hasher};
use std::sync::{Arc, RwLock};

use rustc_hash::{FxHashMap, FxHasher};
use tera::{Context, Tera, Value};

/// The variables a fragment sees: the parts of a page's frame that are
/// the same on every page of a language (on the web; an offline build's
/// relative links make a few variants).
const FRAGMENT_VARIABLES: &[&str] = &[
    "lang",
    "site",
    "assets",
    "home",
    "nav",
    "footer",
    "enquiry_point",
];

/// The folder of fragment templates.
const FOLDER: &str = "fragments/";

/// The fragment templates of a theme, and what each has been made into.
pub struct Fragments {
    /// Template name (`fragments/search_form.html`) and the name a page
    /// reads it by (`search_form`), in name order.
    templates: Vec<(String, String)>,
    /// The fragments made, by a hash of their language and variables.
    made: RwLock<FxHashMap<u64, Vec<Made>>>,
    /// The same, by a hash of their language and variables' JSON text.
    by_json: RwLock<FxHashMap<u64, Vec<MadeFromJson>>>,
}

/// Fragments made for one language and one JSON text of the variables.
struct MadeFromJson {
    lang: String,
    json: Vec<u8>,
    fragments: Arc<Value>,
}

/// Fragments made for one language and one value of the variables.
struct Made {
    lang: String,
    /// The values of [`FRAGMENT_VARIABLES`], in order.
    variables: Vec<Value>,
    /// `{name: html}`.
    fragments: Arc<Value>,
}

/// Why a fragment could not be made: the template and Tera's error.
pub struct FragmentError {
    /// The fragment's template name.
    pub template: String,
    /// What Tera said.
    pub error: tera::Error,
}

impl Fragments {
    /// The fragments among `names` (template names).
    pub fn new<'a>(names: impl Iterator<Item = &'a str>) -> Self {
        let templates = names
            .filter_map(|name| {
                let stem = name.strip_prefix(FOLDER)?.strip_suffix(".html")?;
                (!stem.is_empty() && !stem.contains('/'))
                    .then(|| (name.to_string(), stem.replace('-', "_")))
            })
            .collect();
        Fragments {
            templates,
            made: RwLock::default(),
            by_json: RwLock::default(),
        }
    }

    /// Whether the theme has no fragment.
    pub fn is_empty(&self) -> bool {
        self.templates.is_empty()
    }

    /// Adds `fragments` to the context of a page in `lang` that has a
    /// frame (`assets`), making them with `tera` the first time their
    /// variables have these values.
    pub fn add_to(
        &self,
        tera: &Tera,
        lang: &str,
        context: &mut Context,
    ) -> Result<(), FragmentError> {
        if self.is_empty() || !context.contains_key("assets") {
            return Ok(());
        }
        let made = self.made_for(tera, lang, context)?;
        context.insert("fragments", made.as_ref());
        Ok(())
    }

    /// The fragments of a page in `lang` whose frame variables are those
    /// of `context`, `{name: html}`: made with `tera` the first time the
    /// variables have these values.
    pub fn made_for(
        &self,
        tera: &Tera,
        lang: &str,
        context: &Context,
    ) -> Result<Arc<Value>, FragmentError> {
        // Compared in place, not serialised: this runs for every page.
        let values: Vec<&Value> = FRAGMENT_VARIABLES
            .iter()
            .map(|name| context.get(name).unwrap_or(&Value::Null))
            .collect();
        let mut hasher = FxHasher::default();
        lang.hash(&mut hasher);
        values
            .iter()
            .for_each(|value| hash_value(value, &mut hasher));
        let hash = hasher.finish();
        let found =
            |made: &Made| made.lang == lang && made.variables.iter().eq(values.iter().copied());
        let cached = self.made.read().ok().and_then(|m| {
            m.get(&hash)
                .and_then(|list| list.iter().find(|made| found(made)))
                .map(|made| made.fragments.clone())
        });
        if let Some(made) = cached {
            return Ok(made);
        }
        let mut variables = Context::new();
        for (name, value) in FRAGMENT_VARIABLES.iter().zip(&values) {
            variables.insert(*name, value);
        }
        let made = Arc::new(self.make(tera, &variables)?);
        if let Ok(mut m) = self.made.write() {
            m.entry(hash).or_default().push(Made {
                lang: lang.to_string(),
                variables: values.into_iter().cloned().collect(),
                fragments: made.clone(),
            });
        }
        Ok(made)
    }

    /// The fragments made for a frame in `lang` whose variables' JSON
    /// text is `json`, if [`Fragments::remember_json`] was given them.
    pub fn known_json(&self, lang: &str, json: &[u8]) -> Option<Arc<Value>> {
        let hash = json_hash(lang, json);
        let made = self.by_json.read().ok()?;
        made.get(&hash)?
            .iter()
            .find(|m| m.lang == lang && m.json == json)
            .map(|m| m.fragments.clone())
    }

    /// Keeps `fragments` as those of a frame in `lang` whose variables'
    /// JSON text is `json`.
    pub fn remember_json(&self, lang: &str, json: Vec<u8>, fragments: Arc<Value>) {
        let hash = json_hash(lang, &json);
        if let Ok(mut made) = self.by_json.write() {
            let list = made.entry(hash).or_default();
            if !list.iter().any(|m| m.lang == lang && m.json == json) {
                list.push(MadeFromJson {
                    lang: lang.to_string(),
                    json,
                    fragments,
                });
            }
        }
    }

    fn make(&self, tera: &Tera, variables: &Context) -> Result<Value, FragmentError> {
        let mut made = tera::Map::new();
        for (template, name) in &self.templates {
            let html = tera
                .render(template, variables)
                .map_err(|error| FragmentError {
                    template: template.clone(),
                    error,
                })?;
            made.insert(name.clone(), Value::String(html));
        }
        Ok(Value::Object(made))
    }
}

fn json_hash(lang: &str, json: &[u8]) -> u64 {
    let mut hasher = FxHasher::default();
    lang.hash(&mut hasher);
    json.hash(&mut hasher);
    hasher.finish()
}

/// Feeds a JSON value to `hasher`, every string and number of it.
fn hash_value(value: &Value, hasher: &mut FxHasher) {
    match value {
        Value::Null => 0u8.hash(hasher),
        Value::Bool(b) => (1u8, b).hash(hasher),
        Value::Number(n) => (2u8, n).hash(hasher),
        Value::String(s) => (3u8, s).hash(hasher),
        Value::Array(items) => {
            (4u8, items.len()).hash(hasher);
            items.iter().for_each(|item| hash_value(item, hasher));
        }
        Value::Object(map) => {
            (5u8, map.len()).hash(hasher);
            for (key, item) in map {
                key.hash(hasher);
                hash_value(item, hasher);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tera(templates: &[(&str, &str)]) -> Tera {
        let mut tera = Tera::default();
        tera.set_escape_fn(crate::html::escape);
        tera.add_raw_templates(templates.to_vec()).expect("parsed");
        tera
    }

    fn page(lang: &str, title: &str, path: &str) -> Context {
        let mut c = Context::new();
        c.insert("lang", &serde_json::json!({ "code": lang }));
        c.insert(
            "assets",
            &serde_json::json!({ "search_page": format!("/{lang}/search/") }),
        );
        c.insert("site", &serde_json::json!({ "title": title }));
        c.insert("current_path", path);
        c
    }

    #[test]
    fn a_fragment_is_made_once_for_each_value_of_its_variables() {
        let tera = tera(&[(
            "fragments/search-form.html",
            "<form action=\"{{ assets.search_page }}\">{{ site.title }}</form>",
        )]);
        let fragments = Fragments::new(["fragments/search-form.html", "base.html"].into_iter());
        let mut made = Vec::new();
        for (lang, title, path) in [
            ("en", "Customs", "/en/a/"),
            ("en", "Customs", "/en/b/"),
            ("fr", "Douane", "/fr/a/"),
        ] {
            let mut context = page(lang, title, path);
            fragments
                .add_to(&tera, lang, &mut context)
                .ok()
                .expect("made");
            made.push(context.get("fragments").expect("given")["search_form"].clone());
        }
        assert_eq!(made[0], "<form action=\"/en/search/\">Customs</form>");
        assert_eq!(made[1], made[0]);
        assert_eq!(made[2], "<form action=\"/fr/search/\">Douane</form>");
        let made = fragments.made.read().unwrap();
        assert_eq!(made.values().map(Vec::len).sum::<usize>(), 2);
    }

    #[test]
    fn a_fragment_does_not_see_the_page() {
        let tera = tera(&[("fragments/footer.html", "{{ current_path }}")]);
        let fragments = Fragments::new(["fragments/footer.html"].into_iter());
        let mut context = page("en", "Customs", "/en/a/");
        let error = fragments
            .add_to(&tera, "en", &mut context)
            .expect_err("an error");
        assert_eq!(error.template, "fragments/footer.html");
    }

    #[test]
    fn pages_without_a_frame_and_themes_without_fragments_get_none() {
        let tera = tera(&[("fragments/footer.html", "x"), ("page.html", "")]);
        let fragments = Fragments::new(["fragments/footer.html"].into_iter());
        let mut feed = Context::new();
        feed.insert("lang", "en");
        fragments
            .add_to(&tera, "en", &mut feed)
            .ok()
            .expect("nothing to make");
        assert!(feed.get("fragments").is_none());
        let none = Fragments::new(["page.html", "fragments/deep/x.html"].into_iter());
        assert!(none.is_empty());
    }

    #[test]
    fn fragments_are_found_by_their_language_and_the_exact_json_of_their_variables() {
        let fragments = Fragments::new(["fragments/footer.html"].into_iter());
        let json = br#"{"home":"/en/"}"#.to_vec();
        assert!(fragments.known_json("en", &json).is_none());
        let made = Arc::new(serde_json::json!({ "footer": "<p>en</p>" }));
        fragments.remember_json("en", json.clone(), made.clone());
        assert_eq!(fragments.known_json("en", &json), Some(made));
        assert!(fragments.known_json("fr", &json).is_none());
        assert!(fragments.known_json("en", br#"{"home":"/en"}"#).is_none());
    }
}
