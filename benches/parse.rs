//! Parse throughput on articles we wrote, next to two reference points.
//!
//! Groups (run all with `cargo bench --bench parse`, one with
//! `cargo bench --bench parse -- bytes/`):
//!
//! - `bytes/<way>/<layout>`: one article of each layout (12 body paragraphs)
//!   in MB/s, three ways: `dateline` (this crate's full parse), `floor`
//!   (counting lines with `memchr`, the least any parser must do: read the
//!   text once) and `regex` (the way it is done today: one dateline pattern
//!   plus a blank-line paragraph split, see [`RegexWay`]).
//! - `articles/<way>/<layout>`: 64 articles of varied length, as articles/s.
//! - `datelines/<way>`: [`dateline::parse_dateline`] alone on dateline lines,
//!   as datelines/s, next to the regex dateline pattern alone.
//! - `corpus/<way>`: a corpus of tens of MB of separate articles, one by one
//!   (see [`parse_corpus`]); and the same articles joined by form feeds into
//!   one stream through `parse_many`, on one thread (`corpus/parse_many`) and
//!   on two (`corpus/parse_many_2_threads`).
//!
//! After the run a summary table is printed from criterion's own estimates
//! (`$CARGO_TARGET_DIR/criterion/**/new/estimates.json`): MB/s per layout and
//! our speed as a ratio to the floor (target: at least 0.25) and to the regex
//! way (target: at least 3). A ratio to the floor of 0.25 means a full parse
//! costs four reads of the text; a ratio to regex of 3 means three times as
//! fast as the regex way. Run with a filter and the summary shows what it has
//! (rows not measured in this run may show an earlier run's figures).

mod articles;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use articles::Layout;
use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use regex::Regex;

/// The size of the large-input corpus, in bytes.
const CORPUS_BYTES: usize = 24 << 20;
/// Body paragraphs of the article measured in MB/s.
const PARAGRAPHS: usize = 12;
/// Articles per iteration of the articles/s group.
const BATCH: usize = 64;

/// Dateline lines, with a little body after each, for the datelines/s group.
const DATELINES: &[&str] = &[
    "LONDON, March 11 - Talks between tin producers ended.",
    "    NEW YORK, Feb 26 - Stocks rose in early trading.",
    "SAN DIEGO, Calif. (AP) — Strong winds closed two bridges.",
    "DENVER (AP) — Snow fell overnight.",
    "AUSTIN, Texas, Nov. 28, 2026 /PRNewswire/ -- Acme Harbour Systems today opened a yard.",
    "Halifax N.S., 4 March 2025 (NSW): Councillors in three towns voted.",
    "BEIJING, Jan. 5 (Xinhua) -- Officials said the plan was ready.",
    "PARIS (AFP) - The strike ended.",
    "TOKYO, April 2 (Reuters) - The yen fell.",
    "WASHINGTON — The Senate voted on Tuesday.",
    "Springfield Ill., 2 May 2024 (RNS): The county board approved a plan.",
    "ROME, Dec 30 - Snow closed the airport.",
];

/// The regex way: what a script does today to get the same fields.
///
/// One pattern finds the dateline (place, date, agency or wire tag,
/// separator) at the start of one of the first paragraphs; one pattern splits
/// the text into paragraphs at blank lines (and at indented line starts, for
/// wire copy). The fields it gives are the ones [`dateline::parse`] gives
/// without headline, byline, section or trailer roles, so the comparison
/// flatters the regex way.
pub struct RegexWay {
    dateline: Regex,
    paragraphs: Regex,
}

/// The fields the regex way extracts.
#[derive(Debug, Default)]
pub struct RegexFields<'a> {
    /// The place, as written.
    pub place: Option<&'a str>,
    /// The date, as written.
    pub date: Option<&'a str>,
    /// The agency in parentheses or the wire tag between slashes.
    pub agency: Option<&'a str>,
    /// The separator after the dateline.
    pub separator: Option<&'a str>,
    /// The paragraphs, trimmed.
    pub paragraphs: Vec<&'a str>,
}

