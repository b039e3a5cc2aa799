//! Parse throughput over the long fixture bulletin.
//!
//! `cargo bench --bench parse`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use police_bulletin::Bulletin;

const LONG: &str = include_str!("../tests/fixtures/city_summer_campaign.txt");

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(LONG.len() as u64));
    group.bench_function("bulletin/long", |b| {
        b.iter(|| {
            let bulletin = Bulletin::parse(black_box(LONG)).unwrap();
            assert!(bulletin.figures.len() > 50);
            bulletin.figures.len()
        })
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
