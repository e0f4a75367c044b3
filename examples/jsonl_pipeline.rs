//! A corpus pipeline in a screenful: read JSON Lines, parse each article, and
//! write one row of dateline fields per line. The `dateline` example's `--jsonl`
//! mode is the full tool (errors, `--jobs`, progress); this is the core loop to
//! copy into your own program.
//!
//! ```text
//! cargo run --example jsonl_pipeline                      # two built-in lines
//! cargo run --release --example jsonl_pipeline -- FILE    # your corpus: {"id", "text"} per line
//! ```

use std::io::{self, BufRead, BufReader, BufWriter, Write};

use serde::Deserialize;
use serde_json::json;

/// The fields of an input line that we use; the rest are skipped.
#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

const DEMO: &str = r#"{"id": "a", "text": "GRAIN PRICES EASE\n\n    CHICAGO, Nov. 27 - Grain prices eased."}
{"id": "b", "text": "Rates Held\n\nWASHINGTON (AP) — The Fed held rates on Wednesday."}
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut input: Box<dyn BufRead> = match std::env::args().nth(1) {
        Some(path) => Box::new(BufReader::new(std::fs::File::open(path)?)),
        None => Box::new(DEMO.as_bytes()),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    // one buffer for every line: memory stays flat however long the input
    let mut buf = String::new();
    while input.read_line(&mut buf)? > 0 {
        let line: Line = match serde_json::from_str(&buf) {
            Ok(line) => line,
            Err(e) => {
                eprintln!("skipping a line: {e}");
                buf.clear();
                continue;
            }
        };
        buf.clear();
        let article = dateline::parse(&line.text);
        let d = article.dateline();
        let row = json!({
            "id": line.id,
            "headline": article.headline().map(|h| h.as_str()),
            "place": d.and_then(|d| d.place()).map(|p| p.as_str()),
            "date": d.and_then(|d| d.date()).map(|x| x.as_str()),
            "source": d.and_then(|d| d.source()).map(|s| s.as_str()),
        });
        writeln!(out, "{row}")?;
    }
    out.flush()?;
    Ok(())
}