impl RegexWay {
    /// Compiles the two patterns.
    ///
    /// # Panics
    ///
    /// Never: the patterns are constants that compile.
    #[must_use]
    pub fn new() -> Self {
        let dateline = Regex::new(concat!(
            r"^(?P<place>\p{Lu}[\p{L}.'’ -]*?(?:,\s*\p{Lu}[\p{L}.'’ ]*?){0,2})",
            r",?\s*(?P<date>\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}",
            r"|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?",
            r"\s*(?:\((?P<agency>[^)\n]{1,30})\)|/(?P<wire>[^/\n]{1,30})/)?",
            r"\s*(?P<sep>--|—|–|-|:)\s"
        ))
        .expect("dateline pattern compiles");
        let paragraphs = Regex::new(r"\n\s*\n|\n[ \t]{2,}").expect("paragraph pattern compiles");
        RegexWay {
            dateline,
            paragraphs,
        }
    }

    /// The dateline fields of one line.
    pub fn dateline<'a>(&self, line: &'a str, out: &mut RegexFields<'a>) -> bool {
        let Some(c) = self.dateline.captures(line.trim_start()) else {
            return false;
        };
        out.place = c.name("place").map(|m| m.as_str());
        out.date = c.name("date").map(|m| m.as_str());
        out.agency = c
            .name("agency")
            .or_else(|| c.name("wire"))
            .map(|m| m.as_str());
        out.separator = c.name("sep").map(|m| m.as_str());
        true
    }

    /// Every field of one article.
    pub fn parse<'a>(&self, text: &'a str) -> RegexFields<'a> {
        let mut out = RegexFields {
            paragraphs: self
                .paragraphs
                .split(text)
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect(),
            ..RegexFields::default()
        };
        let firsts: Vec<&str> = out.paragraphs.iter().take(6).copied().collect();
        for p in firsts {
            if self.dateline(p, &mut out) {
                break;
            }
        }
        out
    }
}

impl Default for RegexWay {
    fn default() -> Self {
        RegexWay::new()
    }
}

/// The floor: reading the text once, counting its lines with `memchr`.
#[must_use]
pub fn floor(text: &str) -> usize {
    memchr::memchr_iter(b'\n', text.as_bytes()).count()
}

/// Parses a corpus of separate articles one by one; returns the paragraphs
/// found.
#[must_use]
pub fn parse_corpus(articles: &[String]) -> usize {
    articles
        .iter()
        .map(|a| black_box(dateline::parse(a)).paragraphs().count())
        .sum()
}

/// The three ways over one text: ours, the floor, the regex way.
fn three_ways(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    layout: &str,
    texts: &[String],
    regex: &RegexWay,
) {
    group.bench_with_input(BenchmarkId::new("dateline", layout), texts, |b, t| {
        b.iter(|| {
            t.iter()
                .map(|a| dateline::parse(black_box(a)).paragraphs().count())
                .sum::<usize>()
        });
    });
    group.bench_with_input(BenchmarkId::new("floor", layout), texts, |b, t| {
        b.iter(|| t.iter().map(|a| floor(black_box(a))).sum::<usize>());
    });
    group.bench_with_input(BenchmarkId::new("regex", layout), texts, |b, t| {
        b.iter(|| {
            t.iter()
                .map(|a| regex.parse(black_box(a)).paragraphs.len())
                .sum::<usize>()
        });
    });
}

/// Warns when the regex way and ours disagree on an article's place, so the
/// comparison stays a comparison of the same work.
fn check_fields(layout: Layout, text: &str, regex: &RegexWay) {
    let ours = dateline::parse(text);
    let place = ours.dateline().and_then(|d| d.place()).map(|p| p.as_str());
    let theirs = regex.parse(text);
    if place != theirs.place {
        eprintln!(
            "note: {}: place differs: ours {place:?}, regex {:?}",
            layout.name(),
            theirs.place
        );
    }
}

