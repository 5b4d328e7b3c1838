//! Whether a text a feed carries is the whole article or a teaser for the page its link
//! names: a teaser is short, or cut ("…", "[…]", "Read more").

use super::Body;

/// Content (`content:encoded`, Atom `content`) of at least this many words, not cut, is the
/// article.
const FULL_CONTENT_WORDS: usize = 50;

/// A summary (`description`, Atom `summary`) of at least this many words, not cut, is the
/// article.
const FULL_SUMMARY_WORDS: usize = 150;

/// Words that end a cut text, lowercased, when they close it.
const CUT_ENDS: [&str; 6] = ["…", "...", "[…]", "[...]", "read more", "continue reading"];

/// Whether `body`, as an item's `content` (else its summary), holds the whole article.
pub fn is_article(body: &Body, is_content: bool) -> bool {
    let text = match body {
        Body::Html(markup) => without_tags(markup),
        Body::Text(text) => text.clone(),
    };
    let words = text.split_whitespace().count();
    let full = if is_content {
        FULL_CONTENT_WORDS
    } else {
        FULL_SUMMARY_WORDS
    };
    words >= full && !is_cut(&text)
}

/// Whether `text` ends as a cut text does.
fn is_cut(text: &str) -> bool {
    let end = text
        .trim_end()
        .trim_end_matches(['»', '›', '→', '>', ')', ']'])
        .trim_end()
        .to_lowercase();
    CUT_ENDS.iter().any(|cut| end.ends_with(cut)) || text.trim_end().ends_with(['…', '[', '('])
}

/// The text of `markup` with its tags left out (enough to count words), entities as they are.
fn without_tags(markup: &str) -> String {
    let mut out = String::with_capacity(markup.len());
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&hellip;", "…").replace("&#8230;", "…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(words: usize, end: &str) -> Body {
        Body::Html(format!("<p>{}{end}</p>", "word ".repeat(words)))
    }

    #[test]
    fn full_texts_and_teasers() {
        assert!(is_article(&html(60, "end."), true));
        assert!(
            !is_article(&html(60, "end."), false),
            "a summary needs more"
        );
        assert!(is_article(&html(200, "end."), false));
        assert!(!is_article(&html(20, "end."), true), "short");
        for cut in [
            "and so &hellip;",
            "and so [&#8230;]",
            "<a href=x>Read more »</a>",
            "...",
        ] {
            assert!(!is_article(&html(200, cut), true), "{cut}");
        }
        assert!(!is_article(
            &Body::Text(format!("{}Continue reading", "w ".repeat(99))),
            false
        ));
    }
}
