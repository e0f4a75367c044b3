//! The pathological inputs of issue 6 at 1x and 10x size: time must grow
//! linearly, so the 10x row should take about ten times the 1x row.
//!
//! Run with `cargo bench --bench pathological`; the summary printed at the
//! end gives the 10x/1x time ratio of each input (linear: about 10; a ratio
//! near 100 means quadratic). Each input is also parsed once up front and its
//! time printed, so a hang shows before criterion starts sampling.

mod articles;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};

/// A run for a profiler: with `DATELINE_PROFILE=<input>:<scale>` (say
/// `by-lines-50k:10`) the bench binary parses that input once and exits, so
/// `valgrind --tool=callgrind --toggle-collect='*profile_run*'` counts the
/// instructions of one parse at each scale (cache-independent linearity).
#[inline(never)]
fn profile_run(name: &str, text: &str) -> usize {
    parse(name, text)
}

/// The work measured for input `name`: the paragraphs of one parse, or of
/// every article of [`articles::STREAM`] through `parse_many`.
fn parse(name: &str, text: &str) -> usize {
    if name == articles::STREAM {
        dateline::parse_many(text)
            .map(|a| a.paragraphs().count())
            .sum()
    } else {
        dateline::parse(text).paragraphs().count()
    }
}

fn main() {
    if let Some(what) = std::env::var_os("DATELINE_PROFILE") {
        let what = what.to_string_lossy();
        let (name, scale) = what.split_once(':').unwrap_or((&what, "1"));
        let scale = scale.parse().unwrap_or(1);
        for (n, text) in articles::pathological(scale) {
            if n == name {
                println!("{n} x{scale}: {}", profile_run(n, &text));
            }
        }
        return;
    }
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(10)
        .configure_from_args();
    let inputs: Vec<(usize, Vec<(&str, String)>)> = [1, 10]
        .into_iter()
        .map(|s| (s, articles::pathological(s)))
        .collect();
    let mut group = c.benchmark_group("pathological");
    group.sampling_mode(SamplingMode::Flat);
    for (scale, set) in &inputs {
        for (name, text) in set {
            let started = Instant::now();
            let n = parse(name, text);
            eprintln!(
                "{name} x{scale}: {} bytes, {n} paragraphs, first parse {:?}",
                text.len(),
                started.elapsed()
            );
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(*name, format!("x{scale}")),
                text,
                |b, t| {
                    b.iter(|| parse(name, black_box(t)));
                },
            );
        }
    }
    group.finish();
    c.final_summary();

    let dir = std::env::var_os("CRITERION_HOME")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("CARGO_TARGET_DIR").map(|d| PathBuf::from(d).join("criterion"))
        })
        .unwrap_or_else(|| PathBuf::from("target/criterion"));
    let mean = |name: &str, scale: usize| -> Option<f64> {
        let path = dir
            .join("pathological")
            .join(name)
            .join(format!("x{scale}"))
            .join("new")
            .join("estimates.json");
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
        json.get("mean")?.get("point_estimate")?.as_f64()
    };
    println!("\nsummary: time of 10x over 1x (linear: about 10)");
    println!("{:<22} {:>12} {:>12} {:>8}", "input", "1x", "10x", "ratio");
    for (name, _) in articles::pathological(1) {
        let (a, b) = (mean(name, 1), mean(name, 10));
        let ms =
            |v: Option<f64>| v.map_or_else(|| "-".to_string(), |ns| format!("{:.3} ms", ns / 1e6));
        let ratio = a
            .zip(b)
            .map_or_else(|| "-".to_string(), |(a, b)| format!("{:.1}", b / a));
        println!("{name:<22} {:>12} {:>12} {ratio:>8}", ms(a), ms(b));
    }
}
