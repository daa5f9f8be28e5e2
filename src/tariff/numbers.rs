//! Amounts as editors write them and as kb reads them: `2000`, not
//! `2,000`, `2 000` or `2.000,50`. The readers of rates and of fees give a
//! number written another way back kb's way.

/// A decimal number: digits with at most one `.`, no sign, no grouping.
pub fn is_decimal(text: &str) -> bool {
    let mut parts = text.split('.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    parts.next().is_none()
        && !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()))
}

/// Spaces that group thousands: the space, the no-break space (what a
/// spreadsheet in French, Russian or Georgian exports), the narrow
/// no-break space, the thin space and the figure space.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

/// `text` with each amount grouped by spaces (`1 500`, `12 000 000`,
/// `1 234,50`) written kb's way, and how they were written, or `None`
/// when no amount is grouped so. A run of one to three digits, then groups
/// of three after single spaces, then perhaps a decimal part; no digit
/// touches it on either side.
pub(super) fn with_amounts_ungrouped(text: &str) -> Option<(&'static str, String)> {
    let chars: Vec<char> = text.chars().collect();
    let digits_from = |i: usize| chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut out = String::new();
    let mut how = None;
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit());
        let lead = if starts { digits_from(i) } else { 0 };
        let mut end = i + lead;
        while (1..=3).contains(&lead)
            && end + 4 <= chars.len()
            && is_group_space(chars[end])
            && digits_from(end + 1) == 3
        {
            end += 4;
        }
        if end == i + lead {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        if end < chars.len() && matches!(chars[end], ',' | '.') && digits_from(end + 1) > 0 {
            end += 1 + digits_from(end + 1);
        }
        let run: String = chars[i..end].iter().collect();
        let Some((said, written)) = amount_rewritten(&run) else {
            out.push_str(&run);
            i = end;
            continue;
        };
        how = Some(
            if said.contains("comma") || how.is_some_and(|h: &str| h.contains("comma")) {
                "groups thousands with spaces and uses a decimal comma"
            } else {
                "groups thousands with spaces"
            },
        );
        out.push_str(&written);
        i = end;
    }
    Some((how?, out))
}

/// An amount written with grouping or a decimal comma, as most of the
/// world writes amounts (`2,000`, `0,1`, `1 234,50`, `1.234,50`): what to
/// write instead, or `None` for text that is no such number. The decimal
/// sign is the last separator when the others are another sign, or when it
/// is not followed by three digits; `2,000` is taken for two thousand.
pub fn amount_written_otherwise(text: &str) -> Option<String> {
    let (how, written) = amount_rewritten(text)?;
    Some(format!("`{text}` {how}; write `{written}`"))
}

/// How `text` writes an amount otherwise than kb (`groups thousands`)
/// and the amount written kb's way, as [`amount_written_otherwise`] says.
pub(super) fn amount_rewritten(text: &str) -> Option<(&'static str, String)> {
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let numeric = compact.starts_with(|c: char| c.is_ascii_digit())
        && compact.ends_with(|c: char| c.is_ascii_digit())
        && compact
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    if !numeric || is_decimal(text) {
        return None;
    }
    let separators: Vec<(usize, char)> = compact
        .char_indices()
        .filter(|(_, c)| !c.is_ascii_digit())
        .collect();
    let decimal = match separators.last() {
        None => None,
        Some(&(at, last)) => {
            let mixed = separators.iter().any(|&(_, c)| c != last);
            let after = compact.len() - at - 1;
            let groups = compact.split(last).collect::<Vec<_>>();
            let thousands =
                (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3);
            // India and Pakistan group lakhs and crores: `1,00,000`.
            let lakhs = groups.len() >= 3
                && (1..=2).contains(&groups[0].len())
                && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2)
                && groups.last().is_some_and(|g| g.len() == 3);
            let thousands = thousands || lakhs;
            match (mixed, separators.len(), thousands) {
                (true, _, _) => Some((at, last)),
                (false, 1, _) if after != 3 => Some((at, last)),
                (false, _, true) => None,
                _ => return None,
            }
        }
    };
    let mut written = String::new();
    for (i, c) in compact.char_indices() {
        match decimal {
            Some((at, _)) if at == i => written.push('.'),
            _ if c.is_ascii_digit() => written.push(c),
            _ => {}
        }
    }
    let grouped = compact != text || separators.len() > usize::from(decimal.is_some());
    let how = match (grouped, decimal.map(|(_, c)| c)) {
        (true, Some(',')) => "groups thousands and uses a decimal comma",
        (false, Some(',')) => "uses a decimal comma",
        (true, _) => "groups thousands",
        (false, _) => return None,
    };
    Some((how, written))
}
