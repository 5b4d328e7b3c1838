//! How a word is capitalised: the tokenizer reads it once for every stage that asks.

/// How a word is capitalised, read once by the tokenizer for every stage that asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Case {
    /// Lowercase, uncased, or not a word.
    #[default]
    Other,
    /// Starts with an uppercase letter: "Putin", "NATO".
    Capital,
    /// A lowercase-initial brand in camel case: "iPhone", "eBay".
    Camel,
}

impl Case {
    /// The case of `w`: [`Case::Capital`] if its first char is uppercase, [`Case::Camel`] if
    /// it has at least three chars, all alphanumeric, a lowercase first and an uppercase one.
    pub fn of(w: &str) -> Case {
        if w.chars().next().is_some_and(char::is_uppercase) {
            return Case::Capital;
        }
        // Most words are lowercase ASCII: no capital at all.
        if w.len() < 3 || !w.bytes().any(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
            return Case::Other;
        }
        let mut chars = w.chars();
        if !chars
            .next()
            .is_some_and(|c| c.is_lowercase() && c.is_alphanumeric())
        {
            return Case::Other;
        }
        // One pass: every char alphanumeric, one of them uppercase.
        let mut upper = false;
        for c in chars {
            if !c.is_alphanumeric() {
                return Case::Other;
            }
            upper |= c.is_uppercase();
        }
        if upper { Case::Camel } else { Case::Other }
    }
}

#[cfg(test)]
mod tests {
    use super::Case;
    use crate::analysis::segment::{TokenKind, tokens};
    use crate::analysis::span::Span;

    #[test]
    fn every_word_carries_its_case() {
        let text = "Putin iPhone eBay the NATO U.S. Pre-orders éclair Élysée iPad2 aB xYz, l'Oréal";
        let cases: Vec<(&str, Case)> = tokens(text, Span::new(0, text.len()))
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| (t.span.text(text), t.case))
            .collect();
        use Case::{Camel, Capital, Other};
        assert_eq!(
            cases,
            [
                ("Putin", Capital),
                ("iPhone", Camel),
                ("eBay", Camel),
                ("the", Other),
                ("NATO", Capital),
                ("U.S.", Capital),
                ("Pre-orders", Capital),
                ("éclair", Other),
                ("Élysée", Capital),
                ("iPad2", Camel),
                ("aB", Other),
                ("xYz", Camel),
                ("l'Oréal", Other),
            ]
        );
        // The tokenizer's fast path and the general reading agree.
        for (w, case) in cases {
            assert_eq!(Case::of(w), case, "{w}");
        }
        assert!(
            tokens(text, Span::new(0, text.len()))
                .filter(|t| t.kind != TokenKind::Word)
                .all(|t| t.case == Other)
        );
    }
}
