//! `kb.toml`: the raw file as written, then the resolved [`Config`] that the
//! rest of the pipeline reads.
//!
//! Unknown keys are errors that name the closest known key; every setting has
//! a default, so a site with only `title` and `base_url` builds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::{closest, Diagnostic, Diagnostics, SourceText};
use crate::identity::IdentityConfig;

mod currencies;
mod languages;
mod navigation;
mod tariff;
mod toml_errors;
pub use navigation::NavigationConfig;
pub use tariff::{
    BaseTerm, ColumnDescription, ColumnKind, TariffColumn, TariffConfig, NATIONAL_DIGITS,
};
pub(crate) use toml_errors::{toml_diagnostic, toml_diagnostic_at, toml_value_span};

/// The configuration file's name at the site root.
pub const CONFIG_FILE: &str = "kb.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    base_url: String,
    description: Option<String>,
    #[serde(default = "default_language")]
    default_language: String,
    #[serde(default)]
    languages: BTreeMap<String, RawLanguage>,
    #[serde(default = "default_output")]
    output_dir: String,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default)]
    markdown: MarkdownConfig,
    #[serde(default)]
    tariff: TariffConfig,
    #[serde(default)]
    currencies: BTreeMap<String, currencies::RawCurrency>,
    #[serde(default)]
    feeds: FeedsConfig,
    #[serde(default)]
    fees: FeesConfig,
    #[serde(default)]
    tools: ToolsConfig,
    #[serde(default)]
    navigation: NavigationConfig,
    #[serde(default)]
    identity: IdentityConfig,
    #[serde(default)]
    extra: toml::Table,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    name: String,
    /// The language's own when left out (see [`languages::natural_direction`]).
    direction: Option<Direction>,
    title: Option<String>,
    description: Option<String>,
    logo_alt: Option<String>,
    digits: Option<String>,
}

fn default_language() -> String {
    "en".into()
}
fn default_output() -> String {
    "public".into()
}
fn default_theme() -> String {
    "default".into()
}

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, Urdu…).
    Rtl,
}

impl Direction {
    /// `ltr` or `rtl`, as HTML's `dir` takes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// `[markdown]`: how page bodies are rendered.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MarkdownConfig {
    /// Let raw HTML through (sanitised); off by default, so it is escaped.
    pub allow_html: bool,
    /// syntect theme whose colours become the code highlighting stylesheet.
    pub highlight_theme: String,
}

impl Default for MarkdownConfig {
    fn default() -> Self {
        MarkdownConfig {
            allow_html: false,
            highlight_theme: "InspiredGitHub".into(),
        }
    }
}

/// `[feeds]`: change feeds.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FeedsConfig {
    /// Newest entries per feed.
    pub entries: usize,
    /// Commits of `content/` history read for changes.
    pub history: usize,
}

impl Default for FeedsConfig {
    fn default() -> Self {
        FeedsConfig {
            entries: 50,
            history: 500,
        }
    }
}

/// `[fees]`: fees and charges.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FeesConfig {
    /// Days required between a fee's publication and its effect (TFA Art. 6.1).
    pub min_notice_days: i64,
}

impl Default for FeesConfig {
    fn default() -> Self {
        FeesConfig {
            min_notice_days: 30,
        }
    }
}

/// `[tools]`: the index of WCO and other international tools.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ToolsConfig {
    /// The categories a tool's `category` may name; the index groups tools
    /// by them, ordered by their label (Fluent `tool-category-ID`) in the
    /// reader's language.
    pub categories: Vec<String>,
}

impl Default for ToolsConfig {
    fn default() -> Self {
        let ids = [
            "conventions",
            "facilitation",
            "security",
            "nomenclature",
            "valuation",
            "origin",
            "enforcement",
            "capacity-building",
            "data",
            "revenue",
        ];
        ToolsConfig {
            categories: ids.iter().map(|c| c.to_string()).collect(),
        }
    }
}

/// One language the site is published in.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Language {
    /// BCP 47 code, as used in file names and URLs (`fr`, `pt-BR`).
    pub code: String,
    /// The language's name in itself, for the language switcher.
    pub name: String,
    /// Writing direction.
    pub direction: Direction,
    /// The site's title in this language, if it differs.
    pub title: String,
    /// The language of `title` when this language has none of its own and
    /// shows the default language's (the default's code), for `lang`.
    pub title_lang: Option<String>,
    /// The site's description in this language.
    pub description: String,
    /// The logo's text alternative in this language (`[identity]` has the
    /// default language's); `None` makes the logo decorative beside the
    /// site's name.
    pub logo_alt: Option<String>,
    /// The CLDR numbering system of numbers and dates (`latn`, `arab`,
    /// `arabext`…); empty for the language's default (see
    /// [`crate::formats`]).
    pub digits: String,
}

