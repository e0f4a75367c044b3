//! An article as JSON (the `serde` feature): print it, then read it back by
//! the documented paths, as a tool in another language would.
//!
//! ```text
//! cargo run --example json
//! ```
//!
//! In your own crate, turn the feature on: `dateline = { version = "0.1",
//! features = ["serde"] }`. The paths are listed under "JSON" in the crate docs.

use chrono::NaiveDate;
use dateline::Parser;
use serde_json::Value;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = "\
Ferry Fares Frozen for a Year

By Ann Poe, Harbour Wire

HALIFAX, March 3 (HW) - The ferry board froze fares on Monday.

Commuters' groups welcomed the decision.
";
    let reference = NaiveDate::from_ymd_opt(2025, 3, 4).ok_or("bad date")?;
    let article = Parser::new().reference_date(reference).parse(text)?;

    // 1. Write it: one line for a JSON Lines file, or pretty for a person.
    let pretty = serde_json::to_string_pretty(&article)?;
    println!("{pretty}");

    // 2. Read it back by path. Spans are byte offsets into the original text.
    let json: Value = serde_json::from_str(&pretty)?;
    let dateline = &json["dateline"];
    println!("place:   {}", dateline["place"]["text"]);
    println!(
        "date:    {} (year inferred: {})",
        dateline["date"]["iso"], dateline["date"]["year_inferred"]
    );
    println!("source:  {}", dateline["source"]["text"]);
    println!("authors: {}", json["byline"]["authors"]);
    let span = &json["sections"][0]["paragraphs"][0]["span"];
    let (start, end) = (
        span[0].as_u64().ok_or("start")?,
        span[1].as_u64().ok_or("end")?,
    );
    let first = text
        .get(usize::try_from(start)?..usize::try_from(end)?)
        .ok_or("span")?;
    println!("first paragraph, sliced by its span: {first:?}");
    assert_eq!(dateline["date"]["iso"], "2025-03-03");
    Ok(())
}
