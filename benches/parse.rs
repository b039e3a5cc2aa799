//! Parse throughput on real bulletins, with the pinned regex baseline over
//! the same input in the same run, and hostile inputs at two sizes.
//!
//! `cargo bench --bench parse`
//!
//! The corpus is `../shared/corpus/dev.jsonl` (beside the checkout) or the
//! JSONL file named by `BENCH_CORPUS`, when one exists: its texts, read at
//! run time and repeated until they hold at least 50 MB. Otherwise it is the
//! seeded generated corpus of `benches/support/generator.rs`, to the same
//! size. The bench prints which one it used. Real texts are never copied
//! into the repository.
//!
//! Throughput is in MB/s, 10^6 bytes per second (`Throughput::BytesDecimal`).
//!
//! - `corpus/library`: full parse, document by document, one thread;
//! - `corpus/figures`: the figures layer alone, same documents;
//! - `corpus/tokens`: the one tokenizer pass every stage reads;
//! - `corpus/regex`: the pinned baseline, `\d[\d,]*(?:\.\d+)?` with the regex
//!   crate's default (Unicode) `\d`, counting matches per document;
//! - `corpus/memchr`: one memchr pass counting full stops (a floor);
//! - `fixture/*`: the long fixture bulletin, full parse and figures alone;
//! - `hostile/*`: each hostile recipe at two sizes; the time ratio of the
//!   larger to the smaller shows whether cost grows linearly.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use police_bulletin::Bulletin;

#[path = "support/generator.rs"]
#[allow(dead_code)]
mod generator;

#[path = "support/hostile.rs"]
mod hostile;

const LONG: &str = include_str!("../tests/fixtures/city_summer_campaign.txt");

/// At least this many bytes of text in the corpus benches.
const CORPUS_BYTES: usize = 50_000_000;

/// The dev corpus, beside the checkout.
const DEV_CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev.jsonl");

/// The texts of a JSONL corpus (`{"text": ...}` per line), if it can be read.
fn jsonl_texts(path: &str) -> Option<Vec<String>> {
    let data = std::fs::read_to_string(path).ok()?;
    let texts: Vec<String> = data
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
        .collect();
    (!texts.is_empty()).then_some(texts)
}

/// The bench corpus and a line saying what it is.
fn corpus() -> (Vec<String>, String) {
    let path = std::env::var("BENCH_CORPUS").unwrap_or_else(|_| DEV_CORPUS.to_owned());
    let (base, origin) = match jsonl_texts(&path) {
        Some(texts) => (texts, format!("real bulletins from {path}")),
        None => {
            let mut rng = generator::Rng::new(42);
            let texts = (0..1000).map(|_| generator::bulletin(&mut rng)).collect();
            (
                texts,
                format!("generated bulletins ({path} not found or empty)"),
            )
        }
    };
    let unique: usize = base.iter().map(String::len).sum();
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < CORPUS_BYTES {
        for d in &base {
            bytes += d.len();
            docs.push(d.clone());
        }
    }
    let line = format!(
        "bench corpus: {origin}: {} documents, {unique} bytes, repeated to {} documents, {bytes} bytes",
        base.len(),
        docs.len()
    );
    (docs, line)
}

fn corpus_benches(c: &mut Criterion) {
    let (docs, origin) = corpus();
    println!("{origin}");
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::BytesDecimal(bytes as u64));
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.bench_function("library", |b| {
        b.iter(|| {
            let mut figures = 0;
            for d in &docs {
                figures += Bulletin::parse(black_box(d)).unwrap().figures.len();
            }
            assert!(figures > docs.len());
            figures
        })
    });
    group.bench_function("figures", |b| {
        b.iter(|| {
            let figures: usize = docs
                .iter()
                .map(|d| police_bulletin::_benchable::figures(black_box(d)))
                .sum();
            assert!(figures > docs.len());
            figures
        })
    });
    group.bench_function("tokens", |b| {
        b.iter(|| {
            let tokens: usize = docs
                .iter()
                .map(|d| police_bulletin::_benchable::tokens(black_box(d)))
                .sum();
            assert!(tokens > docs.len());
            tokens
        })
    });
    let number = regex::Regex::new(r"\d[\d,]*(?:\.\d+)?").unwrap();
    group.bench_function("regex", |b| {
        b.iter(|| {
            let numbers: usize = docs
                .iter()
                .map(|d| number.find_iter(black_box(d)).count())
                .sum();
            assert!(numbers > docs.len());
            numbers
        })
    });
    group.bench_function("memchr", |b| {
        b.iter(|| {
            let stops: usize = docs
                .iter()
                .map(|d| memchr::memchr_iter(b'.', black_box(d.as_bytes())).count())
                .sum();
            assert!(stops > docs.len());
            stops
        })
    });
    group.finish();
}

fn fixture(c: &mut Criterion) {
    let mut group = c.benchmark_group("fixture");
    group.throughput(Throughput::BytesDecimal(LONG.len() as u64));
    group.bench_function("bulletin/long", |b| {
        b.iter(|| {
            let bulletin = Bulletin::parse(black_box(LONG)).unwrap();
            assert!(bulletin.figures.len() > 50 && !bulletin.tallies.is_empty());
            bulletin.figures.len()
        })
    });
    group.bench_function("figures/long", |b| {
        b.iter(|| {
            let figures = police_bulletin::_benchable::figures(black_box(LONG));
            assert!(figures > 50);
            figures
        })
    });
    group.finish();
}

/// Hostile inputs at two sizes: the time ratio of the larger to the smaller
/// shows whether cost grows linearly (`tests/linear.rs` asserts at most 2.5x
/// for the issue 14 recipes).
fn hostile(c: &mut Criterion) {
    let no_full_stop = |n: usize| {
        let words = [
            "police", "arrested", "12", "suspects", "and", "seized", "3,400", "drugs", "in", "the",
            "city",
        ];
        let mut rng = generator::Rng::new(9);
        let mut s = String::with_capacity(n + 16);
        while s.len() < n {
            s.push_str(words[rng.below(words.len())]);
            s.push(' ');
        }
        s
    };
    let digits_and_commas = |n: usize| {
        let mut rng = generator::Rng::new(5);
        (0..n)
            .map(|_| b"0123456789,"[rng.below(11)] as char)
            .collect::<String>()
    };
    let more_than = |n: usize| "more than ".repeat(n / 10);
    let mut inputs: Vec<(&str, hostile::Make, usize)> = vec![
        ("no_full_stop", no_full_stop, 1_000_000),
        ("digits_and_commas", digits_and_commas, 1_000_000),
        ("more_than", more_than, 500_000),
    ];
    inputs.extend(
        hostile::RECIPES
            .iter()
            .map(|&(n, make)| (n, make, 1_000_000)),
    );
    let mut group = c.benchmark_group("hostile");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    for (name, make, size) in inputs {
        for scale in [1, 2] {
            let text = make(size * scale);
            group.throughput(Throughput::BytesDecimal(text.len() as u64));
            group.bench_function(format!("{name}/{}KB", text.len() / 1000), |b| {
                b.iter(|| Bulletin::parse(black_box(&text)).unwrap().figures.len())
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1));
    targets = corpus_benches, fixture, hostile
}
criterion_main!(benches);
