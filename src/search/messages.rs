//! The messages the search runtime shows with results ("Results:", "No
//! results for …", a result's kind), in the site's words for a language.
//!
//! They travel in the language's entry (`search/{lang}/index.js`), which
//! the runtime loads before any query, rather than in data attributes of
//! every page's search form: the same twenty words on each of a site's
//! pages were about half a kilobyte a page. A theme that still writes an
//! attribute (`data-none="…"`) overrides the entry's message.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;

use crate::entity_kind::ALL_KINDS;
use crate::lang::Lang;
use crate::model::Site;

/// Message name, as the runtime asks for it → its text, `%q`, `%a` and
/// `%f` standing for the query, the words asked and the words found.
pub type RuntimeMessages = BTreeMap<String, String>;

/// The runtime's messages in `lang`, from the site's locales (falling
/// back as every UI string does).
pub fn runtime_messages(site: &Site, lang: Lang<'_>) -> RuntimeMessages {
    let code = lang.code();
    let text = |id: &str, args: &[(&str, &str)]| {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, *value);
        }
        let args = (!args.is_empty()).then_some(&fluent);
        site.locales.text(code, id, args)
    };
    let found = [("asked", "%a"), ("found", "%f")];
    let mut messages = RuntimeMessages::new();
    messages.insert("count".into(), text("search-count", &[]));
    messages.insert("none".into(), text("search-none", &[("query", "%q")]));
    messages.insert("note-code".into(), text("search-note-code", &found));
    messages.insert("note-typo".into(), text("search-note-typo", &found));
    // "Rate: %r", the language's way ("Taux : %r").
    let rate = text("tariff-timeline-rate", &[]);
    messages.insert(
        "rate".into(),
        text("label-value", &[("label", &rate), ("value", "%r")]),
    );
    messages.insert("kind-tariff".into(), text("search-result-tariff", &[]));
    // A result's kind is its entity's scheme (`procedure`, `exchange-rate`),
    // labelled by the message `kind-{scheme}`; a tariff line's is above.
    for kind in ALL_KINDS.map(|k| k.scheme()) {
        messages.insert(format!("kind-{kind}"), text(&format!("kind-{kind}"), &[]));
    }
    messages
}
