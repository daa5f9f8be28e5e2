//! What each fuzz target does with its input, in one file that both the
//! libFuzzer targets (`fuzz/fuzz_targets/*.rs`) and the stable regression
//! test (`tests/it/fuzz_corpus.rs`, which includes this file by path) call,
//! so a corpus file means the same thing in both.
//!
//! Every function takes raw bytes and must return without panicking,
//! whatever the bytes: bad input is a diagnostic, never a crash. Inputs
//! that a site cannot contain (text that is not UTF-8, which the loader
//! refuses before any parser sees it) are skipped.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use kb::config::Config;
use kb::content::{parse_file, ContentFile, Corpus};
use kb::i18n::{LocaleFile, Locales};
use kb::model::BuildOptions;

/// What a fuzz target does with one input.
pub type Target = fn(&[u8]);

/// The fuzz targets, by name, for the regression test.
pub const TARGETS: &[(&str, Target)] = &[
    ("front_matter", front_matter),
    ("tariff_table", tariff_table),
    ("duty_rate", duty_rate),
    ("duration", duration),
    ("fluent", fluent),
    ("search_query", search_query),
    ("markdown", markdown),
];

/// The demo site's configuration: four languages (one right-to-left), the
/// tariff columns and eight-digit national lines.
fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        Config::parse(Path::new("/site"), include_str!("../../kb.toml"))
            .expect("the demo kb.toml is valid")
    })
}

fn no_locales() -> Arc<Locales> {
    static LOCALES: OnceLock<Arc<Locales>> = OnceLock::new();
    LOCALES
        .get_or_init(|| Arc::new(Locales::load(config(), &[]).0))
        .clone()
}

/// Whether `path` could be the path of a Markdown file under `content/`
/// that the loader reads: relative, `/`-separated, no empty, `.` or `..`
/// segment, none hidden (the loader skips `.x`, `x~` and `#x`).
fn is_content_path(path: &str) -> bool {
    !path.is_empty()
        && path.split('/').all(|s| {
            !s.is_empty()
                && s != ".."
                && !s.starts_with('.')
                && !s.starts_with('#')
                && !s.ends_with('~')
        })
}

/// Builds the site model (front matter, tariff, entities, links, Markdown)
/// from files as the loader would hand them over.
fn build_model(mut files: Vec<ContentFile>) {
    files.sort_by(|a, b| (&a.key, &a.lang).cmp(&(&b.key, &b.lang)));
    let corpus = Corpus {
        files,
        ..Corpus::default()
    };
    let (_site, _problems) = kb::model::build(
        config().clone(),
        corpus,
        no_locales(),
        &BuildOptions::default(),
    );
}

/// Content files with their front matter, and the whole model stage after
/// them. The input is up to four files separated by NUL bytes; each starts
/// with its path under `content/` without `.md` (`procedures/appeal.fr`) on
/// its own line, then the file's text.
pub fn front_matter(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = Vec::new();
    let mut seen = Vec::new();
    for part in text.split('\0').take(4) {
        let (path, file) = part.split_once('\n').unwrap_or((part, ""));
        let rel = format!("{path}.md");
        if !is_content_path(path) || seen.contains(&rel) {
            continue;
        }
        let shown = format!("content/{rel}");
        if let Ok(file) = parse_file(config(), Path::new(&shown), &rel, file.to_string()) {
            files.push(file);
        }
        seen.push(rel);
    }
    build_model(files);
}

/// A tariff chapter: the input is `content/tariff/09.md`, then optionally
/// after a NUL byte its French translation `09.fr.md`, then after another
/// the tariff's `_index.md` (which names the HS sections).
pub fn tariff_table(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = Vec::new();
    for (part, rel) in text
        .split('\0')
        .zip(["tariff/09.md", "tariff/09.fr.md", "tariff/_index.md"])
    {
        // The table finder alone, on the whole text as body.
        kb::tariff::table::find_tariff_table(part, 0..part.len());
        let shown = format!("content/{rel}");
        if let Ok(file) = parse_file(config(), Path::new(&shown), rel, part.to_string()) {
            files.push(file);
        }
    }
    build_model(files);
}