/// The resolved site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Folder that holds `kb.toml`.
    pub root: PathBuf,
    /// Site title in the default language.
    pub title: String,
    /// Absolute URL the site is published at, without a trailing slash.
    pub base_url: String,
    /// Code of the language that originals are written in.
    pub default_language: String,
    /// Every language, the default first, then by code.
    pub languages: Vec<Language>,
    /// Output folder.
    pub output_dir: PathBuf,
    /// Theme folder name under `themes/`.
    pub theme: String,
    /// Markdown settings.
    pub markdown: MarkdownConfig,
    /// Tariff settings.
    pub tariff: TariffConfig,
    /// The decimals of each currency: CLDR's, or `[currencies.XXX] places`.
    pub currencies: crate::currency::Currencies,
    /// Feed settings.
    pub feeds: FeedsConfig,
    /// Fee settings.
    pub fees: FeesConfig,
    /// WCO tools index settings.
    pub tools: ToolsConfig,
    /// Menus.
    pub navigation: NavigationConfig,
    /// Logo and colours.
    pub identity: IdentityConfig,
    /// Free-form values for templates.
    pub extra: toml::Table,
    /// What is allowed but likely not meant (a language code written in
    /// another case), reported with the build's other problems.
    pub warnings: Diagnostics,
}

impl Config {
    /// Reads and resolves `kb.toml` in `root`.
    pub fn load(root: &Path) -> Result<Config, Diagnostics> {
        let path = root.join(CONFIG_FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Diagnostic::error("config", format!("cannot read {}: {e}", CONFIG_FILE))
                .in_file(&path)
                .hint("run `kb init` to create a site, or pass the site folder with --root")
        })?;
        Self::parse(root, &text)
    }

    /// Resolves configuration text as if read from `root/kb.toml`.
    pub fn parse(root: &Path, text: &str) -> Result<Config, Diagnostics> {
        let source = SourceText::new(CONFIG_FILE, text);
        let raw: RawConfig = toml::from_str(text).map_err(|e| toml_diagnostic(&source, &e))?;
        let mut problems = Diagnostics::new();

        let languages = languages::read_languages(&raw, &mut problems);
        // An error at a key's value in kb.toml (else at its top).
        let at = |path: &[&str], message: String| -> Diagnostic {
            let span = toml_value_span(text, path).unwrap_or(0..0);
            Diagnostic::error("config", message).at(&source, span.start, span.end)
        };
        if let Err(why) = check_base_url(&raw.base_url) {
            problems.push(
                at(
                    &["base_url"],
                    format!("base_url must be an absolute http(s) URL: {why}"),
                )
                .hint("for example base_url = \"https://customs.example.org\""),
            );
        }
        tariff::check_tariff(&raw.tariff, &at, &mut problems);
        let currencies = currencies::read_currencies(&raw.currencies, &at, &mut problems);
        if let Err(d) = check_theme(root, &raw.theme, &at) {
            problems.push(d);
        }
        crate::identity::check(&raw.identity, &at, &mut problems);
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(Config {
            root: root.to_path_buf(),
            title: raw.title,
            base_url: raw.base_url.trim_end_matches('/').to_string(),
            default_language: raw.default_language,
            languages,
            output_dir: root.join(raw.output_dir),
            theme: raw.theme,
            markdown: raw.markdown,
            tariff: raw.tariff,
            currencies,
            feeds: raw.feeds,
            fees: raw.fees,
            tools: raw.tools,
            navigation: raw.navigation,
            identity: raw.identity,
            extra: raw.extra,
            warnings: problems,
        })
    }

    /// The language with this code, if configured.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Codes of every language, default first.
    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }
}

