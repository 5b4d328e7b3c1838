//! Reading conventions: the tense a date follows, earnings reports, plans, deadlines, clocks.

use super::*;

#[test]
fn a_day_without_a_year_is_the_nearest_one_the_tense_allows() {
    for (text, expr, value) in [
        // A past-tense sentence may name a coming day.
        (
            "The offer was extended to Feb. 20.",
            "Feb. 20",
            "2026-02-20",
        ),
        ("He was arrested on Dec. 28.", "Dec. 28", "2025-12-28"),
        ("The dividend is payable March 1.", "March 1", "2026-03-01"),
        // Too far ahead for a past clause: last year's.
        ("The plant closed on Oct. 3.", "Oct. 3", "2025-10-03"),
    ] {
        case(text, expr, "DATE", value);
    }
}

#[test]
fn an_earnings_report_is_about_one_quarter() {
    for (text, expr, value) in [
        // A quarter that has not begun is last year's, unless the clause looks ahead.
        (
            "Profit fell in the fourth quarter.",
            "the fourth quarter",
            "2025-Q4",
        ),
        (
            "Net income in the third quarter rose to $5 million from $3 million a year ago.",
            "a year ago",
            "2024-Q3",
        ),
        // Without a quarter named: the last one that ended.
        ("Revenue in the quarter rose 5%.", "the quarter", "2025-Q4"),
        (
            "Sales in the year-ago quarter were $2 million.",
            "the year-ago quarter",
            "2024-Q4",
        ),
        (
            "Year-earlier results included a charge.",
            "Year-earlier",
            "2024-Q4",
        ),
        (
            "The year-ago third quarter included a gain.",
            "The year-ago third quarter",
            "2024-Q3",
        ),
        // An earlier quarter named in passing does not become the report's.
        (
            "Net rose in the third quarter. After a flat second quarter, costs fell. \
             The year-earlier period included a charge.",
            "The year-earlier period",
            "2024-Q3",
        ),
        // The report's quarter in a year written.
        (
            "It earned $5 million in the third quarter and $4 million in the 2024 quarter.",
            "the 2024 quarter",
            "2024-Q3",
        ),
        (
            "Profit rose in the third quarter. In the 2024 period, costs were higher.",
            "the 2024 period",
            "2024-Q3",
        ),
    ] {
        case(text, expr, "DATE", value);
    }
    // Outside a report, "a year ago" is the year before.
    case(
        "She moved to Oslo a year ago.",
        "a year ago",
        "DATE",
        "2025",
    );
}

#[test]
fn reported_plans_look_ahead() {
    for (text, expr, value) in [
        (
            "The union planned a rally on Saturday.",
            "Saturday",
            "2026-01-17",
        ),
        (
            "He scheduled a news conference Thursday.",
            "Thursday",
            "2026-01-22",
        ),
        (
            "The father could come as soon as Tuesday.",
            "Tuesday",
            "2026-01-20",
        ),
        // The main clause after a fronted date; not a coordinated verb phrase's tense.
        (
            "On Tuesday, the national league of voters plans to hold a rally.",
            "Tuesday",
            "2026-01-20",
        ),
        (
            "Crowds planned a march on Saturday and were hoping for sun.",
            "Saturday",
            "2026-01-17",
        ),
        // A passive present and "would" look ahead too; a bare month looks back further.
        (
            "The closing, which is expected in March, ends it.",
            "March",
            "2026-03",
        ),
        (
            "The dividend would be paid in February.",
            "February",
            "2026-02",
        ),
        ("Shares at $42, up from $29 in June.", "June", "2025-06"),
        // Without a plan, a past clause's weekday is the last one.
        (
            "The union held a rally on Saturday.",
            "Saturday",
            "2026-01-10",
        ),
    ] {
        case(text, expr, "DATE", value);
    }
}

#[test]
fn deadlines_and_weekends() {
    for (text, expr, value) in [
        (
            "The regulator gave the bank until March to reply.",
            "March",
            "2026-03",
        ),
        (
            "The talks were supposed to conclude by May.",
            "May",
            "2026-05",
        ),
        (
            "The pact takes hold effective Feb. 1.",
            "Feb. 1",
            "2026-02-01",
        ),
        // A deadline that passed days before publication.
        (
            "Officials had ordered the boy home by Jan. 14.",
            "Jan. 14",
            "2026-01-14",
        ),
        // "until" looks ahead before a day too, unless the clause is past perfect.
        (
            "Officials postponed until Tuesday any action on the visa.",
            "Tuesday",
            "2026-01-20",
        ),
        (
            "Until Thursday, the police had not named a suspect.",
            "Thursday",
            "2026-01-15",
        ),
        (
            "Protesters gathered over the weekend.",
            "the weekend",
            "2026-W02-WE",
        ),
        (
            "The rally will be held at the weekend.",
            "the weekend",
            "2026-W03-WE",
        ),
    ] {
        case(text, expr, "DATE", value);
    }
    // A report's stretch named by its end, and an age, which is no time at all.
    case(
        "Net income rose in the year ended Aug. 31.",
        "the year",
        "DURATION",
        "P1Y",
    );
    case(
        "Profit will fall in the fiscal year ending June 30.",
        "the fiscal year",
        "DURATION",
        "P1Y",
    );
    assert!(found("Howes, 37 years old at the time, was freed.").is_empty());
    case(
        "It lost money in the past two quarters.",
        "the past two quarters",
        "DURATION",
        "P2Q",
    );
}

