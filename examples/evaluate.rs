//! Accuracy of the parser on a JSON Lines file of labelled cases, per field.
//!
//! ```text
//! cargo run --release --example evaluate -- ../shared/corpus/reuters-dev.jsonl [--misses FILE] [--min FIELD=PCT ...]
//! ```
//!
//! Each line is an object with the article in `text` and the expected fields in
//! `expect` (`headline`, `byline`, `place`, `date_raw` (or `date`), `date_iso`,
//! `source`, `dateline_raw`; null where absent, left out where not labelled).
//! The reference date for years a dateline leaves out is the first of a
//! top-level `reference_date`, `expect.reference_date`, `expect.doc_date` and
//! `meta.doc_date` that reads as a date: `26-FEB-1987 15:01:01.79`, ISO
//! `1987-02-26`, `19920922T000000`, RFC 3339 `2023-07-13T09:30:00Z`, RFC 2822
//! `Thu, 13 Jul 2023 09:30:00 +0000`, or Unix seconds. `meta.clean` (or a
//! top-level `clean`) false marks cases the corpus itself calls irregular.
//!
//! It prints accuracy per field over all cases and over clean ones (and per
//! `corpus` when the file mixes several), and writes every miss to the misses
//! file (default `target/evaluate-misses.jsonl`). With `--min FIELD=PCT` it
//! exits 1 when a field's accuracy on clean cases, as printed (two decimals),
//! falls below `PCT`, or when no clean case labels the field. A file
//! name of `-` reads standard input.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate};
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

/// Reads a reference date from a JSON string in any of the forms the module
/// docs list, or from a number of Unix seconds.
fn reference_date(value: Option<&Value>) -> Option<NaiveDate> {
    match value? {
        Value::String(s) => date_from_text(s),
        Value::Number(n) => n
            .as_i64()
            .and_then(|secs| DateTime::from_timestamp(secs, 0))
            .map(|d| d.date_naive()),
        _ => None,
    }
}

/// A calendar date from a story's date as corpora write it.
fn date_from_text(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.date_naive());
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d.date_naive());
    }
    let first = s.split_whitespace().next()?;
    ["%d-%b-%Y", "%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%d %B %Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(first, f).ok())
        .or_else(|| NaiveDate::parse_from_str(s, "%d %B %Y").ok())
        .or_else(|| NaiveDate::parse_from_str(s, "%B %d, %Y").ok())
        // ISO date and time without an offset: `2023-07-13T09:30:00`, or
        // in the basic format: `19920922T000000`
        .or_else(|| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok())
        .or_else(|| {
            s.get(8..)
                .filter(|t| t.starts_with('T'))
                .and_then(|_| NaiveDate::parse_from_str(s.get(..8)?, "%Y%m%d").ok())
        })
}

/// The case's reference date, from the first field that holds one.
fn case_reference(case: &Value) -> Option<NaiveDate> {
    [
        "/reference_date",
        "/expect/reference_date",
        "/expect/doc_date",
        "/meta/doc_date",
    ]
    .iter()
    .find_map(|p| reference_date(case.pointer(p)))
}

/// The expected value of `field`: a string, `None` for null, or the JSON text
/// of any other value (so a label of an unexpected type is a miss, not a pass).
fn expected(expect: &Value, field: &str) -> Option<Option<String>> {
    let want = expect
        .get(field)
        .or_else(|| (field == "date_raw").then(|| expect.get("date")).flatten())?;
    Some(match want {
        Value::Null => None,
        Value::String(s) if field == "headline" || field == "byline" => Some(squash(s)),
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    })
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

impl Score {
    fn add(&mut self, ok: bool, clean: bool) {
        self.total += 1;
        self.hit += usize::from(ok);
        if clean {
            self.clean_total += 1;
            self.clean_hit += usize::from(ok);
        }
    }
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

/// The command line.
struct Args {
    input: String,
    misses: String,
    mins: Vec<(String, f64)>,
}

const USAGE: &str = "usage: evaluate FILE.jsonl|- [--misses FILE] [--min FIELD=PCT ...]";

/// Reads the command line; `Err` holds the message to print.
fn args() -> Result<Option<Args>, String> {
    let mut it = std::env::args().skip(1);
    let mut input = None;
    let mut misses = String::from("target/evaluate-misses.jsonl");
    let mut mins = Vec::new();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--misses" => misses = it.next().ok_or("--misses needs a file name")?,
            "--min" => {
                let spec = it.next().ok_or("--min needs FIELD=PCT")?;
                let (field, p) = spec
                    .split_once('=')
                    .ok_or_else(|| format!("--min {spec}: expected FIELD=PCT"))?;
                if !FIELDS.contains(&field) {
                    return Err(format!(
                        "--min {spec}: unknown field {field:?} (one of {})",
                        FIELDS.join(", ")
                    ));
                }
                let p: f64 = p
                    .trim_end_matches('%')
                    .parse()
                    .map_err(|_| format!("--min {spec}: {p:?} is not a percentage"))?;
                mins.push((field.to_owned(), p));
            }
            "-h" | "--help" => return Ok(None),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ if input.is_some() => return Err(format!("one input file only, got {arg:?} too")),
            _ => input = Some(arg),
        }
    }
    let input = input.ok_or("expected a JSON Lines file of cases")?;
    Ok(Some(Args {
        input,
        misses,
        mins,
    }))
}