/// One rate cell, as written in a tariff table's rate column.
pub fn duty_rate(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(Some(rate)) = kb::tariff::rate::parse_rate(text) {
        // What open data writes.
        serde_json::to_string(&rate).expect("a parsed rate serialises");
    }
}

/// A procedure step's duration or range of durations.
pub fn duration(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    use kb::entities::duration::{parse_duration_range, parts};
    if let Ok(range) = parse_duration_range(text) {
        assert!(range.min <= range.max, "{text:?} gives {range:?}");
        let total = range + range;
        parts(total.min);
        parts(total.max);
    }
}

/// A site's `.ftl` files: the input is the English file, then optionally
/// after a NUL byte the Arabic one (a right-to-left language, formatted
/// with isolation marks). Every message of each language is then formatted
/// with arguments, as templates do.
pub fn fluent(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    use kb::diagnostics::SourceText;
    let files: Vec<LocaleFile> = text
        .split('\0')
        .zip(["en", "ar"])
        .map(|(part, lang)| LocaleFile {
            lang: lang.to_string(),
            source: SourceText::new(format!("locales/{lang}/main.ftl"), part),
            embedded: false,
        })
        .collect();
    let (locales, _problems) = Locales::load(config(), &files);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", 31842);
    args.set("n", 1.5);
    args.set("name", "Hải quan");
    args.set("date", "2027-01-01");
    for lang in ["en", "ar", "fr"] {
        let ids: Vec<String> = locales.message_ids(lang).map(str::to_string).collect();
        for id in ids {
            let _ = locales.format(lang, &id, Some(&args));
            let _ = locales.format(lang, &id, None);
        }
        locales.missing_in(lang);
    }
}

/// A `kb search` query: told apart as a code query or analysed into words
/// as `kb search` and the index do, in a language with a stemmer, one
/// with Arabic normalisation, one with diacritics and one segmented. The
/// index's word by word analysis must give the terms `kb search` gives, or
/// the two would answer differently.
pub fn search_query(data: &[u8]) {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    use kb::search::analysis::{terms, LanguageAnalysis};
    use kb::search::code_query::code_query;
    code_query(query);
    for lang in ["en", "ar", "vi", "zh", "th"] {
        let whole = terms(query, lang);
        let mut analysis = LanguageAnalysis::new(lang);
        let by_word: Vec<String> = analysis.words(query).into_iter().map(|w| w.1).collect();
        assert_eq!(by_word, whole, "{lang}: {query:?}");
        analysis.forms(query);
    }
}

/// Resolves links the way the site's resolver treats script URLs (an
/// error, which leaves the destination in the HTML as written) and passes
/// every other destination through unchanged, so whatever reaches the HTML
/// is the renderer's to make safe.
struct FuzzLinks;

impl kb::markdown::Links for FuzzLinks {
    fn resolve(&self, destination: &str) -> Result<String, kb::markdown::LinkProblem> {
        if kb::markdown::is_script_url(destination.trim()) {
            Err(kb::markdown::LinkProblem {
                message: "links may not run script".into(),
                hint: "link to a page".into(),
            })
        } else {
            Ok(destination.to_string())
        }
    }
}

/// A page's Markdown body: rendered to HTML as the site renders it, with
/// raw HTML escaped and with it allowed (sanitised), and the HTML must be
/// safe to publish whatever the body says, even when the body also has a
/// broken link: see [`check_html`].
pub fn markdown(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    use kb::diagnostics::SourceText;
    use kb::markdown::{headings, render, MarkdownOptions};
    headings(text);
    let source = SourceText::new("content/fuzz.md", text);
    for allow_html in [false, true] {
        let (rendered, _problems) = render(
            &source,
            0..text.len(),
            &[],
            MarkdownOptions { allow_html },
            &FuzzLinks,
        );
        if let Err(why) = check_html(&rendered.html) {
            panic!(
                "unsafe HTML (allow_html = {allow_html}): {why}\nbody: {text:?}\nhtml: {}",
                rendered.html
            );
        }
    }
}

