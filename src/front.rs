//! Front matter keys: each kind of content allows the common keys plus its
//! own; any other key is an error at its position, naming the closest
//! allowed key.

use crate::content::ContentFile;
use crate::diagnostics::{closest, Diagnostic, Diagnostics};

/// Keys every kind of page accepts.
pub const COMMON_KEYS: &[&str] = &[
    "title",
    "description",
    "date",
    "updated",
    "effective",
    "draft",
    "weight",
    "aliases",
    "slug",
    "template",
    "tfa",
    "extra",
];

/// Reports every top-level key of `file`'s front matter that is neither
/// common nor in `kind_keys`. Syntax errors are left to the typed parse.
pub fn check_keys(file: &ContentFile, kind_keys: &[&str], problems: &mut Diagnostics) {
    let Ok(table) = toml::de::DeTable::parse(file.front_text()) else {
        return;
    };
    for (key, _) in table.get_ref().iter() {
        let name: &str = key.get_ref();
        if COMMON_KEYS.contains(&name) || kind_keys.contains(&name) {
            continue;
        }
        let span = key.span();
        let known = COMMON_KEYS.iter().chain(kind_keys).copied();
        let hint = match closest(name, known) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!(
                "keys allowed here: {}; put your own values under [extra]",
                COMMON_KEYS
                    .iter()
                    .chain(kind_keys)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        problems.push(
            Diagnostic::error("front-matter", format!("unknown key `{name}`"))
                .at(
                    &file.source,
                    file.front.start + span.start,
                    file.front.start + span.end,
                )
                .hint(hint),
        );
    }
}
