//! Table-driven tests of recognition and normalisation against a fixed publication date
//! (Friday 16 January 2026), in past, present and future tense, plus anchoring and order.

use super::*;
use crate::analysis::analyze;
use crate::analysis::segment::segment;

fn published() -> Option<Date> {
    Date::new(2026, 1, 16)
}

/// The entries of `text` as (expression, type, value).
fn found(text: &str) -> Vec<(String, &'static str, String)> {
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
fn case(text: &str, expr: &str, kind: &str, value: &str) {
    let all = found(text);
    assert!(
        all.iter()
            .any(|(e, k, v)| e == expr && *k == kind && v == value),
        "{text:?}: expected {expr:?} {kind} {value}, found {all:?}"
    );
}

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
            "2026-01-16T10:40Z",
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
        ("It took half an hour.", "half an hour", "PT0.5H"),
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
    let text = include_str!("../../../seeds/putin-iran-israel-calls.txt");
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
        .map(|&a| analysis.actors[a].name.as_str())
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
        "2026-02-06T22:00Z",
    );
}

#[test]
fn an_accounting_adjective_is_no_date() {
    for text in [
        "The board raised its quarterly dividend.",
        "The firm has annual sales of $2 billion.",
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
