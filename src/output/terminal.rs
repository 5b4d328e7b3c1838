//! Text from the input on its way to a terminal: control characters made visible, so an
//! article, a file name or a feed's error cannot retitle, clear or write to the clipboard of
//! the terminal that shows it.

use std::borrow::Cow;

/// Whether `c` would act on a terminal or reorder text instead of showing: C0 controls except
/// newline and tab, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every unsafe character replaced by a visible stand-in: a C0 control by its
/// Control Pictures symbol (ESC becomes `␛`), DEL by `␡`, anything else by `�`.
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                _ if !is_unsafe(c) => c,
                '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'),
                '\u{7f}' => '\u{2421}',
                _ => '\u{fffd}',
            })
            .collect(),
    )
}

/// [`escape_controls`] over an owned string, reusing it when nothing needs escaping.
pub fn escape_owned(s: String) -> String {
    match escape_controls(&s) {
        Cow::Borrowed(_) => s,
        Cow::Owned(escaped) => escaped,
    }
}

/// Prints `byline: LEVEL: MESSAGE` on standard error, the message escaped.
pub fn diagnostic(level: &str, message: impl std::fmt::Display) {
    eprintln!("byline: {level}: {}", escape_owned(message.to_string()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible() {
        let hostile = "a\x1b]0;PWNED\x07b\u{9b}2J\r\u{202e}c\u{7f}\n\td";
        let safe = escape_controls(hostile);
        assert_eq!(safe, "a␛]0;PWNED␇b�2J␍�c␡\n\td");
        assert!(!safe.chars().any(is_unsafe));
        assert!(matches!(
            escape_controls("plain “text” — ok"),
            Cow::Borrowed(_)
        ));
    }
}
