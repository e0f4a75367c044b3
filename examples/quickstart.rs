//! The API in a screenful: parse an article, read its parts, walk its nodes.
//!
//! ```text
//! cargo run --example quickstart
//! ```

use chrono::NaiveDate;
use dateline::{NodeKind, Parser};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = "\
GRAIN SHIPMENTS RISE

    By Ann Poe, Reuters

    CHICAGO, Nov. 27 - Grain shipments through the port rose
for a third week, traders said.
    Barge rates were steady.
";
    // 1. Parse. `dateline::parse(text)` never fails; a Parser adds options.
    let parser = Parser::new().reference_date(NaiveDate::from_ymd_opt(2026, 11, 28).ok_or("date")?);
    let article = parser.parse(text)?;

    // 2. Read the parts. Every one borrows the input and knows its span.
    println!("headline: {:?}", article.headline().map(|h| h.as_str()));
    println!(
        "authors:  {:?}",
        article.byline().map(|b| b.authors().collect::<Vec<_>>())
    );
    if let Some(d) = article.dateline() {
        println!("place:    {:?}", d.place().map(|p| p.as_str()));
        let date = d.date().ok_or("no date")?;
        println!(
            "date:     {:?} -> {:?} (year inferred: {})",
            date.as_str(),
            date.to_naive_date(),
            date.is_year_inferred()
        );
    }
    for p in article.paragraphs() {
        println!("paragraph at {}: {:?}", p.span(), p.as_str());
    }

    // 3. Walk every node in order: they tile the input.
    let kinds: Vec<NodeKind> = article.nodes().map(|n| n.kind()).collect();
    println!("nodes:    {kinds:?}");

    // 4. Strict options turn a missing part into an error with a position.
    let err = Parser::new()
        .require_dateline(true)
        .parse("No dateline at all.")
        .unwrap_err();
    println!("error:    {err}\n{}", err.snippet("No dateline at all."));
    Ok(())
}