/// Why `url` cannot be the address a site is published at, if it cannot:
/// it must be `http://` or `https://`, a host (an optional port), an
/// optional path, in printable ASCII without spaces, quotes, `<`, `>`,
/// `\\`, a query, a fragment or credentials. It is written as it is into
/// `robots.txt`, the sitemap, feeds and every canonical link, so nothing in
/// it may end a line or an attribute.
pub fn check_base_url(url: &str) -> Result<(), String> {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return Err("it must start with https:// or http://".into());
    };
    if let Some(c) = url.chars().find(|c| !c.is_ascii_graphic()) {
        return Err(if c.is_ascii_whitespace() || c.is_control() {
            format!(
                "it holds the character U+{:04X} (a space, a line break or a control character)",
                c as u32
            )
        } else {
            format!("`{c}` is not ASCII; write an internationalised domain in its xn-- form and encode the path with %")
        });
    }
    if let Some(c) = url.chars().find(|c| "\"'<>\\^`{|}".contains(*c)) {
        return Err(format!("`{c}` is not allowed in an address"));
    }
    if url.contains(['?', '#']) {
        return Err("it may not have a query (`?`) or a fragment (`#`)".into());
    }
    let host = rest.split('/').next().unwrap_or("");
    if host.contains('@') {
        return Err("it may not hold a user name or password (`@`)".into());
    }
    // `[::1]:8080`: an IPv6 address is in brackets, a port after a colon.
    let (name, port) = match host.find(']') {
        Some(end) if host.starts_with('[') => (&host[..=end], &host[end + 1..]),
        _ => match host.find(':') {
            Some(colon) => (&host[..colon], &host[colon..]),
            None => (host, ""),
        },
    };
    let name_ok = match name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        Some(ip) => ip.parse::<std::net::Ipv6Addr>().is_ok(),
        None => {
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        }
    };
    if name.is_empty() {
        return Err("it has no host".into());
    }
    if !name_ok {
        return Err(format!("`{name}` is not a host name"));
    }
    if let Some(number) = port.strip_prefix(':') {
        if number.parse::<u16>().is_err() {
            return Err(format!("`{number}` is not a port number"));
        }
    } else if !port.is_empty() {
        return Err(format!("`{host}` is not a host name"));
    }
    Ok(())
}

