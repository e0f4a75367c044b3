//! The `dateline` command-line tool: show an article's structure, print its
//! JSON, or run as a streaming JSON Lines filter in a corpus pipeline.
//!
//! ```text
//! cargo run --example dateline                          # the bundled sample, as a tree
//! cargo run --example dateline -- FILE...               # your files (or - for stdin), one article each
//! cargo run --example dateline -- --json FILE           # the article's JSON, pretty
//! cargo run --release --example dateline -- --jsonl corpus.jsonl > parsed.jsonl
//! cargo run --example dateline -- --help                # every option and the exit codes
//! ```
//!
//! `--jsonl` reads one JSON object a line (the text in `text`, an optional
//! reference date in `reference_date`) and writes one line for each, in order:
//! `{"id": ..., "article": {...}}`, or `{"id": ..., "error": {...}}` for a line it
//! cannot read. It reads line by line into reused buffers, so its memory stays
//! flat however long the input: it can run as a Hadoop Streaming mapper or
//! behind Spark's `pipe()`. `--jobs N` parses on N threads and still writes in
//! input order.
//!
//! Exit status: 0 when every article was parsed, 1 when some `--jsonl` lines
//! failed (each still has its output line), 2 for a usage error or a file that
//! cannot be read or written. A closed output pipe (`| head`) ends the run
//! quietly with 0.

use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use dateline::{Article, Parser};
use serde::Serialize;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// The sample article bundled with the crate, in the seed's layout with a headline.
const SAMPLE: &str = include_str!("sample.txt");

const HELP: &str = "\
dateline: parse plain-text news articles into headline, byline, dateline and body

Usage:
  dateline [OPTIONS]                  parse the bundled sample article
  dateline [OPTIONS] FILE...          parse each FILE as one article (- reads standard input)
                                      and print a tree, or with --json one JSON document each
  dateline --jsonl [OPTIONS] [FILE]   JSON Lines filter: one object in, one result out, per line

