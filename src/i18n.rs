//! UI strings with Project Fluent, and numbers and dates formatted for each
//! language with ICU4X.
//!
//! Messages come from the binary's embedded `locales/` and then from the
//! site's own `locales/<lang>/*.ftl`, which override them message by message.
//! A message missing in a language falls back to the default language.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu::calendar::{Date, Gregorian};
use icu::datetime::fieldsets::YMD;
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::decimal::input::Decimal;
use icu::decimal::DecimalFormatter;
use icu::locale::Locale;
use unic_langid::LanguageIdentifier;

use crate::config::{Config, Direction};
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};

/// One `.ftl` file: its language, path shown in errors, and text.
#[derive(Debug, Clone)]
pub struct LocaleFile {
    /// Language code (the folder name under `locales/`).
    pub lang: String,
    /// The file's text with the path shown in errors.
    pub source: SourceText,
}

type Bundle = FluentBundle<FluentResource>;

/// Every language's UI messages.
pub struct Locales {
    default_language: String,
    bundles: BTreeMap<String, Bundle>,
    ids: BTreeMap<String, BTreeSet<String>>,
    /// Number and date formatters, made once per language: ICU4X
    /// formatters cost too much to make for every page.
    formats: BTreeMap<String, Arc<Formats>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales").field("ids", &self.ids).finish()
    }
}

/// A message that could not be formatted in any language.
#[derive(Debug, Clone, thiserror::Error)]
#[error("no Fluent message `{id}` in `{lang}` or the default language")]
pub struct MissingMessage {
    /// The message id.
    pub id: String,
    /// The language asked for.
    pub lang: String,
}

impl Locales {
    /// Parses `files` in order (later files override earlier ones message
    /// by message) for each configured language.
    pub fn load(config: &Config, files: &[LocaleFile]) -> (Locales, Diagnostics) {
        let mut problems = Diagnostics::new();
        let mut bundles = BTreeMap::new();
        let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for language in &config.languages {
            let langid: LanguageIdentifier = language
                .code
                .parse()
                .unwrap_or_else(|_| LanguageIdentifier::default());
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            // Isolation marks keep numbers and Latin names the right way round
            // inside right-to-left text; left-to-right text does not need them.
            bundle.set_use_isolating(language.direction == Direction::Rtl);
            bundle.set_formatter(Some(format_number));
            for file in files.iter().filter(|f| f.lang == language.code) {
                let resource = match FluentResource::try_new(file.source.text.to_string()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            problems.push(
                                Diagnostic::error("fluent", format!("Fluent syntax error: {}", e.kind))
                                    .at(&file.source, e.pos.start, e.pos.end)
                                    .hint("a message is `id = text`; continuation lines are indented; see projectfluent.org"),
                            );
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.entry(language.code.clone())
                            .or_default()
                            .insert(m.id.name.to_string());
                    }
                }
                bundle.add_resource_overriding(resource);
            }
            bundles.insert(language.code.clone(), bundle);
        }
        let formats = config
            .languages
            .iter()
            .map(|l| (l.code.clone(), Formats::new(&l.code)))
            .collect();
        let locales = Locales {
            default_language: config.default_language.clone(),
            bundles,
            ids,
            formats,
        };
        (locales, problems)
    }

    /// Formats message `id` in `lang`, falling back to the default language.
    pub fn format(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, MissingMessage> {
        for code in [lang, self.default_language.as_str()] {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                return Ok(text.into_owned());
            }
        }
        Err(MissingMessage {
            id: id.to_string(),
            lang: lang.to_string(),
        })
    }

    /// Number and date formatters of `lang` (made on the spot for a
    /// language the site does not have).
    pub fn formats(&self, lang: &str) -> Arc<Formats> {
        self.formats
            .get(lang)
            .cloned()
            .unwrap_or_else(|| Formats::new(lang))
    }

    /// Message ids defined for `lang`.
    pub fn message_ids(&self, lang: &str) -> impl Iterator<Item = &str> {
        self.ids.get(lang).into_iter().flatten().map(String::as_str)
    }

    /// Ids the default language defines that `lang` lacks.
    pub fn missing_in(&self, lang: &str) -> Vec<String> {
        let own = self.ids.get(lang);
        self.message_ids(&self.default_language)
            .filter(|id| own.is_none_or(|o| !o.contains(*id)))
            .map(str::to_string)
            .collect()
    }
}

/// Fluent's own number display has no grouping or local digits; ICU4X's
/// decimal formatter gives `31,842`, `31 842` or `٣١٬٨٤٢` as each language
/// writes it.
fn format_number(
    value: &FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let text = number.as_string();
    memoizer
        .with_try_get::<IcuDecimal, _, _>((), |f| f.format_str(&text))
        .ok()
        .flatten()
}

struct IcuDecimal(DecimalFormatter);

impl IcuDecimal {
    fn format_str(&self, text: &str) -> Option<String> {
        let decimal: Decimal = text.parse().ok()?;
        Some(self.0.format(&decimal).to_string())
    }
}

impl intl_memoizer::Memoizable for IcuDecimal {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale = icu_locale(&lang.to_string());
        DecimalFormatter::try_new((&locale).into(), Default::default())
            .map(IcuDecimal)
            .map_err(|_| ())
    }
}