/// The theme must be a folder of `themes/` (or `default`, built in).
fn check_theme(
    root: &Path,
    theme: &str,
    at: &dyn Fn(&[&str], String) -> Diagnostic,
) -> Result<(), Diagnostic> {
    if let Err(why) = crate::names::check_name(theme) {
        return Err(at(
            &["theme"],
            format!(
                "`{}` is not a theme name: {why}",
                crate::names::escape_control(theme)
            ),
        )
        .hint("name a folder of themes/, or leave `theme` out for the built-in theme"));
    }
    if theme == "default" || root.join("themes").join(theme).is_dir() {
        return Ok(());
    }
    let mut found: Vec<String> = std::fs::read_dir(root.join("themes"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    let d = at(
        &["theme"],
        format!("there is no theme `{theme}`: no folder themes/{theme}/"),
    );
    let listed = if found.is_empty() {
        "themes/ has no theme folder".to_string()
    } else {
        format!("themes/ has: {}", found.join(", "))
    };
    let candidates = found.iter().map(String::as_str).chain(["default"]);
    Err(match closest(theme, candidates) {
        Some(best) => d.hint(format!(
            "did you mean `{best}`? {listed}; `default` is built in"
        )),
        None => d.hint(format!("{listed}; `default` is built in")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_with_only_title_and_base_url_builds() {
        let c = Config::parse(
            Path::new("."),
            "title = \"T\"\nbase_url = \"https://x.example\"\n",
        )
        .unwrap();
        assert_eq!(c.default_language, "en");
        assert_eq!(c.languages.len(), 1);
        assert_eq!(c.tariff.national_digits, 8);
        assert_eq!(c.fees.min_notice_days, 30);
    }

    #[test]
    fn unknown_key_names_the_closest_known_key() {
        let err = Config::parse(
            Path::new("."),
            "title = \"T\"\nbase_url = \"https://x.example\"\ndefault_langage = \"en\"\n",
        )
        .unwrap_err();
        let d = err.iter().next().unwrap();
        assert_eq!(d.line, 3);
        assert_eq!(d.hint.as_deref(), Some("did you mean `default_language`?"));
    }

    #[test]
    fn base_urls_are_absolute_http_urls_that_cannot_break_a_line() {
        for url in [
            "https://customs.example.org",
            "http://localhost:1111/",
            "https://x.example/kb/",
            "https://[::1]:8080",
            "https://xn--hi-quan-pza.vn",
        ] {
            assert_eq!(check_base_url(url), Ok(()), "{url}");
        }
        for (url, why) in [
            ("customs.example.org", "https://"),
            ("https://", "no host"),
            ("https://x.example\nDisallow: /", "U+000A"),
            ("https://x.example/ Sitemap", "U+0020"),
            ("https://x.example/\"><script>", "`\"`"),
            ("https://user:pw@x.example", "`@`"),
            ("https://x.example/?a=1", "query"),
            ("https://x.example:http", "port"),
            ("https://hải-quan.vn", "xn--"),
            ("javascript:alert(1)", "https://"),
        ] {
            let e = check_base_url(url).unwrap_err();
            assert!(e.contains(why), "{url}: {e}");
        }
    }

    #[test]
    fn values_out_of_bounds_are_errors_at_their_value() {
        let base = "title = \"T\"\nbase_url = \"https://x.example\"\n";
        for (extra, line, message) in [
            ("[tariff]\nnational_digits = 0\n", 4, "national_digits = 0"),
            (
                "[tariff]\nnational_digits = 1000\n",
                4,
                "national_digits = 1000",
            ),
            (
                "[[tariff.columns]]\nkey = \"mfn\"\n[[tariff.columns]]\nkey = \"MFN\"\n",
                6,
                "two tariff columns have the key `MFN`",
            ),
            (
                "[[tariff.columns]]\nkey = \"description\"\n",
                4,
                "every tariff table has already",
            ),
            (
                "[[tariff.columns]]\nkey = \"vat\"\nkind = \"tax\"\n",
                5,
                "the tax column `vat` has no `base`",
            ),
            (
                "[[tariff.columns]]\nkey = \"vat\"\nkind = \"tax\"\nbase = \"value + excise\"\n",
                6,
                "`excise`, which is not a tax column above this one",
            ),
            (
                "[[tariff.columns]]\nkey = \"mfn\"\nkind = \"rate\"\nbase = \"value\"\n",
                6,
                "`mfn` is not a tax column",
            ),
            ("[tariff]\ncurrency = \"dong\"\n", 4, "not an ISO 4217"),
            ("theme = \"../../etc\"\n", 3, "not a theme name"),
            ("theme = \"defualt\"\n", 3, "there is no theme `defualt`"),
        ] {
            let err =
                Config::parse(Path::new("/nonexistent"), &format!("{base}{extra}")).unwrap_err();
            let d = err.iter().next().unwrap();
            assert!(d.message.contains(message), "{extra}: {}", d.message);
            assert_eq!(d.line, line, "{extra}");
        }
    }

    #[test]
    fn value_spans_follow_tables_and_arrays() {
        let text = "a = 1\n[[t.c]]\nk = \"x\"\n[[t.c]]\nk = \"y\"\n";
        let span = toml_value_span(text, &["t", "c", "1", "k"]).unwrap();
        assert_eq!(&text[span], "\"y\"");
        assert_eq!(toml_value_span(text, &["t", "c", "2", "k"]), None);
        assert_eq!(toml_value_span("a = [", &["a"]), None);
    }

    #[test]
    fn default_language_comes_first() {
        let c = Config::parse(
            Path::new("."),
            "title = \"T\"\nbase_url = \"https://x.example\"\ndefault_language = \"fr\"\n\
             [languages.ar]\nname = \"العربية\"\ndirection = \"rtl\"\n[languages.fr]\nname = \"Français\"\n\
             [languages.ur]\nname = \"اردو\"\n[languages.uz-Arab]\nname = \"U\"\n[languages.az]\nname = \"A\"\n\
             [languages.he]\nname = \"H\"\ndirection = \"ltr\"\n",
        )
        .unwrap();
        let codes: Vec<_> = c.language_codes().collect();
        assert_eq!(codes, ["fr", "ar", "az", "he", "ur", "uz-Arab"]);
        // A language's direction is its script's unless set.
        let directions: Vec<_> = c.languages.iter().map(|l| l.direction).collect();
        use Direction::{Ltr, Rtl};
        assert_eq!(directions, [Ltr, Rtl, Ltr, Ltr, Rtl, Rtl]);
    }

    #[test]
    fn a_language_code_in_another_case_than_bcp_47_s_is_a_warning() {
        let text =
            "title = \"T\"\nbase_url = \"https://x.example\"\ndefault_language = \"ru-kz\"\n\
                    [languages.ru-kz]\nname = \"Русский\"\n";
        let c = Config::parse(Path::new("."), text).unwrap();
        let said = c.warnings.render();
        assert!(
            said.contains("the language code is written `ru-KZ`"),
            "{said}"
        );
        let mixed = text.replacen("\"ru-kz\"", "\"ru-KZ\"", 1);
        let said = Config::parse(Path::new("."), &mixed).unwrap_err().render();
        assert!(
            said.contains("[languages.ru-kz] is written in another case"),
            "{said}"
        );
        let canonical = text.replace("ru-kz", "ru-KZ");
        assert!(Config::parse(Path::new("."), &canonical)
            .unwrap()
            .warnings
            .is_empty());
    }
}
