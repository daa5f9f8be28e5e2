//! How a code is written: its digits as an editor types them
//! (`0901.11.10`, `0901 11 000 1`), and as readers see them, the HS way
//! (`09.01`, `0901.11.10`) or by the administration's `[tariff]
//! code_format`.

use crate::config::TariffConfig;

/// Digits of a code as written (`0901.11.10` → `09011110`).
pub fn normalise_code(code: &str) -> String {
    code.chars().filter(|c| !matches!(c, '.' | ' ')).collect()
}

/// A code written the usual way: `09.01`, `0901.11`, `0901.11.10`; any
/// other text (three digits, not ASCII digits) as it is.
pub fn display_code(digits: &str) -> String {
    if !digits.is_ascii() {
        return digits.to_string();
    }
    match digits.len() {
        0..=3 => digits.to_string(),
        4 => format!("{}.{}", &digits[..2], &digits[2..]),
        n => {
            let mut out = digits[..4].to_string();
            let mut i = 4;
            while i < n {
                let end = (i + 2).min(n);
                out.push('.');
                out.push_str(&digits[i..end]);
                i = end;
            }
            out
        }
    }
}

/// A code's digits as readers see them: by `[tariff] code_format`, else
/// the HS way ([`display_code`]).
pub fn shown_code(config: &TariffConfig, digits: &str) -> String {
    shown_by(config.code_format.as_deref(), digits)
}

/// `digits` shown by a `code_format` pattern, or the HS way without one.
pub fn shown_by(code_format: Option<&str>, digits: &str) -> String {
    match code_format {
        Some(pattern) => format_code(digits, pattern),
        None => display_code(digits),
    }
}

/// `digits` shown by `pattern` (`[tariff] code_format`): each `#` takes
/// the next digit, and what stands between them is copied; a shorter code
/// stops at its last digit (`0901` by `"#### ## ### #"`), and digits
/// beyond the pattern follow it.
pub fn format_code(digits: &str, pattern: &str) -> String {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_string();
    }
    let mut rest = digits.chars();
    let mut out = String::new();
    let mut separator = String::new();
    for c in pattern.chars() {
        if c != '#' {
            separator.push(c);
            continue;
        }
        let Some(digit) = rest.next() else {
            return out;
        };
        out.push_str(&separator);
        separator.clear();
        out.push(digit);
    }
    out.extend(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_display_with_dots() {
        assert_eq!(display_code("0901"), "09.01");
        assert_eq!(display_code("090111"), "0901.11");
        assert_eq!(display_code("09011110"), "0901.11.10");
        assert_eq!(display_code("0901111000"), "0901.11.10.00");
        assert_eq!(normalise_code("0901.11.10"), "09011110");
    }

    #[test]
    fn a_code_format_groups_the_digits_and_a_shorter_code_is_its_start() {
        let eaeu = "#### ## ### #";
        assert_eq!(format_code("0901110001", eaeu), "0901 11 000 1");
        assert_eq!(format_code("090111", eaeu), "0901 11");
        assert_eq!(format_code("0901", eaeu), "0901");
        assert_eq!(format_code("09", eaeu), "09");
        assert_eq!(format_code("090111000123", eaeu), "0901 11 000 123");
        assert_eq!(format_code("09011110", "####.##.##"), "0901.11.10");
        assert_eq!(format_code("09x1", eaeu), "09x1");
    }

    #[test]
    fn odd_codes_display_as_written() {
        // Issue 8: `kb import` showed a three-digit code with `[..4]`.
        assert_eq!(display_code("090"), "090");
        assert_eq!(display_code("０９０１"), "０９０１");
    }
}
