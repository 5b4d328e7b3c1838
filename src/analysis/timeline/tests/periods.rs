//! Periods named by their place in the year or week: quarters and halves with their year,
//! "the year" of writing, weeks of a day, recurring months, days named by their events.

use super::*;

#[test]
fn quarters_and_halves_take_the_year_written_with_them() {
    for (text, expr, value) in [
        (
            "It took a charge in the 2024 fourth quarter.",
            "the 2024 fourth quarter",
            "2024-Q4",
        ),
        (
            "The 2025 first half was good.",
            "The 2025 first half",
            "2025-H1",
        ),
        (
            "Sales grew in the last half of 2025.",
            "the last half of 2025",
            "2025-H2",
        ),
        (
            "Orders will rise in the first two quarters of 2026.",
            "the first two quarters of 2026",
            "2026-H1",
        ),
    ] {
        case(text, expr, "DATE", value);
    }
    assert_eq!(found("Three quarters of the budget went on rent."), vec![]);
}

#[test]
fn the_year_of_a_report_is_the_year_of_writing() {
    for (text, expr) in [
        ("Shares hit a high for the year in June.", "the year"),
        ("Sales for the full year were $6 billion.", "the full year"),
        // Before a comma or a full stop.
        ("For the year, volume was flat.", "the year"),
        (
            "Revenue fell in the first nine months of the year.",
            "the year",
        ),
        ("Revenue will grow for the year.", "the year"),
    ] {
        case(text, expr, "DATE", "2026");
    }
    // "The past year" is last year, as "last year" is; "the past decade" a stretch.
    case(
        "Hate groups grew over the past year.",
        "the past year",
        "DATE",
        "2025",
    );
    case(
        "Wages lagged in the past decade.",
        "the past decade",
        "DURATION",
        "P10Y",
    );
    // A spoken year, a compound and a year counted from an event are something else.
    for text in [
        "He promised jobs by the year two thousand.",
        "Prices doubled in the year since the war began.",
    ] {
        let all = found(text);
        assert!(all.iter().all(|(e, ..)| e != "the year"), "{all:?}");
    }
    case(
        "Sales for the year ended Sept. 30 rose.",
        "the year",
        "DURATION",
        "P1Y",
    );
}

#[test]
fn weeks_of_a_day_and_recurring_months() {
    case(
        "A hearing is set for the week of March 2.",
        "the week of March 2",
        "DATE",
        "2026-W10",
    );
    case("Marchers parade each July.", "each July", "SET", "XXXX-07");
    case(
        "Every March the board meets.",
        "Every March",
        "SET",
        "XXXX-03",
    );
}

#[test]
fn a_day_named_by_its_event_is_past() {
    // Published on a Friday: "Wednesday's ruling" has been made, whatever the verb ahead.
    case(
        "They will look for ways around Wednesday's ruling.",
        "Wednesday",
        "DATE",
        "2026-01-14",
    );
    case(
        "Parties campaigned ahead of Sunday's vote.",
        "Sunday",
        "DATE",
        "2026-01-18",
    );
    case(
        "They will meet on Wednesday.",
        "Wednesday",
        "DATE",
        "2026-01-21",
    );
}

#[test]
fn the_previous_and_following_weekday_count_from_the_last_day_named() {
    case(
        "Stocks fell on Oct. 9, 2025, down from the previous Friday.",
        "the previous Friday",
        "DATE",
        "2025-10-03",
    );
    case(
        "They met on Oct. 9, 2025, and again the following Monday.",
        "the following Monday",
        "DATE",
        "2025-10-13",
    );
}

#[test]
fn a_bare_month_after_for_is_a_month_but_may_is_a_name() {
    case(
        "The job figures for December rose.",
        "December",
        "DATE",
        "2025-12",
    );
    let all = found("Most members voted for May in the ballot.");
    assert!(all.iter().all(|(e, ..)| e != "May"), "{all:?}");
}

#[test]
fn a_half_past_the_largest_amount_is_no_duration_and_no_panic() {
    let all = found("It lasted 4294967295 and a half years and 4294967295 1/2 days.");
    assert!(all.iter().all(|(_, k, _)| *k != "DURATION"), "{all:?}");
}

#[test]
fn the_end_of_the_year() {
    case("Jobs will be cut by year end.", "year end", "DATE", "2026");
    case(
        "Rules must be in place by year's end.",
        "year's end",
        "DATE",
        "2026",
    );
    // The accounts' closing day: the next one ahead, the last one behind "since".
    case(
        "The deal will close by year-end.",
        "year-end",
        "DATE",
        "2026-12-31",
    );
    case(
        "The index is up 3% since year-end.",
        "year-end",
        "DATE",
        "2025-12-31",
    );
    // Other rules read "fiscal year" and "last year"; "the year-end bonus" is no date.
    assert!(found("The year-end bonus was paid.").is_empty());
}

#[test]
fn decades_and_centuries_in_words() {
    case(
        "Numbers fell through the nineties.",
        "the nineties",
        "DATE",
        "199",
    );
    case(
        "He was elected in the early eighties.",
        "the early eighties",
        "DATE",
        "198",
    );
    case(
        "It was built in the 11th century.",
        "the 11th century",
        "DATE",
        "10",
    );
    case(
        "She is a 20th century democrat.",
        "20th century",
        "DATE",
        "19",
    );
    // Without "the", a decade word is an age: "a man in his sixties".
    assert!(found("A man in his sixties was hurt.").is_empty());
}

#[test]
fn a_weekday_before_an_abbreviated_date_is_one_expression() {
    let text = "The paper said in an editorial on Sunday, Oct. 26, that it was wrong.";
    case(text, "Sunday, Oct. 26", "DATE", "2025-10-26");
}

#[test]
fn a_hedged_distance_keeps_its_hedge() {
    case(
        "Then, a week or so ago, he moved.",
        "a week or so ago",
        "DATE",
        "2026-W02",
    );
    case(
        "Two weeks or so later he left.",
        "Two weeks or so later",
        "DATE",
        "2026-W05",
    );
}

#[test]
fn election_day_is_the_tuesday_after_the_first_monday_of_november() {
    for (text, expr, value) in [
        (
            "Turnout was high on Election Day.",
            "Election Day",
            "2025-11-04",
        ),
        (
            "The campaign runs to Election Day.",
            "Election Day",
            "2026-11-03",
        ),
        (
            "Voters will go to the polls on Election Day.",
            "Election Day",
            "2026-11-03",
        ),
        (
            "He won on Election Day 2024.",
            "Election Day 2024",
            "2024-11-05",
        ),
    ] {
        case(text, expr, "DATE", value);
    }
    for text in ["Election officials met.", "The election was close."] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
}

#[test]
fn a_range_starts_before_it_ends() {
    // Alone, "March 1" in a past clause could be the coming one (news names coming days in
    // past-tense sentences); as the start of a range ending on January 10 it is last year's.
    let text = "Sales rose between March 1 and January 10.";
    case(text, "March 1", "DATE", "2025-03-01");
    case(text, "between March 1 and January 10", "DURATION", "P315D");
}