fn bench_layouts(c: &mut Criterion, regex: &RegexWay) {
    let mut group = c.benchmark_group("bytes");
    for layout in Layout::ALL {
        let text = vec![articles::article(layout, PARAGRAPHS, 1)];
        check_fields(layout, &text[0], regex);
        group.throughput(Throughput::Bytes(text[0].len() as u64));
        three_ways(&mut group, layout.name(), &text, regex);
    }
    group.finish();

    let mut group = c.benchmark_group("articles");
    group.throughput(Throughput::Elements(BATCH as u64));
    for layout in Layout::ALL {
        let texts: Vec<String> = (0..BATCH)
            .map(|i| articles::article(layout, 3 + i % 13, i as u64))
            .collect();
        three_ways(&mut group, layout.name(), &texts, regex);
    }
    group.finish();
}

fn bench_datelines(c: &mut Criterion, regex: &RegexWay) {
    let mut group = c.benchmark_group("datelines");
    group.throughput(Throughput::Elements(DATELINES.len() as u64));
    group.bench_function("dateline", |b| {
        b.iter(|| {
            DATELINES
                .iter()
                .filter(|l| dateline::parse_dateline(black_box(l)).is_some())
                .count()
        });
    });
    group.bench_function("regex", |b| {
        b.iter(|| {
            let mut out = RegexFields::default();
            DATELINES
                .iter()
                .filter(|l| regex.dateline(black_box(l), &mut out))
                .count()
        });
    });
    group.finish();
}

fn bench_corpus(c: &mut Criterion, regex: &RegexWay) {
    let corpus = articles::corpus(CORPUS_BYTES);
    let bytes: usize = corpus.iter().map(String::len).sum();
    let joined = corpus.join("\n");
    let mut group = c.benchmark_group("corpus");
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    group.measurement_time(Duration::from_secs(4));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("dateline", |b| b.iter(|| parse_corpus(black_box(&corpus))));
    group.bench_function("floor", |b| b.iter(|| floor(black_box(&joined))));
    let stream = corpus.join("\n\x0c\n");
    for (name, threads) in [("parse_many", 1), ("parse_many_2_threads", 2)] {
        let parser = dateline::Parser::new().threads(threads);
        let found = parser.parse_many(&stream).count();
        if found != corpus.len() {
            println!(
                "warning: {name} split {found} articles, not {}",
                corpus.len()
            );
        }
        group.bench_function(name, |b| {
            b.iter(|| {
                parser
                    .parse_many(black_box(&stream))
                    .map(|a| a.paragraphs().count())
                    .sum::<usize>()
            });
        });
    }
    group.bench_function("regex", |b| {
        b.iter(|| {
            corpus
                .iter()
                .map(|a| regex.parse(black_box(a)).paragraphs.len())
                .sum::<usize>()
        });
    });
    group.finish();
}

