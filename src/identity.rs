//! An administration's own look without forking the theme (issue 15):
//! `[identity]` in kb.toml names a logo (a file of the site's `static/`
//! folder) and the theme's three colours. Colours are checked for WCAG 2.1
//! AA contrast when the configuration is read, so a site cannot publish
//! white text on a pale header; an error points at the value in kb.toml.
//! The logo's text alternative is per language (`logo_alt` in
//! `[identity]` for the default language, in `[languages.xx]` for others).

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics};

/// `[identity]`: logo and colours.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityConfig {
    /// The logo or emblem: a path under the site's `static/` folder
    /// (`emblem.svg`), shown before the site's name in every header.
    pub logo: Option<String>,
    /// The logo's text alternative in the default language.
    pub logo_alt: Option<String>,
    /// The theme's colours.
    #[serde(default)]
    pub colors: Colors,
}

/// `[identity.colors]`: `#rrggbb` or `#rgb`; each left out keeps the
/// default theme's.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    /// The header band and buttons, under white text; also the menu's text
    /// on `tint` (default `#0b2e59`).
    pub brand: Option<String>,
    /// Links, on white and on `tint` (default `#1a4f8c`).
    pub link: Option<String>,
    /// The menu bar and light panels, under `brand` and `link` text
    /// (default `#eef2f7`).
    pub tint: Option<String>,
}

/// The default theme's colours (themes/default/static/kb.css).
const DEFAULT_BRAND: Rgb = Rgb(0x0b, 0x2e, 0x59);
const DEFAULT_LINK: Rgb = Rgb(0x1a, 0x4f, 0x8c);
const DEFAULT_TINT: Rgb = Rgb(0xee, 0xf2, 0xf7);
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
/// The footer's background, under links.
const GREY: Rgb = Rgb(0xf3, 0xf2, 0xf1);
/// WCAG 2.1 AA for normal text (1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

/// A colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb` or `#rgb`, any case.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match hex.len() {
            6 => Some(Rgb(
                channel(&hex[0..2])?,
                channel(&hex[2..4])?,
                channel(&hex[4..6])?,
            )),
            3 => {
                let double = |i: usize| channel(&hex[i..=i].repeat(2));
                Some(Rgb(double(0)?, double(1)?, double(2)?))
            }
            _ => None,
        }
    }

    /// Relative luminance (WCAG 2.1).
    fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// The contrast ratio of two colours, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

impl IdentityConfig {
    /// The stylesheet that gives the theme this site's colours, appended
    /// to `kb.css`; `None` when the site keeps the default colours.
    pub fn colors_css(&self) -> Option<String> {
        let c = &self.colors;
        let mut rules = String::new();
        for (name, value) in [("brand", &c.brand), ("link", &c.link), ("tint", &c.tint)] {
            if let Some(rgb) = value.as_deref().and_then(Rgb::parse) {
                rules.push_str(&format!(" --{name}: {};", rgb.css()));
            }
        }
        (!rules.is_empty())
            .then(|| format!("\n/* [identity.colors] of kb.toml */\n:root {{{rules} }}\n"))
    }
}

/// Whether `logo` names a path inside `static/`: relative, without `..`
/// or an empty segment. (Whether the file is there is checked by the
/// model, which reads the site from disk.)
pub fn logo_path_is_inside(logo: &str) -> bool {
    !logo.split(['/', '\\']).any(|s| s == ".." || s.is_empty()) && !logo.starts_with('/')
}

