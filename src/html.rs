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
    // A short value (a language code, a name) is looked at byte by byte:
    // below about a vector's width, memchr's set-up costs more than it saves.
    if text.len() < 16 {
        return escape_bytewise(html, text, apostrophe);
    }
    let bytes = text.as_bytes();
    // The next `&`, `<` or `>` and the next quote, each found by memchr's
    // vectorised search and looked for again only once it is passed.
    let markup = |from: usize| memchr::memchr3(b'&', b'<', b'>', &bytes[from..]).map(|i| from + i);
    let quote = |from: usize| {
        if apostrophe {
            memchr::memchr2(b'"', b'\'', &bytes[from..])
        } else {
            memchr::memchr(b'"', &bytes[from..])
        }
        .map(|i| from + i)
    };
    let (mut next_markup, mut next_quote) = (markup(0), quote(0));
    let mut copied = 0;
    loop {
        let at = match (next_markup, next_quote) {
            (None, None) => break,
            (Some(at), None) | (None, Some(at)) => at,
            (Some(m), Some(q)) => m.min(q),
        };
        // Only bytes `entity` escapes are searched for.
        let entity = entity(bytes[at], apostrophe).unwrap_or_default();
        html.push_str(&text[copied..at]);
        html.push_str(entity);
        copied = at + 1;
        if next_markup == Some(at) {
            next_markup = markup(copied);
        } else {
            next_quote = quote(copied);
        }
    }
    html.push_str(&text[copied..]);
}

/// The entity that stands for `byte`, if it is one escaping replaces.
fn entity(byte: u8, apostrophe: bool) -> Option<&'static str> {
    match byte {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' if apostrophe => Some("&#39;"),
        _ => None,
    }
}

fn escape_bytewise(html: &mut String, text: &str, apostrophe: bool) {
    let mut copied = 0;
    for (i, byte) in text.bytes().enumerate() {
        let Some(entity) = entity(byte, apostrophe) else {
            continue;
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

    #[test]
    fn escaping_agrees_with_a_byte_at_a_time_rule() {
        fn plain(text: &str, apostrophe: bool) -> String {
            text.chars()
                .map(|c| match c {
                    '&' => "&amp;".into(),
                    '<' => "&lt;".into(),
                    '>' => "&gt;".into(),
                    '"' => "&quot;".into(),
                    '\'' if apostrophe => "&#39;".into(),
                    c => c.to_string(),
                })
                .collect()
        }
        let pieces = ["a", "&", "<", ">", "\"", "'", "é", "مر", " ", "0901"];
        // Every string of up to four pieces, so every neighbourhood of
        // two special characters, at the start, the end and in between.
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(longer);
            texts.sort();
            texts.dedup();
        }
        // Each also padded past the short values' length, before and after.
        let pad = "padding-past-16b";
        for short in &texts {
            for text in [
                short.clone(),
                format!("{pad}{short}"),
                format!("{short}{pad}"),
            ] {
                for apostrophe in [true, false] {
                    let mut out = String::from("x");
                    escape_into(&mut out, &text, apostrophe);
                    assert_eq!(out, format!("x{}", plain(&text, apostrophe)), "{text:?}");
                }
            }
        }
    }
}
