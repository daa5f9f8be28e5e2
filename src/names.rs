//! Which names kb accepts for what becomes part of an address or a folder:
//! files and folders under `content/`, `slug`s, theme names, and the
//! segments of `aliases`. One rule, checked where each is read, so that no
//! name reaches the output stage that the file system, a web server or a
//! browser would read another way.
//!
//! A *name* is one or more letters, combining marks or digits of any script,
//! `-` or `_`, starting with a letter, a digit or `_`. No space, no dot (in a
//! file name a dot only separates the language, `about.fr.md`), no slash,
//! backslash or colon, no control character. Two names that differ only in
//! case or in Unicode normal form (NFC and NFD) are the same name to a
//! case-insensitive disk or a person reading the address: [`fold`] tells.

use std::borrow::Cow;

use icu::casemap::CaseMapper;
use icu::normalizer::ComposingNormalizer;
use icu::properties::props::{GeneralCategory, GeneralCategoryGroup};
use icu::properties::CodePointMapData;

/// What a name may hold, for hints and the docs.
pub const NAME_RULE: &str =
    "letters and digits of any script, `-` and `_` (no spaces, dots, slashes or other signs)";

/// Why `name` is not a name (see the module's rule), if it is not one.
pub fn check_name(name: &str) -> Result<(), String> {
    let Some(first) = name.chars().next() else {
        return Err("the name is empty".into());
    };
    if let Some(bad) = name.chars().find(|&c| !is_name_char(c)) {
        return Err(format!("{} is not allowed in a name", describe(bad)));
    }
    if !(first == '_' || is_letter_or_digit(first)) {
        return Err(format!("a name may not start with {}", describe(first)));
    }
    Ok(())
}

/// Why `segment` cannot be one segment of a site path (an alias), if it
/// cannot: a name, where `.` is also allowed (`about.html`), but not first
/// (no `.`, `..` or hidden file).
pub fn check_path_segment(segment: &str) -> Result<(), String> {
    if segment == "." || segment == ".." {
        return Err("it climbs the folder tree".into());
    }
    if segment.starts_with('.') {
        return Err("a segment may not start with `.`".into());
    }
    check_name(&segment.replace('.', "_"))
}

/// The form two names are compared in: NFC, then case-folded. Two names
/// with the same fold would be one file on a case-insensitive disk and look
/// the same to a reader.
pub fn fold(name: &str) -> String {
    let composed = nfc(name);
    CaseMapper::new().fold_string(&composed).into_owned()
}

/// `name` in Unicode Normalization Form C (composed), the form keys and
/// addresses are kept in whatever form the disk gave.
pub fn nfc(name: &str) -> Cow<'_, str> {
    ComposingNormalizer::new_nfc().normalize(name)
}

/// Whether `text` holds a character that would break a line of a report or
/// a log (a control character).
pub fn has_control(text: &str) -> bool {
    text.chars().any(char::is_control)
}

/// `text` with control characters written as escapes (`\n`, `\u{7}`), for
/// naming a file in a report without breaking its lines.
pub fn escape_control(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn is_name_char(c: char) -> bool {
    c == '-' || c == '_' || is_letter_or_digit(c) || in_group(c, GeneralCategoryGroup::Mark)
}

fn is_letter_or_digit(c: char) -> bool {
    in_group(c, GeneralCategoryGroup::Letter) || in_group(c, GeneralCategoryGroup::Number)
}

fn in_group(c: char, group: GeneralCategoryGroup) -> bool {
    group.contains(CodePointMapData::<GeneralCategory>::new().get(c))
}

/// A character as a report names it: `a space`, `` `.` ``, `U+000A`.
fn describe(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        c if c.is_control() || c.is_whitespace() => format!("the character U+{:04X}", c as u32),
        c => format!("`{c}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_any_script_are_names() {
        for name in [
            "valuation",
            "_index",
            "09",
            "import-home-use",
            "hải-quan",
            "الجمارك",
            "हिन्दी",
            "税関",
            "e\u{301}",
        ] {
            assert_eq!(check_name(name), Ok(()), "{name}");
        }
    }

    #[test]
    fn signs_spaces_and_controls_are_not() {
        for (name, why) in [
            ("", "empty"),
            ("09 copy", "a space"),
            ("a\nb", "U+000A"),
            ("index.html", "`.`"),
            ("..", "`.`"),
            ("a/b", "`/`"),
            ("a\\b", "`\\`"),
            ("javascript:x", "`:`"),
            ("-x", "start with `-`"),
            ("\u{301}e", "start with"),
            ("a\u{a0}b", "U+00A0"),
        ] {
            let e = check_name(name).unwrap_err();
            assert!(e.contains(why), "{name:?}: {e}");
        }
    }

    #[test]
    fn path_segments_allow_inner_dots_only() {
        assert_eq!(check_path_segment("about.html"), Ok(()));
        assert!(check_path_segment("..").is_err());
        assert!(check_path_segment(".htaccess").is_err());
        assert!(check_path_segment("a b").is_err());
    }

    #[test]
    fn case_and_normal_form_twins_fold_alike() {
        assert_eq!(fold("About"), fold("about"));
        assert_eq!(fold("cafe\u{301}"), fold("caf\u{e9}"));
        assert_eq!(fold("STRASSE"), fold("straße"));
        assert_ne!(fold("about"), fold("abouts"));
        assert_eq!(nfc("cafe\u{301}"), "caf\u{e9}");
    }

    #[test]
    fn controls_are_escaped_for_reports() {
        assert_eq!(escape_control("a\nb.md"), "a\\nb.md");
        assert!(has_control("a\u{7}"));
        assert!(!has_control("hải"));
    }
}
