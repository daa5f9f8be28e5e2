//! HTML written the way the default theme's templates write it: every
//! value escaped as Tera escapes it (`crate::html::escape`), every message
//! in the page's language as `t()` gives it. Used where kb writes part of a
//! default-theme page itself (`code_page`); a template error there (a
//! message no language has) is left for the template to report.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::html::escape_into;
use crate::i18n::MissingMessage;
use crate::templates::Messages;

/// A page's HTML as it is written.
pub(super) struct ThemeHtml<'m> {
    messages: &'m Messages,
    /// What has been written so far.
    pub(super) html: String,
}

impl<'m> ThemeHtml<'m> {
    /// An empty page part, with the messages of its language.
    pub(super) fn new(messages: &'m Messages, capacity: usize) -> Self {
        ThemeHtml {
            messages,
            html: String::with_capacity(capacity),
        }
    }

    /// Markup, as it is.
    pub(super) fn raw(&mut self, markup: &str) {
        self.html.push_str(markup);
    }

    /// A value, escaped (`{{ value }}`).
    pub(super) fn text(&mut self, value: &str) {
        escape_into(&mut self.html, value, true);
    }

    /// ` name="value"` where the value is set (`{% if value %}`).
    pub(super) fn attribute(&mut self, name: &str, value: Option<&str>) {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            self.html.push(' ');
            self.html.push_str(name);
            self.html.push_str("=\"");
            self.text(value);
            self.html.push('"');
        }
    }

    /// ` lang="…" dir="…"`: the page's own content shown in its original's
    /// language (`{% if page.content_lang != lang.code %} lang="{{
    /// page.content_lang }}" dir="{{ page.content_dir }}"{% endif %}`), whose
    /// direction the page knows.
    pub(super) fn content_lang(&mut self, lang: &str, dir: &str) {
        self.raw(" lang=\"");
        self.text(lang);
        self.raw("\" dir=\"");
        self.text(dir);
        self.raw("\"");
    }

    /// ` lang="…" dir="auto"` where the language is set: see [`lang_mark`].
    pub(super) fn lang_mark(&mut self, lang: Option<&str>) {
        lang_mark(&mut self.html, lang);
    }

    /// Message `key`, escaped (`{{ t(key="…") }}`).
    pub(super) fn message(&mut self, key: &str) -> Result<(), MissingMessage> {
        let text = self.messages.plain(key)?;
        self.text(&text);
        Ok(())
    }

    /// Message `key` with one argument, escaped (`{{ t(key="…", name=value) }}`).
    pub(super) fn message_with(
        &mut self,
        key: &str,
        name: &str,
        value: &str,
    ) -> Result<(), MissingMessage> {
        let text = self.said_with(key, name, value)?;
        self.text(&text);
        Ok(())
    }

    /// Message `key` with one argument, as text.
    pub(super) fn said_with(
        &self,
        key: &str,
        name: &str,
        value: &str,
    ) -> Result<String, MissingMessage> {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.to_string()));
        self.messages.format(key, &args)
    }
}

/// ` lang="…" dir="auto"` where `lang` is set: a part of a page in another
/// language than the page's (`{% if x.lang %} lang="{{ x.lang }}"
/// dir="auto"{% endif %}` in the default theme). `dir="auto"` isolates the
/// part and takes its direction from its own first letter, so that an
/// English description on an Arabic page, or an Arabic one on an English
/// page, keeps its punctuation and numbers where its own language puts
/// them (W3C, "Inline markup and bidirectional text in HTML").
pub(super) fn lang_mark(html: &mut String, lang: Option<&str>) {
    if let Some(lang) = lang.filter(|l| !l.is_empty()) {
        html.push_str(" lang=\"");
        escape_into(html, lang, true);
        html.push_str("\" dir=\"auto\"");
    }
}
