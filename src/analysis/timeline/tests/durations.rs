//! Durations and rates: halves in the next smaller unit, words between an amount and its
//! unit, shifts that are not rates, the verb "last", and vague stretches from now.

use super::*;

#[test]
fn a_half_hour_or_minute_is_written_in_the_next_unit() {
    for (text, expr, value) in [
        // Past, present and future clauses alike.
        ("The flight lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
        (
            "The crossing takes two and a half hours.",
            "two and a half hours",
            "PT2H30M",
        ),
        (
            "The meeting will take an hour and a half.",
            "an hour and a half",
            "PT1H30M",
        ),
        (
            "But a minute and a half later, a pilot called in.",
            "a minute and a half",
            "PT1M30S",
        ),
        // A year's fraction keeps its decimal.
        (
            "The war lasted two and a half years.",
            "two and a half years",
            "P2.5Y",
        ),
    ] {
        case(text, expr, "DURATION", value);
    }
}

#[test]
fn words_between_an_amount_and_its_unit_keep_the_duration() {
    for (text, expr, value) in [
        (
            "The base was leased for 20 more years.",
            "20 more years",
            "P20Y",
        ),
        (
            "He remains in the country for two more weeks.",
            "two more weeks",
            "P2W",
        ),
        (
            "The talks will take a few more days.",
            "a few more days",
            "PXD",
        ),
        (
            "Eight trading days after the crash, the index recovered.",
            "Eight trading days",
            "P8D",
        ),
        (
            "Payment is due in five business days.",
            "five business days",
            "P5D",
        ),
        (
            "The move comes barely a month after the cut.",
            "a month",
            "P1M",
        ),
    ] {
        case(text, expr, "DURATION", value);
    }
    // Without an amount they count nothing.
    for text in [
        "We need more years of work.",
        "It was the first trading day.",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
}

#[test]
fn an_amount_before_a_year_ago_is_not_a_rate() {
    // Published 16 January 2026.
    for (text, expr, value) in [
        (
            "It has 13 plants, up from seven a year ago.",
            "a year ago",
            "2025",
        ),
        (
            "Sales were $348 million, against $307 a year earlier.",
            "a year earlier",
            "2025",
        ),
    ] {
        case(text, expr, "DATE", value);
    }
    // A rate stays a set, in past, present and future clauses.
    for text in [
        "It built 15 a year.",
        "It builds 15 a year.",
        "It will build 15 a year.",
        "They sent $1 billion a year home.",
        "The cuts will save $500 million a year.",
    ] {
        case(text, "a year", "SET", "P1Y");
    }
}

#[test]
fn the_verb_last_is_not_the_past_stretch() {
    for (text, expr, value) in [
        // Future and present: the verb.
        ("The meeting will last two hours.", "two hours", "PT2H"),
        ("The strike is expected to last 10 days.", "10 days", "P10D"),
        // Past: the stretch up to now.
        (
            "In the last two hours, prices fell.",
            "the last two hours",
            "PT2H",
        ),
    ] {
        case(text, expr, "DURATION", value);
    }
}

#[test]
fn coming_units_are_a_vague_stretch_from_now() {
    for (text, expr, value) in [
        ("Rates may fall in coming weeks.", "coming weeks", "PXW"),
        (
            "They will buy new equipment in the coming years.",
            "coming years",
            "PXY",
        ),
        (
            "Officials said prices would rise in the coming months.",
            "coming months",
            "PXM",
        ),
    ] {
        case(text, expr, "DURATION", value);
    }
}
