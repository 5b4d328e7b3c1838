//! Table-driven tests of recognition and normalisation against a fixed publication date
//! (Friday 16 January 2026), in past, present and future tense, plus anchoring and order.

use super::*;
use crate::analysis::analyze;
use crate::analysis::segment::segment;

pub(super) fn published() -> Option<Date> {
    Date::new(2026, 1, 16)
}

/// The entries of `text` as (expression, type, value).
pub(super) fn found(text: &str) -> Vec<(String, &'static str, String)> {
    let seg = segment(text);
    let mut entries = extract(text, &seg, published(), &[]);
    entries.sort_by_key(|e| e.span.start);
    entries
        .iter()
        .map(|e| {
            let value = e.value.clone().unwrap_or_default();
            (e.span.text(text).to_owned(), e.kind.as_str(), value)
        })
        .collect()
}

/// Checks that `text` yields the expression `expr` with `kind` and `value`.
pub(super) fn case(text: &str, expr: &str, kind: &str, value: &str) {
    let all = found(text);
    assert!(
        all.iter()
            .any(|(e, k, v)| e == expr && *k == kind && v == value),
        "{text:?}: expected {expr:?} {kind} {value}, found {all:?}"
    );
}

mod conventions;
mod durations;
mod entries;
mod periods;
mod tense;
mod values;
