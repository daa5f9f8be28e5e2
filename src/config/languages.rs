//! `[languages.*]` of kb.toml: each language's code, name, direction,
//! digits and the site's name and description in it.

use super::{Direction, Language, RawConfig, CONFIG_FILE};
use crate::diagnostics::{Diagnostic, Diagnostics};

/// The languages of `[languages.*]`, the default first, each checked:
/// its code, its digits; a site with no table has its default language
/// alone.
pub(super) fn read_languages(raw: &RawConfig, problems: &mut Diagnostics) -> Vec<Language> {
    let mut languages = Vec::new();
    let mut codes: Vec<&String> = raw.languages.keys().collect();
    codes.sort_by_key(|c| (*c != &raw.default_language, (*c).clone()));
    for code in codes {
        let lang = &raw.languages[code];
        check_code(code, problems);
        let digits = lang.digits.clone().unwrap_or_default();
        check_digits(code, &digits, problems);
        languages.push(Language {
            code: code.clone(),
            name: lang.name.clone(),
            direction: lang.direction.unwrap_or_else(|| natural_direction(code)),
            digits,
            title: lang.title.clone().unwrap_or_else(|| raw.title.clone()),
            title_lang: (lang.title.is_none() && *code != raw.default_language)
                .then(|| raw.default_language.clone()),
            description: lang
                .description
                .clone()
                .or_else(|| raw.description.clone())
                .unwrap_or_default(),
            // Another language's words are no alternative: without
            // its own, the logo is decorative beside the site's name.
            logo_alt: lang.logo_alt.clone().or_else(|| {
                (*code == raw.default_language)
                    .then(|| raw.identity.logo_alt.clone())
                    .flatten()
            }),
        });
    }
    if languages.is_empty() {
        languages.push(Language {
            code: raw.default_language.clone(),
            name: raw.default_language.clone(),
            direction: Direction::Ltr,
            digits: String::new(),
            title: raw.title.clone(),
            title_lang: None,
            description: raw.description.clone().unwrap_or_default(),
            logo_alt: raw.identity.logo_alt.clone(),
        });
    } else if languages[0].code != raw.default_language {
        problems.push(
            Diagnostic::error(
                "config",
                format!(
                    "default_language `{}` has no [languages.{}] table",
                    raw.default_language, raw.default_language
                ),
            )
            .in_file(CONFIG_FILE)
            .hint(
                match raw
                    .languages
                    .keys()
                    .find(|c| c.eq_ignore_ascii_case(&raw.default_language))
                {
                    Some(code) => format!(
                        "[languages.{code}] is written in another case: a language code is written one way everywhere"
                    ),
                    None => "add the table, or set default_language to one of the configured languages"
                        .to_string(),
                },
            ),
        );
    }
    languages
}

/// The direction a language is written in, from its script (written, or
/// the language's likely one, CLDR's): right to left for `ar`, `fa`, `ur`,
/// `ps`, `he`, `uz-Arab`; left to right for the rest (`az`, `uz`) and for
/// a code that is not one.
pub(super) fn natural_direction(code: &str) -> Direction {
    let directions = icu::locale::LocaleDirectionality::new_common();
    match code.parse::<icu::locale::LanguageIdentifier>() {
        Ok(id) if directions.is_right_to_left(&id) => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// A language code that is not one is an error; one written in another
/// case than BCP 47's, a warning.
fn check_code(code: &str, problems: &mut Diagnostics) {
    match unic_langid::LanguageIdentifier::from_bytes(code.as_bytes()) {
        Err(_) => problems.push(
            Diagnostic::error("config", format!("`{code}` is not a language code"))
                .in_file(CONFIG_FILE)
                .hint("use a BCP 47 code such as `fr`, `ar` or `pt-BR`"),
        ),
        // The code names the language's folder and its files'
        // suffixes: one written `ru-kz` makes every file follow it.
        Ok(id) if id != code => problems.push(
            Diagnostic::warning(
                "config",
                format!("[languages.{code}]: the language code is written `{id}`"),
            )
            .in_file(CONFIG_FILE)
            .hint(format!(
                "write [languages.{id}], and `{id}` in default_language and in file names (`about.{id}.md`)"
            )),
        ),
        Ok(_) => {}
    }
}

/// The digits of `[languages.code]` must be a numbering system kb knows.
fn check_digits(code: &str, digits: &str, problems: &mut Diagnostics) {
    if !crate::formats::NUMBERING_SYSTEMS.contains(&digits) {
        problems.push(
            Diagnostic::error(
                "config",
                format!(
                    "[languages.{code}] digits = \"{digits}\" is not a numbering system kb knows"
                ),
            )
            .in_file(CONFIG_FILE)
            .hint(format!(
                "use one of {} (CLDR names), or leave it out for the language's own",
                crate::formats::NUMBERING_SYSTEMS[1..].join(", ")
            )),
        );
    }
}
