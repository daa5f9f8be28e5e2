//! The UI messages of one language as templates ask for them (`t()`),
//! shared by the Tera function and by the pages kb writes itself
//! (`render::theme_html`), so that both say the same and a message asked
//! for by key alone is formatted once per language, not once per page.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use fluent_bundle::FluentArgs;

use crate::i18n::{Locales, MissingMessage};

/// The messages of one language.
pub struct Messages {
    lang: String,
    locales: Arc<Locales>,
    /// Messages asked for by key alone: a page asks for the same thirty
    /// labels as every other page of its language.
    plain: RwLock<HashMap<String, String>>,
}

impl Messages {
    /// The messages of `lang`.
    pub fn new(lang: &str, locales: Arc<Locales>) -> Self {
        Messages {
            lang: lang.to_string(),
            locales,
            plain: RwLock::default(),
        }
    }

    /// Message `key` without arguments.
    pub fn plain(&self, key: &str) -> Result<String, MissingMessage> {
        if let Some(text) = self.plain.read().ok().and_then(|m| m.get(key).cloned()) {
            return Ok(text);
        }
        let text = self.locales.format(&self.lang, key, None)?;
        if let Ok(mut m) = self.plain.write() {
            m.insert(key.to_string(), text.clone());
        }
        Ok(text)
    }

    /// Message `key` with `args`.
    pub fn format(&self, key: &str, args: &FluentArgs) -> Result<String, MissingMessage> {
        self.locales.format(&self.lang, key, Some(args))
    }
}