/// Checks `[identity]`: the logo names a path inside `static/`, each colour
/// is a colour, and every pair the theme puts together reaches 4.5:1.
pub(crate) fn check(
    identity: &IdentityConfig,
    at: &dyn Fn(&[&str], String) -> Diagnostic,
    problems: &mut Diagnostics,
) {
    if let Some(logo) = &identity.logo {
        if !logo_path_is_inside(logo) {
            problems.push(
                at(&["identity", "logo"], format!("the logo `{logo}` is not a path inside static/"))
                    .hint("put the image in the site's static/ folder and name it from there, such as logo = \"emblem.svg\""),
            );
        }
        if identity
            .logo_alt
            .as_deref()
            .is_none_or(|a| a.trim().is_empty())
        {
            problems.push(
                at(&["identity", "logo"], "the logo has no text alternative".into())
                    .hint("add logo_alt = \"Emblem of …\" to [identity], and to each [languages.xx] table in its language"),
            );
        }
    }
    let c = &identity.colors;
    let mut read = |key: &str, value: &Option<String>, default: Rgb| match value {
        None => Some(default),
        Some(text) => Rgb::parse(text).or_else(|| {
            problems.push(
                at(
                    &["identity", "colors", key],
                    format!("`{text}` is not a colour"),
                )
                .hint("write a colour as #rrggbb, such as \"#0b2e59\""),
            );
            None
        }),
    };
    let brand = read("brand", &c.brand, DEFAULT_BRAND);
    let link = read("link", &c.link, DEFAULT_LINK);
    let tint = read("tint", &c.tint, DEFAULT_TINT);
    let pairs = [
        (
            "brand",
            brand,
            WHITE,
            "under white text (the header, buttons)",
        ),
        (
            "brand",
            brand,
            tint.unwrap_or(DEFAULT_TINT),
            "the menu's text on `tint`",
        ),
        ("link", link, WHITE, "as links on white"),
        (
            "link",
            link,
            tint.unwrap_or(DEFAULT_TINT),
            "as links on `tint`",
        ),
        ("link", link, GREY, "as links on the footer's grey"),
    ];
    for (key, colour, background, what) in pairs {
        let Some(colour) = colour else { continue };
        let ratio = colour.contrast(background);
        if ratio < MIN_CONTRAST {
            // Point at the value that was set: the colour, else `tint`.
            let set = if key == "brand" { &c.brand } else { &c.link };
            let place = if set.is_some() || c.tint.is_none() {
                key
            } else {
                "tint"
            };
            problems.push(
                at(
                    &["identity", "colors", place],
                    format!(
                        "`{key}` {} {what}: a contrast of {ratio:.2}:1, below the 4.5:1 of WCAG 2.1 AA",
                        colour.css(),
                    ),
                )
                .hint(format!(
                    "choose a darker `{key}` (or a lighter `tint`): text must stand out from {}",
                    background.css()
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_in_both_forms() {
        assert_eq!(Rgb::parse("#0b2e59"), Some(Rgb(0x0b, 0x2e, 0x59)));
        assert_eq!(Rgb::parse("#FFF"), Some(WHITE));
        assert_eq!(Rgb::parse("0b2e59"), None);
        assert_eq!(Rgb::parse("#12345"), None);
        assert_eq!(Rgb::parse("#ggg"), None);
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((WHITE.contrast(Rgb(0, 0, 0)) - 21.0).abs() < 0.01);
        // The default theme's pairs pass.
        assert!(DEFAULT_BRAND.contrast(WHITE) >= MIN_CONTRAST);
        assert!(DEFAULT_BRAND.contrast(DEFAULT_TINT) >= MIN_CONTRAST);
        assert!(DEFAULT_LINK.contrast(DEFAULT_TINT) >= MIN_CONTRAST);
        assert!(DEFAULT_LINK.contrast(GREY) >= MIN_CONTRAST);
        // A pale green header under white text does not.
        assert!(Rgb(0x66, 0xcc, 0x66).contrast(WHITE) < MIN_CONTRAST);
    }

    #[test]
    fn only_set_colours_reach_the_stylesheet() {
        let mut identity = IdentityConfig::default();
        assert_eq!(identity.colors_css(), None);
        identity.colors.brand = Some("#006B3F".into());
        let css = identity.colors_css().unwrap();
        assert!(
            css.contains("--brand: #006b3f;") && !css.contains("--link"),
            "{css}"
        );
    }
}