/// Elements a body may never produce: they run script, embed another
/// document or plugin, bring styles, or change where the page's links,
/// forms and resources go; `svg` and `math` switch the parser into foreign
/// content, where sanitised HTML can turn back into markup.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta",
    "base", "form", "svg", "math", "template",
];

/// Attributes whose value a browser follows or loads as a URL.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "cite",
    "data",
    "lowsrc",
    "dynsrc",
    "longdesc",
    "usemap",
    "ping",
    "manifest",
    "codebase",
    "archive",
    "icon",
    "profile",
    "classid",
];

/// Whether rendered HTML is safe to publish, read as a browser's tokenizer
/// reads it: no forbidden element (see [`FORBIDDEN_ELEMENTS`]), no event
/// handler (an attribute whose name starts with `on`), no `style` or
/// `srcdoc` attribute, and no `javascript:`, `vbscript:` or `data:` URL in
/// a URL attribute, character references decoded. The error says what was
/// found.
pub fn check_html(html: &str) -> Result<(), String> {
    for tag in start_tags(html) {
        if FORBIDDEN_ELEMENTS.contains(&tag.name.as_str()) {
            return Err(format!("<{}> element", tag.name));
        }
        for (name, value) in &tag.attributes {
            if name.starts_with("on") {
                return Err(format!("event handler `{name}` on <{}>", tag.name));
            }
            if name == "style" || name == "srcdoc" {
                return Err(format!("`{name}` attribute on <{}>", tag.name));
            }
            if URL_ATTRIBUTES.contains(&name.as_str()) {
                let value = decode_references(value);
                // srcset is a list of `URL width` candidates; other values are one URL.
                let urls: Vec<&str> = if name == "srcset" {
                    value.split(',').collect()
                } else {
                    vec![&value]
                };
                for url in urls {
                    if is_dangerous_url(url) {
                        return Err(format!(
                            "script URL in `{name}` on <{}>: {value:?}",
                            tag.name
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

/// A start tag as a browser reads it: lower-case name and attributes with
/// their raw (not yet decoded) values.
#[derive(Debug)]
pub struct StartTag {
    /// Element name, lower case.
    pub name: String,
    /// Attribute names (lower case) and raw values.
    pub attributes: Vec<(String, String)>,
}

/// The start tags of `html`, following the HTML tokenizer's states for
/// tags, attributes and comments closely enough never to miss a tag a
/// browser would see: where it is unsure (inside `<textarea>`, for
/// instance) it sees more tags than a browser, never fewer.
pub fn start_tags(html: &str) -> Vec<StartTag> {
    let bytes = html.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut tags = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &html[i..];
        if let Some(after) = rest.strip_prefix("<!--") {
            // `<!-->` and `<!--->` close at once; otherwise the first `-->` or `--!>`.
            let end = if after.starts_with('>') {
                1
            } else if after.starts_with("->") {
                2
            } else {
                [
                    after.find("-->").map(|e| e + 3),
                    after.find("--!>").map(|e| e + 4),
                ]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(after.len())
            };
            i += 4 + end;
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") || rest.starts_with("</") {
            // Doctype, CDATA (a bogus comment in HTML), processing
            // instruction or end tag: nothing a browser runs, up to `>`.
            i += rest.find('>').map_or(rest.len(), |e| e + 1);
            continue;
        }
        if !bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < bytes.len() && !is_space(bytes[j]) && bytes[j] != b'/' && bytes[j] != b'>' {
            j += 1;
        }
        let mut tag = StartTag {
            name: html[i + 1..j].to_ascii_lowercase(),
            attributes: Vec::new(),
        };
        loop {
            while j < bytes.len() && (is_space(bytes[j]) || bytes[j] == b'/') {
                j += 1;
            }
            if j >= bytes.len() || bytes[j] == b'>' {
                j += 1;
                break;
            }
            // A name runs to a space, `/`, `>` or `=` (a first `=` belongs to it).
            let start = j;
            j += 1;
            while j < bytes.len() && !is_space(bytes[j]) && !matches!(bytes[j], b'/' | b'>' | b'=')
            {
                j += 1;
            }
            let name = html[start..j].to_ascii_lowercase();
            let mut k = j;
            while k < bytes.len() && is_space(bytes[k]) {
                k += 1;
            }
            let mut value = String::new();
            if k < bytes.len() && bytes[k] == b'=' {
                k += 1;
                while k < bytes.len() && is_space(bytes[k]) {
                    k += 1;
                }
                match bytes.get(k) {
                    Some(&q) if q == b'"' || q == b'\'' => {
                        let end = html[k + 1..]
                            .find(q as char)
                            .map_or(bytes.len(), |e| k + 1 + e);
                        value = html[k + 1..end].to_string();
                        k = (end + 1).min(bytes.len());
                    }
                    _ => {
                        let start = k;
                        while k < bytes.len() && !is_space(bytes[k]) && bytes[k] != b'>' {
                            k += 1;
                        }
                        value = html[start..k].to_string();
                    }
                }
                j = k;
            }
            tag.attributes.push((name, value));
        }
        tags.push(tag);
        i = j;
    }
    tags
}

/// Decodes the character references that can spell a URL scheme:
/// numeric ones (`&#106;`, `&#x6A`, with or without `;`, any number of
/// leading zeros) and the named ones for `:`, tab and newline (no named
/// reference is an ASCII letter), plus `&`, quotes and angle brackets.
/// Others stay as written. Decoding more than a browser would only makes
/// the check stricter.
fn decode_references(value: &str) -> String {
    const NAMED: &[(&str, char)] = &[
        ("colon", ':'),
        ("Tab", '\t'),
        ("NewLine", '\n'),
        ("amp", '&'),
        ("quot", '"'),
        ("apos", '\''),
        ("lt", '<'),
        ("gt", '>'),
        ("nbsp", '\u{a0}'),
    ];
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        if let Some(numeric) = rest.strip_prefix('#') {
            let (hex, digits) = match numeric.strip_prefix(['x', 'X']) {
                Some(h) => (true, h),
                None => (false, numeric),
            };
            let radix = if hex { 16 } else { 10 };
            let len = digits
                .find(|c: char| !c.is_digit(radix))
                .unwrap_or(digits.len());
            if len > 0 {
                // Any number of digits, leading zeros included, as browsers read them.
                let code = digits[..len].chars().fold(0u32, |n, c| {
                    n.saturating_mul(radix)
                        .saturating_add(c.to_digit(radix).unwrap_or(0))
                });
                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                let used = numeric.len() - digits.len() + len;
                rest = &numeric[used..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
                continue;
            }
        } else if let Some((name, c)) = NAMED.iter().find(|(n, _)| rest.starts_with(n)) {
            out.push(*c);
            rest = &rest[name.len()..];
            rest = rest.strip_prefix(';').unwrap_or(rest);
            continue;
        }
        out.push('&');
    }
    out.push_str(rest);
    out
}

/// Whether a browser would run or load `url` as script or inline data:
/// its scheme is `javascript:`, `vbscript:` or `data:` once the URL is
/// read the WHATWG way (leading and trailing spaces and control characters
/// trimmed, tabs and newlines inside removed, the scheme in any case).
fn is_dangerous_url(url: &str) -> bool {
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|s| cleaned.starts_with(s))
}