#[test]
fn a_clock_time_takes_the_day_written_after_it() {
    case(
        "Negotiations broke off at noon Thursday.",
        "noon Thursday",
        "TIME",
        "2026-01-15T12:00",
    );
    case(
        "The offer will expire at 5 p.m. EST, Feb. 6.",
        "5 p.m. EST, Feb. 6",
        "TIME",
        "2026-02-06T17:00",
    );
    // A conversion in parentheses between them: the day places the time and stays its own.
    let text = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.";
    case(text, "10:35 a.m.", "TIME", "2026-01-16T10:35");
    case(text, "Friday", "DATE", "2026-01-16");
    // A parenthesis without a verb takes the tense of the clause around it.
    case(
        "He will leave at 4 in the morning (4 a.m. EDT Thursday).",
        "4 a.m. EDT Thursday",
        "TIME",
        "2026-01-22T04:00",
    );
}

#[test]
fn a_participle_after_a_determiner_is_no_past_tense() {
    case(
        "The split would be paid on a still unspecified date in March.",
        "March",
        "DATE",
        "2026-03",
    );
    case(
        "The plan was unveiled in March.",
        "March",
        "DATE",
        "2025-03",
    );
}

#[test]
fn an_accounting_adjective_is_no_date() {
    for text in [
        "The board raised its quarterly dividend.",
        "The firm has annual sales of $2 billion.",
        "Crowds filled the annual March for Life.",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
    case("Dividends are paid quarterly.", "quarterly", "SET", "P1Q");
    case("Crowds held a daily rally outside.", "daily", "SET", "P1D");
}

#[test]
fn spoken_years_decades_and_quarterly_sets() {
    case(
        "The convictions were thrown out in nineteen ninety-six.",
        "nineteen ninety-six",
        "DATE",
        "1996",
    );
    case(
        "January nineteen ninety-seven. Atlanta again.",
        "January nineteen ninety-seven",
        "DATE",
        "1997-01",
    );
    case(
        "It set a goal for the mid-1990s.",
        "the mid-1990s",
        "DATE",
        "199",
    );
    case(
        "It pays $100 million in interest every quarter.",
        "every quarter",
        "SET",
        "P1Q",
    );
}

#[test]
fn last_season_and_that_year() {
    // Published in January: last fall is 2025's, last winter the one before this.
    case(
        "The plant closed last fall.",
        "last fall",
        "DATE",
        "2025-FA",
    );
    case(
        "He fled in June 1998 and returned later that year.",
        "later that year",
        "DATE",
        "1998",
    );
}

#[test]
fn a_relative_year_places_a_month_or_quarter() {
    case(
        "Pol Pot was arrested in June last year.",
        "June last year",
        "DATE",
        "2025-06",
    );
    case(
        "Sales for this year's first quarter fell.",
        "this year's first quarter",
        "DATE",
        "2026-Q1",
    );
    case(
        "It may take effect in next year's first quarter.",
        "next year's first quarter",
        "DATE",
        "2027-Q1",
    );
}

#[test]
fn bounds_and_vague_ago() {
    case(
        "The probe lasted at least 30 days.",
        "at least 30 days",
        "DURATION",
        "P30D",
    );
    case(
        "Workers may be idle up to 180 days.",
        "up to 180 days",
        "DURATION",
        "P180D",
    );
    case(
        "The machines were removed several years ago.",
        "several years ago",
        "DATE",
        "PAST_REF",
    );
}

#[test]
fn the_article_of_a_stretch_after_a_preposition() {
    case(
        "Profit rose 5% in the nine months.",
        "the nine months",
        "DURATION",
        "P9M",
    );
    case(
        "Profit rose 5% in nine months.",
        "nine months",
        "DURATION",
        "P9M",
    );
}

#[test]
fn a_past_plan_is_past() {
    case(
        "The offer had been due to expire Friday evening.",
        "Friday evening",
        "TIME",
        "2026-01-16TEV",
    );
    case(
        "The offer is due to expire Friday evening.",
        "Friday evening",
        "TIME",
        "2026-01-16TEV",
    );
    case(
        "The offer had been scheduled to expire on Tuesday.",
        "Tuesday",
        "DATE",
        "2026-01-13",
    );
}

#[test]
fn a_forecast_quarter_is_not_the_report() {
    let text = "Analysts see a loss in the first quarter of 2027. Hiring fell from a year ago.";
    case(text, "a year ago", "DATE", "2025");
}
