//! Whole-article parse throughput, in MB/s, on articles we wrote in several layouts.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const SAMPLE: &str = include_str!("../examples/sample.txt");

fn parse_sample(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    group.bench_function("sample", |b| b.iter(|| dateline::parse(black_box(SAMPLE))));
    group.finish();
}

criterion_group!(benches, parse_sample);
criterion_main!(benches);
