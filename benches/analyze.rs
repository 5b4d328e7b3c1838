//! Full-analysis throughput (segmentation, actors, quotes, timeline) on documents built from
//! `seeds/` at bench time, at three sizes to show that cost grows linearly with input; and the
//! quote and timeline stages alone on the 10 MB input, to show their share of the whole.
//!
//! Run with `cargo bench --bench analyze`; divan reports bytes/s for each size.

use byline::analysis::date::Date;
use byline::analysis::lexicon::{Lexicon, lexicon};
use byline::analysis::{actors, analyze, quotes, segment, timeline};
use divan::{Bencher, black_box, counter::BytesCount};

const SEED: &str = include_str!("../seeds/putin-iran-israel-calls.txt");

/// The seed articles repeated, blank-line separated, to at least `mb` MiB.
fn document(mb: usize) -> String {
    let target = mb * 1024 * 1024;
    let mut text = String::with_capacity(target + SEED.len() + 2);
    while text.len() < target {
        text.push_str(SEED.trim());
        text.push_str("\n\n");
    }
    text
}

fn main() {
    // Parse the embedded lexicon once, outside the timed runs.
    black_box(lexicon());
    divan::main();
}

#[divan::bench(args = [1, 5, 10], sample_count = 10)]
fn full_analysis(bencher: Bencher, mb: usize) {
    let text = document(mb);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| analyze(black_box(&text), PUBLISHED));
}

/// The seed's publication date, so relative dates are normalised as in real use.
const PUBLISHED: Option<Date> = Date::new(2026, 1, 16);

#[divan::bench(sample_count = 10)]
fn sample_article(bencher: Bencher) {
    bencher
        .counter(BytesCount::new(SEED.len()))
        .bench(|| analyze(black_box(SEED), PUBLISHED));
}

/// One paragraph without a full stop, 1 MB: names, quotes, pronouns and dates in a single
/// run-on sentence. Every rule looks at a bounded context, so this stays linear.
#[divan::bench(sample_count = 10)]
fn run_on_sentence_1mb(bencher: Bencher) {
    let piece = "“We will win,” he said, and Putin met Obama (again) in Paris on Friday in 2009, ";
    let text = format!("Run-on\n\n{}", piece.repeat(1024 * 1024 / piece.len()));
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| analyze(black_box(&text), PUBLISHED));
}

/// Quote extraction alone on 10 MB (segments, tokens and actors prepared outside the timed
/// part).
#[divan::bench(sample_count = 10)]
fn quotes_stage_10mb(bencher: Bencher) {
    let text = document(10);
    let seg = segment::segment(&text);
    let shared = segment::SentenceTokens::new(&text, &seg.sentences);
    let found = actors::extract_with(&text, &seg, &shared);
    bencher
        .counter(BytesCount::new(text.len()))
        .with_inputs(|| found.clone())
        .bench_refs(|a| quotes::extract_with(black_box(&text), &seg, &shared, a));
}

/// Timeline extraction alone on 10 MB (segments, tokens and actors prepared outside the
/// timed part).
#[divan::bench(sample_count = 10)]
fn timeline_stage_10mb(bencher: Bencher) {
    let text = document(10);
    let seg = segment::segment(&text);
    let shared = segment::SentenceTokens::new(&text, &seg.sentences);
    let found = actors::extract_with(&text, &seg, &shared);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| timeline::extract_with(black_box(&text), &shared, PUBLISHED, &found));
}

#[divan::bench(sample_count = 10)]
fn lexicon_build() -> Lexicon {
    // What the first analysis of a process pays once: parsing the embedded word lists.
    Lexicon::build()
}
