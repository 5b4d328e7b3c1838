//! When one name is another's alias ("Obama" of "Barack Obama", "IBM" of "International
//! Business Machines"), and which candidate a mention joins.

use super::*;

/// Whether the shorter `form` names the same thing as `long`.
pub(super) fn alias_of(form: &Form<'_>, long: &Form<'_>, lex: &Lexicon) -> bool {
    if form.acronym() {
        // "UN" → "United Nations"; "NPD" → "NPD Group".
        let letters: String = form.surface.chars().filter(|c| c.is_alphabetic()).collect();
        let spelled = long
            .spelled
            .as_deref()
            .is_some_and(|s| initials(&s.split_whitespace().collect::<Vec<_>>()) == letters);
        return initials(&long.words) == letters
            || spelled
            || long.words.first() == form.words.first();
    }
    // A product named by its end ("Dreamliner", "787 Dreamliner" → "Boeing 787 Dreamliner";
    // "Lion" → "Mac OS X Lion") or its start ("iPod" → "iPod Nano"); a name after its
    // country ("Air Force" → "U.S. Air Force").
    let product = form.made || long.made || is_product(&long.words);
    let after_place = long.spelled.is_some();
    if (long.words.ends_with(&form.words) && (product || after_place))
        || (is_product(&long.words)
            && is_product(&form.words)
            && long.words.starts_with(&form.words))
    {
        return true;
    }
    let n = form.words.len();
    if long.personish(lex) {
        // "Putin" → "Vladimir Putin"; "Steve" → "Steve Jobs".
        let given = n == 1
            && form
                .words
                .first()
                .is_some_and(|w| lex.given_name(w).is_some());
        return (long.words.ends_with(&form.words)
            || (given && long.words.starts_with(&form.words)))
            && !form.words.iter().any(|w| lex.title(w).is_some());
    }
    // "Lockheed" → "Lockheed Martin", "Boeing" → "Boeing Co.", "China Eastern" → "China
    // Eastern Airlines" (not a given name: "Martin"), but a maker is not its product
    // ("Boeing 787").
    !is_product(&long.words)
        && long.words.starts_with(&form.words)
        && form
            .words
            .first()
            .is_some_and(|w| lex.given_name(w).is_none())
        && !long.words.iter().any(|w| MINOR.contains(w))
}

/// Of the candidates (a form and its sorted mention starts), the one with a mention nearest
/// before `at`, else the one nearest after it.
pub(super) fn nearest(candidates: &[(usize, Vec<usize>)], at: usize) -> Option<usize> {
    let before = candidates
        .iter()
        .filter_map(|(f, starts)| {
            let k = starts.partition_point(|&s| s < at);
            k.checked_sub(1)
                .and_then(|k| starts.get(k))
                .map(|&s| (s, *f))
        })
        .max();
    let after = candidates
        .iter()
        .filter_map(|(f, starts)| {
            let k = starts.partition_point(|&s| s <= at);
            starts.get(k).map(|&s| (s, *f))
        })
        .min();
    before.or(after).map(|(_, f)| f)
}
