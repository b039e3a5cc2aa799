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

criterion_group!(benches, parse);
criterion_main!(benches);