Output:
      --json                  print each article's JSON, pretty, instead of a tree
      --jsonl                 read JSON Lines from FILE or standard input; write one line per
                              input line, in order: {\"id\": ID, \"article\": {...}}, or
                              {\"id\": ID, \"error\": {\"kind\", \"message\", \"line\"}} for a line that
                              is not a JSON object or has no text (also reported on stderr)

Parsing:
      --reference-date DATE   the date the articles were filed, which gives a year to dates
                              written without one (YYYY-MM-DD; RFC 3339 and RFC 2822 too);
                              with --jsonl, the default for lines without their own

JSON Lines (--jsonl):
      --text-field NAME       the field holding the article's text [default: text]
      --date-field NAME       the field holding a line's reference date, as an ISO date,
                              RFC 3339 or RFC 2822 [default: reference_date]
      --id-field NAME         the field passed through as \"id\" (null when absent) [default: id]
      --jobs N                parse on N threads; output stays in input order [default: 1]
      --max-line-bytes N      longer lines are reported as errors, not read [default: 67108864]
      --no-progress           no progress line (shown on stderr when it is a terminal, the
                              input is a file and the output is not the terminal)

  -h, --help                  print this help

Exit status:
  0  every article was parsed (with --jsonl: every line gave an article)
  1  some --jsonl lines failed (each has an error line in the output and a message on stderr)
  2  usage error, or a file that cannot be read or written
";

/// Exit status when some input lines failed.
const EXIT_SOME_FAILED: u8 = 1;
/// Exit status for usage errors and unreadable or unwritable files.
const EXIT_USAGE_OR_IO: u8 = 2;

/// How the articles are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Tree,
    Json,
    Jsonl,
}

/// The command line, checked.
#[derive(Debug)]
struct Options {
    mode: Mode,
    inputs: Vec<String>,
    reference: Option<NaiveDate>,
    fields: Fields,
    jobs: usize,
    max_line: usize,
    progress: bool,
}

/// The names of the input fields `--jsonl` reads.
#[derive(Debug)]
struct Fields {
    text: String,
    date: String,
    id: String,
}

/// A usage error: what was wrong with the command line.
#[derive(Debug)]
struct Usage(String);

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads the command line; `Ok(None)` asks for the help text.
fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<Options>, Usage> {
    let mut o = Options {
        mode: Mode::Tree,
        inputs: Vec::new(),
        reference: None,
        fields: Fields {
            text: "text".into(),
            date: "reference_date".into(),
            id: "id".into(),
        },
        jobs: 1,
        max_line: 64 << 20,
        progress: true,
    };
    let mut jsonl_only: Vec<&'static str> = Vec::new();
    let mut args = args.into_iter();
    let mut options_done = false;
    while let Some(arg) = args.next() {
        if options_done || arg == "-" || !arg.starts_with('-') {
            o.inputs.push(arg);
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, Usage> {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| Usage(format!("expected {what} after {name}, found nothing")))
        };
        let flag = matches!(
            name.as_str(),
            "-h" | "--help" | "--json" | "--jsonl" | "--no-progress"
        );
        if flag && inline.is_some() {
            return Err(Usage(format!("{name} takes no value, found {arg:?}")));
        }
        match name.as_str() {
            "-h" | "--help" => return Ok(None),
            "--" => options_done = true,
            "--json" => o.mode = set_mode(o.mode, Mode::Json)?,
            "--jsonl" => o.mode = set_mode(o.mode, Mode::Jsonl)?,
            "--reference-date" => {
                let v = value("a date")?;
                o.reference = Some(reference_date(&v).ok_or_else(|| {
                    Usage(format!(
                        "expected a date such as 1987-02-26 after --reference-date, found {v:?}"
                    ))
                })?);
            }
            "--text-field" => {
                o.fields.text = value("a field name")?;
                jsonl_only.push("--text-field");
            }
            "--date-field" => {
                o.fields.date = value("a field name")?;
                jsonl_only.push("--date-field");
            }
            "--id-field" => {
                o.fields.id = value("a field name")?;
                jsonl_only.push("--id-field");
            }
            "--jobs" | "-j" => {
                let v = value("a number of threads")?;
                o.jobs = v
                    .parse()
                    .ok()
                    .filter(|n| (1..=256).contains(n))
                    .ok_or_else(|| {
                        Usage(format!(
                            "expected a number of threads from 1 to 256 after --jobs, found {v:?}"
                        ))
                    })?;
                jsonl_only.push("--jobs");
            }
            "--max-line-bytes" => {
                let v = value("a number of bytes")?;
                o.max_line = v.parse().ok().filter(|&n| n > 0).ok_or_else(|| {
                    Usage(format!(
                        "expected a number of bytes above 0 after --max-line-bytes, found {v:?}"
                    ))
                })?;
                jsonl_only.push("--max-line-bytes");
            }
            "--no-progress" => {
                o.progress = false;
                jsonl_only.push("--no-progress");
            }
            _ => return Err(Usage(format!("unknown option {name}"))),
        }
    }
    check_combination(&o, &jsonl_only)?;
    Ok(Some(o))
}

/// Checks the options that only make sense together.
fn check_combination(o: &Options, jsonl_only: &[&str]) -> Result<(), Usage> {
    if o.mode != Mode::Jsonl {
        if let Some(flag) = jsonl_only.first() {
            return Err(Usage(format!("{flag} only applies with --jsonl")));
        }
    } else if o.inputs.len() > 1 {
        return Err(Usage(format!(
            "--jsonl reads one input (a FILE, or - for standard input), found {}; \
             to read several, cat them into it",
            o.inputs.len()
        )));
    }
    Ok(())
}

/// Checks that `--json` and `--jsonl` are not both given.
fn set_mode(old: Mode, new: Mode) -> Result<Mode, Usage> {
    if old != Mode::Tree && old != new {
        return Err(Usage("--json and --jsonl cannot be used together".into()));
    }
    Ok(new)
}

/// Reads a reference date: `YYYY-MM-DD`, an ISO date-time, RFC 3339 or RFC 2822.
/// A date-time counts as the calendar date in its own offset.
fn reference_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .or_else(|| DateTime::parse_from_rfc3339(s).ok().map(|d| d.date_naive()))
        .or_else(|| DateTime::parse_from_rfc2822(s).ok().map(|d| d.date_naive()))
        .or_else(|| {
            ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"]
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
                .map(|d| d.date())
        })
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Some(o)) => o,
        Ok(None) => {
            // a closed stdout is not worth a panic
            let _ = io::stdout().write_all(HELP.as_bytes());
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("dateline: {e}\nTry 'dateline --help' for more.");
            return ExitCode::from(EXIT_USAGE_OR_IO);
        }
    };
    let result = match options.mode {
        Mode::Jsonl => run_jsonl(&options),
        Mode::Tree | Mode::Json => run_articles(&options),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dateline: {e}");
            ExitCode::from(EXIT_USAGE_OR_IO)
        }
    }
}

