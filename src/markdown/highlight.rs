//! Code blocks highlighted by syntect, written as CSS classes (`hl-…`) that
//! the theme's stylesheet colours, so no inline style is needed.

use std::sync::OnceLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

use super::safety::escape_html;

/// Prefix of the CSS classes syntect writes, shared with the stylesheet.
pub const HIGHLIGHT_CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// The syntaxes syntect knows, loaded once for all bodies.
fn syntaxes() -> &'static SyntaxSet {
    static SYNTAXES: OnceLock<SyntaxSet> = OnceLock::new();
    SYNTAXES.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// A code block in language `lang` (a token such as `rust`; empty or
/// `text` for none) as HTML: highlighted when syntect knows the language,
/// escaped otherwise.
pub(super) fn highlight(lang: &str, code: &str) -> String {
    let lang_attr = escape_html(lang);
    if lang.is_empty() || lang == "text" {
        return format!(
            "<pre class=\"code\"><code>{}</code></pre>\n",
            escape_html(code)
        );
    }
    let set = syntaxes();
    let Some(syntax) = set.find_syntax_by_token(lang) else {
        return format!(
            "<pre class=\"code\" data-lang=\"{lang_attr}\"><code>{}</code></pre>\n",
            escape_html(code)
        );
    };
    let mut generator =
        ClassedHTMLGenerator::new_with_class_style(syntax, set, HIGHLIGHT_CLASS_STYLE);
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            return format!(
                "<pre class=\"code\"><code>{}</code></pre>\n",
                escape_html(code)
            );
        }
    }
    format!(
        "<pre class=\"code\" data-lang=\"{lang_attr}\"><code>{}</code></pre>\n",
        generator.finalize()
    )
}
