//! Accuracy of the parser on a JSON Lines file of labelled cases, per field.
//!
//! ```text
//! cargo run --release --example evaluate -- ../shared/corpus/reuters-dev.jsonl [--misses FILE] [--min FIELD=PCT ...]
//! ```
//!
//! Each line is an object with the article in `text` and the expected fields in
//! `expect` (`headline`, `byline`, `place`, `date_raw`, `date_iso`, `source`,
//! `dateline_raw`; null where absent), an optional story date in
//! `expect.doc_date` (`26-FEB-1987 15:01:01.79`, or ISO `1987-02-26`) used as
//! the reference date, and `meta.clean` (false for cases the corpus itself marks
//! irregular). It prints accuracy per field over all cases and over clean ones,
//! and writes every miss to the misses file (default
//! `target/evaluate-misses.jsonl`). With `--min FIELD=PCT` it exits 1 when a
//! field's accuracy on clean cases falls below `PCT`.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use serde_json::{Value, json};

/// The fields scored, in report order.
const FIELDS: &[&str] = &[
    "headline",
    "byline",
    "place",
    "date_raw",
    "date_iso",
    "source",
    "dateline_raw",
];

/// Reads a reference date from `26-FEB-1987 15:01:01.79`, `1987-02-26`, or RFC 3339.
fn reference_date(value: Option<&Value>) -> Option<NaiveDate> {
    let s = value?.as_str()?.trim();
    let day = s.split_whitespace().next()?;
    NaiveDate::parse_from_str(day, "%d-%b-%Y")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok())
}

/// Collapses runs of blank space, so wrapped headlines compare equal.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the parser found for each field.
fn found(article: &dateline::Article<'_>) -> BTreeMap<&'static str, Option<String>> {
    let d = article.dateline();
    let mut out = BTreeMap::new();
    out.insert("headline", article.headline().map(|h| squash(h.as_str())));
    out.insert("byline", article.byline().map(|b| squash(b.as_str())));
    out.insert(
        "place",
        d.and_then(|d| d.place()).map(|p| p.as_str().to_owned()),
    );
    out.insert(
        "date_raw",
        d.and_then(|d| d.date()).map(|x| x.as_str().to_owned()),
    );
    out.insert(
        "date_iso",
        d.and_then(|d| d.date())
            .and_then(|x| x.to_naive_date())
            .map(|x| x.to_string()),
    );
    out.insert(
        "source",
        d.and_then(|d| d.source()).map(|s| s.as_str().to_owned()),
    );
    out.insert("dateline_raw", d.map(|d| d.as_str().to_owned()));
    out
}

/// Hits and totals for one field.
#[derive(Default)]
struct Score {
    hit: usize,
    total: usize,
    clean_hit: usize,
    clean_total: usize,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        #[allow(clippy::cast_precision_loss)]
        let r = a as f64 * 100.0 / b as f64;
        r
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut input = None;
    let mut misses_path = String::from("target/evaluate-misses.jsonl");
    let mut mins: Vec<(String, f64)> = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--misses" => misses_path = args.next().unwrap_or(misses_path),
            "--min" => {
                if let Some((f, p)) = args.next().as_deref().and_then(|s| s.split_once('=')) {
                    mins.push((f.to_owned(), p.parse().unwrap_or(100.0)));
                }
            }
            "-h" | "--help" => {
                eprintln!("usage: evaluate FILE.jsonl [--misses FILE] [--min FIELD=PCT ...]");
                return ExitCode::SUCCESS;
            }
            _ => input = Some(arg),
        }
    }
    let Some(input) = input else {
        eprintln!("evaluate: expected a JSON Lines file of cases; see --help");
        return ExitCode::from(2);
    };
    let file = match File::open(&input) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("evaluate: cannot open {input}: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(dir) = std::path::Path::new(&misses_path).parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let mut misses = match File::create(&misses_path) {
        Ok(f) => BufWriter::new(f),
        Err(e) => {
            eprintln!("evaluate: cannot write {misses_path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut scores: BTreeMap<&str, Score> = BTreeMap::new();
    let (mut cases, mut clean_cases, mut bad_lines) = (0, 0, 0);
    for line in BufReader::new(file).lines() {
        let Ok(line) = line else {
            bad_lines += 1;
            continue;
        };
        let Ok(case) = serde_json::from_str::<Value>(&line) else {
            bad_lines += 1;
            continue;
        };
        let Some(text) = case.get("text").and_then(Value::as_str) else {
            bad_lines += 1;
            continue;
        };
        let expect = case.get("expect").cloned().unwrap_or(Value::Null);
        let clean = case
            .pointer("/meta/clean")
            .and_then(Value::as_bool)
            .unwrap_or(true);
        let mut parser = dateline::Parser::new();
        if let Some(date) = reference_date(expect.get("doc_date"))
            .or_else(|| reference_date(case.get("reference_date")))
        {
            parser = parser.reference_date(date);
        }
        let article = match parser.parse(text) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("evaluate: {e}");
                continue;
            }
        };
        let got = found(&article);
        cases += 1;
        clean_cases += usize::from(clean);
        let mut wrong = serde_json::Map::new();
        for field in FIELDS {
            let Some(want) = expect.get(*field) else {
                continue;
            };
            let want = want.as_str().map(|s| {
                if *field == "headline" || *field == "byline" {
                    squash(s)
                } else {
                    s.to_owned()
                }
            });
            let have = got.get(field).cloned().flatten();
            let ok = want == have;
            let s = scores.entry(field).or_default();
            s.total += 1;
            s.hit += usize::from(ok);
            if clean {
                s.clean_total += 1;
                s.clean_hit += usize::from(ok);
            }
            if !ok {
                wrong.insert(
                    (*field).to_owned(),
                    json!({"expected": want, "found": have}),
                );
            }
        }
        if !wrong.is_empty() {
            let id = case.get("id").cloned().unwrap_or(Value::Null);
            let head: String = text.chars().take(240).collect();
            let row = json!({"id": id, "clean": clean, "misses": wrong, "text": head});
            let _ = writeln!(misses, "{row}");
        }
    }
    let _ = misses.flush();
    println!("{input}: {cases} cases ({clean_cases} clean), {bad_lines} unreadable lines");
    println!(
        "{:<14} {:>9} {:>14} {:>9} {:>14}",
        "field", "all %", "all", "clean %", "clean"
    );
    let mut failed = false;
    for field in FIELDS {
        let Some(s) = scores.get(field) else { continue };
        println!(
            "{:<14} {:>9.2} {:>14} {:>9.2} {:>14}",
            field,
            pct(s.hit, s.total),
            format!("{}/{}", s.hit, s.total),
            pct(s.clean_hit, s.clean_total),
            format!("{}/{}", s.clean_hit, s.clean_total)
        );
        for (f, min) in &mins {
            if f == field && pct(s.clean_hit, s.clean_total) < *min {
                eprintln!("evaluate: {field} on clean cases is below {min}%");
                failed = true;
            }
        }
    }
    println!("misses written to {misses_path}");
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
