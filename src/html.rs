//! HTML escaping, the one way kb does it: for Tera's autoescaping of every
//! value of every page, and for the notes of tariff cells written as HTML.

/// Escapes what HTML needs escaped and nothing more: Tera's default also
/// escapes `/`, which makes every URL longer and harder to read.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    escape_into(&mut out, text, true);
    out
}

/// Appends `text` to `html` with `&`, `<`, `>` and `"` escaped, and `'`
/// too when `apostrophe` (Tera's escaping does, for values placed in
/// attributes quoted either way). Runs without a special character are
/// copied whole: this runs on every value of every page.
pub fn escape_into(html: &mut String, text: &str, apostrophe: bool) {
    let mut copied = 0;
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' if apostrophe => "&#39;",
            _ => continue,
        };
        html.push_str(&text[copied..i]);
        html.push_str(entity);
        copied = i + 1;
    }
    html.push_str(&text[copied..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_slashes_and_text_of_any_script_as_written() {
        assert_eq!(
            escape("<a href=\"/en/\">Café & 'thé'</a> مرحبا"),
            "&lt;a href=&quot;/en/&quot;&gt;Café &amp; &#39;thé&#39;&lt;/a&gt; مرحبا"
        );
        let mut note = String::from("x");
        escape_into(&mut note, "'0901' & <b>", false);
        assert_eq!(note, "x'0901' &amp; &lt;b&gt;");
        assert_eq!(escape(""), "");
    }
}