fn icu_locale(code: &str) -> Locale {
    Locale::try_from_str(code).unwrap_or(Locale::UNKNOWN)
}

/// Number and date formatting for one language.
pub struct Formats {
    decimal: DecimalFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
}

impl std::fmt::Debug for Formats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Formats")
    }
}

impl Formats {
    /// Formatters for the language `code`; the root locale's if ICU4X has no
    /// data for it.
    pub fn new(code: &str) -> Arc<Formats> {
        let locale = icu_locale(code);
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default())
            .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
            .expect("ICU4X compiled data has the root locale");
        let date = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
            .or_else(|_| FixedCalendarDateTimeFormatter::try_new(Default::default(), YMD::long()))
            .expect("ICU4X compiled data has the root locale");
        Arc::new(Formats { decimal, date })
    }

    /// A decimal number written as `1234.5` (digits, optional `-` and `.`),
    /// in this language's style; the text unchanged if it is not a number.
    pub fn number(&self, text: &str) -> String {
        match text.parse::<Decimal>() {
            Ok(d) => self.decimal.format(&d).to_string(),
            Err(_) => text.to_string(),
        }
    }

    /// A date written `YYYY-MM-DD`, in this language's long style
    /// (`1 January 2027`, `1 janvier 2027`); unchanged if it is not a date.
    pub fn date(&self, iso: &str) -> String {
        let Some(date) = parse_iso_date(iso) else {
            return iso.to_string();
        };
        self.date.format(&date).to_string()
    }
}

fn parse_iso_date(iso: &str) -> Option<Date<Gregorian>> {
    let iso = iso.get(..10)?;
    let mut parts = iso.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Date::try_new_gregorian(year, month, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn config() -> Config {
        Config::parse(
            Path::new("."),
            "title = \"T\"\nbase_url = \"https://x.example\"\n[languages.en]\nname = \"English\"\n[languages.fr]\nname = \"Français\"\n",
        )
        .unwrap()
    }

    fn file(lang: &str, text: &str) -> LocaleFile {
        LocaleFile {
            lang: lang.into(),
            source: SourceText::new(format!("locales/{lang}/main.ftl"), text),
        }
    }

    #[test]
    fn french_says_none_for_zero_where_cldr_says_one() {
        let files = [
            file("en", include_str!("../locales/en/main.ftl")),
            file("fr", include_str!("../locales/fr/main.ftl")),
        ];
        let (locales, _) = Locales::load(&config(), &files);
        let steps = |n: i64| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            locales
                .format("fr", "procedure-steps-n", Some(&args))
                .unwrap()
        };
        assert_eq!(steps(0), "Aucune étape");
        assert_eq!(steps(1), "Une étape");
        assert_eq!(steps(3), "3 étapes");
    }

    #[test]
    fn plurals_and_numbers_follow_the_language() {
        let files = [
            file(
                "en",
                "pages = { $count ->\n    [one] one page\n   *[other] { $count } pages\n}\n",
            ),
            file(
                "fr",
                "pages = { $count ->\n    [one] { $count } page\n   *[other] { $count } pages\n}\n",
            ),
        ];
        let (locales, problems) = Locales::load(&config(), &files);
        assert!(problems.is_empty());
        let mut args = FluentArgs::new();
        args.set("count", 31842);
        assert_eq!(
            locales.format("en", "pages", Some(&args)).unwrap(),
            "31,842 pages"
        );
        assert_eq!(
            locales.format("fr", "pages", Some(&args)).unwrap(),
            "31\u{202f}842 pages"
        );
        args.set("count", 1);
        assert_eq!(
            locales.format("en", "pages", Some(&args)).unwrap(),
            "one page"
        );
    }

    #[test]
    fn missing_message_falls_back_to_the_default_language() {
        let files = [
            file("en", "hello = Hello\nbye = Bye\n"),
            file("fr", "hello = Bonjour\n"),
        ];
        let (locales, _) = Locales::load(&config(), &files);
        assert_eq!(locales.format("fr", "bye", None).unwrap(), "Bye");
        assert_eq!(locales.missing_in("fr"), ["bye"]);
        assert!(locales.format("fr", "nope", None).is_err());
    }

    #[test]
    fn later_files_override_message_by_message() {
        let files = [file("en", "a = A\nb = B\n"), file("en", "b = Site B\n")];
        let (locales, _) = Locales::load(&config(), &files);
        assert_eq!(locales.format("en", "a", None).unwrap(), "A");
        assert_eq!(locales.format("en", "b", None).unwrap(), "Site B");
    }

    #[test]
    fn fluent_syntax_error_has_a_position() {
        let (_, problems) = Locales::load(&config(), &[file("en", "ok = fine\nbroken\n")]);
        let d = problems.iter().next().expect("an error");
        assert_eq!(d.line, 2);
        assert!(d.path.as_ref().unwrap().ends_with("main.ftl"));
    }

    #[test]
    fn dates_and_numbers_are_localised() {
        let fr = Formats::new("fr");
        assert_eq!(fr.date("2027-01-01"), "1 janvier 2027");
        assert_eq!(fr.number("20000"), "20\u{202f}000");
        assert_eq!(Formats::new("en").date("2027-01-01"), "January 1, 2027");
    }
}
