//! The items of the WTO Trade Facilitation Agreement that a customs site
//! publishes (Art. 1.1 (a)–(j), 1.2.1 (a)–(c), 1.3, Art. 2.1 and 2.2,
//! Art. 6.1), as a page's `tfa` key names them, and the check of what a
//! page declares: an item not in this list is an error with the closest
//! one suggested, never dropped. The transparency index (`model` and
//! `render`) and `kb check`'s gap list read this one list.

use crate::content::ContentFile;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Every item, in the order of the Agreement, as written in `tfa`.
pub const TFA_ITEMS: [&str; 17] = [
    "1.1(a)", "1.1(b)", "1.1(c)", "1.1(d)", "1.1(e)", "1.1(f)", "1.1(g)", "1.1(h)", "1.1(i)",
    "1.1(j)", "1.2.1(a)", "1.2.1(b)", "1.2.1(c)", "1.3", "2.1", "2.2", "6.1",
];

/// Every item, in order.
pub fn items() -> impl Iterator<Item = &'static str> {
    TFA_ITEMS.iter().copied()
}

/// The id of an item in anchors and message ids: `1.2.1(a)` → `1-2-1-a`
/// (`#tfa-1-2-1-a`, message `tfa-1-2-1-a`).
pub fn item_key(item: &str) -> String {
    item.replace(['.', '(', ')'], "-")
        .trim_end_matches('-')
        .to_string()
}

/// The item `written` stands for, if it is one.
pub fn find_item(written: &str) -> Option<&'static str> {
    items().find(|i| *i == written)
}

/// The item closest to a value that is not one: `1.1 (g)` → `1.1(g)`,
/// `1.2` → `1.2.1(a)`.
pub fn closest_item(written: &str) -> Option<&'static str> {
    let squeezed: String = written
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    if let Some(found) = find_item(&squeezed) {
        return Some(found);
    }
    // An article without its item (`1.2`, `1.1`): its first item.
    if squeezed.len() >= 3 {
        if let Some(first) = items().find(|i| {
            i.starts_with(&format!("{squeezed}.")) || i.starts_with(&format!("{squeezed}("))
        }) {
            return Some(first);
        }
    }
    items()
        .map(|i| (strsim::levenshtein(&squeezed, i), i))
        .filter(|(d, _)| *d <= 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, i)| i)
}

/// Reports each value of `file`'s `tfa` list that is not an item, at the
/// value, with the closest item as a hint.
pub fn check_declared(file: &ContentFile, declared: &[String], problems: &mut Diagnostics) {
    for (i, written) in declared.iter().enumerate() {
        if find_item(written).is_some() {
            continue;
        }
        let index = i.to_string();
        let (start, end) = crate::config::toml_value_span(file.front_text(), &["tfa", &index])
            .map(|at| (file.front.start + at.start, file.front.start + at.end))
            .unwrap_or_else(|| crate::front::front_key_span(file, "tfa"));
        let hint = match closest_item(written) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!("TFA items: {}", items().collect::<Vec<_>>().join(", ")),
        };
        problems.push(
            Diagnostic::error(
                "tfa",
                format!("`{written}` is not an item of the TFA index"),
            )
            .at(&file.source, start, end)
            .hint(hint),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_have_keys_for_anchors_and_messages() {
        assert_eq!(item_key("1.1(g)"), "1-1-g");
        assert_eq!(item_key("1.2.1(c)"), "1-2-1-c");
        assert_eq!(item_key("6.1"), "6-1");
        assert_eq!(items().count(), 17);
    }

    #[test]
    fn a_near_miss_suggests_the_item() {
        assert_eq!(closest_item("1.1 (g)"), Some("1.1(g)"));
        assert_eq!(closest_item("1.1(G)"), Some("1.1(g)"));
        assert_eq!(closest_item("1.2"), Some("1.2.1(a)"));
        assert_eq!(closest_item("art. 99 of something else"), None);
    }
}
