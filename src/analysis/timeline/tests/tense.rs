//! The tense cues a clause gives a month or weekday without a year (decisions that point
//! ahead, attributions after a comma, a fronted month, deadlines), years said aloud, and
//! parts of the day after "mid".

use super::*;

#[test]
fn a_decision_points_to_a_later_act() {
    // Published Friday 16 January 2026: a past March is 2025's, a coming one 2026's.
    for (text, expr, value) in [
        // Past decision, later act.
        (
            "The board decided to close the plant in March.",
            "March",
            "2026-03",
        ),
        (
            "Ministers agreed to meet again on Tuesday.",
            "Tuesday",
            "2026-01-20",
        ),
        // Present decision.
        (
            "The board agrees to close the plant in March.",
            "March",
            "2026-03",
        ),
        // Future decision.
        ("The board will decide in March.", "March", "2026-03"),
        // A past act without a decision stays past.
        ("The board closed the plant in March.", "March", "2025-03"),
    ] {
        case(text, expr, "DATE", value);
    }
}

#[test]
fn an_attribution_after_a_comma_does_not_set_the_tense() {
    for (text, expr, value) in [
        // The attribution is past; the reported clause has no tense of its own.
        (
            "Flights from the new airport start in March, the minister said.",
            "March",
            "2026-03",
        ),
        // A past clause stays past.
        (
            "Flights from the new airport started in March, the minister said.",
            "March",
            "2025-03",
        ),
        // A future clause stays future.
        (
            "Flights will start in March, the minister said.",
            "March",
            "2026-03",
        ),
        // A fronted expression still takes the tense of the clause after its comma.
        (
            "Over the weekend, police arrested two men.",
            "the weekend",
            "2026-W02-WE",
        ),
    ] {
        case(text, expr, "DATE", value);
    }
}

#[test]
fn a_fronted_month_takes_the_tense_of_a_long_main_clause() {
    for (text, value) in [
        (
            "In March, a week after the anniversary of the Supreme Court decision on the \
             matter, a bombing in the city of Birmingham killed a guard.",
            "2025-03",
        ),
        (
            "In March, a week after the anniversary of the Supreme Court decision on the \
             matter, the city of Birmingham will hold a vote.",
            "2026-03",
        ),
    ] {
        case(text, "March", "DATE", value);
    }
}

#[test]
fn spoken_years_after_the_year_and_a_season() {
    for (text, expr, value) in [
        // Past, present and future clauses.
        (
            "Prices hit the level we saw in the winter of nineteen ninety-four.",
            "the winter of nineteen ninety-four",
            "1994-WI",
        ),
        (
            "The approach of the year two thousand worries them.",
            "the year two thousand",
            "2000",
        ),
        (
            "The line will open in the year two thousand and one.",
            "the year two thousand and one",
            "2001",
        ),
    ] {
        case(text, expr, "DATE", value);
    }
}

#[test]
fn an_untensed_deadline_day_looks_ahead() {
    for (text, value) in [
        // No tense: ahead.
        (
            "Forecasters expect the storm easing by Tuesday.",
            "2026-01-20",
        ),
        // Past: back.
        ("Rescuers had reached them by Tuesday.", "2026-01-13"),
        // Future: ahead.
        ("The storm will ease by Tuesday.", "2026-01-20"),
    ] {
        case(text, "Tuesday", "DATE", value);
    }
    // After another expression, "through" closes a span and the clause's tense holds.
    case(
        "Sales were flat this year through August.",
        "August",
        "DATE",
        "2025-08",
    );
}

#[test]
fn mid_parts_of_the_day() {
    // Published Friday 16 January 2026.
    for (text, expr, value) in [
        // Past.
        (
            "By mid afternoon, officials said the operation had ended.",
            "mid afternoon",
            "2026-01-16TAF",
        ),
        (
            "At mid-afternoon yesterday, shares were up.",
            "mid-afternoon yesterday",
            "2026-01-15TAF",
        ),
        // Present and future.
        (
            "Trading resumes in mid-morning.",
            "mid-morning",
            "2026-01-16TMO",
        ),
        (
            "The talks will end by mid-evening.",
            "mid-evening",
            "2026-01-16TEV",
        ),
    ] {
        case(text, expr, "TIME", value);
    }
    assert!(found("He stayed mid table.").is_empty());
}
