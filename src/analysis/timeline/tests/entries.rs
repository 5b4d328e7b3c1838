//! What is not a time, the sample's entries, their order and labels, and the word tables.

use super::*;

#[test]
fn not_time_expressions() {
    for text in [
        "He has since walked back the threat.",
        "The Boeing 737 sold 2,400 units.",
        "A second attempt failed.",
        "He may leave.",
        "The March Madness tournament began.",
        "Prices fell 2000 points.",
        "Now, the question is who pays.",
        "The future king waved.",
        "Spring Street was closed.",
        "The Daily Telegraph reported it.",
        "It was his first day.",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
}

#[test]
fn without_a_publication_date_values_stay_unresolved() {
    let text = "The ministers met on Friday and will meet again on March 3.";
    let seg = segment(text);
    let entries = extract(text, &seg, None, &[]);
    let values: Vec<Option<&str>> = entries.iter().map(|e| e.value.as_deref()).collect();
    assert_eq!(values, [Some("XXXX-WXX-5"), Some("XXXX-03-03")]);
}

#[test]
fn the_sample_is_anchored_labelled_and_ordered() {
    let text = include_str!("../../../../seeds/putin-iran-israel-calls.txt");
    let analysis = analyze(text, published());
    let entries = &analysis.timeline;
    let friday = entries
        .iter()
        .find(|e| e.span.text(text) == "Friday")
        .expect("Friday");
    assert_eq!(friday.value.as_deref(), Some("2026-01-16"));
    let label = friday.label.as_deref().unwrap_or("");
    assert!(label.starts_with("Putin held"), "{label}");
    assert!(label.chars().count() <= label::MAX_LABEL);
    let names: Vec<&str> = friday
        .actors
        .iter()
        .map(|&a| analysis.actors[a.index()].name.as_str())
        .collect();
    assert!(names.contains(&"Vladimir Putin"), "{names:?}");
    assert!(names.contains(&"Benjamin Netanyahu"), "{names:?}");
    let event = friday.event.expect("event").text(text);
    assert!(event.contains("held separate phone calls"), "{event}");
    // "in recent weeks" reaches back before Friday; "now" is the present.
    let pos = |s: &str| entries.iter().position(|e| e.span.text(text) == s);
    assert!(pos("recent weeks") < pos("Friday"), "{entries:?}");
    assert!(pos("Friday") < pos("now"));
}

#[test]
fn order_is_chronological_and_undated_entries_keep_their_place() {
    let text = "The plant opened in 2009. It ran for a decade. It had closed in 2003 once. \
                It will reopen in 2027.";
    let seg = segment(text);
    let entries = extract(text, &seg, published(), &[]);
    let order: Vec<&str> = entries.iter().map(|e| e.span.text(text)).collect();
    assert_eq!(order, ["2003", "2009", "a decade", "2027"]);
}

#[test]
fn past_perfect_events_precede_the_simple_past_on_the_same_day() {
    let text = "On Friday the talks collapsed. On Friday the envoys had signed a draft.";
    let seg = segment(text);
    let entries = extract(text, &seg, published(), &[]);
    let events: Vec<&str> = entries
        .iter()
        .filter_map(|e| e.event.map(|s| s.text(text)))
        .collect();
    assert!(events[0].contains("had signed"), "{events:?}");
}

#[test]
fn labels_are_short() {
    assert_eq!(label::shorten("short"), "short");
    let long = "word ".repeat(30);
    let cut = label::shorten(long.trim());
    assert!(cut.chars().count() <= label::MAX_LABEL && cut.ends_with('…'));
}

#[test]
fn iso_weeks() {
    let week = |y, m, d| super::calendar::iso_week(Date::new(y, m, d).unwrap());
    assert_eq!(week(2026, 1, 16), (2026, 3));
    assert_eq!(week(2021, 1, 3), (2020, 53));
    assert_eq!(week(2024, 12, 30), (2025, 1));
}

#[test]
fn every_trigger_is_found_and_passes_the_sentence_filter() {
    assert!(words::PACKED.windows(2).all(|w| w[0].0 < w[1].0));
    for &(w, h) in words::HEADS {
        assert_eq!(words::head(w), Some(h), "{w}");
        assert_eq!(words::head(&w.to_ascii_uppercase()), Some(h), "{w}");
        assert!(words::may_hold_time(&format!("It was {w}.")), "{w}");
    }
    assert_eq!(words::head("yearly-ish"), None);
    assert!(!words::may_hold_time("He said the talks were useful."));
    assert!(!words::may_hold_time(
        "It cost $3.2 billion, or 2,677 per person."
    ));
    for s in [
        "in 2009",
        "at 10:30",
        "on 7/8/07",
        "on 2026-01-16",
        "the 1990s",
        "at 3pm",
        "at 3 p.m.",
        "at 9 o'clock",
        "its Q3 results",
        "the FY2026 budget",
        "on the 2nd",
    ] {
        assert!(words::may_hold_time(s), "{s}");
    }
}

#[test]
fn irregular_pasts_are_sorted_and_found() {
    assert!(words::IRREGULAR_PAST.windows(2).all(|w| w[0] < w[1]));
    for w in words::IRREGULAR_PAST {
        assert!(words::irregular_past(w) && words::irregular_past(&w.to_uppercase()));
    }
    assert!(!words::irregular_past("walked") && !words::irregular_past("a"));
}
