//! Parse throughput, with two baselines over the same input in the same run.
//!
//! `cargo bench --bench parse`
//!
//! - `parse/bulletin/long`: full parse of the long fixture bulletin;
//! - `parse/figures/long`: the figures layer only;
//! - `parse/corpus`: full parse of a generated 4 MB corpus, document by document;
//! - `baseline/memchr`: one memchr pass counting full stops;
//! - `baseline/regex`: a `regex` scan for numbers (`[0-9][0-9,.]*`).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use police_bulletin::Bulletin;

#[path = "support/generator.rs"]
#[allow(dead_code)]
mod generator;

const LONG: &str = include_str!("../tests/fixtures/city_summer_campaign.txt");

fn corpus() -> Vec<String> {
    let mut rng = generator::Rng::new(42);
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < 4 << 20 {
        let d = generator::bulletin(&mut rng);
        bytes += d.len();
        docs.push(d);
    }
    docs
}

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(LONG.len() as u64));
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
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("corpus", |b| {
        b.iter(|| {
            let mut figures = 0;
            for d in &docs {
                figures += Bulletin::parse(black_box(d)).unwrap().figures.len();
            }
            assert!(figures > docs.len());
            figures
        })
    });
    group.finish();

    let mut baseline = c.benchmark_group("baseline");
    baseline.throughput(Throughput::Bytes(bytes as u64));
    baseline.sample_size(10);
    baseline.bench_function("memchr", |b| {
        b.iter(|| {
            let stops: usize = docs
                .iter()
                .map(|d| memchr::memchr_iter(b'.', black_box(d.as_bytes())).count())
                .sum();
            assert!(stops > docs.len());
            stops
        })
    });
    let number = regex::Regex::new(r"[0-9][0-9,.]*").unwrap();
    baseline.bench_function("regex", |b| {
        b.iter(|| {
            let numbers: usize = docs
                .iter()
                .map(|d| number.find_iter(black_box(d)).count())
                .sum();
            assert!(numbers > docs.len());
            numbers
        })
    });
    baseline.finish();
}

/// Hostile inputs at two sizes: the time ratio of the larger to the smaller
/// shows whether cost grows linearly (target: at most 2.2x for 2x input).
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
    type Make = fn(usize) -> String;
    let inputs: [(&str, Make, usize); 3] = [
        ("no_full_stop", no_full_stop, 1 << 20),
        ("digits_and_commas", digits_and_commas, 1 << 20),
        ("more_than", more_than, 1 << 19),
    ];
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    for (name, make, size) in inputs {
        for scale in [1, 2] {
            let text = make(size * scale);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(format!("{name}/{}KiB", text.len() >> 10), |b| {
                b.iter(|| Bulletin::parse(black_box(&text)).unwrap().figures.len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, parse, hostile);
criterion_main!(benches);
