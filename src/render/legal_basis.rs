//! A page's `legal_basis`: links to the site's legal texts, in the
//! reader's language, and plain text, marked with its language where a
//! translation shows the original's words.

use serde::Serialize;

use super::links::Link;

/// A `legal_basis` entry: a link to a legal text, or plain text.
#[derive(Serialize)]
pub(super) struct Basis {
    link: Option<Link>,
    text: String,
    /// The language of plain text shown in the original's words on a
    /// translation's page (WCAG 3.1.2).
    lang: Option<String>,
}

/// The entries of `legal_basis`, each `legal:ID` linked by `legal` (the
/// legal text's page, if it exists); plain text is in the language `lang`
/// when the page shows the original's words.
pub(super) fn basis(
    entries: &[String],
    lang: Option<&String>,
    legal: impl Fn(&str) -> Option<Link>,
) -> Vec<Basis> {
    entries
        .iter()
        .map(|entry| match entry.strip_prefix("legal:") {
            Some(id) => {
                let link = legal(id);
                Basis {
                    text: link.as_ref().map_or(entry.clone(), |l| l.title.clone()),
                    link,
                    lang: None,
                }
            }
            None => Basis {
                link: None,
                text: entry.clone(),
                lang: lang.cloned(),
            },
        })
        .collect()
}
