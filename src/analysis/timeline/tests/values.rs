//! Values of every kind of expression against the publication date.

use super::*;

#[test]
fn absolute_dates() {
    for (text, expr, value) in [
        (
            "The deal was signed on January 16, 2026.",
            "January 16, 2026",
            "2026-01-16",
        ),
        ("Talks began Jan. 12 in Geneva.", "Jan. 12", "2026-01-12"),
        (
            "The treaty was signed on 16 January 2025.",
            "16 January 2025",
            "2025-01-16",
        ),
        (
            "The filing is dated 2026-01-16.",
            "2026-01-16",
            "2026-01-16",
        ),
        ("Sales fell in January 2026.", "January 2026", "2026-01"),
        ("The company was founded in 2009.", "2009", "2009"),
        ("Prices soared in the 1990s.", "the 1990s", "199"),
        ("It was written 7/8/07.", "7/8/07", "2007-07-08"),
        (
            "He was born on the 3rd of May, 1961.",
            "the 3rd of May, 1961",
            "1961-05-03",
        ),
        ("Its April 2nd report said so.", "April 2nd", "2025-04-02"),
        (
            "Friday, 16 January 2026 was calm.",
            "Friday, 16 January 2026",
            "2026-01-16",
        ),
        ("The store opened in mid-2011.", "mid-2011", "2011"),
        (
            "Tensions rose at the beginning of the year.",
            "the beginning of the year",
            "2026",
        ),
    ] {
        case(text, expr, "DATE", value);
    }
}

#[test]
fn months_without_a_year_follow_the_tense() {
    // Published in January: a past December is last year's, a future March this year's.
    case("Prices fell in December.", "December", "DATE", "2025-12");
    case("The plant will open in March.", "March", "DATE", "2026-03");
    case(
        "The vote took place on December 20.",
        "December 20",
        "DATE",
        "2025-12-20",
    );
    case(
        "The vote is set for February 2.",
        "February 2",
        "DATE",
        "2026-02-02",
    );
    case(
        "The talks resumed last March.",
        "last March",
        "DATE",
        "2025-03",
    );
}

#[test]
fn weekdays_follow_the_tense() {
    for (text, expr, kind, value) in [
        // Past tense: the most recent such day on or before publication.
        (
            "The ministers met on Friday.",
            "Friday",
            "DATE",
            "2026-01-16",
        ),
        (
            "The ministers met on Tuesday.",
            "Tuesday",
            "DATE",
            "2026-01-13",
        ),
        (
            "Protests erupted Friday night.",
            "Friday night",
            "TIME",
            "2026-01-16TNI",
        ),
        (
            "He said last Monday that he would stay.",
            "last Monday",
            "DATE",
            "2026-01-12",
        ),
        // Future tense: the next one.
        (
            "The ministers will meet on Tuesday.",
            "Tuesday",
            "DATE",
            "2026-01-20",
        ),
        (
            "The trial is set to begin on Wednesday.",
            "Wednesday",
            "DATE",
            "2026-01-21",
        ),
        (
            "They meet again next Friday.",
            "next Friday",
            "DATE",
            "2026-01-23",
        ),
    ] {
        case(text, expr, kind, value);
    }
}

#[test]
fn relative_dates() {
    for (text, expr, kind, value) in [
        ("She arrived yesterday.", "yesterday", "DATE", "2026-01-15"),
        (
            "Apple today launched a phone.",
            "today",
            "DATE",
            "2026-01-16",
        ),
        ("The vote is tomorrow.", "tomorrow", "DATE", "2026-01-17"),
        (
            "He spoke this morning.",
            "this morning",
            "TIME",
            "2026-01-16TMO",
        ),
        (
            "Shots were heard last night.",
            "last night",
            "TIME",
            "2026-01-15TNI",
        ),
        ("Sales rose last week.", "last week", "DATE", "2026-W02"),
        (
            "Sales will rise next month.",
            "next month",
            "DATE",
            "2026-02",
        ),
        (
            "It was launched this week.",
            "this week",
            "DATE",
            "2026-W03",
        ),
        (
            "Profits rose earlier this year.",
            "earlier this year",
            "DATE",
            "2026",
        ),
        ("Sales fell last year.", "last year", "DATE", "2025"),
        (
            "The plant closed two days ago.",
            "two days ago",
            "DATE",
            "2026-01-14",
        ),
        (
            "It was founded three years ago.",
            "three years ago",
            "DATE",
            "2023",
        ),
        (
            "It will be ready a year from now.",
            "a year from now",
            "DATE",
            "2027",
        ),
        ("He is now in Moscow.", "now", "DATE", "PRESENT_REF"),
        (
            "The company is currently in talks.",
            "currently",
            "DATE",
            "PRESENT_REF",
        ),
        ("He recently visited Paris.", "recently", "DATE", "PAST_REF"),
        ("He broke his recent silence.", "recent", "DATE", "PAST_REF"),
        (
            "Such deals were rare in the past.",
            "the past",
            "DATE",
            "PAST_REF",
        ),
        (
            "It may change in the near future.",
            "the near future",
            "DATE",
            "FUTURE_REF",
        ),
        (
            "The team arrived this weekend.",
            "this weekend",
            "DATE",
            "2026-W03-WE",
        ),
        (
            "Results are due the last quarter.",
            "the last quarter",
            "DATE",
            "2025-Q4",
        ),
    ] {
        case(text, expr, kind, value);
    }
}

