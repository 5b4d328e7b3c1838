//! Segmentation throughput on a ≥ 10 MB document (the seed article repeated).
//!
//! Run with `cargo bench --bench segment`; divan reports bytes/s for each bench.

use byline::analysis::segment::{Segmentation, paragraphs, segment, sentences, tokens};
use byline::analysis::span::Span;
use divan::{Bencher, black_box, counter::BytesCount};
use std::sync::LazyLock;

const SEED: &str = include_str!("../seeds/putin-iran-israel-calls.txt");
const TARGET: usize = 10 * 1024 * 1024;

/// The seed article repeated (blank-line separated) to at least 10 MB.
static ONE_PER_LINE: LazyLock<String> = LazyLock::new(|| repeat(SEED.trim()));

/// The same article hard-wrapped at 72 columns, paragraphs separated by blank lines.
static WRAPPED: LazyLock<String> = LazyLock::new(|| {
    let paras: Vec<String> = SEED
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(wrap72)
        .collect();
    repeat(&paras.join("\n\n"))
});

fn repeat(article: &str) -> String {
    let mut text = String::with_capacity(TARGET + 2 * article.len());
    while text.len() < TARGET {
        text.push_str(article);
        text.push_str("\n\n");
    }
    text
}

fn wrap72(para: &str) -> String {
    let mut out = String::with_capacity(para.len() + 16);
    let mut col = 0;
    for w in para.split_whitespace() {
        let n = w.chars().count();
        if col > 0 && col + 1 + n > 72 {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(w);
        col += n;
    }
    out
}

fn main() {
    divan::main();
}

/// The bench input of a shape: "wrapped" at 72 columns, else one paragraph per line.
fn input(shape: &str) -> &'static str {
    if shape == "wrapped" {
        &WRAPPED
    } else {
        &ONE_PER_LINE
    }
}

/// Counts every token of every sentence (the full segmentation workload).
fn count_tokens(text: &str, seg: &Segmentation) -> usize {
    seg.sentences.iter().map(|&s| tokens(text, s).count()).sum()
}

/// `segment()` plus iterating all tokens of every sentence: the ≥ 200 MB/s bar.
#[divan::bench(args = ["one-per-line", "wrapped"])]
fn segment_and_tokens(bencher: Bencher, shape: &str) {
    let text = input(shape);
    bencher.counter(BytesCount::of_str(text)).bench(|| {
        let seg = segment(black_box(text));
        count_tokens(text, &seg)
    });
}

/// `segment()` alone (paragraphs and sentences).
#[divan::bench(args = ["one-per-line", "wrapped"])]
fn segment_only(bencher: Bencher, shape: &str) {
    let text = input(shape);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| segment(black_box(text)));
}

/// Paragraphs alone.
#[divan::bench(args = ["one-per-line", "wrapped"])]
fn paragraphs_only(bencher: Bencher, shape: &str) {
    let text = input(shape);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| paragraphs(black_box(text)));
}

/// Sentences of every paragraph, paragraphs precomputed.
#[divan::bench]
fn sentences_only(bencher: Bencher) {
    let text: &str = &ONE_PER_LINE;
    let paras = paragraphs(text);
    bencher.counter(BytesCount::of_str(text)).bench(|| {
        paras
            .iter()
            .map(|&p| sentences(black_box(text), p).len())
            .sum::<usize>()
    });
}

/// Tokens of the whole text as one span.
#[divan::bench]
fn tokens_only(bencher: Bencher) {
    let text: &str = &ONE_PER_LINE;
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| tokens(black_box(text), Span::new(0, text.len())).count());
}