/// A parser with the command line's reference date.
fn parser_for(reference: Option<NaiveDate>) -> Parser {
    reference.map_or_else(Parser::new, |d| Parser::new().reference_date(d))
}

// ---------------------------------------------------------------------------
// One article a file: a tree or pretty JSON
// ---------------------------------------------------------------------------

/// Parses the bundled sample or each file, printing a tree or JSON.
fn run_articles(o: &Options) -> io::Result<u8> {
    let parser = parser_for(o.reference);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut status = 0;
    if o.inputs.is_empty() && !show(&mut out, o.mode, "sample.txt (bundled)", SAMPLE, &parser)? {
        status = EXIT_SOME_FAILED;
    }
    for name in &o.inputs {
        match read_article(name) {
            Ok(text) => {
                if !show(&mut out, o.mode, name, &text, &parser)? && status == 0 {
                    status = EXIT_SOME_FAILED;
                }
            }
            Err(e) => {
                out.flush()?;
                eprintln!("dateline: {e}");
                status = EXIT_USAGE_OR_IO;
            }
        }
    }
    out.flush()?;
    Ok(status)
}

/// Reads a whole file (or standard input for `-`) as UTF-8 text.
fn read_article(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if name == "-" {
        io::stdin().lock().read_to_end(&mut bytes)
    } else {
        File::open(name).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("cannot read {name}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "cannot read {name}: expected UTF-8 text, found an invalid byte at offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Parses one article and prints it in the chosen form; `false` if the parser
/// refused it (only a strict option can, and this tool sets none).
fn show(
    out: &mut impl Write,
    mode: Mode,
    name: &str,
    text: &str,
    parser: &Parser,
) -> io::Result<bool> {
    let article = match parser.parse(text) {
        Ok(article) => article,
        Err(e) => {
            out.flush()?;
            eprintln!("dateline: {name}: {e}\n{}", e.snippet(text));
            return Ok(false);
        }
    };
    if mode == Mode::Json {
        serde_json::to_writer_pretty(&mut *out, &article)?;
        writeln!(out)?;
    } else {
        print_tree(out, name, &article)?;
    }
    Ok(true)
}

/// Shortens `s` to `max` characters for display, on one line.
fn short(s: &str, max: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let cut: String = one_line.chars().take(max).collect();
        format!("{cut}…")
    }
}

/// Prints the article as a tree a person can read at a glance.
fn print_tree(out: &mut impl Write, name: &str, article: &Article<'_>) -> io::Result<()> {
    writeln!(out, "{name}")?;
    if let Some(h) = article.kicker() {
        writeln!(out, "├─ kicker    {:?}  {}", h.as_str(), h.span())?;
    }
    if let Some(h) = article.headline() {
        writeln!(out, "├─ headline  {:?}  {}", h.as_str(), h.span())?;
    }
    if let Some(h) = article.deck() {
        writeln!(out, "├─ deck      {:?}  {}", h.as_str(), h.span())?;
    }
    if let Some(b) = article.byline() {
        let authors: Vec<_> = b.authors().collect();
        writeln!(out, "├─ byline    {:?}  {}", b.as_str(), b.span())?;
        if let (Some(title), Some(span)) = (b.title(), b.title_span()) {
            writeln!(out, "│  ├─ title   {title:?}  {span}")?;
        }
        writeln!(
            out,
            "│  └─ authors {authors:?}  affiliation {:?}",
            b.affiliation()
        )?;
    }
    if let Some(d) = article.dateline() {
        writeln!(out, "├─ dateline  {:?}  {}", d.as_str(), d.span())?;
        if let Some(p) = d.place() {
            let inferred = if p.is_country_inferred() {
                " (from the tables)"
            } else {
                ""
            };
            writeln!(
                out,
                "│  ├─ place      {:?}  city {:?}  region {:?}  country {:?}{inferred}",
                p.as_str(),
                p.city(),
                p.region(),
                p.country()
            )?;
        }
        if let Some(x) = d.date() {
            let iso = x.to_naive_date().map_or_else(
                || "no calendar date (no year: try --reference-date)".to_owned(),
                |d| d.to_string(),
            );
            let inferred = if x.is_year_inferred() {
                " (year inferred)"
            } else {
                ""
            };
            writeln!(out, "│  ├─ date       {:?}  {iso}{inferred}", x.as_str())?;
        }
        if let Some(s) = d.source() {
            let names: Vec<_> = s
                .agencies()
                .map(|a| a.name().unwrap_or(a.as_str()))
                .collect();
            writeln!(out, "│  ├─ source     {:?}  {names:?}", s.as_str())?;
        }
        if let Some(s) = d.separator() {
            writeln!(out, "│  └─ separator  {:?}", s.as_str())?;
        }
    }
    for (i, section) in article.sections().iter().enumerate() {
        let title = section.heading().map_or("(lead)", |h| h.as_str());
        let n = section.paragraphs().len();
        let plural = if n == 1 { "" } else { "s" };
        writeln!(
            out,
            "├─ section {}  {title:?}  {n} paragraph{plural}",
            i + 1
        )?;
        for p in section.paragraphs() {
            writeln!(out, "│  ├─ {}  {}", short(p.as_str(), 72), p.span())?;
        }
    }
    for t in article.trailers() {
        writeln!(
            out,
            "├─ trailer   {:?}  {:?}",
            t.kind(),
            short(t.as_str(), 60)
        )?;
    }
    writeln!(out, "└─ {} bytes", article.as_str().len())
}

// ---------------------------------------------------------------------------
// JSON Lines: reading one record
// ---------------------------------------------------------------------------

/// What one field held, when it was not the string wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    Nothing,
    String,
    Other(&'static str),
}

impl Found {
    /// How the field is named in a message.
    fn describe(self) -> &'static str {
        match self {
            Found::Nothing => "none",
            Found::String => "a string",
            Found::Other(what) => what,
        }
    }
}

/// The fields of one input line that the filter uses; buffers are reused from
/// line to line.
#[derive(Default)]
struct Record {
    id: serde_json::Value,
    text: String,
    text_found: Option<Found>,
    date: String,
    date_found: Option<Found>,
}

/// Which field a key names.
enum Key {
    Text,
    Date,
    Id,
    Other,
}

/// Reads an object's keys without allocating, sorting them by [`Key`].
struct KeySeed<'f>(&'f Fields);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed<'_> {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(if key == self.0.text {
            Key::Text
        } else if key == self.0.date {
            Key::Date
        } else if key == self.0.id {
            Key::Id
        } else {
            Key::Other
        })
    }
}