#[test]
fn anaphoric_dates_count_from_the_last_date_mentioned() {
    let text = "The talks opened on March 3, 2025. Two days later, they collapsed. \
                The next day, both sides left.";
    case(text, "Two days later", "DATE", "2025-03-05");
    case(text, "The next day", "DATE", "2025-03-06");
    let text = "The flight left on June 1, 2024 and landed the following day.";
    case(text, "the following day", "DATE", "2024-06-02");
    let text = "The boy appeared in court on Feb. 22. He looked well the next morning.";
    case(text, "the next morning", "DATE", "2026-02-23");
}

#[test]
fn times_of_day() {
    for (text, expr, value) in [
        ("The meeting starts at 3 p.m.", "3 p.m.", "2026-01-16T15:00"),
        ("Lunch is served at noon.", "noon", "2026-01-16T12:00"),
        (
            "The launch was at 10:30 GMT.",
            "10:30 GMT",
            "2026-01-16T10:30Z",
        ),
        (
            "It landed at 6:40 p.m. (GMT +8).",
            "6:40 p.m. (GMT +8)",
            "2026-01-16T18:40",
        ),
        (
            "It flew Tuesday at 18:00 UTC.",
            "18:00 UTC",
            "2026-01-13T18:00Z",
        ),
        ("Doors open at 9 o'clock.", "9 o'clock", "2026-01-16T09:00"),
    ] {
        case(text, expr, "TIME", value);
    }
}

#[test]
fn durations() {
    for (text, expr, value) in [
        ("He served three years in prison.", "three years", "P3Y"),
        ("The war lasted for a decade.", "a decade", "P10Y"),
        ("The strike lasted 24 hours.", "24 hours", "PT24H"),
        ("It took twenty four hours.", "twenty four hours", "PT24H"),
        ("She spent 5 1/2 hours there.", "5 1/2 hours", "PT5H30M"),
        (
            "In a single day of talks, he called both.",
            "a single day",
            "P1D",
        ),
        (
            "It is almost two and a half years late.",
            "almost two and a half years",
            "P2.5Y",
        ),
        ("They signed a 27-year contract.", "27-year", "P27Y"),
        ("It has been delayed several years.", "several years", "PXY"),
        ("Prices rose in recent weeks.", "recent weeks", "PXW"),
        ("It grew over the past decade.", "the past decade", "P10Y"),
        (
            "Jobs will go over the next four years.",
            "the next four years",
            "P4Y",
        ),
        (
            "The backup failed after thirty minutes.",
            "thirty minutes",
            "PT30M",
        ),
        ("It arrived 18 months behind schedule.", "18 months", "P18M"),
        ("They ran a decades-long dispute.", "decades-long", "PXDE"),
        ("They have fought for years.", "years", "PXY"),
        ("It took half an hour.", "half an hour", "PT30M"),
    ] {
        case(text, expr, "DURATION", value);
    }
}

#[test]
fn sets() {
    for (text, expr, value) in [
        (
            "The board meets every Monday.",
            "every Monday",
            "XXXX-WXX-1",
        ),
        ("The report is published annually.", "annually", "P1Y"),
        ("It builds tankers at a rate of 15 a year.", "a year", "P1Y"),
        ("They meet every two weeks.", "every two weeks", "P2W"),
        (
            "He jogs each morning and swims every day.",
            "every day",
            "P1D",
        ),
        ("The market opens on Mondays.", "Mondays", "XXXX-WXX-1"),
    ] {
        case(text, expr, "SET", value);
    }
}

#[test]
fn the_latest_quarter_is_one_that_has_ended() {
    // The current quarter, named as a forecast, does not become the report's.
    case(
        "Sales should rise in the first quarter, the company said. Profit rose 5% in the \
         latest quarter.",
        "the latest quarter",
        "DATE",
        "2025-Q4",
    );
}

#[test]
fn quarters_halves_seasons_fiscal_years_holidays() {
    for (text, expr, value) in [
        (
            "Profits rose in the first quarter.",
            "the first quarter",
            "2026-Q1",
        ),
        (
            "Sales fell in the fourth quarter of 2025.",
            "the fourth quarter of 2025",
            "2025-Q4",
        ),
        ("Its Q3 2025 results were weak.", "Q3 2025", "2025-Q3"),
        (
            "Growth slowed in the second half of 2025.",
            "the second half of 2025",
            "2025-H2",
        ),
        ("The plant opens this summer.", "this summer", "2026-SU"),
        (
            "It was built in the spring of 2024.",
            "the spring of 2024",
            "2024-SP",
        ),
        ("It snowed last winter.", "last winter", "2024-WI"),
        ("Revenue grew in fiscal 2025.", "fiscal 2025", "2025"),
        ("The FY2026 budget passed.", "FY2026", "2026"),
        ("Sales peaked at Christmas.", "Christmas", "2025-12-25"),
        ("The shop will close at Easter.", "Easter", "2026-04-05"),
        (
            "Prices rose in first-quarter trading.",
            "first-quarter",
            "2026-Q1",
        ),
    ] {
        case(text, expr, "DATE", value);
    }
}

#[test]
fn ranges() {
    case(
        "It will deliver jets from 2009 to 2011.",
        "from 2009 to 2011",
        "DURATION",
        "P2Y",
    );
    case(
        "Between 2014 and 2016 it grew.",
        "Between 2014 and 2016",
        "DURATION",
        "P2Y",
    );
    case(
        "It will deliver jets from 2009 to 2011.",
        "2009",
        "DATE",
        "2009",
    );
}