fn print_table(title: &str, scores: &BTreeMap<&str, Score>) {
    println!(
        "{:<14} {:>9} {:>14} {:>9} {:>14}",
        title, "all %", "all", "clean %", "clean"
    );
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
    }
}

#[allow(clippy::too_many_lines)]
fn main() -> ExitCode {
    let args = match args() {
        Ok(Some(a)) => a,
        Ok(None) => {
            eprintln!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("evaluate: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let reader: Box<dyn BufRead> = if args.input == "-" {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        match File::open(&args.input) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                eprintln!("evaluate: cannot open {}: {e}", args.input);
                return ExitCode::from(2);
            }
        }
    };
    if let Some(dir) = std::path::Path::new(&args.misses).parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let mut misses = match File::create(&args.misses) {
        Ok(f) => BufWriter::new(f),
        Err(e) => {
            eprintln!("evaluate: cannot write {}: {e}", args.misses);
            return ExitCode::from(2);
        }
    };
    let mut scores: BTreeMap<&str, Score> = BTreeMap::new();
    let mut by_corpus: BTreeMap<String, BTreeMap<&str, Score>> = BTreeMap::new();
    let (mut cases, mut clean_cases, mut bad_lines, mut no_reference) = (0, 0, 0, 0);
    for line in reader.lines() {
        let Ok(line) = line else {
            bad_lines += 1;
            continue;
        };
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        let Ok(case) = serde_json::from_str::<Value>(line) else {
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
            .or_else(|| case.get("clean"))
            .and_then(Value::as_bool)
            .unwrap_or(true);
        let corpus = case
            .get("corpus")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        let mut parser = dateline::Parser::new();
        match case_reference(&case) {
            Some(date) => parser = parser.reference_date(date),
            None => no_reference += 1,
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
            let Some(want) = expected(&expect, field) else {
                continue;
            };
            let have = got.get(field).cloned().flatten();
            let ok = want == have;
            scores.entry(field).or_default().add(ok, clean);
            by_corpus
                .entry(corpus.clone())
                .or_default()
                .entry(field)
                .or_default()
                .add(ok, clean);
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
    println!(
        "{}: {cases} cases ({clean_cases} clean), {bad_lines} unreadable lines, {no_reference} without a reference date",
        args.input
    );
    print_table("field", &scores);
    if by_corpus.len() > 1 {
        for (corpus, scores) in &by_corpus {
            println!();
            print_table(
                if corpus.is_empty() {
                    "(no corpus)"
                } else {
                    corpus
                },
                scores,
            );
        }
    }
    let mut failed = false;
    for (field, min) in &args.mins {
        let s = scores.get(field.as_str());
        // compared as printed, to two decimals: 4497/4498 passes `--min place=99.98`
        let clean = s.map_or(0.0, |s| {
            (pct(s.clean_hit, s.clean_total) * 100.0).round() / 100.0
        });
        if s.is_none_or(|s| s.clean_total == 0) {
            eprintln!("evaluate: no clean case labels {field}");
            failed = true;
        } else if clean < *min {
            eprintln!("evaluate: {field} on clean cases is {clean:.2}%, below {min}%");
            failed = true;
        }
    }
    println!("misses written to {}", args.misses);
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