/// Reads a value into a reused string if it is one; says what it was if not.
struct StringInto<'b>(&'b mut String);

impl<'de> DeserializeSeed<'de> for StringInto<'_> {
    type Value = Found;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Found, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StringInto<'_> {
    type Value = Found;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Found, E> {
        self.0.clear();
        self.0.push_str(v);
        Ok(Found::String)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Found, E> {
        Ok(Found::Other("null"))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Found, E> {
        Ok(Found::Other("a boolean"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Found, E> {
        Ok(Found::Other("a number"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Found, E> {
        Ok(Found::Other("a number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Found, E> {
        Ok(Found::Other("a number"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Found, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Found::Other("an array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Found, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Found::Other("an object"))
    }
}

/// Reads one JSON object into a [`Record`], skipping the fields it does not use.
struct RecordSeed<'r> {
    fields: &'r Fields,
    record: &'r mut Record,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let r = self.record;
        while let Some(key) = map.next_key_seed(KeySeed(self.fields))? {
            match key {
                Key::Text => r.text_found = Some(map.next_value_seed(StringInto(&mut r.text))?),
                Key::Date => r.date_found = Some(map.next_value_seed(StringInto(&mut r.date))?),
                Key::Id => r.id = map.next_value()?,
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// JSON Lines: one line in, one line out
// ---------------------------------------------------------------------------

/// How a line failed, as written in the output's `error.kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Failure {
    /// The line is not JSON (or is empty).
    InvalidJson,
    /// The line is JSON but not an object.
    NotAnObject,
    /// The object has no string in the text field.
    MissingText,
    /// The reference date field holds something that is not a date.
    BadReferenceDate,
    /// The line is longer than `--max-line-bytes`.
    LineTooLong,
    /// A strict parser option failed (not used by this tool's options).
    Parse,
}

/// An output line for an article.
#[derive(Serialize)]
struct ArticleLine<'a> {
    id: &'a serde_json::Value,
    article: &'a Article<'a>,
}

/// An output line for a line that failed.
#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a serde_json::Value,
    error: LineError<'a>,
}

/// What failed, and where in the input.
#[derive(Serialize)]
struct LineError<'a> {
    kind: Failure,
    message: &'a str,
    line: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

/// Why a line gave no article.
struct LineFailure {
    kind: Failure,
    message: String,
    column: Option<usize>,
}

impl LineFailure {
    fn new(kind: Failure, message: String) -> Self {
        LineFailure {
            kind,
            message,
            column: None,
        }
    }
}

/// The per-thread state of the filter: options and a reused record.
struct Worker<'o> {
    fields: &'o Fields,
    reference: Option<NaiveDate>,
    max_line: usize,
    record: Record,
}

impl<'o> Worker<'o> {
    fn new(o: &'o Options) -> Self {
        Worker {
            fields: &o.fields,
            reference: o.reference,
            max_line: o.max_line,
            record: Record::default(),
        }
    }

    /// Turns one input line (`len` bytes long, of which `line` holds at most
    /// `--max-line-bytes`) into one output line in `out`, and a message in `err`
    /// if it failed. Returns whether it gave an article.
    fn line(
        &mut self,
        line: &[u8],
        len: usize,
        number: u64,
        out: &mut Vec<u8>,
        err: &mut Vec<u8>,
    ) -> io::Result<bool> {
        let failure = match self.read(line, len, number) {
            Ok(reference) => match parser_for(reference).parse(&self.record.text) {
                Ok(article) => {
                    let id = &self.record.id;
                    serde_json::to_writer(
                        &mut *out,
                        &ArticleLine {
                            id,
                            article: &article,
                        },
                    )?;
                    out.push(b'\n');
                    return Ok(true);
                }
                // no strict option is set, so this does not happen; say so if it does
                Err(e) => LineFailure::new(Failure::Parse, e.to_string()),
            },
            Err(failure) => failure,
        };
        let error = LineError {
            kind: failure.kind,
            message: &failure.message,
            line: number,
            column: failure.column,
        };
        let id = &self.record.id;
        serde_json::to_writer(&mut *out, &ErrorLine { id, error })?;
        out.push(b'\n');
        writeln!(err, "dateline: line {number}: {}", failure.message)?;
        Ok(false)
    }

    /// Lets go of the memory an unusually long record took.
    fn trim(&mut self) {
        for buf in [&mut self.record.text, &mut self.record.date] {
            if buf.capacity() > 4 << 20 {
                buf.clear();
                buf.shrink_to(1 << 20);
            }
        }
    }

    /// Reads the record's fields from a line and finds its reference date.
    fn read(
        &mut self,
        line: &[u8],
        len: usize,
        number: u64,
    ) -> Result<Option<NaiveDate>, LineFailure> {
        let r = &mut self.record;
        r.id = serde_json::Value::Null;
        r.text_found = None;
        r.date_found = None;
        if len > self.max_line {
            let message = format!(
                "line is {len} bytes, over the limit of {} bytes set with --max-line-bytes",
                self.max_line
            );
            return Err(LineFailure::new(Failure::LineTooLong, message));
        }
        let line = strip_bom(line, number);
        let mut de = serde_json::Deserializer::from_slice(line);
        let fields = self.fields;
        let read = RecordSeed { fields, record: r }
            .deserialize(&mut de)
            .and_then(|()| de.end());
        if let Err(e) = read {
            r.id = serde_json::Value::Null; // what was read of a broken line is not trusted
            return Err(json_failure(line, &e));
        }
        if r.text_found != Some(Found::String) {
            let found = r.text_found.unwrap_or(Found::Nothing).describe();
            let message = format!(
                "expected a string in field {:?}, found {found}",
                fields.text
            );
            return Err(LineFailure::new(Failure::MissingText, message));
        }
        let found = match r.date_found {
            None | Some(Found::Other("null")) => return Ok(self.reference),
            Some(Found::String) => match reference_date(&r.date) {
                Some(date) => return Ok(Some(date)),
                None => format!("{:?}", short(&r.date, 40)),
            },
            Some(other) => other.describe().to_owned(),
        };
        let message = format!(
            "expected a date (YYYY-MM-DD, RFC 3339 or RFC 2822) in field {:?}, found {found}",
            fields.date
        );
        Err(LineFailure::new(Failure::BadReferenceDate, message))
    }
}

/// The first line may open with a UTF-8 byte-order mark, which JSON does not allow.
fn strip_bom(line: &[u8], number: u64) -> &[u8] {
    match line.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) if number == 1 => rest,
        _ => line,
    }
}

/// Classifies a JSON error and words it, without `serde_json`'s `at line 1`
/// (every record is one line).
fn json_failure(line: &[u8], e: &serde_json::Error) -> LineFailure {
    if line.iter().all(u8::is_ascii_whitespace) {
        let message = "expected a JSON object, found an empty line".to_owned();
        return LineFailure::new(Failure::InvalidJson, message);
    }
    if e.classify() == serde_json::error::Category::Data {
        // only the top level can have the wrong type: every field is read as any value
        let found = match line.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'[') => "an array",
            Some(b'"') => "a string",
            Some(b't' | b'f') => "a boolean",
            Some(b'n') => "null",
            _ => "a number",
        };
        let message = format!("expected a JSON object, found {found}");
        return LineFailure::new(Failure::NotAnObject, message);
    }
    let text = e.to_string();
    let bare = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(m, _)| m);
    LineFailure {
        kind: Failure::InvalidJson,
        message: format!("not valid JSON: {bare} at column {}", e.column()),
        column: Some(e.column()),
    }
}

/// Reads one line into `buf` (appending, without its `\n`), keeping at most
/// `max` bytes of it. Returns the line's full length, or `None` at the end of input.
fn read_line(r: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Option<usize>> {
    let mut len = 0usize;
    let mut any = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(any.then_some(len));
        }
        any = true;
        let (take, newline) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        let keep = take.min(max.saturating_sub(len));
        buf.extend_from_slice(chunk.get(..keep).unwrap_or_default());
        len += take;
        r.consume(take + usize::from(newline));
        if newline {
            if len <= max && buf.last() == Some(&b'\r') {
                buf.pop();
                len -= 1;
            }
            return Ok(Some(len));
        }
    }
}

/// Caps a reused buffer after an unusually long line, so one giant record does
/// not keep its memory for the rest of the run.
fn trim_buffer(buf: &mut Vec<u8>, keep: usize) {
    if buf.capacity() > keep * 4 {
        buf.clear();
        buf.shrink_to(keep);
    }
}

// ---------------------------------------------------------------------------
// JSON Lines: the run
// ---------------------------------------------------------------------------

/// The input of `--jsonl`: a file or standard input, buffered.
type Input = BufReader<Box<dyn Read>>;

/// Totals of a run.
#[derive(Debug, Default, Clone, Copy)]
struct Totals {
    lines: u64,
    failed: u64,
    bytes: u64,
}

/// A progress line on stderr: a bar, the count and articles per second.
struct Progress {
    enabled: bool,
    size: u64,
    start: Instant,
    last: Instant,
    shown: bool,
}

impl Progress {
    fn new(enabled: bool, size: u64) -> Self {
        let now = Instant::now();
        Progress {
            enabled,
            size,
            start: now,
            last: now,
            shown: false,
        }
    }

    /// Redraws the line at most five times a second.
    fn tick(&mut self, t: Totals) {
        if !self.enabled || self.last.elapsed() < Duration::from_millis(200) {
            return;
        }
        self.last = Instant::now();
        self.draw(t, false);
    }

    fn draw(&mut self, t: Totals, last: bool) {
        let secs = self.start.elapsed().as_secs_f64().max(1e-3);
        #[allow(clippy::cast_precision_loss)]
        let (rate, fraction) = (
            t.lines as f64 / secs,
            (t.bytes as f64 / self.size.max(1) as f64).min(1.0),
        );
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let filled = (fraction * 24.0).round() as usize;
        let bar: String = "#".repeat(filled) + &".".repeat(24 - filled);
        let end = if last { "\n" } else { "" };
        eprint!(
            "\r\x1b[K[{bar}] {:>3.0}%  {} articles  {rate:.0} articles/s{end}",
            fraction * 100.0,
            t.lines
        );
        self.shown = !last;
    }

    /// Clears the progress line so a message can be printed.
    fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            self.shown = false;
        }
    }

    fn finish(&mut self, t: Totals) {
        if self.enabled && t.lines > 0 {
            self.draw(t, true);
        }
    }
}

/// Writes a failed line's message to stderr (above the progress line).
fn report(err: &[u8], progress: &mut Progress) -> io::Result<()> {
    if !err.is_empty() {
        progress.clear();
        io::stderr().lock().write_all(err)?;
    }
    Ok(())
}

/// Runs the JSON Lines filter over one input.
fn run_jsonl(o: &Options) -> io::Result<u8> {
    let name = o.inputs.first().map_or("-", String::as_str);
    let (read, size): (Box<dyn Read>, Option<u64>) = if name == "-" {
        (Box::new(io::stdin()), None)
    } else {
        let file = File::open(name).map_err(|e| read_error(name, &e))?;
        let size = file.metadata().map(|m| m.len()).ok();
        (Box::new(file), size)
    };
    let mut input = BufReader::with_capacity(1 << 18, read);
    // a progress line only where a person watches and the output goes elsewhere
    let show = o.progress && io::stderr().is_terminal() && !io::stdout().is_terminal();
    let mut progress = Progress::new(show && size.is_some(), size.unwrap_or(0));
    let totals = if o.jobs <= 1 {
        let stdout = io::stdout();
        let mut out = BufWriter::with_capacity(1 << 18, stdout.lock());
        let totals = serial(o, name, &mut input, &mut out, &mut progress)?;
        out.flush()?;
        totals
    } else {
        parallel(o, name, &mut input, &mut progress)?
    };
    progress.finish(totals);
    if totals.failed > 0 {
        eprintln!(
            "dateline: {} of {} lines failed; each has an error line in the output",
            totals.failed, totals.lines
        );
        return Ok(EXIT_SOME_FAILED);
    }
    Ok(0)
}

/// Names the input in a read error.
fn read_error(name: &str, e: &io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("cannot read {name}: {e}"))
}

/// One thread: read a line, parse it, write its result, reusing every buffer.
fn serial(
    o: &Options,
    name: &str,
    input: &mut Input,
    out: &mut impl Write,
    progress: &mut Progress,
) -> io::Result<Totals> {
    let mut worker = Worker::new(o);
    let (mut line, mut result, mut err) = (Vec::new(), Vec::new(), Vec::new());
    let mut t = Totals::default();
    loop {
        line.clear();
        let Some(len) =
            read_line(input, &mut line, o.max_line).map_err(|e| read_error(name, &e))?
        else {
            break;
        };
        t.lines += 1;
        t.bytes += len as u64 + 1;
        result.clear();
        err.clear();
        if !worker.line(&line, len, t.lines, &mut result, &mut err)? {
            t.failed += 1;
        }
        out.write_all(&result)?;
        if input.buffer().is_empty() {
            // the next read may wait: let a reader downstream see what we have
            out.flush()?;
        }
        report(&err, progress)?;
        progress.tick(t);
        trim_buffer(&mut line, 1 << 20);
        trim_buffer(&mut result, 1 << 20);
        worker.trim();
    }
    Ok(t)
}

/// A batch of input lines and their output, passed from the reader to a
/// worker to the writer, then back to the reader to be filled again.
#[derive(Default)]
struct Batch {
    seq: u64,
    first_line: u64,
    /// The lines' bytes, one after another.
    data: Vec<u8>,
    /// Each line's end in `data` and its full length in the input.
    lines: Vec<(usize, usize)>,
    out: Vec<u8>,
    err: Vec<u8>,
    failed: u64,
    bytes: u64,
}

/// Input bytes gathered into one batch before it is handed to a worker.
const BATCH_BYTES: usize = 1 << 19;
/// Lines gathered into one batch at most.
const BATCH_LINES: usize = 512;

/// N worker threads; the reader (this thread) and a writer keep input order.
///
/// A fixed pool of batches circulates reader → workers → writer → reader, so
/// at most `pool` batches exist at once: memory stays flat however long the
/// input and however uneven the articles.
fn parallel(
    o: &Options,
    name: &str,
    input: &mut Input,
    progress: &mut Progress,
) -> io::Result<Totals> {
    let pool = o.jobs * 3;
    let (free_tx, free_rx) = sync_channel::<Batch>(pool);
    let (work_tx, work_rx) = sync_channel::<Batch>(pool);
    let (done_tx, done_rx) = sync_channel::<Batch>(pool);
    for _ in 0..pool {
        free_tx
            .send(Batch::default())
            .map_err(|_| io::Error::other("batch pool closed"))?;
    }
    let work_rx = Mutex::new(work_rx);
    thread::scope(|s| {
        for _ in 0..o.jobs {
            let (work_rx, done_tx) = (&work_rx, done_tx.clone());
            s.spawn(move || work(o, work_rx, &done_tx));
        }
        drop(done_tx);
        let writer = s.spawn(move || {
            let mut out = BufWriter::with_capacity(1 << 18, io::stdout().lock());
            let totals = write_in_order(&done_rx, &free_tx, &mut out, progress)?;
            out.flush()?;
            Ok(totals)
        });
        let read = read_batches(o, name, input, &free_rx, &work_tx);
        drop(work_tx);
        drop(free_rx);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer thread panicked")));
        // a write error (such as a closed pipe) ends the reading too; report it first
        let totals = written?;
        read?;
        Ok(totals)
    })
}

/// Fills batches from the input and hands them to the workers.
fn read_batches(
    o: &Options,
    name: &str,
    input: &mut Input,
    free: &Receiver<Batch>,
    work: &SyncSender<Batch>,
) -> io::Result<()> {
    let mut next_line = 1;
    for seq in 0.. {
        let Ok(mut batch) = free.recv() else {
            return Ok(()); // the writer stopped: it reports why
        };
        batch.seq = seq;
        batch.first_line = next_line;
        batch.data.clear();
        batch.lines.clear();
        while batch.lines.len() < BATCH_LINES && batch.data.len() < BATCH_BYTES {
            let Some(len) =
                read_line(input, &mut batch.data, o.max_line).map_err(|e| read_error(name, &e))?
            else {
                break;
            };
            batch.lines.push((batch.data.len(), len));
            if input.buffer().is_empty() {
                break; // the next read may wait: hand over what we have
            }
        }
        if batch.lines.is_empty() {
            return Ok(());
        }
        next_line += batch.lines.len() as u64;
        if work.send(batch).is_err() {
            return Ok(());
        }
    }
    Ok(())
}

/// A worker: parses every line of each batch it takes.
fn work(o: &Options, work: &Mutex<Receiver<Batch>>, done: &SyncSender<Batch>) {
    let mut worker = Worker::new(o);
    loop {
        let next = match work.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(mut batch) = next else { return };
        batch.out.clear();
        batch.err.clear();
        batch.failed = 0;
        batch.bytes = 0;
        let mut start = 0;
        for (i, &(end, len)) in batch.lines.iter().enumerate() {
            let line = batch.data.get(start..end).unwrap_or_default();
            let ok = worker
                .line(
                    line,
                    len,
                    batch.first_line + i as u64,
                    &mut batch.out,
                    &mut batch.err,
                )
                .unwrap_or(false);
            batch.failed += u64::from(!ok);
            batch.bytes += len as u64 + 1;
            start = end;
        }
        worker.trim();
        if done.send(batch).is_err() {
            return;
        }
    }
}

/// The writer: puts finished batches back in input order, writes them and
/// returns them to the pool.
fn write_in_order(
    done: &Receiver<Batch>,
    free: &SyncSender<Batch>,
    out: &mut impl Write,
    progress: &mut Progress,
) -> io::Result<Totals> {
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    let mut t = Totals::default();
    loop {
        let batch = if let Ok(b) = done.try_recv() {
            b
        } else {
            // nothing ready: let a reader downstream see what we have
            out.flush()?;
            match done.recv() {
                Ok(b) => b,
                Err(_) => break,
            }
        };
        waiting.insert(batch.seq, batch);
        while let Some(mut batch) = waiting.remove(&next) {
            out.write_all(&batch.out)?;
            report(&batch.err, progress)?;
            t.lines += batch.lines.len() as u64;
            t.failed += batch.failed;
            t.bytes += batch.bytes;
            progress.tick(t);
            next += 1;
            trim_buffer(&mut batch.data, BATCH_BYTES * 2);
            trim_buffer(&mut batch.out, BATCH_BYTES * 4);
            // the reader may have stopped; then the batch is simply dropped
            let _ = free.send(batch);
        }
    }
    Ok(t)
}