/// The mean time of one benchmark from criterion's estimates, in seconds.
fn mean_secs(dir: &std::path::Path, id: &str) -> Option<f64> {
    let path = dir.join(id).join("new").join("estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json.get("mean")?
        .get("point_estimate")?
        .as_f64()
        .map(|ns| ns / 1e9)
}

/// Prints MB/s, articles/s and the ratios from criterion's estimates.
fn summary() {
    let dir = std::env::var_os("CRITERION_HOME")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("CARGO_TARGET_DIR").map(|d| PathBuf::from(d).join("criterion"))
        })
        .unwrap_or_else(|| PathBuf::from("target/criterion"));
    let fmt = |v: Option<f64>, digits: usize| {
        v.map_or_else(|| "-".to_string(), |v| format!("{v:.digits$}"))
    };
    println!("\nsummary (from {}):", dir.display());
    println!(
        "{:<16} {:>9} {:>9} {:>9} {:>11} {:>9} {:>9}",
        "layout", "MB/s", "floor", "regex", "articles/s", "/floor", "/regex"
    );
    let corpus = articles::corpus(CORPUS_BYTES);
    let mut rows: Vec<(String, usize, String)> = Layout::ALL
        .iter()
        .map(|l| {
            (
                l.name().to_string(),
                articles::article(*l, PARAGRAPHS, 1).len(),
                format!("bytes/{{}}/{}", l.name()),
            )
        })
        .collect();
    let corpus_bytes: usize = corpus.iter().map(String::len).sum();
    rows.push(("corpus".to_string(), corpus_bytes, "corpus/{}".to_string()));
    for (name, bytes, pattern) in rows {
        let id = |way: &str| pattern.replace("{}", way);
        let mbs = |way: &str| mean_secs(&dir, &id(way)).map(|s| bytes as f64 / s / 1e6);
        let (ours, fl, re) = (mbs("dateline"), mbs("floor"), mbs("regex"));
        let per_article = if name == "corpus" {
            mean_secs(&dir, "corpus/dateline").map(|s| corpus.len() as f64 / s)
        } else {
            mean_secs(&dir, &format!("articles/dateline/{name}")).map(|s| BATCH as f64 / s)
        };
        let ratio = |other: Option<f64>| ours.zip(other).map(|(a, b)| a / b);
        println!(
            "{name:<16} {:>9} {:>9} {:>9} {:>11} {:>9} {:>9}",
            fmt(ours, 1),
            fmt(fl, 0),
            fmt(re, 1),
            fmt(per_article, 0),
            fmt(ratio(fl), 3),
            fmt(ratio(re), 2),
        );
    }
    let n = DATELINES.len() as f64;
    let ours = mean_secs(&dir, "datelines/dateline").map(|s| n / s);
    let re = mean_secs(&dir, "datelines/regex").map(|s| n / s);
    println!(
        "datelines/s: dateline {}, regex {}, ratio {}",
        fmt(ours, 0),
        fmt(re, 0),
        fmt(ours.zip(re).map(|(a, b)| a / b), 2)
    );
    for way in ["parse_many", "parse_many_2_threads"] {
        let s = mean_secs(&dir, &format!("corpus/{way}"));
        println!(
            "corpus/{way}: {} MB/s, {} articles/s",
            fmt(s.map(|s| corpus_bytes as f64 / s / 1e6), 1),
            fmt(s.map(|s| corpus.len() as f64 / s), 0)
        );
    }
    println!("targets: /floor >= 0.25, /regex >= 3");
}

/// A run for a profiler instead of criterion: with `DATELINE_PROFILE` set
/// to `corpus`, `many` (the corpus as one stream through `parse_many`),
/// `regex` or `floor`, the bench binary works through a 4 MB
/// corpus that way a few times and exits, e.g.
/// `valgrind --tool=callgrind --toggle-collect='*profile_run*' target/release/deps/parse-*`.
#[inline(never)]
fn profile_run(way: &str, corpus: &[String]) -> usize {
    let regex = RegexWay::new();
    let stream = corpus.join("\n\x0c\n");
    (0..4)
        .map(|_| match way {
            "regex" => corpus.iter().map(|a| regex.parse(a).paragraphs.len()).sum(),
            "floor" => corpus.iter().map(|a| floor(a)).sum(),
            "many" => dateline::parse_many(&stream)
                .map(|a| a.paragraphs().count())
                .sum(),
            _ => parse_corpus(corpus),
        })
        .sum()
}

fn main() {
    if let Some(way) = std::env::var_os("DATELINE_PROFILE") {
        let corpus = articles::corpus(4 << 20);
        let way = way.to_string_lossy();
        println!("{way}: {}", profile_run(&way, &corpus));
        return;
    }
    let regex = RegexWay::new();
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20)
        .configure_from_args();
    bench_layouts(&mut c, &regex);
    bench_datelines(&mut c, &regex);
    bench_corpus(&mut c, &regex);
    c.final_summary();
    summary();
}
